from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class ProductStatus(IntEnum):
    """Product status: 1 pending, 2 available, 3 sold out, 4 outdated (can not buy).

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    PENDING = 1
    AVAILABLE = 2
    SOLD_OUT = 3
    OUTDATED = 4

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "ProductStatus":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        if value.__class__ is bool:  # a JSON true is not the member 1
            raise TypeError(f"ProductStatus: expected an integer, got {value!r}")
        member = cls._value2member_map_.get(value)
        return cast("ProductStatus", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
