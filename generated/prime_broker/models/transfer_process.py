from enum import IntEnum
from typing import Any

from matrixport._enums import open_enum_member


class TransferProcess(IntEnum):
    """Progress of a transfer.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    PENDING = 1
    PROCESSING = 2
    PROCESSED = 3
    FAILED = 4

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    def __str__(self) -> str:
        return str(self.value)
