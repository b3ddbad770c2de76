"""The `matrixport` command, run as users run it: `matrixport.cli.main`, which the installed script
calls, in this process (and the script itself once, in its own).

Against a sandbox served on a free port (one with its defaults, one failing every request with HTTP
500), and against a small fake API of this file for what the sandbox does not do
deterministically (a list that pages, a result that stays pending). Values are compared with what
the Python client returns for the same call, so the command is checked to show exactly that.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs
import click
import httpx
import pytest
from click.testing import CliRunner
from matrixport import Matrixport
from matrixport._results import Accepted, Download, RawResponse
from matrixport._tolerant import Invalid, Problem
from matrixport._types import UNSET
from matrixport.cli import main
from matrixport.cli._catalog import all_operations, documents
from matrixport.cli._exit import Exit, exit_status
from matrixport.cli._output import write_jsonl
from matrixport.errors import InvalidRequestError
from matrixport.prime_broker.models import OrderStatus
from matrixport.sandbox import Faults, Sandbox

from tests.conftest import ACCESS_KEY, SECRET_KEY

COMMAND = str(Path(sys.executable).with_name("matrixport"))
SPECS = Path(__file__).resolve().parent.parent / "generated" / "_specs"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def sandbox() -> Iterator[str]:
    # Sandbox time 600 times faster than real time: a transfer's 30 s processing takes 0.05 s.
    with Sandbox(clock_speed=600) as box, box.serve() as url:
        yield url


@pytest.fixture(scope="module")
def failing_sandbox() -> Iterator[str]:
    with Sandbox(faults=Faults(rate=1, kinds=("500",))) as box, box.serve() as url:
        yield url


@dataclass
class Ran:
    """What one run of the command printed, and its exit status (as `subprocess.CompletedProcess`)."""

    returncode: int
    stdout: str
    stderr: str


def command_environment(base_url: str | None, environment: dict[str, str]) -> dict[str, str | None]:
    """The user's environment without their Matrixport settings; `""` removes a variable."""
    env: dict[str, str | None] = {key: None for key in os.environ if key.startswith("MATRIXPORT_")}
    env.update(MATRIXPORT_ACCESS_KEY=ACCESS_KEY, MATRIXPORT_SECRET_KEY=SECRET_KEY, COLUMNS="160", LINES=None)
    if base_url is not None:
        env["MATRIXPORT_BASE_URL"] = base_url
    env.update({key: value or None for key, value in environment.items()})
    return env


def matrixport(*args: str, base_url: str | None = None, **environment: str) -> Ran:
    """Run the command in this process, as the `matrixport` script does (`matrixport.cli.main`).

    In process, so a mutation run can see which of the command's functions each test calls; the
    installed script itself is run by `installed` below.
    """
    with CliRunner().isolation(env=command_environment(base_url, environment)) as (out, err, _):
        click.formatting.FORCED_WIDTH = None  # wrap by COLUMNS, as a terminal does (the runner forces 80)
        status = main(list(args))
        sys.stdout.flush()
        sys.stderr.flush()
        return Ran(int(status), out.getvalue().decode(), err.getvalue().decode())


