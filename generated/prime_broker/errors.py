"""Error codes of the Matrixport Prime Broker API (generated from `x-matrixport-error-codes`; do not edit)."""

from matrixport._error_sets import (
    IllegalAccessKey,
    IpRestricted,
    NoInterfaceAccess,
    SignatureError,
    SignatureParameterError,
)
from matrixport._exceptions import APIError


class UserNotActivated(APIError):
    """12070131: User Not Activated"""

    code = 12070131
    documented_message = "User Not Activated"


class AccountTypeMismatch(APIError):
    """12070106: Account Type Mismatch"""

    code = 12070106
    documented_message = "Account Type Mismatch"


class AccountNotActivated(APIError):
    """12070108: Account Not Activated"""

    code = 12070108
    documented_message = "Account Not Activated"


class OrderIdMismatch(APIError):
    """12070316: Order ID Mismatch"""

    code = 12070316
    documented_message = "Order ID Mismatch"


class AccountIdMismatch(APIError):
    """12070317: Account ID Mismatch"""

    code = 12070317
    documented_message = "Account ID Mismatch"


class RenewalTimeNotYetReached(APIError):
    """12070318: Renewal Time Not Yet Reached"""

    code = 12070318
    documented_message = "Renewal Time Not Yet Reached"


class NotEnoughMarginAmount(APIError):
    """12070319: Not Enough Margin Amount"""

    code = 12070319
    documented_message = "Not Enough Margin Amount"


class ContractIsActive(APIError):
    """12070323: Contract is Active"""

    code = 12070323
    documented_message = "Contract is Active"


class InterestAmountTooSmall(APIError):
    """12070337: Interest Amount Too Small"""

    code = 12070337
    documented_message = "Interest Amount Too Small"


class InsufficientWithdrawableMargin(APIError):
    """12070338: Insufficient Withdrawable Margin"""

    code = 12070338
    documented_message = "Insufficient Withdrawable Margin"


class OutstandingBills(APIError):
    """12070339: There are Outstanding Bills"""

    code = 12070339
    documented_message = "There are Outstanding Bills"


class OrderStatusNotSupported(APIError):
    """12070340: The current order status does not support this operation"""

    code = 12070340
    documented_message = "The current order status does not support this operation"


class LoanAmountLeverageMismatch(APIError):
    """12070341: Loan Application Amount Does Not Match Leverage Amount"""

    code = 12070341
    documented_message = "Loan Application Amount Does Not Match Leverage Amount"


class RenewalAmountExceedsOriginal(APIError):
    """12070342: Renewal Application: Renewal Amount must be less than or equal to the original order amount"""

    code = 12070342
    documented_message = "Renewal Application: Renewal Amount must be less than or equal to the original order amount"


class RenewalInProgressOrRenewed(APIError):
    """12070343: Renewal Application in Progress or Already Renewed"""

    code = 12070343
    documented_message = "Renewal Application in Progress or Already Renewed"


class ProductUnavailable(APIError):
    """12070345: Product Unavailable"""

    code = 12070345
    documented_message = "Product Unavailable"


class PurchaseUnavailable(APIError):
    """12070349: Currently Unavailable for Purchase"""

    code = 12070349
    documented_message = "Currently Unavailable for Purchase"


class ProductInformationUpdated(APIError):
    """12070350: Product Information has been Updated"""

    code = 12070350
    documented_message = "Product Information has been Updated"


class DecimalPlacesExceedLimit(APIError):
    """12070524: Decimal Places Exceed Limit"""

    code = 12070524
    documented_message = "Decimal Places Exceed Limit"


class WithdrawalAmountTooLow(APIError):
    """12070525: Withdrawal Amount Too Low"""

    code = 12070525
    documented_message = "Withdrawal Amount Too Low"


class ExchangeMaintenance(APIError):
    """12070526: Exchange Maintenance in Progress"""

    code = 12070526
    documented_message = "Exchange Maintenance in Progress"
    retryable = True


class CurrencyMaintenance(APIError):
    """12070527: Currency Maintenance in Progress"""

    code = 12070527
    documented_message = "Currency Maintenance in Progress"
    retryable = True


class RepeatedRequest(APIError):
    """12070528: Repeated Request"""

    code = 12070528
    documented_message = "Repeated Request"
    duplicate = True


class TransferSerialNoInvalid(APIError):
    """12070538: transfer serial no invalid"""

    code = 12070538
    documented_message = "transfer serial no invalid"


class DailyInterestRateUnavailable(APIError):
    """12070353: Failed to Retrieve Daily Interest Rate"""

    code = 12070353
    documented_message = "Failed to Retrieve Daily Interest Rate"


class MarginOperationInProgress(APIError):
    """12070368: Margin Operation in Progress"""

    code = 12070368
    documented_message = "Margin Operation in Progress"
    retryable = True


class RcuLimitExceeded(APIError):
    """12070370: Exceeded RCU Limit"""

    code = 12070370
    documented_message = "Exceeded RCU Limit"


