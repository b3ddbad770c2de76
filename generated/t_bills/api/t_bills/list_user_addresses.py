"""User Address: `GET /bond/api/v1/user/address` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.user_address import UserAddress


def build_request() -> RequestParts:
    params: dict[str, Any] = {}
    return RequestParts(
        path="/bond/api/v1/user/address",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> list[UserAddress]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = UserAddress.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    value = response_200
    return finish(value, context)


def finish(value: list[UserAddress], context: CallContext) -> list[UserAddress]:
    return value


ARGUMENTS = ()


OPERATION: Operation[list[UserAddress]] = Operation(
    document="t-bills",
    operation_id="listUserAddresses",
    name="list_user_addresses",
    method="GET",
    path="/bond/api/v1/user/address",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=list[UserAddress],
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
