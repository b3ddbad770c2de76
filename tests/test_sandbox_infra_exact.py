"""The sandbox's infrastructure to the exact answer: what a user of the sandbox sees, byte for byte.

Written against mutants of `matrixport.sandbox` (`scripts/mutation.py`) that the other tests let
live; each test pins an answer a sandbox user relies on:

- the request pipeline (`core.py`): the 404 of an unknown path, the envelope of a refusal,
  `Prefer: code=...`, a 429 fault's answer, a refused repeat of an idempotency key, a bare
  (unenveloped) answer, a file, an internal error's 500, the ledger of every write;
- the control endpoints (`control.py`): every refusal with its status and message, the admin
  token's checks, the ledger's filters, a new key's checks;
- the judge (`judge.py`): each refusal's message, the timestamp window's edges, the encoding of
  every kind of value in the string to sign;
- faults (`faults.py`): the settings' checks and messages, `describe()`, draws and their limits;
- the in-process transports (`transport.py`) and the ASGI app (`asgi.py`): what a fault does on
  the wire, the ASGI messages sent;
- JSON and money (`_json.py`), the clock (`clock.py`), the state file (`store.py`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from matrixport._signing import MatrixportAuth
from matrixport.sandbox import BASE_URL, Sandbox
from matrixport.sandbox.clock import SandboxClock
from matrixport.sandbox.core import SandboxCore, SandboxRequest
from matrixport.sandbox.transport import SandboxTransport

ACCESS = "sandbox-access-key"
SECRET = "sandbox-secret-key"
TOKEN = "infra-admin-token-0123456789"
START_MS = 1_800_000_000_000
"""A fixed sandbox time (2027-01-15T08:00:00Z) for answers that show it."""
TRANSFER = {
    "from_account": "9547_huobi_1",
    "to_account": "9547_okex_1",
    "currency": "BTC",
    "amount": "1",
    "serial_no": "serial-0001",
}
TOTAL_POSITION = "/flexible/api/v2/user/asset/summary"
ALLOCATE = "/credit/agency/v1/allocate"


class Wall:
    """A real-time clock the test moves by hand (ms)."""

    def __init__(self, now_ms: int) -> None:
        self.now_ms = now_ms

    def __call__(self) -> int:
        return self.now_ms


def envelope(code: int, message: str) -> bytes:
    return json.dumps({"code": code, "message": message, "data": None}, separators=(",", ":")).encode()


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(admin_token=TOKEN) as instance:
        yield instance


@pytest.fixture
def raw(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """Unsigned requests through the in-process transport (loopback for the control endpoints)."""
    with httpx.Client(base_url=BASE_URL, transport=sandbox.transport()) as http:
        yield http


@pytest.fixture
def signed(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """Requests signed by the client's own signing (`MatrixportAuth`), through the in-process transport."""
    auth = MatrixportAuth(ACCESS, SECRET)
    with httpx.Client(base_url=BASE_URL, transport=sandbox.transport(), auth=auth) as http:
        yield http


@pytest.fixture
def fixed() -> Iterator[tuple[SandboxCore, httpx.Client]]:
    """A sandbox whose clock stands still at START_MS, and a signed client of it."""
    core = SandboxCore(clock=SandboxClock(start_ms=START_MS, wall=Wall(0)), admin_token=TOKEN)
    auth = MatrixportAuth(ACCESS, SECRET)
    try:
        with httpx.Client(base_url=BASE_URL, transport=SandboxTransport(core), auth=auth) as http:
            yield core, http
    finally:
        core.close()


# ---- the request pipeline (core.py) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/__sandboxx", b'{"code":404,"message":"no operation GET /__sandboxx in the spec"}'),
        ("GET", "/nothing", b'{"code":404,"message":"no operation GET /nothing in the spec"}'),
        (
            "DELETE",
            TOTAL_POSITION,
            b'{"code":404,"message":"no operation DELETE /flexible/api/v2/user/asset/summary in the spec"}',
        ),
    ],
)
def test_a_path_of_no_operation_is_a_404_naming_it(
    raw: httpx.Client, method: str, path: str, body: bytes
) -> None:
    answer = raw.request(method, path)
    assert (answer.status_code, answer.content) == (404, body)
    assert answer.headers["content-type"] == "application/json"


