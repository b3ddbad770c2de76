"""One flow per document, end to end through the public client, in-process and against `matrixport-sandbox`.

Each test runs twice (`harness`: the in-process transport, then a real server on a port), with
a customer of its own, and moves the sandbox clock instead of waiting.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from matrixport.balance_plus.errors import DepositWithdrawInProgress, InsufficientDepositBalance
from matrixport.balance_plus.models import OrderSource, OrderType
from matrixport.balance_plus.models import OrderStatus as BalancePlusStatus
from matrixport.fixed_income.errors import InsufficientProduct, MinimumPurchaseAmountNotMet
from matrixport.fixed_income.models import OrderResultStatus
from matrixport.fixed_income.models import OrderStatus as FixedIncomeStatus
from matrixport.fixed_staking.models import OrderStatus as FixedStakingStatus
from matrixport.prime_broker.errors import DuplicateSerialNo
from matrixport.prime_broker.models import TransferProcess
from matrixport.sandbox.world import PRICES_USD
from matrixport.t_bills.models import OrderStatus as TBillsStatus

from tests.sandbox_support import Harness

WAIT = {"timeout": 10, "interval": 0.05}
FI_PRODUCT = "6820591484295766016"
FS_PRODUCT = "6984793150468501504"
TB_PRODUCT = "7016600587613560832"
TB_ADDRESS = "0x9F7a980DD70eCa879756c5f40e0f5ECd9455b2cB"


def balance_plus_orders(client: object, kind: OrderType) -> list[object]:
    return list(
        client.balance_plus.iter_list_orders(  # type: ignore[attr-defined]
            currency="BTC",
            product_type="flexi_saving",
            subject_type="flexi_saving",
            limit=1,
            type_=kind,
            order_source=OrderSource.USER,
            order_status=BalancePlusStatus.ALL,
        )
    )


def test_balance_plus_deposit_settles_and_moves_the_position(harness: Harness) -> None:
    with harness.client() as client:
        bp = client.balance_plus
        position_before = bp.get_total_position().total_asset
        wallet_before = bp.get_available_balance(currency="BTC").user_available_balance

        deposit = bp.create_deposit(currency="BTC", amount=Decimal("0.5"))
        assert deposit.serial_number.isdigit() and len(deposit.serial_number) == 19
        assert deposit.type_ is OrderType.DEPOSIT
        assert bp.get_available_balance(currency="BTC").user_available_balance == wallet_before - Decimal(
            "0.5"
        )
        with pytest.raises(DepositWithdrawInProgress):
            bp.get_deposit_withdraw_result(serial_number=deposit.serial_number)

        harness.advance(60)
        bp.wait_get_deposit_withdraw_result(serial_number=deposit.serial_number, **WAIT)
        assert bp.get_currency_detail(currency="BTC").balance == Decimal("0.5")
        assert bp.get_total_position().total_asset == position_before + Decimal("0.5") * PRICES_USD["BTC"]
        assert bp.get_withdrawable_balance(currency="BTC").principal == Decimal("0.5")

        withdrawal = bp.create_withdraw(currency="BTC", amount=Decimal("0.2"), redeem_all=False)
        assert withdrawal.type_ is OrderType.WITHDRAW
        harness.advance(60)
        bp.wait_get_deposit_withdraw_result(serial_number=withdrawal.serial_number, **WAIT)
        assert bp.get_currency_detail(currency="BTC").balance == Decimal("0.3")
        assert bp.get_available_balance(currency="BTC").user_available_balance == wallet_before - Decimal(
            "0.3"
        )

        [listed_deposit] = balance_plus_orders(client, OrderType.DEPOSIT)
        [listed_withdrawal] = balance_plus_orders(client, OrderType.WITHDRAW)
        assert listed_deposit.order_id == deposit.serial_number
        assert listed_deposit.amount == Decimal("0.5")
        assert listed_deposit.order_status is BalancePlusStatus.COMPLETED
        assert listed_withdrawal.order_id == withdrawal.serial_number
        assert listed_withdrawal.order_status is BalancePlusStatus.COMPLETED

        with pytest.raises(InsufficientDepositBalance):
            bp.create_deposit(currency="BTC", amount=Decimal("99"))


def test_balance_plus_interest_accrues_per_sandbox_day(harness: Harness) -> None:
    with harness.client() as client:
        bp = client.balance_plus
        bp.create_deposit(currency="ETH", amount=Decimal("10"))
        harness.advance(3 * 86_400 + 60)
        rows = list(bp.iter_list_revenue_details(currency="ETH", limit=1))
        assert 2 <= len(rows) <= 3  # one a sandbox midnight after the deposit settled
        day_one = Decimal("10") * Decimal("0.08") / 365
        assert min(row.interest for row in rows) == day_one.quantize(Decimal("1E-18"), rounding="ROUND_DOWN")
        assert bp.get_currency_detail(currency="ETH").interest == sum(row.interest for row in rows)
        assert bp.get_total_position().total_profit == sum(row.interest for row in rows) * PRICES_USD["ETH"]


def test_fixed_income_subscription_settles_with_its_payback(harness: Harness) -> None:
    with harness.client() as client:
        fi = client.fixed_income
        wallet_before = client.t_bills.get_user_balance(currency="USDT").balance
        quota_before = fi.get_product_quota(product_id=FI_PRODUCT).user_left_quota_dec
        created = fi.create_order(product_id=FI_PRODUCT, amount_dec=Decimal("100"))
        harness.advance(5)
        result = fi.wait_get_order_result(serial_number=created.serial_number, **WAIT)
        assert result.status is OrderResultStatus.PURCHASED
        order = fi.get_order_detail(order_id=result.order_id)
        assert order.order_status is FixedIncomeStatus.PRE_ORDER
        assert fi.get_product_quota(product_id=FI_PRODUCT).user_left_quota_dec == quota_before - 100
        assert client.t_bills.get_user_balance(currency="USDT").balance == wallet_before - 100

        harness.advance((order.end_settled_time - order.book_time) + 3_600)
        settled = fi.get_order_detail(order_id=result.order_id)
        assert settled.order_status is FixedIncomeStatus.SETTLED
        payback = Decimal("100") + (Decimal("100") * Decimal("0.12") * 3 / 365).quantize(
            Decimal("1E-8"), "ROUND_DOWN"
        )
        assert settled.payback_dec == payback
        assert client.t_bills.get_user_balance(currency="USDT").balance == wallet_before - 100 + payback

        with pytest.raises(MinimumPurchaseAmountNotMet):
            fi.create_order(product_id=FI_PRODUCT, amount_dec=Decimal("1"))
        for _ in range(9):
            fi.create_order(product_id=FI_PRODUCT, amount_dec=Decimal("100"))
        with pytest.raises(InsufficientProduct):  # 1000 of the product, all sold
            fi.create_order(product_id=FI_PRODUCT, amount_dec=Decimal("100"))


def test_fixed_staking_subscription_settles_with_its_payback(harness: Harness) -> None:
    with harness.client() as client:
        fs = client.fixed_staking
        wallet_before = client.t_bills.get_user_balance(currency="ETH").balance
        created = fs.create_order(product_id=FS_PRODUCT, amount_dec=Decimal("2"))
        harness.advance(5)
        fs.wait_get_order_result(serial_number=created.serial_number, **WAIT)
        # Fixed-Staking's order result names no order; the sandbox's order id is its serial number.
        order = fs.get_order_detail(order_id=created.serial_number)
        assert order.order_status is FixedStakingStatus.PROCESSING
        assert client.t_bills.get_user_balance(currency="ETH").balance == wallet_before - 2

        harness.advance(40 * 86_400)
        settled = fs.get_order_detail(order_id=created.serial_number)
        assert settled.order_status is FixedStakingStatus.SETTLED
        payback = Decimal("2") + (Decimal("2") * Decimal("0.08") * 30 / 365).quantize(
            Decimal("1E-8"), "ROUND_DOWN"
        )
        assert settled.payback_dec == payback
        assert settled.share == Decimal("2")
        assert client.t_bills.get_user_balance(currency="ETH").balance == wallet_before - 2 + payback
        detail = fs.get_redeem_detail(order_id=created.serial_number)
        assert detail.order_payback.settle_payback_dec == payback


def test_prime_broker_transfer_moves_exactly_its_amount(harness: Harness) -> None:
    source, target = f"{harness.user_id}_huobi_1", f"{harness.user_id}_okex_1"
    with harness.client() as client:
        pb = client.prime_broker

        def btc(account: str) -> Decimal:
            return next(
                row.amount for row in pb.get_account_balance(account_id=account) if row.currency == "BTC"
            )

        source_before, target_before = btc(source), btc(target)
        pb.create_transfer(
            from_account=source,
            to_account=target,
            currency="BTC",
            amount=Decimal("1.5"),
            serial_no="scenario-0001",
        )
        record = pb.get_transfer_record(serial_no="scenario-0001")
        assert record.process is TransferProcess.PENDING
        assert btc(source) == source_before - Decimal("1.5")
        harness.advance(30)
        record = pb.wait_get_transfer_record(serial_no="scenario-0001", **WAIT)
        assert record.process is TransferProcess.PROCESSED
        assert (record.amount, record.from_account, record.to_account) == (Decimal("1.5"), source, target)
        assert btc(source) == source_before - Decimal("1.5")
        assert btc(target) == target_before + Decimal("1.5")
        [listed] = list(pb.iter_list_account_transfer_records(serial_no="scenario-0001", limit=5))
        assert listed.process is TransferProcess.PROCESSED
        flows = list(pb.iter_list_account_flows(transfer_serial_no="scenario-0001", limit=1))
        assert sorted(flow.account_id for flow in flows) == sorted([source, target])

        with pytest.raises(DuplicateSerialNo) as caught:
            pb.create_transfer(
                from_account=source,
                to_account=target,
                currency="BTC",
                amount=Decimal("1.5"),
                serial_no="scenario-0001",
            )
        assert caught.value.code == 12070132
        assert btc(source) == source_before - Decimal("1.5")


def test_t_bills_deposit_settles_and_mints(harness: Harness) -> None:
    with harness.client() as client:
        tb = client.t_bills
        wallet_before = tb.get_user_balance(currency="USDC").balance
        order_id = tb.create_deposit(
            address=TB_ADDRESS,
            amount=Decimal("100"),
            ask_price_id="",
            payment_currency="USDC",
            product_id=TB_PRODUCT,
        )
        assert tb.get_order_result(order_id=order_id).status is TBillsStatus.INITIAL
        assert tb.get_processing_asset(product_id=TB_PRODUCT, address=TB_ADDRESS).depositing == Decimal("100")
        harness.advance(600)
        result = tb.wait_get_order_result(order_id=order_id, **WAIT)
        assert result.status is TBillsStatus.COMPLETED
        assert tb.get_user_balance(currency="USDC").balance == wallet_before - 100
        assert tb.get_max_redeem_amount(product_id=TB_PRODUCT, address=TB_ADDRESS).withdraw_max == Decimal(
            "100"
        )
        listed = list(tb.iter_list_orders(product_id=TB_PRODUCT, address=TB_ADDRESS, limit=1))
        assert listed[0].order_id == order_id
        assert listed[0].tx_hash.startswith("0x")

        redemption = tb.create_redemption(
            address=TB_ADDRESS, amount=Decimal("50"), currency="USDC", product_id=TB_PRODUCT
        )
        harness.advance(600)
        assert tb.wait_get_order_result(order_id=redemption, **WAIT).status is TBillsStatus.COMPLETED
        paid = Decimal("50") - Decimal("50") * Decimal("0.0012")
        assert tb.get_user_balance(currency="USDC").balance == wallet_before - 100 + paid


async def test_async_client_follows_a_flow(harness: Harness) -> None:
    async with harness.async_client() as client:
        deposit = await client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
        harness.advance(60)
        await client.balance_plus.wait_get_deposit_withdraw_result(
            serial_number=deposit.serial_number, **WAIT
        )
        assert (await client.balance_plus.get_currency_detail(currency="BTC")).balance == Decimal("0.5")