class CurrencyNotSupportedByExchange(APIError):
    """12070519: The current exchange does not support this currency at the moment"""

    code = 12070519
    documented_message = "The current exchange does not support this currency at the moment"


class SystemMaintenance(APIError):
    """12070521: System Maintenance in Progress"""

    code = 12070521
    documented_message = "System Maintenance in Progress"
    retryable = True


class InstantTransferNotSupportedForCurrency(APIError):
    """12070135: Currency Does Not Support Real-Time Transfers"""

    code = 12070135
    documented_message = "Currency Does Not Support Real-Time Transfers"


class InsufficientInstantTransferLimit(APIError):
    """12070136: Insufficient Exchange Limit for Instant Transfers"""

    code = 12070136
    documented_message = "Insufficient Exchange Limit for Instant Transfers"


class InstantTransferNotSupportedByExchange(APIError):
    """12070137: Exchange Does Not Support Instant Transfers"""

    code = 12070137
    documented_message = "Exchange Does Not Support Instant Transfers"


class AccountVerificationFailed(APIError):
    """12070129: Account Verification Failed"""

    code = 12070129
    documented_message = "Account Verification Failed"


class TransferVerificationFailed(APIError):
    """12070130: Transfer Verification Failed"""

    code = 12070130
    documented_message = "Transfer Verification Failed"


class DuplicateSerialNo(APIError):
    """12070132: Duplicate Serial No"""

    code = 12070132
    documented_message = "Duplicate Serial No"
    duplicate = True


class KycComplianceCheckFailed(APIError):
    """12070134: KYC Compliance Check Failed"""

    code = 12070134
    documented_message = "KYC Compliance Check Failed"


ERRORS: dict[int, type[APIError]] = {
    12070131: UserNotActivated,
    12070106: AccountTypeMismatch,
    12070108: AccountNotActivated,
    12070316: OrderIdMismatch,
    12070317: AccountIdMismatch,
    12070318: RenewalTimeNotYetReached,
    12070319: NotEnoughMarginAmount,
    12070323: ContractIsActive,
    12070337: InterestAmountTooSmall,
    12070338: InsufficientWithdrawableMargin,
    12070339: OutstandingBills,
    12070340: OrderStatusNotSupported,
    12070341: LoanAmountLeverageMismatch,
    12070342: RenewalAmountExceedsOriginal,
    12070343: RenewalInProgressOrRenewed,
    12070345: ProductUnavailable,
    12070349: PurchaseUnavailable,
    12070350: ProductInformationUpdated,
    12070524: DecimalPlacesExceedLimit,
    12070525: WithdrawalAmountTooLow,
    12070526: ExchangeMaintenance,
    12070527: CurrencyMaintenance,
    12070528: RepeatedRequest,
    12070538: TransferSerialNoInvalid,
    12070353: DailyInterestRateUnavailable,
    12070368: MarginOperationInProgress,
    12070370: RcuLimitExceeded,
    12070519: CurrencyNotSupportedByExchange,
    12070521: SystemMaintenance,
    12070135: InstantTransferNotSupportedForCurrency,
    12070136: InsufficientInstantTransferLimit,
    12070137: InstantTransferNotSupportedByExchange,
    12070129: AccountVerificationFailed,
    12070130: TransferVerificationFailed,
    12070132: DuplicateSerialNo,
    12070134: KycComplianceCheckFailed,
    17002001: SignatureParameterError,
    17002010: SignatureError,
    17002011: IpRestricted,
    17002012: NoInterfaceAccess,
    17002013: IllegalAccessKey,
}
"""Every code this document can return, to its exception class."""

__all__ = [
    "AccountIdMismatch",
    "AccountNotActivated",
    "AccountTypeMismatch",
    "AccountVerificationFailed",
    "ContractIsActive",
    "CurrencyMaintenance",
    "CurrencyNotSupportedByExchange",
    "DailyInterestRateUnavailable",
    "DecimalPlacesExceedLimit",
    "DuplicateSerialNo",
    "ExchangeMaintenance",
    "IllegalAccessKey",
    "InstantTransferNotSupportedByExchange",
    "InstantTransferNotSupportedForCurrency",
    "InsufficientInstantTransferLimit",
    "InsufficientWithdrawableMargin",
    "InterestAmountTooSmall",
    "IpRestricted",
    "KycComplianceCheckFailed",
    "LoanAmountLeverageMismatch",
    "MarginOperationInProgress",
    "NoInterfaceAccess",
    "NotEnoughMarginAmount",
    "OrderIdMismatch",
    "OrderStatusNotSupported",
    "OutstandingBills",
    "ProductInformationUpdated",
    "ProductUnavailable",
    "PurchaseUnavailable",
    "RcuLimitExceeded",
    "RenewalAmountExceedsOriginal",
    "RenewalInProgressOrRenewed",
    "RenewalTimeNotYetReached",
    "RepeatedRequest",
    "SignatureError",
    "SignatureParameterError",
    "SystemMaintenance",
    "TransferSerialNoInvalid",
    "TransferVerificationFailed",
    "UserNotActivated",
    "WithdrawalAmountTooLow",
    "ERRORS",
]
