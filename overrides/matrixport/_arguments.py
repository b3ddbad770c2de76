"""The caller's arguments, checked against the spec before anything is sent.

Each generated operation lists its arguments as `Argument`s: the Python type the spec gives, whether
it is required, and its limits (`minimum`, `maxLength`, `pattern`, ...). A call whose arguments break
them raises `InvalidRequestError` naming the argument and the rule; nothing goes on the wire.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

_NO_CONST = object()

AMBIGUOUS = re.compile(r"[&=\[\]]")
"""Characters that would let two different requests share one string to sign (spec/README.md, "Signing")."""


@dataclass(frozen=True)
class Argument:
    """One argument of a generated method and the spec's rules for it."""

    name: str
    kind: Any = object
    """`str`, `int`, `bool`, `Decimal` (a decimal or e8 value), an enum or model class, or `list`."""
    required: bool = False
    items: Any = None
    """The kind of a list's items."""
    const: Any = _NO_CONST
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    exclusive_minimum: Decimal | None = None
    exclusive_maximum: Decimal | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    min_items: int | None = None
    max_items: int | None = None

    def problem(self, value: Any) -> str | None:
        """Why `value` breaks this argument's rules, or None."""
        if value is None:
            return "is required" if self.required else None
        if self.const is not _NO_CONST:
            return None if value == self.const else f"must be {self.const!r}, not {value!r}"
        if self.kind is list:
            if not isinstance(value, (list, tuple)):
                return f"must be a list, not {_type(value)}"
            if self.min_items is not None and len(value) < self.min_items:
                return f"must have at least {self.min_items} items"
            if self.max_items is not None and len(value) > self.max_items:
                return f"must have at most {self.max_items} items"
            for index, item in enumerate(value):
                if (problem := _kind_problem(self.items, item)) is not None:
                    return f"item {index} {problem}"
            return None
        return _kind_problem(self.kind, value) or self._limit_problem(value)

    def _limit_problem(self, value: Any) -> str | None:
        if isinstance(value, str) and self.kind is str:
            return self._string_problem(value)
        if self.kind in (int, Decimal):
            number = Decimal(value)
            if self.minimum is not None and number < self.minimum:
                return f"must be at least {self.minimum}, not {value}"
            if self.maximum is not None and number > self.maximum:
                return f"must be at most {self.maximum}, not {value}"
            if self.exclusive_minimum is not None and number <= self.exclusive_minimum:
                return f"must be more than {self.exclusive_minimum}, not {value}"
            if self.exclusive_maximum is not None and number >= self.exclusive_maximum:
                return f"must be less than {self.exclusive_maximum}, not {value}"
        return None

    def _string_problem(self, value: str) -> str | None:
        if self.min_length is not None and len(value) < self.min_length:
            return f"is shorter than {self.min_length} characters"
        if self.max_length is not None and len(value) > self.max_length:
            return f"is longer than {self.max_length} characters"
        if self.pattern is not None and not re.search(self.pattern, value):
            return f"does not match {self.pattern}"
        return None


def _type(value: Any) -> str:
    return type(value).__name__


def _kind_problem(kind: Any, value: Any) -> str | None:
    if kind is object:
        return None
    if kind is str:
        if not isinstance(value, str):
            return f"must be a string, not {_type(value)}"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "is not valid text (it holds a lone surrogate)"
        return None
    if kind is bool:
        return None if isinstance(value, bool) else f"must be True or False, not {_type(value)}"
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"must be an integer, not {_type(value)}"
        return None
    if kind is Decimal:
        return _decimal_problem(value)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _enum_problem(kind, value)
    if isinstance(kind, type):
        return None if isinstance(value, kind) else f"must be a {kind.__name__}, not {_type(value)}"
    return None


def _decimal_problem(value: Any) -> str | None:
    if isinstance(value, float):
        return (
            "must be a Decimal, int or numeric str, not float (floats are refused: pass a Decimal or a str)"
        )
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        return f"must be a Decimal, int or numeric str, not {_type(value)}"
    try:
        number = Decimal(value)
    except InvalidOperation:
        return f"is not a number: {value!r}"
    return None if number.is_finite() else f"must be finite, not {value!r}"


@functools.cache
def _documented_values(kind: type[enum.Enum]) -> frozenset[Any]:
    return frozenset(
        member.value for member in kind
    )  # iteration skips the UNKNOWN_ members kept from responses


def _enum_problem(kind: type[enum.Enum], value: Any) -> str | None:
    plain = value.value if isinstance(value, kind) else value
    if isinstance(value, enum.Enum) and not isinstance(value, kind):
        plain = _NO_CONST
    if isinstance(plain, bool) or plain not in _documented_values(kind):
        allowed = ", ".join(repr(v) for v in sorted(_documented_values(kind), key=str))
        return f"must be a {kind.__name__} (one of {allowed}), not {value!r}"
    return None


def check_arguments(arguments: tuple[Argument, ...], given: Mapping[str, Any]) -> None:
    """Raise `ValueError` naming the first argument that breaks its rules."""
    for argument in arguments:
        problem = argument.problem(given.get(argument.name))
        if problem is not None:
            raise ValueError(f"{argument.name} {problem}")


def check_unambiguous(value: Any, where: str = "") -> None:
    """Raise `ValueError` if a string in `value` (at any depth) would make the string to sign ambiguous."""
    if isinstance(value, str):
        if AMBIGUOUS.search(value):
            raise ValueError(
                f"{where}={value!r} holds one of & = [ ], which would let another request share its"
                " signature (spec/README.md, Signing): the API cannot take it"
            )
    elif isinstance(value, Mapping):
        for key, item in value.items():
            check_unambiguous(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            check_unambiguous(item, f"{where}[{index}]")
