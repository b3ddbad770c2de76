"""Contains all the data models used in inputs/outputs"""

from .add_address_to_whitelist_request import AddAddressToWhitelistRequest
from .address_status import AddressStatus
from .address_type import AddressType
from .address_whitelist_status import AddressWhitelistStatus
from .apy_record import ApyRecord
from .ask_price import AskPrice
from .deposit_preview import DepositPreview
from .deposit_request import DepositRequest
from .fiat_conversion_conf import FiatConversionConf
from .max_redeem_amount import MaxRedeemAmount
from .monthly_report import MonthlyReport
from .monthly_report_status import MonthlyReportStatus
from .order import Order
from .order_list import OrderList
from .order_result import OrderResult
from .order_status import OrderStatus
from .order_type import OrderType
from .processing_asset import ProcessingAsset
from .product_agreement import ProductAgreement
from .product_apy_history import ProductApyHistory
from .product_asset import ProductAsset
from .product_detail import ProductDetail
from .product_list import ProductList
from .product_summary import ProductSummary
from .redeem_preview import RedeemPreview
from .redeem_request import RedeemRequest
from .render_product_agreement_request import RenderProductAgreementRequest
from .statement import Statement
from .statement_list import StatementList
from .statement_tag import StatementTag
from .user_address import UserAddress
from .user_balance import UserBalance
from .user_brief_profit import UserBriefProfit
from .user_profit import UserProfit
from .user_profit_list import UserProfitList
from .whitelist_status import WhitelistStatus

__all__ = (
    "AddAddressToWhitelistRequest",
    "AddressStatus",
    "AddressType",
    "AddressWhitelistStatus",
    "ApyRecord",
    "AskPrice",
    "DepositPreview",
    "DepositRequest",
    "FiatConversionConf",
    "MaxRedeemAmount",
    "MonthlyReport",
    "MonthlyReportStatus",
    "Order",
    "OrderList",
    "OrderResult",
    "OrderStatus",
    "OrderType",
    "ProcessingAsset",
    "ProductAgreement",
    "ProductApyHistory",
    "ProductAsset",
    "ProductDetail",
    "ProductList",
    "ProductSummary",
    "RedeemPreview",
    "RedeemRequest",
    "RenderProductAgreementRequest",
    "Statement",
    "StatementList",
    "StatementTag",
    "UserAddress",
    "UserBalance",
    "UserBriefProfit",
    "UserProfit",
    "UserProfitList",
    "WhitelistStatus",
)

from matrixport._fast import expose_models as _expose_models

_expose_models(__name__)  # the one-pass decoder reads the models' annotations at run time
