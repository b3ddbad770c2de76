"""Order Redeem: `POST /eth-two/api/v2/order/redeem` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.payback_currency import PaybackCurrency
from ...models.redeem_order_request import RedeemOrderRequest
from ...models.redeem_record import RedeemRecord


def build_request(
    *,
    payback_currency: PaybackCurrency,
    order_id: str,
    share: Decimal,
    principal: Decimal,
) -> RequestParts:
    params: dict[str, Any] = {}
    body = RedeemOrderRequest(
        payback_currency=payback_currency,
        order_id=order_id,
        share=share,
        principal=principal,
    ).to_dict()
    return RequestParts(
        path="/eth-two/api/v2/order/redeem",
        params=params,
        json=body,
    )


def parse_response(data: Any, context: CallContext) -> RedeemRecord:
    response_200 = RedeemRecord.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: RedeemRecord, context: CallContext) -> RedeemRecord:
    return value


ARGUMENTS = (
    Argument(
        "payback_currency",
        PaybackCurrency,
        required=True,
    ),
    Argument(
        "order_id",
        str,
        required=True,
    ),
    Argument(
        "share",
        Decimal,
        required=True,
    ),
    Argument(
        "principal",
        Decimal,
        required=True,
    ),
)


OPERATION: Operation[RedeemRecord] = Operation(
    document="fixed-staking",
    operation_id="redeemOrder",
    name="redeem_order",
    method="POST",
    path="/eth-two/api/v2/order/redeem",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=RedeemRecord,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=True,
    result_operation="getRedeemDetail",
    check_with="fixed_staking.get_redeem_detail",
    arguments=ARGUMENTS,
)
