"""Rcu Accounts: `GET /credit/agency/v1/rcu/accounts` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.rcu_account import RcuAccount


def build_request(
    *,
    rcu_id: int,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["rcu_id"] = rcu_id
    return RequestParts(
        path="/credit/agency/v1/rcu/accounts",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> list[RcuAccount]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = RcuAccount.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    value = response_200
    return finish(value, context)


def finish(value: list[RcuAccount], context: CallContext) -> list[RcuAccount]:
    return value


ARGUMENTS = (
    Argument(
        "rcu_id",
        int,
        required=True,
    ),
)


OPERATION: Operation[list[RcuAccount]] = Operation(
    document="prime-broker",
    operation_id="listRcuAccounts",
    name="list_rcu_accounts",
    method="GET",
    path="/credit/agency/v1/rcu/accounts",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=list[RcuAccount],
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
