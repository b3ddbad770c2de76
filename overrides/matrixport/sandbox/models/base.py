"""What every document's state model is made of: calls, errors, the shared world, paging."""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import _json
from ..spec import SpecOperation
from ..store import Customer, Record, Store

if TYPE_CHECKING:
    from ..world import World

SECOND_MS = 1_000
MINUTE_MS = 60_000
HOUR_MS = 3_600_000
DAY_MS = 86_400_000

_MISSING: Any = object()


class ApiError(Exception):
    """An answer with a documented error code; `detail` is appended to the document's message."""

    def __init__(self, code: int, detail: str | None = None) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Raw:
    """An answer that is not the `{code, message, data}` envelope (a file, an unwrapped JSON body)."""

    body: bytes
    media_type: str
    headers: tuple[tuple[str, str], ...] = ()


@dataclass
class Call:
    """One API call as a handler sees it: the operation, the customer, the parameters, the sandbox time."""

    op: SpecOperation
    customer: Customer
    params: dict[str, Any]
    """Query parameters (text; a repeated key is a list) or the decoded JSON body (numbers exact)."""
    now_ms: int
    path_params: Mapping[str, str] = field(default_factory=dict)
    parameter_error: int = 17002001

    @property
    def user_id(self) -> str:
        return self.customer.user_id

    def has(self, name: str) -> bool:
        return self.params.get(name) not in (None, "")

    def _value(self, name: str, default: Any) -> Any:
        value = self.params.get(name, self.path_params.get(name))
        if value is None or value == "":
            if default is _MISSING:
                raise ApiError(self.parameter_error, f"{name} is required")
            return default
        return value

    def text(self, name: str, default: Any = _MISSING) -> str:
        value = self._value(name, default)
        if isinstance(value, list):
            value = value[-1]
        return str(value)  # a JSON number (an integer id) as the text the records hold

    def integer(self, name: str, default: Any = _MISSING) -> Any:
        """An integer parameter (the spec's schema has refused anything else); repeated, the last."""
        value = self._value(name, default)
        if value is default:
            return value
        if isinstance(value, list):
            value = value[-1]
        return int(str(value))

    def decimal(self, name: str) -> Decimal:
        """A required decimal (the spec's schema has refused an absent or malformed one)."""
        return _json.dec(self._value(name, _MISSING))

    def boolean(self, name: str) -> bool:
        """A boolean of a JSON body (the spec's schema has refused anything else); absent, false."""
        return bool(self.params.get(name))

    def integers(self, name: str) -> list[int]:
        """An array of integers in the query (the spec's schema has refused anything else)."""
        value = self.params.get(name)
        items = value if isinstance(value, list) else [] if value is None else [value]
        return [int(item) for item in items]


Handler = Callable[[Any, Call], Any]
H = TypeVar("H", bound=Handler)


# Runs as the models are imported, before mutation testing can switch a mutant on.
def handles(*operation_ids: str) -> Callable[[H], H]:  # pragma: no mutate block
    """Marks a model method as the handler of these operationIds of its document."""

    def mark(function: H) -> H:
        function.__sandbox_operations__ = operation_ids  # type: ignore[attr-defined]
        return function

    return mark


