"""Remaining Quota: `GET /fixed-income/api/v2/product/quota` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.product_quota import ProductQuota


def build_request(
    *,
    product_id: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["product_id"] = product_id
    return RequestParts(
        path="/fixed-income/api/v2/product/quota",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> ProductQuota:
    response_200 = ProductQuota.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: ProductQuota, context: CallContext) -> ProductQuota:
    return value


ARGUMENTS = (
    Argument(
        "product_id",
        str,
        required=True,
        max_length=64,
    ),
)


OPERATION: Operation[ProductQuota] = Operation(
    document="fixed-income",
    operation_id="getProductQuota",
    name="get_product_quota",
    method="GET",
    path="/fixed-income/api/v2/product/quota",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=ProductQuota,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
