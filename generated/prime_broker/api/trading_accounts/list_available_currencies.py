"""Available Currencies: `GET /credit/agency/v1/allocate_currencies` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.available_currencies import AvailableCurrencies


def build_request(
    *,
    from_account: str,
    to_account: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["from_account"] = from_account
    params["to_account"] = to_account
    return RequestParts(
        path="/credit/agency/v1/allocate_currencies",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> AvailableCurrencies:
    response_200 = AvailableCurrencies.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: AvailableCurrencies, context: CallContext) -> AvailableCurrencies:
    return value


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
)


OPERATION: Operation[AvailableCurrencies] = Operation(
    document="prime-broker",
    operation_id="listAvailableCurrencies",
    name="list_available_currencies",
    method="GET",
    path="/credit/agency/v1/allocate_currencies",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=AvailableCurrencies,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
