from enum import IntEnum
from typing import Any, cast

from matrixport._enums import open_enum_member


class OpType(IntEnum):
    """Type of an order operation. The document's example also shows 22, whose meaning is not documented (errata PB-17).

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    TRANSFER_MARGIN = 1
    PRINCIPAL_REPAY = 2
    RENEW = 4
    LOAN = 7
    INTEREST_REPAY = 8
    BUSINESS_APPROVAL = 10
    ORDER_CONTRACT_APPROVAL = 13
    WITHDRAW_MARGIN = 14
    MODIFY_EQUITY_AMOUNT = 15
    LOAN_LOCK_AMOUNT = 18
    LOAN_UNLOCK_AMOUNT = 19
    ORDER_MARGIN_MIGRATION = 21
    CREATE_ORDER_EXTRA_FEE = 23
    REPAY_ORDER_EXTRA_FEE = 24
    PROFIT_ALLOCATION_TO_MARGIN = 25
    ORDER_MARGIN_MIGRATION_IN = 26
    CREATE_DISTRIBUTION_FEE = 27
    MODIFY_ORDER_DUE_TIME = 30
    DELETE_ORDER_EXTRA_FEE = 35

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "OpType":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        if value.__class__ is bool:  # a JSON true is not the member 1
            raise TypeError(f"OpType: expected an integer, got {value!r}")
        member = cls._value2member_map_.get(value)
        return cast("OpType", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