def installed(*args: str, base_url: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed `matrixport` script in its own process."""
    kept = (k for k in os.environ if not k.startswith("MATRIXPORT_") and k not in ("COLUMNS", "LINES"))
    env = {key: os.environ[key] for key in kept}
    env.update({k: v for k, v in command_environment(base_url, {}).items() if v is not None}, PYTHONUTF8="1")
    return subprocess.run([COMMAND, *args], capture_output=True, text=True, env=env, timeout=120, check=False)


def as_json(result: Ran | subprocess.CompletedProcess[str]) -> Any:
    assert result.returncode == Exit.OK, result.stderr
    return json.loads(result.stdout)


def plain(value: Decimal) -> str:
    return format(value, "f")


# Help at every level, from the same operation data as the client.


def test_the_installed_script_runs_the_command(sandbox: str) -> None:
    assert installed("--help").stdout == matrixport("--help").stdout
    result = installed("balance-plus", "get-total-position", base_url=sandbox)
    assert as_json(result) == as_json(matrixport("balance-plus", "get-total-position", base_url=sandbox))


def test_help_lists_the_documents_and_the_exit_statuses() -> None:
    result = matrixport("--help")
    assert result.returncode == 0
    for command in ("balance-plus", "fixed-income", "fixed-staking", "prime-broker", "t-bills"):
        assert command in result.stdout
    for status in Exit:
        assert f"{status.value:>3}  " in result.stdout
    assert "MATRIXPORT_ACCESS_KEY" in result.stdout


def test_document_help_lists_every_operation() -> None:
    result = matrixport("prime-broker", "--help")
    assert result.returncode == 0
    operations = documents()["prime-broker"].operations
    assert len(operations) == 29
    for command in operations:
        assert f"  {command}" in result.stdout
    assert "Transfer" in result.stdout


def test_operation_help_lists_its_arguments_and_modes() -> None:
    result = matrixport("prime-broker", "create-transfer", "--help")
    assert result.returncode == 0
    text = result.stdout
    for option in ("--from-account", "--to-account", "--currency", "--amount DECIMAL", "--serial-no"):
        assert option in text
    assert "Idempotency key: generated when not given" in text  # the docstring's help, per argument
    assert "--wait" in text and "get-transfer-record" in text  # the result operation it can follow
    assert "--all" not in text  # does not page
    assert "--output [table|json|jsonl]" in text
    assert text.count("[required]") == 4
    listing = matrixport("prime-broker", "list-orders", "--help").stdout
    assert "--all" in listing and "--max-items" in listing
    assert "One of: " in listing and "PENDING" in listing  # enum members by name and value


def test_every_operation_has_a_command() -> None:
    operations = list(all_operations())
    assert len(operations) == 90
    from matrixport.cli._commands import operation_command

    for info in operations:  # building a command refuses arguments that shadow its own options
        command = operation_command(info)
        assert {param.name for param in command.params} >= {f"arg_{p.name}" for p in info.parameters}


# Results: exact JSON, tables.


def test_json_prints_exact_decimals(sandbox: str) -> None:
    result = matrixport(
        "balance-plus", "get-currency-detail", "--currency", "BTC", "--output", "json", base_url=sandbox
    )
    shown = as_json(result)
    with Matrixport(ACCESS_KEY, SECRET_KEY, sandbox) as client:
        detail = client.balance_plus.get_currency_detail(currency="BTC")
    assert shown["current_apy"] == plain(detail.current_apy)
    assert shown["pool_supply"] == plain(detail.pool_supply)
    assert shown["policy"]["inflection_point"] == plain(detail.policy.inflection_point)
    assert shown["product_status"] == detail.product_status.value
    assert f'"current_apy": "{plain(detail.current_apy)}"' in result.stdout  # a JSON string, never a number
    assert len(plain(detail.current_apy)) > 17  # more digits than a float holds


def test_table_output(sandbox: str) -> None:
    result = matrixport(
        "balance-plus", "get-currency-detail", "--currency", "BTC", "--output", "table", base_url=sandbox
    )
    assert result.returncode == 0, result.stderr
    with Matrixport(ACCESS_KEY, SECRET_KEY, sandbox) as client:
        detail = client.balance_plus.get_currency_detail(currency="BTC")
    assert "current_apy" in result.stdout
    assert plain(detail.current_apy) in result.stdout
    assert f"{detail.product_status.name} ({detail.product_status.value})" in result.stdout
    assert "┏" in result.stdout  # a rich table (the product's i18n rows)


def test_one_operation_of_each_document_end_to_end(sandbox: str) -> None:
    with Matrixport(ACCESS_KEY, SECRET_KEY, sandbox) as client:
        position = client.balance_plus.get_total_position()
        product_id = client.fixed_income.list_products().items[0].id  # type: ignore[index]
        product = client.fixed_income.get_product_detail(product_id=product_id)
        staking = client.fixed_staking.list_products()
        balance = client.prime_broker.get_account_balance(account_id="9547_huobi_1")
        t_bills = client.t_bills.get_user_balance(currency="USDC")
    shown = as_json(matrixport("balance-plus", "get-total-position", base_url=sandbox))
    assert shown["total_asset"] == plain(position.total_asset)
    shown = as_json(
        matrixport("fixed-income", "get-product-detail", "--product-id", str(product_id), base_url=sandbox)
    )
    assert shown["id"] == product.id
    assert shown["ror"] == plain(product.ror)  # e8 on the wire, shown scaled as the client reads it
    shown = as_json(matrixport("fixed-staking", "list-products", base_url=sandbox))
    assert [item["id"] for item in shown["items"]] == [item.id for item in staking.items]
    assert shown["items"][0]["share_price"] == plain(staking.items[0].share_price)
    shown = as_json(
        matrixport("prime-broker", "get-account-balance", "--account-id", "9547_huobi_1", base_url=sandbox)
    )
    assert [item["amount"] for item in shown] == [plain(item.amount) for item in balance]
    shown = as_json(matrixport("t-bills", "get-user-balance", "--currency", "USDC", base_url=sandbox))
    assert shown == json.loads(json.dumps(_plain_model(t_bills)))


def _plain_model(value: Any) -> Any:
    from matrixport.cli._output import plain as to_plain

    return to_plain(value)


def test_a_write_returns_its_key_and_wait_follows_it_to_the_outcome(sandbox: str) -> None:
    result = matrixport(
        "prime-broker", "create-transfer", "--from-account", "9547_huobi_1", "--to-account", "9547_okex_1",
        "--currency", "BTC", "--amount", "0.123456", "--serial-no", "cli-test-0001", "--wait",
        "--interval", "0.1", base_url=sandbox,
    )  # fmt: skip
    shown = as_json(result)
    assert shown["submitted"]["idempotency_key"] == "cli-test-0001"
    assert "get-transfer-record serial_no='cli-test-0001'" in result.stderr
    with Matrixport(ACCESS_KEY, SECRET_KEY, sandbox) as client:
        record = client.prime_broker.get_transfer_record(serial_no="cli-test-0001")
    assert shown["outcome"]["process"] == record.process.value == 3  # succeeded
    assert shown["outcome"]["amount"] == plain(record.amount)


def test_sandbox_flag_starts_its_own_sandbox() -> None:
    result = matrixport(
        "balance-plus", "get-total-position", "--sandbox", "--output", "json",
        MATRIXPORT_ACCESS_KEY="", MATRIXPORT_SECRET_KEY="",
    )  # fmt: skip
    shown = as_json(result)
    assert Decimal(shown["total_asset"]) >= 0


# Paging, with a progress bar on stderr.


def test_all_pages_through_the_sandbox_with_a_progress_bar(sandbox: str) -> None:
    result = matrixport("prime-broker", "list-orders", "--limit", "2", "--all", base_url=sandbox)
    items = as_json(result)
    with Matrixport(ACCESS_KEY, SECRET_KEY, sandbox) as client:
        every = [order.order_id for order in client.prime_broker.iter_list_orders(limit=10)]
    assert len(every) > 2, "the sandbox's customer has more orders than one page holds"
    assert [item["order_id"] for item in items] == every
    assert "list_orders" in result.stderr and f"{len(every)}/{len(every)}" in result.stderr
    first_two = as_json(
        matrixport(
            "prime-broker", "list-orders", "--limit", "1", "--all", "--max-items", "2", base_url=sandbox
        )
    )
    assert [item["order_id"] for item in first_two] == every[:2]


def test_all_walks_every_page(fake_api: FakeAPI) -> None:
    result = matrixport("prime-broker", "list-orders", "--limit", "2", "--all", base_url=fake_api.url)
    items = as_json(result)
    assert [item["order_id"] for item in items] == [f"order-{n}" for n in range(5)]
    assert [request["offset"] for request in fake_api.requests("/credit/agency/v1/orders")] == ["0", "2", "4"]
    assert "page 3" in result.stderr and "5/5" in result.stderr
    lines = matrixport(
        "prime-broker", "list-orders", "--limit", "2", "--all", "-o", "jsonl", base_url=fake_api.url
    )
    assert [json.loads(line)["order_id"] for line in lines.stdout.splitlines()] == [
        f"order-{n}" for n in range(5)
    ]
    refused = matrixport(
        "prime-broker", "list-orders", "--limit", "2", "--all", "--offset", "2", base_url=fake_api.url
    )
    assert refused.returncode == Exit.INVALID and "leave out --offset" in refused.stderr


# Errors: the MatrixportError's message, and a status per kind.


def test_a_bad_argument_exits_with_the_invalid_request_message(sandbox: str) -> None:
    result = matrixport("prime-broker", "list-orders", "--limit", "2", "--status", "99", base_url=sandbox)
    assert result.returncode == Exit.INVALID == 2
    assert "error: list_orders: status must be a OrderStatus (one of " in result.stderr
    assert result.stdout == ""
    result = matrixport("prime-broker", "list-orders", "--limit", "ten", base_url=sandbox)
    assert result.returncode == Exit.INVALID
    assert "error: list_orders: limit must be an integer, not 'ten'" in result.stderr
    result = matrixport(
        "prime-broker", "create-transfer", "--from-account", "a", "--to-account", "b", "--currency", "BTC",
        "--amount", "1.5.5", base_url=sandbox,
    )  # fmt: skip
    assert result.returncode == Exit.INVALID
    assert "error: create_transfer: amount is not a number: '1.5.5'" in result.stderr
    result = matrixport("prime-broker", "list-orders", base_url=sandbox)
    assert result.returncode == Exit.INVALID and "Missing option '--limit'" in result.stderr


def test_statuses_per_kind_of_failure(sandbox: str) -> None:
    result = matrixport("balance-plus", "get-total-position", base_url=sandbox, MATRIXPORT_ACCESS_KEY="")
    assert result.returncode == Exit.CONFIGURATION and "MATRIXPORT_ACCESS_KEY" in result.stderr
    result = matrixport(
        "balance-plus", "get-total-position", base_url=sandbox, MATRIXPORT_ACCESS_KEY="not-a-key"
    )
    assert result.returncode == Exit.API_ERROR
    assert "code: 17002013 (IllegalAccessKey)" in result.stderr and "request id: " in result.stderr
    assert "sandbox-secret-key" not in result.stderr
    closed = f"http://127.0.0.1:{free_port()}"
    result = matrixport("balance-plus", "get-total-position", "--max-retries", "0", base_url=closed)
    assert result.returncode == Exit.TRANSPORT and "error: " in result.stderr


def test_a_write_whose_outcome_is_unknown_says_how_to_check_it(failing_sandbox: str) -> None:
    result = matrixport(
        "prime-broker", "create-transfer", "--from-account", "a", "--to-account", "b", "--currency", "BTC",
        "--amount", "1", "--serial-no", "cli-unknown-1", "--max-retries", "0", base_url=failing_sandbox,
    )  # fmt: skip
    assert result.returncode == Exit.OUTCOME_UNKNOWN == 8
    assert "idempotency key: cli-unknown-1" in result.stderr
    assert (
        "check with: matrixport prime-broker get-transfer-record --serial-no cli-unknown-1" in result.stderr
    )


def test_wait_exits_by_the_outcome(fake_api: FakeAPI) -> None:
    done = matrixport(
        "prime-broker", "get-transfer-record", "--serial-no", "done-0001", "--wait", base_url=fake_api.url
    )
    assert as_json(done)["process"] == 3
    failed = matrixport(
        "prime-broker", "get-transfer-record", "--serial-no", "failed-0001", "--wait", base_url=fake_api.url
    )
    assert failed.returncode == Exit.OPERATION_FAILED
    pending = matrixport(
        "prime-broker", "get-transfer-record", "--serial-no", "pending-0001", "--wait",
        "--wait-timeout", "0.5", "--interval", "0.1", base_url=fake_api.url,
    )  # fmt: skip
    assert pending.returncode == Exit.WAIT_TIMEOUT and "still pending" in pending.stderr


def test_each_error_class_has_its_status() -> None:
    from matrixport import errors

    seen = {
        exit_status(errors.InvalidRequestError("x")),
        exit_status(errors.ConfigurationError("x")),
        exit_status(errors.APIError(1, "x")),
        exit_status(errors.HTTPStatusError(500, b"")),
        exit_status(errors.TransportError("x")),
        exit_status(errors.TimeoutError("x")),
        exit_status(errors.ResponseValidationError("x")),
        exit_status(errors.OperationFailedError("x", None)),
        exit_status(errors.WaitTimeoutError("x", 1.0, None)),
    }
    assert len(seen) == 8  # TimeoutError is a TransportError: the same status
    assert Exit.FAILED not in seen


def test_missing_extra_is_named() -> None:
    code = (
        "import sys; sys.modules['click'] = None; from matrixport.cli import main; sys.exit(main(['--help']))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == Exit.CONFIGURATION
    assert "pip install 'matrixport[cli]'" in result.stderr


# A fake API for what the sandbox does not do deterministically.


class FakeAPI:
    """Prime Broker's order list (5 orders, paged by offset) and transfer records that stay as named.

    A transfer record is done, failed or pending as its serial number starts (`done-...`), and has two
    fields not in their documented shape when the serial number says `broken`; pages of one order fail
    (HTTP 500) from the third on.
    """

    def __init__(self) -> None:
        spec = json.loads((SPECS / "prime-broker.json").read_text(encoding="utf-8"))
        self.order = _example(spec, "/credit/agency/v1/orders", "get")["data"]["items"][0]
        self.record = _example(spec, "/credit/agency/v1/allocate", "get")["data"]
        self.log: list[tuple[str, dict[str, Any]]] = []
        handler = self._handler()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, args=(0.01,), daemon=True).start()

    def requests(self, path: str) -> list[dict[str, Any]]:
        return [query for logged, query in self.log if logged == path]

    def answer(self, path: str, query: dict[str, str]) -> Any:
        if path == "/credit/agency/v1/orders":
            offset, limit = int(query.get("offset", 0)), int(query["limit"])
            items = [{**self.order, "order_id": f"order-{n}"} for n in range(5)][offset : offset + limit]
            if limit == 3:  # every item with the same field not in its documented shape
                items = [{**item, "interest_rate": "n/a"} for item in items]
            return {"count": 5, "items": items}
        if path == "/credit/agency/v1/allocate":
            kind = query["serial_no"].split("-")[0]
            process = {"done": 3, "failed": 4}.get(kind, 1)
            record = {**self.record, "serial_no": query["serial_no"], "process": process}
            if "broken" in query["serial_no"]:  # two fields not in their documented shape
                record.update(amount=[1], currency=7)
            return record
        return None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                url = urlsplit(self.path)
                query = {key: values[0] for key, values in parse_qs(url.query).items()}
                fake.log.append((url.path, query))
                one = url.path == "/credit/agency/v1/orders" and query.get("limit") == "1"
                if one and int(query.get("offset", 0)) >= 2:
                    self.send_response(500)  # pages of one item fail from the third on
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = json.dumps({"code": 0, "message": "", "data": fake.answer(url.path, query)}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                fake.log.append((self.path, json.loads(body, parse_float=Decimal)))
                answer = json.dumps({"code": 0, "message": "", "data": None}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: object) -> None:
                pass

        return Handler


def _example(spec: dict[str, Any], path: str, method: str) -> Any:
    content = spec["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    return next(iter(content["examples"].values()))["value"]


@pytest.fixture
def fake_api() -> Iterator[FakeAPI]:
    """A fresh one per test: what a test finds in its log is what it sent."""
    api = FakeAPI()
    yield api
    api.server.shutdown()
    api.server.server_close()


def test_the_fake_api_answers_as_the_client_expects(fake_api: FakeAPI) -> None:
    with Matrixport(ACCESS_KEY, SECRET_KEY, fake_api.url, strict=True) as client:
        orders = list(client.prime_broker.iter_list_orders(limit=2))
        record = client.prime_broker.get_transfer_record(serial_no="done-0002")
    assert [order.order_id for order in orders] == [f"order-{n}" for n in range(5)]
    assert record.process.value == 3
    assert httpx.get(f"{fake_api.url}/nothing").json()["data"] is None


def test_the_readme_lists_every_exit_status() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Command line", 1)[1].split("\n## ", 1)[0]
    listed = {
        int(row.split("|")[1])
        for row in section.splitlines()
        if row.startswith("| ") and row.split("|")[1].strip().isdigit()
    }
    assert listed == {status.value for status in Exit}


# What a write hands to the result operation `--wait` follows.

FOLLOWS = {
    "balance-plus create-deposit": ("get-deposit-withdraw-result", None, (), ("serial_number",), None),
    "balance-plus create-withdraw": ("get-deposit-withdraw-result", None, (), ("serial_number",), None),
    "fixed-income create-order": (
        "get-order-result",
        "serial_number",
        ("serial_number",),
        ("serial_number",),
        None,
    ),
    "fixed-staking create-order": ("get-order-result", None, (), ("serial_number",), None),
    "prime-broker create-profit-accrual": ("get-transfer-record", "serial_no", ("serial_no",), (), None),
    "prime-broker create-transfer": ("get-transfer-record", "serial_no", ("serial_no",), (), None),
    "t-bills create-deposit": ("get-order-result", None, (), (), "order_id"),
    "t-bills create-redemption": ("get-order-result", None, (), (), "order_id"),
}


def test_every_write_that_can_wait_follows_its_result_operation() -> None:
    found = {
        f"{info.document.command} {info.command}": (
            info.follow.result.command,
            info.follow.key,
            info.follow.from_arguments,
            info.follow.from_fields,
            info.follow.from_value,
        )
        for info in all_operations()
        if info.follow is not None
    }
    assert found == FOLLOWS
    waits = {f"{info.document.command} {info.command}" for info in all_operations() if info.waits}
    assert waits == {f"{write.split()[0]} {result}" for write, (result, *_) in FOLLOWS.items()}


def test_a_write_returning_a_bare_order_id_is_followed_by_it(sandbox: str) -> None:
    address = "0xeeca0021aC37547E771185FaEaC2E44C3C0f8A27"
    assert (
        matrixport("t-bills", "add-address-to-whitelist", "--address", address, base_url=sandbox).returncode
        == 0
    )
    with Matrixport(ACCESS_KEY, SECRET_KEY, sandbox) as client:
        product_id = client.t_bills.list_products().items[0].product_id  # type: ignore[index]
        deadline = time.monotonic() + 10
        while client.t_bills.get_address_whitelist_status(address=address).status.value != 2:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    result = matrixport(
        "t-bills", "create-deposit", "--address", address, "--amount", "100", "--ask-price-id", "",
        "--payment-currency", "USDT", "--product-id", product_id, "--wait", "--interval", "0.1",
        base_url=sandbox,
    )  # fmt: skip
    shown = as_json(result)
    order_id = shown["submitted"]
    assert isinstance(order_id, str) and order_id
    assert f"waiting for get-order-result order_id='{order_id}'" in result.stderr
    with Matrixport(ACCESS_KEY, SECRET_KEY, sandbox) as client:
        outcome = client.t_bills.get_order_result(order_id=order_id)
    assert shown["outcome"]["status"] == outcome.status.value == 60  # completed


# Tables, JSON lines and files.


def cells(text: str) -> list[list[str]]:
    """A rich table's rows (header included), each as its cells' text."""
    return [
        [cell.strip() for cell in line.strip()[1:-1].split(line.strip()[0])]
        for line in text.splitlines()
        if line.strip()[:1] in ("│", "┃")
    ]


def test_a_page_prints_as_rows_with_its_other_fields_under_them(fake_api: FakeAPI) -> None:
    result = matrixport(
        "prime-broker", "list-orders", "--limit", "2", "-o", "table", base_url=fake_api.url, COLUMNS="2000"
    )
    assert result.returncode == 0, result.stderr
    header, *rows = cells(result.stdout)
    assert header[:3] == ["user_id", "order_id", "allocation_currency"]
    assert [row[1] for row in rows] == ["order-0", "order-1"]
    assert rows[0][header.index("status")] == "CANCELED (-1)"
    assert rows[0][header.index("interest_rate")] == "0.032"
    assert result.stdout.rstrip().splitlines()[-1].strip() == "count: 5"


def test_all_as_a_table_prints_one_row_per_item(fake_api: FakeAPI) -> None:
    result = matrixport(
        "prime-broker", "list-orders", "--limit", "2", "--all", "-o", "table",
        base_url=fake_api.url, COLUMNS="2000",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    header, *rows = cells(result.stdout)
    assert header[1] == "order_id"
    assert [row[1] for row in rows] == [f"order-{n}" for n in range(5)]


def test_json_lines_of_one_record_is_one_line(fake_api: FakeAPI) -> None:
    result = matrixport(
        "prime-broker",
        "get-transfer-record",
        "--serial-no",
        "done-0003",
        "-o",
        "jsonl",
        base_url=fake_api.url,
    )
    [line] = result.stdout.splitlines()
    assert json.loads(line)["serial_no"] == "done-0003"
    page = matrixport("prime-broker", "list-orders", "--limit", "2", "-o", "jsonl", base_url=fake_api.url)
    assert [json.loads(line)["order_id"] for line in page.stdout.splitlines()] == ["order-0", "order-1"]


def test_a_wait_as_a_table_shows_what_was_submitted_and_the_outcome(sandbox: str) -> None:
    result = matrixport(
        "prime-broker", "create-transfer", "--from-account", "9547_huobi_1", "--to-account", "9547_okex_1",
        "--currency", "BTC", "--amount", "0.5", "--serial-no", "cli-table-0001", "--wait",
        "--interval", "0.1", "-o", "table", base_url=sandbox, COLUMNS="2000",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert lines[:4] == [
        "submitted idempotency_key cli-table-0001",
        f"request_id {lines[1].split()[-1]}",
        "data -",
        "confirmation -",
    ]
    assert "outcome process PROCESSED (3)" in lines
    assert {"amount 0.5", "serial_no cli-table-0001", "from_account 9547_huobi_1"} <= set(lines)


def rendered(renderable: Any) -> list[str]:
    from rich.console import Console

    console = Console(width=400, record=True, file=open(os.devnull, "w"))  # noqa: SIM115
    console.print(renderable)
    console.file.close()
    return [" ".join(line.split()) for line in console.export_text().splitlines() if line.strip()]


@attrs.define
class Row:
    """A model as the generated ones are: attrs, a keyword field with `_`, unknown fields kept."""

    id: int
    type_: Any = UNSET
    note: Any = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


PROBLEM = Problem("list_orders", "Row", "note", "expected a string, got 1")


def test_values_print_as_exact_json_data() -> None:
    from matrixport.cli._output import plain as to_plain

    problems: list[Problem] = []
    row = Row(
        7, type_=OrderStatus(-1), note=Invalid(PROBLEM), additional_properties={"extra": Decimal("1.50")}
    )
    assert to_plain(row, problems) == {"id": 7, "type": -1, "extra": "1.50"}
    assert problems == [PROBLEM]
    assert to_plain(Row(1)) == {"id": 1}
    assert to_plain([True, None, "x", Decimal("1E-8"), (1, 2), {3: Decimal("0")}]) == [
        True, None, "x", "0.00000001", [1, 2], {"3": "0"}
    ]  # fmt: skip
    assert to_plain(Download(b"%PDF", "application/pdf", "a.pdf")) == {
        "content_type": "application/pdf",
        "filename": "a.pdf",
        "bytes": 4,
    }
    accepted = Accepted("key-1", "req-1", None, None)
    assert to_plain(accepted) == {
        "idempotency_key": "key-1",
        "request_id": "req-1",
        "data": None,
        "confirmation": None,
    }
    assert to_plain(object.__new__(FakeAPI)).startswith("<tests.test_cli.FakeAPI object")


def test_cells_show_enums_by_name_and_value_and_never_a_float() -> None:
    from matrixport.cli._output import _rows

    problems: list[Problem] = []
    table = _rows(
        [
            Row(1, type_=OrderStatus(-1), note="a"),
            {
                "id": 2,
                "flag": True,
                "off": False,
                "none": None,
                "nested": {"x": Decimal("2.50")},
                "list": [Decimal("1.0")],
            },
            "bare",
        ],
        problems,
        caption="count: 3",
    )
    assert [line for line in rendered(table) if line[0] not in "┏┡└"] == [
        "┃ id ┃ type ┃ note ┃ flag ┃ off ┃ none ┃ nested ┃ list ┃ value ┃",
        "│ 1 │ CANCELED (-1) │ a │ │ │ │ │ │ │",
        '│ 2 │ │ │ true │ false │ - │ x 2.50 │ ["1.0"] │ │',
        "│ │ │ │ │ │ │ │ │ bare │",
        "count: 3",
    ]
    assert problems == []


def test_a_record_prints_as_field_value_pairs_without_what_it_lacks() -> None:
    from matrixport.cli._output import _renderable

    problems: list[Problem] = []
    shown = rendered(
        _renderable(
            {"row": Row(3, note=Invalid(PROBLEM), additional_properties={"k": "v"}), "rows": [{"a": 1}]},
            problems,
        )
    )
    assert shown[:3] == ["row id 3", "k v", "rows ┏━━━┓"]
    assert "┃ a ┃" in shown[3]
    assert problems == [PROBLEM]
    assert rendered(_renderable([], [])) == ["[]"]
    assert rendered(_renderable(Accepted("key-2", "req-2", None, None), [])) == [
        "idempotency_key key-2",
        "request_id req-2",
        "data -",
        "confirmation -",
    ]


# Arguments: text to the values the client takes.


def test_a_list_of_objects_is_json_and_the_option_repeats(fake_api: FakeAPI) -> None:
    result = matrixport(
        "prime-broker", "set-lending-account", "--order-id", "o-1",
        "--lending-accounts",
        '[{"account_id": "a1", "amount": "1.50"}, {"account_id": "a2", "amount": 2.25}]',
        "--lending-accounts", '{"account_id": "a3", "amount": "3"}',
        base_url=fake_api.url,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [sent] = fake_api.requests("/credit/agency/v1/order/leading_account")
    assert sent["order_id"] == "o-1"
    assert sent["lending_accounts"] == [
        {"account_id": "a1", "amount": "1.50"},
        {"account_id": "a2", "amount": "2.25"},  # a JSON number read exactly, sent as the client sends
        {"account_id": "a3", "amount": "3"},
    ]


@pytest.mark.parametrize(
    ("given", "refusal"),
    [
        ("not json", "lending_accounts is not valid JSON (Expecting value: line 1 column 1 (char 0))"),
        ("[1]", "lending_accounts must be a JSON object, not int"),
        ('"a1"', "lending_accounts must be a JSON object, not str"),
        (
            '{"account_id": 5, "amount": "x"}',
            "lending_accounts is not a LendingAccount: account_id: expected str, got int 5 (received 5);"
            " amount: decimal value is not a number: 'x' (received 'x')",
        ),
        ('{"amount": "1"}', "lending_accounts is not a LendingAccount: account_id: missing"),
    ],
)
def test_an_object_argument_that_is_not_one_is_refused_before_sending(
    fake_api: FakeAPI, given: str, refusal: str
) -> None:
    before = len(fake_api.log)
    result = matrixport(
        "prime-broker", "set-lending-account", "--order-id", "o-1", "--lending-accounts", given,
        base_url=fake_api.url,
    )  # fmt: skip
    assert result.returncode == Exit.INVALID
    assert result.stderr == f"error: set_lending_account: {refusal}\n"
    assert len(fake_api.log) == before


@pytest.mark.parametrize("given", ["CANCELED", "canceled", "-1"])
def test_an_enum_is_given_by_name_or_value(fake_api: FakeAPI, given: str) -> None:
    before = len(fake_api.log)
    result = matrixport(
        "prime-broker", "list-orders", "--limit", "1", "--status", given, base_url=fake_api.url
    )
    assert result.returncode == 0, result.stderr
    [(path, query)] = fake_api.log[before:]
    assert (path, query["status"], query["limit"]) == ("/credit/agency/v1/orders", "-1", "1")


def test_a_text_enum_is_given_by_name_or_value_and_anything_else_is_refused(sandbox: str) -> None:
    from matrixport.cli._values import _member
    from matrixport.prime_broker.models import AccountType, Exchange

    assert _member(AccountType, "exchange.sub") is AccountType.EXCHANGE_SUB
    assert _member(AccountType, "EXCHANGE_SUB") is AccountType.EXCHANGE_SUB
    assert _member(Exchange, "bit.com") is Exchange("bit.com")
    assert _member(OrderStatus, "7") is OrderStatus(7)
    assert _member(OrderStatus, "70") == 70  # an undocumented number: the client refuses it by the spec
    assert _member(AccountType, "7") == "7"
    result = matrixport(
        "prime-broker", "list-account-flows", "--account-type", "nope", "--limit", "1", base_url=sandbox
    )
    assert result.returncode == Exit.INVALID
    assert "error: list_account_flows: account_type must be a AccountType (one of " in result.stderr


def test_a_response_field_not_in_its_documented_shape_is_left_out_and_named(fake_api: FakeAPI) -> None:
    for output in ("json", "table", "jsonl"):
        result = matrixport(
            "prime-broker", "get-transfer-record", "--serial-no", "broken-0001", "-o", output,
            base_url=fake_api.url,
        )  # fmt: skip
        assert result.returncode == Exit.RESPONSE
        problems = [line for line in result.stderr.splitlines() if line.startswith("response problem: ")]
        assert problems == [
            "response problem: get_transfer_record: TransferRecord.amount: decimal value must be a Decimal,"
            " int or numeric string, not list (received [1])",
            "response problem: get_transfer_record: TransferRecord.currency: expected str, got int 7"
            " (received 7)",
        ]
        assert "broken-0001" in result.stdout and "amount" not in result.stdout


@pytest.mark.parametrize(
    ("operation", "check_with", "key", "command"),
    [
        (
            "create_transfer",
            "prime_broker.get_transfer_record",
            "k-0001",
            "matrixport prime-broker get-transfer-record --serial-no k-0001",
        ),
        (
            "create_transfer",
            "prime_broker.get_transfer_record",
            None,
            "matrixport prime-broker get-transfer-record",
        ),
        (
            "list_orders",
            "prime_broker.get_transfer_record",
            "k-0001",
            "matrixport prime-broker get-transfer-record",
        ),
        (
            "create_order",
            "fixed_income.get_order_result",
            "k-2",
            "matrixport fixed-income get-order-result --out-serial-number k-2",
        ),
        ("create_x", "no_such_document.get_x", "k-3", "matrixport no-such-document get-x"),
        (
            "no_such_write",
            "prime_broker.get_transfer_record",
            "k-6",
            "matrixport prime-broker get-transfer-record",
        ),
        ("create_transfer", "get_transfer_record", "k-4", None),
        ("create_transfer", None, "k-5", None),
    ],
)
def test_an_unknown_outcome_names_the_command_to_check_it_with(
    operation: str, check_with: str | None, key: str | None, command: str | None
) -> None:
    from matrixport import errors
    from matrixport.cli._commands import _check_command

    error = errors.OutcomeUnknownError(
        operation,
        errors.TimeoutError("timed out"),
        check_with=check_with,
        request_id="r",
        idempotency_key=key,
    )
    assert _check_command(error) == command


def test_a_file_is_saved_where_asked_and_described(sandbox: str, tmp_path: Path) -> None:
    with Matrixport(ACCESS_KEY, SECRET_KEY, sandbox) as client:
        product_id = client.t_bills.list_products().items[0].product_id  # type: ignore[index]
        [statement] = client.t_bills.list_product_statements(product_id=product_id).items  # type: ignore[misc]
        expected = client.t_bills.download_statement(short_uri=statement.short_uri)
    target = tmp_path / "statement.pdf"
    result = matrixport(
        "t-bills", "download-statement", "--short-uri", statement.short_uri, "--save", str(target),
        base_url=sandbox,
    )  # fmt: skip
    assert as_json(result) == {
        "content_type": expected.content_type,
        "filename": f"statement-{statement.short_uri}.pdf",
        "bytes": len(expected.content),
    }
    assert target.read_bytes() == expected.content
    piped = matrixport(
        "t-bills", "download-statement", "--short-uri", statement.short_uri, "--save", "-", base_url=sandbox
    )
    assert piped.stdout.encode() == expected.content  # the file itself, nothing around it


def test_verbose_logs_each_attempt_and_the_logger_is_left_as_it_was(fake_api: FakeAPI) -> None:
    log = logging.getLogger("matrixport")
    before = (list(log.handlers), log.level, log.propagate)
    quiet = matrixport(
        "prime-broker", "get-transfer-record", "--serial-no", "done-0004", base_url=fake_api.url
    )
    loud = matrixport(
        "prime-broker", "get-transfer-record", "--serial-no", "done-0004", "-v", base_url=fake_api.url
    )
    assert quiet.stderr == ""
    assert loud.stderr.startswith(
        "DEBUG: GET /credit/agency/v1/allocate -> HTTP 200 (get_transfer_record, request id "
    )
    assert (list(log.handlers), log.level, log.propagate) == before


# --sandbox: a sandbox started for the command, and what it says when it cannot start.


def started(code: str) -> tuple[subprocess.Popen[bytes], Any]:
    import tempfile

    log = tempfile.TemporaryFile()  # noqa: SIM115  # the caller closes it
    process = subprocess.Popen([sys.executable, "-c", code], stderr=log)
    process.wait(timeout=30)
    return process, log


@pytest.mark.parametrize(
    ("code", "said"),
    [
        (
            "import sys; sys.stderr.write('Traceback\\n  loading\\nOSError: port taken\\n'); sys.exit(1)",
            "the sandbox did not start: OSError: port taken",
        ),
        ("import sys; sys.exit(3)", "the sandbox did not start: exit status 3"),
        (
            "import sys; sys.stderr.buffer.write(b'bad \\xff byte'); sys.exit(1)",
            "the sandbox did not start: bad \ufffd byte",
        ),
        (
            "import uvicorn_that_is_missing",
            "the sandbox did not start: ModuleNotFoundError: No module named 'uvicorn_that_is_missing';"
            " it needs the sandbox extra: pip install 'matrixport[sandbox]'",
        ),
    ],
)
def test_a_sandbox_that_exits_says_why(code: str, said: str) -> None:
    from matrixport import errors
    from matrixport.cli._sandbox import _wait_until_listening

    process, log = started(code)
    with log, pytest.raises(errors.ConfigurationError) as caught:
        _wait_until_listening(process, free_port(), log)
    assert str(caught.value) == said


def test_a_sandbox_that_never_listens_is_given_up_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    from matrixport import errors
    from matrixport.cli import _sandbox

    monkeypatch.setattr(_sandbox, "START_TIMEOUT", 0.5)
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        with tempfile.TemporaryFile() as log, pytest.raises(errors.ConfigurationError) as caught:
            started_at = time.monotonic()
            _sandbox._wait_until_listening(process, port, log)
        assert 0.5 <= time.monotonic() - started_at < 5
        assert str(caught.value) == f"the sandbox did not listen on port {port} within 0 s"
    finally:
        process.kill()
        process.wait()


def test_a_sandbox_is_started_on_a_port_the_system_chose() -> None:
    from matrixport.cli._sandbox import _free_port

    assert 1024 <= _free_port() <= 65535  # an ephemeral port, never a fixed or privileged one


def test_a_running_sandbox_is_used_with_the_sandbox_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    from matrixport.cli._sandbox import SandboxTarget, sandbox

    with sandbox("http://127.0.0.1:1") as target:
        assert target == SandboxTarget("http://127.0.0.1:1", "sandbox-access-key", "sandbox-secret-key")
    monkeypatch.setenv("MATRIXPORT_SANDBOX_ACCESS_KEY", "ak-2")
    monkeypatch.setenv("MATRIXPORT_SANDBOX_SECRET_KEY", "sk-2")
    with sandbox("http://127.0.0.1:2") as target:
        assert (target.access_key, target.secret_key) == ("ak-2", "sk-2")


# How --wait finds the result operation's arguments, for every shape a write can return.


def follow_of(command: str) -> Any:
    document, operation = command.split()
    follow = documents()[document].operations[operation].follow
    assert follow is not None
    return follow


def test_a_follow_takes_the_key_sent_or_generated() -> None:
    follow = follow_of("prime-broker create-transfer")
    given = {"serial_no": None, "amount": Decimal("1"), "currency": "BTC"}
    assert follow.arguments(given, Accepted("generated-1", "r", None, None)) == {"serial_no": "generated-1"}
    assert follow.arguments({**given, "serial_no": "given-1"}, None) == {"serial_no": "given-1"}


def test_a_follow_takes_fields_of_the_result_before_arguments() -> None:
    from matrixport.fixed_income.models import OrderCreated

    follow = follow_of("fixed-income create-order")
    created = OrderCreated(serial_number="from-result")
    assert follow.arguments({"serial_number": "sent"}, created) == {"serial_number": "from-result"}
    unnamed = OrderCreated(serial_number=None)  # type: ignore[arg-type]
    unnamed.idempotency_key = "generated-2"
    assert follow.arguments({"serial_number": None}, unnamed) == {"serial_number": "generated-2"}
    assert follow.arguments({"serial_number": "sent"}, OrderCreated(serial_number=None)) == {  # type: ignore[arg-type]
        "serial_number": "sent"
    }
    inside = Accepted("k", "r", created, None)
    assert follow.arguments({"serial_number": None}, inside) == {"serial_number": "from-result"}


def test_a_follow_takes_a_bare_result_as_the_only_argument() -> None:
    follow = follow_of("t-bills create-deposit")
    assert follow.arguments({"amount": Decimal("1")}, "7026913053715312640") == {
        "order_id": "7026913053715312640"
    }
    assert follow.arguments({"amount": Decimal("1")}, None) == {}
    assert follow.arguments({}, Accepted("k", "r", "order-9", None)) == {"order_id": "order-9"}


def test_what_a_keyed_write_returns_inside_accepted_is_looked_into() -> None:
    from matrixport.cli._catalog import _bare_value, _model_fields
    from matrixport.fixed_income.models import OrderCreated

    assert _model_fields(Accepted[OrderCreated]) == _model_fields(OrderCreated)
    assert "serial_number" in _model_fields(OrderCreated)
    assert _model_fields(Accepted[None]) == _model_fields(str) == ()
    assert _bare_value(Accepted[str]) and _bare_value(int) and _bare_value(str)
    assert not _bare_value(Accepted[None]) and not _bare_value(OrderCreated)


def test_a_follow_gives_up_at_wait_timeout_and_reports_a_failure(fake_api: FakeAPI) -> None:
    def transfer(serial_no: str, *extra: str, **environment: str) -> Ran:
        return matrixport(
            "prime-broker", "create-transfer", "--from-account", "a", "--to-account", "b",
            "--currency", "BTC", "--amount", "1", "--serial-no", serial_no, "--wait", "--interval", "0.05",
            *extra, base_url=fake_api.url, **environment,
        )  # fmt: skip

    started_at = time.monotonic()
    pending = transfer("pending-0002", "--wait-timeout", "0.3")
    assert pending.returncode == Exit.WAIT_TIMEOUT and "still pending after 0.3 s" in pending.stderr
    assert time.monotonic() - started_at < 10
    assert "submitted; waiting for get-transfer-record serial_no='pending-0002'\n" in pending.stderr
    failed = transfer("failed-0002", "-o", "table")
    assert failed.returncode == Exit.OPERATION_FAILED
    done = transfer("done-0002", "-o", "table", COLUMNS="200")
    assert done.returncode == 0
    assert "outcome process PROCESSED (3)" in [" ".join(line.split()) for line in done.stdout.splitlines()]


def test_repeated_values_of_a_list_option(fake_api: FakeAPI) -> None:
    from matrixport.cli._values import convert
    from matrixport.fixed_income.models import OrderStatus as IncomeOrderStatus

    info = documents()["fixed-income"].operations["list-orders"]
    [parameter] = [p for p in info.parameters if p.name == "order_status"]
    assert convert(info, parameter, ("1", "HOLDING", "canceled")) == [
        IncomeOrderStatus.PRE_ORDER,
        IncomeOrderStatus.HOLDING,
        IncomeOrderStatus.CANCELED,
    ]
    with pytest.raises(InvalidRequestError, match=r"^list_orders: limit must be an integer, not 'x'$"):
        [limit] = [p for p in info.parameters if p.name == "limit"]
        convert(info, limit, "x")


# Pages: what --all prints, and the progress bar's last line.


def test_all_reports_the_problems_of_every_item_once(fake_api: FakeAPI) -> None:
    for output in ("json", "jsonl", "table"):
        result = matrixport(
            "prime-broker", "list-orders", "--limit", "3", "--all", "-o", output,
            base_url=fake_api.url, COLUMNS="2000",
        )  # fmt: skip
        assert result.returncode == Exit.RESPONSE, output
        problems = [line for line in result.stderr.splitlines() if line.startswith("response problem: ")]
        assert problems == [
            "response problem: list_orders: OrderSummary.interest_rate: decimal value is not a number: 'n/a'"
            " (received 'n/a')"
        ], output
        assert "order-4" in result.stdout


def test_the_progress_bar_ends_with_the_pages_and_items_read(fake_api: FakeAPI) -> None:
    result = matrixport("prime-broker", "list-orders", "--limit", "2", "--all", base_url=fake_api.url)
    last = result.stderr.rstrip("\n").splitlines()[-1]
    assert re.fullmatch(r"  list_orders: page 3 ━+ 5/5 \d:\d\d:\d\d", last), last


# How --help shows each kind of value.


def parameter_of(command: str, name: str) -> Any:
    document, operation = command.split()
    info = documents()[document].operations[operation]
    return info, next(p for p in info.parameters if p.name == name)


@pytest.mark.parametrize(
    ("command", "name", "shown", "ends"),
    [
        (
            "prime-broker create-transfer",
            "amount",
            "DECIMAL",
            "minimum_amounts`). An exact decimal, read as written.",
        ),
        (
            "prime-broker create-transfer",
            "is_instant_transfer",
            "BOOLEAN",
            "(CEX to CEX only). true or false.",
        ),
        ("prime-broker list-orders", "limit", "INTEGER", "Page size."),
        (
            "prime-broker list-orders",
            "status",
            "ORDERSTATUS",
            "(errata PB-24). One of: OK (0), CANCELED (-1), PENDING_MARGIN_DEPOSIT (6),",
        ),
        (
            "prime-broker set-lending-account",
            "lending_accounts",
            "JSON",
            "configuration. A JSON object with account_id, amount. A JSON list, or repeat the option.",
        ),
        (
            "fixed-income list-orders",
            "order_status",
            "ORDERSTATUS",
            "by name or value. Repeat the option for several.",
        ),
        (
            "prime-broker create-transfer",
            "serial_no",
            "TEXT",
            "generated when not given, reused on every retry.",
        ),
        ("prime-broker create-account", "exchange", "EXCHANGE", "BIT_COM (bit.com), BYBIT (bybit),"),
    ],
)
def test_each_kind_of_value_is_named_and_described(command: str, name: str, shown: str, ends: str) -> None:
    from matrixport.cli._values import describe, metavar

    _, parameter = parameter_of(command, name)
    assert metavar(parameter) == shown
    text = describe(parameter)
    assert ends in text and (text.endswith(ends) or ends.endswith(","))


def test_a_default_is_described_by_its_plain_value() -> None:
    import dataclasses

    from matrixport.cli._values import describe

    _, status = parameter_of("prime-broker list-orders", "status")
    _, limit = parameter_of("prime-broker list-orders", "limit")
    assert describe(dataclasses.replace(status, default=OrderStatus(7))).endswith(
        "by name or value. Default: 7."
    )
    assert describe(dataclasses.replace(limit, default=10)) == "Page size. Default: 10."


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ("true", True),
        (" YES ", True),
        ("1", True),
        ("on", True),
        ("false", False),
        ("No", False),
        ("0", False),
    ],
)
def test_a_boolean_is_given_as_words(given: str, sent: bool) -> None:
    from matrixport.cli._values import convert

    info, parameter = parameter_of("prime-broker create-transfer", "is_instant_transfer")
    assert convert(info, parameter, given) is sent


def test_a_boolean_that_is_not_one_is_refused(sandbox: str) -> None:
    result = matrixport(
        "prime-broker", "create-transfer", "--from-account", "a", "--to-account", "b", "--currency", "BTC",
        "--amount", "1", "--is-instant-transfer", "maybe", base_url=sandbox,
    )  # fmt: skip
    assert result.returncode == Exit.INVALID
    assert result.stderr == "error: create_transfer: is_instant_transfer must be true or false, not 'maybe'\n"


def test_a_list_starts_at_the_first_page_only_where_its_position_is_required(fake_api: FakeAPI) -> None:
    matrixport(
        "t-bills", "list-orders", "--product-id", "p", "--address", "a", "--limit", "5", "--max-retries", "0",
        base_url=fake_api.url,
    )  # fmt: skip
    matrixport("prime-broker", "list-orders", "--limit", "5", base_url=fake_api.url)
    [required] = [query for path, query in fake_api.log if path.startswith("/bond/")]
    [optional] = fake_api.requests("/credit/agency/v1/orders")
    assert (required["offset"], required["limit"]) == ("0", "5")
    assert "offset" not in optional


def test_max_items_without_all_is_refused(fake_api: FakeAPI) -> None:
    result = matrixport(
        "prime-broker", "list-orders", "--limit", "2", "--max-items", "3", base_url=fake_api.url
    )
    assert result.returncode == Exit.INVALID
    assert result.stderr.endswith("\n\nError: --max-items goes with --all\n")
    assert fake_api.log == []


def test_a_terminal_gets_a_table_and_a_pipe_gets_json(
    fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ("prime-broker", "get-transfer-record", "--serial-no", "done-0005")
    piped = matrixport(*args, base_url=fake_api.url)
    assert json.loads(piped.stdout)["serial_no"] == "done-0005"
    monkeypatch.setattr(click.testing, "_NamedTextIOWrapper", _Terminal)
    on_terminal = matrixport(*args, base_url=fake_api.url)
    shown = re.sub(r"\x1b\[[0-9;]*m", "", on_terminal.stdout)  # a terminal gets rich's styles too
    assert shown.split()[:3] == ["process", "PROCESSED", "(3)"]


class _Terminal(click.testing._NamedTextIOWrapper):  # type: ignore[name-defined]
    """The runner's stdout, saying it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_a_record_prints_as_aligned_field_value_pairs(fake_api: FakeAPI) -> None:
    result = matrixport(
        "prime-broker", "get-transfer-record", "--serial-no", "done-0006", "-o", "table",
        base_url=fake_api.url, COLUMNS="200",
    )  # fmt: skip
    assert result.stdout.splitlines() == [
        " process       PROCESSED (3)       ",
        " scenario      ALLOCATE (allocate) ",
        " amount        1.23                ",
        " currency      BTC                 ",
        " from_account  888.bal             ",
        " serial_no     done-0006           ",
        " to_account    888_binance_1       ",
        " user_id       888                 ",
    ]


def test_a_wide_page_folds_its_cells_and_puts_its_count_on_the_left(fake_api: FakeAPI) -> None:
    result = matrixport(
        "prime-broker", "list-orders", "--limit", "2", "-o", "table", base_url=fake_api.url, COLUMNS="160"
    )
    assert "…" not in result.stdout, "a narrow column folds its text, it never cuts it"
    assert result.stdout.splitlines()[-1].rstrip() == "count: 5"


def test_a_terminal_shows_field_names_in_bold(fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(click.testing, "_NamedTextIOWrapper", _Terminal)
    result = matrixport(
        "prime-broker",
        "get-transfer-record",
        "--serial-no",
        "done-0007",
        base_url=fake_api.url,
        COLUMNS="200",
    )
    assert "\x1b[1mprocess" in result.stdout and "\x1b[1mserial_no" in result.stdout


def test_an_object_option_that_takes_one_object_reads_one() -> None:
    from matrixport.cli._values import _one
    from matrixport.prime_broker.models import LendingAccount

    info, parameter = parameter_of("prime-broker set-lending-account", "lending_accounts")
    account = _one(info, parameter, LendingAccount, '{"account_id": "a1", "amount": "1.50"}')
    assert account == LendingAccount(account_id="a1", amount=Decimal("1.50"))
    with pytest.raises(
        InvalidRequestError, match=r"^set_lending_account: lending_accounts is not valid JSON"
    ):
        _one(info, parameter, LendingAccount, "{")


# What is shown, in every nesting: exact text, problems found at any depth.


@attrs.define
class Plain:
    """An attrs class without `additional_properties` (a caller's own, say)."""

    name: str


def test_json_output_is_indented_by_two_and_keeps_non_ascii_text(fake_api: FakeAPI) -> None:
    from matrixport.cli._output import _cell, dumps

    data = {"a": [1, {"b": "é"}]}
    assert dumps(data) == '{\n  "a": [\n    1,\n    {\n      "b": "é"\n    }\n  ]\n}'
    assert _cell(["é", Decimal("1.0")]) == '["é", "1.0"]'
    result = matrixport(
        "prime-broker", "get-transfer-record", "--serial-no", "done-0008", base_url=fake_api.url
    )
    assert result.stdout.startswith('{\n  "process": 3,\n  "scenario": "allocate",\n')
    stream = io.StringIO()
    write_jsonl(stream, [{"name": "账户"}], [])
    assert stream.getvalue() == '{"name": "账户"}\n'


def test_problems_are_found_at_any_depth_of_what_is_shown() -> None:
    from matrixport.cli._output import _rows, plain

    broken = Row(1, note=Invalid(PROBLEM))
    for value in ([broken], {"k": broken}, (broken,), Accepted("k", "r", broken, None), Row(2, note=broken)):
        problems: list[Problem] = []
        plain(value, problems)
        assert problems == [PROBLEM], value
    problems = []
    plain(Row(3, additional_properties={"inner": broken}), problems)
    assert problems == [PROBLEM]
    problems = []
    rendered(_rows([{"row": broken}], problems))
    assert problems == [PROBLEM]


def test_a_table_of_a_list_shows_rows_and_finds_their_problems() -> None:
    from matrixport.cli._output import write_table

    problems: list[Problem] = []
    console = _console()
    write_table(console, [Row(1, note="a"), Row(2, note=Invalid(PROBLEM))], problems)
    lines = [line for line in _lines(console) if line[0] in "┃│"]
    assert lines == ["┃ id ┃ note ┃", "│ 1 │ a │", "│ 2 │ │"]
    assert problems == [PROBLEM]


def test_fields_after_an_absent_or_broken_one_are_still_shown() -> None:
    from matrixport.cli._output import _renderable, plain

    row = Row(1, type_=UNSET, note="after")
    assert plain(row) == {"id": 1, "note": "after"}
    assert plain(Row(1, type_=Invalid(PROBLEM), note="after"), []) == {"id": 1, "note": "after"}
    assert rendered(_renderable(Row(1, type_=Invalid(PROBLEM), note="after"), [])) == ["id 1", "note after"]
    assert plain(Plain("x")) == {"name": "x"}
    assert rendered(_renderable(Plain("x"), [])) == ["name x"]


def test_a_page_caption_names_keyword_fields_without_their_underscore() -> None:
    from matrixport.cli._output import rows_of

    @attrs.define
    class Page:
        items: list[Any]
        type_: int
        _hidden: int = 0

    page = rows_of(Page([1], 5), "items")
    assert page == ([1], {"type": 5, "_hidden": 0})
    assert rows_of(Page(None, 5), "items") is None  # type: ignore[arg-type]
    assert rows_of({"items": [1]}, "items") is None


def test_a_download_as_a_table_shows_what_it_is_not_its_bytes() -> None:
    from matrixport.cli._output import _renderable, plain

    shown = rendered(_renderable(Download(b"%PDF-1.4", "application/pdf", "a.pdf"), []))
    assert shown == ["content_type application/pdf", "filename a.pdf"]
    raw = RawResponse(parsed={"a": 1}, status_code=200, headers=httpx.Headers({"x": "y"}), request_id="r",
                      content=b"{}", attempts=1)  # fmt: skip
    assert plain(raw) == {"parsed": {"a": 1}, "status_code": 200, "request_id": "r", "attempts": 1}
    assert rendered(_renderable(raw, [])) == ["parsed a 1", "status_code 200", "request_id r", "attempts 1"]


def test_a_long_value_in_a_narrow_record_table_folds() -> None:
    from matrixport.cli._output import _renderable

    console = _console(width=30)
    console.print(_renderable({"note": "x" * 60}, []))
    text = "".join(line.split()[-1] for line in _lines(console))
    assert "…" not in text and text.endswith("x" * 40)


def _console(width: int = 400) -> Any:
    from rich.console import Console

    return Console(width=width, record=True, file=io.StringIO())


def _lines(console: Any) -> list[str]:
    return [" ".join(line.split()) for line in console.export_text().splitlines() if line.strip()]


def test_a_write_result_shows_the_key_and_request_it_came_with() -> None:
    from matrixport.cli._output import _renderable, plain
    from matrixport.fixed_income.models import OrderCreated

    created = OrderCreated(serial_number="s-1")
    created.idempotency_key, created.request_id = "k-1", "r-1"
    assert plain(created) == {"serial_number": "s-1", "idempotency_key": "k-1", "request_id": "r-1"}
    assert rendered(_renderable(created, [])) == [
        "serial_number s-1",
        "idempotency_key k-1",
        "request_id r-1",
    ]


def test_a_follow_is_found_for_any_write_and_result_shape() -> None:
    """Shapes no document has today, so that a new operation is followed by the same rule."""
    from dataclasses import replace

    from matrixport.cli._catalog import Follow, _follow

    deposit = documents()["t-bills"].operations["create-deposit"]
    result = documents()["t-bills"].operations["get-order-result"]
    [order_id] = result.parameters
    # a write that takes the result's argument itself follows with it, not with what it returns
    takes_it = replace(deposit, parameters=(*deposit.parameters, order_id))
    assert _follow(takes_it, result) == Follow(result, None, ("order_id",), ())
    # a write with a key that returns a bare id: the key is kept for the follow
    keyed = replace(deposit, operation=replace(deposit.operation, idempotency_key="client_id"))
    assert _follow(keyed, result) == Follow(result, "client_id", (), (), from_value="order_id")
    # a result that needs nothing the write gives or returns cannot be followed
    assert _follow(replace(deposit, returns=Decimal), result) is None
    optional = replace(order_id, argument=replace(order_id.argument, required=False))
    assert _follow(replace(deposit, returns=Decimal), replace(result, parameters=(optional,))) is None
    # a bare id covers the one argument only when nothing else is needed
    other = replace(order_id, name="other")
    assert _follow(deposit, replace(result, parameters=(order_id, other))) is None
    assert _follow(takes_it, replace(result, parameters=(order_id, replace(other, argument=replace(
        order_id.argument, name="other"))))) is None  # fmt: skip


# Help text, exactly: what a terminal user reads.


def help_lines(*args: str) -> list[str]:
    return [" ".join(line.split()) for line in matrixport(*args, "--help", COLUMNS="250").stdout.splitlines()]


def test_every_operation_has_the_same_common_options_with_their_help() -> None:
    lines = help_lines("prime-broker", "create-transfer")
    start = lines.index("-o, --output [table|json|jsonl]")
    assert lines[start : start + 13] == [
        "-o, --output [table|json|jsonl]",
        "table (the default on a terminal), json (the default otherwise: exact,",
        "decimals as strings) or jsonl (one JSON value per line, as pages arrive).",
        "--base-url URL The API's address (default: MATRIXPORT_BASE_URL, or",
        "https://mapi.matrixport.com).",
        "--sandbox Use the local sandbox and its test keys: one started for this command, or",
        "the one at --base-url (make sandbox).",
        "--timeout SECONDS Each attempt's timeout (default 30). [x>0]",
        "--max-retries N Retries of a call that failed where retrying is safe (default 2). [x>=0]",
        "-v, --verbose Log each attempt (status, request id) on stderr.",
        "-h, --help Show this message and exit.",
        "",
        "Python: client.prime_broker.create_transfer(...)",
    ]
    assert "--wait-timeout SECONDS How long --wait waits. [default: 60.0; x>0]" in lines
    assert "--interval SECONDS How often --wait asks. [default: 2.0; x>0]" in lines
    listing = help_lines("prime-broker", "list-orders")
    assert "--all Every page (--offset is managed); a progress bar on stderr." in listing
    assert "--max-items N With --all: at most N items. [x>=0]" in listing
    assert "--offset INTEGER Offset, the number of records to skip." in listing
    required = help_lines("t-bills", "list-orders")  # a required position: --all (or 0) gives it
    assert "--offset INTEGER Offset. --all manages it." in required


def test_a_document_lists_its_operations_by_their_short_names() -> None:
    result = matrixport("prime-broker", COLUMNS="250")
    assert result.returncode == 0, "a document alone shows its help"
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert lines[0] == "Usage: matrixport prime-broker [OPTIONS] COMMAND [ARGS]..."
    assert "create-transfer Transfer" in lines and "add-order-margin Add Order Margin" in lines
    assert "Each operation's arguments: matrixport prime-broker OPERATION --help" in lines
    top = [" ".join(line.split()) for line in matrixport(COLUMNS="250").stdout.splitlines()]
    assert "prime-broker Matrixport Prime Broker API." in top and "t-bills Matrixport T-Bills API." in top


@pytest.mark.parametrize("args", [("nope",), ("prime-broker", "nope")])
def test_an_unknown_command_is_refused(args: tuple[str, ...]) -> None:
    result = matrixport(*args)
    assert result.returncode == Exit.INVALID
    assert result.stderr.endswith("Error: No such command 'nope'.\n")


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, click.Abort])
def test_an_interrupted_command_says_so(
    fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch, interruption: type[BaseException]
) -> None:
    from matrixport.cli._commands import _Client

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise interruption()

    monkeypatch.setattr(_Client, "call", interrupted)
    result = matrixport(
        "prime-broker", "get-transfer-record", "--serial-no", "done-0009", base_url=fake_api.url
    )
    assert result.returncode == Exit.INTERRUPTED == 130
    assert result.stderr.strip() == "interrupted" and result.stdout == ""


