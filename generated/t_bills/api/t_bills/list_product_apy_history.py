"""Product apy: `GET /bond/api/v1/product/apy` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.product_apy_history import ProductApyHistory


def build_request(
    *,
    product_id: str,
    start_time: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["product_id"] = product_id
    params["start_time"] = start_time
    return RequestParts(
        path="/bond/api/v1/product/apy",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> ProductApyHistory:
    response_200 = ProductApyHistory.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: ProductApyHistory, context: CallContext) -> ProductApyHistory:
    return value


ARGUMENTS = (
    Argument(
        "product_id",
        str,
        required=True,
        max_length=64,
    ),
    Argument(
        "start_time",
        str,
        required=True,
        max_length=64,
    ),
)


OPERATION: Operation[ProductApyHistory] = Operation(
    document="t-bills",
    operation_id="listProductApyHistory",
    name="list_product_apy_history",
    method="GET",
    path="/bond/api/v1/product/apy",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=ProductApyHistory,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.JSON,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
