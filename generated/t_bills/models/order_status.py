from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class OrderStatus(IntEnum):
    """Order status: 1 initial state, 10 cancelled, 60 completed, 70 failed; any other value (the Order Result example shows 120) means the order is still processing (errata TB-21).

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    INITIAL = 1
    CANCELLED = 10
    COMPLETED = 60
    FAILED = 70

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "OrderStatus":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        if value.__class__ is bool:  # a JSON true is not the member 1
            raise TypeError(f"OrderStatus: expected an integer, got {value!r}")
        member = cls._value2member_map_.get(value)
        return cast("OrderStatus", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