def test_the_output_mode_can_come_from_the_environment(fake_api: FakeAPI) -> None:
    args = ("prime-broker", "list-orders", "--limit", "2")
    lines = matrixport(*args, base_url=fake_api.url, MATRIXPORT_OUTPUT="jsonl").stdout.splitlines()
    assert [json.loads(line)["order_id"] for line in lines] == ["order-0", "order-1"]


@pytest.mark.parametrize("missing", ["click", "rich"])
def test_missing_extra_is_named_in_process(
    missing: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # import fails as for a package not installed
    assert main(["--help"]) == Exit.CONFIGURATION
    assert capsys.readouterr().err == (
        f"the matrixport command needs its extra: pip install 'matrixport[cli]' ({missing} is missing)\n"
    )


# Each shape of command, its whole --help: what a terminal user reads.

COMMON_HELP = """\
  -o, --output [table|json|jsonl]
                                  table (the default on a terminal), json (the default otherwise:
                                  exact, decimals as strings) or jsonl (one JSON value per line,
                                  as pages arrive).
  --base-url URL                  The API's address (default: MATRIXPORT_BASE_URL, or
                                  https://mapi.matrixport.com).
  --sandbox                       Use the local sandbox and its test keys: one started for this
                                  command, or the one at --base-url (make sandbox).
  --timeout SECONDS               Each attempt's timeout (default 30).  [x>0]
  --max-retries N                 Retries of a call that failed where retrying is safe (default
                                  2).  [x>=0]
  -v, --verbose                   Log each attempt (status, request id) on stderr.
  -h, --help                      Show this message and exit.
"""

WAIT_HELP = """\
  --wait-timeout SECONDS          How long --wait waits.  [default: 60.0; x>0]
  --interval SECONDS              How often --wait asks.  [default: 2.0; x>0]
"""

HELPS = {
    # a write --wait follows to its result operation; lists kept as written, calls as commands
    "prime-broker create-profit-accrual": """\
Usage: matrixport prime-broker create-profit-accrual [OPTIONS]

  Profit Accrual: `POST /credit/agency/v1/user/profit_accrual`.

  - Users withdraw profits through exchange sub-accounts.
  - After applying, funds will be transferred back to the Prime wallet upon approval.
  - The application sub-account must be associated with a loan order RCU (Margin lending / Basis
    trading). The trading account id associated with the RCU can be queried through the "Rcu Accounts"
    interface (`matrixport prime-broker list-rcu-accounts`).

  Returns the serial no of the withdrawal; its progress is reported by `matrixport prime-broker
  get-transfer-record` (scenario `take_profit`, inferred).

Options:
  --amount DECIMAL                Transfer amount. An exact decimal, read as written.  [required]
  --currency TEXT                 Currency.  [required]
  --account-id TEXT               From account id: an exchange sub-account associated with a loan
                                  order RCU (see `matrixport prime-broker list-rcu-accounts`).
                                  [required]
  --serial-no TEXT                Serial no of the withdrawal, 8 to 32 characters (e.g. a
                                  timestamp). Idempotency key: generated when not given, reused on
                                  every retry.
  --wait                          Then wait for the outcome (get-transfer-record); exit 9 if it
                                  failed, 10 if still pending at --wait-timeout.
"""
    + WAIT_HELP,
    # a result operation --wait asks again
    "prime-broker get-transfer-record": """\
Usage: matrixport prime-broker get-transfer-record [OPTIONS]

  Transfer Record: `GET /credit/agency/v1/allocate`.

  The record of one transfer, by its `serial_no`. Includes records of cross-transfers and profit
  accrual withdrawals.

Options:
  --serial-no TEXT                The `serial_no` of the transfer (as sent to `matrixport prime-
                                  broker create-transfer`, or as returned by `matrixport prime-
                                  broker create-profit-accrual`). 8 to 32 character string.
                                  [required]
  --wait                          Ask again until the outcome is final; exit 9 if it failed, 10 if
                                  still pending at --wait-timeout.
"""
    + WAIT_HELP,
    # a file, which --save writes
    "t-bills download-statement": """\
Usage: matrixport t-bills download-statement [OPTIONS]

  Statement Download: `GET /bond/api/v1/d/{short_uri}`.

  Downloads a statement file by the `short_uri` of a statement listed by `matrixport t-bills list-
  product-statements`. The response is the file itself (presumably a PDF), not JSON and not
  enveloped; the document does not show it (errata TB-16).

Options:
  --short-uri TEXT                Short URI of the statement (`short_uri` from `matrixport t-bills
                                  list-product-statements`), e.g. 6HBJpi.  [required]
  --save PATH                     Where to write the file the operation returns ('-': standard
                                  output, nothing else).  [required]
""",
    # a list, which --all pages through
    "prime-broker list-orders": """\
Usage: matrixport prime-broker list-orders [OPTIONS]

  Order List: `GET /credit/agency/v1/orders`.

  The user's loan orders.

Options:
  --limit INTEGER                 Page size.  [required]
  --offset INTEGER                Offset, the number of records to skip.
  --order-biz-type ORDERBIZTYPE   Order biz type. One of: MARGIN_LOAN (1), FUND_ACCELERATOR (2),
                                  CUSTODY (3), BASIS_TRADING (4); by name or value.
  --order-id TEXT                 Order id.
  --rcu-id INTEGER                RCU id.
  --status ORDERSTATUS            Order status (errata PB-24). One of: OK (0), CANCELED (-1),
                                  PENDING_MARGIN_DEPOSIT (6), PENDING_LOAN (7), PENDING_REPAYMENT
                                  (11), OVERDUE (12), REPAID (13), RENEWAL_APPLICATION_IN_PROGRESS
                                  (15), RENEWAL_IN_PROGRESS (17), RENEWED (19), LOAN_IN_PROGRESS
                                  (20), CONTRACT_PENDING_UPDATE (22), PENDING_APPROVAL (23); by
                                  name or value.
  --all                           Every page (--offset is managed); a progress bar on stderr.
  --max-items N                   With --all: at most N items.  [x>=0]
""",
}


@pytest.mark.parametrize("command", sorted(HELPS))
def test_the_whole_help_of_each_shape_of_command(command: str) -> None:
    result = matrixport(*command.split(), "--help", COLUMNS="100")
    python = "client.{}.{}(...)".format(*(word.replace("-", "_") for word in command.split()))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"{HELPS[command]}{COMMON_HELP}\n  Python: {python}\n"


def test_the_whole_help_of_a_document() -> None:
    result = matrixport("balance-plus", "--help", COLUMNS="100")
    assert (result.returncode, result.stderr) == (0, "")
    assert (
        result.stdout
        == """\
Usage: matrixport balance-plus [OPTIONS] COMMAND [ARGS]...

  Matrixport Balance+ API.

  Balance+ (flexible savings): deposit cryptocurrencies, earn interest, withdraw at any time.
  Transcribed from the Balance+ API document V1.0.1 (2025-04-16). Requests are signed (see the
  `MatrixportSignature` scheme).

Options:
  -h, --help  Show this message and exit.

Commands:
  create-deposit               Deposit
  create-withdraw              Withdraw
  get-available-balance        User available balance
  get-currency-detail          Currency details
  get-deposit-withdraw-result  Deposit/Withdraw result
  get-total-position           Total position
  get-withdrawable-balance     Withdrawable balance
  list-currencies              Currency list
  list-orders                  Query orders
  list-revenue-details         Revenue details

  Each operation's arguments: matrixport balance-plus OPERATION --help
"""
    )


def test_a_narrow_terminal_lists_each_document_by_its_whole_title() -> None:
    result = matrixport("--help", COLUMNS="40")
    assert result.stdout.partition("\nCommands:\n")[2] == (
        "  balance-plus   Matrixport Balance+ API.\n"
        "  fixed-income   Matrixport Fixed-Income API.\n"
        "  fixed-staking  Matrixport Fixed-Staking API.\n"
        "  prime-broker   Matrixport Prime Broker API.\n"
        "  t-bills        Matrixport T-Bills API.\n"
    )


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Use `client.prime_broker.list_rcu_accounts`.", "Use `matrixport prime-broker list-rcu-accounts`."),
        (
            "Intro, rewrapped.\n\n| a | b |\n|---|---|\n\nThen:\n- one\n- two",
            "Intro, rewrapped.\n\n\b\n| a | b |\n|---|---|\n\n\b\nThen:\n- one\n- two",
        ),
        ("* one\n* two\n\n1. first\n2. second", "\b\n* one\n* two\n\n\b\n1. first\n2. second"),
        ("Code:\n\n  indented\n  as written", "Code:\n\n\b\n  indented\n  as written"),
        ("Not a list: 1.5 or -1 or *", "Not a list: 1.5 or -1 or *"),
    ],
)
def test_help_text_keeps_tables_lists_and_indented_lines_as_written(text: str, shown: str) -> None:
    from matrixport.cli._commands import terminal_text

    assert terminal_text(text) == shown


