"""Currency details: `GET /flexible/api/v2/deposit-redeem/currency/detail` (generated from the spec; do not edit)."""

from typing import Any, Literal

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.currency_detail import CurrencyDetail


def build_request(
    *,
    currency: str,
    product_type: Literal["flexi_saving"] = "flexi_saving",
    subject_type: Literal["flexi_saving"] = "flexi_saving",
) -> RequestParts:
    params: dict[str, Any] = {}
    params["currency"] = currency
    params["product_type"] = product_type
    params["subject_type"] = subject_type
    return RequestParts(
        path="/flexible/api/v2/deposit-redeem/currency/detail",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> CurrencyDetail:
    response_200 = CurrencyDetail.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: CurrencyDetail, context: CallContext) -> CurrencyDetail:
    return value


ARGUMENTS = (
    Argument(
        "currency",
        str,
        required=True,
        max_length=64,
    ),
    Argument("product_type", const="flexi_saving"),
    Argument("subject_type", const="flexi_saving"),
)


OPERATION: Operation[CurrencyDetail] = Operation(
    document="balance-plus",
    operation_id="getCurrencyDetail",
    name="get_currency_detail",
    method="GET",
    path="/flexible/api/v2/deposit-redeem/currency/detail",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=CurrencyDetail,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
