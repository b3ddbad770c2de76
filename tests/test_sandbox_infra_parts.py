"""The sandbox's parts to the exact value: the judge, faults, JSON and money, the wire (transports, ASGI).

Written against mutants of `matrixport.sandbox` (`scripts/mutation.py`) that the other tests let
live. The judge's refusals are what a client's user reads in a `SignatureError`; fault settings
and their refusals are what `POST /__sandbox/faults` and `Sandbox.set_faults` answer; the
transports and the ASGI app decide what a fault looks like on the wire.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from matrixport._signing import MatrixportAuth
from matrixport.sandbox import BASE_URL, Sandbox, _json
from matrixport.sandbox.asgi import DroppedConnection
from matrixport.sandbox.faults import Faults
from matrixport.sandbox.judge import Judge, Refused, string_to_sign

SECRET = "example-secret-key"
ACCESS = "example-access-key"
NOW = 1_695_634_589_886
PATH = "/credit/agency/v1/allocate"


def hand_signature(text: str) -> str:
    """HMAC-SHA256 of `text` under SECRET in upper-case hex, computed here (not by the judge)."""
    return hmac.new(SECRET.encode(), text.encode(), hashlib.sha256).hexdigest().upper()


def judge(window_ms: int = 5_000, now: int = NOW) -> Judge:
    return Judge({ACCESS: SECRET}.get, window_ms=window_ms, wall=lambda: now)


def headers(signature: str | None) -> dict[str, str]:
    sent = {"x-matrixport-access-key": ACCESS}
    if signature is not None:
        sent["x-matrixport-access-signature"] = signature
    return sent


def post(body: str, text: str) -> tuple[bytes, dict[str, str]]:
    """A POST body (JSON text, `SIG` standing for the signature) signed over `text`."""
    signature = hand_signature(text)
    return body.replace("SIG", signature).encode(), headers(signature)


# ---- the judge ------------------------------------------------------------------------------------

PARAM = "Verify signature parameter error: "
REQUIRED = (
    PARAM + "timestamp and signature parameters and the X-MatrixPort-Access-Signature header are required"
)
NOT_MS = PARAM + "timestamp must be integer milliseconds"
MISMATCH = "Signature error: the signature does not match the request"


def ambiguous(where: str) -> str:
    return (
        PARAM + f"the value of {where} contains one of '&=[]', which makes the string to sign ambiguous "
        "(it could sign the same as other parameters)"
    )


@pytest.mark.parametrize(
    ("body", "text"),
    [
        # a number is signed as written, a boolean as true/false, null is neither sent nor signed
        (
            f'{{"amount": 1.50, "n": 7, "flag": false, "on": true, "gone": null, '
            f'"timestamp": {NOW}, "signature": "SIG"}}',
            f"{PATH}&amount=1.50&flag=false&n=7&on=true&timestamp={NOW}",
        ),
        # objects as their sorted pairs (nulls left out), arrays in [ ] (nulls left out)
        (
            f'{{"o": {{"b": "2", "a": 1, "z": null, "t": true}}, "l": ["x", null, 3, false, {{"k": "v"}}], '
            f'"timestamp": {NOW}, "signature": "SIG"}}',
            f"{PATH}&l=[x&3&false&k=v]&o=a=1&b=2&t=true&timestamp={NOW}",
        ),
        (f'{{"timestamp": "{NOW}", "signature": "SIG"}}', f"{PATH}&timestamp={NOW}"),
    ],
)
def test_every_kind_of_json_value_is_signed_as_documented(body: str, text: str) -> None:
    content, sent = post(body, text)
    assert judge().check("POST", PATH, [], content, sent).access_key == ACCESS


def test_a_get_signs_its_query_in_order_and_ignores_a_body() -> None:
    query = [("b", "2"), ("a", "1"), ("a", "0"), ("timestamp", str(NOW))]
    signature = hand_signature(f"{PATH}&a=1&a=0&b=2&timestamp={NOW}")
    sent = [*query, ("signature", signature)]
    assert judge().check("GET", PATH, sent, b"not json at all", headers(signature)).access_key == ACCESS


def test_string_to_sign_leaves_out_the_signature_and_nulls_and_refuses_what_it_cannot_sign() -> None:
    assert string_to_sign("/p", [("signature", "S"), ("b", None), ("a", 1), ("c", ("x", None, "y"))]) == (
        "/p&a=1&c=[x&y]"
    )
    assert string_to_sign("/p", []) == "/p"
    with pytest.raises(TypeError) as caught:
        string_to_sign("/p", [("f", 1.5)])
    assert str(caught.value) == "cannot sign a float"


@pytest.mark.parametrize(
    ("method", "query", "body", "sent", "code", "message"),
    [
        ("GET", [], b"", {}, 17002013, "akid illegal: unknown access key"),
        ("GET", [], b"", {"x-matrixport-access-key": ""}, 17002013, "akid illegal: unknown access key"),
        ("GET", [], b"", {"x-matrixport-access-key": "nobody"}, 17002013, "akid illegal: unknown access key"),
        ("GET", [("signature", "S")], b"", headers("S"), 17002001, REQUIRED),
        ("GET", [("timestamp", str(NOW))], b"", headers("S"), 17002001, REQUIRED),
        ("GET", [("timestamp", str(NOW)), ("signature", "S")], b"", headers(None), 17002001, REQUIRED),
        ("POST", [], b"", headers("S"), 17002001, REQUIRED),
        ("GET", [("timestamp", "1.5"), ("signature", "S")], b"", headers("S"), 17002001, NOT_MS),
        ("GET", [("timestamp", ""), ("signature", "S")], b"", headers("S"), 17002001, NOT_MS),
        ("GET", [("timestamp", "-5"), ("signature", "S")], b"", headers("S"), 17002001, NOT_MS),
        ("GET", [("timestamp", "\u0661\u0662"), ("signature", "S")], b"", headers("S"), 17002001, NOT_MS),
        ("POST", [], b'{"timestamp": 1.5, "signature": "S"}', headers("S"), 17002001, NOT_MS),
        ("POST", [], b'{"timestamp": true, "signature": "S"}', headers("S"), 17002001, NOT_MS),
        ("POST", [], b'{"timestamp": [1], "signature": "S"}', headers("S"), 17002001, NOT_MS),
        ("POST", [], b"[1, 2]", headers("S"), 17002001, PARAM + "the body is not a JSON object"),
        ("POST", [], b"amount=1", headers("S"), 17002001, PARAM + "the body is not a JSON object"),
        (
            "PUT",
            [("a", "1")],
            b"{}",
            headers("S"),
            17002001,
            PARAM
            + "a signed PUT carries its parameters in the JSON body only; this request also has a query "
            "string, which the signature does not cover",
        ),
        ("GET", [("a", "x=y")], b"", headers("S"), 17002001, ambiguous("a")),
        ("GET", [("a", "ok"), ("b", "[")], b"", headers("S"), 17002001, ambiguous("b")),
        ("POST", [], b'{"o": {"p": "ok", "q": "a&b"}}', headers("S"), 17002001, ambiguous("o.q")),
        ("POST", [], b'{"l": ["ok", 1, "]"]}', headers("S"), 17002001, ambiguous("l[2]")),
        ("POST", [], b'{"l": [{"k": "ok"}, {"k": "="}]}', headers("S"), 17002001, ambiguous("l[1].k")),
    ],
)
def test_each_refusal_of_the_judge_exactly(
    method: str, query: list[tuple[str, str]], body: bytes, sent: dict[str, str], code: int, message: str
) -> None:
    with pytest.raises(Refused) as caught:
        judge().check(method, PATH, query, body, sent)
    assert (caught.value.code, caught.value.message) == (code, message)


@pytest.mark.parametrize(
    ("skew", "message"),
    [
        (0, None),
        (5_000, None),
        (-5_000, None),
        (5_001, "Signature error: the timestamp is 5001 ms ahead of the server clock (at most 5000 ms)"),
        (-5_001, "Signature error: the timestamp is 5001 ms behind the server clock (at most 5000 ms)"),
        (-60_000, "Signature error: the timestamp is 60000 ms behind the server clock (at most 5000 ms)"),
    ],
)
def test_the_timestamp_window_and_its_edges(skew: int, message: str | None) -> None:
    timestamp = NOW + skew
    content, sent = post(f'{{"timestamp": {timestamp}, "signature": "SIG"}}', f"{PATH}&timestamp={timestamp}")
    if message is None:
        assert judge().check("POST", PATH, [], content, sent).access_key == ACCESS
        return
    with pytest.raises(Refused) as caught:
        judge().check("POST", PATH, [], content, sent)
    assert (caught.value.code, caught.value.message) == (17002010, message)


def test_a_window_of_its_own() -> None:
    timestamp = NOW + 60_000
    content, sent = post(f'{{"timestamp": {timestamp}, "signature": "SIG"}}', f"{PATH}&timestamp={timestamp}")
    assert judge(window_ms=60_000).check("POST", PATH, [], content, sent).access_key == ACCESS
    assert judge(window_ms=60_000).window_ms == 60_000


@pytest.mark.parametrize(
    "which",
    [
        "parameter",
        "header",
        "both",
        "lower-case",
        "a number",
        "non-ascii",
        "lone surrogate parameter",
        "lone surrogate header",
    ],
)
def test_the_signature_must_match_in_the_parameter_and_the_header(which: str) -> None:
    good = hand_signature(f"{PATH}&timestamp={NOW}")
    wrong = good[:-1] + ("0" if good[-1] != "0" else "1")
    parameter, header = {
        "parameter": (json.dumps(wrong), good),
        "header": (json.dumps(good), wrong),
        "both": (json.dumps(wrong), wrong),
        "lower-case": (json.dumps(good.lower()), good.lower()),
        "a number": ("12345", good),
        "non-ascii": (json.dumps(good[:-1] + "\u00e9"), good),
        "lone surrogate parameter": ('"' + good[:-1] + '\\ud800"', good),
        "lone surrogate header": (json.dumps(good), good[:-1] + "\udc80"),
    }[which]
    body = f'{{"timestamp": {NOW}, "signature": {parameter}}}'.encode()
    with pytest.raises(Refused) as caught:
        judge().check("POST", PATH, [], body, headers(header))
    assert (caught.value.code, caught.value.message) == (17002010, MISMATCH)


# ---- faults ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (
            {"kinds": ["500", "boom", "bang"]},
            "unknown fault kinds ['bang', 'boom']: choose among 429, 500, drop, delay, garbage",
        ),
        (
            {"sequence": [None, "nope"]},
            "unknown fault kinds ['nope']: choose among 429, 500, drop, delay, garbage",
        ),
        ({"rate": 1.01}, "rate must be between 0 and 1, got 1.01"),
        ({"rate": -0.01}, "rate must be between 0 and 1, got -0.01"),
        ({"rate": 0.5, "kinds": ()}, "a fault rate needs at least one kind"),
        ({"delay": -0.5}, "delay must be 0 or more seconds, got -0.5"),
        ({"delay": float("nan")}, "delay must be 0 or more seconds, got nan"),
    ],
)
def test_fault_settings_out_of_range_are_refused_with_their_message(
    settings: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError) as caught:
        Faults(**settings)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ([], "expected a JSON object with rate, kinds, delay, seed, sequence, operations"),
        ({"rate": 1, "b": 1, "a": 2}, "unknown settings ['a', 'b']"),
        ({"rate": "1"}, "rate must be a number, got '1'"),
        ({"delay": False}, "delay must be a number, got False"),
        ({"seed": True}, "seed must be an integer or null, got True"),
        ({"seed": "1"}, "seed must be an integer or null, got '1'"),
        ({"kinds": [500]}, "kinds must be a list of strings, got [500]"),
        ({"kinds": {"500": 1}}, "kinds must be a list of strings, got {'500': 1}"),
        ({"operations": 5}, "operations must be a list of strings, got 5"),
        ({"sequence": None}, "sequence must be a list of fault kinds or nulls, got None"),
    ],
)
def test_fault_settings_from_json_are_checked(settings: Any, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        Faults.from_json(settings)
    assert str(caught.value) == message


def test_fault_settings_from_json_and_their_defaults() -> None:
    assert Faults.from_json({}).describe() == {
        "rate": 0.0,
        "kinds": ["429", "500", "drop", "delay", "garbage"],
        "delay": 2.0,
        "seed": None,
        "sequence": [],
        "operations": [],
    }
    faults = Faults.from_json(
        {
            "rate": 1,
            "kinds": "drop,,500",
            "delay": 0,
            "seed": 0,
            "sequence": ["429", None],
            "operations": "b,a",
        }
    )
    assert faults.describe() == {
        "rate": 1.0,
        "kinds": ["drop", "500"],
        "delay": 0.0,
        "seed": 0,
        "sequence": ["429", None],
        "operations": ["a", "b"],
    }
    assert (type(faults.rate), type(faults.delay)) == (float, float)
    assert Faults.from_json({"rate": Decimal("0.25"), "seed": None}).rate == 0.25


def test_a_sequence_comes_first_then_the_rate_and_operations_limit_both() -> None:
    faults = Faults(
        sequence=("500", None, "drop"), operations=frozenset({"createTransfer", "t-bills.createDeposit"})
    )
    assert faults.active
    assert faults.draw("balance-plus.createDeposit") is None  # not one of the operations: nothing is used up
    assert faults.describe()["sequence"] == ["500", None, "drop"]
    assert faults.draw("prime-broker.createTransfer") == "500"
    assert faults.draw("t-bills.createDeposit") is None
    assert faults.describe()["sequence"] == ["drop"]
    assert faults.active
    assert faults.draw("fixed-income.createTransfer") == "drop"  # the bare operation id matches any document
    assert not faults.active
    assert faults.draw("prime-broker.createTransfer") is None
    assert faults.describe()["sequence"] == []


def test_draws_under_a_seed_are_the_same_every_time_and_follow_the_rate() -> None:
    def draws(**settings: Any) -> list[str | None]:
        faults = Faults(**settings)
        return [faults.draw("prime-broker.createTransfer") for _ in range(12)]

    seeded = draws(rate=0.5, seed=11)
    assert seeded == draws(rate=0.5, seed=11)
    assert seeded == [
        "garbage",
        None,
        None,
        "garbage",
        "garbage",
        "garbage",
        None,
        "drop",
        "garbage",
        None,
        None,
        "delay",
    ]
    assert draws(rate=1, seed=11, kinds=("delay",)) == ["delay"] * 12
    assert draws(rate=0, seed=11) == [None] * 12
    assert not Faults(rate=0).active and Faults(rate=0.1).active


# ---- JSON and money -------------------------------------------------------------------------------


def test_json_keeps_decimals_exact_both_ways() -> None:
    value = {"a": Decimal("1.50"), "b": [Decimal("-2E+3"), (Decimal("0.000"), "1.5")], "c": "ü", "d": None}
    assert _json.dumps(value) == '{"a":1.5,"b":[-2000,[0,"1.5"]],"c":"ü","d":null}'.encode()
    decoded = _json.loads(b'{"x": 0.1, "y": 3, "z": [1e2]}')
    assert decoded == {"x": Decimal("0.1"), "y": 3, "z": [Decimal("1E+2")]}
    assert type(decoded["x"]) is Decimal and type(decoded["y"]) is int


@pytest.mark.parametrize(
    ("value", "text"),
    [("1.50", "1.5"), ("1E+2", "100"), ("0.000", "0"), ("-0", "0"), ("0.10", "0.1"), ("-12.3400", "-12.34")],
)
def test_plain_notation(value: str, text: str) -> None:
    assert _json.plain(Decimal(value)) == text


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "not a number: True"),
        (None, "not a number: None"),
        (1.5, "a float is never money"),
        ("abc", "not a number: 'abc'"),
        ("NaN", "not a finite number: 'NaN'"),
        ("Infinity", "not a finite number: 'Infinity'"),
        ([1], "not a number: [1]"),
    ],
)
def test_what_is_not_money(value: Any, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        _json.dec(value)
    assert str(caught.value) == message


def test_money_is_read_and_cut_exactly() -> None:
    assert _json.dec(" 1.20 ") == Decimal("1.20") and _json.dec(7) == Decimal(7)
    assert _json.dec(Decimal("2.5")) == Decimal("2.5")
    assert _json.down(Decimal("1.999"), 2) == Decimal("1.99")
    assert _json.down(Decimal("-1.999"), 2) == Decimal("-1.99")
    assert str(_json.down(Decimal("5"), 3)) == "5.000"
    assert _json.e8(Decimal("0.123456789")) == 12_345_678
    assert _json.from_e8(12_345_678) == Decimal("0.12345678")
    assert str(_json.from_e8(100_000_000)) == "1.00000000"


# ---- the in-process transports --------------------------------------------------------------------


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as instance:
        yield instance


def test_the_transport_hands_over_the_whole_request(sandbox: Sandbox) -> None:
    seen: list[Any] = []
    handle = sandbox.core.handle

    def spy(request: Any) -> Any:
        seen.append(request)
        return handle(request)

    sandbox.core.handle = spy  # type: ignore[method-assign]
    with httpx.Client(base_url=BASE_URL, transport=sandbox.transport()) as http:
        answer = http.post("/__sandbox/faults?a=1&a=2&b=", content=b'{"rate": 0}', headers={"X-Thing": "Yes"})
    assert answer.status_code == 200
    (request,) = seen
    assert (request.method, request.path, request.query, request.body, request.client) == (
        "POST",
        "/__sandbox/faults",
        [("a", "1"), ("a", "2"), ("b", "")],
        b'{"rate": 0}',
        "in-process",
    )
    assert request.headers["x-thing"] == "Yes"


AUTH = MatrixportAuth("sandbox-access-key", "sandbox-secret-key")
SUMMARY = "/flexible/api/v2/user/asset/summary"
TOTAL = b'{"code":0,"message":"","data":{"total_asset":"0","total_profit":"0"}}'


def test_a_drop_is_a_remote_protocol_error(sandbox: Sandbox) -> None:
    sandbox.set_faults(sequence=["drop"])
    with httpx.Client(base_url=BASE_URL, transport=sandbox.transport(), auth=AUTH) as http:
        with pytest.raises(httpx.RemoteProtocolError) as caught:
            http.get(SUMMARY)
        assert str(caught.value) == "peer closed connection without sending complete message body"
        assert http.get(SUMMARY).content == TOTAL


def test_a_delay_within_the_timeout_is_only_late(sandbox: Sandbox) -> None:
    sandbox.set_faults(sequence=["delay"], delay=0.2)
    with httpx.Client(base_url=BASE_URL, transport=sandbox.transport(), timeout=5, auth=AUTH) as http:
        started = time.monotonic()
        answer = http.get(SUMMARY)
        took = time.monotonic() - started
    assert answer.content == TOTAL
    assert 0.2 <= took < 1.5


def test_a_delay_past_the_timeout_waits_the_timeout_then_times_out(sandbox: Sandbox) -> None:
    sandbox.set_faults(sequence=["delay"], delay=5)
    with httpx.Client(base_url=BASE_URL, transport=sandbox.transport(), timeout=0.2, auth=AUTH) as http:
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout) as caught:
            http.get(SUMMARY)
        took = time.monotonic() - started
    assert str(caught.value) == "timed out waiting for the sandbox's (delayed) answer"
    assert 0.2 <= took < 1.5


def test_a_delay_equal_to_the_timeout_is_only_late(sandbox: Sandbox) -> None:
    sandbox.set_faults(sequence=["delay"], delay=0.2)
    with httpx.Client(base_url=BASE_URL, transport=sandbox.transport(), timeout=0.2, auth=AUTH) as http:
        assert http.get(SUMMARY).content == TOTAL


async def test_a_delay_equal_to_the_timeout_is_only_late_async(sandbox: Sandbox) -> None:
    sandbox.set_faults(sequence=["delay"], delay=0.2)
    async with httpx.AsyncClient(
        base_url=BASE_URL, transport=sandbox.async_transport(), timeout=0.2, auth=AUTH
    ) as http:
        assert (await http.get(SUMMARY)).content == TOTAL


def test_a_delay_without_a_read_timeout_waits_it_out(sandbox: Sandbox) -> None:
    sandbox.set_faults(sequence=["delay"], delay=0.2)
    with httpx.Client(base_url=BASE_URL, transport=sandbox.transport(), timeout=None, auth=AUTH) as http:
        started = time.monotonic()
        assert http.get(SUMMARY).content == TOTAL
        assert 0.2 <= time.monotonic() - started < 1.5


async def test_the_async_transport_delays_drops_and_times_out(sandbox: Sandbox) -> None:
    async with httpx.AsyncClient(
        base_url=BASE_URL, transport=sandbox.async_transport(), timeout=0.2, auth=AUTH
    ) as http:
        sandbox.set_faults(sequence=["delay", "delay", "drop", "garbage", "delay"], delay=5)
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout) as timed_out:
            await http.get(SUMMARY)
        assert 0.2 <= time.monotonic() - started < 1.5
        assert str(timed_out.value) == "timed out waiting for the sandbox's (delayed) answer"
        sandbox.faults.delay = 0.1
        started = time.monotonic()
        assert (await http.get(SUMMARY)).content == TOTAL
        assert 0.1 <= time.monotonic() - started < 1.5
        with pytest.raises(httpx.RemoteProtocolError) as dropped:
            await http.get(SUMMARY)
        assert str(dropped.value) == "peer closed connection without sending complete message body"
        answer = await http.get(SUMMARY)
        assert (answer.status_code, answer.content) == (200, b'{"code": 0, "message": "", "data": {"trunc')
        assert answer.headers["content-type"] == "application/json"
    async with httpx.AsyncClient(base_url=BASE_URL, transport=sandbox.async_transport(), auth=AUTH) as http:
        started = time.monotonic()
        assert (await http.get(SUMMARY, timeout=None)).content == TOTAL  # no read timeout: waits it out
        assert 0.1 <= time.monotonic() - started < 1.5


# ---- the ASGI app ---------------------------------------------------------------------------------


class Exchange:
    """An ASGI conversation: the messages the server hands in, and what the app sends back."""

    def __init__(self, *incoming: dict[str, Any]) -> None:
        self.incoming = list(incoming)
        self.sent: list[dict[str, Any]] = []

    async def receive(self) -> dict[str, Any]:
        return self.incoming.pop(0)

    async def send(self, message: dict[str, Any]) -> None:
        self.sent.append(message)


def http_scope(
    path: str, method: str = "GET", query: bytes = b"", client: Any = ("127.0.0.1", 5)
) -> dict[str, Any]:
    return {
        "type": "http",
        "method": method,
        "path": path,
        "query_string": query,
        "headers": [(b"Content-Type", b"application/json"), (b"X-Request-Id", b"r\xe9")],
        "client": client,
    }


async def test_the_app_answers_the_lifespan_and_ignores_other_scopes(sandbox: Sandbox) -> None:
    exchange = Exchange(
        {"type": "lifespan.startup"}, {"type": "lifespan.other"}, {"type": "lifespan.shutdown"}
    )
    await sandbox.app({"type": "lifespan"}, exchange.receive, exchange.send)
    assert exchange.sent == [{"type": "lifespan.startup.complete"}, {"type": "lifespan.shutdown.complete"}]
    assert exchange.incoming == []
    socket = Exchange({"type": "websocket.connect"})
    await sandbox.app({"type": "websocket", "path": "/__sandbox"}, socket.receive, socket.send)
    assert socket.sent == [] and socket.incoming == [{"type": "websocket.connect"}]


async def test_the_app_reads_a_body_in_parts_and_answers_with_its_length(sandbox: Sandbox) -> None:
    exchange = Exchange(
        {"type": "http.request", "body": b'{"rate": 1, ', "more_body": True},
        {"type": "http.request", "more_body": True},
        {"type": "http.request", "body": b'"kinds": ["500"], "seed": 4}', "more_body": False},
    )
    await sandbox.app(http_scope("/__sandbox/faults", "POST"), exchange.receive, exchange.send)
    body = b'{"rate":1.0,"kinds":["500"],"delay":2.0,"seed":4,"sequence":[],"operations":[]}'
    assert exchange.sent == [
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        },
        {"type": "http.response.body", "body": body},
    ]
    assert sandbox.faults.rate == 1.0


@pytest.mark.parametrize(
    ("client", "status"), [(("127.0.0.1", 5), 200), (("10.0.0.1", 5), 403), (None, 403), (["::1", 5], 200)]
)
async def test_the_app_tells_the_control_endpoints_its_peer(
    sandbox: Sandbox, client: Any, status: int
) -> None:
    exchange = Exchange({"type": "http.request", "body": b""})
    scope = http_scope("/__sandbox/clock", client=client)
    if client is None:
        del scope["client"]
    await sandbox.app(scope, exchange.receive, exchange.send)
    assert exchange.sent[0]["status"] == status


async def test_the_app_passes_the_query_with_blank_values(sandbox: Sandbox) -> None:
    exchange = Exchange({"type": "http.request"})
    await sandbox.app(
        http_scope("/__sandbox/ledger", query=b"key=&document=caf%C3%A9"), exchange.receive, exchange.send
    )
    assert exchange.sent[0]["status"] == 200  # a blank filter is a filter (an unknown one would be a 400)
    assert json.loads(exchange.sent[1]["body"]) == {"entries": [], "acted": {}, "repeats": {}}
    unknown = Exchange({"type": "http.request"})
    await sandbox.app(http_scope("/__sandbox/ledger", query=b"k\xe9y="), unknown.receive, unknown.send)
    assert json.loads(unknown.sent[1]["body"]) == {
        "error": "unknown filters ['k\u00e9y']: document, operation, access_key, key"
    }  # the query string is read as latin-1, as ASGI hands it


def signed_scope(path: str) -> dict[str, Any]:
    """An ASGI scope of a GET signed by the client's signing (`MatrixportAuth`)."""
    request = AUTH.sign_request(httpx.Request("GET", f"{BASE_URL}{path}"))
    headers = list(request.headers.raw)
    return {**http_scope(path, query=request.url.query), "headers": headers}


