"""Product Agreement Render: `POST /bond/api/v1/product/agreement-render` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.render_product_agreement_request import RenderProductAgreementRequest


def build_request(
    *,
    product_id: str,
    agreement_no: str,
    address: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    body = RenderProductAgreementRequest(
        product_id=product_id,
        agreement_no=agreement_no,
        address=address,
    ).to_dict()
    return RequestParts(
        path="/bond/api/v1/product/agreement-render",
        params=params,
        json=body,
    )


def parse_response(data: Any, context: CallContext) -> str:
    if not isinstance(data, str):
        raise TypeError(f"expected str, got {type(data).__name__}")
    value = data
    return finish(value, context)


def finish(value: str, context: CallContext) -> str:
    return value


ARGUMENTS = (
    Argument(
        "product_id",
        str,
        required=True,
    ),
    Argument(
        "agreement_no",
        str,
        required=True,
    ),
    Argument(
        "address",
        str,
        required=True,
    ),
)


OPERATION: Operation[str] = Operation(
    document="t-bills",
    operation_id="renderProductAgreement",
    name="render_product_agreement",
    method="POST",
    path="/bond/api/v1/product/agreement-render",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=str,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
