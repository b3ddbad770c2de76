"""Every Balance+ operation against the sandbox (cassettes), asserting typed values of flows and examples."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from matrixport import AsyncMatrixport, Matrixport, RequestOptions
from matrixport.balance_plus.errors import DepositWithdrawInProgress, InsufficientDepositBalance
from matrixport.balance_plus.models import (
    AccrualType,
    OrderSource,
    OrderStatus,
    OrderType,
    ProductStatus,
)
from matrixport.errors import APIError, SignatureError, SignatureParameterError

from tests.conftest import ACCESS_KEY, SANDBOX_URL, WRONG_SECRET_KEY

pytestmark = pytest.mark.vcr


BTC_APY = Decimal("0.341090391338626559")


def test_list_currencies(client: Matrixport) -> None:
    result = client.balance_plus.list_currencies(product_type="flexi_saving", subject_type="flexi_saving")
    assert result.total_balance_amount == Decimal("0")
    assert isinstance(result.total_balance_amount, Decimal)
    assert [c.currency for c in result.currencies] == ["BTC", "ETH", "USDT", "USDC"]
    eth = result.currencies[1]
    assert eth.deposit_apy == Decimal("0.08")
    assert isinstance(eth.deposit_apy, Decimal)
    assert eth.balance == Decimal("0")


def test_get_currency_detail(client: Matrixport) -> None:
    detail = client.balance_plus.get_currency_detail(currency="BTC")
    assert detail.current_apy == BTC_APY
    assert str(detail.current_apy) == "0.341090391338626559"
    assert detail.loan_apy == Decimal("0.35433837792241125")
    assert detail.pool_supply == Decimal("294.703307677966421877")
    assert detail.current == Decimal("0.962612047101808502")
    assert detail.product_status is ProductStatus.RELEASED
    assert detail.policy.inflection_point == Decimal("0.75")
    assert detail.policy.exponent_base == 100000
    assert detail.auto_deposit is False
    assert detail.auto_deposit_proportion == Decimal("1")
    assert detail.apy_subscribe_setting.enable is True
    assert detail.product_i18ns[0].currency == "BTC"
    assert detail.balance == Decimal("0")


def test_get_available_balance(client: Matrixport) -> None:
    balance = client.balance_plus.get_available_balance(currency="BTC")
    assert balance.user_available_balance == Decimal("10")  # the sandbox wallet's BTC
    assert balance.supply_min_amount == Decimal("0.1")
    assert balance.supply_max_amount == Decimal("100")
    assert balance.reference_apy == BTC_APY
    assert balance.accrual_type is AccrualType.COMPOUND
    assert balance.interest_period == 1
    assert balance.questionnaire is True
    assert balance.agreement == "20210325_CFI"


def test_create_deposit(client: Matrixport) -> None:
    order = client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
    assert order.serial_number.isdigit() and len(order.serial_number) == 19
    assert order.type_ is OrderType.DEPOSIT
    assert order.income_distribution_time % 86_400_000 == 0  # the next sandbox midnight
    assert client.balance_plus.get_available_balance(currency="BTC").user_available_balance == Decimal("9.5")


def test_create_withdraw(client: Matrixport, advance: Callable[[float], None]) -> None:
    client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
    advance(60)
    order = client.balance_plus.create_withdraw(currency="BTC", amount=Decimal("0.2"), redeem_all=False)
    assert order.serial_number.isdigit()
    assert order.type_ is OrderType.WITHDRAW
    assert client.balance_plus.get_withdrawable_balance(currency="BTC").principal == Decimal("0.3")


def test_get_deposit_withdraw_result(client: Matrixport, advance: Callable[[float], None]) -> None:
    order = client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
    with pytest.raises(DepositWithdrawInProgress):
        client.balance_plus.get_deposit_withdraw_result(serial_number=order.serial_number)
    advance(60)
    assert client.balance_plus.get_deposit_withdraw_result(serial_number=order.serial_number) is None


def test_get_deposit_withdraw_result_still_processing(client: Matrixport) -> None:
    with pytest.raises(DepositWithdrawInProgress) as caught:
        client.balance_plus.get_deposit_withdraw_result(
            serial_number="xxxx", request_options=RequestOptions(extra_headers={"Prefer": "code=12010012"})
        )
    assert caught.value.pending is True
    assert caught.value.code == 12010012


def test_list_orders(client: Matrixport, advance: Callable[[float], None]) -> None:
    deposit = client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
    advance(60)
    page = client.balance_plus.list_orders(
        currency="BTC",
        product_type="flexi_saving",
        subject_type="flexi_saving",
        offset=0,
        limit=10,
        type_=OrderType.DEPOSIT,
        order_source=OrderSource.USER,
        order_status=OrderStatus.ALL,
    )
    assert page.count == 1
    [order] = page.orders
    assert order.order_id == deposit.serial_number
    assert order.amount == Decimal("0.5")
    assert order.order_status is OrderStatus.COMPLETED
    assert order.order_source is OrderSource.USER
    assert order.type_ is OrderType.DEPOSIT
    assert order.confirmed_time > order.created_at > 0
    assert order.redeem_all is False
    assert order.failed_code == 0


def test_list_revenue_details(client: Matrixport, advance: Callable[[float], None]) -> None:
    client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
    advance(2 * 86_400)
    details = client.balance_plus.list_revenue_details(currency="BTC", limit=10, next_timestamp=0)
    day = (Decimal("0.5") * BTC_APY / 365).quantize(Decimal("1E-18"), rounding="ROUND_DOWN")
    assert details.currency == "USD"
    assert details.next_timestamp == 0  # one page
    row = details.interests[-1]  # the oldest: the first day's interest on the principal alone
    assert row.interest == day
    assert row.rate == BTC_APY
    assert row.timestamp % 86_400_000 == 0
    assert row.asset_principal == Decimal("0.5")
    assert isinstance(row.asset_principal, Decimal)
    total = sum(r.interest for r in details.interests)
    assert details.accumulated_interest == total * 60000  # USD at the sandbox's BTC price
    assert details.total_asset == (Decimal("0.5") + total) * 60000


def test_get_withdrawable_balance(client: Matrixport, advance: Callable[[float], None]) -> None:
    client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
    advance(60)
    balance = client.balance_plus.get_withdrawable_balance(currency="BTC")
    assert balance.principal == Decimal("0.5")
    assert balance.interest == Decimal("0")
    assert balance.redeem_min_amount == Decimal("0.05")
    assert balance.redeem_max_amount == Decimal("0.5")
    assert balance.reference_apy == BTC_APY
    assert balance.redeem_delay_time == 0


def test_get_total_position(client: Matrixport) -> None:
    position = client.balance_plus.get_total_position()
    assert position.total_asset == Decimal("0")
    assert position.total_profit == Decimal("0")
    assert isinstance(position.total_profit, Decimal)


# --- error paths ---------------------------------------------------------------------------------


def test_documented_error_code_raises_its_class(client: Matrixport) -> None:
    with pytest.raises(InsufficientDepositBalance) as caught:
        client.balance_plus.create_deposit(
            currency="BTC",
            amount=Decimal("1000"),
            request_options=RequestOptions(
                extra_headers={"Prefer": "code=12010002"}, request_id="req-12010002"
            ),
        )
    error = caught.value
    assert isinstance(error, APIError)
    assert error.code == 12010002
    assert error.message == "Insufficient deposit balance"
    assert error.operation == "create_deposit"
    assert error.request_id == "req-12010002"
    assert error.http_status == 200


def test_wrong_secret_is_a_signature_error() -> None:
    with (
        Matrixport(ACCESS_KEY, WRONG_SECRET_KEY, SANDBOX_URL) as wrong,
        pytest.raises(SignatureError) as caught,
    ):
        wrong.balance_plus.get_total_position()
    assert caught.value.code == 17002010
    assert WRONG_SECRET_KEY not in str(caught.value)


def test_parameters_the_spec_rejects_are_17002001(client: Matrixport) -> None:
    with pytest.raises(SignatureParameterError) as caught:
        client.request("GET", "/flexible/api/v2/deposit-redeem/currency/detail", params={"currency": "BTC"})
    assert "product_type" in caught.value.message


def test_generic_request_decodes_numbers_as_decimals(client: Matrixport) -> None:
    data = client.request(
        "GET",
        "/flexible/api/v2/deposit-redeem/currency/detail",
        params={"currency": "BTC", "product_type": "flexi_saving", "subject_type": "flexi_saving"},
    )
    assert data["current_apy"] == "0.341090391338626559"
    assert data["product_status"] == 2


# --- asyncio -------------------------------------------------------------------------------------


async def test_async_get_currency_detail(async_client: AsyncMatrixport) -> None:
    detail = await async_client.balance_plus.get_currency_detail(currency="BTC")
    assert detail.current_apy == Decimal("0.341090391338626559")
    assert detail.product_status is ProductStatus.RELEASED


async def test_async_documented_error(async_client: AsyncMatrixport) -> None:
    with pytest.raises(InsufficientDepositBalance):
        await async_client.balance_plus.create_deposit(
            currency="BTC",
            amount=Decimal("1"),
            request_options=RequestOptions(extra_headers={"Prefer": "code=12010002"}),
        )


# Every code of the document's table, and the gateway codes every document shares, to its class.
BALANCE_PLUS_ERRORS = [
    (12010001, "CannotCancel"),
    (12010002, "InsufficientDepositBalance"),
    (12010003, "InsufficientWithdrawAmount"),
    (12010004, "ParameterError"),
    (12010005, "ProductRestricted"),
    (12010006, "DepositNotProcessed"),
    (12010007, "Rejected"),
    (12010008, "DepositRefusedDueToFullWithdraw"),
    (12010009, "WithdrawFailedInsufficientSupply"),
    (12010010, "ProcessingFailed"),
    (12010011, "InterestCalculationError"),
    (12010012, "DepositWithdrawInProgress"),
    (12010013, "NoRepaymentRequired"),
    (12010014, "DuplicateOrder"),
    (12010015, "InternalError"),
    (17002001, "SignatureParameterError"),
    (17002010, "SignatureError"),
    (17002011, "IpRestricted"),
    (17002012, "NoInterfaceAccess"),
    (17002013, "IllegalAccessKey"),
]


@pytest.mark.parametrize(
    ("code", "class_name"), BALANCE_PLUS_ERRORS, ids=[name for _, name in BALANCE_PLUS_ERRORS]
)
def test_every_error_code_raises_its_class(client: Matrixport, code: int, class_name: str) -> None:
    from matrixport.balance_plus import errors

    with pytest.raises(APIError) as caught:
        client.balance_plus.get_total_position(
            request_options=RequestOptions(extra_headers={"Prefer": f"code={code}"})
        )
    assert type(caught.value) is getattr(errors, class_name)
    assert caught.value.code == code
    assert caught.value.message == caught.value.documented_message
    assert errors.ERRORS[code] is type(caught.value)


def test_the_literal_table_is_the_spec_table() -> None:
    from matrixport.balance_plus import errors

    assert sorted(errors.ERRORS) == sorted(code for code, _ in BALANCE_PLUS_ERRORS)