async def test_the_app_answers_each_fault_as_the_wire_would(sandbox: Sandbox) -> None:
    sandbox.set_faults(sequence=["429", "drop", "delay", "500"], delay=0.1)
    refused = Exchange({"type": "http.request"})
    await sandbox.app(signed_scope(SUMMARY), refused.receive, refused.send)
    assert refused.sent == [
        {
            "type": "http.response.start",
            "status": 429,
            "headers": [
                (b"content-type", b"application/json"),
                (b"retry-after", b"0"),
                (b"content-length", b"42"),
            ],
        },
        {"type": "http.response.body", "body": b'{"code":429,"message":"too many requests"}'},
    ]
    dropped = Exchange({"type": "http.request"})
    with pytest.raises(DroppedConnection):
        await sandbox.app(signed_scope(SUMMARY), dropped.receive, dropped.send)
    assert dropped.sent == [
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(TOTAL)).encode()),
            ],
        },
        {"type": "http.response.body", "body": TOTAL[:10], "more_body": True},
    ]
    delayed = Exchange({"type": "http.request"})
    started = time.monotonic()
    await sandbox.app(signed_scope(SUMMARY), delayed.receive, delayed.send)
    assert 0.1 <= time.monotonic() - started < 1.5
    assert delayed.sent[1] == {"type": "http.response.body", "body": TOTAL}
    failed = Exchange({"type": "http.request"})
    await sandbox.app(signed_scope(SUMMARY), failed.receive, failed.send)
    page = b"<html><body><h1>500 Internal Server Error</h1></body></html>"
    assert failed.sent == [
        {
            "type": "http.response.start",
            "status": 500,
            "headers": [(b"content-type", b"text/html"), (b"content-length", str(len(page)).encode())],
        },
        {"type": "http.response.body", "body": page},
    ]


