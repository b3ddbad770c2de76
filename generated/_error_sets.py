"""Error classes of the tables several documents share (generated from the spec; do not edit)."""

from ._exceptions import APIError


class SignatureParameterError(APIError):
    """17002001: Verify signature parameter error"""

    code = 17002001
    documented_message = "Verify signature parameter error"


class SignatureError(APIError):
    """17002010: Signature error"""

    code = 17002010
    documented_message = "Signature error"
    resign = True


class IpRestricted(APIError):
    """17002011: IP Restricted"""

    code = 17002011
    documented_message = "IP Restricted"


class NoInterfaceAccess(APIError):
    """17002012: No Interface Access"""

    code = 17002012
    documented_message = "No Interface Access"


class IllegalAccessKey(APIError):
    """17002013: akid illegal"""

    code = 17002013
    documented_message = "akid illegal"


class InternalError(APIError):
    """1203001: Internal error."""

    code = 1203001
    documented_message = "Internal error."


class CancelFailed(APIError):
    """1203002: Failed to cancel."""

    code = 1203002
    documented_message = "Failed to cancel."


class ProductNotRaising(APIError):
    """1203003: Product is not undergoing collection."""

    code = 1203003
    documented_message = "Product is not undergoing collection."


class ProductStillRaising(APIError):
    """1203004: Product is still undergoing collection."""

    code = 1203004
    documented_message = "Product is still undergoing collection."


class LoginRequired(APIError):
    """1203005: Login required."""

    code = 1203005
    documented_message = "Login required."


class OrderNotProcessing(APIError):
    """1203006: Cannot generate pending settlement status. Current order is not processing."""

    code = 1203006
    documented_message = "Cannot generate pending settlement status. Current order is not processing."


class InsufficientRemainingValue(APIError):
    """1203007: Insufficient value remaining."""

    code = 1203007
    documented_message = "Insufficient value remaining."


class RequestFrequencyTooHigh(APIError):
    """1203008: Request frequency too high."""

    code = 1203008
    documented_message = "Request frequency too high."
    retryable = True


class InsufficientProduct(APIError):
    """1203009: Insufficient product(s)."""

    code = 1203009
    documented_message = "Insufficient product(s)."


class PurchaseLimitExceeded(APIError):
    """12030010: Exceeds purchase limit."""

    code = 12030010
    documented_message = "Exceeds purchase limit."


class MinimumPurchaseAmountNotMet(APIError):
    """12030011: Minimum purchase amount not met."""

    code = 12030011
    documented_message = "Minimum purchase amount not met."


class PurchaseNotAllowedNow(APIError):
    """12030012: Cannot purchase at this time."""

    code = 12030012
    documented_message = "Cannot purchase at this time."


class CannotAutoRenewNormalProduct(APIError):
    """12030013: Cannot auto-renew normal products."""

    code = 12030013
    documented_message = "Cannot auto-renew normal products."


class ProductNotAutoRenewable(APIError):
    """12030014: Cannot auto-renew this product, or this product is not available for purchase."""

    code = 12030014
    documented_message = "Cannot auto-renew this product, or this product is not available for purchase."


class CannotPurchaseAutoRenewProduct(APIError):
    """12030015: Cannot purchase auto-renew products."""

    code = 12030015
    documented_message = "Cannot purchase auto-renew products."


class DuplicateAutoRenewRequest(APIError):
    """12030016: Cannot make duplicate auto-renew requests."""

    code = 12030016
    documented_message = "Cannot make duplicate auto-renew requests."


class AutoRenewOrderNotPending(APIError):
    """12030017: Cannot send auto-renew request. Order is not pending."""

    code = 12030017
    documented_message = "Cannot send auto-renew request. Order is not pending."


class AutoRenewClosingTimeConflict(APIError):
    """12030018: Cannot send auto-renew request. Closing end time for the order must be earlier than the closing start time for auto-renew productions."""

    code = 12030018
    documented_message = "Cannot send auto-renew request. Closing end time for the order must be earlier than the closing start time for auto-renew productions."


class AutoRenewCurrencyMismatch(APIError):
    """12030019: Cannot send auto-renew request. You must use the same currency as the order."""

    code = 12030019
    documented_message = "Cannot send auto-renew request. You must use the same currency as the order."


class OrderNotPending(APIError):
    """12030020: Order is not pending."""

    code = 12030020
    documented_message = "Order is not pending."


class ProductNotRedeemable(APIError):
    """12030021: Product is not redeemable."""

    code = 12030021
    documented_message = "Product is not redeemable."


class OrderNotOwned(APIError):
    """12030022: You may only view your own orders."""

    code = 12030022
    documented_message = "You may only view your own orders."


class IndividualPurchaseLimitExceeded(APIError):
    """12030023: Exceeds individual purchase limit."""

    code = 12030023
    documented_message = "Exceeds individual purchase limit."


