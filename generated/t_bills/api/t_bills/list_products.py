"""Product List: `GET /bond/api/v1/product/list` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.product_list import ProductList


def build_request(
    *,
    limit: int | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    if limit is not None:
        params["limit"] = limit
    return RequestParts(
        path="/bond/api/v1/product/list",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> ProductList:
    response_200 = ProductList.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: ProductList, context: CallContext) -> ProductList:
    return value


ARGUMENTS = (
    Argument(
        "limit",
        int,
    ),
)


OPERATION: Operation[ProductList] = Operation(
    document="t-bills",
    operation_id="listProducts",
    name="list_products",
    method="GET",
    path="/bond/api/v1/product/list",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=ProductList,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
