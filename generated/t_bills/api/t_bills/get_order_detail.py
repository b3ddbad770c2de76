"""Order Detail: `GET /bond/api/v1/order/detail/{id}` (generated from the spec; do not edit)."""

from typing import Any
from urllib.parse import quote

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.order import Order


def build_request(
    *,
    id: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    return RequestParts(
        path="/bond/api/v1/order/detail/{id}".format(
            id=quote(str(id), safe=""),
        ),
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> Order:
    response_200 = Order.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: Order, context: CallContext) -> Order:
    return value


ARGUMENTS = (
    Argument(
        "id",
        str,
        required=True,
    ),
)


OPERATION: Operation[Order] = Operation(
    document="t-bills",
    operation_id="getOrderDetail",
    name="get_order_detail",
    method="GET",
    path="/bond/api/v1/order/detail/{id}",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=Order,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
