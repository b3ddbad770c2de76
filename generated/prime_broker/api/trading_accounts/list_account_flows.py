"""Account Flows: `GET /credit/agency/v1/account/flows` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Pagination, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.account_flow_page import AccountFlowPage
from ...models.account_type import AccountType
from ...models.exchange import Exchange
from ...models.scenario import Scenario


def build_request(
    *,
    limit: int,
    offset: int | None = None,
    account_id: str | None = None,
    account_type: AccountType | None = None,
    currency: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    exchange: Exchange | None = None,
    scenario: Scenario | None = None,
    serial_no: str | None = None,
    transfer_serial_no: str | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["limit"] = limit
    if offset is not None:
        params["offset"] = offset
    if account_id is not None:
        params["account_id"] = account_id
    if account_type is not None:
        params["account_type"] = AccountType(account_type).value
    if currency is not None:
        params["currency"] = currency
    if start_time is not None:
        params["start_time"] = start_time
    if end_time is not None:
        params["end_time"] = end_time
    if exchange is not None:
        params["exchange"] = Exchange(exchange).value
    if scenario is not None:
        params["scenario"] = Scenario(scenario).value
    if serial_no is not None:
        params["serial_no"] = serial_no
    if transfer_serial_no is not None:
        params["transfer_serial_no"] = transfer_serial_no
    return RequestParts(
        path="/credit/agency/v1/account/flows",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> AccountFlowPage:
    response_200 = AccountFlowPage.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: AccountFlowPage, context: CallContext) -> AccountFlowPage:
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
        "currency",
        str,
    ),
    Argument(
        "start_time",
        int,
    ),
    Argument(
        "end_time",
        int,
    ),
    Argument(
        "exchange",
        Exchange,
    ),
    Argument(
        "scenario",
        Scenario,
    ),
    Argument(
        "serial_no",
        str,
    ),
    Argument(
        "transfer_serial_no",
        str,
    ),
)


OPERATION: Operation[AccountFlowPage] = Operation(
    document="prime-broker",
    operation_id="listAccountFlows",
    name="list_account_flows",
    method="GET",
    path="/credit/agency/v1/account/flows",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=AccountFlowPage,
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