def test_an_unsigned_request_to_a_signed_operation_is_refused_in_the_envelope(raw: httpx.Client) -> None:
    answer = raw.get(TOTAL_POSITION)
    assert (answer.status_code, answer.content) == (
        200,
        envelope(17002013, "akid illegal: unknown access key"),
    )
    assert answer.headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    ("prefer", "body"),
    [
        ("code=12010002", envelope(12010002, "Insufficient deposit balance")),
        ("respond-async, code=12010004", envelope(12010004, "Parameter error")),
        ("code= 12010004 ", envelope(12010004, "Parameter error")),
        ("code=999", envelope(999, "error")),  # a code the document does not list
        ("code=-7", envelope(-7, "error")),
    ],
)
def test_prefer_code_answers_that_code_with_the_documents_message(
    signed: httpx.Client, sandbox: Sandbox, prefer: str, body: bytes
) -> None:
    answer = signed.get(TOTAL_POSITION, headers={"Prefer": prefer})
    assert (answer.status_code, answer.content) == (200, body)
    assert len(sandbox.ledger.entries()) == 0


@pytest.mark.parametrize(
    "prefer", ["code=abc", "code=X12", "code=", "status=12010002", "code = 12010002", "code=1-2"]
)
def test_a_prefer_header_without_a_code_is_ignored(signed: httpx.Client, prefer: str) -> None:
    answer = signed.get(TOTAL_POSITION, headers={"Prefer": prefer})
    assert answer.status_code == 200
    assert answer.json()["code"] == 0


def test_the_parameter_check_answers_every_problem(signed: httpx.Client) -> None:
    answer = signed.get("/flexible/api/v2/deposit-redeem/currency/detail", params={"currency": "BTC"})
    assert answer.content == envelope(
        17002001,
        "Verify signature parameter error: query parameter product_type is required; "
        "query parameter subject_type is required",
    )


def test_without_validation_a_request_reaches_the_state_model() -> None:
    with (
        Sandbox(validate=False) as loose,
        httpx.Client(
            base_url=BASE_URL, transport=loose.transport(), auth=MatrixportAuth(ACCESS, SECRET)
        ) as http,
    ):
        answer = http.get("/flexible/api/v2/deposit-redeem/currency/detail", params={"currency": "XYZ"})
    assert answer.json() == {
        "code": 12010004,
        "message": "Parameter error: currency 'XYZ' is not offered (offered: BTC, ETH, USDT, USDC)",
        "data": None,
    }


def test_a_429_fault_answers_before_acting(signed: httpx.Client, sandbox: Sandbox) -> None:
    sandbox.set_faults(sequence=["429"])
    answer = signed.post(ALLOCATE, json=TRANSFER)
    assert (answer.status_code, answer.content) == (429, b'{"code":429,"message":"too many requests"}')
    assert answer.headers["retry-after"] == "0"
    assert answer.headers["content-type"] == "application/json"
    assert sandbox.ledger.entries() == []
    again = signed.post(ALLOCATE, json=TRANSFER)  # the key was not used up
    assert again.content == b'{"code":0,"message":"","data":null}'


@pytest.mark.parametrize(
    ("kind", "status", "body", "media_type"),
    [
        ("500", 500, b"<html><body><h1>500 Internal Server Error</h1></body></html>", "text/html"),
        ("garbage", 200, b'{"code": 0, "message": "", "data": {"trunc', "application/json"),
    ],
)
def test_a_fault_after_acting_loses_the_answer(
    signed: httpx.Client, sandbox: Sandbox, kind: str, status: int, body: bytes, media_type: str
) -> None:
    sandbox.set_faults(sequence=[kind])
    answer = signed.post(ALLOCATE, json=TRANSFER)
    assert (answer.status_code, answer.content, answer.headers["content-type"]) == (status, body, media_type)
    assert [entry.outcome for entry in sandbox.ledger.entries()] == ["acted"]


