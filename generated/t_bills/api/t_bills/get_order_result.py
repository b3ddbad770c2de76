"""Order Result: `GET /bond/api/v1/order/result` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Outcome, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.order_result import OrderResult


def build_request(
    *,
    order_id: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["order_id"] = order_id
    return RequestParts(
        path="/bond/api/v1/order/result",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> OrderResult:
    response_200 = OrderResult.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: OrderResult, context: CallContext) -> OrderResult:
    return value


ARGUMENTS = (
    Argument(
        "order_id",
        str,
        required=True,
    ),
)


OPERATION: Operation[OrderResult] = Operation(
    document="t-bills",
    operation_id="getOrderResult",
    name="get_order_result",
    method="GET",
    path="/bond/api/v1/order/result",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=OrderResult,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    outcome=Outcome(
        field="status",
        succeeded=frozenset([60]),
        failed=frozenset([10, 70]),
    ),
    arguments=ARGUMENTS,
)
