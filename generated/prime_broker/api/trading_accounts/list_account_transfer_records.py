"""Account Transfer Records: `GET /credit/agency/v1/account/funds` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Pagination, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.account_transfer_record_page import AccountTransferRecordPage
from ...models.exchange import Exchange
from ...models.scenario import Scenario
from ...models.transfer_process import TransferProcess


def build_request(
    *,
    limit: int,
    offset: int | None = None,
    currency: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    from_account_id: str | None = None,
    from_exchange: Exchange | None = None,
    to_account_id: str | None = None,
    to_exchange: Exchange | None = None,
    process: TransferProcess | None = None,
    scenario: Scenario | None = None,
    serial_no: str | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["limit"] = limit
    if offset is not None:
        params["offset"] = offset
    if currency is not None:
        params["currency"] = currency
    if start_time is not None:
        params["start_time"] = start_time
    if end_time is not None:
        params["end_time"] = end_time
    if from_account_id is not None:
        params["from_account_id"] = from_account_id
    if from_exchange is not None:
        params["from_exchange"] = Exchange(from_exchange).value
    if to_account_id is not None:
        params["to_account_id"] = to_account_id
    if to_exchange is not None:
        params["to_exchange"] = Exchange(to_exchange).value
    if process is not None:
        params["process"] = TransferProcess(process).value
    if scenario is not None:
        params["scenario"] = Scenario(scenario).value
    if serial_no is not None:
        params["serial_no"] = serial_no
    return RequestParts(
        path="/credit/agency/v1/account/funds",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> AccountTransferRecordPage:
    response_200 = AccountTransferRecordPage.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: AccountTransferRecordPage, context: CallContext) -> AccountTransferRecordPage:
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
        "from_account_id",
        str,
    ),
    Argument(
        "from_exchange",
        Exchange,
    ),
    Argument(
        "to_account_id",
        str,
    ),
    Argument(
        "to_exchange",
        Exchange,
    ),
    Argument(
        "process",
        TransferProcess,
    ),
    Argument(
        "scenario",
        Scenario,
    ),
    Argument(
        "serial_no",
        str,
    ),
)


OPERATION: Operation[AccountTransferRecordPage] = Operation(
    document="prime-broker",
    operation_id="listAccountTransferRecords",
    name="list_account_transfer_records",
    method="GET",
    path="/credit/agency/v1/account/funds",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=AccountTransferRecordPage,
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