def test_a_repeated_key_is_refused_with_the_documents_code_and_the_key(
    fixed: tuple[SandboxCore, httpx.Client],
) -> None:
    core, signed = fixed
    first = signed.post(ALLOCATE, json=TRANSFER, headers={"x-request-id": "rq-1"})
    assert first.content == b'{"code":0,"message":"","data":null}'
    for request_id in ("rq-2", "rq-3"):
        again = signed.post(ALLOCATE, json={**TRANSFER, "amount": "2"}, headers={"x-request-id": request_id})
        assert again.content == envelope(
            12070132, "Duplicate Serial No: serial_no 'serial-0001' was used already"
        )
    keyless = signed.post(
        "/credit/agency/v1/account", json={"exchange": "okex", "request_id": ""}
    )  # an empty key is no key
    assert keyless.json()["code"] != 12070528
    entries = [
        (e.document, e.operation, e.user_id, e.access_key, e.outcome, e.key, e.request_id, e.at_ms, e.result)
        for e in core.ledger.entries()
    ]
    assert entries[:3] == [
        ("prime-broker", "createTransfer", "9547", ACCESS, "acted", "serial-0001", "rq-1", START_MS, None),
        (
            "prime-broker",
            "createTransfer",
            "9547",
            ACCESS,
            "repeat",
            "serial-0001",
            "rq-2",
            START_MS,
            12070132,
        ),
        (
            "prime-broker",
            "createTransfer",
            "9547",
            ACCESS,
            "repeat",
            "serial-0001",
            "rq-3",
            START_MS,
            12070132,
        ),
    ]
    assert core.store.balance("9547", "9547_huobi_1", "BTC") == Decimal("4")  # one transfer of 1 BTC
    opening = {"exchange": "okex", "request_id": "account-0001"}
    account = signed.post("/credit/agency/v1/account", json=opening)
    *_, opened = core.ledger.entries()  # an acted write keeps the data it answered
    assert (opened.operation, opened.outcome, opened.key) == ("createAccount", "acted", "account-0001")
    assert opened.result == account.json()["data"] == "9547_okex_2"  # the new account's id


# ---- the control endpoints (control.py) ----------------------------------------------------------

