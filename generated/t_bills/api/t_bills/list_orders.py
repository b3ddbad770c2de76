"""Query Order: `GET /bond/api/v1/order/list` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Pagination, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.order_list import OrderList


def build_request(
    *,
    product_id: str,
    address: str,
    limit: int,
    offset: int,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["product_id"] = product_id
    params["address"] = address
    params["limit"] = limit
    params["offset"] = offset
    return RequestParts(
        path="/bond/api/v1/order/list",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> OrderList:
    response_200 = OrderList.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: OrderList, context: CallContext) -> OrderList:
    return value


ARGUMENTS = (
    Argument(
        "product_id",
        str,
        required=True,
    ),
    Argument(
        "address",
        str,
        required=True,
    ),
    Argument(
        "limit",
        int,
        required=True,
    ),
    Argument(
        "offset",
        int,
        required=True,
    ),
)


OPERATION: Operation[OrderList] = Operation(
    document="t-bills",
    operation_id="listOrders",
    name="list_orders",
    method="GET",
    path="/bond/api/v1/order/list",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=OrderList,
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
        total="total",
    ),
    arguments=ARGUMENTS,
)
