"""Result types the client returns besides the generated models."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import httpx

T = TypeVar("T")


@dataclass(frozen=True)
class Accepted(Generic[T]):
    """What a write with an idempotency key returns when the document's `data` is empty or a bare value.

    `idempotency_key` is the key sent (the one you passed, or the one the client generated): the
    key to follow the write up with, e.g. `client.prime_broker.get_transfer_record(serial_no=...)`.
    """

    idempotency_key: str
    request_id: str
    """The `x-request-id` the call sent, on every attempt."""
    data: T
    """The document's `data`: None where it is empty."""
    confirmation: Any = None
    """When a retry was refused as a repeat (or after `client.resolve`): what the lookup operation
    answered about the key, e.g. the `TransferRecord`. None when the write itself answered."""


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """What `client.raw(...)` returns: the parsed result and the HTTP response it came from."""

    parsed: T
    status_code: int
    headers: httpx.Headers
    request_id: str
    content: bytes
    attempts: int


@dataclass(frozen=True)
class Download:
    """A file an operation returned instead of JSON."""

    content: bytes
    content_type: str
    filename: str | None = None

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the file to `path` and return it."""
        target = Path(path)
        target.write_bytes(self.content)
        return target
