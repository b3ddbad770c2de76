"""Command-line text to the typed values the client takes, by each argument's kind in the spec.

Only what text cannot say is decided here (`"10"` is an int, `"PENDING"` names an enum member, a
list of objects is JSON); the client then checks every value against the spec as for any caller
(`InvalidRequestError`: limits, lengths, patterns, enum values), so the command refuses exactly what
the Python client refuses. Amounts stay text until the client reads them as `Decimal`: never a float.
"""

from __future__ import annotations

import enum
import json
import re
from decimal import Decimal
from typing import Any

import attrs

from .._exceptions import InvalidRequestError
from .._tolerant import problems, reading
from ._catalog import OperationInfo, Parameter

_INTEGER = re.compile(r"^[+-]?\d+$")
TRUE = frozenset({"true", "yes", "1", "on"})
FALSE = frozenset({"false", "no", "0", "off"})


def metavar(parameter: Parameter) -> str:
    """How `--help` shows the value an option takes."""
    kind = parameter.value_kind
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind.__name__.upper()
    if kind is Decimal:
        return "DECIMAL"
    if kind is int:
        return "INTEGER"
    if kind is bool:
        return "BOOLEAN"
    if isinstance(kind, type) and attrs.has(kind):
        return "JSON"
    return "TEXT"


def describe(parameter: Parameter) -> str:
    """The help text of an option: the docstring's, then what values it takes."""
    kind = parameter.value_kind
    notes = []
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        choices = ", ".join(f"{member.name} ({member.value})" for member in kind)
        notes.append(f"One of: {choices}; by name or value.")
    elif kind is Decimal:
        notes.append("An exact decimal, read as written.")
    elif kind is bool:
        notes.append("true or false.")
    elif isinstance(kind, type) and attrs.has(kind):
        fields = ", ".join(field.name for field in attrs.fields(kind) if field.init)
        notes.append(f"A JSON object with {fields}.")
    if parameter.is_list:
        notes.append(
            "A JSON list, or repeat the option." if attrs.has(kind) else "Repeat the option for several."
        )
    if parameter.default is not None:
        notes.append(f"Default: {_plain(parameter.default)}.")
    return " ".join([parameter.help, *notes]).strip()


def convert(operation: OperationInfo, parameter: Parameter, raw: Any) -> Any:
    """The typed value of `raw` (a string, or a tuple of strings for a list), or InvalidRequestError."""
    if parameter.is_list:
        texts = list(raw)
        kind = parameter.value_kind
        if isinstance(kind, type) and attrs.has(kind):
            items = [item for text in texts for item in _json_items(operation, parameter, text)]
            return [_model(operation, parameter, kind, item) for item in items]
        return [_one(operation, parameter, kind, text) for text in texts]
    return _one(operation, parameter, parameter.value_kind, raw)


def _one(operation: OperationInfo, parameter: Parameter, kind: Any, text: str) -> Any:
    if kind is int:
        if not _INTEGER.match(text.strip()):
            raise _invalid(operation, parameter, f"must be an integer, not {text!r}")
        return int(text)
    if kind is bool:
        lowered = text.strip().lower()
        if lowered not in TRUE | FALSE:
            raise _invalid(operation, parameter, f"must be true or false, not {text!r}")
        return lowered in TRUE
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _member(kind, text)
    if isinstance(kind, type) and attrs.has(kind):
        return _model(operation, parameter, kind, _json(operation, parameter, text))
    return text  # str, and Decimal: the client reads a numeric string exactly, and says why it cannot


def _member(kind: type[enum.Enum], text: str) -> Any:
    """The member named or valued `text`; anything else is passed on for the client to refuse by the spec."""
    for member in kind:
        if text == str(member.value) or text.upper() == member.name:
            return member
    return int(text) if issubclass(kind, int) and _INTEGER.match(text) else text


def _json(operation: OperationInfo, parameter: Parameter, text: str) -> Any:
    try:
        return json.loads(text, parse_float=Decimal)
    except ValueError as exc:
        raise _invalid(operation, parameter, f"is not valid JSON ({exc})") from None


def _json_items(operation: OperationInfo, parameter: Parameter, text: str) -> list[Any]:
    value = _json(operation, parameter, text)
    return value if isinstance(value, list) else [value]


def _model(operation: OperationInfo, parameter: Parameter, kind: type, value: Any) -> Any:
    if not isinstance(value, dict):
        raise _invalid(operation, parameter, f"must be a JSON object, not {type(value).__name__}")
    with reading(operation.name):  # a field not in its shape is marked (problems), never raised
        model = kind.from_dict(value)  # type: ignore[attr-defined]
    wrong = problems(model)
    if wrong:
        details = "; ".join(f"{problem.field}: {problem.detail}" for problem in wrong)
        raise _invalid(operation, parameter, f"is not a {kind.__name__}: {details}")
    return model


def _invalid(operation: OperationInfo, parameter: Parameter, problem: str) -> InvalidRequestError:
    return InvalidRequestError(f"{parameter.name} {problem}", operation=operation.name)


def _plain(value: Any) -> str:
    return str(value.value if isinstance(value, enum.Enum) else value)