@pytest.mark.parametrize(
    ("summary", "short"),
    [
        ("Transfer: `POST /credit/agency/v1/allocate`.", "Transfer"),
        ("Cancel the `order`: `POST /x`.", "Cancel the order"),
        ("Order list.", "Order list"),
        ("Ask: `GET /a`: `b`.", "Ask"),
        ("Index MAX.", "Index MAX"),
        (".Hidden", ".Hidden"),
    ],
)
def test_a_short_help_is_the_summary_without_its_request(summary: str, short: str) -> None:
    from matrixport.cli._commands import _short

    assert _short(summary) == short


# What the catalog reads from a facade, whatever its docstrings say.


def test_a_docstring_gives_the_description_and_each_arguments_help() -> None:
    from matrixport.cli._catalog import _split_docstring

    doc = (
        "Summary.\n\nFirst line of the body.\nSecond line.\n\nArgs:\n        stray, before any argument\n"
        "    limit: Page size,\n        continued.\n  Note:\n        not the limit's\n"
        "    offset: Offset.\nReturns:\n        the page\n"
    )
    assert _split_docstring(doc) == (
        "First line of the body.\nSecond line.",
        {"limit": "Page size, continued.", "offset": "Offset."},
    )
    assert _split_docstring("Summary.\n\nNo arguments.\n    offset: not an argument\n") == (
        "No arguments.\n    offset: not an argument",
        {},
    )


