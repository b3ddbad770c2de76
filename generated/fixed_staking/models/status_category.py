from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class StatusCategory(IntEnum):
    """Order status category: 1 all statuses, 2 holding, 3 settled.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    ALL = 1
    HOLDING = 2
    SETTLED = 3

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "StatusCategory":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        if value.__class__ is bool:  # a JSON true is not the member 1
            raise TypeError(f"StatusCategory: expected an integer, got {value!r}")
        member = cls._value2member_map_.get(value)
        return cast("StatusCategory", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
