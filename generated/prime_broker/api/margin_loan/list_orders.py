"""Order List: `GET /credit/agency/v1/orders` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Pagination, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.order_biz_type import OrderBizType
from ...models.order_page import OrderPage
from ...models.order_status import OrderStatus


def build_request(
    *,
    limit: int,
    offset: int | None = None,
    order_biz_type: OrderBizType | None = None,
    order_id: str | None = None,
    rcu_id: int | None = None,
    status: OrderStatus | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["limit"] = limit
    if offset is not None:
        params["offset"] = offset
    if order_biz_type is not None:
        params["order_biz_type"] = OrderBizType(order_biz_type).value
    if order_id is not None:
        params["order_id"] = order_id
    if rcu_id is not None:
        params["rcu_id"] = rcu_id
    if status is not None:
        params["status"] = OrderStatus(status).value
    return RequestParts(
        path="/credit/agency/v1/orders",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> OrderPage:
    response_200 = OrderPage.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: OrderPage, context: CallContext) -> OrderPage:
    return value


ARGUMENTS = (
    Argument(
        "limit",
        int,
        required=True,
    ),
    Argument(
        "offset",
        int,
    ),
    Argument(
        "order_biz_type",
        OrderBizType,
    ),
    Argument(
        "order_id",
        str,
    ),
    Argument(
        "rcu_id",
        int,
    ),
    Argument(
        "status",
        OrderStatus,
    ),
)


OPERATION: Operation[OrderPage] = Operation(
    document="prime-broker",
    operation_id="listOrders",
    name="list_orders",
    method="GET",
    path="/credit/agency/v1/orders",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=OrderPage,
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