def test_a_facade_without_docstrings_gives_empty_help_and_its_own_defaults() -> None:
    from matrixport.cli._catalog import Document, OperationInfo
    from matrixport.cli._values import describe

    class Facade:  # no docstring, a default of its own, an argument it does not take
        def list_orders(self, *, limit: int = 10, status: int | None = None) -> None:
            pass

        def create_transfer(self, *, serial_no: str) -> None:
            pass

    document = Document("prime_broker", "prime_broker", "Facade")
    document.__dict__["facade"] = Facade  # the cached facade, as if imported
    assert (document.title, document.description) == ("", "")
    real = documents()["prime-broker"].operations
    orders = OperationInfo.of(document, real["list-orders"].operation, {})
    assert (orders.summary, orders.description) == ("", "")
    assert [(p.name, p.help, p.default) for p in orders.parameters] == [
        ("limit", "", 10),
        ("status", "", None),
    ]
    assert [p.required for p in orders.parameters] == [False, False]
    assert describe(orders.parameters[0]) == "Default: 10."
    transfer = OperationInfo.of(document, real["create-transfer"].operation, {})
    assert transfer.follow is None  # its result operation is not among the siblings given


def test_a_document_is_listed_by_its_whole_title_however_long() -> None:
    from matrixport.cli._catalog import Document
    from matrixport.cli._commands import DocumentGroup

    class Facade:
        """Matrixport API with a title longer than a listing's column, and no period

        Its description.
        """

    document = Document("prime_broker", "prime_broker", "Facade")
    document.__dict__["facade"] = Facade  # the cached facade, as if imported
    title = "Matrixport API with a title longer than a listing's column, and no period"
    assert DocumentGroup(document).get_short_help_str(limit=30) == title


