"""The sandbox's state models, pinned exactly: whole answers after flows, as the wire carries them.

Each test runs a fresh in-process sandbox whose clock stands still (a speed of 1e-9 times real
time) at 02:00 UTC of the next day, with a customer created there, so that every time, id and
amount an answer carries can be computed by hand from the rules of the sandbox README
(`overrides/matrixport/sandbox/README.md`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from matrixport import Matrixport
from matrixport.errors import APIError
from matrixport.fixed_staking.models import PaybackCurrency
from matrixport.sandbox import Sandbox
from matrixport.sandbox.store import SNOWFLAKE_EPOCH_MS

SECOND = 1_000
HOUR = 3_600_000
DAY = 86_400_000

LOAN = "7109485224484110336"
FI_RENEWABLE = "6812413916300247040"
FS_PRODUCT = "6984793150468501504"


@dataclass
class Box:
    """A sandbox standing still at `t0` (02:00 UTC), with one new customer and its client."""

    sandbox: Sandbox
    client: Matrixport
    user: str
    t0: int

    @property
    def day(self) -> int:
        """The start (00:00 UTC) of the customer's first day."""
        return self.t0 - 2 * HOUR

    def now(self) -> int:
        return self.sandbox.clock.now_ms()

    def advance_to(self, at_ms: int) -> None:
        now = self.now()
        assert at_ms >= now
        self.sandbox.advance((at_ms - now) / 1000)
        assert self.now() == at_ms

    def wire(self, method: Callable[..., Any], **kwargs: Any) -> Any:
        """The answer's `data` exactly as the sandbox sent it (decimals as written, integers as ints)."""
        raw = self.client.raw(method, **kwargs)
        return json.loads(raw.content, parse_float=Decimal)["data"]

    def code(self, method: Callable[..., Any], **kwargs: Any) -> int:
        with pytest.raises(APIError) as caught:
            method(**kwargs)
        return int(caught.value.code)

    def refusal(self, method: Callable[..., Any], **kwargs: Any) -> tuple[int, str]:
        """The error code and what the sandbox added to the document's message (after ": ")."""
        with pytest.raises(APIError) as caught:
            method(**kwargs)
        return int(caught.value.code), str(caught.value.message).split(": ", 1)[1]

    def wallet(self, currency: str) -> Decimal:
        return self.sandbox.balance(f"{self.user}.bal", currency, credentials=self.credentials)

    credentials: Any = None


