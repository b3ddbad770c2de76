"""The sandbox's world and ledger, pinned exactly: customers, wallets, keys, the saved clock, the ledger."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from matrixport.errors import APIError
from matrixport.sandbox import Credentials, Sandbox


def user_of(sandbox: Sandbox, access_key: str, secret_key: str) -> str:
    """The user id the sandbox answers a key with (T-Bills' User Balance names it)."""
    with sandbox.client(Credentials(access_key, secret_key, "")) as client:
        return str(client.t_bills.get_user_balance(currency="USDT").user_id)


def test_customers_count_from_the_demo_user_with_their_wallets() -> None:
    with Sandbox(keys={"first-key": "first-secret", "second-key": "second-secret"}) as sandbox:
        assert sandbox.keys.default.user_id == "9547"
        assert [
            user_of(sandbox, "first-key", "first-secret"),
            user_of(sandbox, "second-key", "second-secret"),
        ] == [
            "9547",
            "9548",
        ]
        made = sandbox.keys.create("third-key", "third-secret", balances={"btc": "2.5", "ETH": 0})
        assert (made.access_key, made.secret_key, made.user_id, made.wallet) == (
            "third-key",
            "third-secret",
            "9549",
            "9549.bal",
        )
        assert repr(made) == "Credentials(access_key='third-key', secret_key='***', user_id='9549')"
        assert sandbox.balance("9549.bal", "BTC", credentials=made) == Decimal("2.5")
        assert sandbox.balance("9549.bal", "ETH", credentials=made) == 0
        assert (
            sandbox.balance("9549.bal", "USDT", credentials=made) == 0
        )  # the given balances replace the default
        default = sandbox.keys.default
        expected = {
            "BTC": 10,
            "ETH": 100,
            "STETH": 10,
            "USDT": 1_000_000,
            "USDC": 1_000_000,
            "DAI": 100_000,
            "USD": 1_000_000,
        }
        assert {c: sandbox.balance("9547.bal", c, credentials=default) for c in expected} == expected
        with pytest.raises(ValueError, match="access key 'third-key' exists already"):
            sandbox.keys.create("third-key")
        random = sandbox.keys.create()
        assert random.user_id == "9550"
        assert random.access_key.startswith("sandbox-") and len(random.access_key) == len("sandbox-") + 16
        assert len(random.secret_key) == 32
        assert list(sandbox.keys) == ["first-key", "second-key", "third-key", random.access_key]


def test_a_state_file_keeps_customers_keys_and_the_clock(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    with Sandbox(state=state, keys={"file-key": "file-secret"}) as sandbox:
        later = sandbox.advance(86_400)
        made = sandbox.keys.create("other-key", "other-secret")
        assert made.user_id == "9548"
    with Sandbox(state=state, keys={"file-key": "file-secret", "new-key": "new-secret"}) as sandbox:
        assert sandbox.clock.now_ms() >= later  # the saved clock: never back
        assert sorted(sandbox.keys) == ["file-key", "new-key", "other-key"]
        assert user_of(sandbox, "new-key", "new-secret") == "9549"
    with pytest.raises(ValueError, match="the state knows 'file-key' with another secret key"):
        Sandbox(state=state, keys={"file-key": "wrong-secret"})


def test_the_ledger_lists_acted_writes_and_repeats_exactly() -> None:
    with Sandbox() as sandbox, sandbox.client(retry_backoff=0.001) as client:
        other = sandbox.keys.create("ledger-other", "ledger-secret")
        pb = client.prime_broker
        wallet = f"{sandbox.keys.default.user_id}.bal"
        transfer: dict[str, Any] = {"from_account": wallet, "to_account": "9547_okex_1", "currency": "USDT"}
        pb.create_transfer(serial_no="ledger-0001", amount=Decimal("10"), **transfer)
        pb.create_transfer(serial_no="ledger-0002", amount=Decimal("11"), **transfer)
        for _ in range(2):
            with pytest.raises(APIError):
                pb.create_transfer(serial_no="ledger-0001", amount=Decimal("10"), **transfer)
        with sandbox.client(other) as second:
            second.fixed_staking.create_order(product_id="6984793150468501504", amount_dec=Decimal("1"))
            second.fixed_income.create_order(
                product_id="6820591484295766016", amount_dec=Decimal("100"), serial_number="ledger-fi-1"
            )
        ledger = sandbox.ledger
        assert ledger.keys("prime-broker", "createTransfer") == ["ledger-0001", "ledger-0002"]
        assert [e.key for e in ledger.acted("prime-broker", "createTransfer", key="ledger-0002")] == [
            "ledger-0002"
        ]
        assert [e.key for e in ledger.acted("fixed-income", "createOrder", access_key="ledger-other")] == [
            "ledger-fi-1"
        ]
        assert ledger.acted("fixed-income", "createOrder", access_key="sandbox-access-key") == []
        assert [e.outcome for e in ledger.entries()] == [
            "acted",
            "acted",
            "repeat",
            "repeat",
            "acted",
            "acted",
        ]
        assert ledger.keys("fixed-income", "createOrder") == ["ledger-fi-1"]
        assert [e.outcome for e in ledger.entries("prime-broker", outcome="repeat")] == ["repeat", "repeat"]
        assert len(ledger) == 4
        summary = ledger.as_json()
        assert summary["acted"] == {
            "prime-broker": {"createTransfer": ["ledger-0001", "ledger-0002"]},
            "fixed-staking": {"createOrder": [None]},
            "fixed-income": {"createOrder": ["ledger-fi-1"]},
        }
        assert summary["repeats"] == {"prime-broker": {"createTransfer": 2}}
        assert [(e["operation"], e["key"], e["outcome"], e["user_id"]) for e in summary["entries"]] == [
            ("createTransfer", "ledger-0001", "acted", "9547"),
            ("createTransfer", "ledger-0002", "acted", "9547"),
            ("createTransfer", "ledger-0001", "repeat", "9547"),
            ("createTransfer", "ledger-0001", "repeat", "9547"),
            ("createOrder", None, "acted", other.user_id),
            ("createOrder", "ledger-fi-1", "acted", other.user_id),
        ]
        assert ledger.as_json(document="fixed-income")["acted"] == {
            "fixed-income": {"createOrder": ["ledger-fi-1"]}
        }


def test_a_key_refused_as_unknown_is_known_once_created() -> None:
    with Sandbox() as sandbox:
        with pytest.raises(APIError) as unknown:
            user_of(sandbox, "late-key", "late-secret")
        assert (unknown.value.code, unknown.value.message) == (17002013, "akid illegal: unknown access key")
        sandbox.keys.create("late-key", "late-secret")
        assert user_of(sandbox, "late-key", "late-secret") == "9548"