def test_the_servers_log_keeps_quiet_about_drops_only() -> None:
    log = logging.getLogger("uvicorn.error")

    def record(error: BaseException | None) -> logging.LogRecord:
        info = None if error is None else (type(error), error, None)
        return log.makeRecord("uvicorn.error", logging.ERROR, __file__, 1, "failed", (), info)

    assert not log.filter(record(DroppedConnection()))
    assert log.filter(record(OSError("boom")))
    assert log.filter(record(None))


# ---- the command ----------------------------------------------------------------------------------

SERVE_ONCE = """
import sys, uvicorn
from matrixport.sandbox.__main__ import main
uvicorn.run = lambda app, **_: print(ascii(sorted(app.core.configured_keys.items())))
main(sys.argv[1:])
"""


def test_a_secret_file_is_read_as_utf8_whatever_the_locale(tmp_path: Any) -> None:
    import os
    import subprocess

    secret = tmp_path / "secret"
    secret.write_text("s\u00e9cret-key\n", encoding="utf-8")
    environment = {**os.environ, "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0", "LC_ALL": "C"}
    environment.pop("LANG", None)
    done = subprocess.run(
        [sys.executable, "-c", SERVE_ONCE, "--access-key", "k", "--secret-key-file", str(secret)],
        env=environment,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("ascii").splitlines()[-1] == "[('k', 's\\xe9cret-key')]"
    # the same as this process reads it (so the test also counts as one of the reader's)
    from matrixport.sandbox.__main__ import _read_secret

    assert _read_secret(str(secret), "UNUSED_VARIABLE") == "s\u00e9cret-key"


@pytest.mark.parametrize("known", ["", "XXXX"])
def test_a_request_without_an_access_key_is_an_unknown_key_whatever_the_secrets(known: str) -> None:
    signature = hand_signature(f"{PATH}&timestamp={NOW}")
    body = f'{{"timestamp": {NOW}, "signature": "{signature}"}}'.encode()
    strict = Judge({known: SECRET}.get, wall=lambda: NOW)
    with pytest.raises(Refused) as caught:
        strict.check("POST", PATH, [], body, {"x-matrixport-access-signature": signature})
    assert (caught.value.code, caught.value.message) == (17002013, "akid illegal: unknown access key")


def test_the_real_time_skew_is_whole_milliseconds(sandbox: Sandbox) -> None:
    late = MatrixportAuth(
        "sandbox-access-key", "sandbox-secret-key", clock=lambda: time.time_ns() // 1_000_000 - 3_600_000
    )
    with httpx.Client(base_url=BASE_URL, transport=sandbox.transport(), auth=late) as http:
        message = http.get(SUMMARY).json()["message"]
    found = re.fullmatch(
        r"Signature error: the timestamp is (\d+) ms behind the server clock \(at most 5000 ms\)", message
    )
    assert found is not None, message
    assert 3_600_000 <= int(found[1]) < 3_660_000


@pytest.mark.parametrize(
    ("window_ms", "skew", "message"),
    [
        (0, 1, "Signature error: the timestamp is 1 ms ahead of the server clock (at most 0 ms)"),
        (-1, 0, "Signature error: the timestamp is 0 ms behind the server clock (at most -1 ms)"),
    ],
)
def test_a_window_of_nothing_says_which_way_the_timestamp_is_off(
    window_ms: int, skew: int, message: str
) -> None:
    timestamp = NOW + skew
    content, sent = post(f'{{"timestamp": {timestamp}, "signature": "SIG"}}', f"{PATH}&timestamp={timestamp}")
    with pytest.raises(Refused) as caught:
        judge(window_ms=window_ms).check("POST", PATH, [], content, sent)
    assert (caught.value.code, caught.value.message) == (17002010, message)
