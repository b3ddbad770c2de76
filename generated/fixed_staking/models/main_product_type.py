from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class MainProductType(IntEnum):
    """Main product type: 40 ETH2.0 & ETH2.0 leverage staking.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    ETH_STAKING = 40

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "MainProductType":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        if value.__class__ is bool:  # a JSON true is not the member 1
            raise TypeError(f"MainProductType: expected an integer, got {value!r}")
        member = cls._value2member_map_.get(value)
        return cast("MainProductType", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
