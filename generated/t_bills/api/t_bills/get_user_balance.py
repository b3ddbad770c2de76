"""User Balance: `GET /bond/api/v1/user/balance` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.user_balance import UserBalance


def build_request(
    *,
    currency: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["currency"] = currency
    return RequestParts(
        path="/bond/api/v1/user/balance",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> UserBalance:
    response_200 = UserBalance.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: UserBalance, context: CallContext) -> UserBalance:
    return value


ARGUMENTS = (
    Argument(
        "currency",
        str,
        required=True,
    ),
)


OPERATION: Operation[UserBalance] = Operation(
    document="t-bills",
    operation_id="getUserBalance",
    name="get_user_balance",
    method="GET",
    path="/bond/api/v1/user/balance",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=UserBalance,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
