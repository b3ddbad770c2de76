"""Products List: `GET /fixed-income/api/v2/products` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Pagination, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.product_list import ProductList


def build_request(
    *,
    currency: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    if currency is not None:
        params["currency"] = currency
    if offset is not None:
        params["offset"] = offset
    if limit is not None:
        params["limit"] = limit
    return RequestParts(
        path="/fixed-income/api/v2/products",
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
        "currency",
        str,
        max_length=64,
    ),
    Argument(
        "offset",
        int,
        minimum=Decimal("0"),
    ),
    Argument(
        "limit",
        int,
        minimum=Decimal("1"),
    ),
)


OPERATION: Operation[ProductList] = Operation(
    document="fixed-income",
    operation_id="listProducts",
    name="list_products",
    method="GET",
    path="/fixed-income/api/v2/products",
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
    pagination=Pagination(
        style="offset",
        offset_parameter="offset",
        limit_parameter="limit",
        items="items",
        total="count",
    ),
    arguments=ARGUMENTS,
)
