"""DMA Bills: `GET /credit/agency/v1/dma/bills` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Pagination, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.dma_bill_page import DmaBillPage
from ...models.dma_bill_status import DmaBillStatus


def build_request(
    *,
    limit: int,
    offset: int | None = None,
    bill_start_time_start: int | None = None,
    bill_start_time_end: int | None = None,
    currency: str | None = None,
    serial_no: str | None = None,
    status: DmaBillStatus | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["limit"] = limit
    if offset is not None:
        params["offset"] = offset
    if bill_start_time_start is not None:
        params["bill_start_time_start"] = bill_start_time_start
    if bill_start_time_end is not None:
        params["bill_start_time_end"] = bill_start_time_end
    if currency is not None:
        params["currency"] = currency
    if serial_no is not None:
        params["serial_no"] = serial_no
    if status is not None:
        params["status"] = DmaBillStatus(status).value
    return RequestParts(
        path="/credit/agency/v1/dma/bills",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> DmaBillPage:
    response_200 = DmaBillPage.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: DmaBillPage, context: CallContext) -> DmaBillPage:
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
        "bill_start_time_start",
        int,
    ),
    Argument(
        "bill_start_time_end",
        int,
    ),
    Argument(
        "currency",
        str,
    ),
    Argument(
        "serial_no",
        str,
    ),
    Argument(
        "status",
        DmaBillStatus,
    ),
)


OPERATION: Operation[DmaBillPage] = Operation(
    document="prime-broker",
    operation_id="listDmaBills",
    name="list_dma_bills",
    method="GET",
    path="/credit/agency/v1/dma/bills",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=DmaBillPage,
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
