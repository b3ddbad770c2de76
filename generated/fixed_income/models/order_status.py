from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class OrderStatus(IntEnum):
    """Order status: 1 pre-order, 3 canceled (final), 4 holding, 5 pending, 6 settling, 7 settled (final), 15 redeemed all (final), 16 redeeming.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    PRE_ORDER = 1
    CANCELED = 3
    HOLDING = 4
    PENDING = 5
    SETTLING = 6
    SETTLED = 7
    REDEEMED_ALL = 15
    REDEEMING = 16

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
