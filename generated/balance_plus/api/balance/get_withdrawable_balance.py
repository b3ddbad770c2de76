"""Withdrawable balance: `GET /flexible/api/v2/deposit-redeem/user/redeem-balance` (generated from the spec; do not edit)."""

from typing import Any, Literal

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.withdrawable_balance import WithdrawableBalance


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
        path="/flexible/api/v2/deposit-redeem/user/redeem-balance",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> WithdrawableBalance:
    response_200 = WithdrawableBalance.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: WithdrawableBalance, context: CallContext) -> WithdrawableBalance:
    return value


ARGUMENTS = (
    Argument(
        "currency",
        str,
        required=True,
    ),
    Argument("product_type", const="flexi_saving"),
    Argument("subject_type", const="flexi_saving"),
)


OPERATION: Operation[WithdrawableBalance] = Operation(
    document="balance-plus",
    operation_id="getWithdrawableBalance",
    name="get_withdrawable_balance",
    method="GET",
    path="/flexible/api/v2/deposit-redeem/user/redeem-balance",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=WithdrawableBalance,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
