from enum import IntEnum
from typing import Any

from matrixport._enums import open_enum_member


class ExchangeType(IntEnum):
    """Exchange type: centralised or decentralised. (The Account List parameter table writes "[1.CEX 2.DEFI]".)

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    CEX = 1
    DEX = 2

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    def __str__(self) -> str:
        return str(self.value)
