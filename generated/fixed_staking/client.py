"""Matrixport Fixed-Staking API: one method per operation (generated from the spec; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from matrixport._client import RequestOptions

from .api.fixed_staking_api import create_order as _create_order
from .api.fixed_staking_api import get_order_detail as _get_order_detail
from .api.fixed_staking_api import get_order_result as _get_order_result
from .api.fixed_staking_api import get_product_detail as _get_product_detail
from .api.fixed_staking_api import get_product_quota as _get_product_quota
from .api.fixed_staking_api import get_redeem_detail as _get_redeem_detail
from .api.fixed_staking_api import get_redeemable_amount as _get_redeemable_amount
from .api.fixed_staking_api import list_orders as _list_orders
from .api.fixed_staking_api import list_products as _list_products
from .api.fixed_staking_api import redeem_order as _redeem_order
from .models.order import Order
from .models.order_created import OrderCreated
from .models.order_list import OrderList
from .models.order_result import OrderResult
from .models.order_status import OrderStatus
from .models.payback_currency import PaybackCurrency
from .models.product import Product
from .models.product_list import ProductList
from .models.product_quota import ProductQuota
from .models.redeem_detail import RedeemDetail
from .models.redeem_record import RedeemRecord
from .models.redeemable_amount import RedeemableAmount
from .models.status_category import StatusCategory

if TYPE_CHECKING:
    from matrixport import AsyncMatrixport, Matrixport


class FixedStaking:
    """Matrixport Fixed-Staking API.

    Fixed-Staking (ETH2.0 staking): buy shares of ETH2.0 and ETH2.0 leverage staking products, follow
    the orders' share value, and redeem shares for ETH or stETH. Transcribed from the Fixed-Staking API
    document V1.0.0 (2022-10-14). Requests are signed (see the `MatrixportSignature` scheme).

    Paths are under `/eth-two/api/v2/` (errata FS-1), except the remaining quota, which the document
    puts under `/fixed/api/v2/` (errata FS-2). Shares, share prices and rates are e8 integers (`share:
    500735294` is 5.00735294 shares). Times are Unix timestamps in seconds.
    """

    def __init__(self, client: Matrixport) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def list_products(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ProductList:
        """Products List: `GET /eth-two/api/v2/products`.

        Lists the ETH2.0 staking products. The list does not return `agreements`, `fund_investments`,
        `explain` or `redeem_windows` (null); get them with `client.fixed_staking.get_product_detail`.

        """
        result: ProductList = self._client.call(
            _list_products.OPERATION,
            request_options,
        )
        return result

    def get_product_detail(
        self,
        *,
        product_id: str,
        request_options: RequestOptions | None = None,
    ) -> Product:
        """Product Detail: `GET /eth-two/api/v2/product`.

        Returns one staking product, with its agreements, fund investments and explanations (which the
        product list leaves out).

        Args:
            product_id: Product ID, e.g. 6984793150468501504.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: Product = self._client.call(
            _get_product_detail.OPERATION,
            request_options,
            product_id=product_id,
        )
        return result

    def get_product_quota(
        self,
        *,
        product_id: str,
        request_options: RequestOptions | None = None,
    ) -> ProductQuota:
        """Remaining Quota: `GET /fixed/api/v2/product/quota`.

        Returns a product's remaining quota, the quota still available to the user, and the purchase limits.
        The path is under `/fixed/api/v2/`, not `/eth-two/api/v2/` like the other Fixed-Staking endpoints,
        as the document gives it (errata FS-2).

        Args:
            product_id: Product ID, e.g. 6820591484295766016.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ProductQuota = self._client.call(
            _get_product_quota.OPERATION,
            request_options,
            product_id=product_id,
        )
        return result

    def get_order_detail(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """Order Details: `GET /eth-two/api/v2/order`.

        Returns one of the user's staking orders. Its `order_status` may be a value the status list does not
        have, like the example's 20 (errata FS-7).

        Args:
            order_id: Order ID, e.g. 6955835414036922368.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: Order = self._client.call(
            _get_order_detail.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    def create_order(
        self,
        *,
        product_id: str,
        amount_dec: Decimal,
        request_options: RequestOptions | None = None,
    ) -> OrderCreated:
        """Make Order: `POST /eth-two/api/v2/order`.

        Places a purchase order for a staking product. The call is asynchronous: query the outcome with
        `client.fixed_staking.get_order_result` and the returned `serial_number`. There is no de-duplication
        key: a retried call may place a second order (errata FS-6).

        Args:
            product_id: Product ID, e.g. 6820591484295766016.
            amount_dec: Investment amount.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.fixed_staking.get_order_result`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: OrderCreated = self._client.call(
            _create_order.OPERATION,
            request_options,
            product_id=product_id,
            amount_dec=amount_dec,
        )
        return result

    def get_order_result(
        self,
        *,
        serial_number: str,
        request_options: RequestOptions | None = None,
    ) -> OrderResult:
        """Order Result: `GET /eth-two/api/v2/order/result`.

        Returns the result of an order placed with `client.fixed_staking.create_order`. While `status` is 0
        (purchasing) the order is still being processed: ask again.

        Args:
            serial_number: Serial number returned by `client.fixed_staking.create_order`, e.g. 6820608333133701120.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderResult = self._client.call(
            _get_order_result.OPERATION,
            request_options,
            serial_number=serial_number,
        )
        return result

    def wait_get_order_result(
        self,
        *,
        serial_number: str,
        timeout: float = 60.0,
        interval: float = 2.0,
        request_options: RequestOptions | None = None,
    ) -> OrderResult:
        """Call `get_order_result` until the outcome is final; return it, or raise.

        Raises `OperationFailedError` when the outcome is a failure and `WaitTimeoutError` when it is still
        pending after `timeout` seconds; asks every `interval` seconds.
        """
        result: OrderResult = self._client.wait(
            _get_order_result.OPERATION,
            request_options,
            timeout,
            interval,
            serial_number=serial_number,
        )
        return result

    def list_orders(
        self,
        *,
        order_status: list[OrderStatus] | None = None,
        status_category: StatusCategory | None = None,
        offset: int | None = None,
        limit: int | None = None,
        only_need_count: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OrderList:
        """Order List: `GET /eth-two/api/v2/orders`.

        Lists the user's staking orders, optionally filtered by order status or status category, a page at a
        time. Several statuses are sent by repeating the key (`order_status=1&order_status=4`); each
        occurrence is one `key=value` pair in the string to sign, in the order sent (errata SH-4). An
        order's `order_status` may be a value the status list does not have, like the example's 20 (errata
        FS-7).

        Args:
            order_status: Order statuses to return: 1 pre-order, 2 processing, 3 canceled (final), 4 holding, 5
                pending, 6 settling, 7 settled (final), 8 refunding, 9 refunded (final), 10 redeeming, 11
                redeemed all (final). Repeat the key for several values. Ignored when `status_category` is
                given.
            status_category: Order status category: 1 all statuses, 2 holding, 3 settled. When present, `order_status` is
                ignored.
            offset: Offset.
            limit: Limit per page.
            only_need_count: Only the number of orders is needed: no items are returned, the data has only `count`. A
                string; the value to send is not documented (presumably `true`, errata FS-25).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderList = self._client.call(
            _list_orders.OPERATION,
            request_options,
            order_status=order_status,
            status_category=status_category,
            offset=offset,
            limit=limit,
            only_need_count=only_need_count,
        )
        return result

    def iter_list_orders(
        self,
        *,
        order_status: list[OrderStatus] | None = None,
        status_category: StatusCategory | None = None,
        limit: int | None = None,
        only_need_count: str | None = None,
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
            order_status=order_status,
            status_category=status_category,
            limit=limit,
            only_need_count=only_need_count,
        )

    def get_redeemable_amount(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> RedeemableAmount:
        """Order Redeem Amount: `GET /eth-two/api/v2/order/redeem/amount`.

        Returns the largest share of an order that can be redeemed now, and its amount.

        Args:
            order_id: Order ID, e.g. 6954077761807892480.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RedeemableAmount = self._client.call(
            _get_redeemable_amount.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    def redeem_order(
        self,
        *,
        payback_currency: PaybackCurrency,
        order_id: str,
        share: Decimal,
        principal: Decimal,
        request_options: RequestOptions | None = None,
    ) -> RedeemRecord:
        """Order Redeem: `POST /eth-two/api/v2/order/redeem`.

        Redeems `share` shares of an order, paid back in ETH or stETH. `principal` is the shares' principal,
        `share` times the order's `share_price` (all e8: `share: 500735294` at a share price of 1.02 gives
        `principal: 510749999`, the response's `redeem_principal_dec: "5.10749999"`). The redemption is
        created with `status` 1 and completes later: follow it with
        `client.fixed_staking.get_redeem_detail`. There is no de-duplication key: a retried call may redeem
        twice (errata FS-6).

        Args:
            payback_currency: Currency a redemption pays back in: ETH or STETH.
            order_id: Order ID.
            share: Shares to redeem, e8: 500735294 is 5.00735294 shares.
            principal: Principal of the shares redeemed, `share` times the order's `share_price`, e8: 510749999 is
                5.10749999 (the response's `redeem_principal_dec`).
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.fixed_staking.get_redeem_detail`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: RedeemRecord = self._client.call(
            _redeem_order.OPERATION,
            request_options,
            payback_currency=payback_currency,
            order_id=order_id,
            share=share,
            principal=principal,
        )
        return result

    def get_redeem_detail(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> RedeemDetail:
        """Order Redeem Detail: `GET /eth-two/api/v2/order/redeem/detail`.

        Returns an order's redemptions, its profit and fee figures, and, once the order is settled (order
        status 7), its settlement payback.

        Args:
            order_id: Order ID, e.g. 6955835414036922368.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RedeemDetail = self._client.call(
            _get_redeem_detail.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result


class AsyncFixedStaking:
    """Matrixport Fixed-Staking API for asyncio.

    Fixed-Staking (ETH2.0 staking): buy shares of ETH2.0 and ETH2.0 leverage staking products, follow
    the orders' share value, and redeem shares for ETH or stETH. Transcribed from the Fixed-Staking API
    document V1.0.0 (2022-10-14). Requests are signed (see the `MatrixportSignature` scheme).

    Paths are under `/eth-two/api/v2/` (errata FS-1), except the remaining quota, which the document
    puts under `/fixed/api/v2/` (errata FS-2). Shares, share prices and rates are e8 integers (`share:
    500735294` is 5.00735294 shares). Times are Unix timestamps in seconds.
    """

    def __init__(self, client: AsyncMatrixport) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def list_products(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ProductList:
        """Products List: `GET /eth-two/api/v2/products`.

        Lists the ETH2.0 staking products. The list does not return `agreements`, `fund_investments`,
        `explain` or `redeem_windows` (null); get them with `client.fixed_staking.get_product_detail`.

        """
        result: ProductList = await self._client.call(
            _list_products.OPERATION,
            request_options,
        )
        return result

    async def get_product_detail(
        self,
        *,
        product_id: str,
        request_options: RequestOptions | None = None,
    ) -> Product:
        """Product Detail: `GET /eth-two/api/v2/product`.

        Returns one staking product, with its agreements, fund investments and explanations (which the
        product list leaves out).

        Args:
            product_id: Product ID, e.g. 6984793150468501504.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: Product = await self._client.call(
            _get_product_detail.OPERATION,
            request_options,
            product_id=product_id,
        )
        return result

    async def get_product_quota(
        self,
        *,
        product_id: str,
        request_options: RequestOptions | None = None,
    ) -> ProductQuota:
        """Remaining Quota: `GET /fixed/api/v2/product/quota`.

        Returns a product's remaining quota, the quota still available to the user, and the purchase limits.
        The path is under `/fixed/api/v2/`, not `/eth-two/api/v2/` like the other Fixed-Staking endpoints,
        as the document gives it (errata FS-2).

        Args:
            product_id: Product ID, e.g. 6820591484295766016.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ProductQuota = await self._client.call(
            _get_product_quota.OPERATION,
            request_options,
            product_id=product_id,
        )
        return result

    async def get_order_detail(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """Order Details: `GET /eth-two/api/v2/order`.

        Returns one of the user's staking orders. Its `order_status` may be a value the status list does not
        have, like the example's 20 (errata FS-7).

        Args:
            order_id: Order ID, e.g. 6955835414036922368.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: Order = await self._client.call(
            _get_order_detail.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    async def create_order(
        self,
        *,
        product_id: str,
        amount_dec: Decimal,
        request_options: RequestOptions | None = None,
    ) -> OrderCreated:
        """Make Order: `POST /eth-two/api/v2/order`.

        Places a purchase order for a staking product. The call is asynchronous: query the outcome with
        `client.fixed_staking.get_order_result` and the returned `serial_number`. There is no de-duplication
        key: a retried call may place a second order (errata FS-6).

        Args:
            product_id: Product ID, e.g. 6820591484295766016.
            amount_dec: Investment amount.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.fixed_staking.get_order_result`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: OrderCreated = await self._client.call(
            _create_order.OPERATION,
            request_options,
            product_id=product_id,
            amount_dec=amount_dec,
        )
        return result

    async def get_order_result(
        self,
        *,
        serial_number: str,
        request_options: RequestOptions | None = None,
    ) -> OrderResult:
        """Order Result: `GET /eth-two/api/v2/order/result`.

        Returns the result of an order placed with `client.fixed_staking.create_order`. While `status` is 0
        (purchasing) the order is still being processed: ask again.

        Args:
            serial_number: Serial number returned by `client.fixed_staking.create_order`, e.g. 6820608333133701120.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderResult = await self._client.call(
            _get_order_result.OPERATION,
            request_options,
            serial_number=serial_number,
        )
        return result

    async def wait_get_order_result(
        self,
        *,
        serial_number: str,
        timeout: float = 60.0,
        interval: float = 2.0,
        request_options: RequestOptions | None = None,
    ) -> OrderResult:
        """Call `get_order_result` until the outcome is final; return it, or raise.

        Raises `OperationFailedError` when the outcome is a failure and `WaitTimeoutError` when it is still
        pending after `timeout` seconds; asks every `interval` seconds.
        """
        result: OrderResult = await self._client.wait(
            _get_order_result.OPERATION,
            request_options,
            timeout,
            interval,
            serial_number=serial_number,
        )
        return result

    async def list_orders(
        self,
        *,
        order_status: list[OrderStatus] | None = None,
        status_category: StatusCategory | None = None,
        offset: int | None = None,
        limit: int | None = None,
        only_need_count: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OrderList:
        """Order List: `GET /eth-two/api/v2/orders`.

        Lists the user's staking orders, optionally filtered by order status or status category, a page at a
        time. Several statuses are sent by repeating the key (`order_status=1&order_status=4`); each
        occurrence is one `key=value` pair in the string to sign, in the order sent (errata SH-4). An
        order's `order_status` may be a value the status list does not have, like the example's 20 (errata
        FS-7).

        Args:
            order_status: Order statuses to return: 1 pre-order, 2 processing, 3 canceled (final), 4 holding, 5
                pending, 6 settling, 7 settled (final), 8 refunding, 9 refunded (final), 10 redeeming, 11
                redeemed all (final). Repeat the key for several values. Ignored when `status_category` is
                given.
            status_category: Order status category: 1 all statuses, 2 holding, 3 settled. When present, `order_status` is
                ignored.
            offset: Offset.
            limit: Limit per page.
            only_need_count: Only the number of orders is needed: no items are returned, the data has only `count`. A
                string; the value to send is not documented (presumably `true`, errata FS-25).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderList = await self._client.call(
            _list_orders.OPERATION,
            request_options,
            order_status=order_status,
            status_category=status_category,
            offset=offset,
            limit=limit,
            only_need_count=only_need_count,
        )
        return result

    def iter_list_orders(
        self,
        *,
        order_status: list[OrderStatus] | None = None,
        status_category: StatusCategory | None = None,
        limit: int | None = None,
        only_need_count: str | None = None,
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
            order_status=order_status,
            status_category=status_category,
            limit=limit,
            only_need_count=only_need_count,
        )

    async def get_redeemable_amount(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> RedeemableAmount:
        """Order Redeem Amount: `GET /eth-two/api/v2/order/redeem/amount`.

        Returns the largest share of an order that can be redeemed now, and its amount.

        Args:
            order_id: Order ID, e.g. 6954077761807892480.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RedeemableAmount = await self._client.call(
            _get_redeemable_amount.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    async def redeem_order(
        self,
        *,
        payback_currency: PaybackCurrency,
        order_id: str,
        share: Decimal,
        principal: Decimal,
        request_options: RequestOptions | None = None,
    ) -> RedeemRecord:
        """Order Redeem: `POST /eth-two/api/v2/order/redeem`.

        Redeems `share` shares of an order, paid back in ETH or stETH. `principal` is the shares' principal,
        `share` times the order's `share_price` (all e8: `share: 500735294` at a share price of 1.02 gives
        `principal: 510749999`, the response's `redeem_principal_dec: "5.10749999"`). The redemption is
        created with `status` 1 and completes later: follow it with
        `client.fixed_staking.get_redeem_detail`. There is no de-duplication key: a retried call may redeem
        twice (errata FS-6).

        Args:
            payback_currency: Currency a redemption pays back in: ETH or STETH.
            order_id: Order ID.
            share: Shares to redeem, e8: 500735294 is 5.00735294 shares.
            principal: Principal of the shares redeemed, `share` times the order's `share_price`, e8: 510749999 is
                5.10749999 (the response's `redeem_principal_dec`).
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.fixed_staking.get_redeem_detail`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: RedeemRecord = await self._client.call(
            _redeem_order.OPERATION,
            request_options,
            payback_currency=payback_currency,
            order_id=order_id,
            share=share,
            principal=principal,
        )
        return result

    async def get_redeem_detail(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> RedeemDetail:
        """Order Redeem Detail: `GET /eth-two/api/v2/order/redeem/detail`.

        Returns an order's redemptions, its profit and fee figures, and, once the order is settled (order
        status 7), its settlement payback.

        Args:
            order_id: Order ID, e.g. 6955835414036922368.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RedeemDetail = await self._client.call(
            _get_redeem_detail.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result
