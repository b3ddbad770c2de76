"""Matrixport Prime Broker API: one method per operation (generated from the spec; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from matrixport._client import RequestOptions
from matrixport._results import Accepted

from .api.margin_loan import add_order_margin as _add_order_margin
from .api.margin_loan import get_order_detail as _get_order_detail
from .api.margin_loan import list_loan_bills as _list_loan_bills
from .api.margin_loan import list_margin_records as _list_margin_records
from .api.margin_loan import list_order_operations as _list_order_operations
from .api.margin_loan import list_orders as _list_orders
from .api.margin_loan import renew_order as _renew_order
from .api.margin_loan import repay_loan_bill as _repay_loan_bill
from .api.margin_loan import repay_order as _repay_order
from .api.margin_loan import set_lending_account as _set_lending_account
from .api.risk_control import get_rcu_detail as _get_rcu_detail
from .api.risk_control import list_rcus as _list_rcus
from .api.trading_accounts import create_account as _create_account
from .api.trading_accounts import create_profit_accrual as _create_profit_accrual
from .api.trading_accounts import create_transfer as _create_transfer
from .api.trading_accounts import get_account_balance as _get_account_balance
from .api.trading_accounts import get_exchange_minimum_amounts as _get_exchange_minimum_amounts
from .api.trading_accounts import get_transfer_record as _get_transfer_record
from .api.trading_accounts import list_account_flows as _list_account_flows
from .api.trading_accounts import list_account_transfer_records as _list_account_transfer_records
from .api.trading_accounts import list_accounts as _list_accounts
from .api.trading_accounts import list_available_chains as _list_available_chains
from .api.trading_accounts import list_available_currencies as _list_available_currencies
from .api.trading_accounts import list_dma_bills as _list_dma_bills
from .api.trading_accounts import list_exchange_custody as _list_exchange_custody
from .api.trading_accounts import list_exchange_trading_fee_rates as _list_exchange_trading_fee_rates
from .api.trading_accounts import list_rcu_accounts as _list_rcu_accounts
from .api.trading_accounts import list_wallet_types as _list_wallet_types
from .api.trading_accounts import repay_dma_bill as _repay_dma_bill
from .models.account import Account
from .models.account_flow import AccountFlow
from .models.account_flow_page import AccountFlowPage
from .models.account_page import AccountPage
from .models.account_status import AccountStatus
from .models.account_transfer_record import AccountTransferRecord
from .models.account_transfer_record_page import AccountTransferRecordPage
from .models.account_type import AccountType
from .models.available_chains import AvailableChains
from .models.available_currencies import AvailableCurrencies
from .models.bill_status import BillStatus
from .models.bill_type import BillType
from .models.currency_balance import CurrencyBalance
from .models.dma_bill import DmaBill
from .models.dma_bill_page import DmaBillPage
from .models.dma_bill_status import DmaBillStatus
from .models.exchange import Exchange
from .models.exchange_custody import ExchangeCustody
from .models.exchange_minimum_amounts import ExchangeMinimumAmounts
from .models.exchange_trading_fee_page import ExchangeTradingFeePage
from .models.exchange_trading_fees import ExchangeTradingFees
from .models.exchange_type import ExchangeType
from .models.lending_account import LendingAccount
from .models.loan_bill import LoanBill
from .models.loan_bill_page import LoanBillPage
from .models.margin_record import MarginRecord
from .models.margin_record_page import MarginRecordPage
from .models.order_biz_type import OrderBizType
from .models.order_detail import OrderDetail
from .models.order_operation import OrderOperation
from .models.order_operation_page import OrderOperationPage
from .models.order_page import OrderPage
from .models.order_status import OrderStatus
from .models.order_summary import OrderSummary
from .models.rcu_account import RcuAccount
from .models.rcu_detail import RcuDetail
from .models.rcu_page import RcuPage
from .models.rcu_summary import RcuSummary
from .models.scenario import Scenario
from .models.transfer_process import TransferProcess
from .models.transfer_record import TransferRecord
from .models.wallet_type_list import WalletTypeList

if TYPE_CHECKING:
    from matrixport import AsyncMatrixport, Matrixport


class PrimeBroker:
    """Matrixport Prime Broker API.

    Prime Broker: trading accounts on exchanges and DeFi bound to the user's Prime wallet (transfers,
    balances, flows, account opening, DMA bills, custody, trading fees), margin loans (orders, bills,
    margin, renewal, repayment) and risk control units (RCU). Transcribed from the Prime Broker API
    document V1.0.2 (2024-12-02). Requests are signed (see the `MatrixportSignature` scheme). The API
    key needs the Read (GET) and Earn (POST) permissions; select the wallet permission to reach Prime
    wallet data.

    The document's "Python Demo (Signature and Request)" shows the signing algorithm (the
    `MatrixportSignature` scheme); it is not an operation.
    """

    def __init__(self, client: Matrixport) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def list_loan_bills(
        self,
        *,
        limit: int,
        offset: int | None = None,
        bill_id: str | None = None,
        bill_time_start: int | None = None,
        bill_time_end: int | None = None,
        order_biz_type: OrderBizType | None = None,
        order_id: str | None = None,
        status: BillStatus | None = None,
        type_: BillType | None = None,
        request_options: RequestOptions | None = None,
    ) -> LoanBillPage:
        """Loan Bills: `GET /credit/agency/v1/bills`.

        The bills (interest, penalty interest, fees) of the user's loan orders.

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            bill_id: Bill id.
            bill_time_start: Filter by billing start time, start (milliseconds since the Unix epoch).
            bill_time_end: Filter by billing start time, end (milliseconds since the Unix epoch).
            order_biz_type: Order biz type.
            order_id: Order id.
            status: Bill status.
            type_: Bill type.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: LoanBillPage = self._client.call(
            _list_loan_bills.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            bill_id=bill_id,
            bill_time_start=bill_time_start,
            bill_time_end=bill_time_end,
            order_biz_type=order_biz_type,
            order_id=order_id,
            status=status,
            type_=type_,
        )
        return result

    def iter_list_loan_bills(
        self,
        *,
        limit: int,
        bill_id: str | None = None,
        bill_time_start: int | None = None,
        bill_time_end: int | None = None,
        order_biz_type: OrderBizType | None = None,
        order_id: str | None = None,
        status: BillStatus | None = None,
        type_: BillType | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[LoanBill]:
        """Every item of `list_loan_bills`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_loan_bills.OPERATION,
            request_options,
            max_items,
            limit=limit,
            bill_id=bill_id,
            bill_time_start=bill_time_start,
            bill_time_end=bill_time_end,
            order_biz_type=order_biz_type,
            order_id=order_id,
            status=status,
            type_=type_,
        )

    def repay_loan_bill(
        self,
        *,
        bill_id: str,
        account_id: str,
        request_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Accepted[None]:
        """Bill Repay: `POST /credit/agency/v1/bill/repay`.

        Pays a loan bill. Only the trading account with the RCU bound to the loan order can be selected for
        payment. The bill's progress is reported by `client.prime_broker.list_loan_bills`.

        Args:
            bill_id: Bill id.
            account_id: Account id, for repay; a trading account of the RCU bound to the loan order.
            request_id: Request id, 8 to 32 characters (e.g. a timestamp). Idempotency key: generated when not given, reused on every retry.
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            `Accepted`: `idempotency_key` (the `request_id` sent), `request_id`, and `data`, the
            document's `data`.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: Accepted[None] = self._client.call(
            _repay_loan_bill.OPERATION,
            request_options,
            bill_id=bill_id,
            account_id=account_id,
            request_id=request_id,
        )
        return result

    def get_order_detail(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> OrderDetail:
        """Order Detail: `GET /credit/agency/v1/order`.

        The detail of one loan order.

        Args:
            order_id: Order id.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderDetail = self._client.call(
            _get_order_detail.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    def set_lending_account(
        self,
        *,
        order_id: str,
        lending_accounts: list[LendingAccount],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Set Lending Account: `POST /credit/agency/v1/order/leading_account`.

        Sets the order's disbursement accounts: which exchange sub-accounts receive how much of the loan.
        The path says "leading", not "lending", as documented (errata PB-3). There is no request identifier
        (errata PB-7). The disbursement is reported by `client.prime_broker.get_order_detail`
        (`allocating_amount`, `allocated_amount`, status).

        Args:
            order_id: Order id.
            lending_accounts: Order disbursement account configuration.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.prime_broker.get_order_detail`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: None = self._client.call(
            _set_lending_account.OPERATION,
            request_options,
            order_id=order_id,
            lending_accounts=lending_accounts,
        )
        return result

    def add_order_margin(
        self,
        *,
        account_id: str,
        amount: Decimal,
        order_id: str,
        request_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Accepted[None]:
        """Add Order Margin: `POST /credit/agency/v1/order/margin`.

        Adds margin to a loan order from an account. The operation (op type 1, Transfer Margin) and its
        status are reported by `client.prime_broker.list_order_operations` (which shows the `request_id`)
        and `client.prime_broker.list_margin_records`.

        Args:
            account_id: Account id the margin is taken from.
            amount: Amount.
            order_id: Order id.
            request_id: Request id, 8 to 32 characters (e.g. a timestamp). Idempotency key: generated when not given, reused on every retry.
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            `Accepted`: `idempotency_key` (the `request_id` sent), `request_id`, and `data`, the
            document's `data` (after a refused repeat, `confirmation` is the record found by the key).

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: Accepted[None] = self._client.call(
            _add_order_margin.OPERATION,
            request_options,
            account_id=account_id,
            amount=amount,
            order_id=order_id,
            request_id=request_id,
        )
        return result

    def list_margin_records(
        self,
        *,
        limit: int,
        offset: int | None = None,
        order_id: str | None = None,
        currency: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MarginRecordPage:
        """Margin Records: `GET /credit/agency/v1/order/margin/records`.

        The margin records of the user's loan orders.

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            order_id: Order id.
            currency: Currency.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: MarginRecordPage = self._client.call(
            _list_margin_records.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            order_id=order_id,
            currency=currency,
        )
        return result

    def iter_list_margin_records(
        self,
        *,
        limit: int,
        order_id: str | None = None,
        currency: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[MarginRecord]:
        """Every item of `list_margin_records`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_margin_records.OPERATION,
            request_options,
            max_items,
            limit=limit,
            order_id=order_id,
            currency=currency,
        )

    def list_order_operations(
        self,
        *,
        limit: int,
        offset: int | None = None,
        order_id: str | None = None,
        currency: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OrderOperationPage:
        """Order Operation Records: `GET /credit/agency/v1/order/operations`.

        The operation records (margin, repayment, renewal, loan, ...) of the user's loan orders.

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            order_id: Order id.
            currency: Currency.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderOperationPage = self._client.call(
            _list_order_operations.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            order_id=order_id,
            currency=currency,
        )
        return result

    def iter_list_order_operations(
        self,
        *,
        limit: int,
        order_id: str | None = None,
        currency: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[OrderOperation]:
        """Every item of `list_order_operations`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_order_operations.OPERATION,
            request_options,
            max_items,
            limit=limit,
            order_id=order_id,
            currency=currency,
        )

    def list_orders(
        self,
        *,
        limit: int,
        offset: int | None = None,
        order_biz_type: OrderBizType | None = None,
        order_id: str | None = None,
        rcu_id: int | None = None,
        status: OrderStatus | None = None,
        request_options: RequestOptions | None = None,
    ) -> OrderPage:
        """Order List: `GET /credit/agency/v1/orders`.

        The user's loan orders.

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            order_biz_type: Order biz type.
            order_id: Order id.
            rcu_id: RCU id.
            status: Order status (errata PB-24).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderPage = self._client.call(
            _list_orders.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            order_biz_type=order_biz_type,
            order_id=order_id,
            rcu_id=rcu_id,
            status=status,
        )
        return result

    def iter_list_orders(
        self,
        *,
        limit: int,
        order_biz_type: OrderBizType | None = None,
        order_id: str | None = None,
        rcu_id: int | None = None,
        status: OrderStatus | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[OrderSummary]:
        """Every item of `list_orders`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_orders.OPERATION,
            request_options,
            max_items,
            limit=limit,
            order_biz_type=order_biz_type,
            order_id=order_id,
            rcu_id=rcu_id,
            status=status,
        )

    def renew_order(
        self,
        *,
        allocation_amount: Decimal,
        order_id: str,
        time_milli: int,
        request_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Accepted[None]:
        """Order Renew: `POST /credit/agency/v1/order/renew`.

        Applies to renew a loan order until a new date with a (lower or equal) leverage amount (errata
        PB-4). The application (op type 4, Renew) and its status are reported by
        `client.prime_broker.list_order_operations`; the order goes through Order Status 15/17/19.

        Args:
            allocation_amount: Renewal leverage amount; at most the original order amount.
            order_id: Order id.
            time_milli: Renewal until date, 12:00 AM (midnight) UTC, milliseconds since the Unix epoch.
            request_id: Request id, 8 to 32 characters (e.g. a timestamp). Idempotency key: generated when not given, reused on every retry.
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            `Accepted`: `idempotency_key` (the `request_id` sent), `request_id`, and `data`, the
            document's `data` (after a refused repeat, `confirmation` is the record found by the key).

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: Accepted[None] = self._client.call(
            _renew_order.OPERATION,
            request_options,
            allocation_amount=allocation_amount,
            order_id=order_id,
            time_milli=time_milli,
            request_id=request_id,
        )
        return result

    def repay_order(
        self,
        *,
        amount: Decimal,
        order_id: str,
        account_id: str,
        request_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Accepted[None]:
        """Order Repay: `POST /credit/agency/v1/order/repay`.

        Repays principal of a loan order from an exchange sub-account (errata PB-4). The operation (op type
        2, Principal Repay) and its status are reported by `client.prime_broker.list_order_operations`.

        Args:
            amount: Repay amount.
            order_id: Order id.
            account_id: Repay account id, only supports exchange sub-accounts.
            request_id: Request id, 8 to 32 characters (e.g. a timestamp). Idempotency key: generated when not given, reused on every retry.
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            `Accepted`: `idempotency_key` (the `request_id` sent), `request_id`, and `data`, the
            document's `data` (after a refused repeat, `confirmation` is the record found by the key).

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: Accepted[None] = self._client.call(
            _repay_order.OPERATION,
            request_options,
            amount=amount,
            order_id=order_id,
            account_id=account_id,
            request_id=request_id,
        )
        return result

    def list_rcus(
        self,
        *,
        limit: int,
        offset: int | None = None,
        order_biz_type: OrderBizType | None = None,
        request_options: RequestOptions | None = None,
    ) -> RcuPage:
        """Rcu List: `GET /credit/agency/v1/rcus`.

        The user's risk control units (RCU).

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            order_biz_type: Order biz type.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RcuPage = self._client.call(
            _list_rcus.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            order_biz_type=order_biz_type,
        )
        return result

    def iter_list_rcus(
        self,
        *,
        limit: int,
        order_biz_type: OrderBizType | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[RcuSummary]:
        """Every item of `list_rcus`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_rcus.OPERATION,
            request_options,
            max_items,
            limit=limit,
            order_biz_type=order_biz_type,
        )

    def get_rcu_detail(
        self,
        *,
        rcu_id: int,
        request_options: RequestOptions | None = None,
    ) -> RcuDetail:
        """Rcu Detail: `GET /credit/agency/v1/rcu`.

        The detail (assets, loan, leverage, risk ratio) of one risk control unit.

        Args:
            rcu_id: RCU id.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RcuDetail = self._client.call(
            _get_rcu_detail.OPERATION,
            request_options,
            rcu_id=rcu_id,
        )
        return result

    def get_transfer_record(
        self,
        *,
        serial_no: str,
        request_options: RequestOptions | None = None,
    ) -> TransferRecord:
        """Transfer Record: `GET /credit/agency/v1/allocate`.

        The record of one transfer, by its `serial_no`. Includes records of cross-transfers and profit
        accrual withdrawals.

        Args:
            serial_no: The `serial_no` of the transfer (as sent to `client.prime_broker.create_transfer`, or as
                returned by `client.prime_broker.create_profit_accrual`). 8 to 32 character string.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: TransferRecord = self._client.call(
            _get_transfer_record.OPERATION,
            request_options,
            serial_no=serial_no,
        )
        return result

    def wait_get_transfer_record(
        self,
        *,
        serial_no: str,
        timeout: float = 60.0,
        interval: float = 2.0,
        request_options: RequestOptions | None = None,
    ) -> TransferRecord:
        """Call `get_transfer_record` until the outcome is final; return it, or raise.

        Raises `OperationFailedError` when the outcome is a failure and `WaitTimeoutError` when it is still
        pending after `timeout` seconds; asks every `interval` seconds.
        """
        result: TransferRecord = self._client.wait(
            _get_transfer_record.OPERATION,
            request_options,
            timeout,
            interval,
            serial_no=serial_no,
        )
        return result

    def create_transfer(
        self,
        *,
        from_account: str,
        to_account: str,
        currency: str,
        amount: Decimal,
        serial_no: str | None = None,
        from_wallet_type: int | None = None,
        to_wallet_type: int | None = None,
        chain: str | None = None,
        is_instant_transfer: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Accepted[None]:
        """Transfer: `POST /credit/agency/v1/allocate`.

        - Funds transfer between trading accounts bound to the same RCU.
        - For accounts without RCU or non-Margin Lending RCU this interface can be used to transfer funds
          between Prime wallet and trading accounts.

        `from_account` / `to_account`: get the account ID from "Trading" -- "Account List" Account Number
        (`client.prime_broker.list_accounts`, field `account_id`).

        The call returns `data: null`; follow the transfer with `client.prime_broker.get_transfer_record`
        and the `serial_no` you sent.

        Transfer cases:

        | Case | Transfer limitations | Required parameters | Support instant transfers |
        |---|---|---|---|
        | PB wallet to CEX | No limits | amount, currency, from_account, to_account, serial_no | N |
        | PB wallet to Defi a/c | No limits | amount, currency, chain, from_account, to_account, serial_no | N |
        | CEX to CEX | 1. Bind the same RCU accounts 2. Unbound RCU accounts | amount, currency, from_account, to_account, serial_no | Y |
        | CEX to PB wallet | 1. Unbound RCU accounts | amount, currency, from_account, to_account, serial_no | N |
        | CEX to Defi a/c | 1. Bind the same RCU accounts 2. Unbound RCU accounts | amount, currency, chain, from_account, to_account, serial_no | N |
        | Defi a/c to PB wallet | 1. Unbound RCU accounts | amount, currency, chain, from_account, to_account, serial_no | N |
        | Defi a/c to Defi a/c | 1. Bind the same RCU accounts 2. Unbound RCU accounts | amount, currency, chain, from_account, to_account, serial_no | N |
        | Defi a/c to CEX | 1. Bind the same RCU accounts 2. Unbound RCU accounts | amount, currency, chain, from_account, to_account, serial_no | N |

        Args:
            from_account: Source account, `account_id` from the account list (e.g. `888.bal`).
            to_account: Destination account, `account_id` from the account list (e.g. `888_binance_1`).
            currency: Currency, as returned by Available Currencies
                (`client.prime_broker.list_available_currencies`).
            amount: Transfer amount; at least the exchange's minimum
                (`client.prime_broker.get_exchange_minimum_amounts`).
            serial_no: Serial no of the transfer, 8 to 32 characters matching `^[a-zA-Z0-9_-]+$` (e.g. a
                timestamp). Identifies the transfer in Transfer Record. Idempotency key: generated when not given, reused on every retry.
            from_wallet_type: Source wallet, a `wallet_type` returned by Wallet Types
                (`client.prime_broker.list_wallet_types`); default 0.
            to_wallet_type: Destination wallet, a `wallet_type` returned by Wallet Types
                (`client.prime_broker.list_wallet_types`); default 0.
            chain: The chain you prefer, as returned by Available Chains
                (`client.prime_broker.list_available_chains`), e.g. `ERC20`. Needed when a DeFi account is
                involved (see the transfer cases).
            is_instant_transfer: Use the instant transfer (CEX to CEX only).
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            `Accepted`: `idempotency_key` (the `serial_no` sent), `request_id`, and `data`, the
            document's `data` (after a refused repeat, `confirmation` is the record found by the key).

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: Accepted[None] = self._client.call(
            _create_transfer.OPERATION,
            request_options,
            from_account=from_account,
            to_account=to_account,
            currency=currency,
            amount=amount,
            serial_no=serial_no,
            from_wallet_type=from_wallet_type,
            to_wallet_type=to_wallet_type,
            chain=chain,
            is_instant_transfer=is_instant_transfer,
        )
        return result

    def list_wallet_types(
        self,
        *,
        account_id: str,
        request_options: RequestOptions | None = None,
    ) -> WalletTypeList:
        """Wallet Types: `GET /credit/agency/v1/exchange/wallets`.

        The wallet types of a trading account. A `wallet_type` is what `client.prime_broker.create_transfer`
        takes as `from_wallet_type` / `to_wallet_type`.

        Args:
            account_id: Account id, `account_id` from the account list.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: WalletTypeList = self._client.call(
            _list_wallet_types.OPERATION,
            request_options,
            account_id=account_id,
        )
        return result

    def list_available_currencies(
        self,
        *,
        from_account: str,
        to_account: str,
        request_options: RequestOptions | None = None,
    ) -> AvailableCurrencies:
        """Available Currencies: `GET /credit/agency/v1/allocate_currencies`.

        The currencies that can be transferred from one account to another.

        Args:
            from_account: Source account, `account_id` from the account list.
            to_account: Destination account, `account_id` from the account list.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: AvailableCurrencies = self._client.call(
            _list_available_currencies.OPERATION,
            request_options,
            from_account=from_account,
            to_account=to_account,
        )
        return result

    def list_available_chains(
        self,
        *,
        from_account: str,
        to_account: str,
        currency: str,
        request_options: RequestOptions | None = None,
    ) -> AvailableChains:
        """Available Chains: `GET /credit/agency/v1/available_chains`.

        The chains a currency can be transferred on from one account to another (the `chain` of
        `client.prime_broker.create_transfer`).

        Args:
            from_account: Source account, `account_id` from the account list.
            to_account: Destination account, `account_id` from the account list.
            currency: Currency, from `client.prime_broker.list_available_currencies`.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: AvailableChains = self._client.call(
            _list_available_chains.OPERATION,
            request_options,
            from_account=from_account,
            to_account=to_account,
            currency=currency,
        )
        return result

    def get_exchange_minimum_amounts(
        self,
        *,
        exchange: Exchange,
        currency: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ExchangeMinimumAmounts:
        """Exchange Minimum Transfer Amount Limit: `GET /credit/agency/v1/exchange/minimum_amount`.

        The decimal places an amount may have and the minimum transfer amount, per currency, on an exchange.

        Args:
            exchange: Exchange unique ID (huobi, binance, okex, ...).
            currency: Currency; all currencies of the exchange when absent (errata PB-33).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ExchangeMinimumAmounts = self._client.call(
            _get_exchange_minimum_amounts.OPERATION,
            request_options,
            exchange=exchange,
            currency=currency,
        )
        return result

    def create_profit_accrual(
        self,
        *,
        amount: Decimal,
        currency: str,
        account_id: str,
        serial_no: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Accepted[str]:
        """Profit Accrual: `POST /credit/agency/v1/user/profit_accrual`.

        - Users withdraw profits through exchange sub-accounts.
        - After applying, funds will be transferred back to the Prime wallet upon approval.
        - The application sub-account must be associated with a loan order RCU (Margin lending / Basis
          trading). The trading account id associated with the RCU can be queried through the "Rcu Accounts"
          interface (`client.prime_broker.list_rcu_accounts`).

        Returns the serial no of the withdrawal; its progress is reported by
        `client.prime_broker.get_transfer_record` (scenario `take_profit`, inferred).

        Args:
            amount: Transfer amount.
            currency: Currency.
            account_id: From account id: an exchange sub-account associated with a loan order RCU (see
                `client.prime_broker.list_rcu_accounts`).
            serial_no: Serial no of the withdrawal, 8 to 32 characters (e.g. a timestamp). Idempotency key: generated when not given, reused on every retry.
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            `Accepted`: `idempotency_key` (the `serial_no` sent), `request_id`, and `data`, the
            document's `data`.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: Accepted[str] = self._client.call(
            _create_profit_accrual.OPERATION,
            request_options,
            amount=amount,
            currency=currency,
            account_id=account_id,
            serial_no=serial_no,
        )
        return result

    def create_account(
        self,
        *,
        exchange: Exchange,
        request_id: str | None = None,
        custody_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Accepted[str]:
        """Create Account: `POST /credit/agency/v1/account`.

        Opens an exchange sub-account. `custody_id` can be queried through the "Exchange Custody" interface
        (`client.prime_broker.list_exchange_custody`). Returns the new account's id; the account goes
        through the Account Status values (pending approval, opening, opened), reported by
        `client.prime_broker.list_accounts`.

        Args:
            exchange: Exchange unique ID: the value to pass wherever a parameter takes an exchange, and the
                `ex_value` of responses.
            request_id: Request id, 8 to 32 characters (e.g. a timestamp). Idempotency key: generated when not given, reused on every retry.
            custody_id: Supported Custody ID on the Exchange (from `client.prime_broker.list_exchange_custody`).
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            `Accepted`: `idempotency_key` (the `request_id` sent), `request_id`, and `data`, the
            document's `data`.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: Accepted[str] = self._client.call(
            _create_account.OPERATION,
            request_options,
            exchange=exchange,
            request_id=request_id,
            custody_id=custody_id,
        )
        return result

    def get_account_balance(
        self,
        *,
        account_id: str,
        request_options: RequestOptions | None = None,
    ) -> list[CurrencyBalance]:
        """Account Balance: `GET /credit/agency/v1/account/balance`.

        - Check Exchange Spot/Fund Account Balance.
        - This balance is the amount of coins that can be withdrawn from the exchange account via the
          transfer interface.

        Args:
            account_id: Account id.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: list[CurrencyBalance] = self._client.call(
            _get_account_balance.OPERATION,
            request_options,
            account_id=account_id,
        )
        return result

    def list_account_flows(
        self,
        *,
        limit: int,
        offset: int | None = None,
        account_id: str | None = None,
        account_type: AccountType | None = None,
        currency: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        exchange: Exchange | None = None,
        scenario: Scenario | None = None,
        serial_no: str | None = None,
        transfer_serial_no: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountFlowPage:
        """Account Flows: `GET /credit/agency/v1/account/flows`.

        The flows (money in and out) of the user's accounts.

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            account_id: Account id.
            account_type: Account type.
            currency: Currency.
            start_time: Start time, milliseconds since the Unix epoch.
            end_time: End time, milliseconds since the Unix epoch.
            exchange: Exchange unique ID (huobi, binance, okex, ...).
            scenario: Scenario.
            serial_no: Transfer step serial no.
            transfer_serial_no: Transfer serial no.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: AccountFlowPage = self._client.call(
            _list_account_flows.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            account_id=account_id,
            account_type=account_type,
            currency=currency,
            start_time=start_time,
            end_time=end_time,
            exchange=exchange,
            scenario=scenario,
            serial_no=serial_no,
            transfer_serial_no=transfer_serial_no,
        )
        return result

    def iter_list_account_flows(
        self,
        *,
        limit: int,
        account_id: str | None = None,
        account_type: AccountType | None = None,
        currency: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        exchange: Exchange | None = None,
        scenario: Scenario | None = None,
        serial_no: str | None = None,
        transfer_serial_no: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[AccountFlow]:
        """Every item of `list_account_flows`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_account_flows.OPERATION,
            request_options,
            max_items,
            limit=limit,
            account_id=account_id,
            account_type=account_type,
            currency=currency,
            start_time=start_time,
            end_time=end_time,
            exchange=exchange,
            scenario=scenario,
            serial_no=serial_no,
            transfer_serial_no=transfer_serial_no,
        )

    def list_account_transfer_records(
        self,
        *,
        limit: int,
        offset: int | None = None,
        currency: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        from_account_id: str | None = None,
        from_exchange: Exchange | None = None,
        to_account_id: str | None = None,
        to_exchange: Exchange | None = None,
        process: TransferProcess | None = None,
        scenario: Scenario | None = None,
        serial_no: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountTransferRecordPage:
        """Account Transfer Records: `GET /credit/agency/v1/account/funds`.

        The transfer records of the user's accounts.

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            currency: Currency.
            start_time: Start time, milliseconds since the Unix epoch.
            end_time: End time, milliseconds since the Unix epoch.
            from_account_id: Source account id.
            from_exchange: Source exchange (exchange unique ID).
            to_account_id: Destination account id.
            to_exchange: Destination exchange (exchange unique ID).
            process: Transfer progress.
            scenario: Scenario.
            serial_no: Serial no.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: AccountTransferRecordPage = self._client.call(
            _list_account_transfer_records.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            currency=currency,
            start_time=start_time,
            end_time=end_time,
            from_account_id=from_account_id,
            from_exchange=from_exchange,
            to_account_id=to_account_id,
            to_exchange=to_exchange,
            process=process,
            scenario=scenario,
            serial_no=serial_no,
        )
        return result

    def iter_list_account_transfer_records(
        self,
        *,
        limit: int,
        currency: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        from_account_id: str | None = None,
        from_exchange: Exchange | None = None,
        to_account_id: str | None = None,
        to_exchange: Exchange | None = None,
        process: TransferProcess | None = None,
        scenario: Scenario | None = None,
        serial_no: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[AccountTransferRecord]:
        """Every item of `list_account_transfer_records`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_account_transfer_records.OPERATION,
            request_options,
            max_items,
            limit=limit,
            currency=currency,
            start_time=start_time,
            end_time=end_time,
            from_account_id=from_account_id,
            from_exchange=from_exchange,
            to_account_id=to_account_id,
            to_exchange=to_exchange,
            process=process,
            scenario=scenario,
            serial_no=serial_no,
        )

    def list_accounts(
        self,
        *,
        limit: int,
        offset: int | None = None,
        account_id: str | None = None,
        account_type: AccountType | None = None,
        custody_id: str | None = None,
        exchange: Exchange | None = None,
        exchange_type: ExchangeType | None = None,
        rcu_id: int | None = None,
        status: AccountStatus | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountPage:
        """Account List: `GET /credit/agency/v1/accounts`.

        The user's trading accounts (Prime wallet, exchange sub-accounts, DeFi accounts).

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            account_id: Account id.
            account_type: Account type.
            custody_id: Exchange custody id.
            exchange: Exchange unique ID (huobi, binance, okex, ...).
            exchange_type: Exchange type: 1 CEX, 2 DEX (errata PB-14).
            rcu_id: RCU id.
            status: Account status.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: AccountPage = self._client.call(
            _list_accounts.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            account_id=account_id,
            account_type=account_type,
            custody_id=custody_id,
            exchange=exchange,
            exchange_type=exchange_type,
            rcu_id=rcu_id,
            status=status,
        )
        return result

    def iter_list_accounts(
        self,
        *,
        limit: int,
        account_id: str | None = None,
        account_type: AccountType | None = None,
        custody_id: str | None = None,
        exchange: Exchange | None = None,
        exchange_type: ExchangeType | None = None,
        rcu_id: int | None = None,
        status: AccountStatus | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Account]:
        """Every item of `list_accounts`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_accounts.OPERATION,
            request_options,
            max_items,
            limit=limit,
            account_id=account_id,
            account_type=account_type,
            custody_id=custody_id,
            exchange=exchange,
            exchange_type=exchange_type,
            rcu_id=rcu_id,
            status=status,
        )

    def list_dma_bills(
        self,
        *,
        limit: int,
        offset: int | None = None,
        bill_start_time_start: int | None = None,
        bill_start_time_end: int | None = None,
        currency: str | None = None,
        serial_no: str | None = None,
        status: DmaBillStatus | None = None,
        request_options: RequestOptions | None = None,
    ) -> DmaBillPage:
        """DMA Bills: `GET /credit/agency/v1/dma/bills`.

        Direct Market Access (DMA) bills.

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            bill_start_time_start: Filter by billing start time, start (milliseconds since the Unix epoch).
            bill_start_time_end: Filter by billing start time, end (milliseconds since the Unix epoch).
            currency: Currency.
            serial_no: Serial no of the DMA bill.
            status: DMA bill status.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: DmaBillPage = self._client.call(
            _list_dma_bills.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            bill_start_time_start=bill_start_time_start,
            bill_start_time_end=bill_start_time_end,
            currency=currency,
            serial_no=serial_no,
            status=status,
        )
        return result

    def iter_list_dma_bills(
        self,
        *,
        limit: int,
        bill_start_time_start: int | None = None,
        bill_start_time_end: int | None = None,
        currency: str | None = None,
        serial_no: str | None = None,
        status: DmaBillStatus | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[DmaBill]:
        """Every item of `list_dma_bills`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_dma_bills.OPERATION,
            request_options,
            max_items,
            limit=limit,
            bill_start_time_start=bill_start_time_start,
            bill_start_time_end=bill_start_time_end,
            currency=currency,
            serial_no=serial_no,
            status=status,
        )

    def repay_dma_bill(
        self,
        *,
        request_id: str | None = None,
        account_id: str,
        serial_no: str,
        request_options: RequestOptions | None = None,
    ) -> Accepted[None]:
        """DMA Bill Repay: `POST /credit/agency/v1/dma/bill/repay`.

        Direct Market Access bill repay: pays a DMA bill from an account. The bill's progress (Repaying,
        Repaid) is reported by `client.prime_broker.list_dma_bills`.

        Args:
            request_id: Request id, 8 to 32 characters (e.g. a timestamp). Idempotency key: generated when not given, reused on every retry.
            account_id: Account id, for repay (e.g. `888.bal`).
            serial_no: DMA bill serial no (the `serial_no` of `client.prime_broker.list_dma_bills`).
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            `Accepted`: `idempotency_key` (the `request_id` sent), `request_id`, and `data`, the
            document's `data`.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: Accepted[None] = self._client.call(
            _repay_dma_bill.OPERATION,
            request_options,
            request_id=request_id,
            account_id=account_id,
            serial_no=serial_no,
        )
        return result

    def list_exchange_custody(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ExchangeCustody]:
        """Exchange Custody: `GET /credit/agency/v1/exchange/custody`.

        The exchanges and the custodians each supports (the `custody_id` of
        `client.prime_broker.create_account`). No parameters.

        """
        result: list[ExchangeCustody] = self._client.call(
            _list_exchange_custody.OPERATION,
            request_options,
        )
        return result

    def list_exchange_trading_fee_rates(
        self,
        *,
        limit: int,
        offset: int | None = None,
        exchange: Exchange | None = None,
        request_options: RequestOptions | None = None,
    ) -> ExchangeTradingFeePage:
        """Exchange Trading Fee Rate: `GET /credit/agency/v1/exchange/trading_fee/rate`.

        Exchange trading fees: the fee rates of each exchange by VIP level and base coin. The document gives
        two paths; this is its heading's (errata PB-2).

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            exchange: Exchange unique ID (huobi, binance, okex, ...).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ExchangeTradingFeePage = self._client.call(
            _list_exchange_trading_fee_rates.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            exchange=exchange,
        )
        return result

    def iter_list_exchange_trading_fee_rates(
        self,
        *,
        limit: int,
        exchange: Exchange | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[ExchangeTradingFees]:
        """Every item of `list_exchange_trading_fee_rates`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_exchange_trading_fee_rates.OPERATION,
            request_options,
            max_items,
            limit=limit,
            exchange=exchange,
        )

    def list_rcu_accounts(
        self,
        *,
        rcu_id: int,
        request_options: RequestOptions | None = None,
    ) -> list[RcuAccount]:
        """Rcu Accounts: `GET /credit/agency/v1/rcu/accounts`.

        Get the list of RCU associated sub-accounts.

        Args:
            rcu_id: RCU id.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: list[RcuAccount] = self._client.call(
            _list_rcu_accounts.OPERATION,
            request_options,
            rcu_id=rcu_id,
        )
        return result


class AsyncPrimeBroker:
    """Matrixport Prime Broker API for asyncio.

    Prime Broker: trading accounts on exchanges and DeFi bound to the user's Prime wallet (transfers,
    balances, flows, account opening, DMA bills, custody, trading fees), margin loans (orders, bills,
    margin, renewal, repayment) and risk control units (RCU). Transcribed from the Prime Broker API
    document V1.0.2 (2024-12-02). Requests are signed (see the `MatrixportSignature` scheme). The API
    key needs the Read (GET) and Earn (POST) permissions; select the wallet permission to reach Prime
    wallet data.

    The document's "Python Demo (Signature and Request)" shows the signing algorithm (the
    `MatrixportSignature` scheme); it is not an operation.
    """

    def __init__(self, client: AsyncMatrixport) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def list_loan_bills(
        self,
        *,
        limit: int,
        offset: int | None = None,
        bill_id: str | None = None,
        bill_time_start: int | None = None,
        bill_time_end: int | None = None,
        order_biz_type: OrderBizType | None = None,
        order_id: str | None = None,
        status: BillStatus | None = None,
        type_: BillType | None = None,
        request_options: RequestOptions | None = None,
    ) -> LoanBillPage:
        """Loan Bills: `GET /credit/agency/v1/bills`.

        The bills (interest, penalty interest, fees) of the user's loan orders.

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            bill_id: Bill id.
            bill_time_start: Filter by billing start time, start (milliseconds since the Unix epoch).
            bill_time_end: Filter by billing start time, end (milliseconds since the Unix epoch).
            order_biz_type: Order biz type.
            order_id: Order id.
            status: Bill status.
            type_: Bill type.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: LoanBillPage = await self._client.call(
            _list_loan_bills.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            bill_id=bill_id,
            bill_time_start=bill_time_start,
            bill_time_end=bill_time_end,
            order_biz_type=order_biz_type,
            order_id=order_id,
            status=status,
            type_=type_,
        )
        return result

    def iter_list_loan_bills(
        self,
        *,
        limit: int,
        bill_id: str | None = None,
        bill_time_start: int | None = None,
        bill_time_end: int | None = None,
        order_biz_type: OrderBizType | None = None,
        order_id: str | None = None,
        status: BillStatus | None = None,
        type_: BillType | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[LoanBill]:
        """Every item of `list_loan_bills`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_loan_bills.OPERATION,
            request_options,
            max_items,
            limit=limit,
            bill_id=bill_id,
            bill_time_start=bill_time_start,
            bill_time_end=bill_time_end,
            order_biz_type=order_biz_type,
            order_id=order_id,
            status=status,
            type_=type_,
        )

    async def repay_loan_bill(
        self,
        *,
        bill_id: str,
        account_id: str,
        request_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Accepted[None]:
        """Bill Repay: `POST /credit/agency/v1/bill/repay`.

        Pays a loan bill. Only the trading account with the RCU bound to the loan order can be selected for
        payment. The bill's progress is reported by `client.prime_broker.list_loan_bills`.

        Args:
            bill_id: Bill id.
            account_id: Account id, for repay; a trading account of the RCU bound to the loan order.
            request_id: Request id, 8 to 32 characters (e.g. a timestamp). Idempotency key: generated when not given, reused on every retry.
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            `Accepted`: `idempotency_key` (the `request_id` sent), `request_id`, and `data`, the
            document's `data`.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: Accepted[None] = await self._client.call(
            _repay_loan_bill.OPERATION,
            request_options,
            bill_id=bill_id,
            account_id=account_id,
            request_id=request_id,
        )
        return result

    async def get_order_detail(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> OrderDetail:
        """Order Detail: `GET /credit/agency/v1/order`.

        The detail of one loan order.

        Args:
            order_id: Order id.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderDetail = await self._client.call(
            _get_order_detail.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    async def set_lending_account(
        self,
        *,
        order_id: str,
        lending_accounts: list[LendingAccount],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Set Lending Account: `POST /credit/agency/v1/order/leading_account`.

        Sets the order's disbursement accounts: which exchange sub-accounts receive how much of the loan.
        The path says "leading", not "lending", as documented (errata PB-3). There is no request identifier
        (errata PB-7). The disbursement is reported by `client.prime_broker.get_order_detail`
        (`allocating_amount`, `allocated_amount`, status).

        Args:
            order_id: Order id.
            lending_accounts: Order disbursement account configuration.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.prime_broker.get_order_detail`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: None = await self._client.call(
            _set_lending_account.OPERATION,
            request_options,
            order_id=order_id,
            lending_accounts=lending_accounts,
        )
        return result

    async def add_order_margin(
        self,
        *,
        account_id: str,
        amount: Decimal,
        order_id: str,
        request_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Accepted[None]:
        """Add Order Margin: `POST /credit/agency/v1/order/margin`.

        Adds margin to a loan order from an account. The operation (op type 1, Transfer Margin) and its
        status are reported by `client.prime_broker.list_order_operations` (which shows the `request_id`)
        and `client.prime_broker.list_margin_records`.

        Args:
            account_id: Account id the margin is taken from.
            amount: Amount.
            order_id: Order id.
            request_id: Request id, 8 to 32 characters (e.g. a timestamp). Idempotency key: generated when not given, reused on every retry.
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            `Accepted`: `idempotency_key` (the `request_id` sent), `request_id`, and `data`, the
            document's `data` (after a refused repeat, `confirmation` is the record found by the key).

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: Accepted[None] = await self._client.call(
            _add_order_margin.OPERATION,
            request_options,
            account_id=account_id,
            amount=amount,
            order_id=order_id,
            request_id=request_id,
        )
        return result

    async def list_margin_records(
        self,
        *,
        limit: int,
        offset: int | None = None,
        order_id: str | None = None,
        currency: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MarginRecordPage:
        """Margin Records: `GET /credit/agency/v1/order/margin/records`.

        The margin records of the user's loan orders.

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            order_id: Order id.
            currency: Currency.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: MarginRecordPage = await self._client.call(
            _list_margin_records.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            order_id=order_id,
            currency=currency,
        )
        return result

    def iter_list_margin_records(
        self,
        *,
        limit: int,
        order_id: str | None = None,
        currency: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[MarginRecord]:
        """Every item of `list_margin_records`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_margin_records.OPERATION,
            request_options,
            max_items,
            limit=limit,
            order_id=order_id,
            currency=currency,
        )

    async def list_order_operations(
        self,
        *,
        limit: int,
        offset: int | None = None,
        order_id: str | None = None,
        currency: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OrderOperationPage:
        """Order Operation Records: `GET /credit/agency/v1/order/operations`.

        The operation records (margin, repayment, renewal, loan, ...) of the user's loan orders.

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            order_id: Order id.
            currency: Currency.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderOperationPage = await self._client.call(
            _list_order_operations.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            order_id=order_id,
            currency=currency,
        )
        return result

    def iter_list_order_operations(
        self,
        *,
        limit: int,
        order_id: str | None = None,
        currency: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[OrderOperation]:
        """Every item of `list_order_operations`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_order_operations.OPERATION,
            request_options,
            max_items,
            limit=limit,
            order_id=order_id,
            currency=currency,
        )

    async def list_orders(
        self,
        *,
        limit: int,
        offset: int | None = None,
        order_biz_type: OrderBizType | None = None,
        order_id: str | None = None,
        rcu_id: int | None = None,
        status: OrderStatus | None = None,
        request_options: RequestOptions | None = None,
    ) -> OrderPage:
        """Order List: `GET /credit/agency/v1/orders`.

        The user's loan orders.

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            order_biz_type: Order biz type.
            order_id: Order id.
            rcu_id: RCU id.
            status: Order status (errata PB-24).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderPage = await self._client.call(
            _list_orders.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            order_biz_type=order_biz_type,
            order_id=order_id,
            rcu_id=rcu_id,
            status=status,
        )
        return result

    def iter_list_orders(
        self,
        *,
        limit: int,
        order_biz_type: OrderBizType | None = None,
        order_id: str | None = None,
        rcu_id: int | None = None,
        status: OrderStatus | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[OrderSummary]:
        """Every item of `list_orders`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_orders.OPERATION,
            request_options,
            max_items,
            limit=limit,
            order_biz_type=order_biz_type,
            order_id=order_id,
            rcu_id=rcu_id,
            status=status,
        )

    async def renew_order(
        self,
        *,
        allocation_amount: Decimal,
        order_id: str,
        time_milli: int,
        request_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Accepted[None]:
        """Order Renew: `POST /credit/agency/v1/order/renew`.

        Applies to renew a loan order until a new date with a (lower or equal) leverage amount (errata
        PB-4). The application (op type 4, Renew) and its status are reported by
        `client.prime_broker.list_order_operations`; the order goes through Order Status 15/17/19.

        Args:
            allocation_amount: Renewal leverage amount; at most the original order amount.
            order_id: Order id.
            time_milli: Renewal until date, 12:00 AM (midnight) UTC, milliseconds since the Unix epoch.
            request_id: Request id, 8 to 32 characters (e.g. a timestamp). Idempotency key: generated when not given, reused on every retry.
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            `Accepted`: `idempotency_key` (the `request_id` sent), `request_id`, and `data`, the
            document's `data` (after a refused repeat, `confirmation` is the record found by the key).

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: Accepted[None] = await self._client.call(
            _renew_order.OPERATION,
            request_options,
            allocation_amount=allocation_amount,
            order_id=order_id,
            time_milli=time_milli,
            request_id=request_id,
        )
        return result

    async def repay_order(
        self,
        *,
        amount: Decimal,
        order_id: str,
        account_id: str,
        request_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Accepted[None]:
        """Order Repay: `POST /credit/agency/v1/order/repay`.

        Repays principal of a loan order from an exchange sub-account (errata PB-4). The operation (op type
        2, Principal Repay) and its status are reported by `client.prime_broker.list_order_operations`.

        Args:
            amount: Repay amount.
            order_id: Order id.
            account_id: Repay account id, only supports exchange sub-accounts.
            request_id: Request id, 8 to 32 characters (e.g. a timestamp). Idempotency key: generated when not given, reused on every retry.
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            `Accepted`: `idempotency_key` (the `request_id` sent), `request_id`, and `data`, the
            document's `data` (after a refused repeat, `confirmation` is the record found by the key).

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: Accepted[None] = await self._client.call(
            _repay_order.OPERATION,
            request_options,
            amount=amount,
            order_id=order_id,
            account_id=account_id,
            request_id=request_id,
        )
        return result

    async def list_rcus(
        self,
        *,
        limit: int,
        offset: int | None = None,
        order_biz_type: OrderBizType | None = None,
        request_options: RequestOptions | None = None,
    ) -> RcuPage:
        """Rcu List: `GET /credit/agency/v1/rcus`.

        The user's risk control units (RCU).

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            order_biz_type: Order biz type.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RcuPage = await self._client.call(
            _list_rcus.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            order_biz_type=order_biz_type,
        )
        return result

    def iter_list_rcus(
        self,
        *,
        limit: int,
        order_biz_type: OrderBizType | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[RcuSummary]:
        """Every item of `list_rcus`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_rcus.OPERATION,
            request_options,
            max_items,
            limit=limit,
            order_biz_type=order_biz_type,
        )

    async def get_rcu_detail(
        self,
        *,
        rcu_id: int,
        request_options: RequestOptions | None = None,
    ) -> RcuDetail:
        """Rcu Detail: `GET /credit/agency/v1/rcu`.

        The detail (assets, loan, leverage, risk ratio) of one risk control unit.

        Args:
            rcu_id: RCU id.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RcuDetail = await self._client.call(
            _get_rcu_detail.OPERATION,
            request_options,
            rcu_id=rcu_id,
        )
        return result

    async def get_transfer_record(
        self,
        *,
        serial_no: str,
        request_options: RequestOptions | None = None,
    ) -> TransferRecord:
        """Transfer Record: `GET /credit/agency/v1/allocate`.

        The record of one transfer, by its `serial_no`. Includes records of cross-transfers and profit
        accrual withdrawals.

        Args:
            serial_no: The `serial_no` of the transfer (as sent to `client.prime_broker.create_transfer`, or as
                returned by `client.prime_broker.create_profit_accrual`). 8 to 32 character string.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: TransferRecord = await self._client.call(
            _get_transfer_record.OPERATION,
            request_options,
            serial_no=serial_no,
        )
        return result

    async def wait_get_transfer_record(
        self,
        *,
        serial_no: str,
        timeout: float = 60.0,
        interval: float = 2.0,
        request_options: RequestOptions | None = None,
    ) -> TransferRecord:
        """Call `get_transfer_record` until the outcome is final; return it, or raise.

        Raises `OperationFailedError` when the outcome is a failure and `WaitTimeoutError` when it is still
        pending after `timeout` seconds; asks every `interval` seconds.
        """
        result: TransferRecord = await self._client.wait(
            _get_transfer_record.OPERATION,
            request_options,
            timeout,
            interval,
            serial_no=serial_no,
        )
        return result

    async def create_transfer(
        self,
        *,
        from_account: str,
        to_account: str,
        currency: str,
        amount: Decimal,
        serial_no: str | None = None,
        from_wallet_type: int | None = None,
        to_wallet_type: int | None = None,
        chain: str | None = None,
        is_instant_transfer: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Accepted[None]:
        """Transfer: `POST /credit/agency/v1/allocate`.

        - Funds transfer between trading accounts bound to the same RCU.
        - For accounts without RCU or non-Margin Lending RCU this interface can be used to transfer funds
          between Prime wallet and trading accounts.

        `from_account` / `to_account`: get the account ID from "Trading" -- "Account List" Account Number
        (`client.prime_broker.list_accounts`, field `account_id`).

        The call returns `data: null`; follow the transfer with `client.prime_broker.get_transfer_record`
        and the `serial_no` you sent.

        Transfer cases:

        | Case | Transfer limitations | Required parameters | Support instant transfers |
        |---|---|---|---|
        | PB wallet to CEX | No limits | amount, currency, from_account, to_account, serial_no | N |
        | PB wallet to Defi a/c | No limits | amount, currency, chain, from_account, to_account, serial_no | N |
        | CEX to CEX | 1. Bind the same RCU accounts 2. Unbound RCU accounts | amount, currency, from_account, to_account, serial_no | Y |
        | CEX to PB wallet | 1. Unbound RCU accounts | amount, currency, from_account, to_account, serial_no | N |
        | CEX to Defi a/c | 1. Bind the same RCU accounts 2. Unbound RCU accounts | amount, currency, chain, from_account, to_account, serial_no | N |
        | Defi a/c to PB wallet | 1. Unbound RCU accounts | amount, currency, chain, from_account, to_account, serial_no | N |
        | Defi a/c to Defi a/c | 1. Bind the same RCU accounts 2. Unbound RCU accounts | amount, currency, chain, from_account, to_account, serial_no | N |
        | Defi a/c to CEX | 1. Bind the same RCU accounts 2. Unbound RCU accounts | amount, currency, chain, from_account, to_account, serial_no | N |

        Args:
            from_account: Source account, `account_id` from the account list (e.g. `888.bal`).
            to_account: Destination account, `account_id` from the account list (e.g. `888_binance_1`).
            currency: Currency, as returned by Available Currencies
                (`client.prime_broker.list_available_currencies`).
            amount: Transfer amount; at least the exchange's minimum
                (`client.prime_broker.get_exchange_minimum_amounts`).
            serial_no: Serial no of the transfer, 8 to 32 characters matching `^[a-zA-Z0-9_-]+$` (e.g. a
                timestamp). Identifies the transfer in Transfer Record. Idempotency key: generated when not given, reused on every retry.
            from_wallet_type: Source wallet, a `wallet_type` returned by Wallet Types
                (`client.prime_broker.list_wallet_types`); default 0.
            to_wallet_type: Destination wallet, a `wallet_type` returned by Wallet Types
                (`client.prime_broker.list_wallet_types`); default 0.
            chain: The chain you prefer, as returned by Available Chains
                (`client.prime_broker.list_available_chains`), e.g. `ERC20`. Needed when a DeFi account is
                involved (see the transfer cases).
            is_instant_transfer: Use the instant transfer (CEX to CEX only).
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            `Accepted`: `idempotency_key` (the `serial_no` sent), `request_id`, and `data`, the
            document's `data` (after a refused repeat, `confirmation` is the record found by the key).

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: Accepted[None] = await self._client.call(
            _create_transfer.OPERATION,
            request_options,
            from_account=from_account,
            to_account=to_account,
            currency=currency,
            amount=amount,
            serial_no=serial_no,
            from_wallet_type=from_wallet_type,
            to_wallet_type=to_wallet_type,
            chain=chain,
            is_instant_transfer=is_instant_transfer,
        )
        return result

    async def list_wallet_types(
        self,
        *,
        account_id: str,
        request_options: RequestOptions | None = None,
    ) -> WalletTypeList:
        """Wallet Types: `GET /credit/agency/v1/exchange/wallets`.

        The wallet types of a trading account. A `wallet_type` is what `client.prime_broker.create_transfer`
        takes as `from_wallet_type` / `to_wallet_type`.

        Args:
            account_id: Account id, `account_id` from the account list.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: WalletTypeList = await self._client.call(
            _list_wallet_types.OPERATION,
            request_options,
            account_id=account_id,
        )
        return result

    async def list_available_currencies(
        self,
        *,
        from_account: str,
        to_account: str,
        request_options: RequestOptions | None = None,
    ) -> AvailableCurrencies:
        """Available Currencies: `GET /credit/agency/v1/allocate_currencies`.

        The currencies that can be transferred from one account to another.

        Args:
            from_account: Source account, `account_id` from the account list.
            to_account: Destination account, `account_id` from the account list.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: AvailableCurrencies = await self._client.call(
            _list_available_currencies.OPERATION,
            request_options,
            from_account=from_account,
            to_account=to_account,
        )
        return result

    async def list_available_chains(
        self,
        *,
        from_account: str,
        to_account: str,
        currency: str,
        request_options: RequestOptions | None = None,
    ) -> AvailableChains:
        """Available Chains: `GET /credit/agency/v1/available_chains`.

        The chains a currency can be transferred on from one account to another (the `chain` of
        `client.prime_broker.create_transfer`).

        Args:
            from_account: Source account, `account_id` from the account list.
            to_account: Destination account, `account_id` from the account list.
            currency: Currency, from `client.prime_broker.list_available_currencies`.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: AvailableChains = await self._client.call(
            _list_available_chains.OPERATION,
            request_options,
            from_account=from_account,
            to_account=to_account,
            currency=currency,
        )
        return result

    async def get_exchange_minimum_amounts(
        self,
        *,
        exchange: Exchange,
        currency: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ExchangeMinimumAmounts:
        """Exchange Minimum Transfer Amount Limit: `GET /credit/agency/v1/exchange/minimum_amount`.

        The decimal places an amount may have and the minimum transfer amount, per currency, on an exchange.

        Args:
            exchange: Exchange unique ID (huobi, binance, okex, ...).
            currency: Currency; all currencies of the exchange when absent (errata PB-33).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ExchangeMinimumAmounts = await self._client.call(
            _get_exchange_minimum_amounts.OPERATION,
            request_options,
            exchange=exchange,
            currency=currency,
        )
        return result

    async def create_profit_accrual(
        self,
        *,
        amount: Decimal,
        currency: str,
        account_id: str,
        serial_no: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Accepted[str]:
        """Profit Accrual: `POST /credit/agency/v1/user/profit_accrual`.

        - Users withdraw profits through exchange sub-accounts.
        - After applying, funds will be transferred back to the Prime wallet upon approval.
        - The application sub-account must be associated with a loan order RCU (Margin lending / Basis
          trading). The trading account id associated with the RCU can be queried through the "Rcu Accounts"
          interface (`client.prime_broker.list_rcu_accounts`).

        Returns the serial no of the withdrawal; its progress is reported by
        `client.prime_broker.get_transfer_record` (scenario `take_profit`, inferred).

        Args:
            amount: Transfer amount.
            currency: Currency.
            account_id: From account id: an exchange sub-account associated with a loan order RCU (see
                `client.prime_broker.list_rcu_accounts`).
            serial_no: Serial no of the withdrawal, 8 to 32 characters (e.g. a timestamp). Idempotency key: generated when not given, reused on every retry.
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            `Accepted`: `idempotency_key` (the `serial_no` sent), `request_id`, and `data`, the
            document's `data`.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: Accepted[str] = await self._client.call(
            _create_profit_accrual.OPERATION,
            request_options,
            amount=amount,
            currency=currency,
            account_id=account_id,
            serial_no=serial_no,
        )
        return result

    async def create_account(
        self,
        *,
        exchange: Exchange,
        request_id: str | None = None,
        custody_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Accepted[str]:
        """Create Account: `POST /credit/agency/v1/account`.

        Opens an exchange sub-account. `custody_id` can be queried through the "Exchange Custody" interface
        (`client.prime_broker.list_exchange_custody`). Returns the new account's id; the account goes
        through the Account Status values (pending approval, opening, opened), reported by
        `client.prime_broker.list_accounts`.

        Args:
            exchange: Exchange unique ID: the value to pass wherever a parameter takes an exchange, and the
                `ex_value` of responses.
            request_id: Request id, 8 to 32 characters (e.g. a timestamp). Idempotency key: generated when not given, reused on every retry.
            custody_id: Supported Custody ID on the Exchange (from `client.prime_broker.list_exchange_custody`).
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            `Accepted`: `idempotency_key` (the `request_id` sent), `request_id`, and `data`, the
            document's `data`.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: Accepted[str] = await self._client.call(
            _create_account.OPERATION,
            request_options,
            exchange=exchange,
            request_id=request_id,
            custody_id=custody_id,
        )
        return result

    async def get_account_balance(
        self,
        *,
        account_id: str,
        request_options: RequestOptions | None = None,
    ) -> list[CurrencyBalance]:
        """Account Balance: `GET /credit/agency/v1/account/balance`.

        - Check Exchange Spot/Fund Account Balance.
        - This balance is the amount of coins that can be withdrawn from the exchange account via the
          transfer interface.

        Args:
            account_id: Account id.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: list[CurrencyBalance] = await self._client.call(
            _get_account_balance.OPERATION,
            request_options,
            account_id=account_id,
        )
        return result

    async def list_account_flows(
        self,
        *,
        limit: int,
        offset: int | None = None,
        account_id: str | None = None,
        account_type: AccountType | None = None,
        currency: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        exchange: Exchange | None = None,
        scenario: Scenario | None = None,
        serial_no: str | None = None,
        transfer_serial_no: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountFlowPage:
        """Account Flows: `GET /credit/agency/v1/account/flows`.

        The flows (money in and out) of the user's accounts.

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            account_id: Account id.
            account_type: Account type.
            currency: Currency.
            start_time: Start time, milliseconds since the Unix epoch.
            end_time: End time, milliseconds since the Unix epoch.
            exchange: Exchange unique ID (huobi, binance, okex, ...).
            scenario: Scenario.
            serial_no: Transfer step serial no.
            transfer_serial_no: Transfer serial no.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: AccountFlowPage = await self._client.call(
            _list_account_flows.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            account_id=account_id,
            account_type=account_type,
            currency=currency,
            start_time=start_time,
            end_time=end_time,
            exchange=exchange,
            scenario=scenario,
            serial_no=serial_no,
            transfer_serial_no=transfer_serial_no,
        )
        return result

    def iter_list_account_flows(
        self,
        *,
        limit: int,
        account_id: str | None = None,
        account_type: AccountType | None = None,
        currency: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        exchange: Exchange | None = None,
        scenario: Scenario | None = None,
        serial_no: str | None = None,
        transfer_serial_no: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[AccountFlow]:
        """Every item of `list_account_flows`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_account_flows.OPERATION,
            request_options,
            max_items,
            limit=limit,
            account_id=account_id,
            account_type=account_type,
            currency=currency,
            start_time=start_time,
            end_time=end_time,
            exchange=exchange,
            scenario=scenario,
            serial_no=serial_no,
            transfer_serial_no=transfer_serial_no,
        )

    async def list_account_transfer_records(
        self,
        *,
        limit: int,
        offset: int | None = None,
        currency: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        from_account_id: str | None = None,
        from_exchange: Exchange | None = None,
        to_account_id: str | None = None,
        to_exchange: Exchange | None = None,
        process: TransferProcess | None = None,
        scenario: Scenario | None = None,
        serial_no: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountTransferRecordPage:
        """Account Transfer Records: `GET /credit/agency/v1/account/funds`.

        The transfer records of the user's accounts.

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            currency: Currency.
            start_time: Start time, milliseconds since the Unix epoch.
            end_time: End time, milliseconds since the Unix epoch.
            from_account_id: Source account id.
            from_exchange: Source exchange (exchange unique ID).
            to_account_id: Destination account id.
            to_exchange: Destination exchange (exchange unique ID).
            process: Transfer progress.
            scenario: Scenario.
            serial_no: Serial no.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: AccountTransferRecordPage = await self._client.call(
            _list_account_transfer_records.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            currency=currency,
            start_time=start_time,
            end_time=end_time,
            from_account_id=from_account_id,
            from_exchange=from_exchange,
            to_account_id=to_account_id,
            to_exchange=to_exchange,
            process=process,
            scenario=scenario,
            serial_no=serial_no,
        )
        return result

    def iter_list_account_transfer_records(
        self,
        *,
        limit: int,
        currency: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        from_account_id: str | None = None,
        from_exchange: Exchange | None = None,
        to_account_id: str | None = None,
        to_exchange: Exchange | None = None,
        process: TransferProcess | None = None,
        scenario: Scenario | None = None,
        serial_no: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[AccountTransferRecord]:
        """Every item of `list_account_transfer_records`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_account_transfer_records.OPERATION,
            request_options,
            max_items,
            limit=limit,
            currency=currency,
            start_time=start_time,
            end_time=end_time,
            from_account_id=from_account_id,
            from_exchange=from_exchange,
            to_account_id=to_account_id,
            to_exchange=to_exchange,
            process=process,
            scenario=scenario,
            serial_no=serial_no,
        )

    async def list_accounts(
        self,
        *,
        limit: int,
        offset: int | None = None,
        account_id: str | None = None,
        account_type: AccountType | None = None,
        custody_id: str | None = None,
        exchange: Exchange | None = None,
        exchange_type: ExchangeType | None = None,
        rcu_id: int | None = None,
        status: AccountStatus | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountPage:
        """Account List: `GET /credit/agency/v1/accounts`.

        The user's trading accounts (Prime wallet, exchange sub-accounts, DeFi accounts).

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            account_id: Account id.
            account_type: Account type.
            custody_id: Exchange custody id.
            exchange: Exchange unique ID (huobi, binance, okex, ...).
            exchange_type: Exchange type: 1 CEX, 2 DEX (errata PB-14).
            rcu_id: RCU id.
            status: Account status.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: AccountPage = await self._client.call(
            _list_accounts.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            account_id=account_id,
            account_type=account_type,
            custody_id=custody_id,
            exchange=exchange,
            exchange_type=exchange_type,
            rcu_id=rcu_id,
            status=status,
        )
        return result

    def iter_list_accounts(
        self,
        *,
        limit: int,
        account_id: str | None = None,
        account_type: AccountType | None = None,
        custody_id: str | None = None,
        exchange: Exchange | None = None,
        exchange_type: ExchangeType | None = None,
        rcu_id: int | None = None,
        status: AccountStatus | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Account]:
        """Every item of `list_accounts`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_accounts.OPERATION,
            request_options,
            max_items,
            limit=limit,
            account_id=account_id,
            account_type=account_type,
            custody_id=custody_id,
            exchange=exchange,
            exchange_type=exchange_type,
            rcu_id=rcu_id,
            status=status,
        )

    async def list_dma_bills(
        self,
        *,
        limit: int,
        offset: int | None = None,
        bill_start_time_start: int | None = None,
        bill_start_time_end: int | None = None,
        currency: str | None = None,
        serial_no: str | None = None,
        status: DmaBillStatus | None = None,
        request_options: RequestOptions | None = None,
    ) -> DmaBillPage:
        """DMA Bills: `GET /credit/agency/v1/dma/bills`.

        Direct Market Access (DMA) bills.

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            bill_start_time_start: Filter by billing start time, start (milliseconds since the Unix epoch).
            bill_start_time_end: Filter by billing start time, end (milliseconds since the Unix epoch).
            currency: Currency.
            serial_no: Serial no of the DMA bill.
            status: DMA bill status.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: DmaBillPage = await self._client.call(
            _list_dma_bills.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            bill_start_time_start=bill_start_time_start,
            bill_start_time_end=bill_start_time_end,
            currency=currency,
            serial_no=serial_no,
            status=status,
        )
        return result

    def iter_list_dma_bills(
        self,
        *,
        limit: int,
        bill_start_time_start: int | None = None,
        bill_start_time_end: int | None = None,
        currency: str | None = None,
        serial_no: str | None = None,
        status: DmaBillStatus | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[DmaBill]:
        """Every item of `list_dma_bills`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_dma_bills.OPERATION,
            request_options,
            max_items,
            limit=limit,
            bill_start_time_start=bill_start_time_start,
            bill_start_time_end=bill_start_time_end,
            currency=currency,
            serial_no=serial_no,
            status=status,
        )

    async def repay_dma_bill(
        self,
        *,
        request_id: str | None = None,
        account_id: str,
        serial_no: str,
        request_options: RequestOptions | None = None,
    ) -> Accepted[None]:
        """DMA Bill Repay: `POST /credit/agency/v1/dma/bill/repay`.

        Direct Market Access bill repay: pays a DMA bill from an account. The bill's progress (Repaying,
        Repaid) is reported by `client.prime_broker.list_dma_bills`.

        Args:
            request_id: Request id, 8 to 32 characters (e.g. a timestamp). Idempotency key: generated when not given, reused on every retry.
            account_id: Account id, for repay (e.g. `888.bal`).
            serial_no: DMA bill serial no (the `serial_no` of `client.prime_broker.list_dma_bills`).
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            `Accepted`: `idempotency_key` (the `request_id` sent), `request_id`, and `data`, the
            document's `data`.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: Accepted[None] = await self._client.call(
            _repay_dma_bill.OPERATION,
            request_options,
            request_id=request_id,
            account_id=account_id,
            serial_no=serial_no,
        )
        return result

    async def list_exchange_custody(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ExchangeCustody]:
        """Exchange Custody: `GET /credit/agency/v1/exchange/custody`.

        The exchanges and the custodians each supports (the `custody_id` of
        `client.prime_broker.create_account`). No parameters.

        """
        result: list[ExchangeCustody] = await self._client.call(
            _list_exchange_custody.OPERATION,
            request_options,
        )
        return result

    async def list_exchange_trading_fee_rates(
        self,
        *,
        limit: int,
        offset: int | None = None,
        exchange: Exchange | None = None,
        request_options: RequestOptions | None = None,
    ) -> ExchangeTradingFeePage:
        """Exchange Trading Fee Rate: `GET /credit/agency/v1/exchange/trading_fee/rate`.

        Exchange trading fees: the fee rates of each exchange by VIP level and base coin. The document gives
        two paths; this is its heading's (errata PB-2).

        Args:
            limit: Page size.
            offset: Offset, the number of records to skip.
            exchange: Exchange unique ID (huobi, binance, okex, ...).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ExchangeTradingFeePage = await self._client.call(
            _list_exchange_trading_fee_rates.OPERATION,
            request_options,
            limit=limit,
            offset=offset,
            exchange=exchange,
        )
        return result

    def iter_list_exchange_trading_fee_rates(
        self,
        *,
        limit: int,
        exchange: Exchange | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[ExchangeTradingFees]:
        """Every item of `list_exchange_trading_fee_rates`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_exchange_trading_fee_rates.OPERATION,
            request_options,
            max_items,
            limit=limit,
            exchange=exchange,
        )

    async def list_rcu_accounts(
        self,
        *,
        rcu_id: int,
        request_options: RequestOptions | None = None,
    ) -> list[RcuAccount]:
        """Rcu Accounts: `GET /credit/agency/v1/rcu/accounts`.

        Get the list of RCU associated sub-accounts.

        Args:
            rcu_id: RCU id.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: list[RcuAccount] = await self._client.call(
            _list_rcu_accounts.OPERATION,
            request_options,
            rcu_id=rcu_id,
        )
        return result
