"""Fixed-Income: subscriptions with quota and limits, settlement, early redemption, auto-renewal.

The catalogue is the documented products: `6820591484295766016` (Products List / Product
Detail examples: USDT, 100 to 1000 a purchase, 1000 per customer, 12 %, 3 closed days,
redeemable early at 0 %) and `6812413916300247040` (Auto Renewal Products example: 12 %, 4
closed days, redeemable early at 9 %), the one the sandbox lets renew automatically
(`renew_type` 1). Each customer sees the catalogue with its own quota (1000 of each).

Orders: 1 pre-order -> 4 holding -> 5 pending -> 6 settling -> 7 settled (see `fixed.py`);
redeeming early: 16, then back to 4, or 15 when all principal is redeemed. An order with
auto-renewal on rolls its whole payback into a new order of the same product at settlement
(the new order is listed; `is_renew` 1) instead of crediting the wallet.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .. import _json
from ..store import Customer, Record
from .base import ApiError, Call, handles, money
from .fixed import (
    AVAILABLE,
    INVALID_COUPON,
    NOT_REDEEMABLE,
    NOT_YOUR_ORDER,
    ORDER_NOT_PENDING,
    PARAMETER_ERROR,
    REDEEMING,
    FixedTerm,
    interest,
    public,
    schedule,
)

PRODUCT_QUOTA = Decimal("1000")
AUTO_RENEW_PRODUCT = "6812413916300247040"
AUTO_RENEW_NOT_SUPPORTED = 12030025
AUTO_RENEW_STATUS_NOT_UPDATABLE = 12030024
DUPLICATE_AUTO_RENEW = 12030016
NO_AUTO_RENEW_PRODUCTS = 12030036


class FixedIncome(FixedTerm):
    document = "fixed-income"
    REDEEMING_STATUS = 16
    REDEEMED_ALL = 15

    def products(self) -> list[dict[str, Any]]:
        detail = self.example("getProductDetail")
        renewable = self.example("listAutoRenewProducts")["items"][0]
        renewable.update(renew_type=1, agreements=[], fund_investments=[])
        products = []
        for product in (detail, renewable):
            product["_quota"] = money(PRODUCT_QUOTA)
            product["_sold"] = "0"
            products.append(product)
        return products

    def example_order(self) -> dict[str, Any]:
        """The Order Details example: its decimals are bare JSON numbers, as the document sends them."""
        order: dict[str, Any] = self.example("getOrderDetail")
        return order

    def rate(self, product: Mapping[str, Any]) -> Decimal:
        return _json.from_e8(int(product["ror"]))

    def new_order(
        self, call: Call, product: dict[str, Any], order_id: str, amount: Decimal, times: tuple[int, int, int]
    ) -> dict[str, Any]:
        start, end_closed, settle = times
        order = {
            "id": order_id,
            "batch_no": f"FixedIncome{product['duration']['close_day']}{product['currency']}{start // 1000}",
            "product_id": product["id"],
            "can_redeem": product["can_redeem"],
            "currency": product["currency"],
            "book_time": call.now_ms // 1000,
            "amount_dec": money(amount),
            "start_closed_time": start // 1000,
            "end_closed_time": end_closed // 1000,
            "end_settled_time": settle // 1000,
            "duration": product["duration"],
            "ror": product["ror"],
            "redeem_ror": product["redeem_ror"],
            "payback_dec": "0",
            "redeem_principal_dec": "0",
            "is_renew": 0,
            "is_auto_renew": 0,
            "renew_type": product["renew_type"],
            "order_status": self.PRE_ORDER,
            "i18n": product["i18n"],
            "can_renew_product_count": self._renewable_count(call.customer, product["currency"]),
        }
        return order

    def _renewable_count(self, customer: Customer, currency: str) -> int:
        return sum(
            1
            for r in self.records(customer, "product")
            if r.data["renew_type"] == 1 and r.data["currency"] == currency and r.data["status"] == AVAILABLE
        )

    # ---- operations ------------------------------------------------------------------------

    @handles("listProducts")
    def list_products_(self, call: Call) -> Any:
        return self.list_products(call, call.text("currency", "") or None)

    @handles("calculateInvestmentTrial")
    def calculate_investment_trial(self, call: Call) -> Any:
        product = self._product(call, PARAMETER_ERROR).data
        amount = call.decimal("investment_dec")
        coupon = _json.from_e8(call.integer("coupon_ror", 0))
        days = Decimal(self.close_days(product))
        profit = interest(amount, self.rate(product), days)
        coupon_profit = interest(amount, coupon, days)
        total = amount + profit + coupon_profit
        return {
            "estimate_min_settle_amount_dec": money(total),
            "estimate_max_settle_amount_dec": money(total),
            "estimate_settle_amount_dec": money(total),
            "estimate_min_profit_dec": money(profit + coupon_profit),
            "estimate_max_profit_dec": money(profit + coupon_profit),
            "estimate_profit_dec": money(profit + coupon_profit),
            "demand_profit_dec": "0",
            "coupon_profit_dec": money(coupon_profit),
            "estimate_min_invest_profit_dec": money(profit),
            "estimate_max_invest_profit_dec": money(profit),
            "currency": product["currency"],
        }

    @handles("createOrder")
    def create_order(self, call: Call) -> Any:
        extra: dict[str, Any] = {}
        if call.has("serial_number"):
            extra["out_serial_number"] = call.text("serial_number")
        if call.has("coupon_id"):
            coupon = next(
                (c for c in self.example("listCoupons")["coupons"] if str(c["id"]) == call.text("coupon_id")),
                None,
            )
            if coupon is None or not coupon["available"]:
                raise ApiError(INVALID_COUPON, f"coupon {call.text('coupon_id')!r} cannot be used")
            extra["_coupon_rate"] = money(_json.from_e8(int(coupon["year_rate"])))
        order = self.subscribe(call, call.decimal("amount_dec"), **extra)
        order["estimate_settle_amount_dec"] = money(self.payback(order))
        record = self.record(call.customer, "order", order["id"])
        if record is not None:
            record.data["estimate_settle_amount_dec"] = order["estimate_settle_amount_dec"]
            self.store.save(record)
        return {"serial_number": order["id"]}

    @handles("getOrderResult")
    def get_order_result(self, call: Call) -> Any:
        if call.has("serial_number"):
            record = self.record(call.customer, "order", call.text("serial_number"))
        elif call.has("out_serial_number"):
            wanted = call.text("out_serial_number")
            record = next(
                (
                    r
                    for r in self.records(call.customer, "order")
                    if r.data.get("out_serial_number") == wanted
                ),
                None,
            )
        else:
            raise ApiError(PARAMETER_ERROR, "serial_number or out_serial_number is required")
        if record is None or "_result" not in record.data:
            raise ApiError(NOT_YOUR_ORDER, "no order with that serial number")
        return self.order_result(record)

    @handles("listOrders")
    def list_orders_(self, call: Call) -> Any:
        statuses = set(call.integers("order_status")) or None
        result = self.list_orders(call, statuses)
        if call.has("end_closed_time") and "items" in result:
            bound = call.integer("end_closed_time")
            result["items"] = [o for o in result["items"] if o["end_closed_time"] <= bound]
        return result

    def order_view(self, record: Record) -> dict[str, Any]:
        view = public(record.data)
        if "_principal" in record.data:
            redemptions = self.redemptions(Customer("", record.user_id), record.id)
            pending = [
                _json.dec(r.data["redeem_principal_dec"]) for r in redemptions if r.data["status"] == 1
            ]
            redeeming = sum(pending, Decimal(0))
            view["redeeming_amount_dec"] = money(redeeming)
        return view

    def _switch(self, call: Call, on: int) -> None:
        order = self.order(call)
        if order.data["renew_type"] != 1:
            raise ApiError(AUTO_RENEW_NOT_SUPPORTED, "the order's product does not renew automatically")
        if order.data["order_status"] not in (self.PRE_ORDER, self.HOLDING, self.PENDING):
            raise ApiError(
                AUTO_RENEW_STATUS_NOT_UPDATABLE, f"the order's status is {order.data['order_status']}"
            )
        if on and order.data["is_auto_renew"] == 1:
            raise ApiError(DUPLICATE_AUTO_RENEW, "auto-renewal is on already")
        order.data["is_auto_renew"] = on
        self.store.save(order)

    @handles("enableOrderAutoRenew")
    def enable_order_auto_renew(self, call: Call) -> Any:
        self._switch(call, 1)

    @handles("disableOrderAutoRenew")
    def disable_order_auto_renew(self, call: Call) -> Any:
        self._switch(call, 0)

    @handles("listAutoRenewProducts")
    def list_auto_renew_products(self, call: Call) -> Any:
        order = self.order(call)
        items = [
            self.product_view(r, call.now_ms, detail=False)
            for r in reversed(self.records(call.customer, "product"))
            if r.data["renew_type"] == 1 and r.data["currency"] == order.data["currency"]
        ]
        if not items:
            raise ApiError(
                NO_AUTO_RENEW_PRODUCTS, f"no {order.data['currency']} product renews automatically"
            )
        return {"count": len(items), "items": items}

    def on_settled(self, record: Record, amount: Decimal, at_ms: int) -> None:
        data = record.data
        if data.get("is_auto_renew") != 1:
            super().on_settled(record, amount, at_ms)
            return
        product = self.store.get(record.user_id, self.document, "product", str(data["product_id"]))
        assert product is not None  # products are seeded with the customer and never removed
        renewal_id = self.world.new_id(at_ms)
        times = schedule(product.data["duration"], at_ms, self.close_days(product.data))
        call = Call(
            self.world.spec.operation(self.document, "createOrder"),
            Customer("", record.user_id),
            {},
            at_ms,
        )
        renewal = self.new_order(call, product.data, renewal_id, amount, times)
        renewal.update(
            is_renew=1,
            is_auto_renew=1,
            _result={"status": 1, "failed_code": 0, "failed_message": ""},
            _times=list(times),
            _principal=money(amount),
            _rate=money(self.rate(product.data)),
        )
        renewal["estimate_settle_amount_dec"] = money(self.payback(renewal))
        self.store.insert(
            Record(
                record.user_id, self.document, "order", renewal_id, at_ms, renewal, max(times[0], at_ms + 1)
            )
        )

    # ---- early redemption ------------------------------------------------------------------

    def _redeemable(self, order: Record) -> Decimal:
        if order.data.get("can_redeem") != 1 or order.data["order_status"] != self.HOLDING:
            return Decimal(0)
        return _json.dec(order.data["_principal"])

    def _redemption(self, order: Record, principal: Decimal, at_ms: int) -> dict[str, Any]:
        rate = _json.from_e8(int(order.data["redeem_ror"]))
        profit = interest(principal, rate, self.held_days(order.data, at_ms))
        return {
            "order_id": order.id,
            "redeem_ror": int(order.data["redeem_ror"]),
            "redeem_amount_dec": money(principal + profit),
            "profit_dec": money(profit),
            "redeem_principal_dec": money(principal),
        }

    @handles("getRedeemableAmount")
    def get_redeemable_amount(self, call: Call) -> Any:
        order = self.order(call)
        return {"order_id": order.id, "max_amount_dec": money(self._redeemable(order))}

    @handles("calculateRedeemTrial")
    def calculate_redeem_trial(self, call: Call) -> Any:
        order = self.order(call)
        principal = min(call.decimal("principal_dec"), _json.dec(order.data.get("_principal", "0")))
        return self._redemption(order, principal, call.now_ms)

    @handles("redeemOrder")
    def redeem_order(self, call: Call) -> Any:
        order = self.order(call)
        if order.data.get("can_redeem") != 1:
            raise ApiError(NOT_REDEEMABLE, "the product cannot be redeemed early")
        if order.data["order_status"] == self.REDEEMING_STATUS:
            raise ApiError(REDEEMING, "a redemption of this order is in progress")
        if order.data["order_status"] != self.HOLDING:
            raise ApiError(
                ORDER_NOT_PENDING, f"the order's status is {order.data['order_status']}, not holding (4)"
            )
        asked = call.decimal("principal_dec")
        if asked <= 0:
            raise ApiError(PARAMETER_ERROR, "principal_dec must be positive")
        principal = min(asked, self._redeemable(order))  # the document: more than is left redeems all
        redeem = self._redemption(order, principal, call.now_ms)
        redeem.update(
            coupon_profit_dec="0",
            redeem_demand_interest_dec="0",
            ror=int(order.data["ror"]),
            redeem_currency=order.data["currency"],
        )
        return self.start_redemption(call, order, redeem)

    def redeemed(self, order: Record, redeem: Record, at_ms: int) -> None:
        principal = _json.dec(redeem.data["redeem_principal_dec"])
        left = _json.dec(order.data["_principal"]) - principal
        order.data["_principal"] = money(left)
        order.data["redeem_principal_dec"] = money(_json.dec(order.data["redeem_principal_dec"]) + principal)
        order.data["order_status"] = self.HOLDING if left > 0 else self.REDEEMED_ALL
        if left > 0:
            order.data["estimate_settle_amount_dec"] = money(self.payback(order.data))
        else:
            order.due_ms = None

    @handles("getRedeemDetail")
    def get_redeem_detail(self, call: Call) -> Any:
        order = self.order(call)
        redemptions = self.redemptions(call.customer, order.id)
        redeeming = sum(
            (_json.dec(r.data["redeem_principal_dec"]) for r in redemptions if r.data["status"] == 1),
            Decimal(0),
        )
        return {
            "redeem_orders": [public(r.data) for r in redemptions],
            "redeeming_amount_dec": money(redeeming),
        }

    @handles("listCoupons")
    def list_coupons(self, call: Call) -> Any:
        self._product(call, PARAMETER_ERROR)
        return self.example("listCoupons")

    @handles("bindUserGroup")
    def bind_user_group(self, call: Call) -> Any:
        group = {"user_id": call.text("user_id"), "group_id": call.text("group_id")}
        key = f"{group['user_id']}:{group['group_id']}"
        if self.record(call.customer, "group", key) is None:
            self.new_record(call.customer, "group", key, group, call.now_ms)
        return None

    @handles("listApys")
    def list_apys(self, call: Call) -> Any:
        return self.example("listApys")
