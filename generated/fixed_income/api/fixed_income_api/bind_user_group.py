"""User Group: `POST /group/agency/v1/user/bind` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.bind_user_group_request import BindUserGroupRequest


def build_request(
    *,
    user_id: str,
    group_id: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    body = BindUserGroupRequest(
        user_id=user_id,
        group_id=group_id,
    ).to_dict()
    return RequestParts(
        path="/group/agency/v1/user/bind",
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
        "user_id",
        str,
        required=True,
        max_length=64,
    ),
    Argument(
        "group_id",
        str,
        required=True,
        max_length=64,
    ),
)


OPERATION: Operation[None] = Operation(
    document="fixed-income",
    operation_id="bindUserGroup",
    name="bind_user_group",
    method="POST",
    path="/group/agency/v1/user/bind",
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
