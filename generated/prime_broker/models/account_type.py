from enum import Enum
from typing import Any

from matrixport._enums import open_enum_member


class AccountType(str, Enum):
    """Account type: the Matrix (Prime) wallet or an exchange sub-account.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    EXCHANGE_SUB = "exchange.sub"
    MATRIX_USER_BAL = "matrix.user.bal"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    def __str__(self) -> str:
        return str(self.value)
