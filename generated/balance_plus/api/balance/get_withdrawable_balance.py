"""Withdrawable balance: `GET /flexible/api/v2/deposit-redeem/user/redeem-balance` (generated from the spec; do not edit)."""

from typing import Any, Literal

from matrixport._operation import Operation, RequestParts, ResponseKind

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


def parse_response(data: Any) -> WithdrawableBalance:
    response_200 = WithdrawableBalance.from_dict(data)

    return response_200


OPERATION: Operation[WithdrawableBalance] = Operation(
    document="balance-plus",
    operation_id="getWithdrawableBalance",
    name="get_withdrawable_balance",
    method="GET",
    path="/flexible/api/v2/deposit-redeem/user/redeem-balance",
    build=build_request,
    parse=parse_response,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
)
