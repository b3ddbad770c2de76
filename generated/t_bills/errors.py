"""Error codes of the Matrixport T-Bills API (generated from `x-matrixport-error-codes`; do not edit)."""

from matrixport._error_sets import (
    IllegalAccessKey,
    IpRestricted,
    NoInterfaceAccess,
    SignatureError,
    SignatureParameterError,
)
from matrixport._exceptions import APIError


class ParamsError(APIError):
    """12140001: Params error."""

    code = 12140001
    documented_message = "Params error."


class ProductClosed(APIError):
    """12140002: Product already closed."""

    code = 12140002
    documented_message = "Product already closed."


class AmountOutOfRange(APIError):
    """12140003: Amount is out of range."""

    code = 12140003
    documented_message = "Amount is out of range."


class InsufficientWalletBalance(APIError):
    """12140004: Insufficient balance in wallet."""

    code = 12140004
    documented_message = "Insufficient balance in wallet."


class InsufficientPoolLiquidity(APIError):
    """12140007: Insufficient available liquidity in pool for withdrawal."""

    code = 12140007
    documented_message = "Insufficient available liquidity in pool for withdrawal."


class AddressRestrictedFromMinting(APIError):
    """12040013: Address is restricted from minting."""

    code = 12040013
    documented_message = "Address is restricted from minting."


class QuotationFailed(APIError):
    """12040021: Failed to get quotation."""

    code = 12040021
    documented_message = "Failed to get quotation."


class PaymentCurrencyNotSupported(APIError):
    """12040022: The payment currency is not yet supported."""

    code = 12040022
    documented_message = "The payment currency is not yet supported."


class OperatingTooFrequently(APIError):
    """12040024: Operating too frequently, please try again later."""

    code = 12040024
    documented_message = "Operating too frequently, please try again later."
    retryable = True


class AutoRenewalNotSupported(APIError):
    """12040025: This product does not support auto-renewal."""

    code = 12040025
    documented_message = "This product does not support auto-renewal."


class AmountInconsistentWithInquiry(APIError):
    """12040026: The order amount is inconsistent with the inquiry amount, please try again."""

    code = 12040026
    documented_message = "The order amount is inconsistent with the inquiry amount, please try again."


class AddressNotWhitelisted(APIError):
    """12040028: Sorry, your address is not in the whitelist, please contact us to add."""

    code = 12040028
    documented_message = "Sorry, your address is not in the whitelist, please contact us to add."


ERRORS: dict[int, type[APIError]] = {
    12140001: ParamsError,
    12140002: ProductClosed,
    12140003: AmountOutOfRange,
    12140004: InsufficientWalletBalance,
    12140007: InsufficientPoolLiquidity,
    12040013: AddressRestrictedFromMinting,
    12040021: QuotationFailed,
    12040022: PaymentCurrencyNotSupported,
    12040024: OperatingTooFrequently,
    12040025: AutoRenewalNotSupported,
    12040026: AmountInconsistentWithInquiry,
    12040028: AddressNotWhitelisted,
    17002001: SignatureParameterError,
    17002010: SignatureError,
    17002011: IpRestricted,
    17002012: NoInterfaceAccess,
    17002013: IllegalAccessKey,
}
"""Every code this document can return, to its exception class."""

__all__ = [
    "AddressNotWhitelisted",
    "AddressRestrictedFromMinting",
    "AmountInconsistentWithInquiry",
    "AmountOutOfRange",
    "AutoRenewalNotSupported",
    "IllegalAccessKey",
    "InsufficientPoolLiquidity",
    "InsufficientWalletBalance",
    "IpRestricted",
    "NoInterfaceAccess",
    "OperatingTooFrequently",
    "ParamsError",
    "PaymentCurrencyNotSupported",
    "ProductClosed",
    "QuotationFailed",
    "SignatureError",
    "SignatureParameterError",
    "ERRORS",
]
