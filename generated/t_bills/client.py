"""Matrixport T-Bills API: one method per operation (generated from the spec; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from matrixport._client import RequestOptions
from matrixport._results import Download

from .api.t_bills import add_address_to_whitelist as _add_address_to_whitelist
from .api.t_bills import create_deposit as _create_deposit
from .api.t_bills import create_redemption as _create_redemption
from .api.t_bills import download_statement as _download_statement
from .api.t_bills import get_address_whitelist_status as _get_address_whitelist_status
from .api.t_bills import get_latest_monthly_report as _get_latest_monthly_report
from .api.t_bills import get_max_redeem_amount as _get_max_redeem_amount
from .api.t_bills import get_order_detail as _get_order_detail
from .api.t_bills import get_order_result as _get_order_result
from .api.t_bills import get_processing_asset as _get_processing_asset
from .api.t_bills import get_product_asset as _get_product_asset
from .api.t_bills import get_product_detail as _get_product_detail
from .api.t_bills import get_user_balance as _get_user_balance
from .api.t_bills import get_user_brief_profit as _get_user_brief_profit
from .api.t_bills import list_orders as _list_orders
from .api.t_bills import list_product_apy_history as _list_product_apy_history
from .api.t_bills import list_product_statements as _list_product_statements
from .api.t_bills import list_products as _list_products
from .api.t_bills import list_user_addresses as _list_user_addresses
from .api.t_bills import list_user_profits as _list_user_profits
from .api.t_bills import preview_deposit as _preview_deposit
from .api.t_bills import preview_redemption as _preview_redemption
from .api.t_bills import render_product_agreement as _render_product_agreement
from .models.address_whitelist_status import AddressWhitelistStatus
from .models.deposit_preview import DepositPreview
from .models.max_redeem_amount import MaxRedeemAmount
from .models.monthly_report import MonthlyReport
from .models.order import Order
from .models.order_list import OrderList
from .models.order_result import OrderResult
from .models.processing_asset import ProcessingAsset
from .models.product_apy_history import ProductApyHistory
from .models.product_asset import ProductAsset
from .models.product_detail import ProductDetail
from .models.product_list import ProductList
from .models.redeem_preview import RedeemPreview
from .models.statement_list import StatementList
from .models.user_address import UserAddress
from .models.user_balance import UserBalance
from .models.user_brief_profit import UserBriefProfit
from .models.user_profit_list import UserProfitList

if TYPE_CHECKING:
    from matrixport import AsyncMatrixport, Matrixport


class TBills:
    """Matrixport T-Bills API.

    T-Bills (STBT): deposit stablecoins to mint STBT, a token backed by short-term US Treasury bills,
    and redeem STBT for stablecoins. Only accredited investors are eligible to call this API. Covers the
    STBT address whitelist, the product list and its documents (statements, assets, APY history,
    agreement), the user's addresses, balances and profits, and deposit / redemption orders. Transcribed
    from the T-Bills API document V1.0.0 (2023-02-07). Requests are signed (see the
    `MatrixportSignature` scheme).
    """

    def __init__(self, client: Matrixport) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def get_address_whitelist_status(
        self,
        *,
        address: str,
        request_options: RequestOptions | None = None,
    ) -> AddressWhitelistStatus:
        """Retrieve Address status: `GET /mapi/v1/stbt/address`.

        Returns the whitelist status of an STBT address: 0 not in the whitelist, 1 processing, 2 success.

        Args:
            address: Address.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: AddressWhitelistStatus = self._client.call(
            _get_address_whitelist_status.OPERATION,
            request_options,
            address=address,
        )
        return result

    def add_address_to_whitelist(
        self,
        *,
        address: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Add Address To Whitelist: `POST /mapi/v1/stbt/address`.

        Adds an STBT address (the user's wallet address) to the whitelist. The whitelist entry it creates
        has no id of its own: it is identified by the address, and its progress is read with
        `client.t_bills.get_address_whitelist_status` (status 1 processing, 2 success). The document names
        no de-duplication key and does not say what adding an address twice does. The response carries no
        `data`.

        Args:
            address: Address (the user's STBT wallet address) to add to the whitelist.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.t_bills.get_address_whitelist_status`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: None = self._client.call(
            _add_address_to_whitelist.OPERATION,
            request_options,
            address=address,
        )
        return result

    def list_products(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ProductList:
        """Product List: `GET /bond/api/v1/product/list`.

        Returns the T-Bills products.

        Args:
            limit: Undocumented; appears only in the curl example. Presumably the maximum number of products
                returned (errata TB-5).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ProductList = self._client.call(
            _list_products.OPERATION,
            request_options,
            limit=limit,
        )
        return result

    def get_product_detail(
        self,
        *,
        product_id: str,
        request_options: RequestOptions | None = None,
    ) -> ProductDetail:
        """Product Detail: `GET /bond/api/v1/product/detail`.

        Returns one T-Bills product.

        Args:
            product_id: Product ID, e.g. 7016600587613560832.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ProductDetail = self._client.call(
            _get_product_detail.OPERATION,
            request_options,
            product_id=product_id,
        )
        return result

    def list_product_statements(
        self,
        *,
        product_id: str,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> StatementList:
        """Product Statement: `GET /bond/api/v1/product/statement`.

        Returns a product's statements (legal documents, audit reports, asset reports, other). Download one
        with `client.t_bills.download_statement` and its `short_uri`.

        Args:
            product_id: Product ID, e.g. 7016600587613560832.
            limit: Undocumented; appears only in the curl example. Presumably the maximum number of statements
                returned (errata TB-5).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: StatementList = self._client.call(
            _list_product_statements.OPERATION,
            request_options,
            product_id=product_id,
            limit=limit,
        )
        return result

    def get_product_asset(
        self,
        *,
        product_id: str,
        request_options: RequestOptions | None = None,
    ) -> ProductAsset:
        """Product Asset: `GET /bond/api/v1/product/asset`.

        Returns a product's asset figures. Only `asset_nav` is current; the other fields are deprecated
        (errata TB-15).

        Args:
            product_id: Product ID, e.g. 7016600587613560832.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ProductAsset = self._client.call(
            _get_product_asset.OPERATION,
            request_options,
            product_id=product_id,
        )
        return result

    def list_product_apy_history(
        self,
        *,
        product_id: str,
        start_time: str,
        request_options: RequestOptions | None = None,
    ) -> ProductApyHistory:
        """Product apy: `GET /bond/api/v1/product/apy`.

        Returns a product's APY history (one record per rebase) since `start_time`. The response is NOT
        wrapped in the `{code, message, data}` envelope: the body is the `{total, items}` object itself.

        Args:
            product_id: Product ID, e.g. 7016600587613560832.
            start_time: Start timestamp, in milliseconds since the Unix epoch (e.g. 1682586471266), as a string.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ProductApyHistory = self._client.call(
            _list_product_apy_history.OPERATION,
            request_options,
            product_id=product_id,
            start_time=start_time,
        )
        return result

    def render_product_agreement(
        self,
        *,
        product_id: str,
        agreement_no: str,
        address: str,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Product Agreement Render: `POST /bond/api/v1/product/agreement-render`.

        Renders a product agreement (`agreement_no` is an `agreement` of the product's `agreements`, e.g.
        `stbt_agreement001`) for a user's wallet address and returns the rendered text. Changes nothing.

        Args:
            product_id: Product ID, e.g. 7016600587613560832.
            agreement_no: Agreement number: an `agreement` of the product's `agreements` (e.g. stbt_agreement001).
            address: User wallet address.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: str = self._client.call(
            _render_product_agreement.OPERATION,
            request_options,
            product_id=product_id,
            agreement_no=agreement_no,
            address=address,
        )
        return result

    def download_statement(
        self,
        *,
        short_uri: str,
        request_options: RequestOptions | None = None,
    ) -> Download:
        """Statement Download: `GET /bond/api/v1/d/{short_uri}`.

        Downloads a statement file by the `short_uri` of a statement listed by
        `client.t_bills.list_product_statements`. The response is the file itself (presumably a PDF), not
        JSON and not enveloped; the document does not show it (errata TB-16).

        Args:
            short_uri: Short URI of the statement (`short_uri` from `client.t_bills.list_product_statements`), e.g.
                6HBJpi.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: Download = self._client.call(
            _download_statement.OPERATION,
            request_options,
            short_uri=short_uri,
        )
        return result

    def list_user_addresses(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[UserAddress]:
        """User Address: `GET /bond/api/v1/user/address`.

        Returns the user's STBT addresses with their type and status.

        """
        result: list[UserAddress] = self._client.call(
            _list_user_addresses.OPERATION,
            request_options,
        )
        return result

    def get_user_balance(
        self,
        *,
        currency: str,
        request_options: RequestOptions | None = None,
    ) -> UserBalance:
        """User Balance: `GET /bond/api/v1/user/balance`.

        Returns the user's balance in one currency.

        Args:
            currency: Currency for which the balance needs to be queried.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: UserBalance = self._client.call(
            _get_user_balance.OPERATION,
            request_options,
            currency=currency,
        )
        return result

    def get_max_redeem_amount(
        self,
        *,
        product_id: str,
        address: str,
        request_options: RequestOptions | None = None,
    ) -> MaxRedeemAmount:
        """Max Redeem Amount: `GET /bond/api/v1/order/withdraw/max_amount`.

        Returns the maximum amount of STBT the user can redeem from an address: the user's STBT balance
        minus the amount being redeemed.

        Args:
            product_id: Product id, e.g. 7016600587613560832.
            address: STBT address of user.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: MaxRedeemAmount = self._client.call(
            _get_max_redeem_amount.OPERATION,
            request_options,
            product_id=product_id,
            address=address,
        )
        return result

    def create_deposit(
        self,
        *,
        address: str,
        amount: Decimal,
        ask_price_id: str,
        payment_currency: str,
        product_id: str,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Deposit: `POST /bond/api/v1/order/deposit`.

        Places a deposit order: pays `amount` in `payment_currency` to mint STBT to the user's address. The
        call is asynchronous: it returns the order id, and the outcome is read with
        `client.t_bills.get_order_result`. There is no de-duplication key (no client order id or serial
        number), so a retried request may place a second order (errata TB-27). Try it first with
        `client.t_bills.preview_deposit`.

        Args:
            address: STBT address of user.
            amount: The deposit amount, presumably in `payment_currency` (compare
                `client.t_bills.preview_deposit`'s `principal`; errata TB-18).
            ask_price_id: Ask price id: the `price_id` of a price quotation (the `AskPrice` schema). It may be the
                empty string when `payment_currency` is the product's currency (errata TB-18).
            payment_currency: Payment currency.
            product_id: Product id.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.t_bills.get_order_result`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: str = self._client.call(
            _create_deposit.OPERATION,
            request_options,
            address=address,
            amount=amount,
            ask_price_id=ask_price_id,
            payment_currency=payment_currency,
            product_id=product_id,
        )
        return result

    def preview_deposit(
        self,
        *,
        product_id: str,
        payment_currency: str,
        principal: Decimal,
        request_options: RequestOptions | None = None,
    ) -> DepositPreview:
        """Deposit Preview: `GET /bond/api/v1/order/deposit/preview`.

        Trial calculation of a deposit: the STBT amount, fiat conversion fee, reference APY and estimated
        daily interest for paying `principal` in `payment_currency`. Places no order.

        Args:
            product_id: Product id, e.g. 7016600587613560832.
            payment_currency: Payment currency during deposit.
            principal: Payment amount during deposit, in `payment_currency`.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: DepositPreview = self._client.call(
            _preview_deposit.OPERATION,
            request_options,
            product_id=product_id,
            payment_currency=payment_currency,
            principal=principal,
        )
        return result

    def create_redemption(
        self,
        *,
        address: str,
        amount: Decimal,
        currency: str,
        product_id: str,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Redeem: `POST /bond/api/v1/order/withdraw`.

        Places a redemption order: burns `amount` of the user's STBT and settles in `currency`. The call is
        asynchronous: it returns the order id, and the outcome is read with
        `client.t_bills.get_order_result`. There is no de-duplication key (no client order id or serial
        number), so a retried request may place a second order (errata TB-27). Try it first with
        `client.t_bills.preview_redemption`; `client.t_bills.get_max_redeem_amount` gives the upper bound.

        Args:
            address: STBT address of user.
            amount: Redeem amount (of STBT).
            currency: Redeem currency (the currency the redemption settles in).
            product_id: Product id.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.t_bills.get_order_result`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: str = self._client.call(
            _create_redemption.OPERATION,
            request_options,
            address=address,
            amount=amount,
            currency=currency,
            product_id=product_id,
        )
        return result

    def preview_redemption(
        self,
        *,
        product_id: str,
        principal: Decimal,
        currency: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> RedeemPreview:
        """Redeem Preview: `GET /bond/api/v1/order/withdraw/preview`.

        Trial calculation of a redemption of `principal` STBT: the service fee, its rate and the STBT to be
        burnt. Places no order.

        Args:
            product_id: Product id, e.g. 7016600587613560832.
            principal: Redeem STBT amount.
            currency: Undocumented; appears only in the curl example. Presumably the redemption (settlement)
                currency, as `currency` of `client.t_bills.create_redemption` (errata TB-5).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RedeemPreview = self._client.call(
            _preview_redemption.OPERATION,
            request_options,
            product_id=product_id,
            principal=principal,
            currency=currency,
        )
        return result

    def get_order_result(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> OrderResult:
        """Order Result: `GET /bond/api/v1/order/result`.

        Returns the result of a deposit or redemption order (the order id returned by
        `client.t_bills.create_deposit` / `client.t_bills.create_redemption`). `status` is an order status:
        60 completed, 70 failed, 10 cancelled, 1 initial; any other value means the order is still
        processing.

        Args:
            order_id: Order id, e.g. 7026913053715312640.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderResult = self._client.call(
            _get_order_result.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    def wait_get_order_result(
        self,
        *,
        order_id: str,
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
            order_id=order_id,
        )
        return result

    def list_orders(
        self,
        *,
        product_id: str,
        address: str,
        limit: int,
        offset: int,
        request_options: RequestOptions | None = None,
    ) -> OrderList:
        """Query Order: `GET /bond/api/v1/order/list`.

        Returns a page of the user's deposit and redemption orders on a product for an STBT address.

        Args:
            product_id: Product id, e.g. 7016600587613560832.
            address: STBT address of user.
            limit: Quantity per page.
            offset: Offset.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderList = self._client.call(
            _list_orders.OPERATION,
            request_options,
            product_id=product_id,
            address=address,
            limit=limit,
            offset=offset,
        )
        return result

    def iter_list_orders(
        self,
        *,
        product_id: str,
        address: str,
        limit: int,
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
            product_id=product_id,
            address=address,
            limit=limit,
        )

    def get_order_detail(
        self,
        *,
        id: str,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """Order Detail: `GET /bond/api/v1/order/detail/{id}`.

        Returns one deposit or redemption order by its id (a path parameter).

        Args:
            id: Order id, e.g. 7016600587613560832.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: Order = self._client.call(
            _get_order_detail.OPERATION,
            request_options,
            id=id,
        )
        return result

    def list_user_profits(
        self,
        *,
        product_id: str,
        user_address: str,
        request_options: RequestOptions | None = None,
    ) -> UserProfitList:
        """User Profit List: `GET /bond/api/v1/user/profit`.

        Returns the user's total profit on a product and the profit of each rebase.

        Args:
            product_id: Product id, e.g. 7016600587613560832.
            user_address: STBT address of user.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: UserProfitList = self._client.call(
            _list_user_profits.OPERATION,
            request_options,
            product_id=product_id,
            user_address=user_address,
        )
        return result

    def get_user_brief_profit(
        self,
        *,
        product_id: str,
        user_address: str,
        request_options: RequestOptions | None = None,
    ) -> UserBriefProfit:
        """User Brief Profit: `GET /bond/api/v1/user/brief-profit`.

        Returns the user's total and latest profit on a product.

        Args:
            product_id: Product id, e.g. 7016600587613560832.
            user_address: STBT address of user.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: UserBriefProfit = self._client.call(
            _get_user_brief_profit.OPERATION,
            request_options,
            product_id=product_id,
            user_address=user_address,
        )
        return result

    def get_processing_asset(
        self,
        *,
        product_id: str,
        address: str,
        request_options: RequestOptions | None = None,
    ) -> ProcessingAsset:
        """processing asset: `GET /bond/api/v1/user/processing-asset`.

        Returns the amounts of the user's deposits and redemptions still being processed on a product.

        Args:
            product_id: Product id, e.g. 7016600587613560832.
            address: STBT address of the user.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ProcessingAsset = self._client.call(
            _get_processing_asset.OPERATION,
            request_options,
            product_id=product_id,
            address=address,
        )
        return result

    def get_latest_monthly_report(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> MonthlyReport:
        """Monthly Report: `GET /bond/api/v1/monthly-report/latest`.

        Returns the latest monthly report of the T-Bills portfolio. Takes no parameters.

        """
        result: MonthlyReport = self._client.call(
            _get_latest_monthly_report.OPERATION,
            request_options,
        )
        return result


class AsyncTBills:
    """Matrixport T-Bills API for asyncio.

    T-Bills (STBT): deposit stablecoins to mint STBT, a token backed by short-term US Treasury bills,
    and redeem STBT for stablecoins. Only accredited investors are eligible to call this API. Covers the
    STBT address whitelist, the product list and its documents (statements, assets, APY history,
    agreement), the user's addresses, balances and profits, and deposit / redemption orders. Transcribed
    from the T-Bills API document V1.0.0 (2023-02-07). Requests are signed (see the
    `MatrixportSignature` scheme).
    """

    def __init__(self, client: AsyncMatrixport) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def get_address_whitelist_status(
        self,
        *,
        address: str,
        request_options: RequestOptions | None = None,
    ) -> AddressWhitelistStatus:
        """Retrieve Address status: `GET /mapi/v1/stbt/address`.

        Returns the whitelist status of an STBT address: 0 not in the whitelist, 1 processing, 2 success.

        Args:
            address: Address.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: AddressWhitelistStatus = await self._client.call(
            _get_address_whitelist_status.OPERATION,
            request_options,
            address=address,
        )
        return result

    async def add_address_to_whitelist(
        self,
        *,
        address: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Add Address To Whitelist: `POST /mapi/v1/stbt/address`.

        Adds an STBT address (the user's wallet address) to the whitelist. The whitelist entry it creates
        has no id of its own: it is identified by the address, and its progress is read with
        `client.t_bills.get_address_whitelist_status` (status 1 processing, 2 success). The document names
        no de-duplication key and does not say what adding an address twice does. The response carries no
        `data`.

        Args:
            address: Address (the user's STBT wallet address) to add to the whitelist.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.t_bills.get_address_whitelist_status`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: None = await self._client.call(
            _add_address_to_whitelist.OPERATION,
            request_options,
            address=address,
        )
        return result

    async def list_products(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ProductList:
        """Product List: `GET /bond/api/v1/product/list`.

        Returns the T-Bills products.

        Args:
            limit: Undocumented; appears only in the curl example. Presumably the maximum number of products
                returned (errata TB-5).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ProductList = await self._client.call(
            _list_products.OPERATION,
            request_options,
            limit=limit,
        )
        return result

    async def get_product_detail(
        self,
        *,
        product_id: str,
        request_options: RequestOptions | None = None,
    ) -> ProductDetail:
        """Product Detail: `GET /bond/api/v1/product/detail`.

        Returns one T-Bills product.

        Args:
            product_id: Product ID, e.g. 7016600587613560832.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ProductDetail = await self._client.call(
            _get_product_detail.OPERATION,
            request_options,
            product_id=product_id,
        )
        return result

    async def list_product_statements(
        self,
        *,
        product_id: str,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> StatementList:
        """Product Statement: `GET /bond/api/v1/product/statement`.

        Returns a product's statements (legal documents, audit reports, asset reports, other). Download one
        with `client.t_bills.download_statement` and its `short_uri`.

        Args:
            product_id: Product ID, e.g. 7016600587613560832.
            limit: Undocumented; appears only in the curl example. Presumably the maximum number of statements
                returned (errata TB-5).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: StatementList = await self._client.call(
            _list_product_statements.OPERATION,
            request_options,
            product_id=product_id,
            limit=limit,
        )
        return result

    async def get_product_asset(
        self,
        *,
        product_id: str,
        request_options: RequestOptions | None = None,
    ) -> ProductAsset:
        """Product Asset: `GET /bond/api/v1/product/asset`.

        Returns a product's asset figures. Only `asset_nav` is current; the other fields are deprecated
        (errata TB-15).

        Args:
            product_id: Product ID, e.g. 7016600587613560832.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ProductAsset = await self._client.call(
            _get_product_asset.OPERATION,
            request_options,
            product_id=product_id,
        )
        return result

    async def list_product_apy_history(
        self,
        *,
        product_id: str,
        start_time: str,
        request_options: RequestOptions | None = None,
    ) -> ProductApyHistory:
        """Product apy: `GET /bond/api/v1/product/apy`.

        Returns a product's APY history (one record per rebase) since `start_time`. The response is NOT
        wrapped in the `{code, message, data}` envelope: the body is the `{total, items}` object itself.

        Args:
            product_id: Product ID, e.g. 7016600587613560832.
            start_time: Start timestamp, in milliseconds since the Unix epoch (e.g. 1682586471266), as a string.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ProductApyHistory = await self._client.call(
            _list_product_apy_history.OPERATION,
            request_options,
            product_id=product_id,
            start_time=start_time,
        )
        return result

    async def render_product_agreement(
        self,
        *,
        product_id: str,
        agreement_no: str,
        address: str,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Product Agreement Render: `POST /bond/api/v1/product/agreement-render`.

        Renders a product agreement (`agreement_no` is an `agreement` of the product's `agreements`, e.g.
        `stbt_agreement001`) for a user's wallet address and returns the rendered text. Changes nothing.

        Args:
            product_id: Product ID, e.g. 7016600587613560832.
            agreement_no: Agreement number: an `agreement` of the product's `agreements` (e.g. stbt_agreement001).
            address: User wallet address.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: str = await self._client.call(
            _render_product_agreement.OPERATION,
            request_options,
            product_id=product_id,
            agreement_no=agreement_no,
            address=address,
        )
        return result

    async def download_statement(
        self,
        *,
        short_uri: str,
        request_options: RequestOptions | None = None,
    ) -> Download:
        """Statement Download: `GET /bond/api/v1/d/{short_uri}`.

        Downloads a statement file by the `short_uri` of a statement listed by
        `client.t_bills.list_product_statements`. The response is the file itself (presumably a PDF), not
        JSON and not enveloped; the document does not show it (errata TB-16).

        Args:
            short_uri: Short URI of the statement (`short_uri` from `client.t_bills.list_product_statements`), e.g.
                6HBJpi.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: Download = await self._client.call(
            _download_statement.OPERATION,
            request_options,
            short_uri=short_uri,
        )
        return result

    async def list_user_addresses(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[UserAddress]:
        """User Address: `GET /bond/api/v1/user/address`.

        Returns the user's STBT addresses with their type and status.

        """
        result: list[UserAddress] = await self._client.call(
            _list_user_addresses.OPERATION,
            request_options,
        )
        return result

    async def get_user_balance(
        self,
        *,
        currency: str,
        request_options: RequestOptions | None = None,
    ) -> UserBalance:
        """User Balance: `GET /bond/api/v1/user/balance`.

        Returns the user's balance in one currency.

        Args:
            currency: Currency for which the balance needs to be queried.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: UserBalance = await self._client.call(
            _get_user_balance.OPERATION,
            request_options,
            currency=currency,
        )
        return result

    async def get_max_redeem_amount(
        self,
        *,
        product_id: str,
        address: str,
        request_options: RequestOptions | None = None,
    ) -> MaxRedeemAmount:
        """Max Redeem Amount: `GET /bond/api/v1/order/withdraw/max_amount`.

        Returns the maximum amount of STBT the user can redeem from an address: the user's STBT balance
        minus the amount being redeemed.

        Args:
            product_id: Product id, e.g. 7016600587613560832.
            address: STBT address of user.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: MaxRedeemAmount = await self._client.call(
            _get_max_redeem_amount.OPERATION,
            request_options,
            product_id=product_id,
            address=address,
        )
        return result

    async def create_deposit(
        self,
        *,
        address: str,
        amount: Decimal,
        ask_price_id: str,
        payment_currency: str,
        product_id: str,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Deposit: `POST /bond/api/v1/order/deposit`.

        Places a deposit order: pays `amount` in `payment_currency` to mint STBT to the user's address. The
        call is asynchronous: it returns the order id, and the outcome is read with
        `client.t_bills.get_order_result`. There is no de-duplication key (no client order id or serial
        number), so a retried request may place a second order (errata TB-27). Try it first with
        `client.t_bills.preview_deposit`.

        Args:
            address: STBT address of user.
            amount: The deposit amount, presumably in `payment_currency` (compare
                `client.t_bills.preview_deposit`'s `principal`; errata TB-18).
            ask_price_id: Ask price id: the `price_id` of a price quotation (the `AskPrice` schema). It may be the
                empty string when `payment_currency` is the product's currency (errata TB-18).
            payment_currency: Payment currency.
            product_id: Product id.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.t_bills.get_order_result`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: str = await self._client.call(
            _create_deposit.OPERATION,
            request_options,
            address=address,
            amount=amount,
            ask_price_id=ask_price_id,
            payment_currency=payment_currency,
            product_id=product_id,
        )
        return result

    async def preview_deposit(
        self,
        *,
        product_id: str,
        payment_currency: str,
        principal: Decimal,
        request_options: RequestOptions | None = None,
    ) -> DepositPreview:
        """Deposit Preview: `GET /bond/api/v1/order/deposit/preview`.

        Trial calculation of a deposit: the STBT amount, fiat conversion fee, reference APY and estimated
        daily interest for paying `principal` in `payment_currency`. Places no order.

        Args:
            product_id: Product id, e.g. 7016600587613560832.
            payment_currency: Payment currency during deposit.
            principal: Payment amount during deposit, in `payment_currency`.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: DepositPreview = await self._client.call(
            _preview_deposit.OPERATION,
            request_options,
            product_id=product_id,
            payment_currency=payment_currency,
            principal=principal,
        )
        return result

    async def create_redemption(
        self,
        *,
        address: str,
        amount: Decimal,
        currency: str,
        product_id: str,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Redeem: `POST /bond/api/v1/order/withdraw`.

        Places a redemption order: burns `amount` of the user's STBT and settles in `currency`. The call is
        asynchronous: it returns the order id, and the outcome is read with
        `client.t_bills.get_order_result`. There is no de-duplication key (no client order id or serial
        number), so a retried request may place a second order (errata TB-27). Try it first with
        `client.t_bills.preview_redemption`; `client.t_bills.get_max_redeem_amount` gives the upper bound.

        Args:
            address: STBT address of user.
            amount: Redeem amount (of STBT).
            currency: Redeem currency (the currency the redemption settles in).
            product_id: Product id.
            request_options: Per-call timeout, extra headers or request id.

        Raises:
            OutcomeUnknownError: the request may have been acted on, without a definite answer;
                check with `client.t_bills.get_order_result`.
            MatrixportError: anything else: see `matrixport.errors`.

        """
        result: str = await self._client.call(
            _create_redemption.OPERATION,
            request_options,
            address=address,
            amount=amount,
            currency=currency,
            product_id=product_id,
        )
        return result

    async def preview_redemption(
        self,
        *,
        product_id: str,
        principal: Decimal,
        currency: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> RedeemPreview:
        """Redeem Preview: `GET /bond/api/v1/order/withdraw/preview`.

        Trial calculation of a redemption of `principal` STBT: the service fee, its rate and the STBT to be
        burnt. Places no order.

        Args:
            product_id: Product id, e.g. 7016600587613560832.
            principal: Redeem STBT amount.
            currency: Undocumented; appears only in the curl example. Presumably the redemption (settlement)
                currency, as `currency` of `client.t_bills.create_redemption` (errata TB-5).
            request_options: Per-call timeout, extra headers or request id.

        """
        result: RedeemPreview = await self._client.call(
            _preview_redemption.OPERATION,
            request_options,
            product_id=product_id,
            principal=principal,
            currency=currency,
        )
        return result

    async def get_order_result(
        self,
        *,
        order_id: str,
        request_options: RequestOptions | None = None,
    ) -> OrderResult:
        """Order Result: `GET /bond/api/v1/order/result`.

        Returns the result of a deposit or redemption order (the order id returned by
        `client.t_bills.create_deposit` / `client.t_bills.create_redemption`). `status` is an order status:
        60 completed, 70 failed, 10 cancelled, 1 initial; any other value means the order is still
        processing.

        Args:
            order_id: Order id, e.g. 7026913053715312640.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderResult = await self._client.call(
            _get_order_result.OPERATION,
            request_options,
            order_id=order_id,
        )
        return result

    async def wait_get_order_result(
        self,
        *,
        order_id: str,
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
            order_id=order_id,
        )
        return result

    async def list_orders(
        self,
        *,
        product_id: str,
        address: str,
        limit: int,
        offset: int,
        request_options: RequestOptions | None = None,
    ) -> OrderList:
        """Query Order: `GET /bond/api/v1/order/list`.

        Returns a page of the user's deposit and redemption orders on a product for an STBT address.

        Args:
            product_id: Product id, e.g. 7016600587613560832.
            address: STBT address of user.
            limit: Quantity per page.
            offset: Offset.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: OrderList = await self._client.call(
            _list_orders.OPERATION,
            request_options,
            product_id=product_id,
            address=address,
            limit=limit,
            offset=offset,
        )
        return result

    def iter_list_orders(
        self,
        *,
        product_id: str,
        address: str,
        limit: int,
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
            product_id=product_id,
            address=address,
            limit=limit,
        )

    async def get_order_detail(
        self,
        *,
        id: str,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """Order Detail: `GET /bond/api/v1/order/detail/{id}`.

        Returns one deposit or redemption order by its id (a path parameter).

        Args:
            id: Order id, e.g. 7016600587613560832.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: Order = await self._client.call(
            _get_order_detail.OPERATION,
            request_options,
            id=id,
        )
        return result

    async def list_user_profits(
        self,
        *,
        product_id: str,
        user_address: str,
        request_options: RequestOptions | None = None,
    ) -> UserProfitList:
        """User Profit List: `GET /bond/api/v1/user/profit`.

        Returns the user's total profit on a product and the profit of each rebase.

        Args:
            product_id: Product id, e.g. 7016600587613560832.
            user_address: STBT address of user.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: UserProfitList = await self._client.call(
            _list_user_profits.OPERATION,
            request_options,
            product_id=product_id,
            user_address=user_address,
        )
        return result

    async def get_user_brief_profit(
        self,
        *,
        product_id: str,
        user_address: str,
        request_options: RequestOptions | None = None,
    ) -> UserBriefProfit:
        """User Brief Profit: `GET /bond/api/v1/user/brief-profit`.

        Returns the user's total and latest profit on a product.

        Args:
            product_id: Product id, e.g. 7016600587613560832.
            user_address: STBT address of user.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: UserBriefProfit = await self._client.call(
            _get_user_brief_profit.OPERATION,
            request_options,
            product_id=product_id,
            user_address=user_address,
        )
        return result

    async def get_processing_asset(
        self,
        *,
        product_id: str,
        address: str,
        request_options: RequestOptions | None = None,
    ) -> ProcessingAsset:
        """processing asset: `GET /bond/api/v1/user/processing-asset`.

        Returns the amounts of the user's deposits and redemptions still being processed on a product.

        Args:
            product_id: Product id, e.g. 7016600587613560832.
            address: STBT address of the user.
            request_options: Per-call timeout, extra headers or request id.

        """
        result: ProcessingAsset = await self._client.call(
            _get_processing_asset.OPERATION,
            request_options,
            product_id=product_id,
            address=address,
        )
        return result

    async def get_latest_monthly_report(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> MonthlyReport:
        """Monthly Report: `GET /bond/api/v1/monthly-report/latest`.

        Returns the latest monthly report of the T-Bills portfolio. Takes no parameters.

        """
        result: MonthlyReport = await self._client.call(
            _get_latest_monthly_report.OPERATION,
            request_options,
        )
        return result
