"""Test fixtures: clients pointed at the sandbox, and vcrpy cassettes recorded against it.

`make record` starts the sandbox and re-records every cassette (`--record-mode=rewrite`);
`make test` replays them offline (`--record-mode=none`, the default), so a request the
cassette does not hold fails the test. Timestamps and signatures change on every run,
so requests match on method, path and the remaining parameters; both are removed from
the cassettes, with the access key.

While recording, each cassette test starts from a fresh sandbox state (`/__sandbox/reset`)
and `advance(seconds)` moves the sandbox clock; control requests are never recorded, and
in replay both do nothing (the recorded answers already show what happened).
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from matrixport import AsyncMatrixport, Matrixport

# The `harness`, `server` and `contract` fixtures of the sandbox tests.
pytest_plugins = ["tests.sandbox_support"]
# A project of its own: `make downstream` runs it in a fresh virtualenv.
collect_ignore = ["downstream"]

SANDBOX_URL = os.environ.get("MATRIXPORT_BASE_URL", "http://127.0.0.1:8765")  # `make record` sets it
ACCESS_KEY = "sandbox-access-key"
SECRET_KEY = "sandbox-secret-key"
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


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("query_without_signature", query_without_signature)
    vcr.register_matcher("body_without_signature", body_without_signature)
    vcr.register_matcher("prefer_header", prefer_header)


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "match_on": ["method", "path", "query_without_signature", "body_without_signature", "prefer_header"],
        "filter_headers": SECRET_HEADERS,
        "filter_query_parameters": sorted(UNSTABLE),
        "filter_post_data_parameters": sorted(UNSTABLE),
        "decode_compressed_response": True,
        "before_record_request": _not_control,
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
