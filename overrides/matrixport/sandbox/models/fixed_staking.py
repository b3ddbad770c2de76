"""Fixed-Staking (ETH2.0): subscriptions in shares, a sandbox term, redemption by shares.

The catalogue is the two documented products (Products List example; the first merged with its
Product Detail example, whose rate is 0): `6984793150468501504` (ETH2.0, 8 %) and
`6984808120929382400` (ETH2.0 leverage staking, 4 %), from 1 ETH, without a
maximum or a per-customer limit (`0`), with the documented raise (`raised_amount_dec` minus
`current_raise_amount_dec`) as quota. The documents give staking no end (`close_day` 0); the
sandbox settles an order `TERM_DAYS` after its value date so that a subscription can be
followed to its payback. Share price: 1 ETH a share (`share_price` 100000000, e8) from the
value date; an order's `share` is its amount in e8.

Orders: 1 pre-order -> 2 processing (purchase confirmed) -> 4 holding -> 5 pending -> 6
settling -> 7 settled; redeeming: 10, back to 4, or 11 when every share is redeemed. Redemption
windows (`can_redeem` 2) are always open in the sandbox; a redemption pays ETH or stETH
(`payback_currency`).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .. import _json
from ..store import Record
from .base import ApiError, Call, handles, money
from .fixed import (
    ORDER_NOT_PENDING,
    PARAMETER_ERROR,
    REDEEM_EXCEEDS_COST,
    REDEEMING,
    FixedTerm,
    interest,
    public,
)

TERM_DAYS = 30
SHARE_PRICE_E8 = 100_000_000
HOLDING_CATEGORY = {1, 2, 4, 5, 6, 8, 10}
SETTLED_CATEGORY = {3, 7, 9, 11}


class FixedStaking(FixedTerm):
    document = "fixed-staking"
    AFTER_CONFIRM = 2
    REDEEMING_STATUS = 10
    REDEEMED_ALL = 11
    REDEEM_ID_IS_INTEGER = True
    RESULT_NAMES_ORDER = False

    def products(self) -> list[dict[str, Any]]:
        detail = self.example("getProductDetail")
        products = []
        for item in self.example("listProducts")["items"]:
            product = item  # examples are copies already
            if product["id"] == detail["id"]:  # the detail, with the rate the list shows (the detail's is 0)
                listed = {key: item[key] for key in ("last_rate_ror", "redeem_windows") if key in item}
                product = {**detail, **listed}
            raised = _json.dec(product["raised_amount_dec"]) - _json.dec(product["current_raise_amount_dec"])
            product["_quota"] = money(raised)
            product["_sold"] = "0"
            product["share_price"] = SHARE_PRICE_E8
            products.append(product)
        return products

    def close_days(self, product: Mapping[str, Any]) -> int:
        return TERM_DAYS  # the documents' close_day is 0: staking has no end of its own

    def rate(self, product: Mapping[str, Any]) -> Decimal:
        return _json.from_e8(int(product["last_rate_ror"]))

    def product_view(self, record: Record, now_ms: int, detail: bool = True) -> dict[str, Any]:
        view = super().product_view(record, now_ms, detail)
        raised = _json.dec(record.data["current_raise_amount_dec"]) + _json.dec(record.data["_sold"])
        view["current_raise_amount_dec"] = money(raised)
        if "current_raise_amount" in view:  # the undocumented e8 twin some examples carry
            view["current_raise_amount"] = _json.e8(raised)
        if not detail:
            view["explain"] = None
        return view

    def new_order(
        self, call: Call, product: dict[str, Any], order_id: str, amount: Decimal, times: tuple[int, int, int]
    ) -> dict[str, Any]:
        start, end_closed, settle = times
        return {
            "id": order_id,
            "batch_no": f"{product['subject_type'].replace('.', '_').replace(' ', '_')}"
            f"{product['main_product_type']}{product['currency']}{start // 1000}",
            "product_id": product["id"],
            "currency": product["currency"],
            "main_product_type": product["main_product_type"],
            "can_redeem": product["can_redeem"],
            "subject_type": product["subject_type"],
            "confirm_share_price_time": 0,
            "share_price": 0,
            "amount_dec": money(amount),
            "share": 0,
            "book_time": call.now_ms // 1000,
            "duration": {
                "type": 4,
                "end_settled_day": product["duration"]["end_settled_day"],
                "end_settled_time": product["duration"]["end_settled_time"],
                "settle_limit": product["duration"]["settle_limit"],
            },
            "raised_time": start // 1000,
            "start_closed_time": start // 1000,
            "end_closed_time": end_closed // 1000,
            "end_settled_time": settle // 1000,
            "raise_ror": int(product["last_rate_ror"]),
            "ror": 0,
            "minimum_of_ror": int(product["minimum_of_ror"]),
            "maximum_of_ror": int(product["maximum_of_ror"]),
            "payback_time": 0,
            "redeem_share": 0,
            "payback_dec": "0",
            "is_redeem": 0,
            "order_status": self.PRE_ORDER,
            "i18n": copy.deepcopy(product["i18n"]),
            "redeeming_share": 0,
            "next_redeem_start_time": 0,
            "next_redeem_end_time": 0,
            "hold_days": 0,
            "estimate_year_ror": int(product["last_rate_ror"]),
            "last_share_price": SHARE_PRICE_E8,
            "last_share_value": SHARE_PRICE_E8,
            "last_apy": int(product["last_rate_ror"]),
            "last_share_price_update_time": start // 1000,
            "hold_profit": "0",
            "hold_steth_profit": "0",
            "hold_ror": 0,
        }

    def on_holding(self, order: dict[str, Any], at_ms: int) -> None:
        order["share_price"] = SHARE_PRICE_E8
        order["share"] = _json.e8(_json.dec(order["_principal"]))
        order["confirm_share_price_time"] = at_ms // 1000

    def _settle(self, record: Record, at_ms: int) -> None:
        super()._settle(record, at_ms)
        record.data["payback_time"] = at_ms // 1000
        record.data["ror"] = int(record.data["raise_ror"])

    def order_view(self, record: Record) -> dict[str, Any]:
        view = public(record.data)
        if "_times" in record.data and view["order_status"] == self.HOLDING:
            days = self.held_days(record.data, self.world.clock.now_ms())
            view["hold_days"] = int(days)
            view["hold_profit"] = money(
                interest(_json.dec(record.data["_principal"]), _json.dec(record.data["_rate"]), days)
            )
        return view

    # ---- operations ------------------------------------------------------------------------

    @handles("listProducts")
    def list_products_(self, call: Call) -> Any:
        return self.list_products(call)

    @handles("createOrder")
    def create_order(self, call: Call) -> Any:
        order = self.subscribe(call, call.decimal("amount_dec"))
        return {"serial_number": order["id"]}

    @handles("getOrderResult")
    def get_order_result(self, call: Call) -> Any:
        record = self.record(call.customer, "order", call.text("serial_number"))
        if record is None or "_result" not in record.data:
            raise ApiError(PARAMETER_ERROR, "no order with that serial number")
        return self.order_result(record)

    @handles("listOrders")
    def list_orders_(self, call: Call) -> Any:
        category = call.integer("status_category", 0)
        statuses: set[int] | None = set(call.integers("order_status")) or None
        if category == 2:
            statuses = HOLDING_CATEGORY
        elif category == 3:
            statuses = SETTLED_CATEGORY
        elif category == 1:
            statuses = None
        return self.list_orders(call, statuses)

    # ---- redemption ------------------------------------------------------------------------

    def _max_share(self, order: Record) -> int:
        data = order.data
        if data["order_status"] != self.HOLDING or "_principal" not in data:
            return 0
        return int(data["share"]) - int(data["redeem_share"]) - int(data["redeeming_share"])

    @handles("getRedeemableAmount")
    def get_redeemable_amount(self, call: Call) -> Any:
        order = self.order(call)
        share = self._max_share(order)
        amount = share * SHARE_PRICE_E8 // 100_000_000
        return {
            "order_id": order.id,
            "max_amount": amount,
            "max_share": share,
            "max_amount_dec": money(_json.from_e8(amount)),
        }

    @handles("redeemOrder")
    def redeem_order(self, call: Call) -> Any:
        order = self.order(call)
        if order.data["order_status"] == self.REDEEMING_STATUS:
            raise ApiError(REDEEMING, "a redemption of this order is in progress")
        if order.data["order_status"] != self.HOLDING:
            raise ApiError(
                ORDER_NOT_PENDING, f"the order's status is {order.data['order_status']}, not holding (4)"
            )
        share, principal = call.integer("share"), call.integer("principal")
        if share <= 0 or share > self._max_share(order):
            raise ApiError(
                REDEEM_EXCEEDS_COST, f"at most {self._max_share(order)} shares (e8) can be redeemed"
            )
        if principal != share * int(order.data["share_price"]) // 100_000_000:
            raise ApiError(PARAMETER_ERROR, "principal must be share x the order's share_price (e8)")
        amount = _json.from_e8(principal)
        rate = _json.dec(order.data["_rate"])
        profit = interest(amount, rate, self.held_days(order.data, call.now_ms))
        currency = call.text("payback_currency").upper()
        redeem = {
            "ror": int(order.data["raise_ror"]),
            "main_product_type": order.data["main_product_type"],
            "redeem_currency": order.data["currency"],
            "redeem_share": share,
            "redeem_share_price": int(order.data["share_price"]),
            "redeem_share_price_time": call.now_ms // 1000,
            "redeem_principal_dec": money(amount),
            "redeem_profit_dec": money(profit),
            "redeem_demand_interest_dec": "0",
            "coupon_profit_dec": "0",
            "redeem_amount_dec": money(amount + profit),
            "payback_currency": "STETH" if currency == "STETH" else "ETH",
            "client_repay_amount_dec": "0",
            "_pay_currency": "STETH" if currency == "STETH" else order.data["currency"],
        }
        order.data["redeeming_share"] = int(order.data["redeeming_share"]) + share
        order.data["is_redeem"] = 1
        return self.start_redemption(call, order, redeem)

    def redeemed(self, order: Record, redeem: Record, at_ms: int) -> None:
        share = int(redeem.data["redeem_share"])
        order.data["redeeming_share"] = int(order.data["redeeming_share"]) - share
        order.data["redeem_share"] = int(order.data["redeem_share"]) + share
        order.data["is_redeem"] = 0
        left = _json.dec(order.data["_principal"]) - _json.dec(redeem.data["redeem_principal_dec"])
        order.data["_principal"] = money(left)
        all_redeemed = int(order.data["redeem_share"]) >= int(order.data["share"])
        order.data["order_status"] = self.REDEEMED_ALL if all_redeemed else self.HOLDING
        if all_redeemed:
            order.due_ms = None

    @handles("getRedeemDetail")
    def get_redeem_detail(self, call: Call) -> Any:
        order = self.order(call)
        redemptions = self.redemptions(call.customer, order.id)
        redeem_orders = [public(r.data) for r in redemptions]
        redeeming = sum(
            (_json.dec(r.data["redeem_principal_dec"]) for r in redemptions if r.data["status"] == 1),
            Decimal(0),
        )
        profit = sum((_json.dec(r.data["redeem_profit_dec"]) for r in redemptions), Decimal(0))
        detail: dict[str, Any] = {
            "redeem_orders": redeem_orders,
            "profit_ror": int(order.data.get("raise_ror", 0)),
            "steth_profit_ror": 0,
            "steth_avg_price": 0,
            "slippage_avg_ror": 0,
            "platform_fee_ror": 0,
            "redeem_fee_ror": 0,
            "redeeming_amount_dec": money(redeeming),
            "profit_dec": money(profit),
            "steth_profit_dec": "0",
            "steth_payback_dec": "0",
            "redeem_fee_dec": "0",
        }
        if order.data["order_status"] == self.SETTLED and "_settled_at" in order.data:
            payback = _json.dec(order.data["payback_dec"])
            detail["order_payback"] = {
                "currency": order.data["currency"],
                "ror": int(order.data["ror"]),
                "payback_time": order.data["payback_time"],
                "settle_payback_dec": money(payback),
            }
            detail["profit_dec"] = money(profit + payback - _json.dec(order.data["_principal"]))
        return detail
