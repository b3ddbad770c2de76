"""Coupon List: `GET /fixed-income/api/v2/order/coupons` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any

from matrixport._arguments import Argument
from matrixport._convert import decimal_to_wire
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.coupon_list import CouponList
from ...models.order_type import OrderType


def build_request(
    *,
    product_id: str,
    order_id: str,
    amount_dec: Decimal | None = None,
    order_type: OrderType | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["product_id"] = product_id
    params["order_id"] = order_id
    if amount_dec is not None:
        params["amount_dec"] = decimal_to_wire(amount_dec)
    if order_type is not None:
        params["order_type"] = OrderType(order_type).value
    return RequestParts(
        path="/fixed-income/api/v2/order/coupons",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> CouponList:
    response_200 = CouponList.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: CouponList, context: CallContext) -> CouponList:
    return value


ARGUMENTS = (
    Argument(
        "product_id",
        str,
        required=True,
    ),
    Argument(
        "order_id",
        str,
        required=True,
    ),
    Argument(
        "amount_dec",
        Decimal,
    ),
    Argument(
        "order_type",
        OrderType,
    ),
)


OPERATION: Operation[CouponList] = Operation(
    document="fixed-income",
    operation_id="listCoupons",
    name="list_coupons",
    method="GET",
    path="/fixed-income/api/v2/order/coupons",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=CouponList,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
