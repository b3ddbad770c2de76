from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class MonthlyReportStatus(IntEnum):
    """Monthly report record status: 1 unapproved, 2 approved, 3 rejected.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    UNAPPROVED = 1
    APPROVED = 2
    REJECTED = 3

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "MonthlyReportStatus":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        if value.__class__ is bool:  # a JSON true is not the member 1
            raise TypeError(f"MonthlyReportStatus: expected an integer, got {value!r}")
        member = cls._value2member_map_.get(value)
        return cast("MonthlyReportStatus", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
