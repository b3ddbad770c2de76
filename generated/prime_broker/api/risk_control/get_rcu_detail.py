"""Rcu Detail: `GET /credit/agency/v1/rcu` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.rcu_detail import RcuDetail


def build_request(
    *,
    rcu_id: int,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["rcu_id"] = rcu_id
    return RequestParts(
        path="/credit/agency/v1/rcu",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> RcuDetail:
    response_200 = RcuDetail.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: RcuDetail, context: CallContext) -> RcuDetail:
    return value


ARGUMENTS = (
    Argument(
        "rcu_id",
        int,
        required=True,
    ),
)


OPERATION: Operation[RcuDetail] = Operation(
    document="prime-broker",
    operation_id="getRcuDetail",
    name="get_rcu_detail",
    method="GET",
    path="/credit/agency/v1/rcu",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=RcuDetail,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
