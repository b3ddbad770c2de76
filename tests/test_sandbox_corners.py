"""Corners of the sandbox no other test reached: what its users see of them, to the exact value.

- an operation its document's state model does not handle answers the documented example,
  its offset/limit paging applied for real (`SandboxCore._example`);
- a Fixed-Income purchase that fails for want of funds gives its product quota back, and a
  sold-out product is on sale again (`FixedTerm._give_back_quota`);
- a state file's sandbox clock carries over a restart and never goes back (`SandboxClock.restore`);
- `DELETE /__sandbox/faults` ends fault mode (`Control.clear_faults`);
- `repr(sandbox)`, `list(sandbox.keys)` and the user id the command line prints for its key
  (`Sandbox.__repr__`, `Keys.__iter__`, `SandboxCore.keys_user`).

Tests that take the `sandbox` fixture have every API answer checked against the spec's strict models.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from matrixport import Matrixport
from matrixport.errors import HTTPStatusError
from matrixport.sandbox import Sandbox
from matrixport.sandbox.clock import SandboxClock
from matrixport.sandbox.sandbox import BASE_URL
from matrixport.sandbox.spec import bundled_spec

from tests.test_sandbox_control import REMOTE, TOKEN, control

FI_PRODUCT = "6820591484295766016"
"""USDT, 100 to 1000 a purchase, 1000 per customer, 1000 of quota (see models/fixed_income.py)."""
DAY_S = 86_400


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Matrixport]:
    with sandbox.client(retry_backoff=0.001) as instance:
        yield instance


def documented(document: str, operation_id: str) -> Any:
    return copy.deepcopy(bundled_spec().operation(document, operation_id).example)


def without_handler(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, document: str, operation_id: str
) -> None:
    """The document's state model no longer handles `operation_id` (as if it had no handler for it)."""
    model = sandbox.core.world.models[document]
    handler = model.handler
    monkeypatch.setattr(model, "handler", lambda wanted: None if wanted == operation_id else handler(wanted))


# ---- an operation without a handler answers its documented example ----------------------------


def test_an_unhandled_offset_list_answers_the_documented_items_paged_with_their_real_total(
    sandbox: Sandbox, client: Matrixport, monkeypatch: pytest.MonkeyPatch
) -> None:
    example = documented("prime-broker", "listAccountTransferRecords")
    serials = [item["serial_no"] for item in example["items"]]
    assert len(serials) == 5 and example["count"] == 802  # the document's total is not the example's
    without_handler(sandbox, monkeypatch, "prime-broker", "listAccountTransferRecords")
    pb = client.prime_broker

    page = pb.list_account_transfer_records(offset=1, limit=2)
    assert [item.serial_no for item in page.items] == serials[1:3]
    assert page.count == 5
    first = page.items[0]
    assert (first.user_id, first.from_account, first.to_account, first.amount) == (
        "606113",
        "606113.bal",
        "capital_Matrixport",
        Decimal("22"),
    )  # the example as documented, not made the customer's (the model's own list would be)
    page = pb.list_account_transfer_records(limit=10)  # the page before took nothing from the example
    assert [item.serial_no for item in page.items] == serials
    assert page.count == 5
    page = pb.list_account_transfer_records(offset=4, limit=10)
    assert ([item.serial_no for item in page.items], page.count) == (serials[4:], 5)
    page = pb.list_account_transfer_records(offset=5, limit=10)
    assert (page.items, page.count) == ([], 5)


def test_an_unhandled_list_asked_without_offset_or_limit_answers_every_documented_item(
    sandbox: Sandbox, client: Matrixport, monkeypatch: pytest.MonkeyPatch
) -> None:
    example = documented("fixed-income", "listProducts")
    assert example["count"] == 23 and len(example["items"]) == 1
    assert len(client.fixed_income.list_products().items) == 2  # the model's catalogue, before
    without_handler(sandbox, monkeypatch, "fixed-income", "listProducts")
    listed = client.fixed_income.list_products()
    assert [product.id for product in listed.items] == [example["items"][0]["id"]]
    assert listed.count == 1


