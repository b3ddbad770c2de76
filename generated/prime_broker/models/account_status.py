from enum import IntEnum
from typing import Any

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

    def __str__(self) -> str:
        return str(self.value)
