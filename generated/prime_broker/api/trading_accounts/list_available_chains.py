"""Available Chains: `GET /credit/agency/v1/available_chains` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.available_chains import AvailableChains


def build_request(
    *,
    from_account: str,
    to_account: str,
    currency: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["from_account"] = from_account
    params["to_account"] = to_account
    params["currency"] = currency
    return RequestParts(
        path="/credit/agency/v1/available_chains",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> AvailableChains:
    response_200 = AvailableChains.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: AvailableChains, context: CallContext) -> AvailableChains:
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
    Argument(
        "currency",
        str,
        required=True,
    ),
)


OPERATION: Operation[AvailableChains] = Operation(
    document="prime-broker",
    operation_id="listAvailableChains",
    name="list_available_chains",
    method="GET",
    path="/credit/agency/v1/available_chains",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=AvailableChains,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
