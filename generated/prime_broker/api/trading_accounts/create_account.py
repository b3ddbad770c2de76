"""Create Account: `POST /credit/agency/v1/account` (generated from the spec; do not edit)."""

from typing import Any, cast

from matrixport._arguments import Argument
from matrixport._idempotency import new_idempotency_key
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind
from matrixport._results import Accepted

from ...errors import ERRORS
from ...models.create_account_request import CreateAccountRequest
from ...models.exchange import Exchange
from ...types import UNSET


def build_request(
    *,
    exchange: Exchange,
    request_id: str | None = None,
    custody_id: str | None = None,
) -> RequestParts:
    if request_id is None:
        request_id = new_idempotency_key()
    params: dict[str, Any] = {}
    body = CreateAccountRequest(
        exchange=exchange,
        request_id=request_id,
        custody_id=UNSET if custody_id is None else custody_id,
    ).to_dict()
    return RequestParts(
        path="/credit/agency/v1/account",
        params=params,
        json=body,
        idempotency_key=request_id,
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
        "exchange",
        Exchange,
        required=True,
    ),
    Argument(
        "request_id",
        str,
        min_length=8,
        max_length=32,
        pattern="^[a-zA-Z0-9_-]+$",
    ),
    Argument(
        "custody_id",
        str,
    ),
)


OPERATION: Operation[Accepted[str]] = Operation(
    document="prime-broker",
    operation_id="createAccount",
    name="create_account",
    method="POST",
    path="/credit/agency/v1/account",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=str,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key="request_id",
    side_effects=True,
    result_operation="listAccounts",
    check_with="prime_broker.list_accounts",
    arguments=ARGUMENTS,
)