@pytest.fixture
def box() -> Iterator[Box]:
    with Sandbox(clock_speed=1e-9) as sandbox:
        now = sandbox.clock.now_ms()
        t0 = (now // DAY + 1) * DAY + 2 * HOUR
        sandbox.advance((t0 - now) / 1000)
        credentials = sandbox.keys.create()
        with sandbox.client(credentials, retry_backoff=0.001) as client:
            made = Box(sandbox, client, credentials.user_id, t0)
            made.credentials = credentials
            yield made


def id_time(id_: str | int) -> int:
    """The sandbox time (ms) a 19-digit id was made at."""
    return (int(id_) >> 22) + SNOWFLAKE_EPOCH_MS


# ---- Prime Broker ------------------------------------------------------------------------------


def test_prime_broker_repay_then_renew_makes_the_exact_new_order(box: Box) -> None:
    pb = box.client.prime_broker
    binance = f"{box.user}_binance_1"
    before = box.wire(pb.get_order_detail, order_id=LOAN)
    assert (before["status"], before["due_time"], before["value_time"]) == (11, box.day + 30 * DAY, box.day)
    [bill] = box.wire(pb.list_loan_bills, order_id=LOAN, status=1, limit=10)["items"]
    interest = Decimal("197.26027397")  # 30000 x 0.08 x 30 / 365, cut to 8 places
    assert Decimal(bill["need_pay_amount"]) == interest
    pb.repay_loan_bill(bill_id=bill["bill_id"], account_id=binance, request_id="bill-0001")
    box.advance_to(box.t0 + 30 * SECOND)
    pb.repay_order(order_id=LOAN, amount=Decimal("1000"), account_id=binance, request_id="repay-0001")
    box.advance_to(box.t0 + 60 * SECOND)
    assert box.wire(pb.get_order_detail, order_id=LOAN)["amount_repaid"] == "1000"
    # a second repayment and the renewal at the same instant: both finish at +90 s, the renewal first
    pb.repay_order(order_id=LOAN, amount=Decimal("500"), account_id=binance, request_id="repay-0002")
    until = before["due_time"] + DAY + 5
    pb.renew_order(
        order_id=LOAN, allocation_amount=Decimal("20000"), time_milli=until, request_id="renew-0001"
    )
    assert box.wire(pb.get_order_detail, order_id=LOAN)["status"] == 15

    def renew_operation() -> dict[str, Any]:
        operations = box.wire(pb.list_order_operations, order_id=LOAN, limit=20)["items"]
        [operation] = [o for o in operations if o["request_id"] == "renew-0001"]
        return dict(operation)

    operation = renew_operation()
    assert operation == {
        "created_at": box.t0 + 60 * SECOND,
        "serial_no": operation["serial_no"],
        "user_id": box.user,
        "request_id": "renew-0001",
        "order_id": LOAN,
        "op_type": 4,
        "currency": "USDT",
        "amount": "20000",
        "status": 4,
    }
    assert id_time(operation["serial_no"]) == box.t0 + 60 * SECOND
    box.advance_to(box.t0 + 75 * SECOND)
    assert box.wire(pb.get_order_detail, order_id=LOAN)["status"] == 17
    box.advance_to(box.t0 + 90 * SECOND - 1)
    assert box.wire(pb.get_order_detail, order_id=LOAN)["status"] == 17
    assert renew_operation()["status"] == 4
    box.advance_to(box.t0 + 90 * SECOND)
    assert renew_operation()["status"] == 5
    old = box.wire(pb.get_order_detail, order_id=LOAN)
    assert old == {
        **before,
        "status": 19,
        "margin_amount": "0",
        "amount_repaid": "1500",
        "repaying": "0",
    }
    orders = box.wire(pb.list_orders, limit=10)["items"]
    new_id = orders[0]["order_id"]
    assert id_time(new_id) == box.t0 + 90 * SECOND
    new = box.wire(pb.get_order_detail, order_id=new_id)
    assert new == {
        **before,
        "created_at": box.t0 + 90 * SECOND,
        "order_id": new_id,
        "allocation_amount": "20000",
        "allocated_amount": "20000",
        "amount_repaid": "0",
        "repaying": "0",
        "value_time": before["due_time"],
        "due_time": until,
        "close_day": 1,
        "status": 11,
        "pre_order_id": LOAN,
    }
    listed = ("created_at", "equity_amount", "equity_currency")
    assert orders[0] == {key: value for key, value in new.items() if key not in listed}
    rcus = box.wire(pb.list_rcus, limit=10)["items"]
    [rcu] = [r for r in rcus if r["rcu_id"] == 820]
    left = Decimal("650000") - interest - 1500
    assert rcu == {
        "rcu_id": 820,
        "rcu_name": rcu["rcu_name"],
        "total_value": str(left),
        "loan_size": "20000",
        "skitg": str(left - 20000),
        "initial_margin_ratio": rcu["initial_margin_ratio"],
        "order_id": new_id,
        "is_enable": True,
    }
    assert box.code(
        pb.renew_order, order_id=LOAN, allocation_amount=Decimal("1"), time_milli=until + DAY
    ) == (12070343)


# ---- Fixed-Income ------------------------------------------------------------------------------


def test_fixed_income_partial_then_full_redemption(box: Box) -> None:
    fi = box.client.fixed_income
    usdt = box.wallet("USDT")
    serial = box.wire(fi.create_order, product_id=FI_RENEWABLE, amount_dec=Decimal("500.5"))["serial_number"]
    box.advance_to(box.t0 + 5 * SECOND)
    assert box.wallet("USDT") == usdt - Decimal("500.5")
    start = box.day + DAY  # value_time 0 of the booking day is past: the next day
    box.advance_to(start + 2 * DAY + HOUR + 500)  # half a second: times in seconds are cut
    now = box.now()
    order = box.wire(fi.get_order_detail, order_id=serial)
    assert (order["order_status"], order["start_closed_time"]) == (4, start // 1000)
    profit = Decimal("0.24657534")  # 500 x 0.09 x 2 / 365 = 0.246575342..., cut to 8 places
    redeem = box.wire(fi.redeem_order, order_id=serial, principal_dec=Decimal("500"))
    assert redeem == {
        "order_id": serial,
        "redeem_ror": 9_000_000,
        "redeem_amount_dec": str(500 + profit),
        "profit_dec": str(profit),
        "redeem_principal_dec": "500",
        "coupon_profit_dec": "0",
        "redeem_demand_interest_dec": "0",
        "ror": 12_000_000,
        "redeem_currency": "USDT",
        "id": redeem["id"],
        "redeem_time": now // 1000,
        "confirm_time": 0,
        "status": 1,
    }
    assert isinstance(redeem["id"], str) and id_time(redeem["id"]) == now
    redeeming = box.wire(fi.get_order_detail, order_id=serial)
    assert (redeeming["order_status"], redeeming["redeeming_amount_dec"]) == (16, "500")
    assert box.wire(fi.get_redeem_detail, order_id=serial)["redeeming_amount_dec"] == "500"
    box.advance_to(now + 60 * SECOND)
    assert box.wallet("USDT") == usdt - Decimal("500.5") + 500 + profit
    detail = box.wire(fi.get_redeem_detail, order_id=serial)
    assert detail == {
        "redeem_orders": [{**redeem, "status": 2, "confirm_time": (now + 60 * SECOND) // 1000}],
        "redeeming_amount_dec": "0",
    }
    order = box.wire(fi.get_order_detail, order_id=serial)
    # 0.5 left, for the 4 closed days at 12 %: 0.5 x 0.12 x 4 / 365 = 0.000657534..., cut to 8 places
    estimate = Decimal("0.5") + Decimal("0.00065753")
    assert (order["order_status"], order["redeem_principal_dec"], order["estimate_settle_amount_dec"]) == (
        4,
        "500",
        str(estimate),
    )
    assert box.wire(fi.get_redeemable_amount, order_id=serial) == {
        "order_id": serial,
        "max_amount_dec": "0.5",
    }
    box.wire(fi.redeem_order, order_id=serial, principal_dec=Decimal("7"))  # more than is left: all of it
    box.advance_to(now + 120 * SECOND)
    order = box.wire(fi.get_order_detail, order_id=serial)
    assert (order["order_status"], order["redeem_principal_dec"], order["estimate_settle_amount_dec"]) == (
        15,
        "500.5",
        str(estimate),
    )
    assert box.wire(fi.get_redeemable_amount, order_id=serial) == {"order_id": serial, "max_amount_dec": "0"}


# ---- Fixed-Staking -----------------------------------------------------------------------------


def test_fixed_staking_redemption_by_shares_exactly(box: Box) -> None:
    fs = box.client.fixed_staking
    product = box.wire(fs.get_product_detail, product_id=FS_PRODUCT)
    serial = box.wire(fs.create_order, product_id=FS_PRODUCT, amount_dec=Decimal("3"))["serial_number"]
    raised = Decimal(product["current_raise_amount_dec"]) + 3
    assert "current_raise_amount" not in product  # the e8 twin is only in the other product's example
    assert (product["agreements"], product["fund_investments"]) != (None, None)  # the detail has them
    assert box.wire(fs.get_product_detail, product_id=FS_PRODUCT) == {
        **product,
        "current_raise_amount_dec": decimal_text(raised),
    }
    [listed] = [p for p in box.wire(fs.list_products)["items"] if p["id"] == FS_PRODUCT]
    assert listed["current_raise_amount_dec"] == decimal_text(raised)
    assert (listed["explain"], listed["agreements"], listed["fund_investments"]) == (None, None, None)
    assert product["explain"] is not None
    box.advance_to(box.t0 + 5 * SECOND)
    nothing = {"order_id": serial, "max_amount": 0, "max_share": 0, "max_amount_dec": "0"}
    assert box.wire(fs.get_order_detail, order_id=serial)["order_status"] == 2
    assert box.wire(fs.get_redeemable_amount, order_id=serial) == nothing  # not holding yet
    start = box.day + DAY
    box.advance_to(start + 2 * DAY + HOUR)
    now = box.now()
    three = {"order_id": serial, "max_amount": 300_000_000, "max_share": 300_000_000, "max_amount_dec": "3"}
    assert box.wire(fs.get_redeemable_amount, order_id=serial) == three
    profit = Decimal("0.00043835")  # 1 x 0.08 x 2 / 365 = 0.000438356..., cut to 8 places
    redeem = box.wire(
        fs.redeem_order,
        payback_currency=PaybackCurrency.STETH,
        order_id=serial,
        share=Decimal("1"),
        principal=Decimal("1"),
    )
    assert redeem == {
        "ror": 8_000_000,
        "main_product_type": redeem["main_product_type"],
        "redeem_currency": "ETH",
        "redeem_share": 100_000_000,
        "redeem_share_price": 100_000_000,
        "redeem_share_price_time": now // 1000,
        "redeem_principal_dec": "1",
        "redeem_profit_dec": str(profit),
        "redeem_demand_interest_dec": "0",
        "coupon_profit_dec": "0",
        "redeem_amount_dec": str(1 + profit),
        "payback_currency": "STETH",
        "client_repay_amount_dec": "0",
        "id": redeem["id"],
        "order_id": serial,
        "redeem_time": now // 1000,
        "confirm_time": 0,
        "status": 1,
    }
    assert isinstance(redeem["id"], int) and id_time(redeem["id"]) == now
    order = box.wire(fs.get_order_detail, order_id=serial)
    assert (order["order_status"], order["redeeming_share"], order["is_redeem"]) == (10, 100_000_000, 1)
    assert box.wire(fs.get_redeemable_amount, order_id=serial) == nothing  # while redeeming
    steth = box.wallet("STETH")
    box.advance_to(now + 60 * SECOND)
    assert box.wallet("STETH") == steth + 1 + profit
    order = box.wire(fs.get_order_detail, order_id=serial)
    held = Decimal("0.00087671")  # the 2 ETH left, 2 days at 8 %: 0.000876712..., cut
    assert {key: order[key] for key in ("order_status", "redeeming_share", "redeem_share", "is_redeem")} == {
        "order_status": 4,
        "redeeming_share": 0,
        "redeem_share": 100_000_000,
        "is_redeem": 0,
    }
    assert (order["hold_days"], order["hold_profit"]) == (2, str(held))
    two = {"order_id": serial, "max_amount": 200_000_000, "max_share": 200_000_000, "max_amount_dec": "2"}
    assert box.wire(fs.get_redeemable_amount, order_id=serial) == two
    box.wire(
        fs.redeem_order,
        payback_currency=PaybackCurrency.ETH,
        order_id=serial,
        share=Decimal("2"),
        principal=Decimal("2"),
    )
    box.advance_to(now + 120 * SECOND)
    order = box.wire(fs.get_order_detail, order_id=serial)
    assert (order["order_status"], order["redeem_share"], order["share"]) == (11, 300_000_000, 300_000_000)
    assert box.wire(fs.get_redeemable_amount, order_id=serial) == nothing


FI_PRODUCT = "6820591484295766016"


def decimal_text(value: Decimal) -> str:
    """A decimal as the sandbox writes it: no exponent, no trailing zeros."""
    return f"{value.normalize():f}"


def cut8(value: Decimal) -> Decimal:
    return value.quantize(Decimal("1E-8"), "ROUND_DOWN")


def test_fixed_income_settlement_pays_or_renews_exactly(box: Box) -> None:
    fi = box.client.fixed_income
    usdt = box.wallet("USDT")
    plain = box.wire(fi.create_order, product_id=FI_PRODUCT, amount_dec=Decimal("100"))["serial_number"]
    rolled = box.wire(fi.create_order, product_id=FI_RENEWABLE, amount_dec=Decimal("300"))["serial_number"]
    first = box.wire(fi.get_order_detail, order_id=rolled)
    fi.enable_order_auto_renew(order_id=rolled)
    box.advance_to(box.t0 + 5 * SECOND)
    assert box.wire(fi.get_order_result, serial_number=rolled) == {
        "status": 1,
        "failed_code": 0,
        "failed_message": "",
        "order_id": rolled,
    }
    # the plain product: value at 18:00, 3 closed days, settled at 19:00 of the last day
    plain_settle = box.day + 3 * DAY + 19 * HOUR
    payback = Decimal("100.09863013")  # 100 x (1 + 0.12 x 3 / 365), cut to 8 places
    box.advance_to(plain_settle + 60 * SECOND - 1)
    assert box.wire(fi.get_order_detail, order_id=plain)["order_status"] == 6
    assert box.wallet("USDT") == usdt - 400
    box.advance_to(plain_settle + 60 * SECOND)
    order = box.wire(fi.get_order_detail, order_id=plain)
    assert (order["order_status"], order["payback_dec"]) == (7, str(payback))
    assert box.wallet("USDT") == usdt - 400 + payback
    # the renewable one: value at the next 00:00, 4 closed days, settled 1 day later at 12:00
    settle = box.day + 6 * DAY + 12 * HOUR
    box.advance_to(settle + 60 * SECOND)
    renewed = cut8(Decimal("300") * (1 + Decimal("0.12") * 4 / 365))
    assert renewed == Decimal("300.39452054")
    assert box.wallet("USDT") == usdt - 400 + payback  # the payback went into the renewal
    orders = box.wire(fi.list_orders, limit=10)["items"]
    renewal_id = orders[0]["id"]
    assert id_time(renewal_id) == settle + 60 * SECOND
    start = box.day + 7 * DAY
    renewal = box.wire(fi.get_order_detail, order_id=renewal_id)
    expected = {
        **{key: value for key, value in first.items() if key != "out_serial_number"},
        "id": renewal_id,
        "batch_no": f"FixedIncome4USDT{start // 1000}",
        "book_time": (settle + 60 * SECOND) // 1000,
        "amount_dec": str(renewed),
        "start_closed_time": start // 1000,
        "end_closed_time": (start + 4 * DAY) // 1000,
        "end_settled_time": (start + 5 * DAY + 12 * HOUR) // 1000,
        "is_renew": 1,
        "is_auto_renew": 1,
        "order_status": 1,
        "estimate_settle_amount_dec": decimal_text(renewed + cut8(renewed * Decimal("0.12") * 4 / 365)),
        "can_renew_product_count": 1,
    }
    assert renewal == expected
    assert orders[0] == expected
    assert box.wire(fi.get_order_result, serial_number=renewal_id) == {
        "status": 1,
        "failed_code": 0,
        "failed_message": "",
        "order_id": renewal_id,
    }
    old = box.wire(fi.get_order_detail, order_id=rolled)
    assert (old["order_status"], old["payback_dec"]) == (7, str(renewed))
    box.advance_to(start - 1)
    assert box.wire(fi.get_order_detail, order_id=renewal_id)["order_status"] == 1
    box.advance_to(start)
    assert box.wire(fi.get_order_detail, order_id=renewal_id)["order_status"] == 4


# ---- Balance+ ----------------------------------------------------------------------------------


def test_balance_plus_daily_interest_and_a_position_too_small_to_earn(box: Box) -> None:
    bp = box.client.balance_plus
    deposit = box.wire(bp.create_deposit, currency="USDT", amount=Decimal("10"))
    assert deposit == {
        "income_distribution_time": box.day + DAY,
        "serial_number": deposit["serial_number"],
        "type": 1,
    }
    bp.create_deposit(currency="BTC", amount=Decimal("0.5"))
    order = {
        "amount": "10",
        "created_at": box.t0,
        "currency": "USDT",
        "product_type": "flexi_saving",
        "subject_type": "flexi_saving",
        "order_id": deposit["serial_number"],
        "order_source": 1,
        "order_status": 1,
        "policy_id": "policy-usdt",
        "redeem_all": False,
        "redeem_principal": "0",
        "redeem_profit": "0",
        "refund_transfer_sn": "",
        "transfer_sn": f"T{deposit['serial_number']}",
        "type": 1,
        "updated_at": box.t0,
        "user_id": box.user,
        "agreement_status": 1,
        "biz_serial_number": deposit["serial_number"],
        "confirmed_time": 0,
        "failed_code": 0,
    }

    def usdt_orders() -> Any:
        from matrixport.balance_plus.models import OrderSource, OrderStatus, OrderType

        return box.wire(
            bp.list_orders,
            currency="USDT",
            product_type="flexi_saving",
            subject_type="flexi_saving",
            offset=0,
            limit=10,
            type_=OrderType.DEPOSIT,
            order_source=OrderSource.USER,
            order_status=OrderStatus.ALL,
        )["orders"]

    assert usdt_orders() == [order]
    box.advance_to(box.t0 + 10 * SECOND - 1)
    assert usdt_orders() == [order]
    box.advance_to(box.t0 + 10 * SECOND)
    assert usdt_orders() == [{**order, "order_status": 2, "updated_at": box.t0 + 10 * SECOND}]
    box.advance_to(box.t0 + 60 * SECOND - 1)
    assert box.code(bp.get_deposit_withdraw_result, serial_number=deposit["serial_number"]) == 12010012
    box.advance_to(box.t0 + 60 * SECOND)
    assert usdt_orders() == [
        {
            **order,
            "order_status": 4,
            "updated_at": box.t0 + 60 * SECOND,
            "confirmed_time": box.t0 + 60 * SECOND,
        }
    ]
    bp.get_deposit_withdraw_result(serial_number=deposit["serial_number"])
    box.advance_to(box.day + DAY)
    one_day = Decimal("0.001369863013698630")  # 10 x 0.05 / 365, cut to 18 places
    withdrawable = box.wire(bp.get_withdrawable_balance, currency="USDT")
    assert {key: withdrawable[key] for key in ("redeem_max_amount", "principal", "interest")} == {
        "redeem_max_amount": decimal_text(10 + one_day),
        "principal": "10",
        "interest": decimal_text(one_day),
    }
    detail = box.wire(bp.get_currency_detail, currency="USDT")
    assert (detail["balance"], detail["interest"], detail["yesterday_interest"]) == (
        decimal_text(10 + one_day),
        decimal_text(one_day),
        decimal_text(one_day),
    )
    box.advance_to(box.day + DAY + HOUR)
    assert box.wire(bp.get_currency_detail, currency="USDT")["yesterday_interest"] == decimal_text(one_day)
    tiny = Decimal("1E-18")
    bp.create_withdraw(currency="USDT", amount=10 + one_day - tiny)
    withdrawable = box.wire(bp.get_withdrawable_balance, currency="USDT")
    assert (withdrawable["principal"], withdrawable["interest"]) == (decimal_text(tiny), "0")
    box.advance_to(box.day + 2 * DAY + HOUR)  # 1E-18 x 0.05 / 365 is cut to nothing: no interest, no row
    withdrawable = box.wire(bp.get_withdrawable_balance, currency="USDT")
    assert (withdrawable["principal"], withdrawable["interest"]) == (decimal_text(tiny), "0")
    detail = box.wire(bp.get_currency_detail, currency="USDT")
    assert (detail["balance"], detail["interest"], detail["yesterday_interest"]) == (
        decimal_text(tiny),
        decimal_text(one_day),
        "0",
    )
    revenue = box.wire(bp.list_revenue_details, currency="USDT", limit=10)
    assert revenue["interests"] == [
        {
            "currency": "USDT",
            "interest": decimal_text(one_day),
            "rate": "0.05",
            "timestamp": box.day + DAY,
            "asset_interest": one_day,
            "asset_principal": 10,
            "created_at": box.day + DAY,
            "duration": 1,
            "latest": 1,
            "product_type": "flexi_saving",
            "reported": True,
            "subject_type": "flexi_saving",
            "user_id": box.user,
        }
    ]
    # half a bitcoin earns every day (compound): 0.5 x APY / 365, then on principal and interest
    apy = Decimal("0.341090391338626559")
    first = (Decimal("0.5") * apy / 365).quantize(Decimal("1E-18"), "ROUND_DOWN")
    second = ((Decimal("0.5") + first) * apy / 365).quantize(Decimal("1E-18"), "ROUND_DOWN")
    revenue = box.wire(bp.list_revenue_details, currency="BTC", limit=10)
    assert [(row["timestamp"], row["interest"]) for row in revenue["interests"]] == [
        (box.day + 2 * DAY, decimal_text(second)),
        (box.day + DAY, decimal_text(first)),
    ]
    # in USD: BTC at 60,000, USDT at 1
    assert box.wire(bp.get_total_position) == {
        "total_asset": decimal_text((Decimal("0.5") + first + second) * 60000 + tiny),
        "total_profit": decimal_text((first + second) * 60000 + one_day),
    }


# ---- the ledger ----------------------------------------------------------------------------------


def test_ledger_repeats_are_kept_per_document_and_operation(box: Box) -> None:
    pb, fi = box.client.prime_broker, box.client.fixed_income
    okex = f"{box.user}_okex_1"
    wallet = f"{box.user}.bal"
    transfer: dict[str, Any] = {
        "from_account": wallet,
        "to_account": okex,
        "currency": "USDT",
        "amount": Decimal("10"),
    }
    pb.create_transfer(serial_no="transfer-0001", **transfer)
    assert box.code(pb.create_transfer, serial_no="transfer-0001", **transfer) == 12070132
    fi.create_order(product_id=FI_PRODUCT, amount_dec=Decimal("100"), serial_number="fixed-order-0001")
    fi.create_order(product_id=FI_PRODUCT, amount_dec=Decimal("100"), serial_number="fixed-order-0001")
    ledger = box.sandbox.ledger
    assert [(e.document, e.operation, e.key) for e in ledger.repeats("prime-broker", "createTransfer")] == [
        ("prime-broker", "createTransfer", "transfer-0001")
    ]
    assert [(e.document, e.operation, e.key) for e in ledger.repeats("fixed-income", "createOrder")] == [
        ("fixed-income", "createOrder", "fixed-order-0001")
    ]
    assert ledger.repeats("fixed-staking", "createOrder") == []
    assert ledger.repeats("prime-broker", "createProfitAccrual") == []


def refuse_transfers(box: Box) -> None:
    """The Transfer Case table's refusals and the checks of amounts, accounts and serial numbers."""
    pb = box.client.prime_broker
    wallet, okex, huobi = f"{box.user}.bal", f"{box.user}_okex_1", f"{box.user}_huobi_1"
    binance = f"{box.user}_binance_1"
    send = pb.create_transfer
    btc = {"currency": "BTC", "amount": Decimal("1")}
    refusals: list[tuple[dict[str, object], int]] = [
        ({"serial_no": "profit-0001", "from_account": wallet, "to_account": okex, **btc}, 12070132),
        ({"from_account": binance, "to_account": okex, **btc}, 12070129),
        ({"from_account": binance, "to_account": wallet, **btc}, 12070129),
        ({"from_account": okex, "to_account": binance, **btc}, 12070129),
        ({"from_account": okex, "to_account": okex, **btc}, 12070130),
        ({"from_account": okex, "to_account": huobi, **btc, "amount": Decimal("1000")}, 12070130),
        ({"from_account": okex, "to_account": huobi, **btc, "currency": "DAI"}, 12070519),
        ({"from_account": okex, "to_account": huobi, **btc, "amount": Decimal("0.0010001")}, 12070524),
        ({"from_account": wallet, "to_account": okex, **btc, "amount": Decimal("0.000999")}, 12070525),
        ({"from_account": wallet, "to_account": okex, **btc, "is_instant_transfer": True}, 12070137),
        (
            {
                "from_account": okex,
                "to_account": huobi,
                "currency": "USDC",
                "amount": Decimal("10"),
                "is_instant_transfer": True,
            },
            12070135,
        ),
        ({"from_account": wallet, "to_account": okex, **btc, "from_wallet_type": 1}, 12070106),
        ({"from_account": wallet, "to_account": "9999_okex_1", **btc}, 12070317),
    ]
    for arguments, code in refusals:
        assert box.code(send, **arguments) == code, arguments
    assert box.code(pb.get_transfer_record, serial_no="nothing-0001") == 12070538
    accrue = pb.create_profit_accrual
    assert box.code(accrue, account_id=okex, currency="USDT", amount=Decimal("1")) == 12070129
    assert box.code(accrue, account_id=wallet, currency="USDT", amount=Decimal("1")) == 12070129
    assert (
        box.code(accrue, serial_no="transfer-0001", account_id=binance, currency="USDT", amount=Decimal("1"))
        == 12070132
    )


def test_prime_broker_transfers_move_balances_and_flows_exactly(box: Box) -> None:
    pb = box.client.prime_broker
    wallet, okex, huobi = f"{box.user}.bal", f"{box.user}_okex_1", f"{box.user}_huobi_1"
    binance = f"{box.user}_binance_1"

    def balance(account: str, currency: str, wallet_type: int = 0) -> Decimal:
        return box.sandbox.balance(account, currency, wallet_type, credentials=box.credentials)

    pb.create_transfer(
        serial_no="transfer-0001", from_account=wallet, to_account=okex, currency="BTC", amount=Decimal("0.5")
    )
    record = {
        "user_id": box.user,
        "serial_no": "transfer-0001",
        "from_account": wallet,
        "to_account": okex,
        "currency": "BTC",
        "amount": "0.5",
        "process": 1,
        "scenario": "allocate",
    }
    assert box.wire(pb.get_transfer_record, serial_no="transfer-0001") == record
    assert (balance(wallet, "BTC"), balance(okex, "BTC")) == (Decimal("9.5"), Decimal("5"))
    box.advance_to(box.t0 + 5 * SECOND - 1)
    assert box.wire(pb.get_transfer_record, serial_no="transfer-0001")["process"] == 1
    box.advance_to(box.t0 + 5 * SECOND)
    assert box.wire(pb.get_transfer_record, serial_no="transfer-0001")["process"] == 2
    box.advance_to(box.t0 + 30 * SECOND - 1)
    assert box.wire(pb.get_transfer_record, serial_no="transfer-0001")["process"] == 2
    assert balance(okex, "BTC") == Decimal("5")
    box.advance_to(box.t0 + 30 * SECOND)
    assert box.wire(pb.get_transfer_record, serial_no="transfer-0001") == {**record, "process": 3}
    assert (balance(wallet, "BTC"), balance(okex, "BTC")) == (Decimal("9.5"), Decimal("5.5"))
    flow = {
        "user_id": box.user,
        "scenario": "allocate",
        "currency": "BTC",
        "amount": "0.5",
        "instant_transfer_fee": "0",
    }
    assert box.wire(pb.list_account_flows, transfer_serial_no="transfer-0001", limit=10) == {
        "count": 2,
        "items": [
            {
                **flow,
                "serial_no": "transfer-0001_2",
                "exchange": "okex",
                "account_id": okex,
                "account_type": "exchange.sub",
                "direction": 1,
                "created_at": box.t0 + 30 * SECOND,
            },
            {
                **flow,
                "serial_no": "transfer-0001_1",
                "exchange": "matrixport",
                "account_id": wallet,
                "account_type": "matrix.user.bal",
                "direction": 2,
                "created_at": box.t0,
            },
        ],
    }
    listed = box.wire(pb.list_account_transfer_records, serial_no="transfer-0001", limit=10)
    assert listed == {
        "count": 1,
        "items": [
            {**record, "process": 3, "created_at": box.t0, "instant_transfer_fee": "0", "transfer_fee": "0"}
        ],
    }
    # instant, sub-account to sub-account, into the unified wallet (type 1): processed at once
    pb.create_transfer(
        serial_no="transfer-0002",
        from_account=okex,
        to_account=huobi,
        currency="USDT",
        amount=Decimal("100.25"),
        to_wallet_type=1,
        is_instant_transfer=True,
    )
    assert box.wire(pb.get_transfer_record, serial_no="transfer-0002") == {
        **record,
        "serial_no": "transfer-0002",
        "from_account": okex,
        "to_account": huobi,
        "currency": "USDT",
        "amount": "100.25",
        "process": 3,
        "scenario": "instant_transfer",
    }
    assert (balance(okex, "USDT"), balance(huobi, "USDT"), balance(huobi, "USDT", 1)) == (
        Decimal("99899.75"),
        Decimal("100000"),
        Decimal("100.25"),
    )
    assert box.wire(pb.get_account_balance, account_id=huobi) == [
        {"currency": "BTC", "amount": "5"},
        {"currency": "ETH", "amount": "50"},
        {"currency": "USDC", "amount": "100000"},
        {"currency": "USDT", "amount": "100000"},
    ]
    flows = box.wire(pb.list_account_flows, transfer_serial_no="transfer-0002", limit=10)["items"]
    assert [(f["serial_no"], f["account_id"], f["direction"], f["created_at"]) for f in flows] == [
        ("transfer-0002_2", huobi, 1, box.t0 + 30 * SECOND),
        ("transfer-0002_1", okex, 2, box.t0 + 30 * SECOND),
    ]
    # profit accrual: from the RCU's sub-account to the wallet
    answer = box.wire(
        pb.create_profit_accrual,
        serial_no="profit-0001",
        account_id=binance,
        currency="USDT",
        amount=Decimal("17"),
    )
    assert answer == "profit-0001"
    assert box.wire(pb.get_transfer_record, serial_no="profit-0001") == {
        **record,
        "serial_no": "profit-0001",
        "from_account": binance,
        "to_account": wallet,
        "currency": "USDT",
        "amount": "17",
        "process": 1,
        "scenario": "take_profit",
    }
    assert balance(binance, "USDT") == Decimal("99983")
    box.advance_to(box.t0 + 60 * SECOND)
    assert balance(wallet, "USDT") == Decimal("1000017")
    refuse_transfers(box)
    assert balance(wallet, "BTC") == Decimal("9.5")


# ---- T-Bills -------------------------------------------------------------------------------------

TB_PRODUCT = "7016600587613560832"
ADDRESS = "0x9F7a980DD70eCa879756c5f40e0f5ECd9455b2cB"
OTHER_ADDRESS = "0x29c504a763DD25e590728a2858Bc8322B1028c21"


def test_t_bills_stbt_rebases_daily_until_it_is_all_redeemed(box: Box) -> None:
    tb = box.client.t_bills

    def stbt() -> str:
        return str(box.wire(tb.get_max_redeem_amount, product_id=TB_PRODUCT, address=ADDRESS)["withdraw_max"])

    def profits() -> Any:
        return box.wire(tb.list_user_profits, product_id=TB_PRODUCT, user_address=ADDRESS)

    box.wire(
        tb.create_deposit,
        product_id=TB_PRODUCT,
        address=ADDRESS,
        amount=Decimal("1000"),
        payment_currency="USDT",
        ask_price_id="",
    )
    box.wire(
        tb.create_deposit,
        product_id=TB_PRODUCT,
        address=OTHER_ADDRESS,
        amount=Decimal("10.5"),
        payment_currency="USDC",
        ask_price_id="",
    )
    box.advance_to(box.t0 + 10 * 60 * SECOND - 1)
    assert stbt() == "0"
    box.advance_to(box.t0 + 10 * 60 * SECOND)
    assert stbt() == "970"  # 1000 USDT less the 3 % conversion fee
    box.advance_to(box.day + DAY - 1)
    assert profits() == {"total_profit": "0", "items": []}
    box.advance_to(box.day + 2 * DAY)
    first = (Decimal("970") * Decimal("0.05") / 365).quantize(Decimal("1E-18"), "ROUND_DOWN")
    second = ((970 + first) * Decimal("0.05") / 365).quantize(Decimal("1E-18"), "ROUND_DOWN")
    assert stbt() == decimal_text(970 + first + second)
    assert profits() == {
        "total_profit": decimal_text(first + second),
        "items": [
            {"timestamp": box.day + 2 * DAY, "profit": decimal_text(second), "profit_rate": "0.05"},
            {"timestamp": box.day + DAY, "profit": decimal_text(first), "profit_rate": "0.05"},
        ],
    }
    box.advance_to(box.day + 2 * DAY + 500)
    redemption = box.wire(
        tb.create_redemption,
        product_id=TB_PRODUCT,
        address=ADDRESS,
        amount=970 + first + second,
        currency="USDT",
    )
    assert stbt() == "0"
    # the other address keeps half a unit (and its interest), which still earns every day
    tb.create_redemption(product_id=TB_PRODUCT, address=OTHER_ADDRESS, amount=Decimal("10"), currency="USDC")
    box.advance_to(box.day + 4 * DAY)  # nothing held: no more rows
    assert profits()["items"][0]["timestamp"] == box.day + 2 * DAY
    assert len(profits()["items"]) == 2
    other = box.wire(tb.list_user_profits, product_id=TB_PRODUCT, user_address=OTHER_ADDRESS)["items"]
    assert [row["timestamp"] for row in other] == [box.day + day * DAY for day in (4, 3, 2, 1)]
    redeemed = box.wire(tb.get_order_detail, id=redemption)
    assert (redeemed["order_status"], redeemed["stbt_done_time"], redeemed["settle_time"]) == (
        60,
        box.day + 2 * DAY + 500,
        (box.day + 2 * DAY + 500 + 10 * 60 * SECOND) // 1000,
    )
    # a new deposit to the address that holds nothing any more: it earns again from the next midnight
    box.advance_to(box.day + 4 * DAY + HOUR)
    again = box.wire(
        tb.create_deposit,
        product_id=TB_PRODUCT,
        address=ADDRESS,
        amount=Decimal("100"),
        payment_currency="USDC",
        ask_price_id="",
    )
    box.advance_to(box.day + 5 * DAY)
    deposited = box.wire(tb.get_order_detail, id=again)
    assert (deposited["order_status"], deposited["stbt_done_time"], deposited["settle_time"]) == (
        60,
        box.day + 4 * DAY + HOUR + 10 * 60 * SECOND,
        0,
    )
    third = (Decimal("100") * Decimal("0.05") / 365).quantize(Decimal("1E-18"), "ROUND_DOWN")
    assert profits()["items"][0] == {
        "timestamp": box.day + 5 * DAY,
        "profit": decimal_text(third),
        "profit_rate": "0.05",
    }


PENDING_LOAN = "7109485224484110337"
DMA_BTC = "7104432572440215554DMA"


def check_rcu_820(box: Box, value: Decimal) -> None:
    """RCU 820's figures: `value` (USD) of its account against what the active loan owes (30000)."""
    pb = box.client.prime_broker
    detail = box.wire(pb.get_rcu_detail, rcu_id=820)
    assert detail == {
        "rcu_id": 820,
        "timestamp_in_us": box.now() * 1000,
        "rcu_name": detail["rcu_name"],
        "total_asset": decimal_text(value),
        "total_skitg": decimal_text(value - 30000),
        "total_loan": "30000",
        "total_fund": decimal_text(value),
        "glr": "0",
        "nlr": "0",
        "nav": decimal_text(((value - 30000) / value).quantize(Decimal("1E-16"))),
        "risk_ratio": decimal_text((value / 30000).quantize(Decimal("1E-16"))),
        "user_id": box.user,
    }
    assert box.refusal(pb.get_rcu_detail, rcu_id=999) == (17002001, "no RCU '999' of yours")


def test_prime_broker_margin_disbursement_dma_and_accounts_exactly(box: Box) -> None:
    from matrixport.prime_broker.models.exchange import Exchange
    from matrixport.prime_broker.models.lending_account import LendingAccount

    pb = box.client.prime_broker
    wallet, binance = f"{box.user}.bal", f"{box.user}_binance_1"

    def balance(account: str, currency: str) -> Decimal:
        return box.sandbox.balance(account, currency, credentials=box.credentials)

    # margin: from a sub-account, processed 30 s later
    pb.add_order_margin(order_id=LOAN, account_id=binance, amount=Decimal("250.5"), request_id="margin-0001")
    [margin] = [m for m in box.wire(pb.list_margin_records, order_id=LOAN, limit=10)["items"]]
    assert margin == {
        "serial_no": margin["serial_no"],
        "user_id": box.user,
        "order_id": LOAN,
        "currency": "USDT",
        "amount": "250.5",
        "status": 4,
    }
    assert id_time(margin["serial_no"]) == box.t0
    [flow] = box.wire(pb.list_account_flows, serial_no=f"{margin['serial_no']}_1", limit=10)["items"]
    assert flow == {
        "serial_no": f"{margin['serial_no']}_1",
        "user_id": box.user,
        "exchange": "binance",
        "account_id": binance,
        "account_type": "exchange.sub",
        "scenario": "add_margin",
        "direction": 2,
        "currency": "USDT",
        "amount": "250.5",
        "instant_transfer_fee": "0",
        "created_at": box.t0,
    }
    assert balance(binance, "USDT") == Decimal("99749.5")
    assert box.wire(pb.get_order_detail, order_id=LOAN)["margin_amount"] == "10000"
    # disbursement of the pending loan to its RCU's sub-account
    pending = box.wire(pb.get_order_detail, order_id=PENDING_LOAN)
    assert (pending["status"], pending["allocation_amount"]) == (7, "10000")
    parts = [
        LendingAccount(account_id=binance, amount=Decimal("10000")),
    ]
    pb.set_lending_account(order_id=PENDING_LOAN, lending_accounts=parts)
    assert box.wire(pb.get_order_detail, order_id=PENDING_LOAN) == {
        **pending,
        "status": 20,
        "allocating_amount": "10000",
    }
    # a DMA bill, paid from the wallet
    pb.repay_dma_bill(serial_no=DMA_BTC, account_id=wallet, request_id="dma-00001")
    assert balance(wallet, "BTC") == Decimal("9")
    [dma] = box.wire(pb.list_dma_bills, serial_no=DMA_BTC, limit=10)["items"]
    assert (dma["status"], dma["amount"], dma["reduction_amount"]) == (2, "1", "0")
    [flow] = box.wire(pb.list_account_flows, serial_no=f"{DMA_BTC}_1", limit=10)["items"]
    assert (flow["scenario"], flow["account_id"], flow["direction"], flow["amount"], flow["created_at"]) == (
        "bal_repay_dma",
        wallet,
        2,
        "1",
        box.t0,
    )
    assert box.code(pb.repay_dma_bill, serial_no=DMA_BTC, account_id=wallet) == 12070340
    assert box.code(pb.repay_dma_bill, serial_no="nothing-DMA", account_id=wallet) == 12070538
    # a new account opens after 60 s
    assert (
        box.wire(pb.create_account, exchange=Exchange.OKEX, request_id="account-0001") == f"{box.user}_okex_2"
    )
    opening = {
        "account_id": f"{box.user}_okex_2",
        "user_id": box.user,
        "type": "exchange.sub",
        "exchange": "OKX",
        "ex_account_id": "sandbox_okex_2",
        "name": "sandbox_okex_2",
        "status": 3,
        "ex_value": "okex",
        "custody_id": "",
        "custody_key": "",
        "rcu_id": 0,
    }
    assert box.wire(pb.list_accounts, account_id=f"{box.user}_okex_2", limit=10) == {
        "count": 1,
        "items": [opening],
    }
    assert (
        box.code(
            pb.create_transfer,
            from_account=wallet,
            to_account=f"{box.user}_okex_2",
            currency="BTC",
            amount=Decimal("1"),
        )
        == 12070108
    )
    box.advance_to(box.t0 + 30 * SECOND - 1)
    assert box.wire(pb.list_margin_records, order_id=LOAN, limit=10)["items"][0]["status"] == 4
    assert box.wire(pb.get_order_detail, order_id=PENDING_LOAN)["status"] == 20
    box.advance_to(box.t0 + 30 * SECOND)
    assert box.wire(pb.list_margin_records, order_id=LOAN, limit=10)["items"][0]["status"] == 5
    assert box.wire(pb.get_order_detail, order_id=LOAN)["margin_amount"] == "10250.5"
    assert box.wire(pb.get_order_detail, order_id=PENDING_LOAN) == {
        **pending,
        "status": 11,
        "allocated_amount": "10000",
        "allocating_amount": "0",
        "value_time": box.day,
        "due_time": box.day + 30 * DAY,
    }
    assert balance(binance, "USDT") == Decimal("109749.5")
    credits = box.wire(pb.list_account_flows, account_id=binance, scenario="make_credit", limit=10)["items"]
    assert credits == [
        {
            "serial_no": credits[0]["serial_no"],
            "user_id": box.user,
            "exchange": "binance",
            "account_id": binance,
            "account_type": "exchange.sub",
            "scenario": "make_credit",
            "direction": 1,
            "currency": "USDT",
            "amount": "10000",
            "instant_transfer_fee": "0",
            "created_at": box.t0 + 30 * SECOND,
        }
    ]
    assert credits[0]["serial_no"].endswith(f"_{binance}")
    [dma] = box.wire(pb.list_dma_bills, serial_no=DMA_BTC, limit=10)["items"]
    assert dma["status"] == 3
    box.advance_to(box.t0 + 60 * SECOND)
    assert box.wire(pb.list_accounts, account_id=f"{box.user}_okex_2", limit=10)["items"] == [
        {**opening, "status": 2}
    ]
    check_rcu_820(box, Decimal(5 * 60000 + 50 * 3000 + 100000) + Decimal("109749.5"))


def test_prime_broker_loan_repaid_in_full_gives_the_margin_back(box: Box) -> None:
    pb = box.client.prime_broker
    wallet, binance = f"{box.user}.bal", f"{box.user}_binance_1"
    repay = pb.repay_order
    assert (
        box.code(repay, order_id=LOAN, amount=Decimal("1"), account_id=binance) == 12070339
    )  # the bill first
    [bill] = box.wire(pb.list_loan_bills, order_id=LOAN, status=1, limit=10)["items"]
    assert box.code(pb.repay_loan_bill, bill_id=bill["bill_id"], account_id=wallet) == 12070317
    assert box.code(pb.repay_loan_bill, bill_id="nothing", account_id=binance) == 17002001
    pb.repay_loan_bill(bill_id=bill["bill_id"], account_id=binance, request_id="bill-0001")
    paying = box.wire(pb.list_loan_bills, bill_id=bill["bill_id"], limit=10)["items"]
    assert paying == [{**bill, "payment_status": 2, "repaying": bill["need_pay_amount"]}]
    assert box.code(pb.repay_loan_bill, bill_id=bill["bill_id"], account_id=binance) == 12070340
    [operation] = box.wire(pb.list_order_operations, order_id=LOAN, limit=10)["items"]
    assert operation == {
        "created_at": box.t0,
        "serial_no": operation["serial_no"],
        "user_id": box.user,
        "request_id": "bill-0001",
        "order_id": LOAN,
        "op_type": 8,
        "currency": "USDT",
        "amount": bill["need_pay_amount"],
        "status": 4,
    }
    [flow] = box.wire(pb.list_account_flows, serial_no=f"{operation['serial_no']}_1", limit=10)["items"]
    assert (flow["scenario"], flow["account_id"], flow["direction"], flow["amount"]) == (
        "ex_sub_repay_interest",
        binance,
        2,
        bill["need_pay_amount"],
    )
    box.advance_to(box.t0 + 30 * SECOND)
    paid = box.wire(pb.list_loan_bills, bill_id=bill["bill_id"], limit=10)["items"]
    assert paid == [
        {
            **bill,
            "payment_status": 1,
            "repaying": "0",
            "repaid_amount": bill["need_pay_amount"],
            "need_pay_amount": "0",
        }
    ]
    assert box.code(repay, order_id=LOAN, amount=Decimal("30000.01"), account_id=binance) == 17002001
    assert box.refusal(repay, order_id=LOAN, amount=Decimal("1"), account_id=wallet) == (
        12070106,
        "only an exchange sub-account can be used here",
    )
    assert box.code(repay, order_id=PENDING_LOAN, amount=Decimal("1"), account_id=binance) == 12070340
    assert box.code(repay, order_id="nothing", amount=Decimal("1"), account_id=binance) == 12070316
    repay(order_id=LOAN, amount=Decimal("20000"), account_id=binance, request_id="repay-0001")
    assert box.code(repay, order_id=LOAN, amount=Decimal("10000.01"), account_id=binance) == 17002001
    box.advance_to(box.t0 + 40 * SECOND)
    repay(order_id=LOAN, amount=Decimal("10000"), account_id=binance, request_id="repay-0002")
    usdt = box.sandbox.balance(wallet, "USDT", credentials=box.credentials)
    box.advance_to(box.t0 + 60 * SECOND)
    [rcu] = [r for r in box.wire(pb.list_rcus, limit=10)["items"] if r["rcu_id"] == 820]
    assert rcu["loan_size"] == "10000"  # owed: 30000 lent less 20000 repaid
    order = box.wire(pb.get_order_detail, order_id=LOAN)
    assert (order["status"], order["amount_repaid"], order["repaying"], order["margin_amount"]) == (
        11,
        "20000",
        "10000",
        "10000",
    )
    box.advance_to(box.t0 + 70 * SECOND)
    order = box.wire(pb.get_order_detail, order_id=LOAN)
    assert (order["status"], order["amount_repaid"], order["repaying"], order["margin_amount"]) == (
        13,
        "30000",
        "0",
        "0",
    )
    assert box.sandbox.balance(wallet, "USDT", credentials=box.credentials) == usdt + 10000
    operations = box.wire(pb.list_order_operations, order_id=LOAN, limit=10)["items"]
    assert [(o["request_id"], o["op_type"], o["amount"], o["status"]) for o in operations] == [
        ("repay-0002", 2, "10000", 5),
        ("repay-0001", 2, "20000", 5),
        ("bill-0001", 8, bill["need_pay_amount"], 5),
    ]
    [back] = box.wire(pb.list_account_flows, serial_no=f"{operations[0]['serial_no']}_m", limit=10)["items"]
    assert back == {
        "serial_no": f"{operations[0]['serial_no']}_m",
        "user_id": box.user,
        "exchange": "matrixport",
        "account_id": wallet,
        "account_type": "matrix.user.bal",
        "scenario": "take_margin",
        "direction": 1,
        "currency": "USDT",
        "amount": "10000",
        "instant_transfer_fee": "0",
        "created_at": box.t0 + 70 * SECOND,
    }
    [rcu] = [r for r in box.wire(pb.list_rcus, limit=10)["items"] if r["rcu_id"] == 820]
    assert rcu["loan_size"] == "0"
    assert box.code(repay, order_id=LOAN, amount=Decimal("1"), account_id=binance) == 12070340


def make_records_now(box: Box) -> None:
    """Something of every kind made now, beside the documented records (all from 2023)."""
    pb = box.client.prime_broker
    binance = f"{box.user}_binance_1"
    pb.add_order_margin(order_id=LOAN, account_id=binance, amount=Decimal("1"), request_id="margin-0001")
    pb.create_transfer(
        serial_no="transfer-0001",
        from_account=f"{box.user}.bal",
        to_account=f"{box.user}_okex_1",
        currency="ETH",
        amount=Decimal("1"),
    )


def test_prime_broker_order_and_bill_lists_filter_and_page_exactly(box: Box) -> None:
    from matrixport.prime_broker import models as m

    pb = box.client.prime_broker
    make_records_now(box)
    orders = box.wire(pb.list_orders, limit=100)["items"]
    for status in {o["status"] for o in orders}:
        found = box.wire(pb.list_orders, limit=100, status=m.OrderStatus(status))
        expected = [o for o in orders if o["status"] == status]
        assert found == {"count": len(expected), "items": expected}
    for biz in {o["order_biz_type"] for o in orders}:
        found = box.wire(pb.list_orders, limit=100, order_biz_type=m.OrderBizType(biz))["items"]
        assert found == [o for o in orders if o["order_biz_type"] == biz]
    assert box.wire(pb.list_orders, limit=100, order_id=LOAN)["items"] == [
        o for o in orders if o["order_id"] == LOAN
    ]
    by_rcu = box.wire(pb.list_orders, limit=100, rcu_id=820)["items"]
    assert [o["order_id"] for o in by_rcu] == [PENDING_LOAN, LOAN]
    assert box.wire(pb.list_orders, limit=2, offset=1) == {"count": len(orders), "items": orders[1:3]}
    # bills: the status filter's 1, 2, 3 are unpaid (0), paid (1), paying (2)
    bills = box.wire(pb.list_loan_bills, limit=100)["items"]
    # a new customer's: the active loan's unpaid interest bill (made at seeding), the documented bills
    assert [(b["bill_id"], b["order_id"], b["payment_status"]) for b in bills] == [
        (bills[0]["bill_id"], LOAN, 0),
        ("7105127171873775616", "7086513693608996864", 1),
        ("7105127937665605632", "7086513693608996864", 1),
    ]
    for wanted, status in ((1, 0), (2, 1), (3, 2)):
        found = box.wire(pb.list_loan_bills, limit=100, status=m.BillStatus(wanted))["items"]
        assert found == [b for b in bills if b["payment_status"] == status]
    for kind in {b["type"] for b in bills}:
        found = box.wire(pb.list_loan_bills, limit=100, type_=m.BillType(kind))["items"]
        assert found == [b for b in bills if b["type"] == kind]
    times = sorted({b["bill_time_mill"] for b in bills})
    middle = times[len(times) // 2]
    after = box.wire(pb.list_loan_bills, limit=100, bill_time_start=middle)["items"]
    assert after == [b for b in bills if b["bill_time_mill"] >= middle]
    before = box.wire(pb.list_loan_bills, limit=100, bill_time_end=middle)["items"]
    assert before == [b for b in bills if b["bill_time_mill"] <= middle]
    biz_of = {o["order_id"]: o["order_biz_type"] for o in orders}
    for biz in (1, 2):
        found = box.wire(pb.list_loan_bills, limit=100, order_biz_type=m.OrderBizType(biz))["items"]
        assert found == [b for b in bills if biz_of.get(b["order_id"]) == biz]
    first = bills[-1]
    assert box.wire(pb.list_loan_bills, limit=100, bill_id=first["bill_id"])["items"] == [first]
    found = box.wire(pb.list_loan_bills, limit=100, order_id=first["order_id"])["items"]
    assert found == [b for b in bills if b["order_id"] == first["order_id"]]


def test_prime_broker_other_lists_filter_exactly(box: Box) -> None:
    from matrixport.prime_broker import models as m

    pb = box.client.prime_broker
    make_records_now(box)
    orders = box.wire(pb.list_orders, limit=100)["items"]
    biz_of = {o["order_id"]: o["order_biz_type"] for o in orders}
    # DMA bills
    dma = box.wire(pb.list_dma_bills, limit=100)["items"]
    assert box.wire(pb.list_dma_bills, limit=100, currency="eth")["items"] == [
        d for d in dma if d["currency"] == "ETH"
    ]
    assert box.wire(pb.list_dma_bills, limit=100, status=m.DmaBillStatus(1))["items"] == dma
    assert box.wire(pb.list_dma_bills, limit=100, status=m.DmaBillStatus(2))["items"] == []
    start = dma[0]["start_time"]
    found = box.wire(pb.list_dma_bills, limit=100, bill_start_time_start=start)["items"]
    assert found == [d for d in dma if d["start_time"] >= start]
    found = box.wire(pb.list_dma_bills, limit=100, bill_start_time_end=start - 1)["items"]
    assert found == [d for d in dma if d["start_time"] <= start - 1]
    # transfer records
    records = box.wire(pb.list_account_transfer_records, limit=100)["items"]
    assert records[0]["serial_no"] == "transfer-0001"
    for process in {r["process"] for r in records}:
        found = box.wire(pb.list_account_transfer_records, limit=100, process=m.TransferProcess(process))[
            "items"
        ]
        assert found == [r for r in records if r["process"] == process]
    found = box.wire(pb.list_account_transfer_records, limit=100, start_time=box.t0)["items"]
    assert found == [records[0]]
    found = box.wire(pb.list_account_transfer_records, limit=100, end_time=box.t0 - 1)["items"]
    assert found == records[1:]
    found = box.wire(pb.list_account_transfer_records, limit=100, to_exchange=m.Exchange("okex"))["items"]
    assert found == [r for r in records if "_okex_" in r["to_account"]]
    found = box.wire(pb.list_account_transfer_records, limit=100, currency="eth")["items"]
    assert found == [r for r in records if r["currency"] == "ETH"]
    # flows
    flows = box.wire(pb.list_account_flows, limit=100)["items"]
    found = box.wire(pb.list_account_flows, limit=100, start_time=box.t0)["items"]
    assert found == [f for f in flows if f["created_at"] >= box.t0]
    assert len(found) == 2
    found = box.wire(pb.list_account_flows, limit=100, end_time=box.t0 - 1)["items"]
    assert found == [f for f in flows if f["created_at"] <= box.t0 - 1]
    found = box.wire(pb.list_account_flows, limit=100, account_type=m.AccountType("exchange.sub"))["items"]
    assert found == [f for f in flows if f["account_type"] == "exchange.sub"]
    found = box.wire(pb.list_account_flows, limit=100, exchange=m.Exchange("binance"))["items"]
    assert found == [f for f in flows if f["exchange"] == "binance"]
    # margin records and operations, by order and currency
    margins = box.wire(pb.list_margin_records, limit=100)["items"]
    assert box.wire(pb.list_margin_records, limit=100, currency="usdc")["items"] == [
        r for r in margins if r["currency"] == "USDC"
    ]
    assert box.wire(pb.list_margin_records, limit=100, order_id=LOAN)["items"] == [
        r for r in margins if r["order_id"] == LOAN
    ]
    operations = box.wire(pb.list_order_operations, limit=100)["items"]
    assert box.wire(pb.list_order_operations, limit=100, order_id=LOAN)["items"] == [
        o for o in operations if o["order_id"] == LOAN
    ]
    # accounts
    accounts = box.wire(pb.list_accounts, limit=100)["items"]
    assert box.wire(pb.list_accounts, limit=100, rcu_id=820)["items"] == [
        a for a in accounts if a["rcu_id"] == 820
    ]
    assert box.wire(pb.list_accounts, limit=100, exchange=m.Exchange("huobi"))["items"] == [
        a for a in accounts if a["ex_value"] == "huobi"
    ]
    assert box.wire(pb.list_accounts, limit=100, status=m.AccountStatus(3))["items"] == []
    assert box.wire(pb.list_accounts, limit=100, exchange_type=m.ExchangeType(2))["items"] == []
    assert box.wire(pb.list_accounts, limit=100, exchange_type=m.ExchangeType(1))["items"] == accounts
    assert box.wire(pb.list_rcu_accounts, rcu_id=820) == [
        {key: value for key, value in a.items() if key in box.wire(pb.list_rcu_accounts, rcu_id=820)[0]}
        for a in accounts
        if a["rcu_id"] == 820
    ]
    rcus = box.wire(pb.list_rcus, limit=100)["items"]
    assert box.wire(pb.list_rcus, limit=100, order_biz_type=m.OrderBizType(1))["items"] == [
        r for r in rcus if biz_of.get(r["order_id"]) == 1
    ]


FS_LEVERAGE = "6984808120929382400"


def test_fixed_staking_order_from_subscription_to_settlement(box: Box) -> None:
    fs = box.client.fixed_staking
    eth = box.wallet("ETH")
    product = box.wire(fs.get_product_detail, product_id=FS_LEVERAGE)
    serial = box.wire(fs.create_order, product_id=FS_LEVERAGE, amount_dec=Decimal("2.5"))["serial_number"]
    raised = Decimal(product["current_raise_amount_dec"]) + Decimal("2.5")
    assert box.wire(fs.get_product_detail, product_id=FS_LEVERAGE) == {
        **product,
        "current_raise_amount_dec": decimal_text(raised),
        "current_raise_amount": int(raised * 10**8),
    }
    start = box.day + DAY  # value_time 0: the next midnight; no close_day: the sandbox's 30 days
    end_closed = start + 30 * DAY
    settle = end_closed + 12 * HOUR  # end_settled_time 43200
    duration = product["duration"]
    order = {
        "id": serial,
        "batch_no": f"ETH2_0_leverage_staking40ETH{start // 1000}",
        "product_id": FS_LEVERAGE,
        "currency": "ETH",
        "main_product_type": 40,
        "can_redeem": 2,
        "subject_type": "ETH2.0 leverage staking",
        "confirm_share_price_time": 0,
        "share_price": 0,
        "amount_dec": "2.5",
        "share": 0,
        "book_time": box.t0 // 1000,
        "duration": {
            "type": 4,
            "end_settled_day": duration["end_settled_day"],
            "end_settled_time": 43200,
            "settle_limit": duration["settle_limit"],
        },
        "raised_time": start // 1000,
        "start_closed_time": start // 1000,
        "end_closed_time": end_closed // 1000,
        "end_settled_time": settle // 1000,
        "raise_ror": 4_000_000,
        "ror": 0,
        "minimum_of_ror": product.get("minimum_of_ror") or 0,
        "maximum_of_ror": product.get("maximum_of_ror") or 0,
        "payback_time": 0,
        "redeem_share": 0,
        "payback_dec": "0",
        "is_redeem": 0,
        "order_status": 1,
        "i18n": product["i18n"],
        "redeeming_share": 0,
        "next_redeem_start_time": 0,
        "next_redeem_end_time": 0,
        "hold_days": 0,
        "estimate_year_ror": 4_000_000,
        "last_share_price": 100_000_000,
        "last_share_value": 100_000_000,
        "last_apy": 4_000_000,
        "last_share_price_update_time": start // 1000,
        "hold_profit": "0",
        "hold_steth_profit": "0",
        "hold_ror": 0,
    }
    assert box.wire(fs.get_order_detail, order_id=serial) == order
    assert box.wire(fs.get_order_result, serial_number=serial) == {
        "status": 0,
        "failed_code": 0,
        "failed_message": "",
    }
    box.advance_to(box.t0 + 5 * SECOND)
    assert box.wire(fs.get_order_result, serial_number=serial) == {
        "status": 1,
        "failed_code": 0,
        "failed_message": "",
    }
    assert box.wire(fs.get_order_detail, order_id=serial) == {**order, "order_status": 2}
    assert box.wallet("ETH") == eth - Decimal("2.5")
    box.advance_to(start + 3 * DAY + HOUR)
    holding = {
        **order,
        "order_status": 4,
        "share_price": 100_000_000,
        "share": 250_000_000,
        "confirm_share_price_time": start // 1000,
    }
    profit = Decimal("0.00082191")  # 2.5 x 0.04 x 3 / 365 = 0.000821917..., cut to 8 places
    assert box.wire(fs.get_order_detail, order_id=serial) == {
        **holding,
        "hold_days": 3,
        "hold_profit": str(profit),
    }
    box.advance_to(end_closed)
    assert box.wire(fs.get_order_detail, order_id=serial) == {**holding, "order_status": 5}
    box.advance_to(settle)
    assert box.wire(fs.get_order_detail, order_id=serial) == {**holding, "order_status": 6}
    box.advance_to(settle + 60 * SECOND - 1)
    assert box.wallet("ETH") == eth - Decimal("2.5")
    box.advance_to(settle + 60 * SECOND)
    payback = Decimal("2.50821917")  # 2.5 x (1 + 0.04 x 30 / 365) = 2.508219178..., cut to 8 places
    settled = {
        **holding,
        "order_status": 7,
        "payback_dec": str(payback),
        "payback_time": (settle + 60 * SECOND) // 1000,
        "ror": 4_000_000,
    }
    assert box.wire(fs.get_order_detail, order_id=serial) == settled
    assert box.wallet("ETH") == eth + payback - Decimal("2.5")
    assert box.wire(fs.get_redeem_detail, order_id=serial) == {
        "redeem_orders": [],
        "profit_ror": 4_000_000,
        "steth_profit_ror": 0,
        "steth_avg_price": 0,
        "slippage_avg_ror": 0,
        "platform_fee_ror": 0,
        "redeem_fee_ror": 0,
        "redeeming_amount_dec": "0",
        "profit_dec": str(payback - Decimal("2.5")),
        "steth_profit_dec": "0",
        "steth_payback_dec": "0",
        "redeem_fee_dec": "0",
        "order_payback": {
            "currency": "ETH",
            "ror": 4_000_000,
            "payback_time": (settle + 60 * SECOND) // 1000,
            "settle_payback_dec": str(payback),
        },
    }


def blank_t_bills_order(box: Box, order_id: str, kind: int) -> dict[str, Any]:
    """A T-Bills order as it starts (1, initial), before its own fields."""
    return {
        "order_id": order_id,
        "order_type": kind,
        "order_status": 1,
        "paid_amount": "0",
        "paid_currency": "",
        "deposit_amount": "0",
        "deposit_currency": "USD",
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
        "create_time": box.now(),
        "stbt_done_time": 0,
        "settle_time": 0,
        "address": ADDRESS,
        "tx_hash": "",
        "err_code": 0,
        "err_msg": "",
        "remark_en": "",
        "remark_zhCN": "",
        "remark_zhTW": "",
    }


def test_t_bills_orders_exactly(box: Box) -> None:
    tb = box.client.t_bills
    deposit = box.wire(
        tb.create_deposit,
        product_id=TB_PRODUCT,
        address=ADDRESS,
        amount=Decimal("1000"),
        payment_currency="DAI",
        ask_price_id="",
    )
    bonus = {  # DAI's conversion rate is -2 %: a bonus of 20, minted too
        **blank_t_bills_order(box, deposit, 1),
        "paid_amount": "1000",
        "paid_currency": "DAI",
        "deposit_amount": "1020",
        "stbt_amount": "1020",
        "fiat_conversion_fee_rate": "-0.02",
        "fiat_conversion_fee_amount": "-20",
        "confirmed_after_conversion": True,
    }
    assert box.wire(tb.get_order_detail, id=deposit) == bonus
    assert box.wire(tb.get_order_result, order_id=deposit) == {
        "order_id": deposit,
        "order_type": 1,
        "amount": "1020",
        "currency": "USD",
        "status": 1,
        "address": ADDRESS,
        "fail_msg": "",
        "paid_amount": "1000",
        "paid_currency": "DAI",
    }
    box.advance_to(box.t0 + 10 * 60 * SECOND)
    redemption = box.wire(
        tb.create_redemption, product_id=TB_PRODUCT, address=ADDRESS, amount=Decimal("100"), currency="USDC"
    )
    assert box.wire(tb.get_order_detail, id=redemption) == {
        **blank_t_bills_order(box, redemption, 2),
        "paid_currency": "USDC",
        "redeem_amount": "100",
        "stbt_amount": "100",
        "settlement_amount": "99.88",
        "settlement_currency": "USDC",
        "service_fee_rate": "0.0012",
        "service_fee_amount": "0.12",
    }
    assert box.wire(tb.get_order_result, order_id=redemption) == {
        "order_id": redemption,
        "order_type": 2,
        "amount": "100",
        "currency": "STBT",
        "status": 1,
        "address": ADDRESS,
        "fail_msg": "",
        "paid_amount": "0",
        "paid_currency": "USDC",
    }
    assert box.refusal(tb.get_order_detail, id="404") == (12140001, "no order '404' of yours")
    stranger = "0x000000000000000000000000000000000000dEaD"
    refused = box.refusal(
        tb.create_redemption, product_id=TB_PRODUCT, address=stranger, amount=Decimal("10"), currency="USDC"
    )
    assert refused == (12040028, f"{stranger} is not whitelisted")


def test_fixed_income_auto_renewal_refusals_say_why(box: Box) -> None:
    fi = box.client.fixed_income
    plain = box.wire(fi.create_order, product_id=FI_PRODUCT, amount_dec=Decimal("100"))["serial_number"]
    rolled = box.wire(fi.create_order, product_id=FI_RENEWABLE, amount_dec=Decimal("100"))["serial_number"]

    def refusal(order_id: str) -> tuple[int, str]:
        return box.refusal(fi.enable_order_auto_renew, order_id=order_id)

    assert refusal(plain) == (12030025, "the order's product does not renew automatically")
    fi.enable_order_auto_renew(order_id=rolled)
    assert refusal(rolled) == (12030016, "auto-renewal is on already")
    fi.disable_order_auto_renew(order_id=rolled)
    assert box.wire(fi.get_order_detail, order_id=rolled)["is_auto_renew"] == 0
    box.advance_to(box.day + 7 * DAY)  # settled (7)
    assert refusal(rolled) == (12030024, "the order's status is 7")


def test_fixed_income_trial_of_the_documented_order(box: Box) -> None:
    fi = box.client.fixed_income
    [example] = box.wire(fi.list_orders, limit=10)["items"]  # the documented order, as it is
    trial = box.wire(fi.calculate_redeem_trial, order_id=example["id"], principal_dec=Decimal("1"))
    assert trial == {
        "order_id": example["id"],
        "redeem_ror": int(example["redeem_ror"]),
        "redeem_amount_dec": "0",
        "profit_dec": "0",
        "redeem_principal_dec": "0",
    }


def test_prime_broker_reference_operations_and_custody(box: Box) -> None:
    from matrixport.prime_broker.models.exchange import Exchange

    pb = box.client.prime_broker
    wallet, okex = f"{box.user}.bal", f"{box.user}_okex_1"
    spot = {"wallet_type": 0, "wallet_name": "spot"}
    assert box.wire(pb.list_wallet_types, account_id=wallet) == {"wallets": [spot]}
    assert box.wire(pb.list_wallet_types, account_id=okex) == {
        "wallets": [
            spot,
            {"wallet_type": 1, "wallet_name": "unified"},
            {"wallet_type": 2, "wallet_name": "contract"},
        ]
    }
    route = {"from_account": wallet, "to_account": okex}
    assert box.wire(pb.list_available_currencies, **route) == {"currencies": ["BTC", "ETH", "USDT", "USDC"]}
    assert box.wire(pb.list_available_chains, currency="usdt", **route) == {"chains": ["ERC20", "TRC20"]}
    assert box.wire(pb.list_available_chains, currency="BTC", **route) == {"chains": ["BTC"]}
    assert box.code(pb.list_available_chains, currency="DAI", **route) == 12070519
    assert (
        box.code(pb.list_available_chains, currency="BTC", from_account="1_okex_1", to_account=okex)
        == 12070317
    )
    assert box.code(pb.list_available_currencies, from_account=wallet, to_account="1_okex_1") == 12070317
    assert box.wire(pb.get_exchange_minimum_amounts, exchange=Exchange.OKEX, currency="btc") == {
        "exchange": "okex",
        "currency_info": [{"currency": "BTC", "minimum_amount": "0.001", "digit": 6}],
    }
    everything = box.wire(pb.get_exchange_minimum_amounts, exchange=Exchange.OKEX)["currency_info"]
    assert [row["currency"] for row in everything] == ["ETH", "USDT", "USDC", "BUSD", "BTC", "BCH"]
    fees = box.wire(pb.list_exchange_trading_fee_rates, limit=50)
    assert box.wire(pb.list_exchange_trading_fee_rates, limit=50, exchange=Exchange.BINANCE) == fees
    assert box.wire(pb.list_exchange_trading_fee_rates, limit=50, exchange=Exchange.OKEX) == {
        "count": 0,
        "items": [],
    }
    # a custody must be one the exchange offers in Exchange Custody
    copper = "7053668623214227456"
    assert box.code(pb.create_account, exchange=Exchange.OKEX, custody_id="7064499428551372800") == 17002001
    made = box.wire(
        pb.create_account, exchange=Exchange.BINANCE, custody_id=copper, request_id="account-0001"
    )
    assert made == f"{box.user}_binance_2"
    [account] = box.wire(pb.list_accounts, limit=10, custody_id=copper)["items"]
    assert (account["custody_id"], account["custody_key"], account["status"], account["rcu_id"]) == (
        copper,
        "sandbox_binance_2_custody",
        3,
        0,
    )


def test_fixed_staking_confirmed_after_its_value_date_holds_at_once(box: Box) -> None:
    fs = box.client.fixed_staking
    start = box.day + DAY
    box.advance_to(start - 2 * SECOND)  # booked 2 s before the value date, confirmed 3 s after it
    serial = box.wire(fs.create_order, product_id=FS_PRODUCT, amount_dec=Decimal("1"))["serial_number"]
    box.advance_to(start + 3 * SECOND)
    order = box.wire(fs.get_order_detail, order_id=serial)
    assert (order["order_status"], order["confirm_share_price_time"], order["share"]) == (2, 0, 0)
    box.advance_to(start + 3 * SECOND + 1)
    order = box.wire(fs.get_order_detail, order_id=serial)
    assert (order["order_status"], order["share"], order["share_price"]) == (4, 100_000_000, 100_000_000)
    raw = box.client.raw(fs.get_order_detail, order_id=serial).content
    assert f'"confirm_share_price_time":{(start + 3 * SECOND) // 1000},'.encode() in raw


def test_prime_broker_margin_moved_to_a_renewal_is_not_released_twice(box: Box) -> None:
    from matrixport.prime_broker import models as m

    pb = box.client.prime_broker
    wallet, binance = f"{box.user}.bal", f"{box.user}_binance_1"
    [bill] = box.wire(pb.list_loan_bills, order_id=LOAN, status=1, limit=10)["items"]
    pb.repay_loan_bill(bill_id=bill["bill_id"], account_id=binance, request_id="bill-0001")
    box.advance_to(box.t0 + 30 * SECOND)
    due = box.wire(pb.get_order_detail, order_id=LOAN)["due_time"]
    # the whole principal and a renewal at once: the renewal (due first) moves the margin to the new order
    pb.repay_order(order_id=LOAN, amount=Decimal("30000"), account_id=binance, request_id="repay-0001")
    pb.renew_order(
        order_id=LOAN, allocation_amount=Decimal("30000"), time_milli=due + DAY, request_id="renew-0001"
    )
    usdt = box.sandbox.balance(wallet, "USDT", credentials=box.credentials)
    box.advance_to(box.t0 + 60 * SECOND)
    old = box.wire(pb.get_order_detail, order_id=LOAN)
    assert (old["amount_repaid"], old["margin_amount"]) == ("30000", "0")
    assert box.wire(pb.list_account_flows, scenario=m.Scenario("take_margin"), limit=10) == {
        "count": 0,
        "items": [],
    }
    assert box.sandbox.balance(wallet, "USDT", credentials=box.credentials) == usdt
    [renewal] = [o for o in box.wire(pb.list_orders, limit=10)["items"] if o["pre_order_id"] == LOAN]
    assert renewal["margin_amount"] == "10000"


def test_fixed_income_products_by_currency(box: Box) -> None:
    fi = box.client.fixed_income
    listed = box.wire(fi.list_products, currency="USDT")
    assert [p["id"] for p in listed["items"]] == [FI_PRODUCT, FI_RENEWABLE]
    assert box.wire(fi.list_products) == listed
    assert box.wire(fi.list_products, currency="BTC") == {"count": 0, "items": []}


def test_prime_broker_seeds_each_customer_exactly(box: Box) -> None:
    pb = box.client.prime_broker
    loan = {
        "created_at": box.day - DAY,
        "user_id": box.user,
        "order_id": LOAN,
        "allocation_currency": "USDT",
        "allocation_amount": "30000",
        "allocated_amount": "30000",
        "allocating_amount": "0",
        "equity_currency": "USDT",
        "equity_amount": "10000",
        "margin_currency": "USDT",
        "margin_amount": "10000",
        "interest_rate": "0.08",
        "close_day": 30,
        "value_time": box.day,
        "due_time": box.day + 30 * DAY,
        "allocation_ratio": "3",
        "status": 11,
        "order_biz_type": 1,
        "amount_repaid": "0",
        "repaying": "0",
        "overdue_rate": "0",
        "pre_repay_penalty_ratio": "0",
        "pre_order_id": "",
        "distribution_of_performance_fee": "0",
        "guaranteed_hurdle_rate_of_return": 1,
        "binance_managed_sub_account": 1,
        "frequency_of_performance_fee_payment": 1,
        "interest": "0",
        "penalty": "0",
        "penalty_days": 0,
        "pre_repay_penalty": "0",
    }
    assert box.wire(pb.get_order_detail, order_id=LOAN) == loan
    assert box.wire(pb.get_order_detail, order_id=PENDING_LOAN) == {
        **loan,
        "order_id": PENDING_LOAN,
        "allocation_amount": "10000",
        "allocated_amount": "0",
        "equity_amount": "5000",
        "margin_amount": "5000",
        "status": 7,
        "value_time": 0,
        "due_time": 0,
    }
    [bill] = box.wire(pb.list_loan_bills, order_id=LOAN, limit=10)["items"]
    assert bill == {
        "bill_time_mill": box.day,
        "allocate_amount": "30000",
        "need_pay_allocate_amount": "30000",
        "close_day": 30,
        "interest_rate": "0.08",
        "interest": "197.26027397",
        "penalty": "0",
        "reduction_amount": "0",
        "repaid_amount": "0",
        "need_pay_amount": "197.26027397",
        "currency": "USDT",
        "payment_status": 0,
        "order_id": LOAN,
        "bill_id": bill["bill_id"],
        "type": 1,
        "name": [{"language": "en", "text": "Interest"}],
        "repaying": "0",
        "distribution_of_performance_fee": "0",
        "distribution_fee": "0",
    }
    assert id_time(bill["bill_id"]) == box.t0
    # the documented records are the customer's own: no example user id is left anywhere
    lists = (
        pb.list_orders,
        pb.list_loan_bills,
        pb.list_dma_bills,
        pb.list_account_transfer_records,
        pb.list_account_flows,
        pb.list_margin_records,
        pb.list_order_operations,
        pb.list_rcus,
    )
    for listing in lists:
        text = json.dumps(box.wire(listing, limit=100), default=str)
        assert "606113" not in text and "644052" not in text, listing
    users = {o["user_id"] for o in box.wire(pb.list_orders, limit=100)["items"]}
    assert users == {box.user}
    accounts = box.wire(pb.list_accounts, limit=10)["items"]
    assert [(a["account_id"], a["exchange"], a["rcu_id"], a["status"]) for a in accounts] == [
        (f"{box.user}_huobi_1", "Huobi", 0, 2),
        (f"{box.user}_okex_1", "OKX", 0, 2),
        (f"{box.user}_binance_1", "Binance", 820, 2),
    ]
    for account in ("huobi_1", "okex_1", "binance_1"):
        assert box.wire(pb.get_account_balance, account_id=f"{box.user}_{account}") == [
            {"currency": "BTC", "amount": "5"},
            {"currency": "ETH", "amount": "50"},
            {"currency": "USDC", "amount": "100000"},
            {"currency": "USDT", "amount": "100000"},
        ]
        for wallet_type in (1, 2):
            assert (
                box.sandbox.balance(f"{box.user}_{account}", "USDT", wallet_type, credentials=box.credentials)
                == 0
            )


def test_balance_plus_refusals_and_a_full_withdrawal(box: Box) -> None:
    bp = box.client.balance_plus
    deposit, withdraw = bp.create_deposit, bp.create_withdraw
    currencies = box.wire(bp.list_currencies, product_type="flexi_saving")
    assert (currencies["total_balance_amount"], currencies["total_interest"]) == ("0", "0")
    assert [(c["currency"], c["balance"], c["interest"]) for c in currencies["currencies"]] == [
        ("BTC", "0", "0"),
        ("ETH", "0", "0"),
        ("USDT", "0", "0"),
        ("USDC", "0", "0"),
    ]
    assert box.wire(bp.get_currency_detail, currency="ETH")["balance"] == "0"
    assert box.refusal(deposit, currency="DOGE", amount=Decimal("1")) == (
        12010004,
        "currency 'DOGE' is not offered (offered: BTC, ETH, USDT, USDC)",
    )
    assert box.refusal(deposit, currency="ETH", amount=Decimal("0.09")) == (
        12010004,
        "the minimum deposit is 0.1 ETH",
    )
    assert box.refusal(deposit, currency="ETH", amount=Decimal("1000.1")) == (
        12010004,
        "the maximum deposit is 1000 ETH",
    )
    assert box.refusal(deposit, currency="ETH", amount=Decimal("-1"))[0] == 12010004
    assert box.code(deposit, currency="BTC", amount=Decimal("11")) == 12010002  # the wallet holds 10
    bp.create_deposit(currency="ETH", amount=Decimal("0.1"))  # the minimum is enough
    bp.create_deposit(currency="ETH", amount=Decimal("99.9"))  # the rest of the wallet
    assert box.refusal(withdraw, currency="ETH", amount=Decimal("1")) == (
        12010003,
        "the position holds 0 ETH",
    )
    box.advance_to(box.t0 + 60 * SECOND)
    assert box.refusal(withdraw, currency="ETH", amount=Decimal("0.04")) == (
        12010004,
        "the minimum withdrawal is 0.05 ETH",
    )
    assert box.code(withdraw, currency="ETH", amount=Decimal("100.01")) == 12010003
    eth = box.wallet("ETH")
    answer = box.wire(withdraw, currency="ETH", amount=Decimal("0"), redeem_all=True)
    assert answer == {"income_distribution_time": 0, "serial_number": answer["serial_number"], "type": 2}
    assert (
        box.code(deposit, currency="ETH", amount=Decimal("1")) == 12010008
    )  # while the full withdrawal runs
    box.advance_to(box.t0 + 120 * SECOND)
    assert box.wallet("ETH") == eth + Decimal("100")
    bp.create_deposit(currency="ETH", amount=Decimal("1"))  # accepted again
    withdrawable = box.wire(bp.get_withdrawable_balance, currency="ETH")
    assert withdrawable == {
        "redeem_min_amount": "0.05",
        "redeem_max_amount": "0",
        "reference_apy": "0.08",
        "principal": "0",
        "interest": "0",
        "supply_balance": "5000",
        "redeem_delay_time": 0,
    }


def test_fixed_term_quota_limits_and_a_failed_purchase(box: Box) -> None:
    fs, fi = box.client.fixed_staking, box.client.fixed_income
    quota = {
        "product_left_quota_dec": "3000",
        "user_left_quota_dec": "-1",
        "minimum_of_purchase_amount_dec": "1",
        "maximum_of_purchase_amount_dec": "0",
    }
    assert box.wire(fs.get_product_quota, product_id=FS_PRODUCT) == quota
    buy = fs.create_order
    assert box.refusal(buy, product_id=FS_PRODUCT, amount_dec=Decimal("3001")) == (
        1203009,
        "3000 ETH of the product is left",
    )
    assert box.refusal(buy, product_id=FS_PRODUCT, amount_dec=Decimal("0.5")) == (
        12030011,
        "the minimum is 1 ETH",
    )
    serial = box.wire(buy, product_id=FS_PRODUCT, amount_dec=Decimal("3000"))["serial_number"]  # all of it
    assert box.wire(fs.get_product_quota, product_id=FS_PRODUCT) == {**quota, "product_left_quota_dec": "0"}
    assert box.wire(fs.get_product_detail, product_id=FS_PRODUCT)["status"] == 3  # sold out
    assert box.refusal(buy, product_id=FS_PRODUCT, amount_dec=Decimal("1")) == (
        1203009,
        "the product is sold out",
    )
    box.advance_to(box.t0 + 5 * SECOND)  # the wallet holds 100 ETH: the purchase fails, the quota comes back
    assert box.wire(fs.get_order_result, serial_number=serial) == {
        "status": 2,
        "failed_code": 1203007,
        "failed_message": f"{box.user}.bal holds 100 ETH, 3000 needed",
    }
    assert box.wire(fs.get_order_detail, order_id=serial)["order_status"] == 3
    assert box.wire(fs.get_product_quota, product_id=FS_PRODUCT) == quota
    assert box.wire(fs.get_product_detail, product_id=FS_PRODUCT)["status"] == 2
    assert box.wallet("ETH") == 100
    buy(product_id=FS_PRODUCT, amount_dec=Decimal("1"))
    # Fixed-Income: per purchase 100 to 1000, 1000 per customer
    order = fi.create_order
    assert box.refusal(order, product_id=FI_PRODUCT, amount_dec=Decimal("99")) == (
        12030011,
        "the minimum is 100 USDT",
    )
    assert box.refusal(order, product_id=FI_PRODUCT, amount_dec=Decimal("1001")) == (
        12030010,
        "the maximum of one purchase is 1000 USDT",
    )
    order(product_id=FI_PRODUCT, amount_dec=Decimal("600"))
    assert box.wire(fi.get_product_quota, product_id=FI_PRODUCT) == {
        "product_left_quota_dec": "400",
        "user_left_quota_dec": "400",
        "minimum_of_purchase_amount_dec": "100",
        "maximum_of_purchase_amount_dec": "1000",
    }
    assert box.refusal(order, product_id=FI_PRODUCT, amount_dec=Decimal("500")) == (
        12030023,
        "you may buy 400 USDT more",
    )
    assert box.refusal(order, product_id=FI_RENEWABLE, amount_dec=Decimal("0")) == (
        12030011,
        "the minimum is 0 USDT",
    )
    assert box.code(order, product_id="404", amount_dec=Decimal("100")) == 1203003
    assert box.code(fi.get_product_quota, product_id="404") == 17002001


def test_fixed_income_settles_only_once_its_redemptions_are_through(box: Box) -> None:
    fi = box.client.fixed_income
    serial = box.wire(fi.create_order, product_id=FI_PRODUCT, amount_dec=Decimal("100"))["serial_number"]
    end_closed = box.day + 3 * DAY + 18 * HOUR  # value at 18:00, 3 closed days
    settle = end_closed + HOUR  # 19:00
    # a redemption of 1 USDT half a minute before every minute from the end of the closed period to
    # settlement: the order is redeeming (16) at each check, which then waits a minute more
    for minute in range(60):
        box.advance_to(end_closed + minute * 60 * SECOND - 30 * SECOND)
        box.wire(fi.redeem_order, order_id=serial, principal_dec=Decimal("1"))
        assert box.wire(fi.get_order_detail, order_id=serial)["order_status"] == 16
    box.advance_to(settle - 1)
    order = box.wire(fi.get_order_detail, order_id=serial)
    assert (order["order_status"], order["redeem_principal_dec"]) == (4, "60")
    box.advance_to(settle)  # the last check: not redeeming any more, pending settlement from now
    assert box.wire(fi.get_order_detail, order_id=serial)["order_status"] == 5
    box.advance_to(settle + 1)
    assert box.wire(fi.get_order_detail, order_id=serial)["order_status"] == 6
    box.advance_to(settle + 1 + 60 * SECOND)
    order = box.wire(fi.get_order_detail, order_id=serial)
    payback = Decimal("40.03945205")  # 40 x (1 + 0.12 x 3 / 365) = 40.039452054..., cut to 8 places
    assert (order["order_status"], order["payback_dec"]) == (7, str(payback))


def test_fixed_term_order_lists_filter_and_count(box: Box) -> None:
    from matrixport.fixed_income.models import OrderStatus as IncomeStatus
    from matrixport.fixed_staking.models import OrderStatus as StakingStatus
    from matrixport.fixed_staking.models import StatusCategory

    fi, fs = box.client.fixed_income, box.client.fixed_staking
    first = box.wire(fi.create_order, product_id=FI_PRODUCT, amount_dec=Decimal("100"))["serial_number"]
    box.advance_to(box.day + 18 * HOUR)  # the first one holds from 18:00
    second = box.wire(fi.create_order, product_id=FI_RENEWABLE, amount_dec=Decimal("100"))["serial_number"]
    orders = box.wire(fi.list_orders, limit=10)["items"]
    assert [o["id"] for o in orders[:2]] == [second, first]
    holding = [o for o in orders if o["order_status"] == 4]
    assert orders[1] in holding and orders[0] not in holding
    assert box.wire(fi.list_orders, limit=10, order_status=[IncomeStatus(4)])["items"] == holding
    both = box.wire(fi.list_orders, limit=10, order_status=[IncomeStatus(1), IncomeStatus(4)])["items"]
    assert both == [o for o in orders if o["order_status"] in (1, 4)]
    assert box.wire(fi.list_orders, limit=10, currency="USDT") == box.wire(fi.list_orders, limit=10)
    assert box.wire(fi.list_orders, limit=10, currency="BTC") == {"count": 0, "items": []}
    assert box.wire(fi.list_orders, only_need_count="1") == {"count": len(orders)}
    assert box.wire(fi.list_orders, only_need_count="1", order_status=[IncomeStatus(4)]) == {
        "count": len(holding)
    }
    bound = orders[1]["end_closed_time"]
    assert box.wire(fi.list_orders, limit=10, end_closed_time=bound)["items"] == [
        o for o in orders if o["end_closed_time"] <= bound
    ]
    staked = box.wire(fs.create_order, product_id=FS_PRODUCT, amount_dec=Decimal("1"))["serial_number"]
    every = box.wire(fs.list_orders, limit=10)["items"]
    assert every[0]["id"] == staked
    assert box.wire(fs.list_orders, limit=10, order_status=[StakingStatus(1)])["items"] == [every[0]]
    held = box.wire(fs.list_orders, limit=10, status_category=StatusCategory(2))["items"]
    assert held == [o for o in every if o["order_status"] in {1, 2, 4, 5, 6, 8, 10}]
    settled = box.wire(fs.list_orders, limit=10, status_category=StatusCategory(3))["items"]
    assert settled == [o for o in every if o["order_status"] in {3, 7, 9, 11}]
    assert box.wire(fs.list_orders, limit=10, status_category=StatusCategory(1))["items"] == every
    assert box.wire(fs.list_orders, only_need_count="1") == {"count": len(every)}


def test_t_bills_preview_deposit_by_payment_currency(box: Box) -> None:
    tb = box.client.t_bills
    preview = box.wire(
        tb.preview_deposit, product_id=TB_PRODUCT, payment_currency="usdt", principal=Decimal("365")
    )
    assert preview == {
        "payment_principal": "365",
        "payment_currency": "USDT",
        "reference_apy": "0.05",
        "daily_interest": "0.0485",  # 354.05 x 0.05 / 365, cut to 8 places
        "currency": "USD",
        "stbt_amount": "354.05",
        "fiat_conversion_fee": "10.95",
        "confirmed_after_conversion": False,
        "no_reference_apy": False,
        "no_daily_interest": False,
    }
    assert box.refusal(
        tb.preview_deposit, product_id=TB_PRODUCT, payment_currency="BTC", principal=Decimal("1")
    ) == (
        12040022,
        "BTC does not pay for this product",
    )


def test_fixed_income_product_times_are_the_current_batch(box: Box) -> None:
    fi = box.client.fixed_income
    detail = box.wire(fi.get_product_detail, product_id=FI_PRODUCT)
    start = box.day + 18 * HOUR  # value at 18:00 today
    times = ("raised_time", "start_closed_time", "end_closed_time", "end_settled_time")
    assert tuple(detail[key] for key in times) == (
        start // 1000,
        start // 1000,
        (start + 3 * DAY) // 1000,
        (start + 3 * DAY + HOUR) // 1000,
    )
    assert (detail["agreements"], detail["fund_investments"]) != (None, None)  # the detail has them
    [listed] = [p for p in box.wire(fi.list_products)["items"] if p["id"] == FI_PRODUCT]
    assert listed == {**detail, "agreements": None, "fund_investments": None}


def test_a_disbursement_naming_an_account_twice_is_refused(box: Box) -> None:
    from matrixport.prime_broker.models.lending_account import LendingAccount

    pb = box.client.prime_broker
    binance = f"{box.user}_binance_1"
    halves = [LendingAccount(account_id=binance, amount=Decimal("5000")) for _ in range(2)]
    assert box.refusal(pb.set_lending_account, order_id=PENDING_LOAN, lending_accounts=halves) == (
        17002001,
        f"lending_accounts names {binance} twice",
    )
    assert box.wire(pb.get_order_detail, order_id=PENDING_LOAN)["status"] == 7
    box.advance_to(box.now() + 60_000)  # nothing was taken on: the sandbox keeps working
    assert box.wire(pb.get_order_detail, order_id=PENDING_LOAN)["status"] == 7


def test_a_new_customer_finds_the_documented_records(box: Box) -> None:
    """Each customer starts with the documents' example records, listed as the documents show them."""
    from matrixport.sandbox.spec import bundled_spec

    spec = bundled_spec()

    def documented(document: str, operation: str) -> list[Any]:
        return list(spec.operation(document, operation).example["items"])

    pb = box.client.prime_broker
    for method, operation in (
        (pb.list_account_transfer_records, "listAccountTransferRecords"),
        (pb.list_account_flows, "listAccountFlows"),
        (pb.list_margin_records, "listMarginRecords"),
        (pb.list_order_operations, "listOrderOperations"),
    ):
        listed = [item["serial_no"] for item in box.wire(method, limit=100)["items"]]
        assert listed == [item["serial_no"] for item in documented("prime-broker", operation)], operation

    tb = box.client.t_bills
    detail = spec.operation("t-bills", "getProductDetail").example
    [on_sale] = documented("t-bills", "listProducts")
    assert len(box.wire(tb.get_product_detail, product_id=detail["product_id"])["agreements"]) == 1
    # the listed product is the detail's with the list's fields; the detail's agreements are not its own
    assert box.wire(tb.get_product_detail, product_id=on_sale["product_id"])["agreements"] == []
    for order in (spec.operation("t-bills", "getOrderDetail").example, *documented("t-bills", "listOrders")):
        page = box.wire(
            tb.list_orders, product_id=detail["product_id"], address=order["address"], limit=10, offset=0
        )
        assert [item["order_id"] for item in page["items"]] == [order["order_id"]]

    # Fixed-Income's renewable product is the auto-renewal list's, without the detail's attachments
    [renewable] = documented("fixed-income", "listAutoRenewProducts")
    shown = box.wire(box.client.fixed_income.get_product_detail, product_id=renewable["id"])
    assert (shown["renew_type"], shown["agreements"], shown["fund_investments"]) == (1, [], [])
