"""A first session with the client: run it with `make demo` (against the local sandbox).

One whole flow: look at Balance+ BTC, deposit 0.5 BTC, wait for the deposit's result, see the
balance and the total position change. Against production, set MATRIXPORT_ACCESS_KEY and
MATRIXPORT_SECRET_KEY and leave MATRIXPORT_BASE_URL unset (and deposit what you mean to).
`make demo` runs the sandbox with its clock at 60x real time, so the settlement takes a second.
"""

from __future__ import annotations

from decimal import Decimal

from matrixport import Matrixport, RequestOptions
from matrixport.balance_plus.errors import InsufficientDepositBalance
from matrixport.balance_plus.models import OrderSource, OrderStatus, OrderType

AMOUNT = Decimal("0.5")


def main() -> None:
    with Matrixport() as client:
        print(f"client: {client!r}")
        bp = client.balance_plus

        detail = bp.get_currency_detail(currency="BTC")
        print(f"BTC current APY {detail.current_apy!r}, pool supply {detail.pool_supply!r}")
        available = bp.get_available_balance(currency="BTC")
        print(
            f"available {available.user_available_balance!r} (deposits from {available.supply_min_amount!r})"
        )
        before = bp.get_total_position()
        print(f"Balance+ BTC {detail.balance!r}; total position {before.total_asset!r} USD")

        order = bp.create_deposit(currency="BTC", amount=AMOUNT)
        print(f"deposit accepted: serial number {order.serial_number!r}; waiting for its result...")
        bp.wait_get_deposit_withdraw_result(serial_number=order.serial_number, timeout=120, interval=0.5)

        after = bp.get_total_position()
        balance = bp.get_currency_detail(currency="BTC").balance
        print(f"deposit done: Balance+ BTC {detail.balance!r} -> {balance!r}")
        print(f"total position {before.total_asset!r} -> {after.total_asset!r} USD")
        print(f"available {bp.get_available_balance(currency='BTC').user_available_balance!r}")

        for listed in bp.iter_list_orders(
            currency="BTC",
            product_type="flexi_saving",
            subject_type="flexi_saving",
            limit=10,
            type_=OrderType.DEPOSIT,
            order_source=OrderSource.USER,
            order_status=OrderStatus.ALL,
        ):
            print(f"order {listed.order_id}: {listed.amount!r} BTC, {listed.order_status!r}")

        try:
            bp.create_deposit(currency="BTC", amount=Decimal("99"))
        except InsufficientDepositBalance as error:
            print(f"typed error: {type(error).__name__} code={error.code} message={error.message!r}")

        # The sandbox also answers any documented error code on request.
        try:
            bp.create_deposit(
                currency="BTC",
                amount=AMOUNT,
                request_options=RequestOptions(extra_headers={"Prefer": "code=12010002"}),
            )
        except InsufficientDepositBalance as error:
            print(f"asked for: {type(error).__name__} code={error.code}")


if __name__ == "__main__":
    main()
