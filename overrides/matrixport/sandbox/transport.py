"""In-process use: httpx transports that hand requests to a `SandboxCore` without a socket.

Faults behave as on the wire: `drop` raises `httpx.RemoteProtocolError` (the connection closed
mid-answer), `delay` waits and, past the request's read timeout, raises `httpx.ReadTimeout`.
"""

from __future__ import annotations

import asyncio
import time

import httpx

from .core import IN_PROCESS, SandboxCore, SandboxRequest, SandboxResponse


def _request(request: httpx.Request, body: bytes) -> SandboxRequest:
    return SandboxRequest(
        method=request.method,
        path=request.url.path,
        query=[(k, v) for k, v in request.url.params.multi_items()],
        headers={k.lower(): v for k, v in request.headers.items()},
        body=body,
        client=IN_PROCESS,
    )


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout") or {}
    value = timeout.get("read")
    return None if value is None else float(value)


def _response(request: httpx.Request, answer: SandboxResponse) -> httpx.Response:
    if answer.fault == "drop":
        raise httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body", request=request
        )
    headers = [("content-type", answer.media_type), *answer.headers]
    return httpx.Response(answer.status, headers=headers, content=answer.body, request=request)


class SandboxTransport(httpx.BaseTransport):
    """For `httpx.Client`: every request goes straight to the sandbox's state machine."""

    def __init__(self, core: SandboxCore) -> None:
        self.core = core

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self.core.handle(_request(request, request.read()))
        if answer.fault == "delay":
            timeout = _read_timeout(request)
            if timeout is not None and answer.delay > timeout:
                time.sleep(timeout)
                raise httpx.ReadTimeout(
                    "timed out waiting for the sandbox's (delayed) answer", request=request
                )
            time.sleep(answer.delay)
        return _response(request, answer)


class AsyncSandboxTransport(httpx.AsyncBaseTransport):
    """For `httpx.AsyncClient`: every request goes straight to the sandbox's state machine."""

    def __init__(self, core: SandboxCore) -> None:
        self.core = core

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = self.core.handle(_request(request, await request.aread()))
        if answer.fault == "delay":
            timeout = _read_timeout(request)
            if timeout is not None and answer.delay > timeout:
                await asyncio.sleep(timeout)
                raise httpx.ReadTimeout(
                    "timed out waiting for the sandbox's (delayed) answer", request=request
                )
            await asyncio.sleep(answer.delay)
        return _response(request, answer)
