"""The sandbox's exact answers where a looser test would let a change through (from mutation testing).

Each test here was written against a mutant of `matrixport.sandbox` that the other tests let live
(`scripts/mutation.py`), and pins what a sandbox user relies on instead:

- the package's lazy exports: every name is the object of its module, read once and then cached;
  an unknown name is an AttributeError that names it (`sandbox/__init__.py`, `__getattr__`);
- the control endpoints' exact JSON: the index of endpoints, the clock, the keys and their
  wallets, a customer's balances, and every refusal of `POST /__sandbox/clock` with its message;
- the clock: restoring it to a time that is not later changes nothing, not even a rounding;
  a speed that is not positive and finite, and an infinite advance, are refused with their
  messages (an infinite speed used to be taken and break every later request: a bug these found);
- the judge's refusal carries its message as the exception's text;
- a settled Fixed-Staking order's payback time and rate (`payback_time`, `ror`);
- a Prime Broker renewal passes through "renewing" (17) before it is renewed (19).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import matrixport.sandbox as package
import pytest
from matrixport import Matrixport
from matrixport.sandbox import BASE_URL, Sandbox, SandboxClock
from matrixport.sandbox.judge import Judge, Refused
from matrixport.sandbox.models.prime_broker import ACTIVE_LOAN_ID

FS_PRODUCT = "6984793150468501504"
EXPORTS = {
    "BASE_URL": "sandbox",
    "DEFAULT_KEYS": "world",
    "KINDS": "faults",
    "Credentials": "world",
    "Faults": "faults",
    "Ledger": "ledger",
    "Sandbox": "sandbox",
    "SandboxClock": "clock",
    "SandboxCore": "core",
    "create_app": "app",
    "load_specs": "spec",
}
FORWARD = "the sandbox clock only moves forward: advance_seconds must be 0 or more"
CLOCK_USAGE = 'expected {"advance_seconds": <seconds>} and/or {"speed": <times real time>}'


@pytest.fixture
def local() -> Iterator[tuple[Sandbox, httpx.Client]]:
    """A sandbox and an HTTP client of its control endpoints (in process: loopback)."""
    with Sandbox() as sandbox, httpx.Client(base_url=BASE_URL, transport=sandbox.transport()) as http:
        yield sandbox, http


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Matrixport]:
    with sandbox.client(retry_backoff=0.001) as instance:
        yield instance


# ---- the package's lazy exports ------------------------------------------------------------------


def test_every_export_is_its_modules_object_read_once_and_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    assert sorted(package.__all__) == sorted(EXPORTS)
    for name, module in EXPORTS.items():
        monkeypatch.delitem(vars(package), name, raising=False)  # as if never read
        expected = getattr(importlib.import_module(f"matrixport.sandbox.{module}"), name)
        assert getattr(package, name) is expected
        assert vars(package)[name] is expected  # kept: the next read does not import again
        assert getattr(package, name) is expected


def test_an_unknown_name_is_an_attribute_error_that_names_it() -> None:
    with pytest.raises(AttributeError) as caught:
        _ = package.Nothing
    assert str(caught.value) == "module 'matrixport.sandbox' has no attribute 'Nothing'"
    assert not hasattr(package, "sandbox_access_key")
    with pytest.raises(ImportError, match="cannot import name 'Nothing'"):
        from matrixport.sandbox import Nothing  # type: ignore[attr-defined]  # noqa: F401


# ---- the control endpoints' exact answers --------------------------------------------------------


def test_the_index_lists_every_control_endpoint(local: tuple[Sandbox, httpx.Client]) -> None:
    _, http = local
    endpoints = http.get("/__sandbox").json()["endpoints"]
    assert [line.split()[:2] for line in endpoints] == [
        ["GET", "/__sandbox"],
        ["GET", "/__sandbox/clock"],
        ["POST", "/__sandbox/clock"],
        ["GET", "/__sandbox/faults"],
        ["POST", "/__sandbox/faults"],
        ["DELETE", "/__sandbox/faults"],
        ["GET", "/__sandbox/keys"],
        ["POST", "/__sandbox/keys"],
        ["GET", "/__sandbox/balances?access_key="],
        ["GET", "/__sandbox/ledger"],
        ["POST", "/__sandbox/reset"],
    ]
    assert endpoints[0] == "GET  /__sandbox                       what is here"


def test_the_clock_endpoint_answers_the_time_and_the_speed(local: tuple[Sandbox, httpx.Client]) -> None:
    sandbox, http = local
    before = sandbox.clock.now_ms()
    shown = http.get("/__sandbox/clock").json()
    assert sorted(shown) == ["now_ms", "speed"]
    assert before <= shown["now_ms"] <= sandbox.clock.now_ms() and shown["speed"] == 1.0
    moved = http.post("/__sandbox/clock", json={"speed": 2.5}).json()
    assert sorted(moved) == ["now_ms", "speed"] and moved["speed"] == 2.5
    assert http.get("/__sandbox/clock").json()["speed"] == sandbox.clock.speed == 2.5


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({}, CLOCK_USAGE),
        ({"advance_seconds": 86_400, "colour": "red"}, CLOCK_USAGE),
        ({"speed": 60, "later": True}, CLOCK_USAGE),
        ({"speed": "fast"}, "speed must be a number, got 'fast'"),
        ({"speed": True}, "speed must be a number, got True"),
        ({"speed": 0}, "the clock speed must be positive"),
        ({"speed": -1, "advance_seconds": 60}, "the clock speed must be positive"),
        ({"advance_seconds": "soon"}, "advance_seconds must be a number, got 'soon'"),
        ({"advance_seconds": None}, "advance_seconds must be a number, got None"),
        ({"advance_seconds": -5}, FORWARD),
    ],
)
def test_a_refused_clock_request_says_why_and_moves_nothing(
    local: tuple[Sandbox, httpx.Client], body: dict[str, object], error: str
) -> None:
    sandbox, http = local
    before = sandbox.clock.now_ms()
    refused = http.post("/__sandbox/clock", json=body)
    assert (refused.status_code, refused.json()) == (400, {"error": error})
    assert sandbox.clock.now_ms() - before < 60_000 and sandbox.clock.speed == 1.0


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ('{"speed": 1e400}', "the clock speed must be finite"),  # valid JSON, infinite as a float
        ('{"speed": Infinity}', "the clock speed must be finite"),
        ('{"speed": NaN}', "the clock speed must be positive"),
        ('{"advance_seconds": 1e400}', "advance_seconds must be finite"),
        ('{"advance_seconds": NaN}', FORWARD),
        # finite but past what a date can show: SQLite overflowed and every request failed
        ('{"advance_seconds": 1e17}', "the sandbox clock cannot pass 9999-12-31T23:59:59.999Z"),
        ('{"speed": 1e300}', "the clock speed must be at most 1,000,000"),
        ('{"speed": 1000000.5}', "the clock speed must be at most 1,000,000"),
    ],
)
def test_an_infinite_or_nan_clock_setting_is_refused_and_the_sandbox_keeps_working(
    local: tuple[Sandbox, httpx.Client], body: str, error: str
) -> None:
    # A bug found here: an infinite speed was taken, and every later read of the clock failed
    # (HTTP 500 for every request, even after a reset); an infinite advance answered 500.
    sandbox, http = local
    refused = http.post("/__sandbox/clock", content=body)
    assert (refused.status_code, refused.json()) == (400, {"error": error})
    assert http.get("/__sandbox/clock").json()["speed"] == 1.0
    with sandbox.client(max_retries=0) as client:
        assert client.balance_plus.get_total_position().total_asset == Decimal(0)


def test_the_keys_endpoint_lists_each_customer_with_its_user_and_wallet(
    local: tuple[Sandbox, httpx.Client],
) -> None:
    sandbox, http = local
    created = sandbox.keys.create("second-key", "second-secret")
    assert http.get("/__sandbox/keys").json() == {
        "keys": [
            {"access_key": "sandbox-access-key", "user_id": "9547", "wallet": "9547.bal"},
            {"access_key": "second-key", "user_id": "9548", "wallet": "9548.bal"},
        ]
    }
    assert created.user_id == "9548"


def test_the_balances_endpoint_names_the_customers_user(local: tuple[Sandbox, httpx.Client]) -> None:
    sandbox, http = local
    sandbox.keys.create("second-key", "second-secret", balances={"BTC": "1.25"})
    default = http.get("/__sandbox/balances").json()  # the first configured key's customer
    assert sorted(default) == ["balances", "user_id"] and default["user_id"] == "9547"
    assert {"account": "9547.bal", "wallet_type": 0, "currency": "BTC", "amount": "10"} in default["balances"]
    second = http.get("/__sandbox/balances", params={"access_key": "second-key"}).json()
    assert second["user_id"] == "9548"
    assert [row for row in second["balances"] if row["account"] == "9548.bal"] == [
        {"account": "9548.bal", "wallet_type": 0, "currency": "BTC", "amount": "1.25"}
    ]


def test_the_balances_endpoint_of_a_sandbox_without_configured_keys_needs_an_access_key() -> None:
    with Sandbox(keys={}) as sandbox, httpx.Client(base_url=BASE_URL, transport=sandbox.transport()) as http:
        assert http.get("/__sandbox/keys").json() == {"keys": []}
        refused = http.get("/__sandbox/balances")
        assert (refused.status_code, refused.json()) == (400, {"error": "no customer with access key ''"})
        created = sandbox.keys.create("only-key", "only-secret", balances={"ETH": "3"})
        found = http.get("/__sandbox/balances", params={"access_key": "only-key"}).json()
        assert found["user_id"] == created.user_id


# ---- the clock ------------------------------------------------------------------------------------


class Wall:
    """A real-time clock the test moves by hand (ms)."""

    def __init__(self, now_ms: int) -> None:
        self.now_ms = now_ms

    def __call__(self) -> int:
        return self.now_ms


def test_restoring_the_clock_to_now_changes_nothing_not_even_a_rounding() -> None:
    wall = Wall(0)
    clock = SandboxClock(speed=1.5, start_ms=0, wall=wall)
    wall.now_ms = 1
    assert clock.now_ms() == 1  # 1.5 ms, in whole ms
    clock.restore(1)  # not later than now: the clock keeps its anchor
    wall.now_ms = 2
    assert clock.now_ms() == 3  # 3 ms since the start, not 1 + 1.5 rounded down
    clock.restore(2)  # earlier
    assert clock.now_ms() == 3
    clock.restore(1_000)  # later: continues from there at its speed
    assert clock.now_ms() == 1_000
    wall.now_ms = 4
    assert clock.now_ms() == 1_003


@pytest.mark.parametrize(
    ("speed", "error"),
    [
        (0, "the clock speed must be positive"),
        (-1.0, "the clock speed must be positive"),
        (float("nan"), "the clock speed must be positive"),
        (float("inf"), "the clock speed must be finite"),
    ],
)
def test_a_speed_not_positive_and_finite_is_refused_with_its_message(speed: float, error: str) -> None:
    clock = SandboxClock()
    with pytest.raises(ValueError) as caught:
        clock.set_speed(speed)
    assert str(caught.value) == error
    assert clock.speed == 1.0
    with pytest.raises(ValueError) as caught:
        SandboxClock(speed=speed)
    assert str(caught.value) == error
    with pytest.raises(ValueError) as caught:
        Sandbox(clock_speed=speed)
    assert str(caught.value) == error


def test_the_speed_is_kept_as_a_float_and_an_infinite_advance_is_refused() -> None:
    clock = SandboxClock(speed=2, start_ms=0, wall=Wall(0))
    assert (clock.speed, type(clock.speed)) == (2.0, float)
    clock.set_speed(3)
    assert (clock.speed, type(clock.speed)) == (3.0, float)
    with pytest.raises(ValueError) as caught:
        clock.advance(float("inf"))
    assert str(caught.value) == "advance_seconds must be finite"
    assert clock.now_ms() == 0


# ---- the judge ------------------------------------------------------------------------------------


def test_a_refusal_is_an_exception_whose_text_is_its_message() -> None:
    judge = Judge(lambda access_key: None)
    with pytest.raises(Refused) as caught:
        judge.check("GET", "/x", [], b"", {"x-matrixport-access-key": "nobody"})
    assert (caught.value.code, caught.value.message) == (17002013, "akid illegal: unknown access key")
    assert str(caught.value) == "akid illegal: unknown access key"
    assert caught.value.args == ("akid illegal: unknown access key",)


# ---- the state flows ------------------------------------------------------------------------------


def test_a_settled_fixed_staking_order_shows_its_payback_time_and_rate(sandbox: Sandbox) -> None:
    answers: dict[str, Any] = {}  # the last JSON body of each path, as it came over the wire

    def keep(response: httpx.Response) -> None:
        response.read()
        answers[response.request.url.path] = json.loads(response.content)

    credentials = sandbox.keys.default
    http = httpx.Client(base_url=BASE_URL, transport=sandbox.transport(), event_hooks={"response": [keep]})
    with Matrixport(credentials.access_key, credentials.secret_key, BASE_URL, http_client=http) as client:
        fs = client.fixed_staking
        created = fs.create_order(product_id=FS_PRODUCT, amount_dec=Decimal("2"))
        sandbox.advance(5)
        order = fs.get_order_detail(order_id=created.serial_number)
        assert (order.payback_time, order.ror) == (0, Decimal("0"))
        sandbox.advance(40 * 86_400)
        settled = fs.get_order_detail(order_id=created.serial_number)
        # settled when its settling minute is over: one minute after the settlement time, in seconds
        paid_at = order.end_settled_time + 60
        wire = answers["/eth-two/api/v2/order"]["data"]  # getOrderDetail
        assert (wire["payback_time"], type(wire["payback_time"])) == (paid_at, int)  # an integer, not 1.7e9
        assert wire["ror"] == 8_000_000  # the product's rate, e8
        assert (settled.payback_time, settled.ror) == (paid_at, Decimal("0.08"))
        payback = fs.get_redeem_detail(order_id=created.serial_number).order_payback
        assert (payback.payback_time, payback.ror) == (paid_at, Decimal("0.08"))
        [listed] = [o for o in fs.list_orders(limit=50).items if o.id == created.serial_number]
        assert (listed.payback_time, listed.ror) == (paid_at, Decimal("0.08"))


def test_a_renewal_is_renewing_before_it_is_renewed(client: Matrixport, sandbox: Sandbox) -> None:
    pb = client.prime_broker
    due = pb.get_order_detail(order_id=ACTIVE_LOAN_ID).due_time
    pb.renew_order(
        allocation_amount=Decimal("20000"),
        order_id=ACTIVE_LOAN_ID,
        request_id="renew-steps-1",
        time_milli=due + 30 * 86_400_000,
    )

    def renewals() -> list[str]:
        return [str(o.order_id) for o in pb.list_orders(limit=50).items if o.pre_order_id == ACTIVE_LOAN_ID]

    assert pb.get_order_detail(order_id=ACTIVE_LOAN_ID).status.value == 15  # applied
    sandbox.advance(15)
    assert pb.get_order_detail(order_id=ACTIVE_LOAN_ID).status.value == 17  # renewing
    assert renewals() == []
    sandbox.advance(15)
    assert pb.get_order_detail(order_id=ACTIVE_LOAN_ID).status.value == 19  # renewed
    assert len(renewals()) == 1


def test_the_clock_goes_up_to_the_last_instant_a_date_can_show_and_no_further() -> None:
    from matrixport.sandbox.clock import LATEST_MS, MAX_SPEED, SandboxClock

    assert LATEST_MS == 253_402_300_799_999 and MAX_SPEED == 1_000_000
    clock = SandboxClock(start_ms=LATEST_MS - 1000, wall=lambda: 0)
    assert clock.advance(1) == LATEST_MS
    with pytest.raises(ValueError) as refused:
        clock.advance(0.001)
    assert str(refused.value) == "the sandbox clock cannot pass 9999-12-31T23:59:59.999Z"
    assert clock.now_ms() == LATEST_MS
    clock.set_speed(1_000_000)
    assert clock.speed == 1_000_000.0