def test_enum_members_are_the_documented_ones() -> None:
    from matrixport.cli._catalog import enum_members

    assert enum_members(OrderStatus) == list(OrderStatus)
    assert OrderStatus(99) not in enum_members(OrderStatus)  # a value kept from a response


def test_a_follow_skips_a_field_the_result_does_not_have() -> None:
    follow = follow_of("fixed-income create-order")
    assert follow.arguments({"serial_number": "sent"}, "a bare value") == {"serial_number": "sent"}


def test_every_command_and_group_is_named_as_it_is_called() -> None:
    from matrixport.cli._commands import DocumentGroup, operation_command

    for document in documents().values():
        assert DocumentGroup(document).name == document.command
    for info in documents()["t-bills"].operations.values():
        assert operation_command(info).name == info.command


def test_an_argument_that_would_shadow_an_option_of_the_command_is_refused() -> None:
    from dataclasses import replace

    from matrixport.cli._commands import operation_command

    info = documents()["prime-broker"].operations["get-transfer-record"]
    [serial_no] = info.parameters
    for name in ("output", "wait"):
        clash = replace(info, parameters=(serial_no, replace(serial_no, name=name)))
        with pytest.raises(RuntimeError) as caught:
            operation_command(clash)
        assert (
            str(caught.value)
            == f"get_transfer_record: arguments ['{name}'] clash with the command's own options"
        )