def test_an_unhandled_operation_that_does_not_page_answers_its_example_whole(
    sandbox: Sandbox, client: Matrixport, monkeypatch: pytest.MonkeyPatch
) -> None:
    example = documented("t-bills", "getUserBalance")
    assert client.t_bills.get_user_balance(currency="USDT").balance == Decimal(1_000_000)  # the model's
    without_handler(sandbox, monkeypatch, "t-bills", "getUserBalance")
    balance = client.t_bills.get_user_balance(currency="USDT")
    assert (balance.user_id, balance.currency, balance.balance) == ("670173", "USDT", Decimal("110000897831"))
    assert example == {"user_id": "670173", "currency": "USDT", "balance": "110000897831"}


def test_an_unhandled_download_answers_the_documented_file(
    sandbox: Sandbox, client: Matrixport, monkeypatch: pytest.MonkeyPatch
) -> None:
    without_handler(sandbox, monkeypatch, "t-bills", "downloadStatement")
    download = client.t_bills.download_statement(short_uri="6HBJpi")
    assert download.content == b"%PDF-1.4\n% Matrixport sandbox sample file\n%%EOF\n"
    assert download.content_type == "application/octet-stream"
    assert download.filename is None  # the model's answer names the file; the bare example does not


# ---- a purchase that fails gives its quota back ---------------------------------------------------


def test_a_purchase_without_the_funds_fails_and_gives_its_quota_back(sandbox: Sandbox) -> None:
    short = sandbox.keys.create(balances={"USDT": "150"})
    with sandbox.client(short, retry_backoff=0.001) as client:
        fi = client.fixed_income
        created = fi.create_order(product_id=FI_PRODUCT, amount_dec=Decimal("1000"))
        quota = fi.get_product_quota(product_id=FI_PRODUCT)
        assert (quota.product_left_quota_dec, quota.user_left_quota_dec) == (Decimal(0), Decimal(0))
        assert fi.get_product_detail(product_id=FI_PRODUCT).status == 3  # sold out

        sandbox.advance(5)  # the purchase is confirmed or fails: 150 USDT of 1000
        result = fi.get_order_result(serial_number=created.serial_number)
        assert (result.status, result.failed_code) == (2, 1203007)
        assert result.failed_message == f"{short.wallet} holds 150 USDT, 1000 needed"
        assert fi.get_order_detail(order_id=str(result.order_id)).order_status == 3  # canceled
        quota = fi.get_product_quota(product_id=FI_PRODUCT)
        assert (quota.product_left_quota_dec, quota.user_left_quota_dec) == (Decimal(1000), Decimal(1000))
        assert fi.get_product_detail(product_id=FI_PRODUCT).status == 2  # on sale again
        assert sandbox.balance(short.wallet, "USDT", credentials=short) == Decimal(150)

        again = fi.create_order(product_id=FI_PRODUCT, amount_dec=Decimal("100"))
        sandbox.advance(5)
        assert fi.get_order_result(serial_number=again.serial_number).status == 1  # purchased
        quota = fi.get_product_quota(product_id=FI_PRODUCT)
        assert (quota.product_left_quota_dec, quota.user_left_quota_dec) == (Decimal(900), Decimal(900))
    assert sandbox.balance(short.wallet, "USDT", credentials=short) == Decimal(50)


# ---- the clock of a state file --------------------------------------------------------------------


def test_a_state_files_clock_carries_over_a_restart(tmp_path: Path) -> None:
    state = tmp_path / "sandbox.sqlite"
    with Sandbox(state=state) as sandbox:
        moved = sandbox.advance(3 * DAY_S)
    with Sandbox(state=state) as sandbox:
        now = sandbox.clock.now_ms()
        assert moved <= now < moved + 60_000  # from where it was, not back at real time (3 days before)
        sandbox.reset()  # a wiped state starts over at real time
        assert sandbox.clock.now_ms() < moved - 2 * DAY_S * 1000
    with Sandbox(state=state) as sandbox:
        assert sandbox.clock.now_ms() < moved - 2 * DAY_S * 1000  # the reset state kept no clock