class DocumentModel:
    """The state machine of one document: its handlers, what a new customer starts with, what time does.

    Subclasses set `document` (the spec's document name) and mark handlers with `@handles`;
    an operation without a handler answers its documented example (paged if it pages).
    """

    document: ClassVar[str]
    _handlers: ClassVar[dict[str, Handler]]

    # Runs as each model class is imported, before mutation testing can switch a mutant on.
    def __init_subclass__(cls) -> None:  # pragma: no mutate block
        super().__init_subclass__()
        cls._handlers = {}
        for klass in reversed(cls.__mro__):
            for attribute in vars(klass).values():
                for operation_id in getattr(attribute, "__sandbox_operations__", ()):
                    cls._handlers[operation_id] = attribute

    def __init__(self, world: World) -> None:
        self.world = world

    @property
    def store(self) -> Store:
        return self.world.store

    def handler(self, operation_id: str) -> Callable[[Call], Any] | None:
        function = self._handlers.get(operation_id)
        if function is None:
            return None
        return lambda call: function(self, call)

    def seed(self, customer: Customer, now_ms: int) -> None:
        """What a new customer starts with in this document (accounts, balances, example records)."""

    def advance(self, record: Record, at_ms: int) -> None:
        """`record` is due at `at_ms`: make its next change and set its next `due_ms` (or None).

        Only a model that gives its records a `due_ms` is asked, and each of those defines this. A
        record it leaves due where it was (a kind or status it does not know) is stopped by the
        clock, `World.tick`, with an error logged: no model needs a fallback branch of its own.
        """
        raise NotImplementedError

    def duplicate_code(self, op: SpecOperation) -> int | None:
        """The code refusing a repeat of `op`'s idempotency key; None replays the first answer instead."""
        codes = self.world.spec.documents[self.document].duplicate_codes
        return codes[0] if codes else None

    # ---- helpers ---------------------------------------------------------------------------

    def example(self, operation_id: str) -> Any:
        """A deep copy of the operation's documented example (its `data`)."""
        return copy.deepcopy(self.world.spec.operation(self.document, operation_id).example)

    @staticmethod
    def paged(call: Call, items: Sequence[Any], default_limit: int = 10) -> dict[str, Any]:
        """`items` as one page of the call's list: its offset and limit, field names from the spec.

        The names come from the operation's `x-matrixport-pagination` (`items`, `total`,
        `offset_parameter`, `limit_parameter`); an operation that does not page answers them all.
        """
        paging = call.op.pagination
        if paging is None:  # Fixed-Staking's products (FS-4)
            return {"count": len(items), "items": list(items)}
        offset = call.integer(paging["offset_parameter"], 0)
        limit = call.integer(paging["limit_parameter"], default_limit)
        return {paging["total"]: len(items), paging["items"]: page(items, offset, limit)}

    def existing(self, call: Call, kind: str, parameter: str, code: int, what: str | None = None) -> Record:
        """The caller's record of `kind` named by the request's `parameter`, or the document's `code`."""
        wanted = call.text(parameter)
        record = self.record(call.customer, kind, wanted)
        if record is None:
            raise ApiError(code, f"no {what or kind} {wanted!r} of yours")
        return record

    def shaped(self, data: Mapping[str, Any], operation_id: str, *path: str) -> dict[str, Any]:
        """`data` cut to the fields the operation's response declares (at `path`, see `Spec.fields`)."""
        fields = self.world.spec.fields(self.document, operation_id, *path)
        return {key: value for key, value in data.items() if key in fields}

    def new_record(
        self,
        customer: Customer,
        kind: str,
        id_: str,
        data: dict[str, Any],
        now_ms: int,
        due_ms: int | None = None,
    ) -> Record:
        return self.store.insert(Record(customer.user_id, self.document, kind, id_, now_ms, data, due_ms))

    def record(self, customer: Customer, kind: str, id_: str) -> Record | None:
        return self.store.get(customer.user_id, self.document, kind, id_)

    def records(self, customer: Customer, kind: str) -> list[Record]:
        return self.store.records(customer.user_id, self.document, kind)


def personalize(value: Any, user_id: str, example_users: Sequence[str]) -> Any:
    """A documented example made the customer's own: the document's example user ids replaced by `user_id`."""
    if isinstance(value, str):
        for example_user in example_users:
            if example_user in value:
                value = value.replace(example_user, user_id)
        return value
    if isinstance(value, dict):
        return {key: personalize(item, user_id, example_users) for key, item in value.items()}
    if isinstance(value, list):
        return [personalize(item, user_id, example_users) for item in value]
    return value


def page(items: Sequence[Any], offset: int, limit: int) -> list[Any]:
    offset = max(offset, 0)
    return list(items[offset : offset + limit])


def money(value: Decimal) -> str:
    """A decimal in the wire form of `format: decimal` strings."""
    return _json.plain(value)
