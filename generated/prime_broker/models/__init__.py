"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_flow import AccountFlow
from .account_flow_page import AccountFlowPage
from .account_page import AccountPage
from .account_status import AccountStatus
from .account_transfer_record import AccountTransferRecord
from .account_transfer_record_page import AccountTransferRecordPage
from .account_type import AccountType
from .add_order_margin_request import AddOrderMarginRequest
from .available_chains import AvailableChains
from .available_currencies import AvailableCurrencies
from .bill_repay_request import BillRepayRequest
from .bill_status import BillStatus
from .bill_type import BillType
from .create_account_request import CreateAccountRequest
from .currency_balance import CurrencyBalance
from .currency_minimum_amount import CurrencyMinimumAmount
from .custody import Custody
from .dma_bill import DmaBill
from .dma_bill_page import DmaBillPage
from .dma_bill_repay_request import DmaBillRepayRequest
from .dma_bill_status import DmaBillStatus
from .exchange import Exchange
from .exchange_custody import ExchangeCustody
from .exchange_minimum_amounts import ExchangeMinimumAmounts
from .exchange_trading_fee_page import ExchangeTradingFeePage
from .exchange_trading_fees import ExchangeTradingFees
from .exchange_type import ExchangeType
from .flow_direction import FlowDirection
from .lending_account import LendingAccount
from .loan_bill import LoanBill
from .loan_bill_page import LoanBillPage
from .localized_text import LocalizedText
from .margin_record import MarginRecord
from .margin_record_page import MarginRecordPage
from .op_status import OpStatus
from .op_type import OpType
from .order_biz_type import OrderBizType
from .order_detail import OrderDetail
from .order_operation import OrderOperation
from .order_operation_page import OrderOperationPage
from .order_page import OrderPage
from .order_renew_request import OrderRenewRequest
from .order_repay_request import OrderRepayRequest
from .order_status import OrderStatus
from .order_summary import OrderSummary
from .payment_status import PaymentStatus
from .profit_accrual_request import ProfitAccrualRequest
from .rcu_account import RcuAccount
from .rcu_detail import RcuDetail
from .rcu_page import RcuPage
from .rcu_summary import RcuSummary
from .scenario import Scenario
from .set_lending_account_request import SetLendingAccountRequest
from .trading_fee_rate import TradingFeeRate
from .transfer_process import TransferProcess
from .transfer_record import TransferRecord
from .transfer_request import TransferRequest
from .wallet_type import WalletType
from .wallet_type_list import WalletTypeList

__all__ = (
    "Account",
    "AccountFlow",
    "AccountFlowPage",
    "AccountPage",
    "AccountStatus",
    "AccountTransferRecord",
    "AccountTransferRecordPage",
    "AccountType",
    "AddOrderMarginRequest",
    "AvailableChains",
    "AvailableCurrencies",
    "BillRepayRequest",
    "BillStatus",
    "BillType",
    "CreateAccountRequest",
    "CurrencyBalance",
    "CurrencyMinimumAmount",
    "Custody",
    "DmaBill",
    "DmaBillPage",
    "DmaBillRepayRequest",
    "DmaBillStatus",
    "Exchange",
    "ExchangeCustody",
    "ExchangeMinimumAmounts",
    "ExchangeTradingFeePage",
    "ExchangeTradingFees",
    "ExchangeType",
    "FlowDirection",
    "LendingAccount",
    "LoanBill",
    "LoanBillPage",
    "LocalizedText",
    "MarginRecord",
    "MarginRecordPage",
    "OpStatus",
    "OpType",
    "OrderBizType",
    "OrderDetail",
    "OrderOperation",
    "OrderOperationPage",
    "OrderPage",
    "OrderRenewRequest",
    "OrderRepayRequest",
    "OrderStatus",
    "OrderSummary",
    "PaymentStatus",
    "ProfitAccrualRequest",
    "RcuAccount",
    "RcuDetail",
    "RcuPage",
    "RcuSummary",
    "Scenario",
    "SetLendingAccountRequest",
    "TradingFeeRate",
    "TransferProcess",
    "TransferRecord",
    "TransferRequest",
    "WalletType",
    "WalletTypeList",
)

from matrixport._fast import expose_models as _expose_models

_expose_models(__name__)  # the one-pass decoder reads the models' annotations at run time
