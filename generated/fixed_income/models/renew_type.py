from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class RenewType(IntEnum):
    """Renewal the product (or the order's product) allows: 0 manual renewal only, 1 automatic renewal allowed.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    MANUAL = 0
    AUTO = 1

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "RenewType":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        if value.__class__ is bool:  # a JSON true is not the member 1
            raise TypeError(f"RenewType: expected an integer, got {value!r}")
        member = cls._value2member_map_.get(value)
        return cast("RenewType", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
