"""What Fixed-Income and Fixed-Staking share: products with quota, subscriptions that run to settlement.

A subscription (createOrder) takes product quota at once and answers a serial number (the
sandbox uses the order id); `CONFIRM_MS` later the purchase is confirmed (the amount is taken
from the Matrixport wallet; without enough, the purchase fails: result status 2, failed code
1203007, the quota is given back). The order then follows its product's schedule: the value
date (`duration.value_day` / `value_time` after booking) starts the closed period, which lasts
`close_day` days; settlement comes at `end_settled_day` / `end_settled_time` after it; the
order passes 5 (pending settlement) at the end of the closed period, 6 (settling) at the
settlement time and 7 (settled) `SETTLING_MS` later, when the payback is credited:

    payback = principal left x (1 + annual rate x closed days / 365), cut to 8 places

Early redemption pays principal x (1 + redemption rate x days held / 365) `REDEEM_MS` after it
is asked for. Weekends (`value_limit`, `settle_limit`) are not modelled.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

from .. import _json
from ..store import Customer, InsufficientFunds, Record
from .base import DAY_MS, MINUTE_MS, SECOND_MS, ApiError, Call, DocumentModel, handles, money

CONFIRM_MS = 5 * SECOND_MS
SETTLING_MS = 1 * MINUTE_MS
REDEEM_MS = 1 * MINUTE_MS
PAYOUT_PLACES = 8

PURCHASING, PURCHASED, PURCHASE_FAILED = 0, 1, 2
REDEEM_CREATED, REDEEM_SUCCEEDED = 1, 2

# The shared "fixed" error table (spec/shared.yaml).
INTERNAL_ERROR = 1203001
PRODUCT_NOT_RAISING = 1203003
INSUFFICIENT_VALUE = 1203007
INSUFFICIENT_PRODUCT = 1203009
PURCHASE_LIMIT = 12030010
MINIMUM_NOT_MET = 12030011
NOT_PURCHASABLE_NOW = 12030012
ORDER_NOT_PENDING = 12030020
NOT_REDEEMABLE = 12030021
NOT_YOUR_ORDER = 12030022
INDIVIDUAL_LIMIT = 12030023
REDEEM_EXCEEDS_COST = 12030031
INVALID_COUPON = 12030033
REDEEMING = 12030035
PARAMETER_ERROR = 17002001

AVAILABLE = 2


def public(data: Mapping[str, Any]) -> dict[str, Any]:
    """A record's wire fields (private bookkeeping keys start with `_`)."""
    return {key: value for key, value in data.items() if not key.startswith("_")}


def schedule(duration: Mapping[str, Any], book_ms: int, close_days: int) -> tuple[int, int, int]:
    """(start of the closed period, its end, settlement), in ms, for an order booked at `book_ms`."""
    start = book_ms // DAY_MS * DAY_MS + int(duration.get("value_day", 0)) * DAY_MS
    start += int(duration.get("value_time", 0)) * SECOND_MS
    if start < book_ms:
        start += DAY_MS
    end_closed = start + close_days * DAY_MS
    settle = end_closed // DAY_MS * DAY_MS + int(duration.get("end_settled_day", 0)) * DAY_MS
    settle += int(duration.get("end_settled_time", 0)) * SECOND_MS
    if settle < end_closed:
        settle += DAY_MS
    return start, end_closed, settle


def interest(principal: Decimal, rate: Decimal, days: Decimal) -> Decimal:
    return _json.down(principal * rate * days / 365, PAYOUT_PLACES)


