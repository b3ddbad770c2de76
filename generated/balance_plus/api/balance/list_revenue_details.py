"""Revenue details: `GET /flexible/api/v2/deposit-redeem/interest/detail` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any, Literal

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Pagination, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.revenue_details import RevenueDetails


def build_request(
    *,
    currency: str | None = None,
    product_type: Literal["flexi_saving"] = "flexi_saving",
    subject_type: Literal["flexi_saving"] = "flexi_saving",
    limit: int,
    next_timestamp: int | None = None,
    period: int | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    if currency is not None:
        params["currency"] = currency
    params["product_type"] = product_type
    params["subject_type"] = subject_type
    params["limit"] = limit
    if next_timestamp is not None:
        params["next_timestamp"] = next_timestamp
    if period is not None:
        params["period"] = period
    return RequestParts(
        path="/flexible/api/v2/deposit-redeem/interest/detail",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> RevenueDetails:
    response_200 = RevenueDetails.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: RevenueDetails, context: CallContext) -> RevenueDetails:
    return value


ARGUMENTS = (
    Argument(
        "currency",
        str,
    ),
    Argument("product_type", const="flexi_saving"),
    Argument("subject_type", const="flexi_saving"),
    Argument(
        "limit",
        int,
        required=True,
        minimum=Decimal("1"),
    ),
    Argument(
        "next_timestamp",
        int,
    ),
    Argument(
        "period",
        int,
    ),
)


OPERATION: Operation[RevenueDetails] = Operation(
    document="balance-plus",
    operation_id="listRevenueDetails",
    name="list_revenue_details",
    method="GET",
    path="/flexible/api/v2/deposit-redeem/interest/detail",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=RevenueDetails,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    pagination=Pagination(
        style="cursor",
        cursor_parameter="next_timestamp",
        next="next_timestamp",
        limit_parameter="limit",
        items="interests",
        unique=("timestamp", "currency"),
    ),
    arguments=ARGUMENTS,
)
