"""Contains all the data models used in inputs/outputs"""

from .apy import Apy
from .apy_list import ApyList
from .auto_renew_switch_request import AutoRenewSwitchRequest
from .bind_user_group_request import BindUserGroupRequest
from .can_redeem import CanRedeem
from .coupon import Coupon
from .coupon_list import CouponList
from .coupon_template_name import CouponTemplateName
from .create_order_request import CreateOrderRequest
from .duration_limit import DurationLimit
from .fund_investment import FundInvestment
from .investment_trial import InvestmentTrial
from .order import Order
from .order_created import OrderCreated
from .order_list import OrderList
from .order_result import OrderResult
from .order_result_status import OrderResultStatus
from .order_status import OrderStatus
from .order_type import OrderType
from .product import Product
from .product_agreement import ProductAgreement
from .product_duration import ProductDuration
from .product_i18n import ProductI18N
from .product_list import ProductList
from .product_quota import ProductQuota
from .product_status import ProductStatus
from .product_tag import ProductTag
from .redeem_detail import RedeemDetail
from .redeem_order_request import RedeemOrderRequest
from .redeem_record import RedeemRecord
from .redeem_status import RedeemStatus
from .redeem_trial import RedeemTrial
from .redeemable_amount import RedeemableAmount
from .renew_type import RenewType
from .yes_no import YesNo

__all__ = (
    "Apy",
    "ApyList",
    "AutoRenewSwitchRequest",
    "BindUserGroupRequest",
    "CanRedeem",
    "Coupon",
    "CouponList",
    "CouponTemplateName",
    "CreateOrderRequest",
    "DurationLimit",
    "FundInvestment",
    "InvestmentTrial",
    "Order",
    "OrderCreated",
    "OrderList",
    "OrderResult",
    "OrderResultStatus",
    "OrderStatus",
    "OrderType",
    "Product",
    "ProductAgreement",
    "ProductDuration",
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
    "RedeemTrial",
    "RenewType",
    "YesNo",
)

from matrixport._fast import expose_models as _expose_models

_expose_models(__name__)  # the one-pass decoder reads the models' annotations at run time