KEY_CHECK = "must be a non-empty string without spaces"


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "answer"),
    [
        ("PUT", "/__sandbox/clock", None, 405, {"error": "no control endpoint PUT /__sandbox/clock"}),
        ("PUT", "/__sandbox/clock/", None, 405, {"error": "no control endpoint PUT /__sandbox/clock/"}),
        ("GET", "/__sandbox/reset", None, 405, {"error": "no control endpoint GET /__sandbox/reset"}),
        ("GET", "/__sandbox/nothing/", None, 404, {"error": "no control endpoint GET /__sandbox/nothing/"}),
        # a path that only starts like an endpoint is not it
        ("GET", "/__sandbox/clockX", None, 404, {"error": "no control endpoint GET /__sandbox/clockX"}),
        ("POST", "/__sandbox", None, 405, {"error": "no control endpoint POST /__sandbox"}),
        (
            "POST",
            "/__sandbox/keys",
            b'{"colour": 1, "access_key": "a"}',
            400,
            {"error": "unknown fields ['colour']: expected access_key, secret_key, balances"},
        ),
        ("POST", "/__sandbox/keys", b'{"access_key": "a b"}', 400, {"error": f"access_key {KEY_CHECK}"}),
        ("POST", "/__sandbox/keys", b'{"access_key": ""}', 400, {"error": f"access_key {KEY_CHECK}"}),
        ("POST", "/__sandbox/keys", b'{"access_key": 5}', 400, {"error": f"access_key {KEY_CHECK}"}),
        ("POST", "/__sandbox/keys", b'{"secret_key": "a\\u0001"}', 400, {"error": f"secret_key {KEY_CHECK}"}),
        ("POST", "/__sandbox/keys", b'{"secret_key": ["s"]}', 400, {"error": f"secret_key {KEY_CHECK}"}),
        (
            "POST",
            "/__sandbox/keys",
            b'{"balances": ["BTC"]}',
            400,
            {"error": 'balances must be an object: {"BTC": "1.5", ...}'},
        ),
        (
            "POST",
            "/__sandbox/keys",
            b'{"balances": {"BTC": "lots"}}',
            400,
            {"error": "balances: not a number: 'lots'"},
        ),
        (
            "POST",
            "/__sandbox/keys",
            b'{"balances": {"BTC": "-0.1"}}',
            400,
            {"error": "balances cannot be negative"},
        ),
        (
            "POST",
            "/__sandbox/keys",
            b'{"access_key": "sandbox-access-key"}',
            400,
            {"error": "access key 'sandbox-access-key' exists already"},
        ),
        ("POST", "/__sandbox/keys", b"[1]", 400, {"error": "expected a JSON object"}),
        ("POST", "/__sandbox/keys", b"{nope", 400, {"error": "the body is not JSON"}),
        (
            "POST",
            "/__sandbox/faults",
            b'{"rate": true}',
            400,
            {"error": "faults: rate must be a number, got True"},
        ),
        (
            "POST",
            "/__sandbox/faults",
            b'{"seed": 1.5}',
            400,
            {"error": "faults: seed must be an integer or null, got Decimal('1.5')"},
        ),
        (
            "POST",
            "/__sandbox/faults",
            b'{"delay": -1}',
            400,
            {"error": "faults: delay must be 0 or more seconds, got -1.0"},
        ),
        (
            "POST",
            "/__sandbox/faults",
            b'{"rate": 0.5, "kinds": []}',
            400,
            {"error": "faults: a fault rate needs at least one kind"},
        ),
        (
            "POST",
            "/__sandbox/faults",
            b'{"sequence": [null, "boom"]}',
            400,
            {"error": "faults: unknown fault kinds ['boom']: choose among 429, 500, drop, delay, garbage"},
        ),
        (
            "POST",
            "/__sandbox/faults",
            b'{"operations": [1]}',
            400,
            {"error": "faults: operations must be a list of strings, got [1]"},
        ),
        (
            "POST",
            "/__sandbox/faults",
            b'{"rate": -0.5}',
            400,
            {"error": "faults: rate must be between 0 and 1, got -0.5"},
        ),
        (
            "POST",
            "/__sandbox/faults",
            b'{"colour": 1, "rate": 1}',
            400,
            {"error": "faults: unknown settings ['colour']"},
        ),
        (
            "POST",
            "/__sandbox/faults",
            b'{"sequence": "500"}',
            400,
            {"error": "faults: sequence must be a list of fault kinds or nulls, got '500'"},
        ),
        (
            "POST",
            "/__sandbox/faults",
            b'{"sequence": [5]}',
            400,
            {"error": "faults: sequence must be a list of fault kinds or nulls, got [5]"},
        ),
        ("POST", "/__sandbox/faults", b"[]", 400, {"error": "expected a JSON object"}),
        (
            "GET",
            "/__sandbox/ledger?colour=red&key=k",
            None,
            400,
            {"error": "unknown filters ['colour']: document, operation, access_key, key"},
        ),
        (
            "GET",
            "/__sandbox/balances?access_key=nobody",
            None,
            400,
            {"error": "no customer with access key 'nobody'"},
        ),
        ("POST", "/__sandbox/reset", None, 200, {"ok": True}),
        (
            "DELETE",
            "/__sandbox/faults",
            None,
            200,
            {
                "rate": 0.0,
                "kinds": ["429", "500", "drop", "delay", "garbage"],
                "delay": 2.0,
                "seed": None,
                "sequence": [],
                "operations": [],
            },
        ),
        (
            "POST",
            "/__sandbox/faults",
            b" ",
            200,
            {
                "rate": 0.0,
                "kinds": ["429", "500", "drop", "delay", "garbage"],
                "delay": 2.0,
                "seed": None,
                "sequence": [],
                "operations": [],
            },
        ),
        (
            "POST",
            "/__sandbox/faults",
            b'{"kinds": "500,,drop", "rate": 0.5, "seed": 3, "operations": "createTransfer"}',
            200,
            {
                "rate": 0.5,
                "kinds": ["500", "drop"],
                "delay": 2.0,
                "seed": 3,
                "sequence": [],
                "operations": ["createTransfer"],
            },
        ),
        (
            "POST",
            "/__sandbox/faults",
            b'{"sequence": ["drop", null], "delay": 0, "kinds": ["429"]}',
            200,
            {
                "rate": 0.0,
                "kinds": ["429"],
                "delay": 0.0,
                "seed": None,
                "sequence": ["drop", None],
                "operations": [],
            },
        ),
    ],
)
def test_each_control_answer_exactly(
    raw: httpx.Client, method: str, path: str, body: bytes | None, status: int, answer: dict[str, Any]
) -> None:
    response = raw.request(method, path, content=body)
    assert (response.status_code, response.json()) == (status, answer)
    assert response.headers["content-type"] == "application/json"


