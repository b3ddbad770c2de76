from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class OrderBizType(IntEnum):
    """Order biz type: the business an order (or RCU) belongs to (errata PB-13).

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    MARGIN_LOAN = 1
    FUND_ACCELERATOR = 2
    CUSTODY = 3
    BASIS_TRADING = 4

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "OrderBizType":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        if value.__class__ is bool:  # a JSON true is not the member 1
            raise TypeError(f"OrderBizType: expected an integer, got {value!r}")
        member = cls._value2member_map_.get(value)
        return cast("OrderBizType", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
