"""Exchange Custody: `GET /credit/agency/v1/exchange/custody` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.exchange_custody import ExchangeCustody


def build_request() -> RequestParts:
    params: dict[str, Any] = {}
    return RequestParts(
        path="/credit/agency/v1/exchange/custody",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> list[ExchangeCustody]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = ExchangeCustody.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    value = response_200
    return finish(value, context)


def finish(value: list[ExchangeCustody], context: CallContext) -> list[ExchangeCustody]:
    return value


ARGUMENTS = ()


OPERATION: Operation[list[ExchangeCustody]] = Operation(
    document="prime-broker",
    operation_id="listExchangeCustody",
    name="list_exchange_custody",
    method="GET",
    path="/credit/agency/v1/exchange/custody",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=list[ExchangeCustody],
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
