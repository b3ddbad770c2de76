from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class OpStatus(IntEnum):
    """Status of an order operation (margin records, operation records): 1 pending approval ("WaitApprove"), 2 approved, 3 rejected, 4 processing, 5 processed, 6 failed (errata PB-16).

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    PENDING_APPROVAL = 1
    APPROVED = 2
    REJECT = 3
    PROCESSING = 4
    PROCESSED = 5
    FAILED = 6

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "OpStatus":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        if value.__class__ is bool:  # a JSON true is not the member 1
            raise TypeError(f"OpStatus: expected an integer, got {value!r}")
        member = cls._value2member_map_.get(value)
        return cast("OpStatus", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
