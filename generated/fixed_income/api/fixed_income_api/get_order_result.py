"""Order Result: `GET /fixed-income/api/v2/order/result` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Outcome, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.order_result import OrderResult


def build_request(
    *,
    serial_number: str | None = None,
    out_serial_number: str | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    if serial_number is not None:
        params["serial_number"] = serial_number
    if out_serial_number is not None:
        params["out_serial_number"] = out_serial_number
    return RequestParts(
        path="/fixed-income/api/v2/order/result",
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
        "serial_number",
        str,
        max_length=32,
    ),
    Argument(
        "out_serial_number",
        str,
        max_length=32,
    ),
)


OPERATION: Operation[OrderResult] = Operation(
    document="fixed-income",
    operation_id="getOrderResult",
    name="get_order_result",
    method="GET",
    path="/fixed-income/api/v2/order/result",
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
        succeeded=frozenset([1]),
        failed=frozenset([2]),
    ),
    arguments=ARGUMENTS,
)
