"""Monthly Report: `GET /bond/api/v1/monthly-report/latest` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.monthly_report import MonthlyReport


def build_request() -> RequestParts:
    params: dict[str, Any] = {}
    return RequestParts(
        path="/bond/api/v1/monthly-report/latest",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> MonthlyReport:
    response_200 = MonthlyReport.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: MonthlyReport, context: CallContext) -> MonthlyReport:
    return value


ARGUMENTS = ()


OPERATION: Operation[MonthlyReport] = Operation(
    document="t-bills",
    operation_id="getLatestMonthlyReport",
    name="get_latest_monthly_report",
    method="GET",
    path="/bond/api/v1/monthly-report/latest",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=MonthlyReport,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
