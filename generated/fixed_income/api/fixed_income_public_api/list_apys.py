"""Apy List: `GET /fixed-income/api/v2/public/apy` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.apy_list import ApyList


def build_request() -> RequestParts:
    params: dict[str, Any] = {}
    return RequestParts(
        path="/fixed-income/api/v2/public/apy",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> ApyList:
    response_200 = ApyList.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: ApyList, context: CallContext) -> ApyList:
    return value


ARGUMENTS = ()


OPERATION: Operation[ApyList] = Operation(
    document="fixed-income",
    operation_id="listApys",
    name="list_apys",
    method="GET",
    path="/fixed-income/api/v2/public/apy",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=ApyList,
    errors=ERRORS,
    signed=False,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
