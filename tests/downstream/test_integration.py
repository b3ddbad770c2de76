"""What a project that imports matrixport writes to test its integration offline.

`make downstream` copies this file into an empty folder, makes a fresh virtualenv with nothing
but `pip install ".[sandbox]"` and pytest, and runs it: the `matrixport_sandbox` fixture comes
from the package's pytest plugin (entry point `pytest11`), no conftest needed. The project's
own test run skips this folder (`collect_ignore` in tests/conftest.py).
"""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest
from matrixport import MatrixportError
from matrixport.sandbox import Sandbox


def test_a_deposit_settles_and_the_balance_moves(matrixport_sandbox: Sandbox) -> None:
    with matrixport_sandbox.client() as client:
        order = client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
        matrixport_sandbox.advance(60)
        client.balance_plus.wait_get_deposit_withdraw_result(
            serial_number=order.serial_number, timeout=5, interval=0.05
        )
        assert client.balance_plus.get_currency_detail(currency="BTC").balance == Decimal("0.5")


def test_every_test_gets_a_fresh_sandbox(matrixport_sandbox: Sandbox) -> None:
    with matrixport_sandbox.client() as client:
        assert client.balance_plus.get_currency_detail(currency="BTC").balance == Decimal("0")
    assert matrixport_sandbox.ledger.entries() == []


def test_the_async_client(matrixport_sandbox: Sandbox) -> None:
    async def flow() -> Decimal:
        async with matrixport_sandbox.async_client() as client:
            user = matrixport_sandbox.keys.default.user_id
            await client.prime_broker.create_transfer(
                from_account=f"{user}_huobi_1",
                to_account=f"{user}_okex_1",
                currency="USDT",
                amount=Decimal("25"),
            )
            matrixport_sandbox.advance(30)
            balances = await client.prime_broker.get_account_balance(account_id=f"{user}_okex_1")
            return next(row.amount for row in balances if row.currency == "USDT")

    assert asyncio.run(flow()) == Decimal("100025")


def test_a_customer_of_its_own_and_a_lost_answer(matrixport_sandbox: Sandbox) -> None:
    customer = matrixport_sandbox.keys.create(balances={"USDC": "1000"})
    matrixport_sandbox.set_faults(sequence=["500"])  # the deposit is made, its answer is lost
    with matrixport_sandbox.client(customer, max_retries=0) as client:
        with pytest.raises(MatrixportError):
            client.t_bills.create_deposit(
                address="0x9F7a980DD70eCa879756c5f40e0f5ECd9455b2cB",
                amount=Decimal("100"),
                ask_price_id="",
                payment_currency="USDC",
                product_id="7016600587613560832",
            )
        assert client.t_bills.get_user_balance(currency="USDC").balance == Decimal("900")
    assert len(matrixport_sandbox.ledger.acted("t-bills", "createDeposit")) == 1
