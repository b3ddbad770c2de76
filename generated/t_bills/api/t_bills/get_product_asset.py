"""Product Asset: `GET /bond/api/v1/product/asset` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.product_asset import ProductAsset


def build_request(
    *,
    product_id: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["product_id"] = product_id
    return RequestParts(
        path="/bond/api/v1/product/asset",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> ProductAsset:
    response_200 = ProductAsset.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: ProductAsset, context: CallContext) -> ProductAsset:
    return value


ARGUMENTS = (
    Argument(
        "product_id",
        str,
        required=True,
        max_length=64,
    ),
)


OPERATION: Operation[ProductAsset] = Operation(
    document="t-bills",
    operation_id="getProductAsset",
    name="get_product_asset",
    method="GET",
    path="/bond/api/v1/product/asset",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=ProductAsset,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