class AutoRenewStatusNotUpdatable(APIError):
    """12030024: Cannot update auto-renew status. Order must be processing, holding, pending calculation, or on preorder to perform this operation."""

    code = 12030024
    documented_message = "Cannot update auto-renew status. Order must be processing, holding, pending calculation, or on preorder to perform this operation."


class AutoRenewNotSupported(APIError):
    """12030025: This product does not support auto-renewal."""

    code = 12030025
    documented_message = "This product does not support auto-renewal."


class AutoRenewLimitNotChangeable(APIError):
    """12030030: Unable to change auto-renewal product limit at this time."""

    code = 12030030
    documented_message = "Unable to change auto-renewal product limit at this time."


class RedeemExceedsOrderCost(APIError):
    """12030031: Cannot redeem. Redeem value exceeds the total order cost."""

    code = 12030031
    documented_message = "Cannot redeem. Redeem value exceeds the total order cost."


class InvalidCoupon(APIError):
    """12030033: Invalid coupon."""

    code = 12030033
    documented_message = "Invalid coupon."


class BatchNotRaising(APIError):
    """12030034: Current batch is no longer undergoing collection. Please wait for the next batch."""

    code = 12030034
    documented_message = "Current batch is no longer undergoing collection. Please wait for the next batch."


class OrderRedeeming(APIError):
    """12030035: Redeeming current order."""

    code = 12030035
    documented_message = "Redeeming current order."


class NoAutoRenewProducts(APIError):
    """12030036: No auto-renew products found."""

    code = 12030036
    documented_message = "No auto-renew products found."


class AutoRenewUnavailable(APIError):
    """12030037: Unable to auto-renew order at this time."""

    code = 12030037
    documented_message = "Unable to auto-renew order at this time."


GATEWAY_ERRORS: dict[int, type[APIError]] = {
    17002001: SignatureParameterError,
    17002010: SignatureError,
    17002011: IpRestricted,
    17002012: NoInterfaceAccess,
    17002013: IllegalAccessKey,
}


FIXED_ERRORS: dict[int, type[APIError]] = {
    1203001: InternalError,
    1203002: CancelFailed,
    1203003: ProductNotRaising,
    1203004: ProductStillRaising,
    1203005: LoginRequired,
    1203006: OrderNotProcessing,
    1203007: InsufficientRemainingValue,
    1203008: RequestFrequencyTooHigh,
    1203009: InsufficientProduct,
    12030010: PurchaseLimitExceeded,
    12030011: MinimumPurchaseAmountNotMet,
    12030012: PurchaseNotAllowedNow,
    12030013: CannotAutoRenewNormalProduct,
    12030014: ProductNotAutoRenewable,
    12030015: CannotPurchaseAutoRenewProduct,
    12030016: DuplicateAutoRenewRequest,
    12030017: AutoRenewOrderNotPending,
    12030018: AutoRenewClosingTimeConflict,
    12030019: AutoRenewCurrencyMismatch,
    12030020: OrderNotPending,
    12030021: ProductNotRedeemable,
    12030022: OrderNotOwned,
    12030023: IndividualPurchaseLimitExceeded,
    12030024: AutoRenewStatusNotUpdatable,
    12030025: AutoRenewNotSupported,
    12030030: AutoRenewLimitNotChangeable,
    12030031: RedeemExceedsOrderCost,
    12030033: InvalidCoupon,
    12030034: BatchNotRaising,
    12030035: OrderRedeeming,
    12030036: NoAutoRenewProducts,
    12030037: AutoRenewUnavailable,
}

__all__ = [
    "IllegalAccessKey",
    "IpRestricted",
    "NoInterfaceAccess",
    "SignatureError",
    "SignatureParameterError",
    "GATEWAY_ERRORS",
    "AutoRenewClosingTimeConflict",
    "AutoRenewCurrencyMismatch",
    "AutoRenewLimitNotChangeable",
    "AutoRenewNotSupported",
    "AutoRenewOrderNotPending",
    "AutoRenewStatusNotUpdatable",
    "AutoRenewUnavailable",
    "BatchNotRaising",
    "CancelFailed",
    "CannotAutoRenewNormalProduct",
    "CannotPurchaseAutoRenewProduct",
    "DuplicateAutoRenewRequest",
    "IndividualPurchaseLimitExceeded",
    "InsufficientProduct",
    "InsufficientRemainingValue",
    "InternalError",
    "InvalidCoupon",
    "LoginRequired",
    "MinimumPurchaseAmountNotMet",
    "NoAutoRenewProducts",
    "OrderNotOwned",
    "OrderNotPending",
    "OrderNotProcessing",
    "OrderRedeeming",
    "ProductNotAutoRenewable",
    "ProductNotRaising",
    "ProductNotRedeemable",
    "ProductStillRaising",
    "PurchaseLimitExceeded",
    "PurchaseNotAllowedNow",
    "RedeemExceedsOrderCost",
    "RequestFrequencyTooHigh",
    "FIXED_ERRORS",
]
