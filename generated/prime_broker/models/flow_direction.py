from enum import IntEnum
from typing import Any

from matrixport._enums import open_enum_member


class FlowDirection(IntEnum):
    """Deposit and withdrawal direction of an account flow.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    IN = 1
    OUT = 2

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    def __str__(self) -> str:
        return str(self.value)
