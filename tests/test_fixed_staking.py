"""Every Fixed-Staking operation against the sandbox (cassettes), asserting typed values of its flows."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal

import httpx
import pytest
from matrixport import UNSET, APIError, AsyncMatrixport, InvalidRequestError, Matrixport, RequestOptions
from matrixport.fixed_income import errors as fixed_income_errors
from matrixport.fixed_staking.errors import OrderNotOwned
from matrixport.fixed_staking.models import (
    CanRedeem,
    DurationLimit,
    MainProductType,
    OrderResultStatus,
    OrderStatus,
    PaybackCurrency,
    ProductStatus,
    RedeemStatus,
    StatusCategory,
    SubjectType,
)

pytestmark = pytest.mark.vcr

STAKING_PRODUCT_ID = "6984793150468501504"
ORDER_ID = "6955835414036922368"
REDEEM_ORDER_ID = "6954077761807892480"


def holding_order(
    client: Matrixport, advance: Callable[[float], None], amount: str, days_held: int = 0
) -> str:
    """An order of the ETH2.0 product, bought and confirmed, `days_held` whole days into its term."""
    created = client.fixed_staking.create_order(product_id=STAKING_PRODUCT_ID, amount_dec=Decimal(amount))
    advance(5)
    order = client.fixed_staking.get_order_detail(order_id=created.serial_number)
    advance(order.start_closed_time - order.book_time + days_held * 86_400 + 60)
    return created.serial_number


def test_list_products(client: Matrixport) -> None:
    page = client.fixed_staking.list_products()
    assert page.count == 2
    staking, leverage = page.items

    assert staking.id == STAKING_PRODUCT_ID
    assert staking.subject_type is SubjectType.ETH2_0
    assert staking.main_product_type is MainProductType.ETH_STAKING
    assert staking.last_rate_ror == Decimal("0.08")  # e8: 8000000
    assert isinstance(staking.last_rate_ror, Decimal)
    assert staking.share_price == Decimal("1")  # the sandbox's share price: 1 ETH
    assert staking.raised_amount_dec == Decimal("3000")
    assert staking.minimum_of_purchase_amount_dec == Decimal("1")
    assert staking.maximum_of_purchase_amount_dec == Decimal("0")
    assert staking.current_raise_amount_dec == Decimal("0")
    assert isinstance(staking.current_raise_amount_dec, Decimal)
    assert staking.can_redeem is CanRedeem.REDEEM_WINDOWS
    assert staking.minimum_of_ror == Decimal("0")
    assert staking.status is ProductStatus.AVAILABLE
    assert staking.agreements is None
    assert staking.fund_investments is None
    assert staking.explain is None
    assert staking.redeem_windows is None
    assert staking.tags[0].tag == "can redeem"
    assert staking.duration.end_settled_time == 43200
    assert staking.sale_start_at == 1665304609
    assert staking.end_closed_time - staking.start_closed_time == 30 * 86_400  # the sandbox's term
    assert staking.raised_amount is UNSET

    assert leverage.id == "6984808120929382400"
    assert leverage.subject_type is SubjectType.ETH2_0_LEVERAGE_STAKING
    assert leverage.last_rate_ror == Decimal("0.04")
    # The undocumented e8 twins of the `_dec` fields read as the same amounts.
    assert leverage.raised_amount == Decimal("30000000")  # e8: 3000000000000000
    assert leverage.raised_amount_dec == Decimal("30000000")
    assert leverage.current_raise_amount == Decimal("5000")  # e8: 500000000000
    assert leverage.current_raise_amount_dec == Decimal("5000")
    assert leverage.minimum_of_purchase_amount == Decimal("1")  # e8: 100000000
    assert leverage.minimum_of_purchase_amount_dec == Decimal("1")
    assert leverage.maximum_of_purchase_amount == Decimal("0")
    assert leverage.user_purchase_limit == Decimal("0")
    assert leverage.renew_type == 0
    assert leverage.redeem_ror == Decimal("0")
    assert leverage.minimum_of_redeem_fee_ror == Decimal("0")
    assert leverage.performance_fee == Decimal("0")
    assert isinstance(leverage.performance_fee, Decimal)
    assert leverage.tags == []
    assert leverage.redeem_windows is UNSET
    assert leverage.i18n[0].name == "ETHstaking-test"


def test_get_product_detail(client: Matrixport) -> None:
    product = client.fixed_staking.get_product_detail(product_id=STAKING_PRODUCT_ID)
    assert product.id == STAKING_PRODUCT_ID
    assert product.subject_type is SubjectType.ETH2_0
    assert product.last_rate_ror == Decimal("0.08")  # the rate of the Products List example
    assert product.raised_amount_dec == Decimal("3000")
    assert product.status is ProductStatus.AVAILABLE
    assert product.agreements is not None
    [agreement] = product.agreements
    assert agreement.agreement == "ETH2.0agreement"
    assert product.fund_investments is not None
    assert product.fund_investments[0].fund_investment == "Investment Destination Info (EN)"
    assert product.explain is not None
    [explain] = product.explain
    assert explain.id == 170144
    assert explain.title == "Revenue Model"
    assert explain.introduction == "introduction Info (EN)"
    assert product.i18n[0].name == "ETH2.0 test"


def test_get_product_quota(client: Matrixport, advance: Callable[[float], None]) -> None:
    client.fixed_staking.create_order(product_id=STAKING_PRODUCT_ID, amount_dec=Decimal("100"))
    quota = client.fixed_staking.get_product_quota(product_id=STAKING_PRODUCT_ID)
    assert quota.product_left_quota_dec == Decimal("2900")  # the raise of 3000, less this order
    assert quota.user_left_quota_dec == Decimal("-1")  # no per-customer limit (`0`)
    assert quota.minimum_of_purchase_amount_dec == Decimal("1")
    assert quota.maximum_of_purchase_amount_dec == Decimal("0")
    assert isinstance(quota.user_left_quota_dec, Decimal)


def test_get_order_detail(client: Matrixport) -> None:
    order = client.fixed_staking.get_order_detail(order_id=ORDER_ID)
    assert order.id == ORDER_ID
    assert order.product_id == "6955834008408211456"
    assert order.main_product_type is MainProductType.ETH_STAKING
    assert order.can_redeem is CanRedeem.REDEEM_WINDOWS
    assert order.subject_type is SubjectType.ETH2_0_LEVERAGE_STAKING
    # The document's example shows status 20, which its list (1 to 11) lacks (errata FS-7): kept.
    assert order.order_status == 20
    assert order.order_status.name == "UNKNOWN_20"
    assert order.amount_dec == Decimal("3")
    assert order.payback_dec == Decimal("0")
    # e8 shares, prices and rates, as scaled Decimals.
    assert order.share == Decimal("0")
    assert order.share_price == Decimal("0")
    assert order.raise_ror == Decimal("0.2")  # e8: 20000000
    assert order.ror == Decimal("0")
    assert order.minimum_of_ror == Decimal("0.03")
    assert order.maximum_of_ror == Decimal("0.12")
    assert order.redeem_share == Decimal("0")
    assert order.redeeming_share == Decimal("0")
    assert order.estimate_year_ror == Decimal("0")
    assert order.last_share_price == Decimal("1.26")  # e8: 126000000
    assert order.last_share_value == Decimal("1.01613235")  # e8: 101613235
    assert str(order.last_share_value) == "1.01613235"
    assert order.last_apy == Decimal("0.04")
    assert isinstance(order.last_apy, Decimal)
    # Decimals the example sends as a string ("0") and as a bare number (0).
    assert order.hold_profit == Decimal("0")
    assert isinstance(order.hold_profit, Decimal)
    assert order.hold_steth_profit == Decimal("0")
    assert order.hold_ror == Decimal("0")
    assert isinstance(order.hold_ror, Decimal)
    assert order.duration.type_ == 4
    assert order.duration.end_settled_time == 43200
    assert order.duration.settle_limit is DurationLimit.NO_LIMIT
    assert order.book_time == 1658400395
    assert order.last_share_price_update_time == 1665417600
    assert order.is_redeem == 0
    assert order.hold_days == 0
    assert order.i18n[0].name == "staking prodicut"


def test_create_order(watched_client: Matrixport, sent: list[httpx.Request]) -> None:
    order = watched_client.fixed_staking.create_order(product_id=STAKING_PRODUCT_ID, amount_dec=Decimal("2"))
    assert order.serial_number.isdigit() and len(order.serial_number) == 19
    body = json.loads(sent[-1].content)
    assert body["product_id"] == STAKING_PRODUCT_ID
    assert body["amount_dec"] == "2"
    assert "serial_number" not in body  # Fixed-Staking documents no de-duplication key


def test_get_order_result(client: Matrixport, advance: Callable[[float], None]) -> None:
    created = client.fixed_staking.create_order(product_id=STAKING_PRODUCT_ID, amount_dec=Decimal("2"))
    result = client.fixed_staking.get_order_result(serial_number=created.serial_number)
    assert result.status is OrderResultStatus.PURCHASING
    assert result.failed_code == 0
    assert result.failed_message == ""
    assert not hasattr(result, "order_id")  # Fixed-Income's order result has one, this one none
    advance(5)
    assert (
        client.fixed_staking.get_order_result(serial_number=created.serial_number).status
        is OrderResultStatus.PURCHASED
    )


def test_list_orders(watched_client: Matrixport, sent: list[httpx.Request]) -> None:
    holding = watched_client.fixed_staking.list_orders(order_status=[OrderStatus.HOLDING])
    assert sent[-1].url.params.get_list("order_status") == ["4"]
    assert holding.count == 0  # the document's example order is in status 20, not 4
    page = watched_client.fixed_staking.list_orders()
    assert page.count == 1
    assert page.items is not UNSET
    [order] = page.items
    assert order.id == ORDER_ID
    assert order.order_status == 20  # undocumented status of the document's example (errata FS-7)
    assert order.amount_dec == Decimal("3")
    assert order.last_share_price == Decimal("1.26")
    assert order.last_apy == Decimal("0.04")
    assert order.hold_ror == Decimal("0")
    assert order.i18n[0].name == "staking prodicut"


def test_list_orders_by_status_category(
    watched_client: Matrixport, sent: list[httpx.Request], advance: Callable[[float], None]
) -> None:
    order_id = holding_order(watched_client, advance, "1")
    page = watched_client.fixed_staking.list_orders(
        order_status=[OrderStatus.HOLDING, OrderStatus.REDEEMING],
        status_category=StatusCategory.HOLDING,
        offset=0,
        limit=10,
    )
    params = sent[-1].url.params
    assert params.get_list("order_status") == ["4", "10"]
    assert params["status_category"] == "2"
    assert page.count == 1  # the new holding order; the document's example order is in status 20
    assert [order.id for order in page.items] == [order_id]  # type: ignore[union-attr]


def test_get_redeemable_amount(client: Matrixport, advance: Callable[[float], None]) -> None:
    order_id = holding_order(client, advance, "20.43000001")
    amount = client.fixed_staking.get_redeemable_amount(order_id=order_id)
    assert amount.order_id == order_id
    assert amount.max_share == Decimal("20.43000001")  # e8: 2043000001, a share a ETH
    assert amount.max_amount == Decimal("20.43000001")
    assert amount.max_amount_dec == Decimal("20.43000001")
    assert isinstance(amount.max_amount_dec, Decimal)


def test_redeem_order_sends_e8_integers(
    watched_client: Matrixport, sent: list[httpx.Request], advance: Callable[[float], None]
) -> None:
    order_id = holding_order(watched_client, advance, "6", days_held=10)
    record = watched_client.fixed_staking.redeem_order(
        payback_currency=PaybackCurrency.ETH,
        order_id=order_id,
        share=Decimal("5.00735294"),
        principal=Decimal("5.00735294"),
    )
    body = json.loads(sent[-1].content)
    assert body["share"] == 500735294
    assert body["principal"] == 500735294
    assert body["payback_currency"] == "ETH"
    assert body["order_id"] == order_id

    assert str(record.id).isdigit()
    assert record.order_id == order_id
    assert record.redeem_principal_dec == Decimal("5.00735294")
    assert str(record.redeem_principal_dec) == "5.00735294"
    assert record.redeem_share == Decimal("5.00735294")  # e8: 500735294
    assert record.redeem_share_price == Decimal("1")
    assert record.redeem_share_price_time > 0
    profit = (Decimal("5.00735294") * Decimal("0.08") * 10 / 365).quantize(Decimal("1E-8"), "ROUND_DOWN")
    assert record.redeem_profit_dec == profit
    assert record.redeem_amount_dec == Decimal("5.00735294") + profit
    assert record.redeem_demand_interest_dec == Decimal("0")
    assert record.coupon_profit_dec == Decimal("0")
    assert record.client_repay_amount_dec == Decimal("0")
    assert record.ror == Decimal("0.08")  # e8: 8000000
    assert record.payback_currency is PaybackCurrency.ETH
    assert record.main_product_type is MainProductType.ETH_STAKING
    assert record.status is RedeemStatus.CREATED
    assert record.redeem_time > 0
    assert record.confirm_time == 0
    assert record.redeem_currency == "ETH"
    assert not hasattr(record, "redeem_ror")  # a Fixed-Income field


def test_redeem_order_refuses_a_share_finer_than_e8(client: Matrixport) -> None:
    with pytest.raises(InvalidRequestError):
        client.fixed_staking.redeem_order(
            payback_currency=PaybackCurrency.ETH,
            order_id=REDEEM_ORDER_ID,
            share=Decimal("5.007352941"),
            principal=Decimal("5.10749999"),
        )


def test_get_redeem_detail(client: Matrixport, advance: Callable[[float], None]) -> None:
    order_id = holding_order(client, advance, "6", days_held=10)
    client.fixed_staking.redeem_order(
        payback_currency=PaybackCurrency.STETH, order_id=order_id, share=Decimal("1"), principal=Decimal("1")
    )
    advance(60)
    order = client.fixed_staking.get_order_detail(order_id=order_id)
    advance(order.end_settled_time - order.start_closed_time)  # to settlement
    detail = client.fixed_staking.get_redeem_detail(order_id=order_id)
    payback = detail.order_payback
    assert payback is not None
    assert payback is not UNSET
    assert payback.currency == "ETH"
    assert payback.ror == Decimal("0.08")  # e8: 8000000
    assert payback.payback_time > 0
    assert payback.settle_payback_dec == Decimal("5") + (Decimal("5") * Decimal("0.08") * 30 / 365).quantize(
        Decimal("1E-8"), "ROUND_DOWN"
    )
    [record] = detail.redeem_orders
    assert record.redeem_share == Decimal("1")
    assert record.redeem_principal_dec == Decimal("1")
    assert record.payback_currency is PaybackCurrency.STETH
    assert record.status is RedeemStatus.SUCCEEDED
    assert detail.profit_ror == Decimal("0.08")
    assert detail.redeem_fee_ror == Decimal("0")
    assert isinstance(detail.redeem_fee_ror, Decimal)
    assert detail.redeeming_amount_dec == Decimal("0")
    assert detail.profit_dec == record.redeem_profit_dec + payback.settle_payback_dec - Decimal("5")


# --- error paths ---------------------------------------------------------------------------------


def test_fixed_error_code_raises_its_class(client: Matrixport) -> None:
    with pytest.raises(OrderNotOwned) as caught:
        client.fixed_staking.get_order_detail(
            order_id=ORDER_ID, request_options=RequestOptions(extra_headers={"Prefer": "code=12030022"})
        )
    error = caught.value
    assert isinstance(error, APIError)
    assert error.code == 12030022
    assert error.message == "You may only view your own orders."
    assert error.operation == "get_order_detail"
    # The `fixed` set is shared: both documents raise the same class.
    assert OrderNotOwned is fixed_income_errors.OrderNotOwned


# --- asyncio -------------------------------------------------------------------------------------


async def test_async_redeem_order(async_client: AsyncMatrixport, advance: Callable[[float], None]) -> None:
    created = await async_client.fixed_staking.create_order(
        product_id=STAKING_PRODUCT_ID, amount_dec=Decimal("6")
    )
    advance(2 * 86_400)
    result = await async_client.fixed_staking.get_order_result(serial_number=created.serial_number)
    assert result.status is OrderResultStatus.PURCHASED
    order_id = created.serial_number  # the sandbox's order id is its serial number (its README)
    record = await async_client.fixed_staking.redeem_order(
        payback_currency=PaybackCurrency.ETH,
        order_id=order_id,
        share=Decimal("5.00735294"),
        principal=Decimal("5.00735294"),
    )
    assert record.redeem_principal_dec == Decimal("5.00735294")
    assert record.redeem_share == Decimal("5.00735294")
    assert record.status is RedeemStatus.CREATED


async def test_async_documented_error(async_client: AsyncMatrixport) -> None:
    with pytest.raises(OrderNotOwned):
        await async_client.fixed_staking.get_order_detail(
            order_id=ORDER_ID, request_options=RequestOptions(extra_headers={"Prefer": "code=12030022"})
        )
