"""User Profit List: `GET /bond/api/v1/user/profit` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.user_profit_list import UserProfitList


def build_request(
    *,
    product_id: str,
    user_address: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["product_id"] = product_id
    params["user_address"] = user_address
    return RequestParts(
        path="/bond/api/v1/user/profit",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> UserProfitList:
    response_200 = UserProfitList.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: UserProfitList, context: CallContext) -> UserProfitList:
    return value


ARGUMENTS = (
    Argument(
        "product_id",
        str,
        required=True,
    ),
    Argument(
        "user_address",
        str,
        required=True,
    ),
)


OPERATION: Operation[UserProfitList] = Operation(
    document="t-bills",
    operation_id="listUserProfits",
    name="list_user_profits",
    method="GET",
    path="/bond/api/v1/user/profit",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=UserProfitList,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
