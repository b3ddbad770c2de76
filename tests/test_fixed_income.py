"""Every Fixed-Income operation against the sandbox (cassettes), asserting typed values of its flows."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
import yaml
from matrixport import UNSET, APIError, AsyncMatrixport, Matrixport, RequestOptions
from matrixport.fixed_income.api.fixed_income_api import create_order as create_order_module
from matrixport.fixed_income.errors import (
    AutoRenewClosingTimeConflict,
    AutoRenewCurrencyMismatch,
    AutoRenewLimitNotChangeable,
    AutoRenewNotSupported,
    AutoRenewOrderNotPending,
    AutoRenewStatusNotUpdatable,
    AutoRenewUnavailable,
    BatchNotRaising,
    CancelFailed,
    CannotAutoRenewNormalProduct,
    CannotPurchaseAutoRenewProduct,
    DuplicateAutoRenewRequest,
    IndividualPurchaseLimitExceeded,
    InsufficientProduct,
    InsufficientRemainingValue,
    InternalError,
    InvalidCoupon,
    LoginRequired,
    MinimumPurchaseAmountNotMet,
    NoAutoRenewProducts,
    OrderNotOwned,
    OrderNotPending,
    OrderNotProcessing,
    OrderRedeeming,
    ProductNotAutoRenewable,
    ProductNotRaising,
    ProductNotRedeemable,
    ProductStillRaising,
    PurchaseLimitExceeded,
    PurchaseNotAllowedNow,
    RedeemExceedsOrderCost,
    RequestFrequencyTooHigh,
)
from matrixport.fixed_income.models import (
    CanRedeem,
    DurationLimit,
    OrderResultStatus,
    OrderStatus,
    ProductStatus,
    RedeemStatus,
    RenewType,
    YesNo,
)

from tests.conftest import sent_body

pytestmark = pytest.mark.vcr

PRODUCT_ID = "6820591484295766016"
RENEWABLE_ID = "6812413916300247040"
SHARED_SPEC = Path(__file__).parent.parent / "spec" / "shared.yaml"


def holding_order(
    client: Matrixport,
    advance: Callable[[float], None],
    product: str = PRODUCT_ID,
    amount: str = "100",
    days_held: int = 0,
) -> str:
    """An order bought and confirmed, its closed period begun (`days_held` whole days ago)."""
    created = client.fixed_income.create_order(product_id=product, amount_dec=Decimal(amount))
    advance(5)
    order = client.fixed_income.get_order_detail(order_id=created.serial_number)
    advance(order.start_closed_time - order.book_time + days_held * 86_400 + 60)
    return created.serial_number


def test_list_products(client: Matrixport) -> None:
    page = client.fixed_income.list_products(currency="USDT", offset=0, limit=1)
    assert page.count == 2  # the documented product and the documented auto-renewal product
    [product] = page.items
    assert product.id == PRODUCT_ID
    assert product.renew_type is RenewType.MANUAL
    assert product.currency == "USDT"
    assert product.minimum_of_purchase_amount_dec == Decimal("100")
    assert product.maximum_of_purchase_amount_dec == Decimal("1000")
    assert product.user_purchase_limit_dec == Decimal("1000")
    assert isinstance(product.user_purchase_limit_dec, Decimal)
    assert product.can_redeem is CanRedeem.YES
    assert product.redeem_ror == Decimal("0")
    assert product.ror == Decimal("0.12")  # e8: 12000000
    assert isinstance(product.ror, Decimal)
    assert product.status is ProductStatus.AVAILABLE
    assert product.agreements is None
    assert product.fund_investments is None
    [tag] = product.tags
    assert tag.deleted_at is None
    assert product.i18n[0].name == "USDT Fixed-Term M012111"
    assert product.duration.close_day == 3
    assert product.duration.value_time == 64800
    assert product.duration.value_limit is DurationLimit.NO_LIMIT
    assert product.duration.end_settled_time == 68400
    # The current batch: the closed period starts at the value time (18:00) and lasts 3 days.
    assert product.start_closed_time % 86_400 == 64_800
    assert product.end_closed_time - product.start_closed_time == 3 * 86_400
    assert page.items[0].id != client.fixed_income.list_products(offset=1, limit=1).items[0].id


def test_get_product_detail(client: Matrixport) -> None:
    product = client.fixed_income.get_product_detail(product_id=PRODUCT_ID)
    assert product.id == PRODUCT_ID
    assert product.ror == Decimal("0.12")
    assert product.minimum_of_purchase_amount_dec == Decimal("100")
    assert product.status is ProductStatus.AVAILABLE
    assert product.agreements is not None
    [agreement] = product.agreements
    assert agreement.id == 11766
    assert agreement.agreement == "abs123456"
    assert product.fund_investments is not None
    [investment] = product.fund_investments
    assert investment.id == 764
    assert investment.fund_investment == "Investment Destination Info (EN)"
    assert product.i18n[0].language == "en"
    assert product.i18n[0].name == "USDT Fixed-Term M012111"


def test_get_product_quota(client: Matrixport) -> None:
    quota = client.fixed_income.get_product_quota(product_id=PRODUCT_ID)
    assert quota.product_left_quota_dec == Decimal("1000")
    assert quota.user_left_quota_dec == Decimal("1000")
    assert quota.minimum_of_purchase_amount_dec == Decimal("100")
    assert quota.maximum_of_purchase_amount_dec == Decimal("1000")
    assert isinstance(quota.product_left_quota_dec, Decimal)


def test_get_order_detail_reads_bare_numbers_as_decimals(client: Matrixport) -> None:
    order = client.fixed_income.get_order_detail(order_id="6820608333133701120")  # the documented order
    assert order.id == "6820608333133701120"
    assert order.batch_no == "FixedIncome301USDT2021-07-13_18:00:007212000000"
    # The document sends this id as a bare number beyond 2^53; the spec quotes it (ERRATA.md).
    assert order.product_id == PRODUCT_ID
    assert order.can_redeem is CanRedeem.YES
    assert order.currency == "USDT"
    assert order.book_time == 1626159747
    # `_dec` fields sent as bare JSON numbers: exact Decimals, never floats.
    assert order.amount_dec == Decimal("10000000000")
    assert isinstance(order.amount_dec, Decimal)
    assert order.payback_dec == Decimal("0")
    assert isinstance(order.payback_dec, Decimal)
    assert order.redeem_principal_dec == Decimal("0")
    assert isinstance(order.redeem_principal_dec, Decimal)
    assert order.redeeming_amount_dec == Decimal("0")
    assert isinstance(order.redeeming_amount_dec, Decimal)
    assert order.estimate_settle_amount_dec == Decimal("301")
    assert order.ror == Decimal("0.12")
    assert order.redeem_ror == Decimal("0")
    assert order.is_renew is YesNo.NO
    assert order.is_auto_renew is YesNo.NO
    assert order.renew_type is RenewType.MANUAL
    assert order.order_status is OrderStatus.PRE_ORDER
    assert order.duration.close_day == 3
    assert order.i18n[0].introduction == "10086"
    assert order.can_renew_product_count == 4
    assert order.out_serial_number is UNSET


def test_create_order_with_serial_number(
    watched_client: Matrixport, sent: list[httpx.Request], monkeypatch: pytest.MonkeyPatch
) -> None:
    def must_not_generate() -> str:
        raise AssertionError("a serial number was generated although the caller gave one")

    monkeypatch.setattr(create_order_module, "new_idempotency_key", must_not_generate)
    order = watched_client.fixed_income.create_order(
        product_id=PRODUCT_ID, amount_dec=Decimal("100.5"), serial_number="client-serial-0001"
    )
    assert order.serial_number.isdigit() and len(order.serial_number) == 19
    body = json.loads(sent[-1].content)
    assert body["serial_number"] == "client-serial-0001"
    assert body["amount_dec"] == "100.5"
    assert body["product_id"] == PRODUCT_ID
    result = watched_client.fixed_income.get_order_result(out_serial_number="client-serial-0001")
    assert result.order_id == order.serial_number
    again = watched_client.fixed_income.create_order(  # the key again: the first order, not a second
        product_id=PRODUCT_ID, amount_dec=Decimal("100.5"), serial_number="client-serial-0001"
    )
    assert again.serial_number == order.serial_number
    assert watched_client.fixed_income.get_product_quota(
        product_id=PRODUCT_ID
    ).user_left_quota_dec == Decimal("899.5")


def test_create_order_without_serial_number_generates_one(
    watched_client: Matrixport, sent: list[httpx.Request], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The client draws a fresh key (uuid4 hex) per call; a fixed one keeps the request replayable.
    generated: list[str] = []

    def fixed_key() -> str:
        generated.append("0123456789abcdef0123456789abcdef")
        return generated[-1]

    monkeypatch.setattr(create_order_module, "new_idempotency_key", fixed_key)
    order = watched_client.fixed_income.create_order(product_id=PRODUCT_ID, amount_dec=Decimal("100"))
    assert order.serial_number.isdigit() and len(order.serial_number) == 19
    assert generated == ["0123456789abcdef0123456789abcdef"]
    body = json.loads(sent[-1].content)
    assert body["serial_number"] == "0123456789abcdef0123456789abcdef"
    assert body["amount_dec"] == "100"
    detail = watched_client.fixed_income.get_order_detail(order_id=order.serial_number)
    assert detail.out_serial_number == "0123456789abcdef0123456789abcdef"


def test_get_order_result(client: Matrixport, advance: Callable[[float], None]) -> None:
    created = client.fixed_income.create_order(product_id=PRODUCT_ID, amount_dec=Decimal("100"))
    result = client.fixed_income.get_order_result(serial_number=created.serial_number)
    assert result.status is OrderResultStatus.PURCHASING
    assert result.failed_code == 0
    assert result.failed_message == ""
    assert result.order_id == created.serial_number
    advance(5)
    assert (
        client.fixed_income.get_order_result(serial_number=created.serial_number).status
        is OrderResultStatus.PURCHASED
    )


def test_list_orders(client: Matrixport, advance: Callable[[float], None]) -> None:
    order_id = holding_order(client, advance)
    page = client.fixed_income.list_orders(order_status=[OrderStatus.HOLDING])
    assert page.count == 1
    assert page.items is not UNSET
    [order] = page.items
    assert order.id == order_id
    assert order.product_id == PRODUCT_ID
    # The same `_dec` fields as the order detail, here sent as strings.
    assert order.amount_dec == Decimal("100")
    assert isinstance(order.amount_dec, Decimal)
    assert order.payback_dec == Decimal("0")
    assert order.redeem_principal_dec == Decimal("0")
    assert order.redeeming_amount_dec == Decimal("0")
    assert order.estimate_settle_amount_dec == Decimal("100.09863013")  # 100 x (1 + 12 % x 3 / 365)
    assert order.ror == Decimal("0.12")
    assert order.order_status is OrderStatus.HOLDING
    assert order.end_closed_time - order.start_closed_time == 3 * 86_400


def test_list_orders_repeats_the_order_status_key(
    watched_client: Matrixport, sent: list[httpx.Request]
) -> None:
    page = watched_client.fixed_income.list_orders(
        currency="USDT", order_status=[OrderStatus.PRE_ORDER, OrderStatus.HOLDING], offset=0, limit=10
    )
    assert page.count == 1  # the documented order, a pre-order
    assert sent[-1].url.params.get_list("order_status") == ["1", "4"]


def test_disable_order_auto_renew(client: Matrixport, advance: Callable[[float], None]) -> None:
    order_id = holding_order(client, advance, RENEWABLE_ID)
    client.fixed_income.enable_order_auto_renew(order_id=order_id)
    assert client.fixed_income.disable_order_auto_renew(order_id=order_id) is None
    assert client.fixed_income.get_order_detail(order_id=order_id).is_auto_renew is YesNo.NO


def test_enable_order_auto_renew(client: Matrixport, advance: Callable[[float], None]) -> None:
    order_id = holding_order(client, advance, RENEWABLE_ID)
    assert client.fixed_income.enable_order_auto_renew(order_id=order_id) is None
    assert client.fixed_income.get_order_detail(order_id=order_id).is_auto_renew is YesNo.YES
    with pytest.raises(DuplicateAutoRenewRequest):
        client.fixed_income.enable_order_auto_renew(order_id=order_id)


def test_list_auto_renew_products(client: Matrixport) -> None:
    page = client.fixed_income.list_auto_renew_products(order_id="6820608333133701120")
    assert page.count == 1
    [product] = page.items
    assert product.id == RENEWABLE_ID
    assert product.renew_type is RenewType.AUTO  # the one product the sandbox renews automatically
    assert product.minimum_of_purchase_amount_dec == Decimal("0")
    assert product.user_purchase_limit_dec == Decimal("1000")
    assert product.redeem_ror == Decimal("0.09")  # e8: 9000000
    assert product.ror == Decimal("0.12")
    assert product.status is ProductStatus.AVAILABLE
    assert product.agreements is None
    assert product.fund_investments is None
    assert product.duration.end_settled_day == 1
    assert product.i18n[0].name == " Actively renew fixed products USDT 2021-06-21 00:20:46"


def test_get_redeemable_amount(client: Matrixport, advance: Callable[[float], None]) -> None:
    order_id = holding_order(client, advance, RENEWABLE_ID, "250")
    amount = client.fixed_income.get_redeemable_amount(order_id=order_id)
    assert amount.order_id == order_id
    assert amount.max_amount_dec == Decimal("250")
    assert isinstance(amount.max_amount_dec, Decimal)


def test_redeem_order(
    watched_client: Matrixport, sent: list[httpx.Request], advance: Callable[[float], None]
) -> None:
    order_id = holding_order(watched_client, advance, RENEWABLE_ID, "250", days_held=2)
    record = watched_client.fixed_income.redeem_order(order_id=order_id, principal_dec=Decimal("100.0"))
    assert json.loads(sent[-1].content)["principal_dec"] == "100.0"
    assert str(record.id).isdigit()
    assert record.order_id == order_id
    assert record.redeem_ror == Decimal("0.09")
    assert record.ror == Decimal("0.12")
    assert record.redeem_amount_dec == Decimal("100.04931506")  # 100 x (1 + 9 % x 2 / 365), cut to 8 places
    assert str(record.redeem_amount_dec) == "100.04931506"
    assert record.profit_dec == Decimal("0.04931506")
    assert record.coupon_profit_dec == Decimal("0")
    assert record.redeem_principal_dec == Decimal("100")
    assert record.redeem_demand_interest_dec == Decimal("0")
    assert record.redeem_time > 0
    assert record.confirm_time == 0
    assert record.redeem_currency == "USDT"
    assert record.status is RedeemStatus.CREATED
    assert not hasattr(record, "redeem_share")  # Fixed-Staking's redemptions have shares, not these
    advance(60)
    [done] = watched_client.fixed_income.get_redeem_detail(order_id=order_id).redeem_orders
    assert done.status is RedeemStatus.SUCCEEDED and done.confirm_time > 0


def test_get_redeem_detail(client: Matrixport, advance: Callable[[float], None]) -> None:
    order_id = holding_order(client, advance, RENEWABLE_ID, "250", days_held=2)
    client.fixed_income.redeem_order(order_id=order_id, principal_dec=Decimal("50.0"))
    detail = client.fixed_income.get_redeem_detail(order_id=order_id)
    assert detail.redeeming_amount_dec == Decimal("50")
    assert str(detail.redeeming_amount_dec) == "50"
    [record] = detail.redeem_orders
    assert record.order_id == order_id
    assert record.redeem_ror == Decimal("0.09")
    assert record.profit_dec == Decimal("0.02465753")
    assert record.redeem_principal_dec == Decimal("50")
    assert record.status is RedeemStatus.CREATED


def test_list_coupons(client: Matrixport) -> None:
    coupons = client.fixed_income.list_coupons(product_id=PRODUCT_ID, order_id="6820967743295119360")
    [coupon] = coupons.coupons
    assert coupon.id == "6820967743295119360"
    assert coupon.available is True
    assert coupon.expiration_time == 1657781438489
    assert coupon.year_rate == Decimal("0.16")  # e8: 16000000
    assert isinstance(coupon.year_rate, Decimal)
    assert coupon.min_amount_dec == Decimal("100000000")
    assert coupon.max_amount_dec == Decimal("1000000000000")
    [name] = coupon.template_names
    assert name.item == "TemplateName"
    assert name.language == "En-US"
    assert name.data == "10086"
    assert name.trigger == ""


def test_bind_user_group(watched_client: Matrixport, sent: list[httpx.Request]) -> None:
    assert watched_client.fixed_income.bind_user_group(user_id="xxxx", group_id="yyyyyy") is None
    assert sent_body(sent[-1]) == {"user_id": "xxxx", "group_id": "yyyyyy"}
    assert sent[-1].method == "POST"


def test_list_apys_is_public(watched_client: Matrixport, sent: list[httpx.Request]) -> None:
    result = watched_client.fixed_income.list_apys()
    request = sent[-1]
    assert "X-MatrixPort-Access-Key" not in request.headers
    assert "X-MatrixPort-Access-Signature" not in request.headers
    assert "signature" not in request.url.params
    assert "timestamp" not in request.url.params
    [apy] = result.apys
    assert apy.currency == "USDT"
    assert apy.apy == Decimal("0.12")
    assert isinstance(apy.apy, Decimal)
    assert apy.tenor == 5
    assert apy.minimum_of_purchase_amount == Decimal("10")
    assert apy.maximum_of_purchase_amount == Decimal("2000")
    assert apy.maximum_order_count == 0


# --- error paths ---------------------------------------------------------------------------------

FIXED_ERRORS: list[tuple[int, type[APIError]]] = [
    (1203001, InternalError),
    (1203002, CancelFailed),
    (1203003, ProductNotRaising),
    (1203004, ProductStillRaising),
    (1203005, LoginRequired),
    (1203006, OrderNotProcessing),
    (1203007, InsufficientRemainingValue),
    (1203008, RequestFrequencyTooHigh),
    (1203009, InsufficientProduct),
    (12030010, PurchaseLimitExceeded),
    (12030011, MinimumPurchaseAmountNotMet),
    (12030012, PurchaseNotAllowedNow),
    (12030013, CannotAutoRenewNormalProduct),
    (12030014, ProductNotAutoRenewable),
    (12030015, CannotPurchaseAutoRenewProduct),
    (12030016, DuplicateAutoRenewRequest),
    (12030017, AutoRenewOrderNotPending),
    (12030018, AutoRenewClosingTimeConflict),
    (12030019, AutoRenewCurrencyMismatch),
    (12030020, OrderNotPending),
    (12030021, ProductNotRedeemable),
    (12030022, OrderNotOwned),
    (12030023, IndividualPurchaseLimitExceeded),
    (12030024, AutoRenewStatusNotUpdatable),
    (12030025, AutoRenewNotSupported),
    (12030030, AutoRenewLimitNotChangeable),
    (12030031, RedeemExceedsOrderCost),
    (12030033, InvalidCoupon),
    (12030034, BatchNotRaising),
    (12030035, OrderRedeeming),
    (12030036, NoAutoRenewProducts),
    (12030037, AutoRenewUnavailable),
]


def test_every_fixed_error_code_is_tested() -> None:
    shared = yaml.safe_load(SHARED_SPEC.read_text(encoding="utf-8"))
    documented = [entry["code"] for entry in shared["x-matrixport-error-code-sets"]["fixed"]]
    assert [code for code, _ in FIXED_ERRORS] == documented


@pytest.mark.parametrize(("code", "error_class"), FIXED_ERRORS, ids=[c.__name__ for _, c in FIXED_ERRORS])
def test_fixed_error_code_raises_its_class(
    client: Matrixport, code: int, error_class: type[APIError]
) -> None:
    with pytest.raises(error_class) as caught:
        client.fixed_income.create_order(
            product_id=PRODUCT_ID,
            amount_dec=Decimal("100"),
            serial_number="client-serial-0001",
            request_options=RequestOptions(extra_headers={"Prefer": f"code={code}"}),
        )
    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, APIError)
    assert error.code == code
    assert error.message == error_class.documented_message
    assert error.operation == "create_order"
    assert error.retryable is (code == 1203008)  # "Request frequency too high."


# --- asyncio -------------------------------------------------------------------------------------


async def test_async_list_orders(async_client: AsyncMatrixport) -> None:
    page = await async_client.fixed_income.list_orders(order_status=[OrderStatus.PRE_ORDER])
    assert page.count == 1
    assert page.items is not UNSET
    [order] = page.items
    assert order.amount_dec == Decimal("10000000000")  # the documented order
    assert order.ror == Decimal("0.12")
    assert order.order_status is OrderStatus.PRE_ORDER


async def test_async_documented_error(async_client: AsyncMatrixport) -> None:
    with pytest.raises(OrderNotOwned) as caught:
        await async_client.fixed_income.get_order_detail(
            order_id="6820608333133701120",
            request_options=RequestOptions(extra_headers={"Prefer": "code=12030022"}),
        )
    assert caught.value.code == 12030022


def test_calculate_investment_trial(client: Matrixport) -> None:
    trial = client.fixed_income.calculate_investment_trial(
        product_id=PRODUCT_ID, investment_dec=Decimal("100"), coupon_ror=Decimal("0.02")
    )
    # 100 for 3 days at 12 %, a 2 % coupon on top: 0.09863013 + 0.01643835
    assert trial.estimate_min_invest_profit_dec == Decimal("0.09863013")
    assert trial.coupon_profit_dec == Decimal("0.01643835")
    assert trial.estimate_profit_dec == Decimal("0.11506848")
    assert trial.estimate_settle_amount_dec == Decimal("100.11506848")
    assert trial.demand_profit_dec == Decimal("0")
    assert isinstance(trial.estimate_min_invest_profit_dec, Decimal)
    assert trial.currency == "USDT"


def test_calculate_redeem_trial(client: Matrixport, advance: Callable[[float], None]) -> None:
    order_id = holding_order(client, advance, RENEWABLE_ID, "250", days_held=2)
    trial = client.fixed_income.calculate_redeem_trial(order_id=order_id, principal_dec=Decimal("100.0"))
    assert trial.order_id == order_id
    assert trial.redeem_ror == Decimal("0.09")
    assert trial.redeem_amount_dec == Decimal("100.04931506")
    assert trial.profit_dec == Decimal("0.04931506")
    assert trial.redeem_principal_dec == Decimal("100")
