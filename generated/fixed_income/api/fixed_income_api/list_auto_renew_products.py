"""Auto Renewal Products: `GET /fixed/api/v2/order/auto_renew/products` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.product_list import ProductList


def build_request(
    *,
    order_id: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["order_id"] = order_id
    return RequestParts(
        path="/fixed/api/v2/order/auto_renew/products",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> ProductList:
    response_200 = ProductList.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: ProductList, context: CallContext) -> ProductList:
    return value


ARGUMENTS = (
    Argument(
        "order_id",
        str,
        required=True,
        max_length=64,
    ),
)


OPERATION: Operation[ProductList] = Operation(
    document="fixed-income",
    operation_id="listAutoRenewProducts",
    name="list_auto_renew_products",
    method="GET",
    path="/fixed/api/v2/order/auto_renew/products",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=ProductList,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
