"""Exact conversions between wire values and Python values: money never becomes a float.

`format: decimal` values arrive as JSON strings or bare JSON numbers (the decoder
turns the latter into `Decimal` too); `format: e8` values are integers scaled by
10^8. Converters raise `ValueError` / `TypeError` with a precise message; the
client turns those into `ResponseValidationError` (server data) or
`InvalidRequestError` (caller data) with the operation attached.
"""

from __future__ import annotations

import enum
import json
import logging
from collections.abc import Mapping
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, InvalidOperation
from typing import Any, TypeVar

import msgspec

from ._types import Unset

log = logging.getLogger("matrixport")

E8_EXPONENT = -8

# Scaling an e8 value only moves its exponent: with the largest precision there is no rounding.
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)

DecimalInput = Decimal | int | str


def _to_decimal(value: object, what: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        hint = " (floats are refused: pass a Decimal or a str)" if isinstance(value, float) else ""
        raise TypeError(f"{what} must be a Decimal, int or numeric string, not {type(value).__name__}{hint}")
    try:
        result = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"{what} is not a number: {value!r}") from None
    if not result.is_finite():
        raise ValueError(f"{what} must be finite, got {value!r}")
    return result


def decimal_from_wire(value: object) -> Decimal:
    """A `format: decimal` value from a response: JSON string or number, never a float."""
    kind = value.__class__
    if kind is str or kind is Decimal or kind is int:  # the fast path for well-formed data
        try:
            result = Decimal(value)  # type: ignore[arg-type]
        except InvalidOperation:
            pass
        else:
            if result.is_finite():
                return result
    return _to_decimal(value, "decimal value")


def decimal_or_none_from_wire(value: object) -> Decimal | None:
    """A decimal the server leaves empty (`""`) or null for "no value" (`x-matrixport-empty-means-none`)."""
    return None if value is None or value == "" else decimal_from_wire(value)


def decimal_to_wire(value: DecimalInput) -> str:
    """A decimal for a request, in plain notation (`0.00000001`, never `1E-8`)."""
    return format(_to_decimal(value, "decimal value"), "f")


def e8_from_wire(value: object) -> Decimal:
    """A `format: e8` integer from a response, as the exact value it stands for (12000000 -> 0.12).

    An integer, or a string or decimal holding one (`"12000000"`, `1.2E+7`); anything else is refused.
    """
    if value.__class__ is int:
        return Decimal(value).scaleb(E8_EXPONENT, EXACT)
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
        raise TypeError(f"e8 value must be an integer, not {type(value).__name__}")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"e8 value is not an integer: {value!r}") from None
    if not number.is_finite() or number != number.to_integral_value():
        raise ValueError(f"e8 value is not an integer: {value!r}")
    return number.scaleb(E8_EXPONENT, EXACT)


def e8_to_wire(value: DecimalInput) -> int:
    """A value for a `format: e8` request field: the exact integer, or an error if it has over 8 decimals."""
    scaled = _to_decimal(value, "e8 value").scaleb(-E8_EXPONENT, EXACT)  # never rounded to 28 digits
    if scaled != scaled.to_integral_value():
        raise ValueError(f"e8 value {value} has more than 8 decimal places")
    return int(scaled)


_T = TypeVar("_T")


def expect_type(value: Any, expected: type[_T]) -> _T:
    """`value` if it is of the documented JSON type (or absent: UNSET); a TypeError otherwise."""
    valid = isinstance(value, Unset) or (
        isinstance(value, expected) and not (expected is int and isinstance(value, bool))
    )
    if valid:
        result: _T = value
        return result
    raise TypeError(f"expected {expected.__name__}, got {type(value).__name__} {value!r:.40}")


def expect_object(value: Any) -> dict[str, Any]:
    """A copy of a JSON object's fields; a TypeError for anything else (a list of pairs included)."""
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"expected an object, got {type(value).__name__} {value!r:.40}")


_reported_fields: set[tuple[type, frozenset[str]]] = set()


def note_unknown_fields(model: type, extra: Mapping[str, Any]) -> None:
    """Fields the spec does not know are kept (`additional_properties`) and logged once per model and set."""
    key = (model, frozenset(extra))
    if key not in _reported_fields:
        _reported_fields.add(key)
        log.warning(
            "%s: fields the spec does not describe, kept in additional_properties: %s",
            model.__name__,
            ", ".join(sorted(extra)),
        )


def wire_text(value: object) -> str:
    """A scalar as it is sent in a query string and as it is signed: `true`/`false`, plain decimals."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a finite number")
        return format(value, "f")
    if isinstance(value, enum.Enum):
        return wire_text(value.value)
    return str(value)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"JSON constant {name} is not a number")


_decoder = msgspec.json.Decoder(float_hook=Decimal)  # msgspec hands the number's text to Decimal


def json_loads(data: bytes | str) -> Any:
    """Decode JSON with every non-integer number as an exact `Decimal`; `ValueError` for anything else.

    msgspec first (about twice as fast as `json`); what it refuses (a lone surrogate escape, which
    `json` reads) gets a second opinion from `json`, which also names the problem.
    """
    try:
        return _decoder.decode(data)
    except msgspec.DecodeError:
        pass
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    try:
        return json.loads(data, parse_float=Decimal, parse_constant=_reject_constant)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def _encode(value: Any, out: list[str]) -> None:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"cannot encode {value} as JSON")
        out.append(format(value, "f"))
    elif isinstance(value, float):
        raise TypeError("floats are refused in request bodies: pass a Decimal or a str")
    elif isinstance(value, Mapping):
        out.append("{")
        for index, (key, item) in enumerate(value.items()):
            if index:
                out.append(",")
            out.append(json.dumps(str(key), ensure_ascii=False))
            out.append(":")
            _encode(item, out)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _encode(item, out)
        out.append("]")
    else:
        out.append(json.dumps(value, ensure_ascii=False))


def json_dumps(value: Any) -> bytes:
    """Encode JSON, writing `Decimal`s as exact JSON numbers and refusing floats."""
    out: list[str] = []
    _encode(value, out)
    return "".join(out).encode("utf-8")
