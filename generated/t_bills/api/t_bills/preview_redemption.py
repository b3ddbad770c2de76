"""Redeem Preview: `GET /bond/api/v1/order/withdraw/preview` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any

from matrixport._arguments import Argument
from matrixport._convert import decimal_to_wire
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.redeem_preview import RedeemPreview


def build_request(
    *,
    product_id: str,
    principal: Decimal,
    currency: str | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["product_id"] = product_id
    params["principal"] = decimal_to_wire(principal)
    if currency is not None:
        params["currency"] = currency
    return RequestParts(
        path="/bond/api/v1/order/withdraw/preview",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> RedeemPreview:
    response_200 = RedeemPreview.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: RedeemPreview, context: CallContext) -> RedeemPreview:
    return value


ARGUMENTS = (
    Argument(
        "product_id",
        str,
        required=True,
    ),
    Argument(
        "principal",
        Decimal,
        required=True,
    ),
    Argument(
        "currency",
        str,
    ),
)


OPERATION: Operation[RedeemPreview] = Operation(
    document="t-bills",
    operation_id="previewRedemption",
    name="preview_redemption",
    method="GET",
    path="/bond/api/v1/order/withdraw/preview",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=RedeemPreview,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
