"""Transfer: `POST /credit/agency/v1/allocate` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any, cast

from matrixport._arguments import Argument
from matrixport._idempotency import new_idempotency_key
from matrixport._operation import CallContext, Lookup, Operation, RequestParts, ResponseKind
from matrixport._results import Accepted

from ...errors import ERRORS
from ...models.transfer_request import TransferRequest
from ...types import UNSET
from ..trading_accounts.get_transfer_record import OPERATION as _lookup_get_transfer_record


def build_request(
    *,
    from_account: str,
    to_account: str,
    currency: str,
    amount: Decimal,
    serial_no: str | None = None,
    from_wallet_type: int | None = None,
    to_wallet_type: int | None = None,
    chain: str | None = None,
    is_instant_transfer: bool | None = None,
) -> RequestParts:
    if serial_no is None:
        serial_no = new_idempotency_key()
    params: dict[str, Any] = {}
    body = TransferRequest(
        from_account=from_account,
        to_account=to_account,
        currency=currency,
        amount=amount,
        serial_no=serial_no,
        from_wallet_type=UNSET if from_wallet_type is None else from_wallet_type,
        to_wallet_type=UNSET if to_wallet_type is None else to_wallet_type,
        chain=UNSET if chain is None else chain,
        is_instant_transfer=UNSET if is_instant_transfer is None else is_instant_transfer,
    ).to_dict()
    return RequestParts(
        path="/credit/agency/v1/allocate",
        params=params,
        json=body,
        idempotency_key=serial_no,
    )


def parse_response(data: Any, context: CallContext) -> Accepted[None]:
    if data is not None:
        raise TypeError(f"expected no data, got {type(data).__name__}")
    value = None
    return finish(value, context)


def finish(value: None, context: CallContext) -> Accepted[None]:
    return Accepted(cast(str, context.idempotency_key), context.request_id, value, context.confirmation)


ARGUMENTS = (
    Argument(
        "from_account",
        str,
        required=True,
    ),
    Argument(
        "to_account",
        str,
        required=True,
    ),
    Argument(
        "currency",
        str,
        required=True,
    ),
    Argument(
        "amount",
        Decimal,
        required=True,
    ),
    Argument(
        "serial_no",
        str,
        min_length=8,
        max_length=32,
        pattern="^[a-zA-Z0-9_-]+$",
    ),
    Argument(
        "from_wallet_type",
        int,
    ),
    Argument(
        "to_wallet_type",
        int,
    ),
    Argument(
        "chain",
        str,
    ),
    Argument(
        "is_instant_transfer",
        bool,
    ),
)


OPERATION: Operation[Accepted[None]] = Operation(
    document="prime-broker",
    operation_id="createTransfer",
    name="create_transfer",
    method="POST",
    path="/credit/agency/v1/allocate",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=None,
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
        confirms_result=True,
    ),
    arguments=ARGUMENTS,
)
