"""Matrixport Balance+ API: one method per operation (generated from the spec; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from matrixport._client import RequestOptions

from .api.balance import create_deposit as _create_deposit
from .api.balance import create_withdraw as _create_withdraw
from .api.balance import get_available_balance as _get_available_balance
from .api.balance import get_currency_detail as _get_currency_detail
from .api.balance import get_deposit_withdraw_result as _get_deposit_withdraw_result
from .api.balance import get_total_position as _get_total_position
from .api.balance import get_withdrawable_balance as _get_withdrawable_balance
from .api.balance import list_currencies as _list_currencies
from .api.balance import list_orders as _list_orders
from .api.balance import list_revenue_details as _list_revenue_details
from .models.available_balance import AvailableBalance
from .models.currency_detail import CurrencyDetail
from .models.currency_list import CurrencyList
from .models.interest_record import InterestRecord
from .models.order import Order
from .models.order_accepted import OrderAccepted
from .models.order_page import OrderPage
from .models.order_source import OrderSource
from .models.order_status import OrderStatus
from .models.order_type import OrderType
from .models.revenue_details import RevenueDetails
from .models.total_position import TotalPosition
from .models.withdrawable_balance import WithdrawableBalance

if TYPE_CHECKING:
    from matrixport import AsyncMatrixport, Matrixport


class BalancePlus:
    """Matrixport Balance+ API.

    Balance+ (flexible savings): deposit cryptocurrencies, earn interest, withdraw at any time.
    Transcribed from the Balance+ API document V1.0.1 (2025-04-16). Requests are signed (see the
    `MatrixportSignature` scheme).
    """

    def __init__(self, client: Matrixport) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def list_currencies(
        self,
        *,
        product_type: str,
        subject_type: Literal["flexi_saving"] = "flexi_saving",
        request_options: RequestOptions | None = None,
    ) -> CurrencyList:
        """Currency list: `GET /flexible/api/v2/app/homepage`.

        Returns all available currencies, with the user's balance, the deposit APY and the user's income in
        each.

        Args:
            product_type: Product type, such as flexi_saving, staking, etc.
            subject_type: Must be flexi_saving.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: CurrencyList = self._client.call(
            _list_currencies.OPERATION,
            request_options,
            product_type=product_type,
            subject_type=subject_type,
        )
        return result

    def create_deposit(
        self,
        *,
        amount: Decimal,
        currency: str,
        product_type: Literal["flexi_saving"] = "flexi_saving",
        subject_type: Literal["flexi_saving"] = "flexi_saving",
        order_source: Literal["1"] = "1",
        request_options: RequestOptions | None = None,
    ) -> OrderAccepted:
        """Deposit: `POST /flexible/api/v2/deposit`.

        Deposits a cryptocurrency into the user's Balance+ account. The call is asynchronous: the result is
        not known when it returns; query it with `client.balance_plus.get_deposit_withdraw_result` and the
        returned `serial_number`.

        Args:
            amount: Amount.
            currency: Currency name, such as BTC, ETH, etc.
            product_type: Must be flexi_saving.
            subject_type: Must be flexi_saving.
            order_source: Deposit order source: 1 the user places an order (the only value this API accepts).
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.balance_plus.get_deposit_withdraw_result`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: OrderAccepted = self._client.call(
            _create_deposit.OPERATION,
            request_options,
            amount=amount,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
            order_source=order_source,
        )
        return result

    def get_currency_detail(
        self,
        *,
        currency: str,
        product_type: Literal["flexi_saving"] = "flexi_saving",
        subject_type: Literal["flexi_saving"] = "flexi_saving",
        request_options: RequestOptions | None = None,
    ) -> CurrencyDetail:
        """Currency details: `GET /flexible/api/v2/deposit-redeem/currency/detail`.

        Returns the details of one currency: current balance, deposit APY, capital utilization,
        interest-rate policy, and the user's balance and income.

        Args:
            currency: Currency name, such as BTC, ETH, etc.
            product_type: Must be flexi_saving.
            subject_type: Must be flexi_saving.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: CurrencyDetail = self._client.call(
            _get_currency_detail.OPERATION,
            request_options,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
        )
        return result

    def get_available_balance(
        self,
        *,
        currency: str,
        product_type: Literal["flexi_saving"] = "flexi_saving",
        subject_type: Literal["flexi_saving"] = "flexi_saving",
        request_options: RequestOptions | None = None,
    ) -> AvailableBalance:
        """User available balance: `GET /flexible/api/v2/deposit-redeem/user/available-balance`.

        Returns the user's available balance of a currency and the deposit limits.

        Args:
            currency: Currency name, such as BTC, ETH, etc.
            product_type: Must be flexi_saving.
            subject_type: Must be flexi_saving.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: AvailableBalance = self._client.call(
            _get_available_balance.OPERATION,
            request_options,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
        )
        return result

    def create_withdraw(
        self,
        *,
        amount: Decimal,
        currency: str,
        product_type: Literal["flexi_saving"] = "flexi_saving",
        subject_type: Literal["flexi_saving"] = "flexi_saving",
        order_source: Literal["1"] = "1",
        redeem_all: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> OrderAccepted:
        """Withdraw: `POST /flexible/api/v2/redeem`.

        Withdraws funds from the user's Balance+ account to the user's balance account, partially or in
        full. The call is asynchronous: query the result with
        `client.balance_plus.get_deposit_withdraw_result` and the returned `serial_number`.

        Args:
            amount: Amount.
            currency: Currency name, such as BTC, ETH, etc.
            product_type: Must be flexi_saving.
            subject_type: Must be flexi_saving.
            order_source: Order source: 1 the user places an order (the only value this API accepts).
            redeem_all: Whether to withdraw everything.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.balance_plus.get_deposit_withdraw_result`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: OrderAccepted = self._client.call(
            _create_withdraw.OPERATION,
            request_options,
            amount=amount,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
            order_source=order_source,
            redeem_all=redeem_all,
        )
        return result

    def get_deposit_withdraw_result(
        self,
        *,
        serial_number: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Deposit/Withdraw result: `GET /flexible/api/v2/deposit-redeem`.

        Reports the outcome of a deposit or withdrawal by its `serial_number`. The outcome is the envelope's
        `code` itself, there is no `data`: 0 the order completed; 12010012 (DepositWithdrawInProgress) it is
        still being processed, ask again; any other code the reason it failed.

        Args:
            serial_number: The serial_number returned by `client.balance_plus.create_deposit` or
                `client.balance_plus.create_withdraw`.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: None = self._client.call(
            _get_deposit_withdraw_result.OPERATION,
            request_options,
            serial_number=serial_number,
        )
        return result

    def wait_get_deposit_withdraw_result(
        self,
        *,
        serial_number: str,
        timeout: float = 60.0,
        interval: float = 2.0,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Call `get_deposit_withdraw_result` until the outcome is final; return it, or raise.

        Raises `OperationFailedError` when the outcome is a failure and `WaitTimeoutError` when it is still
        pending after `timeout` seconds; asks every `interval` seconds.
        """
        result: None = self._client.wait(
            _get_deposit_withdraw_result.OPERATION,
            request_options,
            timeout,
            interval,
            serial_number=serial_number,
        )
        return result

    def list_orders(
        self,
        *,
        currency: str,
        product_type: str,
        subject_type: str,
        offset: int,
        limit: int,
        type_: OrderType,
        order_source: OrderSource,
        order_status: OrderStatus,
        request_options: RequestOptions | None = None,
    ) -> OrderPage:
        """Query orders: `GET /flexible/api/v2/deposit-redeem/orders`.

        Lists the user's deposit and withdraw orders, a page at a time (`offset`, `limit`).

        Args:
            currency: Currency.
            product_type: Product type, such as flexi_saving, etc.
            subject_type: Subject type, such as flexi_saving, etc.
            offset: Offset.
            limit: Quantity per page.
            type_: Order type: 1 deposit, 2 withdraw.
            order_source: Order source: 1 the user places an order, 2 the system places an order, 3 automatic deposit.
            order_status: Order status: 0 all, 1 queuing, 2 processing, 3 cancelled, 4 completed.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderPage = self._client.call(
            _list_orders.OPERATION,
            request_options,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
            offset=offset,
            limit=limit,
            type_=type_,
            order_source=order_source,
            order_status=order_status,
        )
        return result

    def iter_list_orders(
        self,
        *,
        currency: str,
        product_type: str,
        subject_type: str,
        limit: int,
        type_: OrderType,
        order_source: OrderSource,
        order_status: OrderStatus,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Order]:
        """Every item of `list_orders`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_orders.OPERATION,
            request_options,
            max_items,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
            limit=limit,
            type_=type_,
            order_source=order_source,
            order_status=order_status,
        )

    def list_revenue_details(
        self,
        *,
        currency: str | None = None,
        product_type: Literal["flexi_saving"] = "flexi_saving",
        subject_type: Literal["flexi_saving"] = "flexi_saving",
        limit: int,
        next_timestamp: int | None = None,
        period: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> RevenueDetails:
        """Revenue details: `GET /flexible/api/v2/deposit-redeem/interest/detail`.

        The user's revenue (interest) details, optionally for one currency.

        Pages are not turned with offset and limit but with a timestamp cursor: for the first page pass
        `next_timestamp` 0 (that page also carries the aggregates: total assets, accumulated income,
        yesterday's income); for the next page pass the `next_timestamp` of the previous result. A row may
        appear on two consecutive pages: deduplicate on `timestamp` + `currency`.

        Args:
            currency: Currency name, such as BTC, ETH, etc.
            product_type: Must be flexi_saving.
            subject_type: Must be flexi_saving.
            limit: Number of records per page.
            next_timestamp: Page cursor in milliseconds: 0 (or absent) for the first page, which also shows the
                aggregates (total assets, accumulated income, yesterday's income); then the `next_timestamp`
                of the previous page.
            period: Period in days; when absent, the cumulative income.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RevenueDetails = self._client.call(
            _list_revenue_details.OPERATION,
            request_options,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
            limit=limit,
            next_timestamp=next_timestamp,
            period=period,
        )
        return result

    def iter_list_revenue_details(
        self,
        *,
        currency: str | None = None,
        product_type: Literal["flexi_saving"] = "flexi_saving",
        subject_type: Literal["flexi_saving"] = "flexi_saving",
        limit: int,
        period: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[InterestRecord]:
        """Every item of `list_revenue_details`, page after page (`next_timestamp` is managed for you), at most `max_items`.

        Rows that repeat across pages are returned once (unique on timestamp + currency).
        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_revenue_details.OPERATION,
            request_options,
            max_items,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
            limit=limit,
            period=period,
        )

    def get_withdrawable_balance(
        self,
        *,
        currency: str,
        product_type: Literal["flexi_saving"] = "flexi_saving",
        subject_type: Literal["flexi_saving"] = "flexi_saving",
        request_options: RequestOptions | None = None,
    ) -> WithdrawableBalance:
        """Withdrawable balance: `GET /flexible/api/v2/deposit-redeem/user/redeem-balance`.

        The user's withdrawable balance of a currency and the withdrawal limits.

        Args:
            currency: Currency.
            product_type: Must be flexi_saving.
            subject_type: Must be flexi_saving.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: WithdrawableBalance = self._client.call(
            _get_withdrawable_balance.OPERATION,
            request_options,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
        )
        return result

    def get_total_position(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> TotalPosition:
        """Total position: `GET /flexible/api/v2/user/asset/summary`.

        The user's total Balance+ position and total profit, in USD.

        """
        result: TotalPosition = self._client.call(
            _get_total_position.OPERATION,
            request_options,
        )
        return result


class AsyncBalancePlus:
    """Matrixport Balance+ API for asyncio.

    Balance+ (flexible savings): deposit cryptocurrencies, earn interest, withdraw at any time.
    Transcribed from the Balance+ API document V1.0.1 (2025-04-16). Requests are signed (see the
    `MatrixportSignature` scheme).
    """

    def __init__(self, client: AsyncMatrixport) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def list_currencies(
        self,
        *,
        product_type: str,
        subject_type: Literal["flexi_saving"] = "flexi_saving",
        request_options: RequestOptions | None = None,
    ) -> CurrencyList:
        """Currency list: `GET /flexible/api/v2/app/homepage`.

        Returns all available currencies, with the user's balance, the deposit APY and the user's income in
        each.

        Args:
            product_type: Product type, such as flexi_saving, staking, etc.
            subject_type: Must be flexi_saving.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: CurrencyList = await self._client.call(
            _list_currencies.OPERATION,
            request_options,
            product_type=product_type,
            subject_type=subject_type,
        )
        return result

    async def create_deposit(
        self,
        *,
        amount: Decimal,
        currency: str,
        product_type: Literal["flexi_saving"] = "flexi_saving",
        subject_type: Literal["flexi_saving"] = "flexi_saving",
        order_source: Literal["1"] = "1",
        request_options: RequestOptions | None = None,
    ) -> OrderAccepted:
        """Deposit: `POST /flexible/api/v2/deposit`.

        Deposits a cryptocurrency into the user's Balance+ account. The call is asynchronous: the result is
        not known when it returns; query it with `client.balance_plus.get_deposit_withdraw_result` and the
        returned `serial_number`.

        Args:
            amount: Amount.
            currency: Currency name, such as BTC, ETH, etc.
            product_type: Must be flexi_saving.
            subject_type: Must be flexi_saving.
            order_source: Deposit order source: 1 the user places an order (the only value this API accepts).
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.balance_plus.get_deposit_withdraw_result`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: OrderAccepted = await self._client.call(
            _create_deposit.OPERATION,
            request_options,
            amount=amount,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
            order_source=order_source,
        )
        return result

    async def get_currency_detail(
        self,
        *,
        currency: str,
        product_type: Literal["flexi_saving"] = "flexi_saving",
        subject_type: Literal["flexi_saving"] = "flexi_saving",
        request_options: RequestOptions | None = None,
    ) -> CurrencyDetail:
        """Currency details: `GET /flexible/api/v2/deposit-redeem/currency/detail`.

        Returns the details of one currency: current balance, deposit APY, capital utilization,
        interest-rate policy, and the user's balance and income.

        Args:
            currency: Currency name, such as BTC, ETH, etc.
            product_type: Must be flexi_saving.
            subject_type: Must be flexi_saving.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: CurrencyDetail = await self._client.call(
            _get_currency_detail.OPERATION,
            request_options,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
        )
        return result

    async def get_available_balance(
        self,
        *,
        currency: str,
        product_type: Literal["flexi_saving"] = "flexi_saving",
        subject_type: Literal["flexi_saving"] = "flexi_saving",
        request_options: RequestOptions | None = None,
    ) -> AvailableBalance:
        """User available balance: `GET /flexible/api/v2/deposit-redeem/user/available-balance`.

        Returns the user's available balance of a currency and the deposit limits.

        Args:
            currency: Currency name, such as BTC, ETH, etc.
            product_type: Must be flexi_saving.
            subject_type: Must be flexi_saving.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: AvailableBalance = await self._client.call(
            _get_available_balance.OPERATION,
            request_options,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
        )
        return result

    async def create_withdraw(
        self,
        *,
        amount: Decimal,
        currency: str,
        product_type: Literal["flexi_saving"] = "flexi_saving",
        subject_type: Literal["flexi_saving"] = "flexi_saving",
        order_source: Literal["1"] = "1",
        redeem_all: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> OrderAccepted:
        """Withdraw: `POST /flexible/api/v2/redeem`.

        Withdraws funds from the user's Balance+ account to the user's balance account, partially or in
        full. The call is asynchronous: query the result with
        `client.balance_plus.get_deposit_withdraw_result` and the returned `serial_number`.

        Args:
            amount: Amount.
            currency: Currency name, such as BTC, ETH, etc.
            product_type: Must be flexi_saving.
            subject_type: Must be flexi_saving.
            order_source: Order source: 1 the user places an order (the only value this API accepts).
            redeem_all: Whether to withdraw everything.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.balance_plus.get_deposit_withdraw_result`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: OrderAccepted = await self._client.call(
            _create_withdraw.OPERATION,
            request_options,
            amount=amount,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
            order_source=order_source,
            redeem_all=redeem_all,
        )
        return result

    async def get_deposit_withdraw_result(
        self,
        *,
        serial_number: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Deposit/Withdraw result: `GET /flexible/api/v2/deposit-redeem`.

        Reports the outcome of a deposit or withdrawal by its `serial_number`. The outcome is the envelope's
        `code` itself, there is no `data`: 0 the order completed; 12010012 (DepositWithdrawInProgress) it is
        still being processed, ask again; any other code the reason it failed.

        Args:
            serial_number: The serial_number returned by `client.balance_plus.create_deposit` or
                `client.balance_plus.create_withdraw`.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: None = await self._client.call(
            _get_deposit_withdraw_result.OPERATION,
            request_options,
            serial_number=serial_number,
        )
        return result

    async def wait_get_deposit_withdraw_result(
        self,
        *,
        serial_number: str,
        timeout: float = 60.0,
        interval: float = 2.0,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Call `get_deposit_withdraw_result` until the outcome is final; return it, or raise.

        Raises `OperationFailedError` when the outcome is a failure and `WaitTimeoutError` when it is still
        pending after `timeout` seconds; asks every `interval` seconds.
        """
        result: None = await self._client.wait(
            _get_deposit_withdraw_result.OPERATION,
            request_options,
            timeout,
            interval,
            serial_number=serial_number,
        )
        return result

    async def list_orders(
        self,
        *,
        currency: str,
        product_type: str,
        subject_type: str,
        offset: int,
        limit: int,
        type_: OrderType,
        order_source: OrderSource,
        order_status: OrderStatus,
        request_options: RequestOptions | None = None,
    ) -> OrderPage:
        """Query orders: `GET /flexible/api/v2/deposit-redeem/orders`.

        Lists the user's deposit and withdraw orders, a page at a time (`offset`, `limit`).

        Args:
            currency: Currency.
            product_type: Product type, such as flexi_saving, etc.
            subject_type: Subject type, such as flexi_saving, etc.
            offset: Offset.
            limit: Quantity per page.
            type_: Order type: 1 deposit, 2 withdraw.
            order_source: Order source: 1 the user places an order, 2 the system places an order, 3 automatic deposit.
            order_status: Order status: 0 all, 1 queuing, 2 processing, 3 cancelled, 4 completed.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderPage = await self._client.call(
            _list_orders.OPERATION,
            request_options,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
            offset=offset,
            limit=limit,
            type_=type_,
            order_source=order_source,
            order_status=order_status,
        )
        return result

    def iter_list_orders(
        self,
        *,
        currency: str,
        product_type: str,
        subject_type: str,
        limit: int,
        type_: OrderType,
        order_source: OrderSource,
        order_status: OrderStatus,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Order]:
        """Every item of `list_orders`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_orders.OPERATION,
            request_options,
            max_items,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
            limit=limit,
            type_=type_,
            order_source=order_source,
            order_status=order_status,
        )

    async def list_revenue_details(
        self,
        *,
        currency: str | None = None,
        product_type: Literal["flexi_saving"] = "flexi_saving",
        subject_type: Literal["flexi_saving"] = "flexi_saving",
        limit: int,
        next_timestamp: int | None = None,
        period: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> RevenueDetails:
        """Revenue details: `GET /flexible/api/v2/deposit-redeem/interest/detail`.

        The user's revenue (interest) details, optionally for one currency.

        Pages are not turned with offset and limit but with a timestamp cursor: for the first page pass
        `next_timestamp` 0 (that page also carries the aggregates: total assets, accumulated income,
        yesterday's income); for the next page pass the `next_timestamp` of the previous result. A row may
        appear on two consecutive pages: deduplicate on `timestamp` + `currency`.

        Args:
            currency: Currency name, such as BTC, ETH, etc.
            product_type: Must be flexi_saving.
            subject_type: Must be flexi_saving.
            limit: Number of records per page.
            next_timestamp: Page cursor in milliseconds: 0 (or absent) for the first page, which also shows the
                aggregates (total assets, accumulated income, yesterday's income); then the `next_timestamp`
                of the previous page.
            period: Period in days; when absent, the cumulative income.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RevenueDetails = await self._client.call(
            _list_revenue_details.OPERATION,
            request_options,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
            limit=limit,
            next_timestamp=next_timestamp,
            period=period,
        )
        return result

    def iter_list_revenue_details(
        self,
        *,
        currency: str | None = None,
        product_type: Literal["flexi_saving"] = "flexi_saving",
        subject_type: Literal["flexi_saving"] = "flexi_saving",
        limit: int,
        period: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[InterestRecord]:
        """Every item of `list_revenue_details`, page after page (`next_timestamp` is managed for you), at most `max_items`.

        Rows that repeat across pages are returned once (unique on timestamp + currency).
        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_revenue_details.OPERATION,
            request_options,
            max_items,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
            limit=limit,
            period=period,
        )

    async def get_withdrawable_balance(
        self,
        *,
        currency: str,
        product_type: Literal["flexi_saving"] = "flexi_saving",
        subject_type: Literal["flexi_saving"] = "flexi_saving",
        request_options: RequestOptions | None = None,
    ) -> WithdrawableBalance:
        """Withdrawable balance: `GET /flexible/api/v2/deposit-redeem/user/redeem-balance`.

        The user's withdrawable balance of a currency and the withdrawal limits.

        Args:
            currency: Currency.
            product_type: Must be flexi_saving.
            subject_type: Must be flexi_saving.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: WithdrawableBalance = await self._client.call(
            _get_withdrawable_balance.OPERATION,
            request_options,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
        )
        return result

    async def get_total_position(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> TotalPosition:
        """Total position: `GET /flexible/api/v2/user/asset/summary`.

        The user's total Balance+ position and total profit, in USD.

        """
        result: TotalPosition = await self._client.call(
            _get_total_position.OPERATION,
            request_options,
        )
        return result
