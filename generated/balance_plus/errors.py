"""Error codes of the Matrixport Balance+ API (generated from `x-matrixport-error-codes`; do not edit)."""

from matrixport._error_sets import (
    IllegalAccessKey,
    IpRestricted,
    NoInterfaceAccess,
    SignatureError,
    SignatureParameterError,
)
from matrixport._exceptions import APIError


class CannotCancel(APIError):
    """12010001: Can't cancel"""

    code = 12010001
    documented_message = "Can't cancel"


class InsufficientDepositBalance(APIError):
    """12010002: Insufficient deposit balance"""

    code = 12010002
    documented_message = "Insufficient deposit balance"


class InsufficientWithdrawAmount(APIError):
    """12010003: Insufficient Withdraw amount"""

    code = 12010003
    documented_message = "Insufficient Withdraw amount"


class ParameterError(APIError):
    """12010004: Parameter error"""

    code = 12010004
    documented_message = "Parameter error"


class ProductRestricted(APIError):
    """12010005: Product Restricted"""

    code = 12010005
    documented_message = "Product Restricted"


class DepositNotProcessed(APIError):
    """12010006: The deposit has not been processed, indicating failure"""

    code = 12010006
    documented_message = "The deposit has not been processed, indicating failure"


class Rejected(APIError):
    """12010007: Rejected, indicating failure"""

    code = 12010007
    documented_message = "Rejected, indicating failure"


class DepositRefusedDueToFullWithdraw(APIError):
    """12010008: Refused to deposit due to full Withdraw"""

    code = 12010008
    documented_message = "Refused to deposit due to full Withdraw"


class WithdrawFailedInsufficientSupply(APIError):
    """12010009: Withdraw failed due to insufficient supply"""

    code = 12010009
    documented_message = "Withdraw failed due to insufficient supply"


class ProcessingFailed(APIError):
    """12010010: Processing failed"""

    code = 12010010
    documented_message = "Processing failed"


class InterestCalculationError(APIError):
    """12010011: Interest calculation error"""

    code = 12010011
    documented_message = "Interest calculation error"


class DepositWithdrawInProgress(APIError):
    """12010012: The deposit Withdraw process is in progress, indicating that there is no result, you need to continue to inquire"""

    code = 12010012
    documented_message = "The deposit Withdraw process is in progress, indicating that there is no result, you need to continue to inquire"
    pending = True


class NoRepaymentRequired(APIError):
    """12010013: No repayment required"""

    code = 12010013
    documented_message = "No repayment required"


class DuplicateOrder(APIError):
    """12010014: Duplicate order"""

    code = 12010014
    documented_message = "Duplicate order"


class InternalError(APIError):
    """12010015: internal error pls contact support"""

    code = 12010015
    documented_message = "internal error pls contact support"


ERRORS: dict[int, type[APIError]] = {
    12010001: CannotCancel,
    12010002: InsufficientDepositBalance,
    12010003: InsufficientWithdrawAmount,
    12010004: ParameterError,
    12010005: ProductRestricted,
    12010006: DepositNotProcessed,
    12010007: Rejected,
    12010008: DepositRefusedDueToFullWithdraw,
    12010009: WithdrawFailedInsufficientSupply,
    12010010: ProcessingFailed,
    12010011: InterestCalculationError,
    12010012: DepositWithdrawInProgress,
    12010013: NoRepaymentRequired,
    12010014: DuplicateOrder,
    12010015: InternalError,
    17002001: SignatureParameterError,
    17002010: SignatureError,
    17002011: IpRestricted,
    17002012: NoInterfaceAccess,
    17002013: IllegalAccessKey,
}
"""Every code this document can return, to its exception class."""

__all__ = [
    "CannotCancel",
    "DepositNotProcessed",
    "DepositRefusedDueToFullWithdraw",
    "DepositWithdrawInProgress",
    "DuplicateOrder",
    "IllegalAccessKey",
    "InsufficientDepositBalance",
    "InsufficientWithdrawAmount",
    "InterestCalculationError",
    "InternalError",
    "IpRestricted",
    "NoInterfaceAccess",
    "NoRepaymentRequired",
    "ParameterError",
    "ProcessingFailed",
    "ProductRestricted",
    "Rejected",
    "SignatureError",
    "SignatureParameterError",
    "WithdrawFailedInsufficientSupply",
    "ERRORS",
]
