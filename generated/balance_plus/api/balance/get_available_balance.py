"""User available balance: `GET /flexible/api/v2/deposit-redeem/user/available-balance` (generated from the spec; do not edit)."""

from typing import Any, Literal

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.available_balance import AvailableBalance


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
        path="/flexible/api/v2/deposit-redeem/user/available-balance",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> AvailableBalance:
    response_200 = AvailableBalance.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: AvailableBalance, context: CallContext) -> AvailableBalance:
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


OPERATION: Operation[AvailableBalance] = Operation(
    document="balance-plus",
    operation_id="getAvailableBalance",
    name="get_available_balance",
    method="GET",
    path="/flexible/api/v2/deposit-redeem/user/available-balance",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=AvailableBalance,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
