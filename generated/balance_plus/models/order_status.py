from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class OrderStatus(IntEnum):
    """Order status: 1 queuing, 2 processing, 3 cancelled, 4 completed; 0 means all, as a filter only.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    ALL = 0
    QUEUING = 1
    PROCESSING = 2
    CANCELLED = 3
    COMPLETED = 4

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
