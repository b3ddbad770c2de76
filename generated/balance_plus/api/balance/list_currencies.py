"""Currency list: `GET /flexible/api/v2/app/homepage` (generated from the spec; do not edit)."""

from typing import Any, Literal

from matrixport._operation import Operation, RequestParts, ResponseKind, StringLimits

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


def parse_response(data: Any) -> CurrencyList:
    response_200 = CurrencyList.from_dict(data)

    return response_200


OPERATION: Operation[CurrencyList] = Operation(
    document="balance-plus",
    operation_id="listCurrencies",
    name="list_currencies",
    method="GET",
    path="/flexible/api/v2/app/homepage",
    build=build_request,
    parse=parse_response,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    string_limits={
        "product_type": StringLimits(
            max_length=64,
        ),
        "subject_type": StringLimits(
            max_length=64,
        ),
    },
)
