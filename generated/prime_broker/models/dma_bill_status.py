from enum import IntEnum
from typing import Any

from matrixport._enums import open_enum_member


class DmaBillStatus(IntEnum):
    """Direct Market Access (DMA) bill status.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    PENDING_PAYMENT = 1
    REPAYING = 2
    REPAID = 3
    REDUCTION_PENDING_APPROVAL = 4

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    def __str__(self) -> str:
        return str(self.value)