def test_a_list_that_can_also_wait_offers_both_modes() -> None:
    from dataclasses import replace

    from matrixport.cli._commands import operation_command

    info = documents()["prime-broker"].operations["list-orders"]
    names = [param.name for param in operation_command(replace(info, waits=True)).params]
    assert {"all_", "max_items", "wait", "wait_timeout", "interval"} <= set(names)


# --wait and its follow: every output, the problems of what they show, how often they ask.


def transfer_args(serial_no: str) -> tuple[str, ...]:
    return (
        "prime-broker", "create-transfer", "--from-account", "a", "--to-account", "b", "--currency", "BTC",
        "--amount", "1", "--serial-no", serial_no,
    )  # fmt: skip


BROKEN_RECORD = [
    "response problem: get_transfer_record: TransferRecord.amount: decimal value must be a Decimal,"
    " int or numeric string, not list (received [1])",
    "response problem: get_transfer_record: TransferRecord.currency: expected str, got int 7 (received 7)",
]


@pytest.mark.parametrize("output", ["json", "table", "jsonl"])
def test_what_wait_shows_in_every_output_with_its_problems(fake_api: FakeAPI, output: str) -> None:
    waited = matrixport(
        "prime-broker", "get-transfer-record", "--serial-no", "done-broken-1", "--wait", "-o", output,
        base_url=fake_api.url, COLUMNS="200",
    )  # fmt: skip
    followed = matrixport(
        *transfer_args("done-broken-2"), "--wait", "--interval", "0.05", "-o", output,
        base_url=fake_api.url, COLUMNS="200",
    )  # fmt: skip
    for result in (waited, followed):
        assert result.returncode == Exit.RESPONSE, result.stderr
        assert [line for line in result.stderr.splitlines() if line.startswith("response ")] == BROKEN_RECORD
    lines = [" ".join(line.split()) for line in waited.stdout.splitlines()]
    if output == "table":
        assert lines[:2] == ["process PROCESSED (3)", "scenario ALLOCATE (allocate)"]
        assert "outcome process PROCESSED (3)" in [
            " ".join(line.split()) for line in followed.stdout.splitlines()
        ]
    else:
        assert json.loads(waited.stdout)["serial_no"] == "done-broken-1"
        assert len(waited.stdout.splitlines()) == (1 if output == "jsonl" else 8)
        assert json.loads(followed.stdout)["outcome"]["serial_no"] == "done-broken-2"


