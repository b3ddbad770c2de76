"""Trial Calculation of Redemption: `GET /fixed-income/api/v2/order/redeem/trail` (generated from the spec; do not edit)."""

from decimal import Decimal
from typing import Any

from matrixport._arguments import Argument
from matrixport._convert import decimal_to_wire
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.redeem_trial import RedeemTrial


def build_request(
    *,
    order_id: str,
    principal_dec: Decimal,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["order_id"] = order_id
    params["principal_dec"] = decimal_to_wire(principal_dec)
    return RequestParts(
        path="/fixed-income/api/v2/order/redeem/trail",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> RedeemTrial:
    response_200 = RedeemTrial.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: RedeemTrial, context: CallContext) -> RedeemTrial:
    return value


ARGUMENTS = (
    Argument(
        "order_id",
        str,
        required=True,
        max_length=64,
    ),
    Argument(
        "principal_dec",
        Decimal,
        required=True,
        max_length=64,
    ),
)


OPERATION: Operation[RedeemTrial] = Operation(
    document="fixed-income",
    operation_id="calculateRedeemTrial",
    name="calculate_redeem_trial",
    method="GET",
    path="/fixed-income/api/v2/order/redeem/trail",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=RedeemTrial,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
