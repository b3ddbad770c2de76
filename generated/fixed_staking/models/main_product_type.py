from enum import IntEnum
from typing import Any

from matrixport._enums import open_enum_member


class MainProductType(IntEnum):
    """Main product type: 40 ETH2.0 & ETH2.0 leverage staking (Fixed-Staking).

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    ETH_STAKING = 40

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    def __str__(self) -> str:
        return str(self.value)
