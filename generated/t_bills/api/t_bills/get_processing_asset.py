"""processing asset: `GET /bond/api/v1/user/processing-asset` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.processing_asset import ProcessingAsset


def build_request(
    *,
    product_id: str,
    address: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["product_id"] = product_id
    params["address"] = address
    return RequestParts(
        path="/bond/api/v1/user/processing-asset",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> ProcessingAsset:
    response_200 = ProcessingAsset.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: ProcessingAsset, context: CallContext) -> ProcessingAsset:
    return value


ARGUMENTS = (
    Argument(
        "product_id",
        str,
        required=True,
    ),
    Argument(
        "address",
        str,
        required=True,
    ),
)


OPERATION: Operation[ProcessingAsset] = Operation(
    document="t-bills",
    operation_id="getProcessingAsset",
    name="get_processing_asset",
    method="GET",
    path="/bond/api/v1/user/processing-asset",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=ProcessingAsset,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
