"""Test fixtures: clients pointed at the sandbox, and vcrpy cassettes recorded against it.

`make record` starts the sandbox and re-records every cassette (`--record-mode=rewrite`);
`make test` replays them offline (`--record-mode=none`, the default), so a request the
cassette does not hold fails the test. Timestamps and signatures change on every run,
so requests match on method, path and the remaining parameters; both are removed from
the cassettes, with the access key. Each request on the wire must also carry a fresh
signature, which `signed_now` recomputes by the documents' algorithm, apart from the client's.

While recording, each cassette test starts from a fresh sandbox state (`/__sandbox/reset`)
and `advance(seconds)` moves the sandbox clock; control requests are never recorded, and
in replay both do nothing (the recorded answers already show what happened).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
import yaml
from matrixport import AsyncMatrixport, Matrixport
from vcr import filters

# The `harness`, `server` and `contract` fixtures of the sandbox tests.
pytest_plugins = ["tests.sandbox_support"]
# A project of its own: `make downstream` runs it in a fresh virtualenv.
collect_ignore = ["downstream"]

SANDBOX_URL = os.environ.get("MATRIXPORT_BASE_URL", "http://127.0.0.1:8765")  # `make record` sets it
ACCESS_KEY = "sandbox-access-key"
SECRET_KEY = "sandbox-secret-key"
WRONG_SECRET_KEY = "not-the-secret"
"""What the test of a wrongly signed request signs with (the sandbox answers 17002010)."""
UNSTABLE = {"timestamp", "signature"}
RETRY_BACKOFF = 0.001  # retried calls (documented "try again" codes) replay without waiting
SECRET_HEADERS = ["X-MatrixPort-Access-Key", "X-MatrixPort-Access-Signature", "x-request-id"]


def _stable_query(uri: str) -> list[tuple[str, str]]:
    return sorted(
        (k, v) for k, v in parse_qsl(urlsplit(uri).query, keep_blank_values=True) if k not in UNSTABLE
    )


def _stable_body(body: Any) -> Any:
    if not body:
        return None
    text = body.decode() if isinstance(body, bytes) else body
    try:
        decoded = json.loads(text)
    except ValueError:
        return text
    return {k: v for k, v in decoded.items() if k not in UNSTABLE} if isinstance(decoded, dict) else decoded


def query_without_signature(r1: Any, r2: Any) -> None:
    assert _stable_query(r1.uri) == _stable_query(r2.uri)


def body_without_signature(r1: Any, r2: Any) -> None:
    assert _stable_body(r1.body) == _stable_body(r2.body)


def prefer_header(r1: Any, r2: Any) -> None:
    """The sandbox's error switch (`Prefer: code=...`) is part of what a request asks for."""
    assert r1.headers.get("Prefer") == r2.headers.get("Prefer")


def _unsigned_operations() -> set[tuple[str, str]]:
    """(METHOD, path) of the operations the spec exempts from signing (`security: []`)."""
    unsigned = set()
    for document in Path(__file__).parent.parent.joinpath("spec").glob("*.yaml"):
        for path, item in (yaml.safe_load(document.read_text(encoding="utf-8")).get("paths") or {}).items():
            for method, operation in item.items():
                if isinstance(operation, dict) and operation.get("security") == []:
                    unsigned.add((method.upper(), path))
    return unsigned


UNSIGNED = _unsigned_operations()
FRESH_MS = 120_000


