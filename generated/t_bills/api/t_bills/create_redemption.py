"""Redeem: `POST /bond/api/v1/order/withdraw` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.redeem_request import RedeemRequest


def build_request(
    *,
    address: str,
    amount: Decimal,
    currency: str,
    product_id: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    body = RedeemRequest(
        address=address,
        amount=amount,
        currency=currency,
        product_id=product_id,
    ).to_dict()
    return RequestParts(
        path="/bond/api/v1/order/withdraw",
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
        "currency",
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
    operation_id="createRedemption",
    name="create_redemption",
    method="POST",
    path="/bond/api/v1/order/withdraw",
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
