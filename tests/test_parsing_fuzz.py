"""Every operation's parser, fed mutated and malformed responses, parses or raises a MatrixportError."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import os
import pkgutil
import time
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from matrixport import AsyncMatrixport, Matrixport, MatrixportError, _fast
from matrixport._convert import json_dumps
from matrixport._envelope import read_result
from matrixport._flow import Received
from matrixport._operation import CallContext, Operation, RequestParts, ResponseKind
from matrixport._tolerant import reading

SPECS = Path(__file__).resolve().parent.parent / "generated" / "_specs"
BASE = "https://mapi.example.invalid"
DOCUMENTS = ["balance_plus", "fixed_income", "fixed_staking", "prime_broker", "t_bills"]


def operations() -> list[Operation[Any]]:
    found = []
    for document in DOCUMENTS:
        api = importlib.import_module(f"matrixport.{document}.api")
        for module in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
            operation = getattr(importlib.import_module(module.name), "OPERATION", None)
            if operation is not None:
                found.append(operation)
    return found


def documented_body(op: Operation[Any]) -> Any:
    spec = json.loads((SPECS / f"{op.document}.json").read_text(encoding="utf-8"))
    operation = spec["paths"][op.path][op.method.lower()]
    content = operation["responses"]["200"].get("content", {}).get("application/json", {})
    examples = content.get("examples") or {}
    return next(iter(examples.values()))["value"] if examples else {"code": 0, "message": "", "data": None}


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.decimals(allow_nan=False, allow_infinity=False, places=6)
    | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*prefix, index))
    return found


@st.composite
def mutated(draw: st.DrawFn, document: Any) -> bytes:
    """The documented body with one node dropped or replaced, or a body that is not the document at all."""
    choice = draw(st.sampled_from(["replace", "drop", "random", "bytes"]))
    if choice == "bytes":
        return draw(st.binary(max_size=64))
    if choice == "random":
        return json_dumps(draw(json_values))
    body = json.loads(json.dumps(document))
    target = draw(st.sampled_from([p for p in paths(body) if p]))
    parent = body
    for step in target[:-1]:
        parent = parent[step]
    if choice == "drop":
        del parent[target[-1]]
    else:
        parent[target[-1]] = draw(json_values)
    return json_dumps(body)


OPERATIONS = operations()


def test_every_operation_is_fuzzed() -> None:
    assert len(OPERATIONS) == 90


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: f"{op.document}.{op.name}")
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_parser_raises_only_matrixport_errors(op: Operation[Any], data: st.DataObject) -> None:
    body = data.draw(mutated(documented_body(op)))
    response = Received(200, httpx.Headers({"content-type": "application/json"}), body)
    with contextlib.suppress(MatrixportError):  # anything else (KeyError, TypeError, ...) fails the test
        read_result(op, response, CallContext("fuzz"))


def test_decimal_values_survive_the_round_trip() -> None:
    body = json_dumps(
        {"code": 0, "message": "", "data": {"total_asset": Decimal("1E-30"), "total_profit": "0"}}
    )
    op = next(o for o in OPERATIONS if o.name == "get_total_position")
    result = read_result(op, Received(200, httpx.Headers(), body), CallContext("r"))
    assert result.total_asset == Decimal("1E-30")


# --- The whole client, sync and async, fed hostile responses ---------------------------------------------
#
# `make test` runs FUZZ_EXAMPLES (default 12) per operation and client: over 2,000 cases; `make fuzz`
# runs 300 (over 50,000) and also measures each case's time and memory (FUZZ_MEASURE=1).

FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "12"))
FUZZ_MEASURE = os.environ.get("FUZZ_MEASURE") == "1"
BOMB = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
GZIP_BOMB = BOMB.compress(bytes(64 << 20)) + BOMB.flush()  # 64 MiB of zeros in about 64 KiB
worst: dict[str, tuple[float, Any]] = {"seconds": (0.0, None), "bytes": (0.0, None)}


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that arrives in network-sized chunks."""

    def __init__(self, body: bytes, size: int = 16384) -> None:
        self._parts = [body[i : i + size] for i in range(0, len(body), size)] or [b""]

    def __iter__(self) -> Iterator[bytes]:
        yield from self._parts

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self._parts:
            yield part


