from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class OrderStatus(IntEnum):
    """Order status: 1 pre-order, 2 processing, 3 canceled (final), 4 holding, 5 pending, 6 settling, 7 settled (final), 8 refunding, 9 refunded (final), 10 redeeming, 11 redeemed all (final). The document's order examples show 20, whose meaning is not documented (errata FS-7).

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    PRE_ORDER = 1
    PROCESSING = 2
    CANCELED = 3
    HOLDING = 4
    PENDING = 5
    SETTLING = 6
    SETTLED = 7
    REFUNDING = 8
    REFUNDED = 9
    REDEEMING = 10
    REDEEMED_ALL = 11

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
