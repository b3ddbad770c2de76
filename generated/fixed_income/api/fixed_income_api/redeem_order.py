"""Redeem an Order: `POST /fixed-income/api/v2/order/redeem` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.redeem_order_request import RedeemOrderRequest
from ...models.redeem_record import RedeemRecord


def build_request(
    *,
    order_id: str,
    principal_dec: Decimal,
) -> RequestParts:
    params: dict[str, Any] = {}
    body = RedeemOrderRequest(
        order_id=order_id,
        principal_dec=principal_dec,
    ).to_dict()
    return RequestParts(
        path="/fixed-income/api/v2/order/redeem",
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
        "order_id",
        str,
        required=True,
        max_length=64,
    ),
    Argument(
        "principal_dec",
        Decimal,
        required=True,
        max_length=64,
    ),
)


OPERATION: Operation[RedeemRecord] = Operation(
    document="fixed-income",
    operation_id="redeemOrder",
    name="redeem_order",
    method="POST",
    path="/fixed-income/api/v2/order/redeem",
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
    check_with="fixed_income.get_redeem_detail",
    arguments=ARGUMENTS,
)
