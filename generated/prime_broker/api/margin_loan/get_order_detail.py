"""Order Detail: `GET /credit/agency/v1/order` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.order_detail import OrderDetail


def build_request(
    *,
    order_id: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["order_id"] = order_id
    return RequestParts(
        path="/credit/agency/v1/order",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> OrderDetail:
    response_200 = OrderDetail.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: OrderDetail, context: CallContext) -> OrderDetail:
    return value


ARGUMENTS = (
    Argument(
        "order_id",
        str,
        required=True,
    ),
)


OPERATION: Operation[OrderDetail] = Operation(
    document="prime-broker",
    operation_id="getOrderDetail",
    name="get_order_detail",
    method="GET",
    path="/credit/agency/v1/order",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=OrderDetail,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
