"""Query orders: `GET /flexible/api/v2/deposit-redeem/orders` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Pagination, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.order_page import OrderPage
from ...models.order_source import OrderSource
from ...models.order_status import OrderStatus
from ...models.order_type import OrderType


def build_request(
    *,
    currency: str,
    product_type: str,
    subject_type: str,
    offset: int,
    limit: int,
    type_: OrderType,
    order_source: OrderSource,
    order_status: OrderStatus,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["currency"] = currency
    params["product_type"] = product_type
    params["subject_type"] = subject_type
    params["offset"] = offset
    params["limit"] = limit
    params["type"] = OrderType(type_).value
    params["order_source"] = OrderSource(order_source).value
    params["order_status"] = OrderStatus(order_status).value
    return RequestParts(
        path="/flexible/api/v2/deposit-redeem/orders",
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
        "currency",
        str,
        required=True,
    ),
    Argument(
        "product_type",
        str,
        required=True,
        max_length=64,
    ),
    Argument(
        "subject_type",
        str,
        required=True,
        max_length=64,
    ),
    Argument(
        "offset",
        int,
        required=True,
        minimum=Decimal("0"),
    ),
    Argument(
        "limit",
        int,
        required=True,
        minimum=Decimal("1"),
    ),
    Argument(
        "type_",
        OrderType,
        required=True,
    ),
    Argument(
        "order_source",
        OrderSource,
        required=True,
    ),
    Argument(
        "order_status",
        OrderStatus,
        required=True,
    ),
)


OPERATION: Operation[OrderPage] = Operation(
    document="balance-plus",
    operation_id="listOrders",
    name="list_orders",
    method="GET",
    path="/flexible/api/v2/deposit-redeem/orders",
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
        items="orders",
        total="count",
    ),
    arguments=ARGUMENTS,
)
