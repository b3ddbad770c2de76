"""Statement Download: `GET /bond/api/v1/d/{short_uri}` (generated from the spec; do not edit)."""

from typing import Any
from urllib.parse import quote

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind
from matrixport._results import Download

from ...errors import ERRORS


def build_request(
    *,
    short_uri: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    return RequestParts(
        path="/bond/api/v1/d/{short_uri}".format(
            short_uri=quote(str(short_uri), safe=""),
        ),
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> Download:
    if not isinstance(data, Download):
        raise TypeError(f"expected a file download, got {type(data).__name__}")
    return data


ARGUMENTS = (
    Argument(
        "short_uri",
        str,
        required=True,
        max_length=6,
    ),
)


OPERATION: Operation[Download] = Operation(
    document="t-bills",
    operation_id="downloadStatement",
    name="download_statement",
    method="GET",
    path="/bond/api/v1/d/{short_uri}",
    build=build_request,
    parse=parse_response,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.BINARY,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
