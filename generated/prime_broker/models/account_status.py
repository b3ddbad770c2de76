from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class AccountStatus(IntEnum):
    """Account status.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    PENDING_APPROVAL = 1
    ACCOUNT_OPENED = 2
    ACCOUNT_OPENING = 3
    REJECT = 4
    PENDING_EXCHANGE_ACCOUNT_OPENING = 5
    DELETED = 6

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "AccountStatus":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        if value.__class__ is bool:  # a JSON true is not the member 1
            raise TypeError(f"AccountStatus: expected an integer, got {value!r}")
        member = cls._value2member_map_.get(value)
        return cast("AccountStatus", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
