"""Contains all the data models used in inputs/outputs"""

from .accrual_type import AccrualType
from .apy_subscribe_setting import ApySubscribeSetting
from .available_balance import AvailableBalance
from .currency_detail import CurrencyDetail
from .currency_list import CurrencyList
from .currency_summary import CurrencySummary
from .deposit_request import DepositRequest
from .interest_policy import InterestPolicy
from .interest_record import InterestRecord
from .order import Order
from .order_accepted import OrderAccepted
from .order_page import OrderPage
from .order_source import OrderSource
from .order_status import OrderStatus
from .order_type import OrderType
from .product_i18n import ProductI18N
from .product_status import ProductStatus
from .revenue_details import RevenueDetails
from .total_position import TotalPosition
from .withdraw_request import WithdrawRequest
from .withdrawable_balance import WithdrawableBalance

__all__ = (
    "AccrualType",
    "ApySubscribeSetting",
    "AvailableBalance",
    "CurrencyDetail",
    "CurrencyList",
    "CurrencySummary",
    "DepositRequest",
    "InterestPolicy",
    "InterestRecord",
    "Order",
    "OrderAccepted",
    "OrderPage",
    "OrderSource",
    "OrderStatus",
    "OrderType",
    "ProductI18N",
    "ProductStatus",
    "RevenueDetails",
    "TotalPosition",
    "WithdrawableBalance",
    "WithdrawRequest",
)

from matrixport._fast import expose_models as _expose_models

_expose_models(__name__)  # the one-pass decoder reads the models' annotations at run time
