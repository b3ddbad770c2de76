"""The sandbox as an ASGI application (what `matrixport-sandbox` serves with uvicorn)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from .core import SandboxCore, SandboxRequest, SandboxResponse

Scope = dict[str, Any]


class DroppedConnection(Exception):
    """Ends a `drop` fault: the server gives up on the answer and closes the connection."""


class _QuietDrops(logging.Filter):
    """The server logs an app's exception as an error; a drop fault is the sandbox doing its job."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


class SandboxApp:
    """A plain ASGI app around a `SandboxCore`: no framework between the socket and the state machine."""

    def __init__(self, core: SandboxCore) -> None:
        self.core = core

    # uvicorn calls an app with no arguments to find out whether it is a factory; under mutation
    # testing a mutated method takes `*args` and would pass for one. So this entry point stays as
    # written, and `serve` (mutated) does the work.
    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:  # pragma: no mutate block
        await self.serve(scope, receive, send)

    async def serve(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        body = bytearray()
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        client = scope.get("client")
        request = SandboxRequest(
            method=scope["method"],
            path=scope["path"],
            query=_query(scope.get("query_string", b"")),
            headers={k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])},
            body=bytes(body),
            client=client[0] if client else None,
        )
        response = self.core.handle(request)
        await _send(response, send)


def _query(raw: bytes) -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl

    return parse_qsl(raw.decode("latin-1"), keep_blank_values=True)


async def _send(response: SandboxResponse, send: Any) -> None:
    if response.fault == "delay":
        await asyncio.sleep(response.delay)
    headers = [(b"content-type", response.media_type.encode("latin-1"))]
    headers += [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers]
    if response.fault == "drop":
        # Promise a body, send a part of it, fail: the server closes the connection mid-answer.
        headers.append((b"content-length", str(len(response.body)).encode()))
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        await send({"type": "http.response.body", "body": response.body[:10], "more_body": True})
        raise DroppedConnection
    headers.append((b"content-length", str(len(response.body)).encode()))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": response.body})
