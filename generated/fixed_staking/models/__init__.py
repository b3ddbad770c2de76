"""Contains all the data models used in inputs/outputs"""

from .can_redeem import CanRedeem
from .create_order_request import CreateOrderRequest
from .duration_limit import DurationLimit
from .fund_investment import FundInvestment
from .main_product_type import MainProductType
from .order import Order
from .order_created import OrderCreated
from .order_duration import OrderDuration
from .order_list import OrderList
from .order_payback import OrderPayback
from .order_result import OrderResult
from .order_result_status import OrderResultStatus
from .order_status import OrderStatus
from .payback_currency import PaybackCurrency
from .product import Product
from .product_agreement import ProductAgreement
from .product_duration import ProductDuration
from .product_explain import ProductExplain
from .product_i18n import ProductI18N
from .product_list import ProductList
from .product_quota import ProductQuota
from .product_status import ProductStatus
from .product_tag import ProductTag
from .redeem_detail import RedeemDetail
from .redeem_order_request import RedeemOrderRequest
from .redeem_record import RedeemRecord
from .redeem_status import RedeemStatus
from .redeemable_amount import RedeemableAmount
from .status_category import StatusCategory
from .subject_type import SubjectType

__all__ = (
    "CanRedeem",
    "CreateOrderRequest",
    "DurationLimit",
    "FundInvestment",
    "MainProductType",
    "Order",
    "OrderCreated",
    "OrderDuration",
    "OrderList",
    "OrderPayback",
    "OrderResult",
    "OrderResultStatus",
    "OrderStatus",
    "PaybackCurrency",
    "Product",
    "ProductAgreement",
    "ProductDuration",
    "ProductExplain",
    "ProductI18N",
    "ProductList",
    "ProductQuota",
    "ProductStatus",
    "ProductTag",
    "RedeemableAmount",
    "RedeemDetail",
    "RedeemOrderRequest",
    "RedeemRecord",
    "RedeemStatus",
    "StatusCategory",
    "SubjectType",
)

from matrixport._fast import expose_models as _expose_models

_expose_models(__name__)  # the one-pass decoder reads the models' annotations at run time
