"""JSON and money for the sandbox: exact decimals in, exact decimals out, never a float.

The sandbox keeps its own small helpers rather than the client's, so that the server a client
is tested against shares as little code with it as possible.
"""

from __future__ import annotations

import json
import re
import secrets
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from typing import Any

# A bare-number placeholder no request can forge: NUL and a per-process random tag.
_TAG = secrets.token_hex(4)
_NUMBER_MARK = f"\x00{_TAG}:"
_ESCAPED_MARK = f"\\u0000{_TAG}:"
_MARKED = re.compile('"' + re.escape(_ESCAPED_MARK) + r'([-0-9.Ee+]+)"')


def loads(data: bytes | str) -> Any:
    """Decode JSON with every non-integer number as a `Decimal`."""
    return json.loads(data, parse_float=Decimal)


def _mark(value: Any) -> Any:
    if isinstance(value, Decimal):
        return _NUMBER_MARK + plain(value)
    if isinstance(value, dict):
        return {key: _mark(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_mark(item) for item in value]
    return value


def dumps(value: Any) -> bytes:
    """Encode JSON; a `Decimal` becomes a bare JSON number written exactly (a string stays a string)."""
    text = json.dumps(_mark(value), ensure_ascii=False, separators=(",", ":"))
    if _ESCAPED_MARK in text:
        text = _MARKED.sub(r"\1", text)
    return text.encode("utf-8")


def plain(value: Decimal) -> str:
    """`value` in plain notation without trailing zeros: `Decimal("1.50")` -> "1.5", `1E+2` -> "100"."""
    if value == 0:
        return "0"
    text = format(value.normalize(), "f")
    return text


def dec(value: Any) -> Decimal:
    """A decimal from what a request or a record holds (str, int or Decimal); ValueError otherwise."""
    if isinstance(value, float):
        raise ValueError("a float is never money")
    try:
        result = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(f"not a number: {value!r}") from None
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return result


def down(value: Decimal, places: int) -> Decimal:
    """`value` cut (not rounded) to `places` decimal places: what a ledger may pay out."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN)


def e8(value: Decimal) -> int:
    """The e8 integer of `value` (0.12 -> 12000000), cut to 8 places."""
    return int(down(value, 8).scaleb(8))


def from_e8(value: int) -> Decimal:
    return Decimal(value).scaleb(-8)
