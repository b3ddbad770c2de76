"""Account List: `GET /credit/agency/v1/accounts` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Pagination, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.account_page import AccountPage
from ...models.account_status import AccountStatus
from ...models.account_type import AccountType
from ...models.exchange import Exchange
from ...models.exchange_type import ExchangeType


def build_request(
    *,
    limit: int,
    offset: int | None = None,
    account_id: str | None = None,
    account_type: AccountType | None = None,
    custody_id: str | None = None,
    exchange: Exchange | None = None,
    exchange_type: ExchangeType | None = None,
    rcu_id: int | None = None,
    status: AccountStatus | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["limit"] = limit
    if offset is not None:
        params["offset"] = offset
    if account_id is not None:
        params["account_id"] = account_id
    if account_type is not None:
        params["account_type"] = AccountType(account_type).value
    if custody_id is not None:
        params["custody_id"] = custody_id
    if exchange is not None:
        params["exchange"] = Exchange(exchange).value
    if exchange_type is not None:
        params["exchange_type"] = ExchangeType(exchange_type).value
    if rcu_id is not None:
        params["rcu_id"] = rcu_id
    if status is not None:
        params["status"] = AccountStatus(status).value
    return RequestParts(
        path="/credit/agency/v1/accounts",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> AccountPage:
    response_200 = AccountPage.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: AccountPage, context: CallContext) -> AccountPage:
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
        "account_id",
        str,
    ),
    Argument(
        "account_type",
        AccountType,
    ),
    Argument(
        "custody_id",
        str,
    ),
    Argument(
        "exchange",
        Exchange,
    ),
    Argument(
        "exchange_type",
        ExchangeType,
    ),
    Argument(
        "rcu_id",
        int,
    ),
    Argument(
        "status",
        AccountStatus,
    ),
)


OPERATION: Operation[AccountPage] = Operation(
    document="prime-broker",
    operation_id="listAccounts",
    name="list_accounts",
    method="GET",
    path="/credit/agency/v1/accounts",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=AccountPage,
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
