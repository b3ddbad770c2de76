from enum import IntEnum
from typing import Any

from matrixport._enums import open_enum_member


class DurationLimit(IntEnum):
    """Interest / settlement day rule: 0 no limit, 1 excludes weekends.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    NO_LIMIT = 0
    EXCLUDES_WEEKENDS = 1

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    def __str__(self) -> str:
        return str(self.value)
