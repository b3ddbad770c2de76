"""Order Details: `GET /eth-two/api/v2/order` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.order import Order


def build_request(
    *,
    order_id: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["order_id"] = order_id
    return RequestParts(
        path="/eth-two/api/v2/order",
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
        "order_id",
        str,
        required=True,
        max_length=64,
    ),
)


OPERATION: Operation[Order] = Operation(
    document="fixed-staking",
    operation_id="getOrderDetail",
    name="get_order_detail",
    method="GET",
    path="/eth-two/api/v2/order",
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
