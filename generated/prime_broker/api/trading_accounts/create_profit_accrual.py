"""Profit Accrual: `POST /credit/agency/v1/user/profit_accrual` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any, cast

from matrixport._arguments import Argument
from matrixport._idempotency import new_idempotency_key
from matrixport._operation import CallContext, Lookup, Operation, RequestParts, ResponseKind
from matrixport._results import Accepted

from ...errors import ERRORS
from ...models.profit_accrual_request import ProfitAccrualRequest
from ..trading_accounts.get_transfer_record import OPERATION as _lookup_get_transfer_record


def build_request(
    *,
    amount: Decimal,
    currency: str,
    account_id: str,
    serial_no: str | None = None,
) -> RequestParts:
    if serial_no is None:
        serial_no = new_idempotency_key()
    params: dict[str, Any] = {}
    body = ProfitAccrualRequest(
        amount=amount,
        currency=currency,
        account_id=account_id,
        serial_no=serial_no,
    ).to_dict()
    return RequestParts(
        path="/credit/agency/v1/user/profit_accrual",
        params=params,
        json=body,
        idempotency_key=serial_no,
    )


def parse_response(data: Any, context: CallContext) -> Accepted[str]:
    if not isinstance(data, str):
        raise TypeError(f"expected str, got {type(data).__name__}")
    value = data
    return finish(value, context)


def finish(value: str, context: CallContext) -> Accepted[str]:
    return Accepted(cast(str, context.idempotency_key), context.request_id, value, context.confirmation)


ARGUMENTS = (
    Argument(
        "amount",
        Decimal,
        required=True,
    ),
    Argument(
        "currency",
        str,
        required=True,
    ),
    Argument(
        "account_id",
        str,
        required=True,
    ),
    Argument(
        "serial_no",
        str,
        min_length=8,
        max_length=32,
        pattern="^[a-zA-Z0-9_-]+$",
    ),
)


OPERATION: Operation[Accepted[str]] = Operation(
    document="prime-broker",
    operation_id="createProfitAccrual",
    name="create_profit_accrual",
    method="POST",
    path="/credit/agency/v1/user/profit_accrual",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=str,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key="serial_no",
    side_effects=True,
    result_operation="getTransferRecord",
    check_with="prime_broker.get_transfer_record",
    lookup=Lookup(
        operation=_lookup_get_transfer_record,
        key_parameter="serial_no",
        match=None,
        arguments={},
        confirms_result=False,
    ),
    arguments=ARGUMENTS,
)
