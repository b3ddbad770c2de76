"""More of the sandbox's infrastructure to the exact answer (mutants the other tests let live).

- a spec of one's own (`spec.py`): which example an unhandled operation answers, a bare answer, a
  file, an operation without responses, root security, parameters by `$ref`, the error table,
  documents without paths or error codes, the bundled specs as loaded;
- the state file (`store.py`): a reset keeps the state's schema version, a refused withdrawal
  says what was short;
- the clock (`clock.py`), the ASGI app (`asgi.py`) with a minimal scope.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import pytest
from matrixport.errors import APIError, HTTPStatusError
from matrixport.sandbox import BASE_URL, Faults, Sandbox
from matrixport.sandbox import store as store_module
from matrixport.sandbox.asgi import SandboxApp
from matrixport.sandbox.core import SandboxCore
from matrixport.sandbox.spec import ErrorCode, Spec, load_specs
from matrixport.sandbox.store import InsufficientFunds, Store
from matrixport.sandbox.transport import SandboxTransport

SPEC = {
    "mini": {
        "security": [{"key": []}],
        "x-matrixport-error-codes": [
            {"code": 7, "name": "Seven", "message": "Seven happened.", "retryable": True},
            {"code": 8, "name": "Eight", "message": "Eight.", "pending": True, "duplicate": True},
            {"code": 9},
        ],
        "components": {
            "examples": {"Ok": {"value": {"message": "", "data": {"a": 1}}}},
            "parameters": {
                "N": {
                    "name": "n",
                    "in": "query",
                    "required": True,
                    "schema": {"$ref": "#/components/schemas/Int"},
                }
            },
            "schemas": {"Int": {"type": "integer"}},
        },
        "paths": {
            "/example": {
                "get": {
                    "operationId": "getExample",
                    "security": [],
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "examples": {
                                        "text": {"value": "not an envelope"},
                                        "refused": {"value": {"code": 1, "message": "no", "data": "refused"}},
                                        "ok": {"$ref": "#/components/examples/Ok"},
                                    }
                                }
                            }
                        }
                    },
                }
            },
            "/bare": {
                "get": {
                    "operationId": "getBare",
                    "security": [],
                    "x-matrixport-envelope": False,
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {"type": "object", "properties": {"x": {"type": "integer"}}},
                                    "examples": {"one": {"value": {"x": 1}}},
                                }
                            }
                        }
                    },
                }
            },
            "/file": {
                "get": {
                    "operationId": "getFile",
                    "security": [],
                    "responses": {
                        "200": {"content": {"text/csv": {"examples": {"one": {"value": "a,b\n"}}}}}
                    },
                }
            },
            "/none": {"post": {"operationId": "postNone", "security": []}},
            "/empty": {"get": {"operationId": "getEmpty", "security": [], "responses": {"200": {}}}},
            "/signed": {"get": {"operationId": "getSigned", "responses": {"200": {}}}},
            "/count": {
                "get": {
                    "operationId": "getCount",
                    "security": [],
                    "parameters": [{"$ref": "#/components/parameters/N"}],
                    "responses": {"200": {}},
                }
            },
            "/painted": {
                "parameters": [{"name": "colour", "in": "query", "required": True}],
                "get": {"operationId": "getPainted", "security": [], "responses": {"200": {}}},
            },
            "/things/{id}": {
                "get": {
                    "operationId": "getThing",
                    "security": [],
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "examples": {"one": {"value": {"code": 0, "data": "thing"}}}
                                }
                            }
                        }
                    },
                }
            },
        },
    },
    "nothing": {},
}


def envelope(code: int, message: str, data: Any = None) -> bytes:
    return json.dumps({"code": code, "message": message, "data": data}, separators=(",", ":")).encode()


@pytest.fixture
def mini() -> Iterator[httpx.Client]:
    """A sandbox of a spec of its own: no state model, so every operation answers its example."""
    core = SandboxCore(spec=Spec(SPEC), keys={})
    try:
        with httpx.Client(base_url=BASE_URL, transport=SandboxTransport(core)) as http:
            yield http
    finally:
        core.close()


# ---- a spec of one's own (spec.py) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "media_type", "answer"),
    [
        # the first example that is a success envelope, past a bare value and a refusal, through a $ref
        ("GET", "/example", "application/json", envelope(0, "", {"a": 1})),
        ("GET", "/things/5", "application/json", envelope(0, "", "thing")),
        ("GET", "/bare", "application/json", b'{"x":1}'),
        ("GET", "/file", "text/csv", b"a,b\n"),
        ("POST", "/none", "application/json", envelope(0, "")),
        ("GET", "/empty", "application/json", envelope(0, "")),
        ("GET", "/signed", "application/json", envelope(17002013, "akid illegal: unknown access key")),
        (
            "GET",
            "/count",
            "application/json",
            envelope(17002001, "Verify signature parameter error: query parameter n is required"),
        ),
        (
            "GET",
            "/count?n=x",
            "application/json",
            envelope(
                17002001, "Verify signature parameter error: query parameter n: 'x' is not of type 'integer'"
            ),
        ),
        ("GET", "/count?n=3", "application/json", envelope(0, "")),
        # a parameter of the path item applies to its every operation; without a schema, any value
        (
            "GET",
            "/painted",
            "application/json",
            envelope(17002001, "Verify signature parameter error: query parameter colour is required"),
        ),
        ("GET", "/painted?colour=red", "application/json", envelope(0, "")),
    ],
)
def test_an_unhandled_operation_answers_its_documented_example(
    mini: httpx.Client, method: str, path: str, media_type: str, answer: bytes
) -> None:
    response = mini.request(method, path)
    assert (response.status_code, response.headers["content-type"], response.content) == (
        200,
        media_type,
        answer,
    )


def test_what_a_spec_of_ones_own_is_read_as() -> None:
    spec = Spec(SPEC)
    document = spec.documents["mini"]
    assert document.name == "mini"
    assert document.errors == {
        7: ErrorCode(7, "Seven", "Seven happened.", retryable=True),
        8: ErrorCode(8, "Eight", "Eight.", pending=True, duplicate=True),
        9: ErrorCode(9, "", ""),
    }
    assert document.duplicate_codes == (8,)
    assert spec.documents["nothing"].errors == {}
    assert spec.documents["nothing"].operations == {}
    assert spec.fields("mini", "getBare") == frozenset({"x"})
    # an operation that documents no content answers JSON; a file answers its own media type
    assert [
        (op.media_type, op.binary)
        for op in (spec.operation("mini", "getEmpty"), spec.operation("mini", "getFile"))
    ] == [
        ("application/json", False),
        ("text/csv", True),
    ]
    assert [(op.key, op.signed) for op in spec if op.operation_id in ("getSigned", "getEmpty")] == [
        ("mini.getEmpty", False),
        ("mini.getSigned", True),
    ]


def test_the_fields_an_answer_declares() -> None:
    """What `shaped` cuts an answer to: through a response schema behind a `$ref`, and none at all
    for an answer that is no object (null, a string, a list)."""
    spec = Spec(load_specs())
    assert spec.fields("t-bills", "listProductApyHistory") == frozenset({"total", "items"})  # $ref
    assert spec.fields("prime-broker", "createTransfer") == frozenset()  # null
    assert spec.fields("prime-broker", "createAccount") == frozenset()  # a string
    assert spec.fields("prime-broker", "getAccountBalance") == frozenset()  # a list
    assert spec.fields("prime-broker", "getAccountBalance", "[]") == frozenset({"currency", "amount"})


def test_prefer_code_of_an_entry_without_a_message(mini: httpx.Client) -> None:
    assert mini.get("/file", headers={"prefer": "code=9"}).content == envelope(9, "")
    assert mini.get("/file", headers={"prefer": "code=7"}).content == envelope(7, "Seven happened.")


def test_the_bundled_specs_are_every_json_file_by_name() -> None:
    folder = resources.files("matrixport") / "_specs"
    files = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".json"))
    loaded = load_specs()
    assert list(loaded) == [name.removesuffix(".json") for name in files]
    assert list(loaded) == ["balance-plus", "fixed-income", "fixed-staking", "prime-broker", "t-bills"]
    for name in files:
        assert loaded[name.removesuffix(".json")] == json.loads((folder / name).read_text(encoding="utf-8"))


# ---- the state file (store.py) -------------------------------------------------------------------


def test_a_reset_keeps_the_state_files_schema_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "state.db"
    with (
        Sandbox(state=path) as sandbox,
        httpx.Client(base_url=BASE_URL, transport=sandbox.transport()) as http,
    ):
        assert http.post("/__sandbox/reset").json() == {"ok": True}
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", "2")
    with pytest.raises(ValueError, match=r"sandbox state of schema 1, this sandbox reads 2$"):
        Store(path)


def test_a_refused_withdrawal_says_what_was_short() -> None:
    store = Store()
    try:
        store.move("1", "1.bal", "BTC", Decimal("2"))
        with pytest.raises(InsufficientFunds) as short:
            store.move("1", "1.bal", "BTC", Decimal("-2.5"))
        assert (short.value.account, short.value.currency, short.value.available, short.value.wanted) == (
            "1.bal",
            "BTC",
            Decimal("2"),
            Decimal("2.5"),
        )
        assert str(short.value) == "1.bal holds 2 BTC, 2.5 needed"
    finally:
        store.close()


def test_a_unit_of_work_that_fails_halfway_leaves_nothing_behind() -> None:
    """The first transaction of a store is atomic too: a failure inside rolls back every write."""
    store = Store()
    try:
        with pytest.raises(RuntimeError), store.transaction():
            store.move("1", "1.bal", "BTC", Decimal("2"))
            with store.transaction():  # a nested unit joins the outer one
                store.move("1", "1.bal", "ETH", Decimal("3"))
            raise RuntimeError("the handler broke after its writes")
        assert (store.balance("1", "1.bal", "BTC"), store.balance("1", "1.bal", "ETH")) == (0, 0)
        with store.transaction():
            store.move("1", "1.bal", "BTC", Decimal("1"))
        with pytest.raises(RuntimeError), store.transaction():
            store.move("1", "1.bal", "BTC", Decimal("5"))
            raise RuntimeError("again")
        assert store.balance("1", "1.bal", "BTC") == Decimal("1")
    finally:
        store.close()


def test_a_state_file_is_written_ahead_so_readers_never_wait(tmp_path: Path) -> None:
    """A state file uses SQLite's write-ahead log: another process can read it while the sandbox writes."""
    path = tmp_path / "state.db"
    Store(path).close()
    with sqlite3.connect(path) as reader:
        assert reader.execute("pragma journal_mode").fetchone() == ("wal",)


