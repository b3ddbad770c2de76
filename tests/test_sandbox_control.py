"""The sandbox's control surface and safety: `/__sandbox` access, malformed requests, secrets, restarts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from matrixport import Matrixport
from matrixport.sandbox import Sandbox
from matrixport.sandbox.__main__ import parser

from tests.sandbox_support import sandbox_process

REMOTE = ("10.1.2.3", 40000)
TOKEN = "test-admin-token-0123456789"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(admin_token=TOKEN) as instance:
        yield instance


async def control(
    sandbox: Sandbox, method: str, path: str, peer: tuple[str, int], **kwargs: object
) -> httpx.Response:
    transport = httpx.ASGITransport(app=sandbox.app, client=peer)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as http:
        return await http.request(method, f"/__sandbox/{path}", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [("GET", "ledger", None), ("POST", "clock", {"advance_seconds": 60}), ("POST", "reset", None),
     ("POST", "faults", {"rate": 1}), ("POST", "keys", {}), ("GET", "balances", None)],
)  # fmt: skip
async def test_control_from_another_host_needs_the_admin_token(
    sandbox: Sandbox, method: str, path: str, body: object
) -> None:
    refused = await control(sandbox, method, path, REMOTE, json=body)
    assert refused.status_code == 403
    assert "admin token" in refused.json()["error"]
    wrong = await control(sandbox, method, path, REMOTE, json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    allowed = await control(
        sandbox, method, path, REMOTE, json=body, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert allowed.status_code == 200, allowed.text
    assert (await control(sandbox, method, path, ("127.0.0.1", 5000), json=body)).status_code == 200
    assert (await control(sandbox, method, path, ("::1", 5000), json=body)).status_code == 200


async def test_a_refused_control_request_changes_nothing(sandbox: Sandbox) -> None:
    before = sandbox.clock.now_ms()
    await control(sandbox, "POST", "clock", REMOTE, json={"advance_seconds": 86_400})
    await control(sandbox, "POST", "faults", REMOTE, json={"rate": 1})
    assert sandbox.clock.now_ms() - before < 60_000
    assert not sandbox.faults.active


@pytest.mark.parametrize(
    ("method", "path", "body", "says"),
    [
        ("POST", "faults", {"kinds": 5}, "kinds must be a list"),
        ("POST", "faults", {"rate": 2}, "rate must be between 0 and 1"),
        ("POST", "faults", {"kinds": ["boom"]}, "unknown fault kinds"),
        ("POST", "faults", {"sequence": "500"}, "sequence must be a list"),
        ("POST", "faults", {"bogus": 1}, "unknown settings"),
        ("POST", "faults", "[1, 2]", "expected a JSON object"),
        ("POST", "faults", "{not json", "not JSON"),
        ("POST", "clock", {"advance_seconds": -5}, "only moves forward"),
        ("POST", "clock", {"advance_seconds": "soon"}, "must be a number"),
        ("POST", "clock", {}, "advance_seconds"),
        ("POST", "clock", {"speed": 0}, "positive"),
        ("POST", "keys", {"balances": "lots"}, "balances must be an object"),
        ("POST", "keys", {"balances": {"BTC": "-1"}}, "cannot be negative"),
        ("POST", "keys", {"balances": {"BTC": "x"}}, "not a number"),
        ("POST", "keys", {"access_key": "sandbox-access-key"}, "exists already"),
        ("POST", "keys", {"access_key": ""}, "non-empty string"),
        ("GET", "balances?access_key=nobody", None, "no customer"),
        ("GET", "ledger?colour=red", None, "unknown filters"),
    ],
)
async def test_a_malformed_control_request_gets_400_with_a_message(
    sandbox: Sandbox, method: str, path: str, body: object, says: str
) -> None:
    content = body if isinstance(body, str) else None
    payload = None if isinstance(body, str) or body is None else body
    response = await control(sandbox, method, path, ("127.0.0.1", 1), json=payload, content=content)
    assert response.status_code == 400
    assert says in response.json()["error"]


async def test_unknown_control_endpoints_and_methods(sandbox: Sandbox) -> None:
    assert (await control(sandbox, "GET", "nothing", ("127.0.0.1", 1))).status_code == 404
    assert (await control(sandbox, "DELETE", "clock", ("127.0.0.1", 1))).status_code == 405
    index = (await control(sandbox, "GET", "", ("127.0.0.1", 1))).json()["endpoints"]
    assert any(line.startswith("POST /__sandbox/clock") for line in index)


async def test_the_clock_keys_and_balances_endpoints(sandbox: Sandbox) -> None:
    local = ("127.0.0.1", 1)
    before = (await control(sandbox, "GET", "clock", local)).json()["now_ms"]
    moved = (
        await control(sandbox, "POST", "clock", local, json={"advance_seconds": 3600, "speed": 2})
    ).json()
    assert moved["now_ms"] - before >= 3_600_000 and moved["speed"] == 2
    key = (await control(sandbox, "POST", "keys", local, json={"balances": {"BTC": "1.25"}})).json()
    assert set(key) == {"access_key", "secret_key", "user_id", "wallet"}
    listed = (await control(sandbox, "GET", "keys", local)).json()["keys"]
    assert key["access_key"] in [k["access_key"] for k in listed]
    assert "secret_key" not in json.dumps(listed)
    balances = (await control(sandbox, "GET", f"balances?access_key={key['access_key']}", local)).json()[
        "balances"
    ]
    assert {"account": key["wallet"], "wallet_type": 0, "currency": "BTC", "amount": "1.25"} in balances
    client = sandbox.client(sandbox.keys.create(balances={"USDT": "5"}))
    assert client.t_bills.get_user_balance(currency="USDT").balance == Decimal("5")
    client.close()


def test_the_ledger_keeps_documents_apart(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
        client.t_bills.create_deposit(
            address="0x9F7a980DD70eCa879756c5f40e0f5ECd9455b2cB",
            amount=Decimal("100"),
            ask_price_id="",
            payment_currency="USDC",
            product_id="7016600587613560832",
        )
    assert len(sandbox.ledger.acted("balance-plus", "createDeposit")) == 1
    assert len(sandbox.ledger.acted("t-bills", "createDeposit")) == 1
    acted = sandbox.ledger.as_json()["acted"]
    assert acted["balance-plus"]["createDeposit"] == [None]
    assert acted["t-bills"]["createDeposit"] == [None]


def test_the_ledger_leaves_out_what_changes_nothing(sandbox: Sandbox) -> None:
    """A POST the spec marks side-effect free (`x-matrixport-side-effects: false`) and a read are
    answered but never recorded as acting."""
    with sandbox.client() as client:
        client.t_bills.render_product_agreement(
            product_id="7016600587613560832",
            agreement_no="stbt_agreement001",
            address="0x079244F54519DA4e669E0a50F45AcdbCF7f32616",
        )
        client.t_bills.list_products()
    assert sandbox.ledger.as_json()["acted"] == {}
    assert len(sandbox.ledger) == 0


# ---- the command line ------------------------------------------------------------------------


def test_no_secret_is_taken_from_the_command_line() -> None:
    options = {action.dest for action in parser()._actions}
    assert "secret_key" not in options and "admin_token" not in options
    with pytest.raises(SystemExit):
        parser().parse_args(["--secret-key", "s3cret"])


def test_keys_and_the_admin_token_come_from_files_or_the_environment(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("file-secret-key-123\n")
    token = tmp_path / "token"
    token.write_text("file-admin-token\n")
    with sandbox_process(
        "--access-key", "file-access-key", "--secret-key-file", str(secret), "--admin-token-file", str(token)
    ) as running:
        with Matrixport("file-access-key", "file-secret-key-123", running.url, max_retries=0) as client:
            assert client.balance_plus.get_total_position().total_asset == Decimal(0)
        printed = running.output.read_text()
        assert "file-secret-key-123" not in printed
        assert "file-admin-token" in printed  # the token is shown at start, for remote control requests


def test_a_custom_access_key_without_its_secret_is_refused_at_start() -> None:
    with (
        pytest.raises(RuntimeError, match="MATRIXPORT_SANDBOX_SECRET_KEY"),
        sandbox_process("--access-key", "alone"),
    ):
        pass


def test_a_state_file_survives_a_restart(tmp_path: Path) -> None:
    state = str(tmp_path / "sandbox.sqlite")
    with (
        sandbox_process("--state", state) as running,
        Matrixport("sandbox-access-key", "sandbox-secret-key", running.url) as client,
    ):
        order = client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
        client.prime_broker.create_transfer(
            from_account="9547_huobi_1",
            to_account="9547_okex_1",
            currency="BTC",
            amount=Decimal("1"),
            serial_no="restart-1",
        )
        running.control("POST", "clock", json={"advance_seconds": 120})
        client.balance_plus.wait_get_deposit_withdraw_result(
            serial_number=order.serial_number, timeout=5, interval=0.05
        )
        clock = running.control("GET", "clock")["now_ms"]
    with (
        sandbox_process("--state", state) as running,
        Matrixport("sandbox-access-key", "sandbox-secret-key", running.url) as client,
    ):
        assert running.control("GET", "clock")["now_ms"] >= clock  # the sandbox clock does not go back
        bp = client.balance_plus
        assert bp.get_currency_detail(currency="BTC").balance == Decimal("0.5")
        assert bp.get_available_balance(currency="BTC").user_available_balance == Decimal("9.5")
        assert client.prime_broker.get_transfer_record(serial_no="restart-1").amount == Decimal("1")
        okex = client.prime_broker.get_account_balance(account_id="9547_okex_1")
        assert next(row.amount for row in okex if row.currency == "BTC") == Decimal("6")
        assert len(running.control("GET", "ledger")["entries"]) == 2


def test_an_in_process_sandbox_can_also_serve_a_port(sandbox: Sandbox) -> None:
    with sandbox.serve() as url, Matrixport("sandbox-access-key", "sandbox-secret-key", url) as client:
        client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
        assert httpx.get(f"{url}/__sandbox/ledger").json()["acted"]["balance-plus"]["createDeposit"] == [None]
    assert sandbox.balance("9547.bal", "BTC") == Decimal("9.5")  # the same state, in-process
