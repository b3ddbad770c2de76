"""The tolerant reader: a response with a bad field still returns its result, and never lies about that field.

The live API will differ from the documents somewhere. When one field of a response is missing or
of another type, the generated `from_dict` keeps an `Invalid` marker in that field instead of
failing the whole call: every other field reads normally, and reading the bad one raises
`ResponseValidationError`, naming the operation, the field and what came instead. `problems(result)`
lists them. `Matrixport(strict=True)` raises at parse time instead.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

import attrs

from ._exceptions import ResponseValidationError

PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, ArithmeticError, IndexError, RecursionError)
"""What the generated parsers raise when data is not the documented shape."""

_MISSING = object()
EXCERPT = 60
"""How much of a bad value a problem shows."""


@dataclass(frozen=True)
class Problem:
    """One field of a response that is not the documented shape."""

    operation: str | None
    model: str
    field: str
    """The field's name on the wire."""
    detail: str

    def __str__(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        return f"{where}{self.model}.{self.field}: {self.detail}"


class Invalid:
    """What a field holds when the response did not give it in its documented shape."""

    __slots__ = ("problem",)

    def __init__(self, problem: Problem) -> None:
        self.problem = problem

    def __repr__(self) -> str:
        return f"<invalid: {self.problem.detail}>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Invalid) and other.problem == self.problem

    __hash__ = None  # type: ignore[assignment]  # compared by its problem, never used as a key

    def error(self) -> ResponseValidationError:
        problem = self.problem
        return ResponseValidationError(
            f"field {problem.field!r} of {problem.model} is not the documented shape: {problem.detail}",
            operation=problem.operation,
        )


@dataclass
class ParseSession:
    """The problems found while one response is parsed (`reading`)."""

    operation: str | None
    problems: list[Problem] = field(default_factory=list)


_session: ContextVar[ParseSession | None] = ContextVar("matrixport_parse", default=None)


def invalid(model: type, name: str, source: Mapping[str, Any], error: BaseException) -> Any:
    """The marker for field `name` of `model`, which failed to parse with `error` (generated code uses it)."""
    received = source.get(name, _MISSING)  # a Mapping: generated `from_dict` refuses anything else
    if received is _MISSING:
        detail = "missing"
    else:
        shown = repr(received)
        if len(shown) > EXCERPT:
            shown = shown[:EXCERPT] + "…"
        detail = f"{error} (received {shown})"
    session = _session.get()
    problem = Problem(session.operation if session else None, model.__name__, name, detail)
    if session is not None:
        session.problems.append(problem)
    return Invalid(problem)


def tolerate(instance: Any) -> None:
    """Make reading `instance`'s invalid fields raise (generated `from_dict` calls this when it kept one)."""
    cls = type(instance)
    tolerant = _tolerant_classes.get(cls)
    if tolerant is None:
        tolerant = _tolerant_classes[cls] = _tolerant_class(cls)
    instance.__class__ = tolerant


_tolerant_classes: dict[type, type] = {}


def _tolerant_class(cls: type) -> type:
    def __getattribute__(self: Any, name: str) -> Any:
        value = object.__getattribute__(self, name)
        if value.__class__ is Invalid:
            raise value.error()
        return value

    def __repr__(self: Any) -> str:
        shown = ", ".join(
            f"{a.name}={object.__getattribute__(self, a.name)!r}" for a in attrs.fields(cls) if a.repr
        )
        return f"{cls.__qualname__}({shown})"

    def __eq__(self: Any, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(
            object.__getattribute__(self, a.name) == object.__getattribute__(other, a.name)
            for a in attrs.fields(cls)
            if a.eq
        )

    namespace = {
        "__slots__": (),
        "__getattribute__": __getattribute__,
        "__repr__": __repr__,
        "__eq__": __eq__,
        "__hash__": None,
        "__qualname__": cls.__qualname__,
        "__module__": cls.__module__,
        "__doc__": cls.__doc__,
    }
    return type(cls.__name__, (cls,), namespace)


class reading:
    """Collect the problems of the response parsed inside this block (`with reading(op) as session:`)."""

    def __init__(self, operation: str | None) -> None:
        self.session = ParseSession(operation)

    def __enter__(self) -> ParseSession:
        self._token = _session.set(self.session)
        return self.session

    def __exit__(self, *exc_info: object) -> None:
        _session.reset(self._token)


def problems(result: Any) -> list[Problem]:
    """What was wrong with the response `result` was read from: one `Problem` per field kept as invalid.

    An empty list means every field was read in its documented shape.
    """
    return list(_walk(result, set()))


def _walk(value: Any, seen: set[int]) -> Iterator[Problem]:
    if id(value) in seen:
        return
    if attrs.has(type(value)):
        seen.add(id(value))
        for attribute in attrs.fields(type(value)):
            yield from _walk_value(object.__getattribute__(value, attribute.name), seen)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        seen.add(id(value))
        for item in dataclasses.fields(value):
            yield from _walk_value(getattr(value, item.name), seen)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _walk_value(item, seen)


def _walk_value(value: Any, seen: set[int]) -> Iterator[Problem]:
    if value.__class__ is Invalid:
        yield value.problem
    else:
        yield from _walk(value, seen)
