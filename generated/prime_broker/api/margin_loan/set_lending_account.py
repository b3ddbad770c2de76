"""Set Lending Account: `POST /credit/agency/v1/order/leading_account` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.lending_account import LendingAccount
from ...models.set_lending_account_request import SetLendingAccountRequest


def build_request(
    *,
    order_id: str,
    lending_accounts: list[LendingAccount],
) -> RequestParts:
    params: dict[str, Any] = {}
    body = SetLendingAccountRequest(
        order_id=order_id,
        lending_accounts=lending_accounts,
    ).to_dict()
    return RequestParts(
        path="/credit/agency/v1/order/leading_account",
        params=params,
        json=body,
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
        "order_id",
        str,
        required=True,
    ),
    Argument(
        "lending_accounts",
        list,
        required=True,
        items=LendingAccount,
    ),
)


OPERATION: Operation[None] = Operation(
    document="prime-broker",
    operation_id="setLendingAccount",
    name="set_lending_account",
    method="POST",
    path="/credit/agency/v1/order/leading_account",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=None,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=True,
    result_operation="getOrderDetail",
    check_with="prime_broker.get_order_detail",
    arguments=ARGUMENTS,
)
