"""Balance+ (flexible savings): deposits and withdrawals that settle, daily compound interest.

- The customer's Matrixport wallet (`<user id>.bal`) is the "available balance"; a deposit takes
  from it at once, a withdrawal pays into it when it completes.
- Orders pass 1 queuing -> 2 processing (after `PROCESSING_AFTER_MS`) -> 4 completed (after
  `SETTLE_MS`); the result operation answers 12010012 (pending) until then, code 0 after.
- A completed deposit adds to the position's principal; a withdrawal takes accrued interest
  first, then principal, when it is placed.
- Interest accrues at every sandbox midnight (UTC) on principal plus accrued interest
  (compound, the document's `accrual_type` 2): position x APY / 365, cut to 18 places; each
  day is one revenue-details row.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .. import _json
from ..store import Customer, InsufficientFunds, Record
from .base import DAY_MS, SECOND_MS, ApiError, Call, DocumentModel, handles, money

PROCESSING_AFTER_MS = 10 * SECOND_MS
SETTLE_MS = 60 * SECOND_MS
INTEREST_PLACES = 18

QUEUING, PROCESSING, CANCELLED, COMPLETED = 1, 2, 3, 4
DEPOSIT, WITHDRAW = 1, 2
USER_PLACED = 1  # order source: the user places the order

PARAMETER_ERROR = 12010004
INSUFFICIENT_DEPOSIT_BALANCE = 12010002
INSUFFICIENT_WITHDRAW_AMOUNT = 12010003
REFUSED_DUE_TO_FULL_WITHDRAW = 12010008
INSUFFICIENT_SUPPLY = 12010009
IN_PROGRESS = 12010012


@dataclass(frozen=True)
class Currency:
    apy: Decimal
    min_deposit: Decimal
    max_deposit: Decimal
    min_withdraw: Decimal
    pool_supply: Decimal
    loan_apy: Decimal


_ = Decimal
CURRENCIES: dict[str, Currency] = {
    # BTC from the Currency details, User available balance and Withdrawable balance examples.
    "BTC": Currency(
        _("0.341090391338626559"),
        _("0.1"),
        _("100"),
        _("0.05"),
        _("294.703307677966421877"),
        _("0.35433837792241125"),
    ),
    # ETH's APY from the Currency list example; the rest are the sandbox's choices.
    "ETH": Currency(_("0.08"), _("0.1"), _("1000"), _("0.05"), _("5000"), _("0.09")),
    "USDT": Currency(_("0.05"), _("10"), _("1000000"), _("5"), _("50000000"), _("0.06")),
    "USDC": Currency(_("0.05"), _("10"), _("1000000"), _("5"), _("50000000"), _("0.06")),
}


def _next_midnight(ms: int) -> int:
    return (ms // DAY_MS + 1) * DAY_MS


class BalancePlus(DocumentModel):
    document = "balance-plus"

    # ---- helpers ---------------------------------------------------------------------------

    def _currency(self, call: Call, name: str = "currency") -> tuple[str, Currency]:
        code = call.text(name).upper()
        if code not in CURRENCIES:
            raise ApiError(
                PARAMETER_ERROR, f"currency {code!r} is not offered (offered: {', '.join(CURRENCIES)})"
            )
        return code, CURRENCIES[code]

    def _position(self, customer: Customer, currency: str, now_ms: int) -> Record:
        record = self.record(customer, "position", currency)
        if record is None:
            data = {"principal": "0", "interest": "0", "accrued": "0", "last_day_ms": 0, "last_interest": "0"}
            record = self.new_record(customer, "position", currency, data, now_ms)
        return record

    @staticmethod
    def _held(record: Record | None) -> Decimal:
        if record is None:
            return Decimal(0)
        return _json.dec(record.data["principal"]) + _json.dec(record.data["interest"])

    def _yesterday(self, record: Record | None, now_ms: int) -> Decimal:
        if record is None or record.data["last_day_ms"] != now_ms // DAY_MS * DAY_MS:
            return Decimal(0)
        return _json.dec(record.data["last_interest"])

    def _amount(self, call: Call) -> Decimal:
        amount: Decimal = call.decimal("amount")
        if amount <= 0:
            raise ApiError(PARAMETER_ERROR, "amount must be positive")
        return amount

    def _order(
        self, call: Call, currency: str, kind: int, amount: Decimal, **extra: Any
    ) -> tuple[str, dict[str, Any]]:
        serial = self.world.new_id(call.now_ms)
        data = {
            "amount": money(amount),
            "created_at": call.now_ms,
            "currency": currency,
            "product_type": "flexi_saving",
            "subject_type": "flexi_saving",
            "order_id": serial,
            "order_source": USER_PLACED,  # the only order_source a request may send (BP-3)
            "order_status": QUEUING,
            "policy_id": f"policy-{currency.lower()}",
            "redeem_all": False,  # a withdrawal's own value comes with **extra
            "redeem_principal": "0",
            "redeem_profit": "0",
            "refund_transfer_sn": "",
            "transfer_sn": f"T{serial}",
            "type": kind,
            "updated_at": call.now_ms,
            "user_id": call.user_id,
            "agreement_status": 1,
            "biz_serial_number": serial,
            "confirmed_time": 0,
            "failed_code": 0,
            **extra,
        }
        self.new_record(call.customer, "order", serial, data, call.now_ms, call.now_ms + PROCESSING_AFTER_MS)
        return serial, data

    # ---- time ------------------------------------------------------------------------------

    def advance(self, record: Record, at_ms: int) -> None:
        if record.kind == "order":
            self._advance_order(record, at_ms)
        elif record.kind == "position":
            self._accrue(record, at_ms)
        self.store.save(record)

    def _advance_order(self, record: Record, at_ms: int) -> None:
        data = record.data
        data["updated_at"] = at_ms
        if data["order_status"] == QUEUING:
            data["order_status"] = PROCESSING
            record.due_ms = record.created_ms + SETTLE_MS
            return
        data["order_status"] = COMPLETED
        data["confirmed_time"] = at_ms
        record.due_ms = None
        customer = Customer("", record.user_id)
        amount = _json.dec(data["amount"])
        if data["type"] == DEPOSIT:
            position = self._position(customer, data["currency"], at_ms)
            position.data["principal"] = money(_json.dec(position.data["principal"]) + amount)
            if position.due_ms is None:
                position.due_ms = _next_midnight(at_ms)
            self.store.save(position)
        else:
            self.store.move(record.user_id, f"{record.user_id}.bal", data["currency"], amount)

    def _accrue(self, record: Record, at_ms: int) -> None:
        """Midnight `at_ms`: one day of interest on the position, one revenue-details row."""
        currency = record.id
        rate = CURRENCIES[currency].apy
        held = self._held(record)
        interest = _json.down(held * rate / 365, INTEREST_PLACES)
        if interest > 0:
            record.data["interest"] = money(_json.dec(record.data["interest"]) + interest)
            record.data["accrued"] = money(_json.dec(record.data["accrued"]) + interest)
            record.data["last_day_ms"] = at_ms
            record.data["last_interest"] = money(interest)
            row = {
                "currency": currency,
                "interest": money(interest),
                "rate": money(rate),
                "timestamp": at_ms,
                "asset_interest": _json.dec(record.data["interest"]),
                "asset_principal": _json.dec(record.data["principal"]),
                "created_at": at_ms,
                "duration": 1,
                "latest": 1,
                "product_type": "flexi_saving",
                "reported": True,
                "subject_type": "flexi_saving",
                "user_id": record.user_id,
            }
            self.store.insert(
                Record(record.user_id, self.document, "interest", f"{at_ms}-{currency}", at_ms, row)
            )
        record.due_ms = at_ms + DAY_MS if self._held(record) > 0 else None

    # ---- operations ------------------------------------------------------------------------

    @handles("listCurrencies")
    def list_currencies(self, call: Call) -> Any:
        rows, total, interest_total = [], Decimal(0), Decimal(0)
        for currency, product in CURRENCIES.items():
            position = self.record(call.customer, "position", currency)
            held = self._held(position)
            accrued = _json.dec(position.data["accrued"]) if position else Decimal(0)
            total += self.world.value_usd(currency, held)
            interest_total += self.world.value_usd(currency, accrued)
            rows.append(
                {
                    "currency": currency,
                    "product_type": "flexi_saving",
                    "subject_type": "flexi_saving",
                    "balance": money(held),
                    "deposit_apy": money(product.apy),
                    "interest": money(accrued),
                }
            )
        return {
            "total_balance_amount": money(total),
            "total_interest": money(interest_total),
            "currencies": rows,
        }

    @handles("getCurrencyDetail")
    def get_currency_detail(self, call: Call) -> Any:
        currency, product = self._currency(call)
        position = self.record(call.customer, "position", currency)
        detail = self.example("getCurrencyDetail")
        for nested in (
            detail,
            detail.get("apy_subscribe_setting") or {},
            *(detail.get("product_i18ns") or []),
        ):
            nested["currency"] = currency
        detail.update(
            balance=money(self._held(position)),
            interest=money(_json.dec(position.data["accrued"]) if position else Decimal(0)),
            yesterday_interest=money(self._yesterday(position, call.now_ms)),
            current_apy=money(product.apy),
            loan_apy=money(product.loan_apy),
            pool_supply=money(product.pool_supply),
        )
        return detail

    @handles("getAvailableBalance")
    def get_available_balance(self, call: Call) -> Any:
        currency, product = self._currency(call)
        balance = self.example("getAvailableBalance")
        balance.update(
            supply_min_amount=money(product.min_deposit),
            supply_max_amount=money(product.max_deposit),
            user_supply_max_amount=money(product.max_deposit),
            user_available_balance=money(
                self.store.balance(call.user_id, self.world.wallet(call.customer), currency)
            ),
            reference_apy=money(product.apy),
        )
        return balance

    @handles("createDeposit")
    def create_deposit(self, call: Call) -> Any:
        currency, product = self._currency(call)
        amount = self._amount(call)
        if amount < product.min_deposit:
            raise ApiError(PARAMETER_ERROR, f"the minimum deposit is {money(product.min_deposit)} {currency}")
        if amount > product.max_deposit:
            raise ApiError(PARAMETER_ERROR, f"the maximum deposit is {money(product.max_deposit)} {currency}")
        if any(
            r.data["type"] == WITHDRAW and r.data["redeem_all"] and r.data["currency"] == currency
            and r.data["order_status"] in (QUEUING, PROCESSING)
            for r in self.records(call.customer, "order")
        ):  # fmt: skip
            raise ApiError(REFUSED_DUE_TO_FULL_WITHDRAW, f"a full withdrawal of {currency} is in progress")
        try:
            self.store.move(call.user_id, self.world.wallet(call.customer), currency, -amount)
        except InsufficientFunds as short:
            raise ApiError(INSUFFICIENT_DEPOSIT_BALANCE, str(short)) from None
        serial, _ = self._order(call, currency, DEPOSIT, amount)
        return {
            "income_distribution_time": _next_midnight(call.now_ms),
            "serial_number": serial,
            "type": DEPOSIT,
        }

    @handles("createWithdraw")
    def create_withdraw(self, call: Call) -> Any:
        currency, product = self._currency(call)
        position = self._position(call.customer, currency, call.now_ms)
        held = self._held(position)
        redeem_all = call.boolean("redeem_all")
        amount = held if redeem_all else self._amount(call)
        if amount <= 0 or amount > held:
            raise ApiError(INSUFFICIENT_WITHDRAW_AMOUNT, f"the position holds {money(held)} {currency}")
        if amount < product.min_withdraw and not redeem_all:
            raise ApiError(
                PARAMETER_ERROR, f"the minimum withdrawal is {money(product.min_withdraw)} {currency}"
            )
        if amount > product.pool_supply:
            raise ApiError(INSUFFICIENT_SUPPLY, f"the pool supplies {money(product.pool_supply)} {currency}")
        interest = _json.dec(position.data["interest"])
        from_interest = min(interest, amount)
        position.data["interest"] = money(interest - from_interest)
        position.data["principal"] = money(_json.dec(position.data["principal"]) - (amount - from_interest))
        self.store.save(position)
        serial, _ = self._order(
            call,
            currency,
            WITHDRAW,
            amount,
            redeem_all=redeem_all,
            redeem_principal=money(amount - from_interest),
            redeem_profit=money(from_interest),
        )
        return {"income_distribution_time": 0, "serial_number": serial, "type": WITHDRAW}

    @handles("getDepositWithdrawResult")
    def get_deposit_withdraw_result(self, call: Call) -> Any:
        serial = call.text("serial_number")
        record = self.record(call.customer, "order", serial)
        if record is None:
            raise ApiError(PARAMETER_ERROR, f"no deposit or withdrawal with serial_number {serial!r}")
        if record.data["order_status"] in (QUEUING, PROCESSING):
            raise ApiError(IN_PROGRESS)
        return None

    @handles("listOrders")
    def list_orders(self, call: Call) -> Any:
        currency = call.text("currency", "").upper()
        kind = call.integer("type", 0)
        source = call.integer("order_source", 0)
        status = call.integer("order_status", 0)
        orders = [
            r.data
            for r in self.records(call.customer, "order")
            if (not currency or r.data["currency"] == currency)
            and (not kind or r.data["type"] == kind)
            and (not source or r.data["order_source"] == source)
            and (not status or r.data["order_status"] == status)
        ]
        return self.paged(call, orders)

    @handles("listRevenueDetails")
    def list_revenue_details(self, call: Call) -> Any:
        """Newest first; a page continues at `next_timestamp` inclusive, so rows of that instant repeat."""
        currency = call.text("currency", "").upper()
        limit = max(call.integer("limit", 10), 1)
        cursor = call.integer("next_timestamp", 0)
        period = call.integer("period", 0)
        since = call.now_ms - period * DAY_MS if period > 0 else 0
        rows = sorted(
            (
                r.data
                for r in self.records(call.customer, "interest")
                if (not currency or r.data["currency"] == currency) and r.data["timestamp"] >= since
            ),
            key=lambda row: (-row["timestamp"], row["currency"]),
        )
        remaining = [row for row in rows if not cursor or row["timestamp"] <= cursor]
        taken = remaining[:limit]
        if taken and len(remaining) > limit:
            last = taken[-1]["timestamp"]
            if last == (cursor or None):  # a page must move on: take every row of this instant
                taken = [row for row in remaining if row["timestamp"] >= last]
                following = next((row["timestamp"] for row in remaining if row["timestamp"] < last), 0)
            else:
                following = last
        else:
            following = 0
        first_page = not cursor
        total = Decimal(0)
        accrued = Decimal(0)
        yesterday = Decimal(0)
        if first_page:
            for code in CURRENCIES:
                if currency and code != currency:
                    continue
                position = self.record(call.customer, "position", code)
                total += self.world.value_usd(code, self._held(position))
                yesterday += self.world.value_usd(code, self._yesterday(position, call.now_ms))
            accrued = sum(
                (self.world.value_usd(row["currency"], _json.dec(row["interest"])) for row in rows),
                Decimal(0),
            )
        return {
            "accumulated_interest": money(accrued),
            "currency": "USD",
            "product_type": "flexi_saving",
            "subject_type": "flexi_saving",
            "next_timestamp": following,
            "total_asset": money(total),
            "yesterday_interest": money(yesterday),
            "interests": taken,
        }

    @handles("getWithdrawableBalance")
    def get_withdrawable_balance(self, call: Call) -> Any:
        currency, product = self._currency(call)
        position = self.record(call.customer, "position", currency)
        return {
            "redeem_min_amount": money(product.min_withdraw),
            "redeem_max_amount": money(min(self._held(position), product.pool_supply)),
            "reference_apy": money(product.apy),
            "principal": money(_json.dec(position.data["principal"]) if position else Decimal(0)),
            "interest": money(_json.dec(position.data["interest"]) if position else Decimal(0)),
            "supply_balance": money(product.pool_supply),
            "redeem_delay_time": 0,
        }

    @handles("getTotalPosition")
    def get_total_position(self, call: Call) -> Any:
        total, profit = Decimal(0), Decimal(0)
        for currency in CURRENCIES:
            position = self.record(call.customer, "position", currency)
            if position is not None:
                total += self.world.value_usd(currency, self._held(position))
                profit += self.world.value_usd(currency, _json.dec(position.data["accrued"]))
        return {"total_asset": money(total), "total_profit": money(profit)}
