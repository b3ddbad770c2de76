from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class RedeemStatus(IntEnum):
    """Redemption status: 1 redemption order created, 2 redemption succeeded, 3 redemption canceled, 4 under review / processing (Fixed-Income says "Under review", Fixed-Staking "redeem processing").

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    CREATED = 1
    SUCCEEDED = 2
    CANCELED = 3
    PROCESSING = 4

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "RedeemStatus":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        if value.__class__ is bool:  # a JSON true is not the member 1
            raise TypeError(f"RedeemStatus: expected an integer, got {value!r}")
        member = cls._value2member_map_.get(value)
        return cast("RedeemStatus", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
