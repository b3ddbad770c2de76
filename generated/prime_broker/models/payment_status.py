from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class PaymentStatus(IntEnum):
    """Payment status of a loan bill: 0 pending payment, 1 paid, 2 payment in progress. The `status` filter of Loan Bills uses another numbering, `BillStatus` (errata PB-15).

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
