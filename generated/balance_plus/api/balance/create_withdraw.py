"""Withdraw: `POST /flexible/api/v2/redeem` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any, Literal

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.order_accepted import OrderAccepted
from ...models.withdraw_request import WithdrawRequest
from ...types import UNSET


def build_request(
    *,
    amount: Decimal,
    currency: str,
    product_type: Literal["flexi_saving"] = "flexi_saving",
    subject_type: Literal["flexi_saving"] = "flexi_saving",
    order_source: Literal["1"] = "1",
    redeem_all: bool | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    body = WithdrawRequest(
        amount=amount,
        currency=currency,
        product_type=product_type,
        subject_type=subject_type,
        order_source=order_source,
        redeem_all=UNSET if redeem_all is None else redeem_all,
    ).to_dict()
    return RequestParts(
        path="/flexible/api/v2/redeem",
        params=params,
        json=body,
    )


def parse_response(data: Any, context: CallContext) -> OrderAccepted:
    response_200 = OrderAccepted.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: OrderAccepted, context: CallContext) -> OrderAccepted:
    return value


ARGUMENTS = (
    Argument(
        "amount",
        Decimal,
        required=True,
    ),
    Argument(
        "currency",
        str,
        required=True,
        max_length=64,
    ),
    Argument("product_type", const="flexi_saving"),
    Argument("subject_type", const="flexi_saving"),
    Argument("order_source", const="1"),
    Argument(
        "redeem_all",
        bool,
    ),
)


OPERATION: Operation[OrderAccepted] = Operation(
    document="balance-plus",
    operation_id="createWithdraw",
    name="create_withdraw",
    method="POST",
    path="/flexible/api/v2/redeem",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=OrderAccepted,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=True,
    result_operation="getDepositWithdrawResult",
    check_with="balance_plus.get_deposit_withdraw_result",
    arguments=ARGUMENTS,
)