# ---- the clock (clock.py) ------------------------------------------------------------------------


def test_advancing_the_clock_by_nothing_is_allowed() -> None:
    with Sandbox() as sandbox, httpx.Client(base_url=BASE_URL, transport=sandbox.transport()) as http:
        before = sandbox.clock.now_ms()
        answer = http.post("/__sandbox/clock", json={"advance_seconds": 0})
        assert answer.status_code == 200
        assert sandbox.clock.advance(0) >= before


# ---- the ASGI app (asgi.py) ----------------------------------------------------------------------


def _asgi(scope: dict[str, Any]) -> list[dict[str, Any]]:
    with Sandbox(admin_token="asgi-token-0123456789") as sandbox:
        app = SandboxApp(sandbox.core)
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b""}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        asyncio.run(app(scope, receive, send))
        return sent


def test_an_asgi_scope_without_headers_or_query_string_is_served() -> None:
    sent = _asgi({"type": "http", "method": "GET", "path": "/__sandbox/clock", "client": ("127.0.0.1", 1)})
    assert sent[0]["status"] == 200
    assert set(json.loads(sent[1]["body"])) >= {"now_ms"}


def test_an_asgi_scope_without_a_query_string_asks_no_filter() -> None:
    sent = _asgi(
        {
            "type": "http",
            "method": "GET",
            "path": "/__sandbox/ledger",
            "headers": [(b"Authorization", b"Bearer asgi-token-0123456789")],
        }
    )
    assert (sent[0]["status"], json.loads(sent[1]["body"])) == (
        200,
        {"entries": [], "acted": {}, "repeats": {}},
    )