def test_wait_asks_every_interval_until_its_timeout(fake_api: FakeAPI) -> None:
    pending = matrixport(
        "prime-broker", "get-transfer-record", "--serial-no", "pending-0003", "--wait",
        "--wait-timeout", "0.5", "--interval", "0.1", base_url=fake_api.url,
    )  # fmt: skip
    assert pending.returncode == Exit.WAIT_TIMEOUT
    assert pending.stderr.startswith("error: get_transfer_record: still pending after 0.5 s; last answer: ")
    asked = len(fake_api.requests("/credit/agency/v1/allocate"))
    assert 2 <= asked <= 6  # every 0.1 s for 0.5 s, however slow each answer is
    followed = matrixport(
        *transfer_args("pending-0004"), "--wait", "--wait-timeout", "0.5", "--interval", "0.1",
        base_url=fake_api.url,
    )  # fmt: skip
    assert followed.returncode == Exit.WAIT_TIMEOUT
    assert "\nerror: get_transfer_record: still pending after 0.5 s; last answer: " in followed.stderr
    followed_asked = len(fake_api.requests("/credit/agency/v1/allocate")) - asked
    assert 3 <= followed_asked <= 7  # the transfer, then its record every 0.1 s


def test_a_write_without_wait_only_sends_it(fake_api: FakeAPI) -> None:
    result = matrixport(*transfer_args("done-0010"), base_url=fake_api.url)
    assert (result.returncode, result.stderr) == (0, "")
    shown = json.loads(result.stdout)
    assert shown == {"idempotency_key": "done-0010", "request_id": shown["request_id"], "data": None,
                     "confirmation": None}  # fmt: skip
    assert len(fake_api.log) == 1  # the transfer, no record asked for


def test_a_follow_names_every_argument_it_waits_with(capsys: pytest.CaptureFixture[str]) -> None:
    from dataclasses import replace

    from matrixport.cli._catalog import Follow
    from matrixport.cli._commands import _follow

    operations = documents()["prime-broker"].operations
    write, result = operations["create-transfer"], operations["get-transfer-record"]

    class Facade:
        def create_transfer(self, **arguments: Any) -> None:
            return None

        def wait_get_transfer_record(self, **arguments: Any) -> dict[str, Any]:
            return {"found": True}

    two = replace(write, follow_of=lambda: Follow(result, None, ("serial_no", "currency"), ()))
    values = {"wait_timeout": 1.0, "interval": 0.1}
    _follow(Facade(), two, {"serial_no": "s-1", "currency": "BTC"}, values, "json", [])
    out, err = capsys.readouterr()
    assert err == "submitted; waiting for get-transfer-record serial_no='s-1', currency='BTC'\n"
    assert json.loads(out) == {"submitted": None, "outcome": {"found": True}}


# --all: the progress bar's last line, however the walk ends.


@pytest.mark.parametrize(("extra", "shown"), [((), "0/?"), (("--max-items", "2"), "0/2")])
def test_a_walk_that_fails_at_once_shows_no_page_read(extra: tuple[str, ...], shown: str) -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    result = matrixport("prime-broker", "list-orders", "--limit", "2", "--all", "--max-retries", "0", *extra,
                        base_url=closed)  # fmt: skip
    assert result.returncode == Exit.TRANSPORT
    first = result.stderr.splitlines()[0]
    assert re.fullmatch(rf". list_orders: page 0 [━ ]+ {re.escape(shown)} \d:\d\d:\d\d", first), first
    assert result.stderr.splitlines()[1].startswith("error: list_orders: ")


@pytest.mark.parametrize(("extra", "shown"), [((), "2/5"), (("--max-items", "4"), "2/4")])
def test_a_walk_that_fails_midway_shows_how_far_it_got(
    fake_api: FakeAPI, extra: tuple[str, ...], shown: str
) -> None:
    result = matrixport("prime-broker", "list-orders", "--limit", "1", "--all", "--max-retries", "0", *extra,
                        base_url=fake_api.url)  # fmt: skip
    assert result.returncode == Exit.HTTP_STATUS, result.stderr
    first = result.stderr.splitlines()[0]
    assert re.fullmatch(rf". list_orders: page 2 [━ ]+ {re.escape(shown)} \d:\d\d:\d\d", first), first


def test_a_walk_without_a_total_ends_with_what_it_read(sandbox: str) -> None:
    result = matrixport("balance-plus", "list-revenue-details", "--limit", "2", "--all", base_url=sandbox)
    assert as_json(result) == []
    last = result.stderr.rstrip("\n").splitlines()[-1]
    assert re.fullmatch(r"  list_revenue_details: page 1 ━+ 0/0 \d:\d\d:\d\d", last), last


def test_a_page_with_problems_is_shown_and_they_are_named_in_every_output(fake_api: FakeAPI) -> None:
    for output in ("json", "table", "jsonl"):
        result = matrixport(
            "prime-broker", "list-orders", "--limit", "3", "-o", output, base_url=fake_api.url, COLUMNS="2000"
        )
        assert result.returncode == Exit.RESPONSE, output
        assert [line for line in result.stderr.splitlines() if line.startswith("response ")] == [
            "response problem: list_orders: OrderSummary.interest_rate: decimal value is not a number: 'n/a'"
            " (received 'n/a')"
        ], output
        assert "order-2" in result.stdout


# Tables: exact, narrow, with every page field.


def test_a_narrow_page_table_folds_its_cells_and_names_its_other_fields_in_order() -> None:
    from matrixport.cli._output import write_table

    @attrs.define
    class Page:
        items: list[Any]
        count: int
        total: Decimal

    console = _console(width=30)
    write_table(console, Page([{"note": "x" * 40, "rate": Decimal("1E-8")}], 5, Decimal("7")), [], "items")
    assert console.export_text().splitlines() == [
        "┏━━━━━━━━━━━━━━━┳━━━━━━━━━━━━┓",
        "┃ note          ┃ rate       ┃",
        "┡━━━━━━━━━━━━━━━╇━━━━━━━━━━━━┩",
        "│ xxxxxxxxxxxxx │ 0.00000001 │",
        "│ xxxxxxxxxxxxx │            │",
        "│ xxxxxxxxxxxxx │            │",
        "│ x             │            │",
        "└───────────────┴────────────┘",
        "count: 5, total: 7            ",
    ]


def test_field_names_are_shown_as_written_but_a_keywords_underscore() -> None:
    from matrixport.cli._output import _renderable, plain, rows_of

    @attrs.define
    class Axis:
        X: int
        lambda_: int
        items: list[Any] = attrs.field(factory=list)

    assert plain(Axis(1, 2)) == {"X": 1, "lambda": 2, "items": []}
    assert rendered(_renderable(Axis(1, 2), [])) == ["X 1", "lambda 2", "items []"]
    assert rows_of(Axis(1, 2), "items") == ([], {"X": 1, "lambda": 2})


def test_problems_in_a_list_of_records_inside_a_record_are_found() -> None:
    from matrixport.cli._output import _renderable

    problems: list[Problem] = []
    rendered(_renderable([Row(1, note=Invalid(PROBLEM))], problems))
    assert problems == [PROBLEM]


# Values given on the command line, and defaults.


def test_a_wrong_value_in_a_list_or_one_object_names_the_operation_and_option() -> None:
    from dataclasses import replace

    from matrixport.cli._values import _one, convert
    from matrixport.prime_broker.models import LendingAccount

    info, parameter = parameter_of("prime-broker set-lending-account", "lending_accounts")
    with pytest.raises(InvalidRequestError) as caught:
        _one(info, parameter, LendingAccount, "[1]")
    assert str(caught.value) == "set_lending_account: lending_accounts must be a JSON object, not list"
    info, parameter = parameter_of("fixed-income list-orders", "order_status")
    numbers = replace(parameter, argument=replace(parameter.argument, items=int))
    assert convert(info, numbers, ("1", "2")) == [1, 2]
    with pytest.raises(InvalidRequestError) as caught:
        convert(info, numbers, ("1", "x"))
    assert str(caught.value) == "list_orders: order_status must be an integer, not 'x'"


def test_a_default_of_any_enum_is_described_by_its_value() -> None:
    import dataclasses
    import enum

    from matrixport.cli._values import describe

    class Side(enum.Enum):  # a plain enum: its str() is "Side.BUY"
        BUY = "buy"

    _, limit = parameter_of("prime-broker list-orders", "limit")
    assert describe(dataclasses.replace(limit, default=Side.BUY)) == "Page size. Default: buy."


# The client the command uses, and the sandbox it starts.


def test_the_commands_client_keeps_each_calls_options() -> None:
    from matrixport import RequestOptions, errors
    from matrixport.cli._commands import _Client

    closed = f"http://127.0.0.1:{free_port()}"
    with _Client(ACCESS_KEY, SECRET_KEY, closed) as client, pytest.raises(errors.TransportError) as caught:
        client.prime_broker.get_transfer_record(
            serial_no="done-0011", request_options=RequestOptions(request_id="cli-request-1", max_retries=0)
        )
    assert caught.value.request_id == "cli-request-1"


def test_a_sandbox_is_used_as_soon_as_it_listens() -> None:
    import tempfile

    from matrixport.cli._sandbox import _wait_until_listening

    port = free_port()
    listener = socket.socket()

    def listen_soon() -> None:
        time.sleep(0.2)
        listener.bind(("127.0.0.1", port))
        listener.listen()

    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    thread = threading.Thread(target=listen_soon)
    try:
        with tempfile.TemporaryFile() as log, listener:
            thread.start()
            started_at = time.monotonic()
            _wait_until_listening(process, port, log)
            assert time.monotonic() - started_at < 0.8
            thread.join()
    finally:
        process.kill()
        process.wait()
