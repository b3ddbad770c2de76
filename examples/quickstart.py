"""A first session with the client: run it with `make demo` (against the local sandbox).

Against production, set MATRIXPORT_ACCESS_KEY and MATRIXPORT_SECRET_KEY and leave
MATRIXPORT_BASE_URL unset.
"""

from __future__ import annotations

from decimal import Decimal

from matrixport import Matrixport, RequestOptions
from matrixport.balance_plus.errors import InsufficientDepositBalance


def main() -> None:
    with Matrixport() as client:
        print(f"client: {client!r}")

        detail = client.balance_plus.get_currency_detail(currency="BTC")
        print(f"BTC current APY {detail.current_apy!r}, pool supply {detail.pool_supply!r}")
        print(f"    product status {detail.product_status!r}, utilization {detail.current!r}")

        currencies = client.balance_plus.list_currencies(
            product_type="flexi_saving", subject_type="flexi_saving"
        )
        for currency in currencies.currencies:
            print(f"{currency.currency}: deposit APY {currency.deposit_apy!r}, balance {currency.balance!r}")

        balance = client.balance_plus.get_available_balance(currency="BTC")
        print(f"available {balance.user_available_balance!r} (min deposit {balance.supply_min_amount!r})")

        order = client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.1"))
        print(f"deposit accepted: serial number {order.serial_number!r}, type {order.type_!r}")

        revenue = client.balance_plus.list_revenue_details(limit=10)
        for row in revenue.interests:
            print(f"interest {row.interest!r} {row.currency} at rate {row.rate!r}")

        # The sandbox answers with any documented error code on request.
        try:
            client.balance_plus.create_deposit(
                currency="BTC",
                amount=Decimal("1000"),
                request_options=RequestOptions(extra_headers={"Prefer": "code=12010002"}),
            )
        except InsufficientDepositBalance as error:
            print(f"typed error: {type(error).__name__} code={error.code} request_id={error.request_id}")


if __name__ == "__main__":
    main()
