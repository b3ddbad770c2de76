"""The sandbox's state models, pinned further: what the exact tests leave open.

Reuses the standing-still sandbox of `tests/test_sandbox_models_exact.py` (the `box` fixture):
every time, id and amount below follows from the sandbox README's rules.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from matrixport.errors import APIError

from tests import test_sandbox_models_exact as exact
from tests.test_sandbox_models_exact import DAY, FI_PRODUCT, FS_PRODUCT, LOAN, SECOND, Box

box = exact.box  # the standing-still sandbox fixture

PENDING_LOAN = "7109485224484110337"


def test_prime_broker_a_disbursement_without_request_id_carries_its_serial(box: Box) -> None:
    """`setLendingAccount` has no `request_id`: its order operation names its own serial number."""
    from matrixport.prime_broker.models.lending_account import LendingAccount

    pb = box.client.prime_broker
    binance = f"{box.user}_binance_1"
    parts = [LendingAccount(account_id=binance, amount=Decimal("10000"))]
    pb.set_lending_account(order_id=PENDING_LOAN, lending_accounts=parts)
    [operation] = box.wire(pb.list_order_operations, order_id=PENDING_LOAN, limit=10)["items"]
    assert operation == {
        "created_at": box.t0,
        "serial_no": operation["serial_no"],
        "user_id": box.user,
        "request_id": operation["serial_no"],
        "order_id": PENDING_LOAN,
        "op_type": 7,
        "currency": "USDT",
        "amount": "10000",
        "status": 4,
    }
    box.advance_to(box.t0 + 30 * SECOND)
    [done] = box.wire(pb.list_order_operations, order_id=PENDING_LOAN, limit=10)["items"]
    assert done == {**operation, "status": 5}


def test_prime_broker_a_loan_repaid_in_full_while_renewing_stays_repaid(box: Box) -> None:
    """The whole principal lands between the renewal's steps: the loan is 13 (repaid), nothing
    renews, and the renewal's operation ends failed (6)."""
    pb = box.client.prime_broker
    binance = f"{box.user}_binance_1"
    [bill] = box.wire(pb.list_loan_bills, order_id=LOAN, status=1, limit=10)["items"]
    pb.repay_loan_bill(bill_id=bill["bill_id"], account_id=binance, request_id="bill-0001")
    box.advance_to(box.t0 + 30 * SECOND)
    before = box.wire(pb.get_order_detail, order_id=LOAN)
    pb.repay_order(order_id=LOAN, amount=Decimal("30000"), account_id=binance, request_id="repay-0001")
    box.advance_to(box.t0 + 40 * SECOND)
    pb.renew_order(
        order_id=LOAN,
        allocation_amount=Decimal("30000"),
        time_milli=before["due_time"] + DAY,
        request_id="renew-0001",
    )
    box.advance_to(box.t0 + 55 * SECOND)
    assert box.wire(pb.get_order_detail, order_id=LOAN)["status"] == 17
    usdt = box.wallet("USDT")
    box.advance_to(box.t0 + 60 * SECOND)  # the repayment is through: repaid, the margin back
    repaid = {**before, "status": 13, "amount_repaid": "30000", "repaying": "0", "margin_amount": "0"}
    assert box.wire(pb.get_order_detail, order_id=LOAN) == repaid
    assert box.wallet("USDT") == usdt + 10000
    box.advance_to(box.t0 + 70 * SECOND)  # the renewal's second step finds a repaid loan
    assert box.wire(pb.get_order_detail, order_id=LOAN) == repaid
    orders = box.wire(pb.list_orders, limit=10)["items"]
    assert [o["order_id"] for o in orders if o.get("pre_order_id") == LOAN] == []
    assert box.wallet("USDT") == usdt + 10000
    operations = box.wire(pb.list_order_operations, order_id=LOAN, limit=10)["items"]
    assert {o["request_id"]: (o["op_type"], o["status"]) for o in operations} == {
        "bill-0001": (8, 5),
        "repay-0001": (2, 5),
        "renew-0001": (4, 6),
    }


def test_fixed_income_one_two_digit_order_status_is_one_status(box: Box) -> None:
    """`order_status=15` sent once is status 15 (redeemed all), not 1 and 5."""
    fi = box.client.fixed_income
    fi.create_order(product_id=FI_PRODUCT, amount_dec=Decimal("100"), serial_number="fixed-order-0001")
    every = box.wire(fi.list_orders, limit=100)["items"]
    assert 1 in {o["order_status"] for o in every}  # the new order is a pre-order
    for status in (15, 16):
        listed = box.wire(fi.list_orders, order_status=[status], limit=100)
        wanted = [o for o in every if o["order_status"] == status]
        assert listed == {"count": len(wanted), "items": wanted}
    both = box.wire(fi.list_orders, order_status=[1, 15], limit=100)["items"]
    assert both == [o for o in every if o["order_status"] in (1, 15)]


