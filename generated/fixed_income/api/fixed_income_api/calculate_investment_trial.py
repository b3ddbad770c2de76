"""Investment Trials: `GET /fixed-income/api/v2/product/invest/trial` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any

from matrixport._arguments import Argument
from matrixport._convert import decimal_to_wire, e8_to_wire
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.investment_trial import InvestmentTrial


def build_request(
    *,
    product_id: str,
    coupon_ror: Decimal | None = None,
    investment_dec: Decimal,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["product_id"] = product_id
    if coupon_ror is not None:
        params["coupon_ror"] = e8_to_wire(coupon_ror)
    params["investment_dec"] = decimal_to_wire(investment_dec)
    return RequestParts(
        path="/fixed-income/api/v2/product/invest/trial",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> InvestmentTrial:
    response_200 = InvestmentTrial.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: InvestmentTrial, context: CallContext) -> InvestmentTrial:
    return value


ARGUMENTS = (
    Argument(
        "product_id",
        str,
        required=True,
        max_length=64,
    ),
    Argument(
        "coupon_ror",
        Decimal,
    ),
    Argument(
        "investment_dec",
        Decimal,
        required=True,
    ),
)


OPERATION: Operation[InvestmentTrial] = Operation(
    document="fixed-income",
    operation_id="calculateInvestmentTrial",
    name="calculate_investment_trial",
    method="GET",
    path="/fixed-income/api/v2/product/invest/trial",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=InvestmentTrial,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
