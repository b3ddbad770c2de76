"""Product Detail: `GET /fixed-income/api/v2/product` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.product import Product


def build_request(
    *,
    product_id: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["product_id"] = product_id
    return RequestParts(
        path="/fixed-income/api/v2/product",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> Product:
    response_200 = Product.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: Product, context: CallContext) -> Product:
    return value


ARGUMENTS = (
    Argument(
        "product_id",
        str,
        required=True,
        max_length=64,
    ),
)


OPERATION: Operation[Product] = Operation(
    document="fixed-income",
    operation_id="getProductDetail",
    name="get_product_detail",
    method="GET",
    path="/fixed-income/api/v2/product",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=Product,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
