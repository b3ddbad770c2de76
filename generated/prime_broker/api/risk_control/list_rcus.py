"""Rcu List: `GET /credit/agency/v1/rcus` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, Pagination, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.order_biz_type import OrderBizType
from ...models.rcu_page import RcuPage


def build_request(
    *,
    limit: int,
    offset: int | None = None,
    order_biz_type: OrderBizType | None = None,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["limit"] = limit
    if offset is not None:
        params["offset"] = offset
    if order_biz_type is not None:
        params["order_biz_type"] = OrderBizType(order_biz_type).value
    return RequestParts(
        path="/credit/agency/v1/rcus",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> RcuPage:
    response_200 = RcuPage.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: RcuPage, context: CallContext) -> RcuPage:
    return value


ARGUMENTS = (
    Argument(
        "limit",
        int,
        required=True,
    ),
    Argument(
        "offset",
        int,
    ),
    Argument(
        "order_biz_type",
        OrderBizType,
    ),
)


OPERATION: Operation[RcuPage] = Operation(
    document="prime-broker",
    operation_id="listRcus",
    name="list_rcus",
    method="GET",
    path="/credit/agency/v1/rcus",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=RcuPage,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    pagination=Pagination(
        style="offset",
        offset_parameter="offset",
        limit_parameter="limit",
        items="items",
        total="count",
    ),
    arguments=ARGUMENTS,
)