def test_a_refused_key_creates_no_customer(raw: httpx.Client) -> None:
    for body in (b'{"colour": 1}', b'{"access_key": "new-key", "balances": {"BTC": "-1"}}'):
        assert raw.post("/__sandbox/keys", content=body).status_code == 400
    assert raw.get("/__sandbox/keys").json() == {
        "keys": [{"access_key": ACCESS, "user_id": "9547", "wallet": "9547.bal"}]
    }


def test_a_new_keys_balances_replace_the_wallet(raw: httpx.Client) -> None:
    created = raw.post(
        "/__sandbox/keys",
        json={"access_key": "k1", "secret_key": "s1", "balances": {"btc": "2.50", "ETH": "0", "usdt": 7}},
    )
    assert created.json() == {"access_key": "k1", "secret_key": "s1", "user_id": "9548", "wallet": "9548.bal"}
    rows = raw.get("/__sandbox/balances", params={"access_key": "k1"}).json()
    assert rows["user_id"] == "9548"
    assert [row for row in rows["balances"] if row["account"] == "9548.bal"] == [
        {"account": "9548.bal", "wallet_type": 0, "currency": "BTC", "amount": "2.5"},
        {"account": "9548.bal", "wallet_type": 0, "currency": "USDT", "amount": "7"},
    ]
    with httpx.Client(
        base_url=BASE_URL, transport=raw._transport, auth=MatrixportAuth("k1", "s1")
    ) as http:  # the new key signs
        assert http.get(TOTAL_POSITION).json()["code"] == 0


LOCAL = ("GET", "/__sandbox/clock")
REFUSED_403 = {
    "error": "control endpoints answer loopback only, or a request with the sandbox's admin token "
    "(Authorization: Bearer <token>, printed when the sandbox starts)"
}


@pytest.mark.parametrize(
    ("client", "authorization", "allowed"),
    [
        ("127.0.0.1", None, True),
        ("127.8.9.10", None, True),
        ("::1", None, True),
        ("[::1]", None, True),
        ("in-process", None, True),
        ("10.1.2.3", None, False),
        ("localhost", None, False),  # a name, not an address: not trusted
        ("", None, False),
        (None, None, False),
        ("10.1.2.3", f"Bearer {TOKEN}", True),
        ("10.1.2.3", f"bearer {TOKEN}", True),
        ("10.1.2.3", f"BEARER  {TOKEN} ", True),
        (None, f"Bearer {TOKEN}", True),
        ("10.1.2.3", f"Basic {TOKEN}", False),
        ("10.1.2.3", f"Bearer {TOKEN}x", False),
        ("10.1.2.3", f"Bearer{TOKEN}", False),
        ("10.1.2.3", TOKEN, False),
        ("10.1.2.3", "Bearer ", False),
    ],
)
def test_who_may_use_the_control_endpoints(
    sandbox: Sandbox, client: str | None, authorization: str | None, allowed: bool
) -> None:
    headers = {} if authorization is None else {"authorization": authorization}
    answer = sandbox.core.handle(SandboxRequest("GET", "/__sandbox/faults", headers=headers, client=client))
    if allowed:
        assert (answer.status, json.loads(answer.body)["rate"]) == (200, 0.0)
    else:
        assert (answer.status, json.loads(answer.body)) == (403, REFUSED_403)