def test_fixed_staking_orders_without_a_limit_answer_ten(box: Box) -> None:
    """`limit` is optional in Fixed-Staking's Order List: a page is then 10 orders, newest first."""
    fs = box.client.fixed_staking
    for _ in range(11):
        fs.create_order(product_id=FS_PRODUCT, amount_dec=Decimal("1"))
    every = box.wire(fs.list_orders, limit=100)
    assert every["count"] >= 11
    assert box.wire(fs.list_orders) == {"count": every["count"], "items": every["items"][:10]}
    assert box.wire(fs.list_orders, offset=3) == {"count": every["count"], "items": every["items"][3:13]}


def test_fixed_staking_products_are_one_page_whatever_offset_and_limit_say(box: Box) -> None:
    """Products List takes no parameters (FS-4): an `offset` or `limit` sent anyway cuts nothing."""
    every = box.wire(box.client.fixed_staking.list_products)
    assert every["count"] == len(every["items"]) == 2
    for params in ({"limit": "1"}, {"offset": "1"}, {"offset": "2", "limit": "1"}):
        assert box.client.request("GET", "/eth-two/api/v2/products", params=params) == every


def test_t_bills_an_unknown_product_is_refused_by_name(box: Box) -> None:
    """A product id the customer was not offered: 12140001 (Params Error), naming the id."""
    tb = box.client.t_bills
    assert box.refusal(tb.get_product_detail, product_id="42") == (12140001, "no product '42'")
    with pytest.raises(APIError) as caught:  # the document's "Params error." takes the detail
        tb.get_product_detail(product_id="42")
    assert caught.value.message == "Params error: no product '42'"
    assert box.refusal(tb.get_product_asset, product_id="7016600587613560833") == (
        12140001,
        "no product '7016600587613560833'",
    )


def test_prime_broker_transfer_refusals_say_why(box: Box) -> None:
    """Each refusal of createTransfer adds what was wrong to the document's message."""
    pb = box.client.prime_broker
    wallet, okex, huobi = f"{box.user}.bal", f"{box.user}_okex_1", f"{box.user}_huobi_1"
    send = pb.create_transfer
    btc = {"currency": "BTC", "from_account": okex, "to_account": huobi}
    send(serial_no="transfer-0001", **btc, amount=Decimal("0.01"))
    assert box.refusal(send, serial_no="transfer-0001", **btc, amount=Decimal("0.02")) == (
        12070132,
        "serial_no 'transfer-0001' was used already",
    )
    # a serial number of a transfer made otherwise (a profit accrual) is taken too
    binance = f"{box.user}_binance_1"
    pb.create_profit_accrual(
        serial_no="profit-0001", account_id=binance, currency="USDT", amount=Decimal("17")
    )
    assert box.refusal(send, serial_no="profit-0001", **btc, amount=Decimal("0.02")) == (
        12070132,
        "serial_no 'profit-0001' was used already",
    )
    assert box.refusal(send, **btc, amount=Decimal("0")) == (17002001, "amount must be positive")
    assert box.refusal(send, **{**btc, "currency": "DAI"}, amount=Decimal("1")) == (
        12070519,
        "DAI cannot be transferred",
    )
    # an exchange minimum of its own (BUSD's, in the document's table) does not make it transferable
    assert box.refusal(send, **{**btc, "currency": "BUSD"}, amount=Decimal("100")) == (
        12070519,
        "BUSD cannot be transferred",
    )
    assert box.refusal(send, **btc, amount=Decimal("0.0010001")) == (
        12070524,
        "BTC takes at most 6 decimal places",
    )
    assert box.refusal(
        send, from_account=wallet, to_account=okex, currency="BTC", amount=Decimal("0.000999")
    ) == (
        12070525,
        "the minimum is 0.001 BTC",
    )
    assert box.refusal(send, **btc, amount=Decimal("1000")) == (
        12070130,
        f"{okex} holds 4.99 BTC, 1000 needed",
    )


