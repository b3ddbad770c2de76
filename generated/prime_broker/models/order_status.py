from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class OrderStatus(IntEnum):
    """Order status. 0 ("OK.") is documented without explanation (errata PB-12).

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    OK = 0
    CANCELED = -1
    PENDING_MARGIN_DEPOSIT = 6
    PENDING_LOAN = 7
    PENDING_REPAYMENT = 11
    OVERDUE = 12
    REPAID = 13
    RENEWAL_APPLICATION_IN_PROGRESS = 15
    RENEWAL_IN_PROGRESS = 17
    RENEWED = 19
    LOAN_IN_PROGRESS = 20
    CONTRACT_PENDING_UPDATE = 22
    PENDING_APPROVAL = 23

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "OrderStatus":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        if value.__class__ is bool:  # a JSON true is not the member 1
            raise TypeError(f"OrderStatus: expected an integer, got {value!r}")
        member = cls._value2member_map_.get(value)
        return cast("OrderStatus", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
