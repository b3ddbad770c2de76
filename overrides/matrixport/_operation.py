"""What the generated code tells the client about each operation (read from the spec's vendor extensions)."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ._arguments import Argument
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
class Pagination:
    """`x-matrixport-pagination`: how a list operation pages (see spec/README.md)."""

    style: str
    items: str
    limit_parameter: str | None = None
    offset_parameter: str | None = None
    total: str | None = None
    cursor_parameter: str | None = None
    next: str | None = None
    unique: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    """`x-matrixport-outcome`: how a result operation says an asynchronous operation ended.

    With a `field`, its value says it (anything neither succeeded nor failed is pending);
    without, the envelope code does (a `pending` error code means ask again).
    """

    field: str | None = None
    succeeded: frozenset[Any] = frozenset()
    failed: frozenset[Any] = frozenset()

    def state(self, result: Any) -> str:
        if self.field is None:
            return "succeeded"
        value = getattr(result, self.field)
        value = getattr(value, "value", value)
        if value in self.succeeded:
            return "succeeded"
        return "failed" if value in self.failed else "pending"


@dataclass(frozen=True)
class Lookup:
    """`x-matrixport-lookup`: how to find a write's outcome by its idempotency key (spec/README.md).

    Either `key_parameter` (call `operation` with the key as that argument) or `match` (walk the pages
    of the list `operation`, called with `arguments`, for the item whose `match` field is the key).
    """

    operation: Operation[Any]
    key_parameter: str | None = None
    match: str | None = None
    arguments: Mapping[str, str] = field(default_factory=dict)
    """The lookup's argument (Python name) <- the write's argument (Python name)."""
    confirms_result: bool = False
    """The write's `data` is empty, so what it returns is known once the lookup finds the key."""


@dataclass(frozen=True)
class CallContext:
    """What a call's result may carry besides the response data: the keys it was sent with."""

    request_id: str
    idempotency_key: str | None = None
    confirmation: Any = None
    """What a lookup answered, when the outcome was found by asking (`Lookup`), not by the write."""


@dataclass(frozen=True)
class Operation(Generic[T]):
    document: str
    operation_id: str
    name: str
    method: str
    path: str
    build: Callable[..., RequestParts]
    parse: Callable[[Any, CallContext], T]
    errors: Mapping[int, type[APIError]]
    signed: bool = True
    response_kind: ResponseKind = ResponseKind.ENVELOPE
    idempotency_key: str | None = None
    side_effects: bool = False
    result_operation: str | None = None
    check_with: str | None = None
    """The Python method that reports this write's outcome (`"prime_broker.get_transfer_record"`)."""
    lookup: Lookup | None = None
    pagination: Pagination | None = None
    outcome: Outcome | None = None
    finish: Callable[[Any, CallContext], T] | None = None
    """Turns decoded `data` into the result (for a keyed write: hands back the key); `parse` ends with it."""
    data_type: Any = None
    """The Python type of the response's `data`, for the one-pass decoder (matrixport._fast)."""
    arguments: tuple[Argument, ...] = ()
    """The spec's rules for the caller's arguments, checked before anything is sent."""

    @property
    def retry_safe(self) -> bool:
        """May the same request be sent again after it may have reached the server (spec/README.md)?"""
        return not self.side_effects or self.idempotency_key is not None

    @property
    def refuses_repeats(self) -> bool:
        """Does the server answer a repeated idempotency key with a `duplicate` code (not by acting again)?"""
        return self.idempotency_key is not None and any(error.duplicate for error in self.errors.values())

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
    arguments: Mapping[str, Any] = field(default_factory=dict)
    """The caller's arguments, by their Python names (a `Lookup` reads them)."""
