"""Exchange Minimum Transfer Amount Limit: `GET /credit/agency/v1/exchange/minimum_amount` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.exchange import Exchange
from ...models.exchange_minimum_amounts import ExchangeMinimumAmounts


def build_request(
    *,
    exchange: Exchange,
    currency: str | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["exchange"] = Exchange(exchange).value
    if currency is not None:
        params["currency"] = currency
    return RequestParts(
        path="/credit/agency/v1/exchange/minimum_amount",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> ExchangeMinimumAmounts:
    response_200 = ExchangeMinimumAmounts.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: ExchangeMinimumAmounts, context: CallContext) -> ExchangeMinimumAmounts:
    return value


ARGUMENTS = (
    Argument(
        "exchange",
        Exchange,
        required=True,
    ),
    Argument(
        "currency",
        str,
    ),
)


OPERATION: Operation[ExchangeMinimumAmounts] = Operation(
    document="prime-broker",
    operation_id="getExchangeMinimumAmounts",
    name="get_exchange_minimum_amounts",
    method="GET",
    path="/credit/agency/v1/exchange/minimum_amount",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=ExchangeMinimumAmounts,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
