"""Max Redeem Amount: `GET /bond/api/v1/order/withdraw/max_amount` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.max_redeem_amount import MaxRedeemAmount


def build_request(
    *,
    product_id: str,
    address: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["product_id"] = product_id
    params["address"] = address
    return RequestParts(
        path="/bond/api/v1/order/withdraw/max_amount",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> MaxRedeemAmount:
    response_200 = MaxRedeemAmount.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: MaxRedeemAmount, context: CallContext) -> MaxRedeemAmount:
    return value


ARGUMENTS = (
    Argument(
        "product_id",
        str,
        required=True,
    ),
    Argument(
        "address",
        str,
        required=True,
    ),
)


OPERATION: Operation[MaxRedeemAmount] = Operation(
    document="t-bills",
    operation_id="getMaxRedeemAmount",
    name="get_max_redeem_amount",
    method="GET",
    path="/bond/api/v1/order/withdraw/max_amount",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=MaxRedeemAmount,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
