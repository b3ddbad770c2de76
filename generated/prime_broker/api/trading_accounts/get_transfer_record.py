"""Transfer Record: `GET /credit/agency/v1/allocate` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Outcome, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.transfer_record import TransferRecord


def build_request(
    *,
    serial_no: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["serial_no"] = serial_no
    return RequestParts(
        path="/credit/agency/v1/allocate",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> TransferRecord:
    response_200 = TransferRecord.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: TransferRecord, context: CallContext) -> TransferRecord:
    return value


ARGUMENTS = (
    Argument(
        "serial_no",
        str,
        required=True,
        min_length=8,
        max_length=32,
        pattern="^[a-zA-Z0-9_-]+$",
    ),
)


OPERATION: Operation[TransferRecord] = Operation(
    document="prime-broker",
    operation_id="getTransferRecord",
    name="get_transfer_record",
    method="GET",
    path="/credit/agency/v1/allocate",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=TransferRecord,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    outcome=Outcome(
        field="process",
        succeeded=frozenset([3]),
        failed=frozenset([4]),
    ),
    arguments=ARGUMENTS,
)
