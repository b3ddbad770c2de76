from enum import IntEnum
from typing import Any

from matrixport._enums import open_enum_member


class AccrualType(IntEnum):
    """Interest calculation mode: 1 simple interest, 2 compound interest.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    SIMPLE = 1
    COMPOUND = 2

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    def __str__(self) -> str:
        return str(self.value)
