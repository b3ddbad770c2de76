"""Turn Off Auto-renewal of an Order: `POST /fixed/api/v2/order/auto_renew/switch/off` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.auto_renew_switch_request import AutoRenewSwitchRequest


def build_request(
    *,
    order_id: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    body = AutoRenewSwitchRequest(
        order_id=order_id,
    ).to_dict()
    return RequestParts(
        path="/fixed/api/v2/order/auto_renew/switch/off",
        params=params,
        json=body,
    )


def parse_response(data: Any, context: CallContext) -> None:
    if data is not None:
        raise TypeError(f"expected no data, got {type(data).__name__}")
    value = None
    return finish(value, context)


def finish(value: None, context: CallContext) -> None:
    return value


ARGUMENTS = (
    Argument(
        "order_id",
        str,
        required=True,
        max_length=64,
    ),
)


OPERATION: Operation[None] = Operation(
    document="fixed-income",
    operation_id="disableOrderAutoRenew",
    name="disable_order_auto_renew",
    method="POST",
    path="/fixed/api/v2/order/auto_renew/switch/off",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=None,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=True,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
