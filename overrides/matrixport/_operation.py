"""What the generated code tells the client about each operation (read from the spec's vendor extensions)."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ._exceptions import APIError

T = TypeVar("T")


class ResponseKind(str, enum.Enum):
    ENVELOPE = "envelope"
    """`{code, message, data}`: the result is `data`."""
    JSON = "json"
    """A JSON body without the envelope (`x-matrixport-envelope: false`)."""
    BINARY = "binary"
    """A file download."""


@dataclass(frozen=True)
class Operation(Generic[T]):
    document: str
    operation_id: str
    name: str
    method: str
    path: str
    build: Callable[..., RequestParts]
    parse: Callable[[Any], T]
    errors: Mapping[int, type[APIError]]
    signed: bool = True
    response_kind: ResponseKind = ResponseKind.ENVELOPE
    idempotency_key: str | None = None
    side_effects: bool = False
    result_operation: str | None = None

    def __repr__(self) -> str:
        return f"<Operation {self.document}.{self.name}: {self.method} {self.path}>"


@dataclass(frozen=True)
class RequestParts:
    """One call's arguments in wire form, before signing."""

    path: str
    params: Mapping[str, Any] = field(default_factory=dict)
    json: Mapping[str, Any] | None = None
    idempotency_key: str | None = None
    """The value of the operation's `x-matrixport-idempotency-key` field, when it has one."""