class FixedTerm(DocumentModel):
    """Fixed-Income and Fixed-Staking: the subclass gives the catalogue, the order shape and the statuses."""

    PRE_ORDER, CANCELED, HOLDING, PENDING, SETTLING, SETTLED = 1, 3, 4, 5, 6, 7
    AFTER_CONFIRM: ClassVar[int] = 1
    REDEEMING_STATUS: ClassVar[int]
    REDEEMED_ALL: ClassVar[int]
    REDEEM_ID_IS_INTEGER: ClassVar[bool] = False
    """The documents differ: a Fixed-Staking redemption id is an int64, a Fixed-Income one a string."""
    RESULT_NAMES_ORDER: ClassVar[bool] = True
    """Fixed-Income's order result names the order (`order_id`); Fixed-Staking's does not."""

    def products(self) -> list[dict[str, Any]]:
        """The catalogue every customer starts with (product detail shapes, wire form)."""
        raise NotImplementedError

    def close_days(self, product: Mapping[str, Any]) -> int:
        return int(product["duration"]["close_day"])

    def rate(self, product: Mapping[str, Any]) -> Decimal:
        raise NotImplementedError

    def new_order(
        self, call: Call, product: dict[str, Any], order_id: str, amount: Decimal, times: tuple[int, int, int]
    ) -> dict[str, Any]:
        raise NotImplementedError

    # ---- catalogue -------------------------------------------------------------------------

    def seed(self, customer: Customer, now_ms: int) -> None:
        for product in self.products():
            self.new_record(customer, "product", product["id"], product, now_ms)
        example = self.example_order()
        self.new_record(customer, "order", example["id"], example, now_ms)  # the documented order, as it is

    def example_order(self) -> dict[str, Any]:
        """The documented order each customer starts with."""
        order: dict[str, Any] = self.example("listOrders")["items"][0]
        return order

    def _product(self, call: Call, code: int = PRODUCT_NOT_RAISING) -> Record:
        return self.existing(call, "product", "product_id", code)

    def product_view(self, record: Record, now_ms: int, detail: bool = True) -> dict[str, Any]:
        """A product as the API shows it: the current batch's times, agreements only in the detail."""
        view = public(record.data)
        start, end_closed, settle = schedule(view["duration"], now_ms, self.close_days(view))
        view.update(
            raised_time=start // 1000,
            start_closed_time=start // 1000,
            end_closed_time=end_closed // 1000,
            end_settled_time=settle // 1000,
        )
        if not detail:
            view["agreements"] = None
            view["fund_investments"] = None
        return view

    def quota(self, product: Record) -> tuple[Decimal, Decimal]:
        """(what the product has left, what this customer may still buy: -1 without a per-customer limit)."""
        sold = _json.dec(product.data["_sold"])
        left = _json.dec(product.data["_quota"]) - sold  # every product is seeded with its quota
        limit = _json.dec(product.data["user_purchase_limit_dec"])
        user_left = limit - sold if limit > 0 else Decimal(-1)
        return left, user_left

    def _take_quota(self, product: Record, amount: Decimal) -> None:
        product.data["_sold"] = money(_json.dec(product.data["_sold"]) + amount)
        left, _ = self.quota(product)
        if left == 0:
            product.data["status"] = 3  # sold out
        self.store.save(product)

    def _give_back_quota(self, product: Record, amount: Decimal) -> None:
        product.data["_sold"] = money(_json.dec(product.data["_sold"]) - amount)
        if product.data["status"] == 3:
            product.data["status"] = AVAILABLE
        self.store.save(product)

    # ---- subscribing -----------------------------------------------------------------------

    def subscribe(self, call: Call, amount: Decimal, **extra: Any) -> dict[str, Any]:
        product = self._product(call)
        data = product.data
        if data["status"] == 3:
            raise ApiError(INSUFFICIENT_PRODUCT, "the product is sold out")
        if data["status"] != AVAILABLE:
            raise ApiError(NOT_PURCHASABLE_NOW, f"the product's status is {data['status']}")
        minimum = _json.dec(data["minimum_of_purchase_amount_dec"])
        maximum = _json.dec(data["maximum_of_purchase_amount_dec"])
        if amount <= 0 or amount < minimum:
            raise ApiError(MINIMUM_NOT_MET, f"the minimum is {money(minimum)} {data['currency']}")
        if maximum > 0 and amount > maximum:
            raise ApiError(
                PURCHASE_LIMIT, f"the maximum of one purchase is {money(maximum)} {data['currency']}"
            )
        left, user_left = self.quota(product)
        if 0 <= user_left < amount:
            raise ApiError(INDIVIDUAL_LIMIT, f"you may buy {money(user_left)} {data['currency']} more")
        if left < amount:  # never below 0: a purchase takes at most what is left
            raise ApiError(INSUFFICIENT_PRODUCT, f"{money(left)} {data['currency']} of the product is left")
        self._take_quota(product, amount)
        order_id = self.world.new_id(call.now_ms)
        times = schedule(data["duration"], call.now_ms, self.close_days(data))
        order = self.new_order(call, data, order_id, amount, times)
        order.update(
            _result={"status": PURCHASING, "failed_code": 0, "failed_message": ""},
            _times=list(times),
            _principal=money(amount),
            _rate=money(self.rate(data)),
            **extra,
        )
        self.new_record(call.customer, "order", order_id, order, call.now_ms, call.now_ms + CONFIRM_MS)
        return order

    def advance(self, record: Record, at_ms: int) -> None:
        if record.kind == "order":
            self._advance_order(record, at_ms)
        elif record.kind == "redeem":
            self._advance_redeem(record, at_ms)
        self.store.save(record)

    def _advance_order(self, record: Record, at_ms: int) -> None:
        data = record.data
        start, end_closed, settle = data["_times"]
        wallet = f"{record.user_id}.bal"
        if data["_result"]["status"] == PURCHASING:
            product = self.store.get(record.user_id, self.document, "product", str(data["product_id"]))
            try:
                self.store.move(record.user_id, wallet, data["currency"], -_json.dec(data["_principal"]))
            except InsufficientFunds as short:
                data["_result"] = {
                    "status": PURCHASE_FAILED,
                    "failed_code": INSUFFICIENT_VALUE,
                    "failed_message": str(short),
                }
                data["order_status"] = self.CANCELED
                record.due_ms = None
                if product is not None:
                    self._give_back_quota(product, _json.dec(data["_principal"]))
                return
            data["_result"] = {"status": PURCHASED, "failed_code": 0, "failed_message": ""}
            data["order_status"] = self.AFTER_CONFIRM
            record.due_ms = max(start, at_ms + 1)
            return
        status = data["order_status"]
        if status in (self.PRE_ORDER, self.AFTER_CONFIRM) and at_ms >= start and status != self.HOLDING:
            self.on_holding(data, at_ms)
            data["order_status"] = self.HOLDING
            record.due_ms = max(end_closed, at_ms + 1)
        elif status in (self.HOLDING, self.REDEEMING_STATUS) and at_ms >= end_closed:
            if status == self.REDEEMING_STATUS:
                record.due_ms = at_ms + REDEEM_MS  # settle once the redemption is through
                return
            data["order_status"] = self.PENDING
            record.due_ms = max(settle, at_ms + 1)
        elif status == self.PENDING:
            data["order_status"] = self.SETTLING
            record.due_ms = at_ms + SETTLING_MS
        elif status == self.SETTLING:
            self._settle(record, at_ms)
            record.due_ms = None

    def on_holding(self, order: dict[str, Any], at_ms: int) -> None:
        """The closed period starts (Fixed-Staking confirms its share price here)."""

    def payback(self, order: Mapping[str, Any]) -> Decimal:
        principal = _json.dec(order["_principal"])
        start, end_closed, _ = order["_times"]
        days = Decimal(end_closed - start) / DAY_MS
        total = principal + interest(principal, _json.dec(order["_rate"]), days)
        coupon = _json.dec(order.get("_coupon_rate", "0"))
        return total + interest(principal, coupon, days)

    def _settle(self, record: Record, at_ms: int) -> None:
        data = record.data
        amount = self.payback(data)
        data["order_status"] = self.SETTLED
        data["payback_dec"] = money(amount)
        data["_settled_at"] = at_ms
        self.on_settled(record, amount, at_ms)

    def on_settled(self, record: Record, amount: Decimal, at_ms: int) -> None:
        """Credit the payback (Fixed-Income may roll it into a renewal instead)."""
        self.store.move(record.user_id, f"{record.user_id}.bal", record.data["currency"], amount)

    # ---- redeeming -------------------------------------------------------------------------

    def order(self, call: Call) -> Record:
        return self.existing(call, "order", "order_id", NOT_YOUR_ORDER)

    def held_days(self, order: Mapping[str, Any], at_ms: int) -> Decimal:
        start = order.get("_times", [at_ms])[0]
        return Decimal(max(at_ms - start, 0) // DAY_MS)

    def start_redemption(self, call: Call, order: Record, redeem: dict[str, Any]) -> dict[str, Any]:
        redeem_id = self.world.new_id(call.now_ms)
        redeem.update(
            id=int(redeem_id) if self.REDEEM_ID_IS_INTEGER else redeem_id,
            order_id=order.id,
            redeem_time=call.now_ms // 1000,
            confirm_time=0,
            status=REDEEM_CREATED,
        )
        self.new_record(call.customer, "redeem", redeem_id, redeem, call.now_ms, call.now_ms + REDEEM_MS)
        order.data["order_status"] = self.REDEEMING_STATUS
        self.store.save(order)
        return public(redeem)

    def _advance_redeem(self, record: Record, at_ms: int) -> None:
        data = record.data
        data["status"] = REDEEM_SUCCEEDED
        data["confirm_time"] = at_ms // 1000
        record.due_ms = None
        currency = data.get("_pay_currency") or data["redeem_currency"]
        self.store.move(
            record.user_id, f"{record.user_id}.bal", currency, _json.dec(data["redeem_amount_dec"])
        )
        order = self.store.get(record.user_id, self.document, "order", data["order_id"])
        if order is not None:
            self.redeemed(order, record, at_ms)
            self.store.save(order)

    def redeemed(self, order: Record, redeem: Record, at_ms: int) -> None:
        """A redemption of `order` went through: its principal (or shares) and status follow."""
        raise NotImplementedError

    def redemptions(self, customer: Customer, order_id: str) -> list[Record]:
        return [r for r in self.records(customer, "redeem") if r.data["order_id"] == order_id]

    # ---- the operations both documents have alike ------------------------------------------

    @handles("getProductDetail")
    def get_product_detail(self, call: Call) -> Any:
        return self.product_view(self._product(call, PARAMETER_ERROR), call.now_ms)

    @handles("getProductQuota")
    def get_product_quota(self, call: Call) -> Any:
        product = self._product(call, PARAMETER_ERROR)
        left, user_left = self.quota(product)
        return {
            "product_left_quota_dec": money(left),
            "user_left_quota_dec": money(user_left),
            "minimum_of_purchase_amount_dec": product.data["minimum_of_purchase_amount_dec"],
            "maximum_of_purchase_amount_dec": product.data["maximum_of_purchase_amount_dec"],
        }

    @handles("getOrderDetail")
    def get_order_detail(self, call: Call) -> Any:
        return self.order_view(self.order(call))

    # ---- listing ---------------------------------------------------------------------------

    def list_products(self, call: Call, currency: str | None = None) -> dict[str, Any]:
        products = [
            self.product_view(r, call.now_ms, detail=False)
            for r in reversed(self.records(call.customer, "product"))
            if not currency or r.data["currency"] == currency
        ]
        return self.paged(call, products)

    def list_orders(self, call: Call, statuses: set[int] | None) -> dict[str, Any]:
        orders = [
            self.order_view(r)
            for r in self.records(call.customer, "order")
            if statuses is None or r.data["order_status"] in statuses
        ]
        currency = call.text("currency", "")
        if currency:
            orders = [o for o in orders if o["currency"] == currency]
        if call.has("only_need_count"):
            return {"count": len(orders)}
        return self.paged(call, orders)

    def order_view(self, record: Record) -> dict[str, Any]:
        """An order as the API shows it (each document adds what it derives: redeeming amount, profit)."""
        raise NotImplementedError

    def order_result(self, record: Record) -> dict[str, Any]:
        result = copy.deepcopy(record.data["_result"])
        return {**result, "order_id": record.id} if self.RESULT_NAMES_ORDER else result
