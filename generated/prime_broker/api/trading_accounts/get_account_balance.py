"""Account Balance: `GET /credit/agency/v1/account/balance` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.currency_balance import CurrencyBalance


def build_request(
    *,
    account_id: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["account_id"] = account_id
    return RequestParts(
        path="/credit/agency/v1/account/balance",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> list[CurrencyBalance]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = CurrencyBalance.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    value = response_200
    return finish(value, context)


def finish(value: list[CurrencyBalance], context: CallContext) -> list[CurrencyBalance]:
    return value


ARGUMENTS = (
    Argument(
        "account_id",
        str,
        required=True,
    ),
)


OPERATION: Operation[list[CurrencyBalance]] = Operation(
    document="prime-broker",
    operation_id="getAccountBalance",
    name="get_account_balance",
    method="GET",
    path="/credit/agency/v1/account/balance",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=list[CurrencyBalance],
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
