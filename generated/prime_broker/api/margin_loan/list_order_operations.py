"""Order Operation Records: `GET /credit/agency/v1/order/operations` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Pagination, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.order_operation_page import OrderOperationPage


def build_request(
    *,
    limit: int,
    offset: int | None = None,
    order_id: str | None = None,
    currency: str | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["limit"] = limit
    if offset is not None:
        params["offset"] = offset
    if order_id is not None:
        params["order_id"] = order_id
    if currency is not None:
        params["currency"] = currency
    return RequestParts(
        path="/credit/agency/v1/order/operations",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> OrderOperationPage:
    response_200 = OrderOperationPage.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: OrderOperationPage, context: CallContext) -> OrderOperationPage:
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
        "order_id",
        str,
    ),
    Argument(
        "currency",
        str,
    ),
)


OPERATION: Operation[OrderOperationPage] = Operation(
    document="prime-broker",
    operation_id="listOrderOperations",
    name="list_order_operations",
    method="GET",
    path="/credit/agency/v1/order/operations",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=OrderOperationPage,
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
