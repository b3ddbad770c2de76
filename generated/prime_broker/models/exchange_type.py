from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class ExchangeType(IntEnum):
    """Exchange type: centralised or decentralised (errata PB-14).

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    CEX = 1
    DEX = 2

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "ExchangeType":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        if value.__class__ is bool:  # a JSON true is not the member 1
            raise TypeError(f"ExchangeType: expected an integer, got {value!r}")
        member = cls._value2member_map_.get(value)
        return cast("ExchangeType", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
