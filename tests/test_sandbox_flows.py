"""The flows beside the main scenarios: early redemption, auto-renewal, wallet types, whitelisting,
statements, the documents' error codes for what is short or missing, the clock's speed."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from matrixport import Matrixport
from matrixport.errors import APIError
from matrixport.fixed_income.models import OrderStatus as FixedIncomeStatus
from matrixport.fixed_staking.models import OrderStatus as FixedStakingStatus
from matrixport.fixed_staking.models import PaybackCurrency
from matrixport.sandbox import Sandbox, SandboxClock
from matrixport.t_bills.models import WhitelistStatus

USER = "9547"
FI_PRODUCT = "6820591484295766016"
FI_RENEWABLE = "6812413916300247040"
FS_PRODUCT = "6984793150468501504"
TB_PRODUCT = "7016600587613560832"


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Matrixport]:
    with sandbox.client(retry_backoff=0.001) as instance:
        yield instance


def fixed_income_order(client: Matrixport, sandbox: Sandbox, product: str, amount: str) -> str:
    created = client.fixed_income.create_order(product_id=product, amount_dec=Decimal(amount))
    sandbox.advance(5)
    return str(client.fixed_income.get_order_result(serial_number=created.serial_number).order_id)


def usdt(client: Matrixport) -> Decimal:
    return client.t_bills.get_user_balance(currency="USDT").balance


def test_fixed_income_early_redemption(client: Matrixport, sandbox: Sandbox) -> None:
    fi = client.fixed_income
    order_id = fixed_income_order(client, sandbox, FI_RENEWABLE, "500")
    assert fi.get_redeemable_amount(order_id=order_id).max_amount_dec == 0  # not holding yet
    order = fi.get_order_detail(order_id=order_id)
    sandbox.advance(order.start_closed_time - order.book_time + 2 * 86_400)  # two days into the closed period
    assert fi.get_order_detail(order_id=order_id).order_status is FixedIncomeStatus.HOLDING
    assert fi.get_redeemable_amount(order_id=order_id).max_amount_dec == Decimal("500")
    profit = (Decimal("200") * Decimal("0.09") * 2 / 365).quantize(Decimal("1E-8"), "ROUND_DOWN")
    trial = fi.calculate_redeem_trial(order_id=order_id, principal_dec=Decimal("200"))
    assert (trial.redeem_principal_dec, trial.profit_dec) == (Decimal("200"), profit)
    wallet = usdt(client)
    redeemed = fi.redeem_order(order_id=order_id, principal_dec=Decimal("200"))
    assert redeemed.redeem_amount_dec == 200 + profit
    assert fi.get_order_detail(order_id=order_id).order_status is FixedIncomeStatus.REDEEMING
    assert fi.get_redeem_detail(order_id=order_id).redeeming_amount_dec == Decimal("200")
    sandbox.advance(60)
    assert usdt(client) == wallet + 200 + profit
    after = fi.get_order_detail(order_id=order_id)
    assert (after.order_status, after.redeem_principal_dec) == (FixedIncomeStatus.HOLDING, Decimal("200"))
    fi.redeem_order(order_id=order_id, principal_dec=Decimal("100000"))  # more than is left: all of it
    sandbox.advance(60)
    assert fi.get_order_detail(order_id=order_id).order_status is FixedIncomeStatus.REDEEMED_ALL
    with pytest.raises(APIError) as caught:
        fi.redeem_order(order_id=order_id, principal_dec=Decimal("1"))
    assert caught.value.code == 12030020  # the order is no longer holding


def test_fixed_income_auto_renewal_rolls_the_payback_into_a_new_order(
    client: Matrixport, sandbox: Sandbox
) -> None:
    fi = client.fixed_income
    plain = fixed_income_order(client, sandbox, FI_PRODUCT, "100")
    with pytest.raises(APIError) as caught:
        fi.enable_order_auto_renew(order_id=plain)
    assert caught.value.code == 12030025  # this product does not renew automatically
    with pytest.raises(APIError) as caught:
        fi.list_auto_renew_products(order_id="no-such-order")
    assert caught.value.code == 12030022
    order_id = fixed_income_order(client, sandbox, FI_RENEWABLE, "300")
    assert [p.id for p in fi.list_auto_renew_products(order_id=order_id).items] == [FI_RENEWABLE]
    fi.enable_order_auto_renew(order_id=order_id)
    with pytest.raises(APIError) as caught:
        fi.enable_order_auto_renew(order_id=order_id)
    assert caught.value.code == 12030016
    wallet = usdt(client)
    order = fi.get_order_detail(order_id=order_id)
    sandbox.advance(order.end_settled_time - order.book_time + 3_600)
    settled = fi.get_order_detail(order_id=order_id)
    assert settled.order_status is FixedIncomeStatus.SETTLED
    [renewal] = [o for o in fi.list_orders(limit=50).items if o.is_renew == 1]
    assert renewal.amount_dec == settled.payback_dec
    plain_payback = fi.get_order_detail(order_id=plain).payback_dec
    assert usdt(client) == wallet + plain_payback  # the renewable order's payback went into its renewal


def test_fixed_staking_redemption_by_shares(client: Matrixport, sandbox: Sandbox) -> None:
    fs = client.fixed_staking
    created = fs.create_order(product_id=FS_PRODUCT, amount_dec=Decimal("3"))
    sandbox.advance(2 * 86_400)
    assert fs.get_order_result(serial_number=created.serial_number).status is not None
    order_id = created.serial_number  # the sandbox's order id is its serial number (its README)
    order = fs.get_order_detail(order_id=order_id)
    assert order.order_status is FixedStakingStatus.HOLDING and order.share == Decimal("3")
    redeemable = fs.get_redeemable_amount(order_id=order_id)
    assert (redeemable.max_share, redeemable.max_amount_dec) == (Decimal("3"), Decimal("3"))
    with pytest.raises(APIError) as caught:
        fs.redeem_order(
            payback_currency=PaybackCurrency.ETH,
            order_id=order_id,
            share=Decimal("4"),
            principal=Decimal("4"),
        )
    assert caught.value.code == 12030031
    steth = client.t_bills.get_user_balance(currency="STETH").balance
    record = fs.redeem_order(
        payback_currency=PaybackCurrency.STETH, order_id=order_id, share=Decimal("1"), principal=Decimal("1")
    )
    assert record.redeem_share == Decimal("1") and record.payback_currency is PaybackCurrency.STETH
    sandbox.advance(60)
    assert client.t_bills.get_user_balance(currency="STETH").balance == steth + record.redeem_amount_dec
    after = fs.get_order_detail(order_id=order_id)
    assert (after.order_status, after.redeem_share) == (FixedStakingStatus.HOLDING, Decimal("1"))


def test_prime_broker_balances_are_per_wallet_type(client: Matrixport, sandbox: Sandbox) -> None:
    pb = client.prime_broker
    account = f"{USER}_okex_1"
    assert [w.wallet_type for w in pb.list_wallet_types(account_id=account).wallets] == [0, 1, 2]
    assert [w.wallet_type for w in pb.list_wallet_types(account_id=f"{USER}.bal").wallets] == [0]
    pb.create_transfer(
        from_account=account,
        to_account=account,
        from_wallet_type=0,
        to_wallet_type=1,
        currency="USDT",
        amount=Decimal("250"),
    )
    sandbox.advance(30)
    assert next(
        r.amount for r in pb.get_account_balance(account_id=account) if r.currency == "USDT"
    ) == Decimal("99750")
    assert sandbox.balance(account, "USDT", wallet=1) == Decimal("250")
    with pytest.raises(APIError) as caught:
        pb.create_transfer(from_account=account, to_account=account, currency="USDT", amount=Decimal("250"))
    assert caught.value.code == 12070130  # the same wallet of the same account
    with pytest.raises(APIError) as caught:
        pb.create_transfer(
            from_account=f"{USER}.bal",
            to_account=account,
            from_wallet_type=2,
            currency="USDT",
            amount=Decimal("20"),
        )
    assert caught.value.code == 12070106


def test_prime_broker_transfer_rules_of_the_document(client: Matrixport, sandbox: Sandbox) -> None:
    pb = client.prime_broker

    def code(**arguments: Any) -> int:
        with pytest.raises(APIError) as caught:
            pb.create_transfer(**{"currency": "USDT", "amount": Decimal("20"), **arguments})
        return caught.value.code

    bound, free = f"{USER}_binance_1", f"{USER}_okex_1"
    assert code(from_account=bound, to_account=f"{USER}.bal") == 12070129  # a bound account pays only its RCU
    assert code(from_account=bound, to_account=free) == 12070129
    assert code(from_account=free, to_account=bound) == 12070129
    assert code(from_account=free, to_account="someone_else_1") == 12070317
    assert (
        code(from_account=free, to_account=f"{USER}_huobi_1", amount=Decimal("1")) == 12070525
    )  # under 10 USDT
    assert code(from_account=free, to_account=f"{USER}_huobi_1", amount=Decimal("10.1234567")) == 12070524
    assert code(from_account=free, to_account=f"{USER}_huobi_1", currency="DOGE") == 12070519
    assert code(from_account=f"{USER}.bal", to_account=free, is_instant_transfer=True) == 12070137
    assert (
        code(from_account=free, to_account=f"{USER}_huobi_1", currency="USDC", is_instant_transfer=True)
        == 12070135
    )
    pb.create_transfer(
        from_account=free,
        to_account=f"{USER}_huobi_1",
        currency="USDT",
        amount=Decimal("20"),
        is_instant_transfer=True,
    )
    assert sandbox.balance(f"{USER}_huobi_1", "USDT") == Decimal("100020")  # at once
    pb.create_transfer(from_account=f"{USER}.bal", to_account=bound, currency="USDT", amount=Decimal("20"))
    opened = pb.create_account(exchange="bybit", request_id="open-bybit-1").data
    assert pb.list_accounts(limit=10, account_id=opened).items[0].status.value == 3
    with pytest.raises(APIError) as caught:
        pb.create_transfer(from_account=free, to_account=opened, currency="USDT", amount=Decimal("20"))
    assert caught.value.code == 12070108
    sandbox.advance(60)
    assert pb.list_accounts(limit=10, account_id=opened).items[0].status.value == 2


def test_t_bills_whitelist_and_statements(client: Matrixport, sandbox: Sandbox) -> None:
    tb = client.t_bills
    address = "0xeeca0021aC37547E771185FaEaC2E44C3C0f8A27"
    assert tb.get_address_whitelist_status(address=address).status is WhitelistStatus.NOT_IN_WHITELIST
    deposit = {
        "address": address,
        "amount": Decimal("100"),
        "ask_price_id": "",
        "payment_currency": "USDT",
        "product_id": TB_PRODUCT,
    }
    with pytest.raises(APIError) as caught:
        tb.create_deposit(**deposit)
    assert caught.value.code == 12040028
    tb.add_address_to_whitelist(address=address)
    assert tb.get_address_whitelist_status(address=address).status is WhitelistStatus.PROCESSING
    sandbox.advance(60)
    assert tb.get_address_whitelist_status(address=address).status is WhitelistStatus.SUCCESS
    assert address in [a.address for a in tb.list_user_addresses()]
    tb.create_deposit(**deposit)  # USDT's conversion fee is 3 %: 97 STBT
    sandbox.advance(600)
    assert tb.get_max_redeem_amount(product_id=TB_PRODUCT, address=address).withdraw_max == Decimal("97")
    sandbox.advance(86_400)
    profit = tb.get_user_brief_profit(product_id=TB_PRODUCT, user_address=address)
    assert profit.latest_profit == (Decimal("97") * Decimal("0.05") / 365).quantize(
        Decimal("1E-18"), "ROUND_DOWN"
    )
    [statement] = tb.list_product_statements(product_id=TB_PRODUCT).items
    download = tb.download_statement(short_uri=statement.short_uri)
    assert (
        download.content.startswith(b"%PDF") and download.filename == f"statement-{statement.short_uri}.pdf"
    )


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda c: c.balance_plus.get_currency_detail(currency="DOGE"), 12010004),
        (lambda c: c.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.01")), 12010004),
        (lambda c: c.balance_plus.create_withdraw(currency="BTC", amount=Decimal("1")), 12010003),
        (lambda c: c.balance_plus.get_deposit_withdraw_result(serial_number="nope"), 12010004),
        (lambda c: c.fixed_income.get_product_detail(product_id="nope"), 17002001),
        (lambda c: c.fixed_income.create_order(product_id="nope", amount_dec=Decimal("100")), 1203003),
        (lambda c: c.fixed_income.create_order(product_id=FI_PRODUCT, amount_dec=Decimal("1001")), 12030010),
        (lambda c: c.fixed_income.get_order_detail(order_id="nope"), 12030022),
        (lambda c: c.fixed_staking.create_order(product_id=FS_PRODUCT, amount_dec=Decimal("0.5")), 12030011),
        (lambda c: c.fixed_staking.get_order_detail(order_id="nope"), 12030022),
        (lambda c: c.prime_broker.get_order_detail(order_id="nope"), 12070316),
        (lambda c: c.prime_broker.get_account_balance(account_id="nope"), 12070317),
        (lambda c: c.prime_broker.get_transfer_record(serial_no="nope-nope"), 12070538),
        (lambda c: c.prime_broker.get_rcu_detail(rcu_id=1), 17002001),
        (lambda c: c.t_bills.get_order_result(order_id="nope"), 12140001),
        (
            lambda c: c.t_bills.create_deposit(
                address="0x9F7a980DD70eCa879756c5f40e0f5ECd9455b2cB",
                amount=Decimal("5"),
                ask_price_id="",
                payment_currency="USDC",
                product_id=TB_PRODUCT,
            ),
            12140003,
        ),
        (
            lambda c: c.t_bills.create_deposit(
                address="0x9F7a980DD70eCa879756c5f40e0f5ECd9455b2cB",
                amount=Decimal("5000000"),
                ask_price_id="",
                payment_currency="USDC",
                product_id=TB_PRODUCT,
            ),
            12140004,
        ),
    ],
)
def test_the_documents_codes_for_what_is_short_or_missing(client: Matrixport, call: Any, code: int) -> None:
    with pytest.raises(APIError) as caught:
        call(client)
    assert caught.value.code == code
    assert caught.value.message  # the document's message, and what was wrong


def test_a_parameter_error_never_repeats_the_signature(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    import matrixport._signing as signing

    signatures: list[str] = []
    real = signing.sign

    def keeping(*arguments: Any) -> str:
        signatures.append(real(*arguments))
        return signatures[-1]

    monkeypatch.setattr(signing, "sign", keeping)
    with sandbox.client(max_retries=0) as client, pytest.raises(APIError) as caught:
        client.request("POST", "/credit/agency/v1/allocate", json={"amount": "x", "serial_no": "1"})
    assert caught.value.code == 17002001
    assert signatures and signatures[-1] not in caught.value.message


def test_the_clock_runs_at_its_speed_and_only_forward() -> None:
    wall = [1_000_000]
    clock = SandboxClock(speed=60, wall=lambda: wall[0])
    start = clock.now_ms()
    wall[0] += 1_000
    assert clock.now_ms() - start == 60_000
    clock.advance(3_600)
    assert clock.now_ms() - start == 60_000 + 3_600_000
    with pytest.raises(ValueError, match="only moves forward"):
        clock.advance(-1)
    clock.set_speed(1)
    before = clock.now_ms()
    wall[0] += 1_000
    assert clock.now_ms() - before == 1_000