def test_prime_broker_a_transfer_pays_from_the_wallet_type_it_names(box: Box) -> None:
    """`from_wallet_type` picks the sub-account's wallet the amount leaves: one that holds nothing
    refuses, whatever the other wallets hold."""
    pb = box.client.prime_broker
    okex, huobi = f"{box.user}_okex_1", f"{box.user}_huobi_1"
    assert box.refusal(
        pb.create_transfer,
        from_account=okex,
        to_account=huobi,
        currency="BTC",
        amount=Decimal("1"),
        from_wallet_type=1,
    ) == (12070130, f"{okex} holds 0 BTC, 1 needed")


def test_balance_plus_a_zero_or_negative_amount_is_refused_as_such(box: Box) -> None:
    """Not "below the minimum": an amount must be positive before any limit is looked at."""
    bp = box.client.balance_plus
    for amount in (Decimal("0"), Decimal("-1")):
        assert box.refusal(bp.create_deposit, currency="ETH", amount=amount) == (
            12010004,
            "amount must be positive",
        )
        assert box.refusal(bp.create_withdraw, currency="ETH", amount=amount) == (
            12010004,
            "amount must be positive",
        )


def test_a_parameter_sent_twice_counts_once_the_last_value(box: Box) -> None:
    """`limit=5&limit=2&limit=1` is a limit of 1, `limit=1&limit=5` a limit of 5."""
    fi = box.client.fixed_income
    for serial in ("twice-0001", "twice-0002"):
        fi.create_order(product_id=FI_PRODUCT, amount_dec=Decimal("100"), serial_number=serial)
    every = box.wire(fi.list_orders, limit=100)
    assert every["count"] >= 3
    orders = "/fixed-income/api/v2/orders"
    assert len(box.client.request("GET", orders, params={"limit": ["5", "2", "1"]})["items"]) == 1
    assert len(box.client.request("GET", orders, params={"limit": ["1", "5"]})["items"]) == min(
        5, every["count"]
    )


