"""Open enums: a value the server adds after this client was generated is kept, not refused."""

from __future__ import annotations

import enum
import logging
from typing import Any

log = logging.getLogger("matrixport")


def open_enum_member(cls: type[enum.Enum], value: object) -> Any:
    """`_missing_` for generated enums: a pseudo-member `UNKNOWN_<value>`, cached, warned about once."""
    base: Any = int if issubclass(cls, int) else str
    if base is int and isinstance(value, str) and value.lstrip("-").isdigit():
        return cls(int(value))
    if isinstance(value, bool) or not isinstance(value, base):
        return None  # Enum raises ValueError: the value is not even of the enum's type
    member: Any = base.__new__(cls, value)
    member._name_ = f"UNKNOWN_{value}"
    member._value_ = value
    cls._value2member_map_[value] = member  # later lookups find it; iteration does not
    log.warning("%s: unknown value %r from the server, kept as %s", cls.__name__, value, member._name_)
    return member
