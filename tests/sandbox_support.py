"""Running the sandbox for tests: in-process, or as `matrixport-sandbox` in its own process on a free port.

Scenario tests take the `harness` fixture, parametrized over both, so that one test body
proves the flow through the in-process transport and through a real socket.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from matrixport import AsyncMatrixport, Matrixport
from matrixport.sandbox import Sandbox

FAST = {"retry_backoff": 0.001}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class SandboxProcess:
    """`matrixport-sandbox` running in a child process."""

    url: str
    process: subprocess.Popen[bytes]
    output: Path

    def control(self, method: str, path: str, **kwargs: Any) -> Any:
        response = httpx.request(method, f"{self.url}/__sandbox/{path}", timeout=10, **kwargs)
        response.raise_for_status()
        return response.json()


@contextmanager
def sandbox_process(*arguments: str, env: dict[str, str] | None = None) -> Iterator[SandboxProcess]:
    port = free_port()
    output = Path(os.environ.get("TMPDIR", "/tmp")) / f"matrixport-sandbox-{port}.log"
    with output.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "matrixport.sandbox", "--port", str(port), *arguments],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the sandbox exited: {output.read_text()}")
            try:
                httpx.get(f"{url}/__sandbox/clock", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield SandboxProcess(url, process, output)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class Harness:
    """One customer of a sandbox, whichever way it runs: its clients and the sandbox clock."""

    mode: str
    access_key: str
    secret_key: str
    user_id: str
    advance: Callable[[float], None]
    make_client: Callable[..., Matrixport]
    make_async_client: Callable[..., AsyncMatrixport]

    def client(self, **settings: Any) -> Matrixport:
        return self.make_client(**{**FAST, **settings})

    def async_client(self, **settings: Any) -> AsyncMatrixport:
        return self.make_async_client(**{**FAST, **settings})


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxProcess]:
    with sandbox_process() as running:
        yield running


@pytest.fixture(params=["in-process", "server"])
def harness(request: pytest.FixtureRequest) -> Iterator[Harness]:
    if request.param == "in-process":
        with Sandbox() as sandbox:
            credentials = sandbox.keys.default
            yield Harness(
                "in-process",
                credentials.access_key,
                credentials.secret_key,
                credentials.user_id,
                sandbox.advance,
                sandbox.client,
                sandbox.async_client,
            )
        return
    running: SandboxProcess = request.getfixturevalue("server")
    key = running.control("POST", "keys", json={})  # a customer of its own: tests do not share state

    def advance(seconds: float) -> None:
        running.control("POST", "clock", json={"advance_seconds": seconds})

    yield Harness(
        "server",
        key["access_key"],
        key["secret_key"],
        key["user_id"],
        advance,
        lambda **settings: Matrixport(key["access_key"], key["secret_key"], running.url, **settings),
        lambda **settings: AsyncMatrixport(key["access_key"], key["secret_key"], running.url, **settings),
    )


# ---- every answer the sandbox gives must be what the spec declares ------------------------------


@pytest.fixture(scope="session")
def contract() -> dict[str, Any]:
    """The strict contract models of the spec (see tests/test_contract.py), one module per document."""
    from tests.test_contract import SPECS, contract_models

    return contract_models.load(SPECS)


@contextmanager
def checked_against_the_spec(sandbox: Sandbox, contract: dict[str, Any]) -> Iterator[list[str]]:
    """Checks every JSON answer of `sandbox` against the strict models; yields the operations seen."""
    import json

    from tests.test_contract import check_body, find_operation

    seen: list[str] = []
    handle = sandbox.core.handle

    def checking(request: Any) -> Any:
        response = handle(request)
        checkable = response.status == 200 and "json" in response.media_type and response.fault is None
        if checkable and not request.path.startswith("/__sandbox"):
            document, operation = find_operation(request.method.lower(), request.path)
            check_body(contract[document], document, operation, json.loads(response.body))
            seen.append(f"{document}.{operation['operationId']}")
        return response

    sandbox.core.handle = checking  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        sandbox.core.handle = handle  # type: ignore[method-assign]


@pytest.fixture
def sandbox(contract: dict[str, Any]) -> Iterator[Sandbox]:
    """A fresh in-process sandbox whose every answer is checked against the spec's strict models."""
    with Sandbox() as instance, checked_against_the_spec(instance, contract):
        yield instance
