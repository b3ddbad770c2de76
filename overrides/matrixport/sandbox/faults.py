"""The sandbox's fault mode: fail a share of requests the ways real networks and gateways do.

Faults before the operation runs (429) leave no trace; faults after it (500, a dropped
connection, a delay past the client's timeout, a garbage body) happen once the operation
has been recorded, which is what makes retrying a create dangerous without an idempotency key.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass, field

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

KINDS = ("429", "500", "drop", "delay", "garbage")
BEFORE = frozenset({"429"})


@dataclass
class Faults:
    rate: float = 0.0
    """Share of requests (0 to 1) that fail."""
    kinds: tuple[str, ...] = KINDS
    delay: float = 2.0
    """Seconds a `delay` fault holds the response (set it above the client's timeout)."""
    seed: int | None = None
    _random: random.Random = field(default_factory=random.Random, repr=False)

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - set(KINDS)
        if unknown or not 0 <= self.rate <= 1:
            raise ValueError(f"faults: rate must be 0..1 and kinds among {KINDS}, got {self.rate}, {unknown}")
        self._random.seed(self.seed)

    def draw(self) -> str | None:
        """The fault for the next request, or None."""
        if self.rate and self._random.random() < self.rate:
            return self._random.choice(self.kinds)
        return None


class DroppedConnection(Response):
    """Promises a body it never sends: the server closes the connection mid-response."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
        await send({"type": "http.response.body", "body": b'{"code":0,', "more_body": False})


async def before(kind: str | None) -> Response | None:
    if kind == "429":
        return Response('{"code":429,"message":"too many requests"}', 429, {"Retry-After": "0"})
    return None


async def after(kind: str | None, response: Response, delay: float) -> Response:
    if kind == "500":
        return Response("<html><body>500 Internal Server Error</body></html>", 500, media_type="text/html")
    if kind == "drop":
        return DroppedConnection()
    if kind == "garbage":
        return Response(b'{"code": 0, "message": "", "data": {"trunc', 200, media_type="application/json")
    if kind == "delay":
        await asyncio.sleep(delay)
    return response
