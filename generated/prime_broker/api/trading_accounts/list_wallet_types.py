"""Wallet Types: `GET /credit/agency/v1/exchange/wallets` (generated from the spec; do not edit)."""

from typing import Any

from matrixport._arguments import Argument
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind

from ...errors import ERRORS
from ...models.wallet_type_list import WalletTypeList


def build_request(
    *,
    account_id: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    params["account_id"] = account_id
    return RequestParts(
        path="/credit/agency/v1/exchange/wallets",
        params=params,
    )


def parse_response(data: Any, context: CallContext) -> WalletTypeList:
    response_200 = WalletTypeList.from_dict(data)

    value = response_200
    return finish(value, context)


def finish(value: WalletTypeList, context: CallContext) -> WalletTypeList:
    return value


ARGUMENTS = (
    Argument(
        "account_id",
        str,
        required=True,
    ),
)


OPERATION: Operation[WalletTypeList] = Operation(
    document="prime-broker",
    operation_id="listWalletTypes",
    name="list_wallet_types",
    method="GET",
    path="/credit/agency/v1/exchange/wallets",
    build=build_request,
    parse=parse_response,
    finish=finish,
    data_type=WalletTypeList,
    errors=ERRORS,
    signed=True,
    response_kind=ResponseKind.ENVELOPE,
    idempotency_key=None,
    side_effects=False,
    result_operation=None,
    check_with=None,
    arguments=ARGUMENTS,
)
