from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class CanRedeem(IntEnum):
    """Can the order be redeemed early: 0 no, 1 yes, 2 only in the product's redeem windows.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    NO = 0
    YES = 1
    REDEEM_WINDOWS = 2

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "CanRedeem":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        if value.__class__ is bool:  # a JSON true is not the member 1
            raise TypeError(f"CanRedeem: expected an integer, got {value!r}")
        member = cls._value2member_map_.get(value)
        return cast("CanRedeem", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
