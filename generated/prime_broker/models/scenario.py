from enum import Enum
from typing import Any, cast

from matrixport._enums import open_enum_member


class Scenario(str, Enum):
    """The business scenario of a transfer or an account flow.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    ADD_MARGIN = "add_margin"
    ALLOCATE = "allocate"
    BAL_REPAY_CREDIT_STATEMENT = "bal_repay_credit_statement"
    BAL_REPAY_DMA = "bal_repay_dma"
    BAL_REPAY_INTEREST = "bal_repay_interest"
    BAL_REPAY_ORDER_EXTRA = "bal_repay_order_extra"
    EX_SUB_CLEAR = "ex_sub_clear"
    EX_SUB_REPAY_DMA = "ex_sub_repay_dma"
    EX_SUB_REPAY_INTEREST = "ex_sub_repay_interest"
    EX_SUB_REPAY_ORDER_EXTRA = "ex_sub_repay_order_extra"
    EX_SUB_REPAY_PRINCIPAL = "ex_sub_repay_principal"
    INSTANT_TRANSFER = "instant_transfer"
    INSTANT_TRANSFER_REFUND = "instant_transfer_refund"
    LOCK_CREDIT = "lock_credit"
    MAKE_CREDIT = "make_credit"
    REFUND = "refund"
    SHARE_PROFIT = "share_profit"
    TAKE_MARGIN = "take_margin"
    TAKE_PROFIT = "take_profit"
    TRADING_FEE_DEDUCTION = "trading_fee_deduction"
    UN_LOCK_CREDIT = "un_lock_credit"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "Scenario":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        member = cls._value2member_map_.get(value)
        return cast("Scenario", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
