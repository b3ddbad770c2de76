"""DMA Bill Repay: `POST /credit/agency/v1/dma/bill/repay` (generated from the spec; do not edit)."""

from typing import Any, cast

from matrixport._arguments import Argument
from matrixport._idempotency import new_idempotency_key
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind
from matrixport._results import Accepted

from ...errors import ERRORS
from ...models.dma_bill_repay_request import DmaBillRepayRequest


def build_request(
    *,
    request_id: str | None = None,
    account_id: str,
    serial_no: str,
) -> RequestParts:
    if request_id is None:
        request_id = new_idempotency_key()
    params: dict[str, Any] = {}
    body = DmaBillRepayRequest(
        request_id=request_id,
        account_id=account_id,
        serial_no=serial_no,
    ).to_dict()
    return RequestParts(
        path="/credit/agency/v1/dma/bill/repay",
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
        "request_id",
        str,
        min_length=8,
        max_length=32,
        pattern="^[a-zA-Z0-9_-]+$",
    ),
    Argument(
        "account_id",
        str,
        required=True,
    ),
    Argument(
        "serial_no",
        str,
        required=True,
    ),
)


OPERATION: Operation[Accepted[None]] = Operation(
    document="prime-broker",
    operation_id="repayDmaBill",
    name="repay_dma_bill",
    method="POST",
    path="/credit/agency/v1/dma/bill/repay",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=None,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key="request_id",
    side_effects=True,
    result_operation="listDmaBills",
    check_with="prime_broker.list_dma_bills",
    arguments=ARGUMENTS,
)
