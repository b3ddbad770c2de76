"""Make Order: `POST /fixed-income/api/v2/order` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any

from matrixport._arguments import Argument
from matrixport._idempotency import new_idempotency_key
from matrixport._operation import CallContext, Lookup, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.create_order_request import CreateOrderRequest
from ...models.order_created import OrderCreated
from ...types import UNSET
from ..fixed_income_api.get_order_result import OPERATION as _lookup_get_order_result


def build_request(
    *,
    product_id: str,
    amount_dec: Decimal,
    coupon_id: int | None = None,
    serial_number: str | None = None,
) -> RequestParts:
    if serial_number is None:
        serial_number = new_idempotency_key()
    params: dict[str, Any] = {}
    body = CreateOrderRequest(
        product_id=product_id,
        amount_dec=amount_dec,
        coupon_id=UNSET if coupon_id is None else coupon_id,
        serial_number=UNSET if serial_number is None else serial_number,
    ).to_dict()
    return RequestParts(
        path="/fixed-income/api/v2/order",
        params=params,
        json=body,
        idempotency_key=serial_number,
    )


def parse_response(data: Any, context: CallContext) -> OrderCreated:
    response_200 = OrderCreated.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: OrderCreated, context: CallContext) -> OrderCreated:
    value.idempotency_key = context.idempotency_key
    value.request_id = context.request_id
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
    Argument(
        "coupon_id",
        int,
    ),
    Argument(
        "serial_number",
        str,
        max_length=32,
    ),
)


OPERATION: Operation[OrderCreated] = Operation(
    document="fixed-income",
    operation_id="createOrder",
    name="create_order",
    method="POST",
    path="/fixed-income/api/v2/order",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=OrderCreated,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key="serial_number",
    side_effects=True,
    result_operation="getOrderResult",
    check_with="fixed_income.get_order_result",
    lookup=Lookup(
        operation=_lookup_get_order_result,
        key_parameter="out_serial_number",
        match=None,
        arguments={},
        confirms_result=False,
    ),
    arguments=ARGUMENTS,
)
