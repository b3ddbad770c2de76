"""Order Redeem Amount: `GET /eth-two/api/v2/order/redeem/amount` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.redeemable_amount import RedeemableAmount


def build_request(
    *,
    order_id: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["order_id"] = order_id
    return RequestParts(
        path="/eth-two/api/v2/order/redeem/amount",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> RedeemableAmount:
    response_200 = RedeemableAmount.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: RedeemableAmount, context: CallContext) -> RedeemableAmount:
    return value


ARGUMENTS = (
    Argument(
        "order_id",
        str,
        required=True,
        max_length=64,
    ),
)


OPERATION: Operation[RedeemableAmount] = Operation(
    document="fixed-staking",
    operation_id="getRedeemableAmount",
    name="get_redeemable_amount",
    method="GET",
    path="/eth-two/api/v2/order/redeem/amount",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=RedeemableAmount,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
