"""Add Address To Whitelist: `POST /mapi/v1/stbt/address` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.add_address_to_whitelist_request import AddAddressToWhitelistRequest


def build_request(
    *,
    address: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    body = AddAddressToWhitelistRequest(
        address=address,
    ).to_dict()
    return RequestParts(
        path="/mapi/v1/stbt/address",
        params=params,
        json=body,
    )


def parse_response(data: Any, context: CallContext) -> None:
    if data is not None:
        raise TypeError(f"expected no data, got {type(data).__name__}")
    value = None
    return finish(value, context)


def finish(value: None, context: CallContext) -> None:
    return value


ARGUMENTS = (
    Argument(
        "address",
        str,
        required=True,
    ),
)


OPERATION: Operation[None] = Operation(
    document="t-bills",
    operation_id="addAddressToWhitelist",
    name="add_address_to_whitelist",
    method="POST",
    path="/mapi/v1/stbt/address",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=None,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=True,
    result_operation="getAddressWhitelistStatus",
    check_with="t_bills.get_address_whitelist_status",
    arguments=ARGUMENTS,
)
