from enum import Enum
from typing import Any, cast

from matrixport._enums import open_enum_member


class PaybackCurrency(str, Enum):
    """Currency a redemption pays back in: ETH or STETH.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    ETH = "ETH"
    STETH = "STETH"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "PaybackCurrency":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        member = cls._value2member_map_.get(value)
        return cast("PaybackCurrency", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
