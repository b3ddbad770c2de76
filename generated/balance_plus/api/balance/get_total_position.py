"""Total position: `GET /flexible/api/v2/user/asset/summary` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.total_position import TotalPosition


def build_request() -> RequestParts:
    params: dict[str, Any] = {}
    return RequestParts(
        path="/flexible/api/v2/user/asset/summary",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> TotalPosition:
    response_200 = TotalPosition.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: TotalPosition, context: CallContext) -> TotalPosition:
    return value


ARGUMENTS = ()


OPERATION: Operation[TotalPosition] = Operation(
    document="balance-plus",
    operation_id="getTotalPosition",
    name="get_total_position",
    method="GET",
    path="/flexible/api/v2/user/asset/summary",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=TotalPosition,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
