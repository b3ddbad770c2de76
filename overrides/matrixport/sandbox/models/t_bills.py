"""T-Bills (STBT): whitelisted addresses, deposits that mint STBT, redemptions that burn it, daily rebase.

- Products: the Product Detail example (`7016600587613560832`, USD) and the Product List
  example (`7018115337489043456`, USDC). STBT is held per product and address, 1 STBT per unit
  of the product currency.
- Addresses: the documents' own addresses `0x9F7a...b2cB`, `0x29c5...8c21` and `0x0792...2616`
  start whitelisted; `addAddressToWhitelist` takes an address through 1 (processing) to 2
  (success) after `WHITELIST_MS`. Deposits and redemptions need a whitelisted address
  (12040028).
- A deposit pays `amount` of `payment_currency` from the Matrixport wallet at once; the fiat
  conversion fee is `amount x fixed_rate` of that currency (a negative rate is a bonus); the
  rest is minted as STBT. There is no quotation interface in the documents, so any
  `ask_price_id` (also "") is accepted. Orders pass 1 (initial) -> 120 (processing, after
  `PROCESSING_AFTER_MS`) -> 60 (completed, after `SETTLE_MS`), when STBT is minted.
- A redemption burns `amount` STBT at once and pays `amount x (1 - withdraw_service_fee)` in
  `currency` to the wallet at 60.
- STBT rebases at every sandbox midnight at `REBASE_APY` a year (balance x APY / 365, cut to 18
  places): one User Profit row a day.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .. import _json
from ..store import Customer, InsufficientFunds, Record
from .base import DAY_MS, MINUTE_MS, SECOND_MS, ApiError, Call, DocumentModel, Raw, handles, money

PROCESSING_AFTER_MS = 10 * SECOND_MS
SETTLE_MS = 10 * MINUTE_MS
WHITELIST_MS = 60 * SECOND_MS
REBASE_APY = Decimal("0.05")
REBASE_PLACES = 18

WHITELISTED_ADDRESSES = (
    "0x9F7a980DD70eCa879756c5f40e0f5ECd9455b2cB",
    "0x29c504a763DD25e590728a2858Bc8322B1028c21",
    "0x079244F54519DA4e669E0a50F45AcdbCF7f32616",
)
INITIAL, CANCELED, COMPLETED, FAILED, PROCESSING = 1, 10, 60, 70, 120
DEPOSIT, REDEEM = 1, 2
NOT_WHITELISTED, WHITELISTING, WHITELISTED = 0, 1, 2

PARAMS_ERROR = 12140001
PRODUCT_CLOSED = 12140002
AMOUNT_OUT_OF_RANGE = 12140003
INSUFFICIENT_WALLET = 12140004
PAYMENT_CURRENCY_NOT_SUPPORTED = 12040022
ADDRESS_NOT_WHITELISTED = 12040028


def _next_midnight(ms: int) -> int:
    return (ms // DAY_MS + 1) * DAY_MS


def _stbt_account(product_id: str, address: str) -> str:
    return f"stbt:{product_id}:{address.lower()}"


class TBills(DocumentModel):
    document = "t-bills"

    def seed(self, customer: Customer, now_ms: int) -> None:
        detail = self.example("getProductDetail")
        listed = {**detail, **self.example("listProducts")["items"][0]}  # examples are copies already
        listed["agreements"] = []
        for product in (detail, listed):
            self.new_record(customer, "product", product["product_id"], product, now_ms)
        for address in WHITELISTED_ADDRESSES:
            self.new_record(
                customer, "address", address.lower(), {"address": address, "status": WHITELISTED}, now_ms
            )
        for order in (self.example("getOrderDetail"), self.example("listOrders")["items"][0]):
            self.new_record(
                customer, "order", order["order_id"], {**order, "_product": detail["product_id"]}, now_ms
            )

    # ---- helpers ---------------------------------------------------------------------------

    def _product(self, call: Call) -> dict[str, Any]:
        product_id = call.text("product_id")
        record = self.record(call.customer, "product", product_id)
        if record is None:
            raise ApiError(PARAMS_ERROR, f"no product {product_id!r}")
        return record.data

    def _whitelisted(self, call: Call, name: str = "address") -> str:
        address = call.text(name)
        record = self.record(call.customer, "address", address.lower())
        if record is None or record.data["status"] != WHITELISTED:
            raise ApiError(ADDRESS_NOT_WHITELISTED, f"{address} is not whitelisted")
        return str(record.data["address"])

    @staticmethod
    def _fee_rate(product: Mapping[str, Any], currency: str) -> tuple[Decimal, bool]:
        for row in product["fiat_conversion_conf_list"]:
            if row["currency"] == currency:
                return _json.dec(row["fixed_rate"]), bool(row["confirmed_after_conversion"])
        raise ApiError(PAYMENT_CURRENCY_NOT_SUPPORTED, f"{currency} does not pay for this product")

    def _stbt(self, user_id: str, product_id: str, address: str) -> Decimal:
        return self.store.balance(user_id, _stbt_account(product_id, address), "STBT")

    def _order(
        self, call: Call, kind: int, product: Mapping[str, Any], address: str, **fields: Any
    ) -> dict[str, Any]:
        order_id = self.world.new_id(call.now_ms)
        order = {
            "order_id": order_id,
            "order_type": kind,
            "order_status": INITIAL,
            "paid_amount": "0",
            "paid_currency": "",
            "deposit_amount": "0",
            "deposit_currency": product["currency"],
            "redeem_amount": "0",
            "stbt_amount": "0",
            "settlement_amount": "0",
            "settlement_currency": "",
            "service_fee_rate": "0",
            "service_fee_amount": "0",
            "trading_loss_rate": "0",
            "trading_loss_amount": "0",
            "deposit_fee_rate": "0",
            "deposit_fee_amount": "0",
            "fiat_conversion_fee_rate": "0",
            "fiat_conversion_fee_amount": "0",
            "confirmed_after_conversion": False,
            "create_time": call.now_ms,
            "stbt_done_time": 0,
            "settle_time": 0,
            "address": address,
            "tx_hash": "",
            "err_code": 0,
            "err_msg": "",
            "remark_en": "",
            "remark_zhCN": "",
            "remark_zhTW": "",
            "_product": product["product_id"],
            **fields,
        }
        self.new_record(
            call.customer, "order", order_id, order, call.now_ms, call.now_ms + PROCESSING_AFTER_MS
        )
        return order

    def _order_view(self, data: Mapping[str, Any]) -> dict[str, Any]:
        return self.shaped(data, "listOrders", "items", "[]")

    # ---- time ------------------------------------------------------------------------------

    def advance(self, record: Record, at_ms: int) -> None:
        data = record.data
        if record.kind == "address":
            data["status"] = WHITELISTED
            record.due_ms = None
        elif record.kind == "holding":
            self._rebase(record, at_ms)
        elif record.kind == "order" and data["order_status"] == INITIAL:
            data["order_status"] = PROCESSING
            record.due_ms = record.created_ms + SETTLE_MS
        elif record.kind == "order" and data["order_status"] == PROCESSING:
            self._complete(record, at_ms)
        self.store.save(record)

    def _complete(self, record: Record, at_ms: int) -> None:
        data = record.data
        data["order_status"] = COMPLETED
        data["tx_hash"] = "0x" + hashlib.sha256(f"{record.user_id}:{record.id}".encode()).hexdigest()
        record.due_ms = None
        if data["order_type"] == DEPOSIT:
            data["stbt_done_time"] = at_ms
            amount = _json.dec(data["stbt_amount"])
            self.store.move(record.user_id, _stbt_account(data["_product"], data["address"]), "STBT", amount)
            self._hold(record.user_id, data["_product"], data["address"], at_ms)
        else:
            data["stbt_done_time"] = record.created_ms
            data["settle_time"] = at_ms // 1000
            settlement = _json.dec(data["settlement_amount"])
            self.store.move(record.user_id, f"{record.user_id}.bal", data["settlement_currency"], settlement)

    def _hold(self, user_id: str, product_id: str, address: str, at_ms: int) -> None:
        key = f"{product_id}:{address.lower()}"
        holding = self.store.get(user_id, self.document, "holding", key)
        if holding is None:
            data = {"product_id": product_id, "address": address}
            self.store.insert(
                Record(user_id, self.document, "holding", key, at_ms, data, _next_midnight(at_ms))
            )
        elif holding.due_ms is None:
            holding.due_ms = _next_midnight(at_ms)
            self.store.save(holding)

    def _rebase(self, record: Record, at_ms: int) -> None:
        product_id, address = record.data["product_id"], record.data["address"]
        held = self._stbt(record.user_id, product_id, address)
        profit = _json.down(held * REBASE_APY / 365, REBASE_PLACES)
        if profit > 0:
            self.store.move(record.user_id, _stbt_account(product_id, address), "STBT", profit)
            row = {
                "timestamp": at_ms,
                "profit": money(profit),
                "profit_rate": money(REBASE_APY),
                "_key": record.id,
            }
            self.store.insert(
                Record(record.user_id, self.document, "profit", f"{record.id}:{at_ms}", at_ms, row)
            )
        record.due_ms = at_ms + DAY_MS if held > 0 else None

    # ---- addresses -------------------------------------------------------------------------

    @handles("addAddressToWhitelist")
    def add_address_to_whitelist(self, call: Call) -> Any:
        address = call.text("address")
        if self.record(call.customer, "address", address.lower()) is None:
            data = {"address": address, "status": WHITELISTING}
            self.new_record(
                call.customer, "address", address.lower(), data, call.now_ms, call.now_ms + WHITELIST_MS
            )
        return None

    @handles("getAddressWhitelistStatus")
    def get_address_whitelist_status(self, call: Call) -> Any:
        record = self.record(call.customer, "address", call.text("address").lower())
        return {"status": NOT_WHITELISTED if record is None else record.data["status"]}

    @handles("listUserAddresses")
    def list_user_addresses(self, call: Call) -> Any:
        return [
            {
                "address": r.data["address"],
                "address_type": 1,
                "status": 1 if r.data["status"] == WHITELISTED else 0,
            }
            for r in reversed(self.records(call.customer, "address"))
        ]

    @handles("getUserBalance")
    def get_user_balance(self, call: Call) -> Any:
        currency = call.text("currency").upper()
        balance = self.store.balance(call.user_id, self.world.wallet(call.customer), currency)
        return {"user_id": call.user_id, "currency": currency, "balance": money(balance)}

    # ---- products --------------------------------------------------------------------------

    @handles("listProducts")
    def list_products(self, call: Call) -> Any:
        products = [
            self.shaped(r.data, "listProducts", "items", "[]")
            for r in reversed(self.records(call.customer, "product"))
        ]
        return {"total": len(products), "items": products[: call.integer("limit", len(products) or 1)]}

    @handles("getProductDetail")
    def get_product_detail(self, call: Call) -> Any:
        return self._product(call)

    @handles("listProductStatements")
    def list_product_statements(self, call: Call) -> Any:
        product = self._product(call)
        items = [
            s
            for s in self.example("listProductStatements")["items"]
            if s["product_id"] == product["product_id"]
        ]
        return {"total": len(items), "items": items[: call.integer("limit", len(items) or 1)]}

    @handles("downloadStatement")
    def download_statement(self, call: Call) -> Any:
        short_uri = call.text("short_uri")
        if short_uri not in {s["short_uri"] for s in self.example("listProductStatements")["items"]}:
            raise ApiError(PARAMS_ERROR, f"no statement {short_uri!r}")
        op = self.world.spec.operation(self.document, "downloadStatement")
        return Raw(
            str(op.example or "").encode("utf-8"),  # the spec's sample file
            op.media_type,
            (("content-disposition", f'attachment; filename="statement-{short_uri}.pdf"'),),
        )

    @handles("getProductAsset")
    def get_product_asset(self, call: Call) -> Any:
        self._product(call)
        return self.example("getProductAsset")

    @handles("listProductApyHistory")
    def list_product_apy_history(self, call: Call) -> Any:
        self._product(call)
        start = max(call.integer("start_time", 0), call.now_ms - 90 * DAY_MS)
        items = []
        for day in range(_next_midnight(start - 1), call.now_ms + 1, DAY_MS):
            apy = money(REBASE_APY)
            items.append(
                {"deposit_apy": apy, "asset_apy": apy, "average_deposit_apy": apy, "average_asset_apy": apy,
                 "utilization_rate": "1", "timestamp": day}
            )  # fmt: skip
        items.reverse()
        return {"total": len(items), "items": items}

    @handles("renderProductAgreement")
    def render_product_agreement(self, call: Call) -> Any:
        product = self._product(call)
        address = call.text("address")
        agreement = call.text("agreement_no")
        if agreement not in {a.get("agreement") for a in product.get("agreements") or []}:
            raise ApiError(PARAMS_ERROR, f"the product has no agreement {agreement!r}")
        fee = money(_json.dec(product["withdraw_service_fee"]) * 100)
        return (
            f"\n\n{agreement}\n\nRedemption Fee Rate:{fee}%\n\nManagement Fee Rate: {fee}%\n\n"
            f"Deposit Amount: -\n\nToken Mint Address: {address}\n\n"
        )

    @handles("getLatestMonthlyReport")
    def get_latest_monthly_report(self, call: Call) -> Any:
        return self.example("getLatestMonthlyReport")

    # ---- deposits and redemptions ----------------------------------------------------------

    @handles("previewDeposit")
    def preview_deposit(self, call: Call) -> Any:
        product = self._product(call)
        currency = call.text("payment_currency").upper()
        principal = call.decimal("principal")
        rate, after = self._fee_rate(product, currency)
        fee = principal * rate
        stbt = principal - fee
        return {
            "payment_principal": money(principal),
            "payment_currency": currency,
            "reference_apy": money(REBASE_APY),
            "daily_interest": money(_json.down(stbt * REBASE_APY / 365, 8)),
            "currency": product["currency"],
            "stbt_amount": money(stbt),
            "fiat_conversion_fee": money(fee),
            "confirmed_after_conversion": after,
            "no_reference_apy": False,
            "no_daily_interest": False,
        }

    @handles("createDeposit")
    def create_deposit(self, call: Call) -> Any:
        product = self._product(call)
        if product.get("status", 2) != 2:
            raise ApiError(PRODUCT_CLOSED, "the product is closed")
        address = self._whitelisted(call)
        currency = call.text("payment_currency").upper()
        if currency not in product["payment_currency"] and currency != product["currency"]:
            raise ApiError(PAYMENT_CURRENCY_NOT_SUPPORTED, f"{currency} does not pay for this product")
        amount = call.decimal("amount")
        low, high = _json.dec(product["deposit_min_amount"]), _json.dec(product["deposit_max_amount"])
        if not low <= amount <= high:
            raise ApiError(AMOUNT_OUT_OF_RANGE, f"a deposit is {money(low)} to {money(high)}")
        rate, after = self._fee_rate(product, currency)
        try:
            self.store.move(call.user_id, self.world.wallet(call.customer), currency, -amount)
        except InsufficientFunds as short:
            raise ApiError(INSUFFICIENT_WALLET, str(short)) from None
        fee = amount * rate
        order = self._order(
            call,
            DEPOSIT,
            product,
            address,
            paid_amount=money(amount),
            paid_currency=currency,
            deposit_amount=money(amount - fee),
            stbt_amount=money(amount - fee),
            fiat_conversion_fee_rate=money(rate),
            fiat_conversion_fee_amount=money(fee),
            confirmed_after_conversion=after,
        )
        return order["order_id"]

    @handles("previewRedemption")
    def preview_redemption(self, call: Call) -> Any:
        product = self._product(call)
        principal = call.decimal("principal")
        rate = _json.dec(product["withdraw_service_fee"])
        return {
            "service_fee": money(principal * rate),
            "service_fee_rate": money(rate),
            "stbt_to_be_burnt": money(principal),
        }

    @handles("createRedemption")
    def create_redemption(self, call: Call) -> Any:
        product = self._product(call)
        address = self._whitelisted(call)
        currency = call.text("currency").upper()
        if currency not in product["payment_currency"] and currency != product["currency"]:
            raise ApiError(PAYMENT_CURRENCY_NOT_SUPPORTED, f"{currency} is not paid out by this product")
        amount = call.decimal("amount")
        low, high = _json.dec(product["withdraw_min_amount"]), _json.dec(product["withdraw_max_amount"])
        if not low <= amount <= high:
            raise ApiError(AMOUNT_OUT_OF_RANGE, f"a redemption is {money(low)} to {money(high)} STBT")
        try:
            self.store.move(call.user_id, _stbt_account(product["product_id"], address), "STBT", -amount)
        except InsufficientFunds as short:
            raise ApiError(AMOUNT_OUT_OF_RANGE, str(short)) from None
        rate = _json.dec(product["withdraw_service_fee"])
        fee = amount * rate
        order = self._order(
            call,
            REDEEM,
            product,
            address,
            paid_currency=currency,
            redeem_amount=money(amount),
            stbt_amount=money(amount),
            settlement_amount=money(amount - fee),
            settlement_currency=currency,
            service_fee_rate=money(rate),
            service_fee_amount=money(fee),
        )
        return order["order_id"]

    @handles("getMaxRedeemAmount")
    def get_max_redeem_amount(self, call: Call) -> Any:
        product = self._product(call)
        return {"withdraw_max": money(self._stbt(call.user_id, product["product_id"], call.text("address")))}

    # ---- orders ----------------------------------------------------------------------------

    def _find(self, call: Call, order_id: str) -> Record:
        record = self.record(call.customer, "order", order_id)
        if record is None:
            raise ApiError(PARAMS_ERROR, f"no order {order_id!r} of yours")
        return record

    @handles("getOrderResult")
    def get_order_result(self, call: Call) -> Any:
        data = self._find(call, call.text("order_id")).data
        deposit = data["order_type"] == DEPOSIT
        return {
            "order_id": data["order_id"],
            "order_type": data["order_type"],
            "amount": data["deposit_amount"] if deposit else data["stbt_amount"],
            "currency": data["deposit_currency"] if deposit else "STBT",
            "status": data["order_status"],
            "address": data["address"],
            "fail_msg": data["err_msg"],
            "paid_amount": data["paid_amount"],
            "paid_currency": data["paid_currency"],
        }

    @handles("getOrderDetail")
    def get_order_detail(self, call: Call) -> Any:
        return self.shaped(self._find(call, call.text("id")).data, "getOrderDetail")

    @handles("listOrders")
    def list_orders(self, call: Call) -> Any:
        product_id, address = call.text("product_id"), call.text("address").lower()
        items = [
            self._order_view(r.data)
            for r in self.records(call.customer, "order")
            if r.data.get("_product") == product_id and r.data["address"].lower() == address
        ]
        return self.paged(call, items)

    @handles("getProcessingAsset")
    def get_processing_asset(self, call: Call) -> Any:
        product_id, address = call.text("product_id"), call.text("address").lower()
        depositing, withdrawing = Decimal(0), Decimal(0)
        for record in self.records(call.customer, "order"):
            data = record.data
            if data.get("_product") != product_id or data["address"].lower() != address:
                continue
            if data["order_status"] in (INITIAL, PROCESSING):
                if data["order_type"] == DEPOSIT:
                    depositing += _json.dec(data["deposit_amount"])
                else:
                    withdrawing += _json.dec(data["stbt_amount"])
        return {"depositing": money(depositing), "withdrawing": money(withdrawing)}

    def _profits(self, call: Call) -> list[dict[str, Any]]:
        key = f"{call.text('product_id')}:{call.text('user_address').lower()}"
        return [r.data for r in self.records(call.customer, "profit") if r.data["_key"] == key]

    @handles("listUserProfits")
    def list_user_profits(self, call: Call) -> Any:
        rows = self._profits(call)
        total = sum((_json.dec(row["profit"]) for row in rows), Decimal(0))
        return {
            "total_profit": money(total),
            "items": [self.shaped(row, "listUserProfits", "items", "[]") for row in rows],
        }

    @handles("getUserBriefProfit")
    def get_user_brief_profit(self, call: Call) -> Any:
        rows = self._profits(call)
        total = sum((_json.dec(row["profit"]) for row in rows), Decimal(0))
        return {"total_profit": money(total), "latest_profit": rows[0]["profit"] if rows else "0"}