class Wall:
    """A real-time clock the test moves by hand (ms)."""

    def __init__(self, now_ms: int) -> None:
        self.now_ms = now_ms

    def __call__(self) -> int:
        return self.now_ms


def test_restoring_the_clock_continues_from_a_later_time_at_its_speed() -> None:
    wall = Wall(1_000)
    clock = SandboxClock(speed=2, start_ms=5_000, wall=wall)
    wall.now_ms = 2_000
    assert clock.now_ms() == 7_000
    clock.restore(10_000)
    assert clock.now_ms() == 10_000
    wall.now_ms = 2_500
    assert clock.now_ms() == 11_000
    clock.restore(10_500)  # earlier than now: the clock never goes back
    assert clock.now_ms() == 11_000
    clock.restore(11_000)  # now itself: nothing changes
    wall.now_ms = 3_000
    assert clock.now_ms() == 12_000
    assert repr(clock) == "SandboxClock(now_ms=12000, speed=2.0)"


# ---- fault mode ends ------------------------------------------------------------------------------


async def test_deleting_the_faults_ends_fault_mode() -> None:
    settings = {
        "rate": 1,
        "kinds": ["500"],
        "seed": 7,
        "sequence": ["429"],
        "operations": ["getTotalPosition"],
    }
    with (
        Sandbox(admin_token=TOKEN) as sandbox,
        httpx.Client(base_url=BASE_URL, transport=sandbox.transport()) as local,
        sandbox.client(max_retries=0) as client,
    ):
        assert local.post("/__sandbox/faults", json=settings).status_code == 200
        with pytest.raises(HTTPStatusError) as refused:
            client.balance_plus.get_total_position()
        assert refused.value.status_code == 429
        assert (await control(sandbox, "DELETE", "faults", REMOTE)).status_code == 403
        assert sandbox.faults.active  # a peer without the admin token cannot end them

        cleared = local.delete("/__sandbox/faults")
        assert cleared.status_code == 200
        assert cleared.json() == {
            "rate": 0.0,
            "kinds": ["429", "500", "drop", "delay", "garbage"],
            "delay": 2.0,
            "seed": None,
            "sequence": [],
            "operations": [],
        }
        assert not sandbox.faults.active
        assert local.get("/__sandbox/faults").json() == cleared.json()
        assert client.balance_plus.get_total_position().total_asset == Decimal(0)  # no 500 any more


# ---- the sandbox as a value -----------------------------------------------------------------------


def test_the_repr_names_the_state_and_the_clock(tmp_path: Path) -> None:
    with Sandbox(clock_speed=2) as sandbox:
        before = sandbox.clock.now_ms()
        shown = repr(sandbox)
        after = sandbox.clock.now_ms()
    found = re.fullmatch(r"Sandbox\(state='memory', clock=SandboxClock\(now_ms=(\d+), speed=2\.0\)\)", shown)
    assert found is not None, shown
    assert before <= int(found[1]) <= after
    state = tmp_path / "state.sqlite"
    with Sandbox(state=state) as sandbox:
        assert repr(sandbox).startswith(f"Sandbox(state={str(state)!r}, clock=SandboxClock(now_ms=")


def test_the_keys_iterate_as_access_keys_in_the_order_the_customers_came() -> None:
    with Sandbox(keys={"first-key": "first-secret", "second-key": "second-secret"}) as sandbox:
        assert list(sandbox.keys) == ["first-key", "second-key"]
        sandbox.keys.create("third-key", "third-secret")
        created = sandbox.keys.create()
        assert list(sandbox.keys) == ["first-key", "second-key", "third-key", created.access_key]
        sandbox.reset()
        assert list(sandbox.keys) == ["first-key", "second-key"]


def test_the_user_of_an_access_key_as_the_command_line_prints_it() -> None:
    with Sandbox() as sandbox:
        other = sandbox.keys.create("other-key")
        assert sandbox.core.keys_user("sandbox-access-key") == "9547"
        assert sandbox.core.keys_user("other-key") == other.user_id == "9548"
        assert sandbox.core.keys_user("no-such-key") == "?"
