"""Exchange Trading Fee Rate: `GET /credit/agency/v1/exchange/trading_fee/rate` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Pagination, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.exchange import Exchange
from ...models.exchange_trading_fee_page import ExchangeTradingFeePage


def build_request(
    *,
    limit: int,
    offset: int | None = None,
    exchange: Exchange | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["limit"] = limit
    if offset is not None:
        params["offset"] = offset
    if exchange is not None:
        params["exchange"] = Exchange(exchange).value
    return RequestParts(
        path="/credit/agency/v1/exchange/trading_fee/rate",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> ExchangeTradingFeePage:
    response_200 = ExchangeTradingFeePage.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: ExchangeTradingFeePage, context: CallContext) -> ExchangeTradingFeePage:
    return value


ARGUMENTS = (
    Argument(
        "limit",
        int,
        required=True,
    ),
    Argument(
        "offset",
        int,
    ),
    Argument(
        "exchange",
        Exchange,
    ),
)


OPERATION: Operation[ExchangeTradingFeePage] = Operation(
    document="prime-broker",
    operation_id="listExchangeTradingFeeRates",
    name="list_exchange_trading_fee_rates",
    method="GET",
    path="/credit/agency/v1/exchange/trading_fee/rate",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=ExchangeTradingFeePage,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    pagination=Pagination(
        style="offset",
        offset_parameter="offset",
        limit_parameter="limit",
        items="items",
        total="count",
    ),
    arguments=ARGUMENTS,
)
