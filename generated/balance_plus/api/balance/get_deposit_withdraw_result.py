"""Deposit/Withdraw result: `GET /flexible/api/v2/deposit-redeem` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Outcome, RequestParts, ResponseKind

from ...errors import ERRORS


def build_request(
    *,
    serial_number: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["serial_number"] = serial_number
    return RequestParts(
        path="/flexible/api/v2/deposit-redeem",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> None:
    if data is not None:
        raise TypeError(f"expected no data, got {type(data).__name__}")
    value = None
    return finish(value, context)


def finish(value: None, context: CallContext) -> None:
    return value


ARGUMENTS = (
    Argument(
        "serial_number",
        str,
        required=True,
        max_length=128,
    ),
)


OPERATION: Operation[None] = Operation(
    document="balance-plus",
    operation_id="getDepositWithdrawResult",
    name="get_deposit_withdraw_result",
    method="GET",
    path="/flexible/api/v2/deposit-redeem",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=None,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    outcome=Outcome(),
    arguments=ARGUMENTS,
)
