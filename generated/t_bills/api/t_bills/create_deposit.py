"""Deposit: `POST /bond/api/v1/order/deposit` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.deposit_request import DepositRequest


def build_request(
    *,
    address: str,
    amount: Decimal,
    ask_price_id: str,
    payment_currency: str,
    product_id: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    body = DepositRequest(
        address=address,
        amount=amount,
        ask_price_id=ask_price_id,
        payment_currency=payment_currency,
        product_id=product_id,
    ).to_dict()
    return RequestParts(
        path="/bond/api/v1/order/deposit",
        params=params,
        json=body,
    )


def parse_response(data: Any, context: CallContext) -> str:
    if not isinstance(data, str):
        raise TypeError(f"expected str, got {type(data).__name__}")
    value = data
    return finish(value, context)


def finish(value: str, context: CallContext) -> str:
    return value


ARGUMENTS = (
    Argument(
        "address",
        str,
        required=True,
    ),
    Argument(
        "amount",
        Decimal,
        required=True,
    ),
    Argument(
        "ask_price_id",
        str,
        required=True,
    ),
    Argument(
        "payment_currency",
        str,
        required=True,
    ),
    Argument(
        "product_id",
        str,
        required=True,
    ),
)


OPERATION: Operation[str] = Operation(
    document="t-bills",
    operation_id="createDeposit",
    name="create_deposit",
    method="POST",
    path="/bond/api/v1/order/deposit",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=str,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=True,
    result_operation="getOrderResult",
    check_with="t_bills.get_order_result",
    arguments=ARGUMENTS,
)