@st.composite
def hostile(draw: st.DrawFn, document: Any) -> tuple[int, dict[str, str], bytes]:
    """A response: the document mutated, or something a broken or hostile server sends."""
    kind = draw(
        st.sampled_from(
            [
                "mutated",
                "deep",
                "not-utf8",
                "constants",
                "huge-number",
                "surrogate",
                "redirect",
                "gzip-bomb",
                "status",
            ]
        )
    )
    text = json_dumps(document)
    if kind == "mutated":
        return 200, {}, draw(mutated(document))
    if kind == "deep":
        depth = draw(st.integers(500, 200_000))
        opener, closer = draw(st.sampled_from([(b"[", b"]"), (b'{"a":', b"}")]))
        return 200, {}, b'{"code":0,"message":"","data":' + opener * depth + b"1" + closer * depth + b"}"
    if kind == "not-utf8":
        cut = draw(st.integers(0, len(text)))
        return (
            200,
            {},
            text[:cut] + draw(st.sampled_from([b"\xff", b"\xc3\x28", b"\xed\xa0\x80"])) + text[cut:],
        )
    if kind == "constants":
        return 200, {}, text.replace(b"0", draw(st.sampled_from([b"NaN", b"Infinity", b"-Infinity"])), 1)
    if kind == "huge-number":
        number = draw(st.sampled_from([b"1" + b"0" * 5000, b"1e999999999", b"-1E-999999999", b"1" * 4301]))
        return 200, {}, text.replace(b"0", number, 1)
    if kind == "surrogate":
        return 200, {}, text.replace(b'"', b'"\\ud800', 1)
    if kind == "redirect":
        location = draw(
            st.sampled_from(["http://[::1", "://", "http://h:99999/", "\x00", "https://ok.example/"])
        )
        return draw(st.sampled_from([301, 302, 307, 308])), {"Location": location}, b""
    if kind == "gzip-bomb":
        return 200, {"content-encoding": "gzip", "content-type": "application/json"}, GZIP_BOMB
    return (
        draw(st.sampled_from([400, 404, 418, 429, 500, 502, 503])),
        {},
        draw(st.sampled_from([text, b"", b"<html/>"])),
    )


def fuzz_operation(op: Operation[Any]) -> Operation[Any]:
    """`op` without its arguments: what is fuzzed is how its response is read."""
    return replace(op, arguments=(), build=lambda: RequestParts(path=op.path))


def measured(case: Callable[[], Any], label: str) -> None:
    if not FUZZ_MEASURE:
        with contextlib.suppress(MatrixportError):  # anything else (KeyError, RecursionError, ...) fails
            case()
        return
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with contextlib.suppress(MatrixportError):
            case()
    finally:
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    for what, value in (("seconds", seconds), ("bytes", float(peak))):
        if value > worst[what][0]:
            worst[what] = (value, label)
    assert seconds < 1.0, f"{label}: {seconds:.2f} s"
    assert peak < 100 * 2**20, f"{label}: {peak / 2**20:.0f} MiB"


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: f"{op.document}.{op.name}")
@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(data=st.data())
def test_the_client_raises_only_matrixport_errors(
    op: Operation[Any], flavour: str, data: st.DataObject
) -> None:
    status, headers, body = data.draw(hostile(documented_body(op)))
    target = fuzz_operation(op)

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers, stream=Chunks(body))

    if flavour == "sync":
        http = httpx.Client(base_url=BASE, transport=httpx.MockTransport(respond))
        client = Matrixport("fuzz-access-key", "fuzz-secret-key", BASE, http_client=http, max_retries=0)
        measured(lambda: client.call(target, None), f"{op.name} sync {status} {headers}")
        return

    async def respond_async(request: httpx.Request) -> httpx.Response:
        return respond(request)

    async def run() -> None:
        http = httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(respond_async))
        async with AsyncMatrixport(
            "fuzz-access-key", "fuzz-secret-key", BASE, http_client=http, max_retries=0
        ) as c:
            await c.call(target, None)

    measured(lambda: asyncio.run(run()), f"{op.name} async {status} {headers}")


