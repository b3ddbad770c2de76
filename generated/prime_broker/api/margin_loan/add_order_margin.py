"""Add Order Margin: `POST /credit/agency/v1/order/margin` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any, cast

from matrixport._arguments import Argument
from matrixport._idempotency import new_idempotency_key
from matrixport._operation import CallContext, Lookup, Operation, RequestParts, ResponseKind
from matrixport._results import Accepted

from ...errors import ERRORS
from ...models.add_order_margin_request import AddOrderMarginRequest
from ..margin_loan.list_order_operations import OPERATION as _lookup_list_order_operations


def build_request(
    *,
    account_id: str,
    amount: Decimal,
    order_id: str,
    request_id: str | None = None,
) -> RequestParts:
    if request_id is None:
        request_id = new_idempotency_key()
    params: dict[str, Any] = {}
    body = AddOrderMarginRequest(
        account_id=account_id,
        amount=amount,
        order_id=order_id,
        request_id=request_id,
    ).to_dict()
    return RequestParts(
        path="/credit/agency/v1/order/margin",
        params=params,
        json=body,
        idempotency_key=request_id,
    )


def parse_response(data: Any, context: CallContext) -> Accepted[None]:
    if data is not None:
        raise TypeError(f"expected no data, got {type(data).__name__}")
    value = None
    return finish(value, context)


def finish(value: None, context: CallContext) -> Accepted[None]:
    return Accepted(cast(str, context.idempotency_key), context.request_id, value, context.confirmation)


ARGUMENTS = (
    Argument(
        "account_id",
        str,
        required=True,
    ),
    Argument(
        "amount",
        Decimal,
        required=True,
    ),
    Argument(
        "order_id",
        str,
        required=True,
    ),
    Argument(
        "request_id",
        str,
        min_length=8,
        max_length=32,
        pattern="^[a-zA-Z0-9_-]+$",
    ),
)


OPERATION: Operation[Accepted[None]] = Operation(
    document="prime-broker",
    operation_id="addOrderMargin",
    name="add_order_margin",
    method="POST",
    path="/credit/agency/v1/order/margin",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=None,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key="request_id",
    side_effects=True,
    result_operation="listOrderOperations",
    check_with="prime_broker.list_order_operations",
    lookup=Lookup(
        operation=_lookup_list_order_operations,
        key_parameter=None,
        match="request_id",
        arguments={"order_id": "order_id"},
        confirms_result=True,
    ),
    arguments=ARGUMENTS,
)
