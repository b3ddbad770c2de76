"""Retrieve Address status: `GET /mapi/v1/stbt/address` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.address_whitelist_status import AddressWhitelistStatus


def build_request(
    *,
    address: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["address"] = address
    return RequestParts(
        path="/mapi/v1/stbt/address",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> AddressWhitelistStatus:
    response_200 = AddressWhitelistStatus.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: AddressWhitelistStatus, context: CallContext) -> AddressWhitelistStatus:
    return value


ARGUMENTS = (
    Argument(
        "address",
        str,
        required=True,
    ),
)


OPERATION: Operation[AddressWhitelistStatus] = Operation(
    document="t-bills",
    operation_id="getAddressWhitelistStatus",
    name="get_address_whitelist_status",
    method="GET",
    path="/mapi/v1/stbt/address",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=AddressWhitelistStatus,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