def test_fuzz_report() -> None:
    """With FUZZ_MEASURE=1 (make fuzz), the slowest case and the most memory one case took."""
    if FUZZ_MEASURE:
        seconds, slowest = worst["seconds"]
        peak, largest = worst["bytes"]
        print(f"\nslowest case: {seconds:.3f} s ({slowest}); most memory: {peak / 2**20:.1f} MiB ({largest})")


# --- The one-pass decoder agrees with the tolerant reader ------------------------------------------------


def leaves(value: Any) -> Any:
    """`value` as plain data with each leaf's type, so that `Decimal('1')` and `1` differ."""
    if attrs.has(type(value)):
        return (
            type(value).__name__,
            {a.name: leaves(getattr(value, a.name)) for a in attrs.fields(type(value))},
        )
    if isinstance(value, list):
        return [leaves(item) for item in value]
    if isinstance(value, dict):
        return {key: leaves(item) for key, item in value.items()}
    return (type(value).__name__, repr(value))


def tolerant(op: Operation[Any], body: bytes) -> Any:
    decoded = json.loads(body, parse_float=Decimal)
    data = decoded.get("data") if op.response_kind is ResponseKind.ENVELOPE else decoded
    with reading(op.name) as session:
        result = op.parse(data, CallContext("r"))
    return result, session.problems


DECODED_FAST = [op for op in OPERATIONS if op.finish is not None]


@pytest.mark.parametrize("op", DECODED_FAST, ids=lambda op: f"{op.document}.{op.name}")
def test_documented_examples_take_the_fast_path_and_read_the_same(op: Operation[Any]) -> None:
    body = json_dumps(documented_body(op))
    fast = _fast.decode(op, body)
    result, found = tolerant(op, body)
    if fast is _fast.MISS:
        # Models with attributes named unlike their JSON keys (`type_`) have no fast reader; an
        # example with an undocumented enum value, or an empty decimal ("" for None), is read
        # field by field.
        empty_decimal = b'""' in body and op.document == "prime-broker"
        assert _fast._reader(op) is None or found or empty_decimal, f"{op.name} should take the fast path"
        return
    assert found == []
    assert leaves(op.finish(fast, CallContext("r"))) == leaves(result)


@pytest.mark.parametrize("op", DECODED_FAST, ids=lambda op: f"{op.document}.{op.name}")
@settings(
    max_examples=FUZZ_EXAMPLES * 2, deadline=None, suppress_health_check=list(HealthCheck), database=None
)
@given(data=st.data())
def test_what_the_fast_path_accepts_the_tolerant_reader_reads_the_same(
    op: Operation[Any], data: st.DataObject
) -> None:
    body = data.draw(mutated(documented_body(op)))
    fast = _fast.decode(op, body)
    if fast is _fast.MISS:
        return
    result, found = tolerant(op, body)
    assert found == [], f"the fast path accepted a body with problems: {found}"
    assert leaves(op.finish(fast, CallContext("r"))) == leaves(result)


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-inf", "sNaN"])
def test_a_non_finite_decimal_is_not_taken_by_the_fast_path(text: str) -> None:
    op = next(o for o in OPERATIONS if o.document == "fixed-income" and o.name == "list_orders")
    body = documented_body(op)
    body["data"]["items"][0]["payback_dec"] = text
    raw = json_dumps(body)
    assert _fast.decode(op, raw) is _fast.MISS
    _, found = tolerant(op, raw)
    assert [p.field for p in found] == ["payback_dec"]
