"""Order List: `GET /eth-two/api/v2/orders` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Pagination, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.order_list import OrderList
from ...models.order_status import OrderStatus
from ...models.status_category import StatusCategory


def build_request(
    *,
    order_status: list[OrderStatus] | None = None,
    status_category: StatusCategory | None = None,
    offset: int | None = None,
    limit: int | None = None,
    only_need_count: str | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    if order_status is not None:
        params["order_status"] = []
        for order_status_item_data in order_status:
            order_status_item = OrderStatus(order_status_item_data).value
            params["order_status"].append(order_status_item)

    if status_category is not None:
        params["status_category"] = StatusCategory(status_category).value
    if offset is not None:
        params["offset"] = offset
    if limit is not None:
        params["limit"] = limit
    if only_need_count is not None:
        params["only_need_count"] = only_need_count
    return RequestParts(
        path="/eth-two/api/v2/orders",
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
        "order_status",
        list,
        items=OrderStatus,
    ),
    Argument(
        "status_category",
        StatusCategory,
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
    Argument(
        "only_need_count",
        str,
    ),
)


OPERATION: Operation[OrderList] = Operation(
    document="fixed-staking",
    operation_id="listOrders",
    name="list_orders",
    method="GET",
    path="/eth-two/api/v2/orders",
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
        total="count",
    ),
    arguments=ARGUMENTS,
)
