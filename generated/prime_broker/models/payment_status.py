from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class PaymentStatus(IntEnum):
    """Payment status of a loan bill, as the Loan Bills response table documents it ("[Enum 0.Pending Payment 1.Paid 2.Payment in Progress]"). Differs from the Bill Status Enum used by the `status` filter (1 pending, 2 repaid, 3 repaying); see ERRATA.md.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    PENDING_PAYMENT = 0
    PAID = 1
    PAYMENT_IN_PROGRESS = 2

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "PaymentStatus":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        if value.__class__ is bool:  # a JSON true is not the member 1
            raise TypeError(f"PaymentStatus: expected an integer, got {value!r}")
        member = cls._value2member_map_.get(value)
        return cast("PaymentStatus", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
