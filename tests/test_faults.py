"""Production behaviour against a live sandbox that fails a share of requests (no cassettes).

The sandbox's faults are seeded, so each run sees the same sequence.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
import uvicorn
from matrixport import AsyncMatrixport, Matrixport, MatrixportError
from matrixport.errors import HTTPStatusError, OutcomeUnknownError
from matrixport.sandbox import create_app

from tests.conftest import ACCESS_KEY, SECRET_KEY

CLIENT_TIMEOUT = 0.5
PRODUCT_ID = "6812413916300247040"  # no per-purchase limits; 1000 per customer
TB_PRODUCT_ID = "7016600587613560832"
DELAY = 1.0  # a delayed response arrives after the client gave up


@pytest.fixture(scope="module")
def sandbox() -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        create_app(), host="127.0.0.1", port=port, log_level="error", lifespan="off", interface="asgi3"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the sandbox did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def configure(url: str, **faults: Any) -> None:
    httpx.post(f"{url}/__sandbox/reset").raise_for_status()
    httpx.post(f"{url}/__sandbox/faults", json={"delay": DELAY, "seed": 7, **faults}).raise_for_status()


def creates(url: str, document: str, operation_id: str) -> list[str | None]:
    """The idempotency keys of the writes of `document.operation_id` the sandbox acted on."""
    acted = httpx.get(f"{url}/__sandbox/ledger").json()["acted"]
    return list(acted.get(document, {}).get(operation_id, []))


def sync_client(url: str, max_retries: int = 10) -> Matrixport:
    return Matrixport(
        ACCESS_KEY, SECRET_KEY, url, timeout=CLIENT_TIMEOUT, max_retries=max_retries, retry_backoff=0.001
    )


def async_client(url: str, max_retries: int = 10) -> AsyncMatrixport:
    return AsyncMatrixport(
        ACCESS_KEY, SECRET_KEY, url, timeout=CLIENT_TIMEOUT, max_retries=max_retries, retry_backoff=0.001
    )


def test_reads_succeed_despite_faults(sandbox: str) -> None:
    configure(sandbox, rate=0.4)
    with sync_client(sandbox) as client:
        for _ in range(15):
            assert client.balance_plus.get_currency_detail(currency="BTC").current_apy == Decimal(
                "0.341090391338626559"
            )
            assert client.t_bills.get_product_detail(product_id=TB_PRODUCT_ID).product_id


async def test_reads_succeed_despite_faults_async(sandbox: str) -> None:
    configure(sandbox, rate=0.4)
    async with async_client(sandbox) as client:
        results = await asyncio.gather(
            *(client.balance_plus.get_total_position() for _ in range(15)),
        )
    assert all(result.total_asset == Decimal("0") for result in results)


def test_n_creates_with_idempotency_keys_make_n_orders(sandbox: str) -> None:
    configure(sandbox, rate=0.4, kinds=["500", "drop", "delay", "garbage", "429"])
    with sync_client(sandbox) as client:
        accepted = [
            client.prime_broker.create_transfer(
                amount=Decimal("10"), currency="USDT", from_account="9547_huobi_1", to_account="9547_okex_1"
            )
            for _ in range(12)
        ]
    ledger = httpx.get(f"{sandbox}/__sandbox/ledger").json()
    assert ledger["repeats"].get("prime-broker", {}).get("createTransfer", 0) > 0, "no retry was refused"
    recorded = creates(sandbox, "prime-broker", "createTransfer")
    assert len(recorded) == 12, "a retried transfer must not be recorded twice"
    # A retry refused as a repeat was reconciled: every call returned the key it was acted on under.
    assert sorted(recorded) == sorted(a.idempotency_key for a in accepted)


async def test_n_creates_with_idempotency_keys_make_n_orders_async(sandbox: str) -> None:
    configure(sandbox, rate=0.4, kinds=["500", "drop", "delay", "garbage"])
    async with async_client(sandbox) as client:
        for _ in range(12):
            await client.fixed_income.create_order(product_id=PRODUCT_ID, amount_dec=Decimal("50"))
    recorded = creates(sandbox, "fixed-income", "createOrder")
    assert len(recorded) == 12
    assert len(set(recorded)) == 12


@pytest.mark.parametrize("kind", ["500", "drop", "delay", "garbage"])
def test_a_create_without_a_key_is_never_resent(sandbox: str, kind: str) -> None:
    configure(sandbox, rate=1.0, kinds=[kind])
    with sync_client(sandbox) as client, pytest.raises(OutcomeUnknownError) as caught:
        client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
    assert caught.value.check_with == "balance_plus.get_deposit_withdraw_result"
    assert caught.value.idempotency_key is None
    assert caught.value.operation == "create_deposit"
    assert isinstance(caught.value.cause, MatrixportError)
    assert len(creates(sandbox, "balance-plus", "createDeposit")) == 1


async def test_a_create_without_a_key_is_never_resent_async(sandbox: str) -> None:
    configure(sandbox, rate=1.0, kinds=["500"])
    async with async_client(sandbox) as client:
        with pytest.raises(OutcomeUnknownError):
            await client.t_bills.create_deposit(
                address="0x9F7a980DD70eCa879756c5f40e0f5ECd9455b2cB",
                amount=Decimal("100"),
                ask_price_id="",
                payment_currency="USDC",
                product_id=TB_PRODUCT_ID,
            )
    assert len(creates(sandbox, "t-bills", "createDeposit")) == 1


def test_a_refused_create_is_retried_and_429_reported_when_it_persists(sandbox: str) -> None:
    configure(sandbox, rate=1.0, kinds=["429"])
    with sync_client(sandbox, max_retries=3) as client, pytest.raises(HTTPStatusError) as caught:
        client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
    assert caught.value.status_code == 429
    assert caught.value.retry_after == 0
    assert creates(sandbox, "balance-plus", "createDeposit") == []


def test_every_failure_is_a_matrixport_error(sandbox: str) -> None:
    configure(sandbox, rate=0.7)
    outcomes: list[type[BaseException]] = []
    with sync_client(sandbox, max_retries=0) as client:
        for _ in range(20):
            for call in (
                client.balance_plus.get_total_position,
                lambda: client.balance_plus.create_deposit(currency="BTC", amount=Decimal("1")),
                lambda: client.prime_broker.list_wallet_types(account_id="9547_huobi_1"),
            ):
                try:
                    call()
                except Exception as error:
                    outcomes.append(type(error))
    assert outcomes, "the faults never fired"
    assert all(issubclass(kind, MatrixportError) for kind in outcomes), outcomes
