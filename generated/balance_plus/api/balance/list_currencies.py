"""Currency list: `GET /flexible/api/v2/app/homepage` (generated from the spec; do not edit)."""

from typing import Any, Literal

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.currency_list import CurrencyList


def build_request(
    *,
    product_type: str,
    subject_type: Literal["flexi_saving"] = "flexi_saving",
) -> RequestParts:
    params: dict[str, Any] = {}
    params["product_type"] = product_type
    params["subject_type"] = subject_type
    return RequestParts(
        path="/flexible/api/v2/app/homepage",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> CurrencyList:
    response_200 = CurrencyList.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: CurrencyList, context: CallContext) -> CurrencyList:
    return value


ARGUMENTS = (
    Argument(
        "product_type",
        str,
        required=True,
        max_length=64,
    ),
    Argument("subject_type", const="flexi_saving"),
)


OPERATION: Operation[CurrencyList] = Operation(
    document="balance-plus",
    operation_id="listCurrencies",
    name="list_currencies",
    method="GET",
    path="/flexible/api/v2/app/homepage",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=CurrencyList,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
