from enum import IntEnum
from typing import Any

from matrixport._enums import open_enum_member


class YesNo(IntEnum):
    """A 0/1 switch: 0 no, 1 yes.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    NO = 0
    YES = 1

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    def __str__(self) -> str:
        return str(self.value)