def test_the_ledger_endpoint_filters_by_each_field(
    fixed: tuple[SandboxCore, httpx.Client],
) -> None:
    core, signed = fixed
    second = core.world.add_customer("second-key", "second-secret")
    with httpx.Client(
        base_url=BASE_URL,
        transport=SandboxTransport(core),
        auth=MatrixportAuth("second-key", "second-secret"),
    ) as other:
        other.post(ALLOCATE, json={**TRANSFER, "from_account": "9548_huobi_1", "to_account": "9548_okex_1"})
    signed.post(ALLOCATE, json=TRANSFER, headers={"x-request-id": "rq-1"})
    signed.post(ALLOCATE, json=TRANSFER, headers={"x-request-id": "rq-2"})
    signed.post(ALLOCATE, json={**TRANSFER, "serial_no": "serial-0002"})
    local = httpx.Client(base_url=BASE_URL, transport=SandboxTransport(core))

    def keys(**query: str) -> list[tuple[int, str, str | None]]:
        answer = local.get("/__sandbox/ledger", params=query).json()
        return [(e["seq"], e["access_key"], e["key"]) for e in answer["entries"]]

    assert keys() == [
        (1, "second-key", "serial-0001"),
        (2, ACCESS, "serial-0001"),
        (3, ACCESS, "serial-0001"),
        (4, ACCESS, "serial-0002"),
    ]
    assert keys(access_key=ACCESS, key="serial-0001") == [
        (2, ACCESS, "serial-0001"),
        (3, ACCESS, "serial-0001"),
    ]
    assert keys(key="serial-0002") == [(4, ACCESS, "serial-0002")]
    assert keys(document="prime-broker", operation="createTransfer", access_key="second-key") == [
        (1, "second-key", "serial-0001")
    ]
    assert keys(document="balance-plus") == []
    assert keys(operation="createAccount") == []
    whole = local.get("/__sandbox/ledger", params={"access_key": ACCESS}).json()
    assert whole["acted"] == {"prime-broker": {"createTransfer": ["serial-0001", "serial-0002"]}}
    assert whole["repeats"] == {"prime-broker": {"createTransfer": 1}}
    assert whole["entries"][1] == {
        "seq": 3,
        "document": "prime-broker",
        "operation": "createTransfer",
        "user_id": "9547",
        "access_key": ACCESS,
        "outcome": "repeat",
        "key": "serial-0001",
        "request_id": "rq-2",
        "at_ms": START_MS,
        "result": 12070132,
    }
    assert second.user_id == "9548"


def test_the_clock_endpoint_moves_the_clock_and_lets_due_changes_happen(
    fixed: tuple[SandboxCore, httpx.Client],
) -> None:
    core, signed = fixed
    local = httpx.Client(base_url=BASE_URL, transport=SandboxTransport(core))
    assert local.get("/__sandbox/clock").json() == {"now_ms": START_MS, "speed": 1.0}
    signed.post(ALLOCATE, json=TRANSFER)
    assert local.post("/__sandbox/clock", json={"advance_seconds": 30}).json() == {
        "now_ms": START_MS + 30_000,
        "speed": 1.0,
    }
    assert core.store.balance("9547", "9547_okex_1", "BTC") == Decimal("6")  # arrived: the tick ran
    assert local.post("/__sandbox/clock", json={"advance_seconds": 1.5, "speed": 3}).json() == {
        "now_ms": START_MS + 31_500,
        "speed": 3.0,
    }
    assert local.post("/__sandbox/clock", content=b'{"speed": 0.5}').json() == {
        "now_ms": START_MS + 31_500,
        "speed": 0.5,
    }


def test_the_balances_endpoint_applies_due_changes_first(fixed: tuple[SandboxCore, httpx.Client]) -> None:
    core, signed = fixed
    signed.post(ALLOCATE, json=TRANSFER)
    core.clock.advance(30)  # the clock alone: nothing has ticked yet
    local = httpx.Client(base_url=BASE_URL, transport=SandboxTransport(core))
    rows = local.get("/__sandbox/balances").json()["balances"]
    assert {"account": "9547_okex_1", "wallet_type": 0, "currency": "BTC", "amount": "6"} in rows
    assert rows[:2] == [
        {"account": "9547.bal", "wallet_type": 0, "currency": "BTC", "amount": "10"},
        {"account": "9547.bal", "wallet_type": 0, "currency": "DAI", "amount": "100000"},
    ]


# ---- answers without a state model: the documented example, a spec of one's own -------------------


