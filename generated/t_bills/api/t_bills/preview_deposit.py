"""Deposit Preview: `GET /bond/api/v1/order/deposit/preview` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any

from matrixport._arguments import Argument
from matrixport._convert import decimal_to_wire
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.deposit_preview import DepositPreview


def build_request(
    *,
    product_id: str,
    payment_currency: str,
    principal: Decimal,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["product_id"] = product_id
    params["payment_currency"] = payment_currency
    params["principal"] = decimal_to_wire(principal)
    return RequestParts(
        path="/bond/api/v1/order/deposit/preview",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> DepositPreview:
    response_200 = DepositPreview.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: DepositPreview, context: CallContext) -> DepositPreview:
    return value


ARGUMENTS = (
    Argument(
        "product_id",
        str,
        required=True,
    ),
    Argument(
        "payment_currency",
        str,
        required=True,
    ),
    Argument(
        "principal",
        Decimal,
        required=True,
    ),
)


OPERATION: Operation[DepositPreview] = Operation(
    document="t-bills",
    operation_id="previewDeposit",
    name="preview_deposit",
    method="GET",
    path="/bond/api/v1/order/deposit/preview",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=DepositPreview,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
