"""A thousand calls in flight on one client, against `matrixport-sandbox` started with its defaults.

Requests are signed when they go on the wire, after a slot of the client's limit on calls in
flight is free: none may reach the server with a stale timestamp (17002010), however long it queued.
"""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import httpx
import pytest
from matrixport import AsyncMatrixport, Matrixport

from tests.conftest import ACCESS_KEY, SECRET_KEY

CALLS = 1000
THREADS = 32


@pytest.fixture(scope="module")
def sandbox() -> Iterator[str]:
    """`matrixport-sandbox` as a user starts it: its own process, one worker, validation on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "matrixport.sandbox", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"{url}/__sandbox/ledger", timeout=1)
            break
        except httpx.TransportError:
            assert process.poll() is None and time.monotonic() < deadline, "the sandbox did not start"
            time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_a_thousand_calls_gathered_on_one_async_client(sandbox: str) -> None:
    async def main() -> list[object]:
        async with AsyncMatrixport(ACCESS_KEY, SECRET_KEY, sandbox) as client:
            calls = (client.balance_plus.get_total_position() for _ in range(CALLS))
            return await asyncio.gather(*calls, return_exceptions=True)

    results = asyncio.run(main())
    failures = [result for result in results if isinstance(result, BaseException)]
    assert failures == []
    assert all(result.total_asset == Decimal("0") for result in results)  # type: ignore[union-attr]


def test_a_thousand_calls_from_32_threads_on_one_client(sandbox: str) -> None:
    def one(client: Matrixport) -> object:
        try:
            return client.balance_plus.get_total_position()
        except Exception as error:
            return error

    with Matrixport(ACCESS_KEY, SECRET_KEY, sandbox) as client, ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(lambda _: one(client), range(CALLS)))
    failures = [result for result in results if isinstance(result, BaseException)]
    assert failures == []
    assert len(results) == CALLS
