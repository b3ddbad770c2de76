"""Matrixport Fixed-Income API: one method per operation (generated from the spec; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from matrixport._client import RequestOptions

from .api.fixed_income_api import bind_user_group as _bind_user_group
from .api.fixed_income_api import calculate_investment_trial as _calculate_investment_trial
from .api.fixed_income_api import calculate_redeem_trial as _calculate_redeem_trial
from .api.fixed_income_api import create_order as _create_order
from .api.fixed_income_api import disable_order_auto_renew as _disable_order_auto_renew
from .api.fixed_income_api import enable_order_auto_renew as _enable_order_auto_renew
from .api.fixed_income_api import get_order_detail as _get_order_detail
from .api.fixed_income_api import get_order_result as _get_order_result
from .api.fixed_income_api import get_product_detail as _get_product_detail
from .api.fixed_income_api import get_product_quota as _get_product_quota
from .api.fixed_income_api import get_redeem_detail as _get_redeem_detail
from .api.fixed_income_api import get_redeemable_amount as _get_redeemable_amount
from .api.fixed_income_api import list_auto_renew_products as _list_auto_renew_products
from .api.fixed_income_api import list_coupons as _list_coupons
from .api.fixed_income_api import list_orders as _list_orders
from .api.fixed_income_api import list_products as _list_products
from .api.fixed_income_api import redeem_order as _redeem_order
from .api.fixed_income_public_api import list_apys as _list_apys
from .models.apy_list import ApyList
from .models.coupon_list import CouponList
from .models.investment_trial import InvestmentTrial
from .models.order import Order
from .models.order_created import OrderCreated
from .models.order_list import OrderList
from .models.order_result import OrderResult
from .models.order_status import OrderStatus
from .models.order_type import OrderType
from .models.product import Product
from .models.product_list import ProductList
from .models.product_quota import ProductQuota
from .models.redeem_detail import RedeemDetail
from .models.redeem_record import RedeemRecord
from .models.redeem_trial import RedeemTrial
from .models.redeemable_amount import RedeemableAmount

if TYPE_CHECKING:
    from matrixport import AsyncMatrixport, Matrixport


class FixedIncome:
    """Matrixport Fixed-Income API.

    Fixed-Income: fixed-term products that pay a fixed annual rate over a closed period, with optional
    early redemption, coupons and auto-renewal; plus the Fixed-Income Public API (the APY list, no
    signature needed). Transcribed from the Fixed-Income API document V1.0.0 (2022-05-27). Requests are
    signed (see the `MatrixportSignature` scheme) unless an operation says `security: []`.

    Most paths are under `/fixed-income/api/v2/`; the three auto-renewal endpoints are under
    `/fixed/api/v2/` and the user-group binding under `/group/agency/v1/`, as the document gives them
    (errata FI-1). Times are Unix timestamps in seconds unless a field says milliseconds.
    """

    def __init__(self, client: Matrixport) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def list_products(
        self,
        *,
        currency: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ProductList:
        """Products List: `GET /fixed-income/api/v2/products`.

        Lists the fixed-income products, optionally of one currency, a page at a time. The list does not
        return `fund_investments` or `agreements` (null); get them with
        `client.fixed_income.get_product_detail`.

        Args:
            currency: Available currency: USDT, USDC, BTC, ETH, DAI, DOGE, DOT, LTC. Empty values indicate
                products for all currencies.
            offset: Offset, 0 by default.
            limit: Page limit, 10 by default.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ProductList = self._client.call(
            _list_products.OPERATION,
            request_options,
            currency=currency,
            offset=offset,
            limit=limit,
        )
        return result

    def iter_list_products(
        self,
        *,
        currency: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Product]:
        """Every item of `list_products`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_products.OPERATION,
            request_options,
            max_items,
            currency=currency,
            limit=limit,
        )

    def get_product_detail(
        self,
        *,
        product_id: str,
        request_options: RequestOptions | None = None,
    ) -> Product:
        """Product Detail: `GET /fixed-income/api/v2/product`.

        Returns one product, with its agreements and fund investments (which the product list leaves out).

        Args:
            product_id: Product ID, e.g. 6820591484295766016.
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
        """Remaining Quota: `GET /fixed-income/api/v2/product/quota`.

        Returns a product's remaining quota, the quota still available to the user, and the purchase limits.

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

    def calculate_investment_trial(
        self,
        *,
        product_id: str,
        coupon_ror: Decimal | None = None,
        investment_dec: Decimal,
        request_options: RequestOptions | None = None,
    ) -> InvestmentTrial:
        """Investment Trials: `GET /fixed-income/api/v2/product/invest/trial`.

        Trial calculation of an investment: the estimated settlement amount and profit of investing
        `investment_dec` in a product, optionally with a coupon rate. Changes nothing. The response's
        amounts are decimals in units of the currency; the document's example shows some of them with
        e8-looking values (errata FI-3).

        Args:
            product_id: Product ID, e.g. 6820591484295766016.
            coupon_ror: Coupon profit rate, e8.
            investment_dec: Investment amount, e.g. 100 (errata FI-2).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: InvestmentTrial = self._client.call(
            _calculate_investment_trial.OPERATION,
            request_options,
            product_id=product_id,
            coupon_ror=coupon_ror,
            investment_dec=investment_dec,
        )
        return result

    def get_order_detail(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """Order Details: `GET /fixed-income/api/v2/order`.

        Returns one of the user's orders. Its decimals (`amount_dec`, `payback_dec`, ...) and `product_id`
        may come as strings or as bare JSON numbers (errata FI-8, FI-9).

        Args:
            order_id: Order ID, e.g. 6820608333133701120.
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
        coupon_id: int | None = None,
        serial_number: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OrderCreated:
        """Make Order: `POST /fixed-income/api/v2/order`.

        Places a purchase order for a product. The call is asynchronous: query the outcome with
        `client.fixed_income.get_order_result`, passing the returned `serial_number` (or, as
        `out_serial_number`, the `serial_number` the client sent). The optional request `serial_number` (up
        to 32 characters) is the client's unique serial number, on which the server recognises a repeated
        request (errata FI-6).

        Args:
            product_id: Product ID, e.g. 6820591484295766016.
            amount_dec: Investment amount.
            coupon_id: Coupon ID, an integer; `client.fixed_income.list_coupons` returns coupon ids as strings,
                convert them (errata FI-21).
            serial_number: Unique serial number provided by the client, up to 32 characters, optional. The server
                de-duplicates on it; `client.fixed_income.get_order_result` and the orders call it
                `out_serial_number` (errata FI-6). Idempotency key: generated when not given, reused on every retry.
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            The result, with `idempotency_key` (the `serial_number` sent) and `request_id`.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: OrderCreated = self._client.call(
            _create_order.OPERATION,
            request_options,
            product_id=product_id,
            amount_dec=amount_dec,
            coupon_id=coupon_id,
            serial_number=serial_number,
        )
        return result

    def get_order_result(
        self,
        *,
        serial_number: str | None = None,
        out_serial_number: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OrderResult:
        """Order Result: `GET /fixed-income/api/v2/order/result`.

        Returns the result of an order placed with `client.fixed_income.create_order`. Identify it by
        `serial_number` (the one `client.fixed_income.create_order` returned) or by `out_serial_number` (the
        `serial_number` the client sent to `client.fixed_income.create_order`, if it sent one). While
        `status` is 0 (purchasing) the order is still being processed: ask again.

        Args:
            serial_number: Serial number returned by `client.fixed_income.create_order`, e.g. 6820608333133701120.
            out_serial_number: Serial number provided by the client (the `serial_number` of
                `client.fixed_income.create_order`), if it gave one.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderResult = self._client.call(
            _get_order_result.OPERATION,
            request_options,
            serial_number=serial_number,
            out_serial_number=out_serial_number,
        )
        return result

    def wait_get_order_result(
        self,
        *,
        serial_number: str | None = None,
        out_serial_number: str | None = None,
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
            out_serial_number=out_serial_number,
        )
        return result

    def list_orders(
        self,
        *,
        currency: str | None = None,
        order_status: list[OrderStatus] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        end_closed_time: int | None = None,
        only_need_count: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OrderList:
        """Order List: `GET /fixed-income/api/v2/orders`.

        Lists the user's orders, optionally filtered by currency, order status and close end time, a page at
        a time. Several statuses are sent by repeating the key (`order_status=1&order_status=4`); each
        occurrence is one `key=value` pair in the string to sign, in the order sent (errata SH-4).

        Args:
            currency: Investment currency.
            order_status: Order statuses to return: 1 pre-order, 3 canceled (final), 4 holding, 5 pending, 6 settling,
                7 settled (final), 15 redeemed all (final), 16 redeeming. Repeat the key for several values.
            offset: Offset.
            limit: Limit per page.
            end_closed_time: Close end time of the order, Unix timestamp (seconds, like the orders' times).
            only_need_count: Only the number of orders is needed: no items are returned, the data has only `count`. A
                string; the value to send is not documented (presumably `true`, errata FI-10).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderList = self._client.call(
            _list_orders.OPERATION,
            request_options,
            currency=currency,
            order_status=order_status,
            offset=offset,
            limit=limit,
            end_closed_time=end_closed_time,
            only_need_count=only_need_count,
        )
        return result

    def iter_list_orders(
        self,
        *,
        currency: str | None = None,
        order_status: list[OrderStatus] | None = None,
        limit: int | None = None,
        end_closed_time: int | None = None,
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
            currency=currency,
            order_status=order_status,
            limit=limit,
            end_closed_time=end_closed_time,
            only_need_count=only_need_count,
        )

    def disable_order_auto_renew(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Turn Off Auto-renewal of an Order: `POST /fixed/api/v2/order/auto_renew/switch/off`.

        Turns off auto-renewal of an order. The path is under `/fixed/api/v2/`, not `/fixed-income/api/v2/`
        like most of Fixed-Income, as the document gives it (errata FI-1).

        Args:
            order_id: Order ID, e.g. 6820626049743773696.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: None = self._client.call(
            _disable_order_auto_renew.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    def enable_order_auto_renew(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Turn On Auto-renewal of an Order: `POST /fixed/api/v2/order/auto_renew/switch/on`.

        Turns on auto-renewal of an order. The path is under `/fixed/api/v2/`, not `/fixed-income/api/v2/`
        like most of Fixed-Income, as the document gives it (errata FI-1).

        Args:
            order_id: Order ID, e.g. 6820626049743773696.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: None = self._client.call(
            _enable_order_auto_renew.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    def list_auto_renew_products(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> ProductList:
        """Auto Renewal Products: `GET /fixed/api/v2/order/auto_renew/products`.

        Lists the products an order can be auto-renewed into, in the shape of the product list (errata
        FI-14). The path is under `/fixed/api/v2/`, as the document gives it (errata FI-1).

        Args:
            order_id: Order ID, e.g. 6820608333133701120.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ProductList = self._client.call(
            _list_auto_renew_products.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    def get_redeemable_amount(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> RedeemableAmount:
        """Get Redeemable Amount of an Order: `GET /fixed-income/api/v2/order/redeem/amount`.

        Returns the largest principal amount of an order that can be redeemed now.

        Args:
            order_id: Order ID, e.g. 6820626049743773696.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RedeemableAmount = self._client.call(
            _get_redeemable_amount.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    def calculate_redeem_trial(
        self,
        *,
        order_id: str,
        principal_dec: Decimal,
        request_options: RequestOptions | None = None,
    ) -> RedeemTrial:
        """Trial Calculation of Redemption: `GET /fixed-income/api/v2/order/redeem/trail`.

        Trial calculation of redeeming `principal_dec` of an order early: the redemption rate, the amount
        that would be received and the profit. Changes nothing. The path is spelled `redeem/trail` (sic),
        the only spelling the document gives (errata FI-15).

        Args:
            order_id: Order ID, e.g. 6820626049743773696.
            principal_dec: Principal to redeem, a decimal, e.g. "100.0".
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RedeemTrial = self._client.call(
            _calculate_redeem_trial.OPERATION,
            request_options,
            order_id=order_id,
            principal_dec=principal_dec,
        )
        return result

    def redeem_order(
        self,
        *,
        order_id: str,
        principal_dec: Decimal,
        request_options: RequestOptions | None = None,
    ) -> RedeemRecord:
        """Redeem an Order: `POST /fixed-income/api/v2/order/redeem`.

        Redeems `principal_dec` of an order early. If `principal_dec` exceeds the principal left, all the
        principal left is redeemed, with no warning or error. The redemption is created with `status` 1 and
        completes later: follow it with `client.fixed_income.get_redeem_detail`. There is no de-duplication
        key: a retried call may redeem twice (errata FI-18).

        Args:
            order_id: Order ID, e.g. 6820626049743773696.
            principal_dec: Principal to redeem, a decimal, e.g. "100.0". If it exceeds the principal left, all the
                principal left is redeemed, with no warning or error.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.fixed_income.get_redeem_detail`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: RedeemRecord = self._client.call(
            _redeem_order.OPERATION,
            request_options,
            order_id=order_id,
            principal_dec=principal_dec,
        )
        return result

    def get_redeem_detail(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> RedeemDetail:
        """Get Redemption Detail: `GET /fixed-income/api/v2/order/redeem/detail`.

        Returns an order's redemptions and the amount still being redeemed. A redemption's `id` may come as
        a number or as a string (errata FI-16).

        Args:
            order_id: Order ID, e.g. 6820626049743773696.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RedeemDetail = self._client.call(
            _get_redeem_detail.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    def list_coupons(
        self,
        *,
        product_id: str,
        order_id: str,
        amount_dec: Decimal | None = None,
        order_type: OrderType | None = None,
        request_options: RequestOptions | None = None,
    ) -> CouponList:
        """Coupon List: `GET /fixed-income/api/v2/order/coupons`.

        Lists the user's coupons for investing in a product (a new order or the renewal of an order), each
        saying whether it is available.

        Args:
            product_id: Product ID, e.g. 6820617394550005760.
            order_id: Order ID, e.g. 6820967743295119360.
            amount_dec: Investment amount.
            order_type: Order type: 0 new order, 1 renewal order.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: CouponList = self._client.call(
            _list_coupons.OPERATION,
            request_options,
            product_id=product_id,
            order_id=order_id,
            amount_dec=amount_dec,
            order_type=order_type,
        )
        return result

    def bind_user_group(
        self,
        *,
        user_id: str,
        group_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """User Group: `POST /group/agency/v1/user/bind`.

        Binds a user to a group (agency user group), as the path says (errata FI-22).

        Args:
            user_id: User ID.
            group_id: Group ID.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: None = self._client.call(
            _bind_user_group.OPERATION,
            request_options,
            user_id=user_id,
            group_id=group_id,
        )
        return result

    def list_apys(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApyList:
        """Apy List: `GET /fixed-income/api/v2/public/apy`.

        Public list of the fixed-income APYs by currency and tenor, with the purchase limits. Needs no
        signature (errata FI-23).

        """
        result: ApyList = self._client.call(
            _list_apys.OPERATION,
            request_options,
        )
        return result


class AsyncFixedIncome:
    """Matrixport Fixed-Income API for asyncio.

    Fixed-Income: fixed-term products that pay a fixed annual rate over a closed period, with optional
    early redemption, coupons and auto-renewal; plus the Fixed-Income Public API (the APY list, no
    signature needed). Transcribed from the Fixed-Income API document V1.0.0 (2022-05-27). Requests are
    signed (see the `MatrixportSignature` scheme) unless an operation says `security: []`.

    Most paths are under `/fixed-income/api/v2/`; the three auto-renewal endpoints are under
    `/fixed/api/v2/` and the user-group binding under `/group/agency/v1/`, as the document gives them
    (errata FI-1). Times are Unix timestamps in seconds unless a field says milliseconds.
    """

    def __init__(self, client: AsyncMatrixport) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def list_products(
        self,
        *,
        currency: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ProductList:
        """Products List: `GET /fixed-income/api/v2/products`.

        Lists the fixed-income products, optionally of one currency, a page at a time. The list does not
        return `fund_investments` or `agreements` (null); get them with
        `client.fixed_income.get_product_detail`.

        Args:
            currency: Available currency: USDT, USDC, BTC, ETH, DAI, DOGE, DOT, LTC. Empty values indicate
                products for all currencies.
            offset: Offset, 0 by default.
            limit: Page limit, 10 by default.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ProductList = await self._client.call(
            _list_products.OPERATION,
            request_options,
            currency=currency,
            offset=offset,
            limit=limit,
        )
        return result

    def iter_list_products(
        self,
        *,
        currency: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Product]:
        """Every item of `list_products`, page after page (`offset` is managed for you), at most `max_items`.

        Requests are made as the iterator advances.
        """
        return self._client.paginate(
            _list_products.OPERATION,
            request_options,
            max_items,
            currency=currency,
            limit=limit,
        )

    async def get_product_detail(
        self,
        *,
        product_id: str,
        request_options: RequestOptions | None = None,
    ) -> Product:
        """Product Detail: `GET /fixed-income/api/v2/product`.

        Returns one product, with its agreements and fund investments (which the product list leaves out).

        Args:
            product_id: Product ID, e.g. 6820591484295766016.
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
        """Remaining Quota: `GET /fixed-income/api/v2/product/quota`.

        Returns a product's remaining quota, the quota still available to the user, and the purchase limits.

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

    async def calculate_investment_trial(
        self,
        *,
        product_id: str,
        coupon_ror: Decimal | None = None,
        investment_dec: Decimal,
        request_options: RequestOptions | None = None,
    ) -> InvestmentTrial:
        """Investment Trials: `GET /fixed-income/api/v2/product/invest/trial`.

        Trial calculation of an investment: the estimated settlement amount and profit of investing
        `investment_dec` in a product, optionally with a coupon rate. Changes nothing. The response's
        amounts are decimals in units of the currency; the document's example shows some of them with
        e8-looking values (errata FI-3).

        Args:
            product_id: Product ID, e.g. 6820591484295766016.
            coupon_ror: Coupon profit rate, e8.
            investment_dec: Investment amount, e.g. 100 (errata FI-2).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: InvestmentTrial = await self._client.call(
            _calculate_investment_trial.OPERATION,
            request_options,
            product_id=product_id,
            coupon_ror=coupon_ror,
            investment_dec=investment_dec,
        )
        return result

    async def get_order_detail(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """Order Details: `GET /fixed-income/api/v2/order`.

        Returns one of the user's orders. Its decimals (`amount_dec`, `payback_dec`, ...) and `product_id`
        may come as strings or as bare JSON numbers (errata FI-8, FI-9).

        Args:
            order_id: Order ID, e.g. 6820608333133701120.
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
        coupon_id: int | None = None,
        serial_number: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OrderCreated:
        """Make Order: `POST /fixed-income/api/v2/order`.

        Places a purchase order for a product. The call is asynchronous: query the outcome with
        `client.fixed_income.get_order_result`, passing the returned `serial_number` (or, as
        `out_serial_number`, the `serial_number` the client sent). The optional request `serial_number` (up
        to 32 characters) is the client's unique serial number, on which the server recognises a repeated
        request (errata FI-6).

        Args:
            product_id: Product ID, e.g. 6820591484295766016.
            amount_dec: Investment amount.
            coupon_id: Coupon ID, an integer; `client.fixed_income.list_coupons` returns coupon ids as strings,
                convert them (errata FI-21).
            serial_number: Unique serial number provided by the client, up to 32 characters, optional. The server
                de-duplicates on it; `client.fixed_income.get_order_result` and the orders call it
                `out_serial_number` (errata FI-6). Idempotency key: generated when not given, reused on every retry.
            request_options: Per-call timeout, extra headers or request id.

        Returns:
            The result, with `idempotency_key` (the `serial_number` sent) and `request_id`.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                `client.resolve(error)` looks it up by `error.idempotency_key`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: OrderCreated = await self._client.call(
            _create_order.OPERATION,
            request_options,
            product_id=product_id,
            amount_dec=amount_dec,
            coupon_id=coupon_id,
            serial_number=serial_number,
        )
        return result

    async def get_order_result(
        self,
        *,
        serial_number: str | None = None,
        out_serial_number: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OrderResult:
        """Order Result: `GET /fixed-income/api/v2/order/result`.

        Returns the result of an order placed with `client.fixed_income.create_order`. Identify it by
        `serial_number` (the one `client.fixed_income.create_order` returned) or by `out_serial_number` (the
        `serial_number` the client sent to `client.fixed_income.create_order`, if it sent one). While
        `status` is 0 (purchasing) the order is still being processed: ask again.

        Args:
            serial_number: Serial number returned by `client.fixed_income.create_order`, e.g. 6820608333133701120.
            out_serial_number: Serial number provided by the client (the `serial_number` of
                `client.fixed_income.create_order`), if it gave one.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderResult = await self._client.call(
            _get_order_result.OPERATION,
            request_options,
            serial_number=serial_number,
            out_serial_number=out_serial_number,
        )
        return result

    async def wait_get_order_result(
        self,
        *,
        serial_number: str | None = None,
        out_serial_number: str | None = None,
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
            out_serial_number=out_serial_number,
        )
        return result

    async def list_orders(
        self,
        *,
        currency: str | None = None,
        order_status: list[OrderStatus] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        end_closed_time: int | None = None,
        only_need_count: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OrderList:
        """Order List: `GET /fixed-income/api/v2/orders`.

        Lists the user's orders, optionally filtered by currency, order status and close end time, a page at
        a time. Several statuses are sent by repeating the key (`order_status=1&order_status=4`); each
        occurrence is one `key=value` pair in the string to sign, in the order sent (errata SH-4).

        Args:
            currency: Investment currency.
            order_status: Order statuses to return: 1 pre-order, 3 canceled (final), 4 holding, 5 pending, 6 settling,
                7 settled (final), 15 redeemed all (final), 16 redeeming. Repeat the key for several values.
            offset: Offset.
            limit: Limit per page.
            end_closed_time: Close end time of the order, Unix timestamp (seconds, like the orders' times).
            only_need_count: Only the number of orders is needed: no items are returned, the data has only `count`. A
                string; the value to send is not documented (presumably `true`, errata FI-10).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderList = await self._client.call(
            _list_orders.OPERATION,
            request_options,
            currency=currency,
            order_status=order_status,
            offset=offset,
            limit=limit,
            end_closed_time=end_closed_time,
            only_need_count=only_need_count,
        )
        return result

    def iter_list_orders(
        self,
        *,
        currency: str | None = None,
        order_status: list[OrderStatus] | None = None,
        limit: int | None = None,
        end_closed_time: int | None = None,
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
            currency=currency,
            order_status=order_status,
            limit=limit,
            end_closed_time=end_closed_time,
            only_need_count=only_need_count,
        )

    async def disable_order_auto_renew(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Turn Off Auto-renewal of an Order: `POST /fixed/api/v2/order/auto_renew/switch/off`.

        Turns off auto-renewal of an order. The path is under `/fixed/api/v2/`, not `/fixed-income/api/v2/`
        like most of Fixed-Income, as the document gives it (errata FI-1).

        Args:
            order_id: Order ID, e.g. 6820626049743773696.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: None = await self._client.call(
            _disable_order_auto_renew.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    async def enable_order_auto_renew(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Turn On Auto-renewal of an Order: `POST /fixed/api/v2/order/auto_renew/switch/on`.

        Turns on auto-renewal of an order. The path is under `/fixed/api/v2/`, not `/fixed-income/api/v2/`
        like most of Fixed-Income, as the document gives it (errata FI-1).

        Args:
            order_id: Order ID, e.g. 6820626049743773696.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: None = await self._client.call(
            _enable_order_auto_renew.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    async def list_auto_renew_products(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> ProductList:
        """Auto Renewal Products: `GET /fixed/api/v2/order/auto_renew/products`.

        Lists the products an order can be auto-renewed into, in the shape of the product list (errata
        FI-14). The path is under `/fixed/api/v2/`, as the document gives it (errata FI-1).

        Args:
            order_id: Order ID, e.g. 6820608333133701120.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ProductList = await self._client.call(
            _list_auto_renew_products.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    async def get_redeemable_amount(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> RedeemableAmount:
        """Get Redeemable Amount of an Order: `GET /fixed-income/api/v2/order/redeem/amount`.

        Returns the largest principal amount of an order that can be redeemed now.

        Args:
            order_id: Order ID, e.g. 6820626049743773696.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RedeemableAmount = await self._client.call(
            _get_redeemable_amount.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    async def calculate_redeem_trial(
        self,
        *,
        order_id: str,
        principal_dec: Decimal,
        request_options: RequestOptions | None = None,
    ) -> RedeemTrial:
        """Trial Calculation of Redemption: `GET /fixed-income/api/v2/order/redeem/trail`.

        Trial calculation of redeeming `principal_dec` of an order early: the redemption rate, the amount
        that would be received and the profit. Changes nothing. The path is spelled `redeem/trail` (sic),
        the only spelling the document gives (errata FI-15).

        Args:
            order_id: Order ID, e.g. 6820626049743773696.
            principal_dec: Principal to redeem, a decimal, e.g. "100.0".
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RedeemTrial = await self._client.call(
            _calculate_redeem_trial.OPERATION,
            request_options,
            order_id=order_id,
            principal_dec=principal_dec,
        )
        return result

    async def redeem_order(
        self,
        *,
        order_id: str,
        principal_dec: Decimal,
        request_options: RequestOptions | None = None,
    ) -> RedeemRecord:
        """Redeem an Order: `POST /fixed-income/api/v2/order/redeem`.

        Redeems `principal_dec` of an order early. If `principal_dec` exceeds the principal left, all the
        principal left is redeemed, with no warning or error. The redemption is created with `status` 1 and
        completes later: follow it with `client.fixed_income.get_redeem_detail`. There is no de-duplication
        key: a retried call may redeem twice (errata FI-18).

        Args:
            order_id: Order ID, e.g. 6820626049743773696.
            principal_dec: Principal to redeem, a decimal, e.g. "100.0". If it exceeds the principal left, all the
                principal left is redeemed, with no warning or error.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.fixed_income.get_redeem_detail`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: RedeemRecord = await self._client.call(
            _redeem_order.OPERATION,
            request_options,
            order_id=order_id,
            principal_dec=principal_dec,
        )
        return result

    async def get_redeem_detail(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> RedeemDetail:
        """Get Redemption Detail: `GET /fixed-income/api/v2/order/redeem/detail`.

        Returns an order's redemptions and the amount still being redeemed. A redemption's `id` may come as
        a number or as a string (errata FI-16).

        Args:
            order_id: Order ID, e.g. 6820626049743773696.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RedeemDetail = await self._client.call(
            _get_redeem_detail.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    async def list_coupons(
        self,
        *,
        product_id: str,
        order_id: str,
        amount_dec: Decimal | None = None,
        order_type: OrderType | None = None,
        request_options: RequestOptions | None = None,
    ) -> CouponList:
        """Coupon List: `GET /fixed-income/api/v2/order/coupons`.

        Lists the user's coupons for investing in a product (a new order or the renewal of an order), each
        saying whether it is available.

        Args:
            product_id: Product ID, e.g. 6820617394550005760.
            order_id: Order ID, e.g. 6820967743295119360.
            amount_dec: Investment amount.
            order_type: Order type: 0 new order, 1 renewal order.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: CouponList = await self._client.call(
            _list_coupons.OPERATION,
            request_options,
            product_id=product_id,
            order_id=order_id,
            amount_dec=amount_dec,
            order_type=order_type,
        )
        return result

    async def bind_user_group(
        self,
        *,
        user_id: str,
        group_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """User Group: `POST /group/agency/v1/user/bind`.

        Binds a user to a group (agency user group), as the path says (errata FI-22).

        Args:
            user_id: User ID.
            group_id: Group ID.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: None = await self._client.call(
            _bind_user_group.OPERATION,
            request_options,
            user_id=user_id,
            group_id=group_id,
        )
        return result

    async def list_apys(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApyList:
        """Apy List: `GET /fixed-income/api/v2/public/apy`.

        Public list of the fixed-income APYs by currency and tenor, with the purchase limits. Needs no
        signature (errata FI-23).

        """
        result: ApyList = await self._client.call(
            _list_apys.OPERATION,
            request_options,
        )
        return result
