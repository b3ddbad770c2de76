"""Product Detail: `GET /bond/api/v1/product/detail` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.product_detail import ProductDetail


def build_request(
    *,
    product_id: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["product_id"] = product_id
    return RequestParts(
        path="/bond/api/v1/product/detail",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> ProductDetail:
    response_200 = ProductDetail.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: ProductDetail, context: CallContext) -> ProductDetail:
    return value


ARGUMENTS = (
    Argument(
        "product_id",
        str,
        required=True,
        max_length=64,
    ),
)


OPERATION: Operation[ProductDetail] = Operation(
    document="t-bills",
    operation_id="getProductDetail",
    name="get_product_detail",
    method="GET",
    path="/bond/api/v1/product/detail",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=ProductDetail,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
