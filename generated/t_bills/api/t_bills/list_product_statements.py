"""Product Statement: `GET /bond/api/v1/product/statement` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.statement_list import StatementList


def build_request(
    *,
    product_id: str,
    limit: int | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["product_id"] = product_id
    if limit is not None:
        params["limit"] = limit
    return RequestParts(
        path="/bond/api/v1/product/statement",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> StatementList:
    response_200 = StatementList.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: StatementList, context: CallContext) -> StatementList:
    return value


ARGUMENTS = (
    Argument(
        "product_id",
        str,
        required=True,
        max_length=64,
    ),
    Argument(
        "limit",
        int,
    ),
)


OPERATION: Operation[StatementList] = Operation(
    document="t-bills",
    operation_id="listProductStatements",
    name="list_product_statements",
    method="GET",
    path="/bond/api/v1/product/statement",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=StatementList,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
