"""Make Order: `POST /eth-two/api/v2/order` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.create_order_request import CreateOrderRequest
from ...models.order_created import OrderCreated


def build_request(
    *,
    product_id: str,
    amount_dec: Decimal,
) -> RequestParts:
    params: dict[str, Any] = {}
    body = CreateOrderRequest(
        product_id=product_id,
        amount_dec=amount_dec,
    ).to_dict()
    return RequestParts(
        path="/eth-two/api/v2/order",
        params=params,
        json=body,
    )


def parse_response(data: Any, context: CallContext) -> OrderCreated:
    response_200 = OrderCreated.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: OrderCreated, context: CallContext) -> OrderCreated:
    return value


ARGUMENTS = (
    Argument(
        "product_id",
        str,
        required=True,
        max_length=64,
    ),
    Argument(
        "amount_dec",
        Decimal,
        required=True,
    ),
)


OPERATION: Operation[OrderCreated] = Operation(
    document="fixed-staking",
    operation_id="createOrder",
    name="create_order",
    method="POST",
    path="/eth-two/api/v2/order",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=OrderCreated,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=True,
    result_operation="getOrderResult",
    check_with="fixed_staking.get_order_result",
    arguments=ARGUMENTS,
)
