from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class OrderResultStatus(IntEnum):
    """Result of a purchase order: 0 purchasing (still processing, ask again), 1 purchased, 2 purchase failed (see `failed_code` and `failed_message`).

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    PURCHASING = 0
    PURCHASED = 1
    FAILED = 2

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "OrderResultStatus":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        if value.__class__ is bool:  # a JSON true is not the member 1
            raise TypeError(f"OrderResultStatus: expected an integer, got {value!r}")
        member = cls._value2member_map_.get(value)
        return cast("OrderResultStatus", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