def test_without_validation_an_unhandled_list_without_a_limit_answers_every_item(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Sandbox(validate=False) as loose:
        model = loose.core.world.models["prime-broker"]
        handler = model.handler
        monkeypatch.setattr(
            model,
            "handler",
            lambda wanted: None if wanted == "listAccountTransferRecords" else handler(wanted),
        )
        with httpx.Client(
            base_url=BASE_URL, transport=loose.transport(), auth=MatrixportAuth(ACCESS, SECRET)
        ) as http:
            whole = http.get("/credit/agency/v1/account/funds").json()["data"]
            rest = http.get("/credit/agency/v1/account/funds", params={"offset": "3"}).json()["data"]
    assert (len(whole["items"]), whole["count"]) == (5, 5)
    assert (len(rest["items"]), rest["count"]) == (2, 5)


MINI_SPEC = {
    "mini": {
        "x-matrixport-error-codes": [{"code": 7, "name": "Seven", "message": "Seven happened."}],
        "paths": {
            "/file": {
                "get": {
                    "operationId": "getFile",
                    "responses": {"200": {"content": {"application/octet-stream": {}}}},
                }
            },
            "/thing": {"post": {"operationId": "postThing", "responses": {"200": {}}}},
        },
    }
}


@pytest.fixture
def mini() -> Iterator[httpx.Client]:
    """A sandbox of a one-document spec of its own: unsigned operations, no state model."""
    from matrixport.sandbox.spec import Spec

    core = SandboxCore(spec=Spec(MINI_SPEC), keys={})
    try:
        with httpx.Client(base_url=BASE_URL, transport=SandboxTransport(core)) as http:
            yield http
    finally:
        core.close()


def test_a_file_without_an_example_is_empty(mini: httpx.Client) -> None:
    answer = mini.get("/file")
    assert (answer.status_code, answer.content, answer.headers["content-type"]) == (
        200,
        b"",
        "application/octet-stream",
    )


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (b"", b'{"code":0,"message":"","data":null}'),
        (b'{"a": 1}', b'{"code":0,"message":"","data":null}'),
        (b"[1]", envelope(17002001, "Verify signature parameter error: the body is not a JSON object")),
        (
            b"x",
            envelope(17002001, "Verify signature parameter error: Expecting value: line 1 column 1 (char 0)"),
        ),
    ],
)
def test_an_unsigned_write_needs_a_json_object(mini: httpx.Client, body: bytes, answer: bytes) -> None:
    assert mini.post("/thing", content=body).content == answer


def test_prefer_code_takes_the_message_of_the_operations_own_document(mini: httpx.Client) -> None:
    assert mini.get("/file", headers={"prefer": "code=7"}).content == envelope(7, "Seven happened.")


def test_a_state_model_that_fails_answers_500_and_the_sandbox_goes_on(
    signed: httpx.Client, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = sandbox.core.world.models["balance-plus"]
    handler = model.handler

    def broken(call: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setattr(
        model, "handler", lambda wanted: broken if wanted == "getTotalPosition" else handler(wanted)
    )
    answer = signed.get(TOTAL_POSITION)
    assert (answer.status_code, answer.content) == (
        500,
        b'{"code":500,"message":"sandbox internal error (see its log)"}',
    )
    monkeypatch.undo()
    assert signed.get(TOTAL_POSITION).json()["code"] == 0


def test_a_created_key_keeps_the_secret_it_was_given(sandbox: Sandbox) -> None:
    created = sandbox.keys.create("given-key", "given-secret", balances={"BTC": "1"})
    assert (created.access_key, created.secret_key, created.user_id) == ("given-key", "given-secret", "9548")
    with httpx.Client(
        base_url=BASE_URL, transport=sandbox.transport(), auth=MatrixportAuth("given-key", "given-secret")
    ) as http:
        assert http.get(TOTAL_POSITION).json()["code"] == 0
    assert sandbox.balance("9548.bal", "btc", credentials=created) == Decimal("1")


def test_accounts_show_the_exchanges_name_and_no_custody_unless_opened_with_one() -> None:
    core = SandboxCore(clock=SandboxClock(start_ms=START_MS, wall=Wall(0)), validate=False)
    auth = MatrixportAuth(ACCESS, SECRET)
    try:
        with httpx.Client(base_url=BASE_URL, transport=SandboxTransport(core), auth=auth) as http:
            opening = {"exchange": "newex", "request_id": "account-0001"}
            opened = http.post("/credit/agency/v1/account", json=opening).json()["data"]
            listed = http.get("/credit/agency/v1/accounts", params={"limit": 100}).json()["data"]["items"]
    finally:
        core.close()
    accounts = {account["account_id"]: account for account in listed}
    seeded = accounts["9547_okex_1"]
    assert (seeded["exchange"], seeded["ex_value"], seeded["custody_id"], seeded["custody_key"]) == (
        "OKX",
        "okex",
        "",
        "",
    )
    # with the request checks off, an exchange the spec does not name shows as it was sent
    assert (opened, accounts[opened]["exchange"], accounts[opened]["ex_value"]) == (
        "9547_newex_1",
        "newex",
        "newex",
    )
