from enum import IntEnum
from typing import Any, cast

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

    @classmethod
    def from_wire(cls, value: Any) -> "DurationLimit":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        if value.__class__ is bool:  # a JSON true is not the member 1
            raise TypeError(f"DurationLimit: expected an integer, got {value!r}")
        member = cls._value2member_map_.get(value)
        return cast("DurationLimit", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
