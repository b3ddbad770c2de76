"""Loan Bills: `GET /credit/agency/v1/bills` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Pagination, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.bill_status import BillStatus
from ...models.bill_type import BillType
from ...models.loan_bill_page import LoanBillPage
from ...models.order_biz_type import OrderBizType


def build_request(
    *,
    limit: int,
    offset: int | None = None,
    bill_id: str | None = None,
    bill_time_start: int | None = None,
    bill_time_end: int | None = None,
    order_biz_type: OrderBizType | None = None,
    order_id: str | None = None,
    status: BillStatus | None = None,
    type_: BillType | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["limit"] = limit
    if offset is not None:
        params["offset"] = offset
    if bill_id is not None:
        params["bill_id"] = bill_id
    if bill_time_start is not None:
        params["bill_time_start"] = bill_time_start
    if bill_time_end is not None:
        params["bill_time_end"] = bill_time_end
    if order_biz_type is not None:
        params["order_biz_type"] = OrderBizType(order_biz_type).value
    if order_id is not None:
        params["order_id"] = order_id
    if status is not None:
        params["status"] = BillStatus(status).value
    if type_ is not None:
        params["type"] = BillType(type_).value
    return RequestParts(
        path="/credit/agency/v1/bills",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> LoanBillPage:
    response_200 = LoanBillPage.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: LoanBillPage, context: CallContext) -> LoanBillPage:
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
        "bill_id",
        str,
    ),
    Argument(
        "bill_time_start",
        int,
    ),
    Argument(
        "bill_time_end",
        int,
    ),
    Argument(
        "order_biz_type",
        OrderBizType,
    ),
    Argument(
        "order_id",
        str,
    ),
    Argument(
        "status",
        BillStatus,
    ),
    Argument(
        "type_",
        BillType,
    ),
)


OPERATION: Operation[LoanBillPage] = Operation(
    document="prime-broker",
    operation_id="listLoanBills",
    name="list_loan_bills",
    method="GET",
    path="/credit/agency/v1/bills",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=LoanBillPage,
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