def _signed_text(value: Any) -> str:
    """The documents' encoding of one value in the string to sign, written here apart from the client's."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "&".join(f"{k}={_signed_text(v)}" for k, v in sorted(value.items()) if v is not None)
    if isinstance(value, list):
        return "[" + "&".join(_signed_text(v) for v in value if v is not None) + "]"
    return str(value)


def signed_now(request: Any) -> Any:
    """The request on the wire carries a valid, fresh signature; raises AssertionError otherwise.

    The matchers leave the timestamp and signature out, as they change on every run; this check, run
    on every request a cassette test sends (before the secrets are filtered out), recomputes the
    signature with the test secret by the documents' algorithm: every cassette test checks signing too.
    """
    r1 = request
    url = urlsplit(r1.uri)
    if (r1.method, url.path) in UNSIGNED or "/__sandbox/" in url.path:
        return request
    if "X-MatrixPort-Access-Key" not in r1.headers:
        return request  # a recorded request, as vcrpy loads the cassette (its secrets filtered out)
    query = parse_qsl(url.query, keep_blank_values=True)
    if r1.body:
        body = json.loads(r1.body, parse_float=str)  # a decimal sent as a bare number is signed as written
        pairs = [(k, v) for k, v in body.items() if v is not None]
    else:
        pairs = query
    fields = dict(pairs)
    signature, timestamp = fields.get("signature"), fields.get("timestamp")
    assert signature and timestamp, f"{r1.method} {url.path} is not signed"
    message = url.path + "".join(
        f"&{k}={_signed_text(v)}" for k, v in sorted(pairs, key=lambda p: p[0]) if k != "signature"
    )
    expected = {
        hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest().upper()
        for secret in (SECRET_KEY, WRONG_SECRET_KEY)
    }
    assert signature in expected, f"{r1.method} {url.path}: the signature is not the documents' HMAC"
    assert r1.headers.get("X-MatrixPort-Access-Signature") == signature
    assert r1.headers.get("X-MatrixPort-Access-Key") == ACCESS_KEY
    assert abs(int(timestamp) - time.time() * 1000) < FRESH_MS, (
        f"{url.path}: timestamp {timestamp} is not now"
    )
    return request


@pytest.fixture(autouse=True)
def fresh_caches_under_mutation_testing() -> None:
    """Under mutation testing (mutmut sets MUTANT_UNDER_TEST), what a process builds once is built again
    for each test: the sandbox's spec, each argument's documented values, the fast path's decoders.
    mutmut credits a function to the tests that call it; one that only the first test of a process
    calls would be credited to that test alone, and a mutant of it would never meet the tests that
    can tell."""
    if os.environ.get("MUTANT_UNDER_TEST"):
        from matrixport import _arguments, _fast
        from matrixport.sandbox.spec import bundled_spec

        bundled_spec.cache_clear()
        _arguments._documented_values.cache_clear()
        _fast._readers.clear()


def pytest_configure(config: pytest.Config) -> None:
    # Mutation testing (scripts/mutation.py) forks a session per mutant from one that has collected
    # the tests: models loaded here are loaded once, not in every mutant's session (seconds each).
    if os.environ.get("MATRIXPORT_PRELOAD_CONTRACT_MODELS"):
        from tests.test_contract import SPECS, contract_models

        contract_models.load(SPECS)


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("query_without_signature", query_without_signature)
    vcr.register_matcher("body_without_signature", body_without_signature)
    vcr.register_matcher("prefer_header", prefer_header)


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "match_on": ["method", "path", "query_without_signature", "body_without_signature", "prefer_header"],
        "decode_compressed_response": True,
        # vcrpy runs its filter_* options before before_record_request: here the signature is checked first.
        "before_record_request": [
            signed_now,
            functools.partial(filters.replace_headers, replacements=[(h, None) for h in SECRET_HEADERS]),
            functools.partial(
                filters.replace_query_parameters, replacements=[(p, None) for p in sorted(UNSTABLE)]
            ),
            functools.partial(
                filters.replace_post_data_parameters, replacements=[(p, None) for p in sorted(UNSTABLE)]
            ),
            _not_control,
        ],
    }


def _not_control(request: Any) -> Any:
    """The sandbox's control requests (reset, clock) are not part of what a cassette shows."""
    return None if "/__sandbox/" in urlsplit(request.uri).path else request


def recording(config: pytest.Config) -> bool:
    return str(config.getoption("--record-mode", default="none")) not in ("none", "None")


@pytest.fixture(autouse=True)
def fresh_sandbox_when_recording(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("vcr") and recording(request.config):
        httpx.post(f"{SANDBOX_URL}/__sandbox/reset", timeout=10).raise_for_status()


@pytest.fixture(autouse=True)
def replayable_idempotency_keys(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys the client generates are random; in cassette tests they count up, so requests replay."""
    if request.node.get_closest_marker("vcr"):
        import uuid
        from types import SimpleNamespace

        import matrixport._idempotency as idempotency

        numbers = iter(range(1, 1_000_000))
        monkeypatch.setattr(
            idempotency,
            "uuid",
            SimpleNamespace(uuid4=lambda: uuid.UUID(int=next(numbers) + (0xCA55E77E << 96))),
        )


@pytest.fixture
def advance(request: pytest.FixtureRequest) -> Callable[[float], None]:
    """Move the sandbox clock forward while recording; nothing in replay."""

    def move(seconds: float) -> None:
        if recording(request.config):
            httpx.post(
                f"{SANDBOX_URL}/__sandbox/clock", json={"advance_seconds": seconds}, timeout=10
            ).raise_for_status()

    return move


@pytest.fixture
def sent() -> list[httpx.Request]:
    """The requests `watched_client` sent, signed, as they went on the wire."""
    return []


@pytest.fixture
def watched_client(sent: list[httpx.Request]) -> Iterator[Matrixport]:
    """A sandbox client that keeps every request it sends in `sent`."""
    http = httpx.Client(base_url=SANDBOX_URL, event_hooks={"request": [sent.append]})
    with Matrixport(ACCESS_KEY, SECRET_KEY, SANDBOX_URL, http_client=http, strict=True) as instance:
        yield instance


def sent_body(request: httpx.Request) -> dict[str, Any]:
    """A signed request's JSON body, without its timestamp and signature (checked by `signed_now`)."""
    body = json.loads(request.content)
    assert isinstance(body, dict) and body.pop("signature") and body.pop("timestamp")
    return body


@pytest.fixture
def client() -> Iterator[Matrixport]:
    with Matrixport(
        ACCESS_KEY, SECRET_KEY, SANDBOX_URL, retry_backoff=RETRY_BACKOFF, strict=True
    ) as instance:
        yield instance


@pytest.fixture
async def async_client() -> AsyncIterator[AsyncMatrixport]:
    async with AsyncMatrixport(
        ACCESS_KEY, SECRET_KEY, SANDBOX_URL, retry_backoff=RETRY_BACKOFF, strict=True
    ) as instance:
        yield instance
