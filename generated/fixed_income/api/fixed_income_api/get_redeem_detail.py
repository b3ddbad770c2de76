"""Get Redemption Detail: `GET /fixed-income/api/v2/order/redeem/detail` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.redeem_detail import RedeemDetail


def build_request(
    *,
    order_id: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["order_id"] = order_id
    return RequestParts(
        path="/fixed-income/api/v2/order/redeem/detail",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> RedeemDetail:
    response_200 = RedeemDetail.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: RedeemDetail, context: CallContext) -> RedeemDetail:
    return value


ARGUMENTS = (
    Argument(
        "order_id",
        str,
        required=True,
        max_length=64,
    ),
)


OPERATION: Operation[RedeemDetail] = Operation(
    document="fixed-income",
    operation_id="getRedeemDetail",
    name="get_redeem_detail",
    method="GET",
    path="/fixed-income/api/v2/order/redeem/detail",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=RedeemDetail,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