class _Resources:
    """`importlib.resources` as seen from a package at `root` (a folder or a zip)."""

    def __init__(self, root: Any) -> None:
        self.root = root

    def files(self, package: str) -> Any:
        assert package == "matrixport"
        return self.root


def test_the_specs_load_from_a_zipped_package_in_name_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    from matrixport.sandbox import spec as spec_module

    archive = tmp_path / "matrixport.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("matrixport/_specs/zeta.json", '{"z": 1}')
        zipped.writestr("matrixport/_specs/README.md", "not a spec")
        zipped.writestr("matrixport/_specs/alpha.json", '{"a": "\u00e9"}')
    with zipfile.ZipFile(archive) as zipped:
        monkeypatch.setattr(spec_module, "resources", _Resources(zipfile.Path(zipped, "matrixport/")))
        loaded = load_specs()
    assert list(loaded.items()) == [("alpha", {"a": "\u00e9"}), ("zeta", {"z": 1})]


LOAD_UNDER_C_LOCALE = """
import sys, pathlib
from matrixport.sandbox import spec
class R:
    def files(self, package):
        return pathlib.Path(sys.argv[1])
spec.resources = R()
print(ascii(spec.load_specs()))
"""


def test_the_specs_are_read_as_utf8_whatever_the_locale(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    (tmp_path / "_specs").mkdir()
    (tmp_path / "_specs" / "one.json").write_text('{"note": "caf\u00e9"}', encoding="utf-8")
    environment = {**os.environ, "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0", "LC_ALL": "C"}
    environment.pop("LANG", None)
    done = subprocess.run(
        [sys.executable, "-c", LOAD_UNDER_C_LOCALE, str(tmp_path)],
        env=environment,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("ascii").splitlines()[-1] == "{'one': {'note': 'caf\\xe9'}}"
    # and the bundled specs read the same in this process, whatever its locale
    bundled = subprocess.run(
        [sys.executable, "-c", "from matrixport.sandbox import spec; print(ascii(spec.load_specs()))"],
        env=environment,
        capture_output=True,
        check=False,
    )
    assert bundled.stdout.decode("ascii").strip() == ascii(load_specs())


# ---- money (_json.py) ----------------------------------------------------------------------------


def test_e8_of_an_amount_of_twenty_whole_digits_is_cut_exactly() -> None:
    from matrixport.sandbox import _json

    assert _json.e8(Decimal("12345678901234567890.123456789")) == 1234567890123456789012345678
    assert _json.e8(Decimal("-0.123456789")) == -12345678


# ---- the Sandbox facade (sandbox.py) -------------------------------------------------------------


def test_a_sandbox_takes_its_faults() -> None:
    with Sandbox(faults=Faults(sequence=("500",))) as sandbox, sandbox.client(max_retries=0) as client:
        with pytest.raises(HTTPStatusError) as caught:
            client.balance_plus.get_total_position()
        assert caught.value.status_code == 500
        assert client.balance_plus.get_total_position().total_asset >= 0  # the sequence is spent


def test_a_sandbox_takes_its_timestamp_window() -> None:
    """A request signed by a clock a minute slow: refused by the default 5 s window, accepted by
    a sandbox given a wider one."""
    import time

    def slow() -> int:
        return time.time_ns() // 1_000_000 - 60_000

    for window, refused in ((None, True), (120_000, False)):
        settings = {} if window is None else {"timestamp_window_ms": window}
        with Sandbox(**settings) as sandbox, sandbox.client(max_retries=0, clock=slow) as client:
            if refused:
                with pytest.raises(APIError) as caught:
                    client.balance_plus.get_total_position()
                assert caught.value.code == 17002010
            else:
                client.balance_plus.get_total_position()


def test_a_sandbox_client_calls_the_sandbox_base_url() -> None:
    with Sandbox() as sandbox, sandbox.client() as client:
        assert client.base_url == BASE_URL


async def test_a_sandbox_async_client_calls_the_sandbox_base_url() -> None:
    with Sandbox() as sandbox:
        async with sandbox.async_client() as client:
            assert client.base_url == BASE_URL
            assert BASE_URL in repr(client)  # not the production address a caller would fear


# ---- time passing (World.tick) --------------------------------------------------------------------


def test_a_record_whose_model_does_not_move_its_due_time_is_stopped(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A model that forgets to move a due time (a bug) must not hang the clock: the record
    stops, with an error naming it, and the rest of the sandbox goes on."""
    from matrixport.sandbox.models.balance_plus import BalancePlus

    with Sandbox(clock_speed=1e-9) as sandbox:
        credentials = sandbox.keys.create()
        with sandbox.client(credentials) as client:
            serial = client.balance_plus.create_deposit(currency="USDT", amount=Decimal(100)).serial_number
        monkeypatch.setattr(BalancePlus, "advance", lambda self, record, at_ms: None)
        with caplog.at_level(logging.ERROR, logger="matrixport.sandbox"):
            sandbox.advance(3600)
        record = sandbox.core.store.get(credentials.user_id, "balance-plus", "order", serial)
        assert record is not None and record.due_ms is None
        messages = [r.getMessage() for r in caplog.records]
        assert f"balance-plus order {serial} did not move its due time; stopped" in messages
        assert all(
            m.startswith("balance-plus ") and m.endswith(" did not move its due time; stopped")
            for m in messages
        )


def test_records_of_a_document_the_spec_no_longer_serves_stand_still(tmp_path: Path) -> None:
    """A state file served with a spec without the document: its records' due times are dropped."""
    state = tmp_path / "state.db"
    with Sandbox(state=state, clock_speed=1e-9) as sandbox:
        credentials = sandbox.keys.create()
        with sandbox.client(credentials) as client:
            serial = client.balance_plus.create_deposit(currency="USDT", amount=Decimal(100)).serial_number
            client.balance_plus.create_deposit(currency="USDT", amount=Decimal(200))
        now = sandbox.clock.now_ms()
    core = SandboxCore(spec=Spec({"nothing": {}}), state=state, keys={})
    try:
        core.world.tick(now + 3_600_000)
        record = core.store.get(credentials.user_id, "balance-plus", "order", serial)
        assert record is not None and record.due_ms is None
        assert core.store.next_due(now + 3_600_000) is None  # nor any other record, in one pass
    finally:
        core.close()


def test_ids_increase_in_creation_order_within_a_millisecond_and_across_restarts(tmp_path: Path) -> None:
    """Like Matrixport's ids, the sandbox's sort as they were made, even when made in one millisecond."""
    path, now = tmp_path / "state.db", 1_700_000_000_000

    def made(count: int) -> list[str]:
        store = Store(path)
        try:
            return [store.new_id(now) for _ in range(count)]
        finally:
            store.close()

    ids = made(3) + made(2)  # the same millisecond again after a restart
    assert all(len(made_id) == 19 and made_id.isdigit() for made_id in ids)
    assert [int(made_id) for made_id in ids] == sorted({int(made_id) for made_id in ids})