def test_the_fixed_term_schedule_rolls_to_the_next_day_only_when_a_time_has_passed() -> None:
    """`schedule(duration, booked, close_days)`: value time and settlement time are times of day
    (seconds), each moved to the next day when it would come before what precedes it; a missing
    time is midnight."""
    from matrixport.sandbox.models.fixed import schedule

    day0 = 100 * DAY
    hour = 3600
    duration = {"value_day": 0, "value_time": hour, "end_settled_day": 0, "end_settled_time": hour // 2}
    # settlement at 00:30 would precede the close at 01:00: the day after
    assert schedule(duration, day0, 2) == (day0 + hour * SECOND, day0 + 2 * DAY + hour * SECOND,
                                           day0 + 3 * DAY + hour // 2 * SECOND)  # fmt: skip
    # settlement at the very time of the close: that day
    same = {**duration, "end_settled_time": hour}
    assert schedule(same, day0, 2)[2] == day0 + 2 * DAY + hour * SECOND
    # booked after the value time: the closed period starts the next day
    assert schedule(same, day0 + 2 * hour * SECOND, 1)[0] == day0 + DAY + hour * SECOND
    # value_day and end_settled_day add whole days
    later = {**same, "value_day": 1, "end_settled_day": 2}
    assert schedule(later, day0, 1) == (day0 + DAY + hour * SECOND, day0 + 2 * DAY + hour * SECOND,
                                        day0 + 4 * DAY + hour * SECOND)  # fmt: skip
    # no times at all: midnights
    assert schedule({}, day0, 3) == (day0, day0 + 3 * DAY, day0 + 3 * DAY)
    assert schedule({}, day0 + 1, 3) == (day0 + DAY, day0 + 4 * DAY, day0 + 4 * DAY)


def test_prime_broker_an_account_of_someone_else_is_refused_by_name(box: Box) -> None:
    pb = box.client.prime_broker
    assert box.refusal(pb.get_account_balance, account_id="606113_okex_1") == (
        12070317,
        "no account '606113_okex_1' of yours",
    )


def test_a_malformed_decimal_is_refused_by_the_schema_once(box: Box) -> None:
    """A decimal string that is no decimal fails the `decimal` format; a value of another JSON
    type fails only the schema's `type` (one problem, not two)."""
    import pytest
    from matrixport.errors import APIError

    def refusal(amount: object) -> tuple[int, str]:
        body = {"currency": "BTC", "amount": amount, "product_type": "flexi_saving"}
        with pytest.raises(APIError) as caught:
            box.client.request(
                "POST",
                "/flexible/api/v2/deposit",
                json={**body, "subject_type": "flexi_saving", "order_source": "1"},
            )
        return int(caught.value.code), str(caught.value.message).split(": ", 1)[1]

    assert refusal("abc") == (17002001, "amount: 'abc' is not a 'decimal'")
    assert refusal("NaN") == (17002001, "amount: 'NaN' is not a 'decimal'")
    for value, shown in ((True, "True"), (5, "5"), ([1], "[1]")):
        assert refusal(value) == (17002001, f"amount: {shown} is not of type 'string'")


def test_fixed_income_an_empty_serial_number_is_no_serial_number(box: Box) -> None:
    """Order Result with `serial_number=""` looks the order up by `out_serial_number` instead."""
    fi = box.client.fixed_income
    made = fi.create_order(product_id=FI_PRODUCT, amount_dec=Decimal(100), serial_number="mine-1")
    params = {"serial_number": "", "out_serial_number": "mine-1"}
    found = box.client.request("GET", "/fixed-income/api/v2/order/result", params=params)
    assert found["order_id"] == made.serial_number


def test_fixed_income_an_order_counts_the_renewable_products_left_on_sale(box: Box) -> None:
    """`can_renew_product_count` counts products with `renew_type` 1 still on sale: buying up the
    only one leaves 0. The order's times are whole seconds (JSON integers)."""
    fi = box.client.fixed_income
    order_id = fi.create_order(product_id=exact.FI_RENEWABLE, amount_dec=Decimal(1000)).serial_number
    order = box.wire(fi.get_order_detail, order_id=order_id)
    assert order["can_renew_product_count"] == 0
    times = ("book_time", "start_closed_time", "end_closed_time", "end_settled_time")
    assert [type(order[name]) for name in times] == [int] * 4


def test_fixed_income_a_coupon_adds_its_rate_to_the_estimate(box: Box) -> None:
    """An order with the documented coupon (16 % a year) earns the product's 12 % plus 16 %."""
    fi = box.client.fixed_income
    coupon = 6820967743295119360
    order_id = fi.create_order(product_id=FI_PRODUCT, amount_dec=Decimal(100), coupon_id=coupon).serial_number
    order = box.wire(fi.get_order_detail, order_id=order_id)
    # 100 x 0.12 x 3 / 365 and 100 x 0.16 x 3 / 365, each cut to 8 places
    estimate = Decimal(100) + Decimal("0.09863013") + Decimal("0.13150684")
    assert order["estimate_settle_amount_dec"] == str(estimate)


def test_an_empty_required_parameter_is_a_missing_one(box: Box) -> None:
    """`order_id=` (empty) passes the schema (a string) but names nothing: the document's
    parameter error, "order_id is required"."""
    params = {"order_id": ""}
    with pytest.raises(APIError) as caught:
        box.client.request("GET", "/fixed-income/api/v2/order", params=params)
    assert (caught.value.code, caught.value.message.split(": ", 1)[1]) == (17002001, "order_id is required")


def test_a_text_parameter_sent_three_times_counts_its_last_value(box: Box) -> None:
    fi = box.client.fixed_income
    order_id = fi.create_order(product_id=FI_PRODUCT, amount_dec=Decimal(100)).serial_number
    params = {"order_id": ["1", "2", order_id]}
    assert box.client.request("GET", "/fixed-income/api/v2/order", params=params)["id"] == order_id


def test_a_refusal_without_a_detail_is_the_documents_message(box: Box) -> None:
    """A deposit still queuing: Deposit/Withdraw Result answers the document's message alone."""
    bp = box.client.balance_plus
    serial = bp.create_deposit(currency="USDT", amount=Decimal(100)).serial_number
    with pytest.raises(APIError) as caught:
        bp.get_deposit_withdraw_result(serial_number=serial)
    assert caught.value.message == box.sandbox.core.spec.documents["balance-plus"].message(caught.value.code)
    assert ": " not in caught.value.message


def test_an_array_parameter_sent_as_repeated_keys_keeps_each_value_whole(box: Box) -> None:
    """`order_status=15&order_status=4` filters by statuses 15 and 4 (not 1, 5 and 4)."""
    fi = box.client.fixed_income
    fi.create_order(product_id=FI_PRODUCT, amount_dec=Decimal(100))  # a pre-order: status 1
    orders = "/fixed-income/api/v2/orders"
    assert box.client.request("GET", orders, params={"order_status": ["1", "4"]})["count"] >= 1
    assert box.client.request("GET", orders, params={"order_status": ["15", "4"]})["count"] == 0
