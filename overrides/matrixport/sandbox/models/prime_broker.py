"""Prime Broker: trading accounts and transfers, margin loans, RCUs.

Accounts. Every customer has its Matrix (Prime) wallet `<user id>.bal` (also the wallet of the
other documents) and three exchange sub-accounts: `<user id>_huobi_1` and `<user id>_okex_1`
(bound to no RCU: the Python demo's transfer works for the first customer, user 9547) and
`<user id>_binance_1`, bound to the RCU of the customer's margin loan. Sub-accounts have the
wallet types of the Wallet Types example (0 spot, 1 unified, 2 contract); balances are per
account, wallet type and currency. Account Balance shows the spot wallet. `createAccount`
opens `<user id>_<exchange>_<n>`: 3 (opening), 2 (opened) after `ACCOUNT_OPEN_MS`.

Transfers follow the document's "Transfer Case" table (a wallet pays any account; a bound
sub-account pays only accounts of its RCU; a sub-account pays the wallet only when unbound).
The amount leaves the source at once (process 1 pending, 2 processing after
`PROCESSING_AFTER_MS`) and reaches the destination at 3 (processed) after `SETTLE_MS`;
instant transfers (sub-account to sub-account, BTC, ETH, USDT) are processed at once. Each
transfer makes an account flow out (`<serial>_1`) and one in (`<serial>_2`). Minimum amounts and
decimal places come from the Exchange Minimum Transfer Amount example, for every exchange.

Loans. Each customer has a margin loan `7109485224484110336` (the Rcu List example's RCU 820,
30000 USDT, 8 %, 30 days, 10000 USDT margin, status 11) with one unpaid interest bill, and a
loan `LOAN_PENDING_ID` waiting for its lending accounts (status 7); plus the documented
orders, bills, margin records and operations as they are. Margin, renewal, repayment and
disbursement pass op status 4 (processing) -> 5 (processed) after `OP_MS`, each with an order
operation carrying the request's `request_id`. A renewal: 15 -> 17 -> 19 (renewed) and a new
order (`pre_order_id`) from the old due time to `time_milli`. A loan repaid in full is 13
(repaid) and its margin goes back to the wallet. Principal cannot be repaid while the order
has unpaid bills (12070339).

A repeated `serial_no` answers 12070132 (Duplicate Serial No) and a repeated `request_id`
12070528 (Repeated Request). There is no "insufficient balance" code in the document: an
account short of funds answers 12070130 (Transfer Verification Failed) with the balances.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .. import _json
from ..spec import SpecOperation
from ..store import Customer, InsufficientFunds, Record
from .base import DAY_MS, SECOND_MS, ApiError, Call, DocumentModel, handles, money, personalize
from .fixed import public

PROCESSING_AFTER_MS = 5 * SECOND_MS
SETTLE_MS = 30 * SECOND_MS
OP_MS = 30 * SECOND_MS
ACCOUNT_OPEN_MS = 60 * SECOND_MS

ACTIVE_LOAN_ID = "7109485224484110336"
LOAN_PENDING_ID = "7109485224484110337"
ACTIVE_RCU = 820
EXAMPLE_USERS = ("606113", "644052")

WALLET = "matrix.user.bal"
SUB_ACCOUNT = "exchange.sub"
EXCHANGE_NAMES = {
    "binance": "Binance", "huobi": "Huobi", "okex": "OKX", "bit.com": "bit.com", "bybit": "Bybit",
    "deribit": "Deribit", "coinbase": "Coinbase", "kucoin": "Kucoin", "kraken": "Kraken", "gate": "Gate.io",
    "bitget": "Bitget",
}  # fmt: skip
SEEDED_SUB_ACCOUNTS = (("huobi", 0), ("okex", 0), ("binance", ACTIVE_RCU))
SUB_ACCOUNT_BALANCES = {
    "BTC": Decimal("5"),
    "ETH": Decimal("50"),
    "USDT": Decimal("100000"),
    "USDC": Decimal("100000"),
}
TRANSFER_CURRENCIES = ("BTC", "ETH", "USDT", "USDC")
INSTANT_CURRENCIES = ("BTC", "ETH", "USDT")
CHAINS = {"BTC": ["BTC"], "ETH": ["ERC20"], "USDT": ["ERC20", "TRC20"], "USDC": ["ERC20"]}

PENDING, PROCESSING, PROCESSED = 1, 2, 3
OP_PROCESSING, OP_PROCESSED, OP_FAILED = 4, 5, 6
OUT, IN = 2, 1
OP_MARGIN, OP_PRINCIPAL_REPAY, OP_RENEW, OP_LOAN, OP_INTEREST_REPAY, OP_EXTRA_FEE_REPAY = 1, 2, 4, 7, 8, 24
CANCELED, PENDING_LOAN, PENDING_REPAYMENT, OVERDUE, REPAID = -1, 7, 11, 12, 13
RENEWAL_APPLIED, RENEWING, RENEWED, LOAN_IN_PROGRESS = 15, 17, 19, 20
BILL_UNPAID, BILL_PAID, BILL_PAYING = 0, 1, 2
BILL_STATUS_FILTER = {1: BILL_UNPAID, 2: BILL_PAID, 3: BILL_PAYING}
DMA_PENDING, DMA_REPAYING, DMA_REPAID = 1, 2, 3

ACCOUNT_TYPE_MISMATCH = 12070106
ACCOUNT_NOT_ACTIVATED = 12070108
ORDER_ID_MISMATCH = 12070316
ACCOUNT_ID_MISMATCH = 12070317
OUTSTANDING_BILLS = 12070339
STATUS_NOT_SUPPORTED = 12070340
LENDING_AMOUNT_MISMATCH = 12070341
RENEWAL_AMOUNT_TOO_HIGH = 12070342
RENEWAL_IN_PROGRESS = 12070343
DECIMAL_PLACES = 12070524
AMOUNT_TOO_LOW = 12070525
CURRENCY_NOT_SUPPORTED = 12070519
SERIAL_NO_INVALID = 12070538
INSTANT_CURRENCY = 12070135
INSTANT_EXCHANGE = 12070137
ACCOUNT_VERIFICATION = 12070129
TRANSFER_VERIFICATION = 12070130
DUPLICATE_SERIAL_NO = 12070132
REPEATED_REQUEST = 12070528
PARAMETER_ERROR = 17002001

DUPLICATE_CODES = {"serial_no": DUPLICATE_SERIAL_NO, "request_id": REPEATED_REQUEST}
"""Which of the document's two "already used" codes refuses a repeat, by the key's field (a decision)."""


class PrimeBroker(DocumentModel):
    document = "prime-broker"

    def duplicate_code(self, op: SpecOperation) -> int | None:
        code = DUPLICATE_CODES.get(op.idempotency_key or "")
        return (
            code
            if code in self.world.spec.documents[self.document].duplicate_codes
            else super().duplicate_code(op)
        )

    # ---- seed ------------------------------------------------------------------------------

    def seed(self, customer: Customer, now_ms: int) -> None:
        """Accounts, the loans, and the documented records (inserted last-first: lists show newest first)."""
        user = customer.user_id

        def mine(value: Any) -> Any:
            return personalize(copy.deepcopy(value), user, EXAMPLE_USERS)

        for exchange, rcu in SEEDED_SUB_ACCOUNTS:
            account = self._new_account(customer, exchange, 1, rcu, now_ms, opened=True)
            for currency, amount in SUB_ACCOUNT_BALANCES.items():
                self.store.move(user, account["account_id"], currency, amount)
        day = now_ms // DAY_MS * DAY_MS
        template = mine(self.example("getOrderDetail"))
        for item in reversed(self.example("listOrders")["items"]):
            order = {**template, **mine(item)}
            if order["order_id"] != template["order_id"]:
                order.update(created_at=order["value_time"], equity_amount=order["margin_amount"])
            self.new_record(customer, "order", order["order_id"], order, now_ms)
        loan = {
            **template,
            "created_at": day - DAY_MS,
            "order_id": ACTIVE_LOAN_ID,
            "allocation_amount": "30000",
            "allocated_amount": "30000",
            "equity_amount": "10000",
            "margin_amount": "10000",
            "interest_rate": "0.08",
            "value_time": day,
            "due_time": day + 30 * DAY_MS,
            "allocation_ratio": "3",
            "status": PENDING_REPAYMENT,
            "order_biz_type": 1,
            "distribution_of_performance_fee": "0",
            "_rcu": ACTIVE_RCU,
        }
        self.new_record(customer, "order", ACTIVE_LOAN_ID, loan, now_ms)
        pending = {
            **loan,
            "order_id": LOAN_PENDING_ID,
            "allocation_amount": "10000",
            "allocated_amount": "0",
            "equity_amount": "5000",
            "margin_amount": "5000",
            "status": PENDING_LOAN,
            "value_time": 0,
            "due_time": 0,
        }
        self.new_record(customer, "order", LOAN_PENDING_ID, pending, now_ms)
        for rcu in reversed(self.example("listRcus")["items"]):
            self.new_record(customer, "rcu", str(rcu["rcu_id"]), mine(rcu), now_ms)
        bill_template = self.example("listLoanBills")["items"][0]
        for bill in reversed(self.example("listLoanBills")["items"]):
            self.new_record(customer, "bill", bill["bill_id"], mine(bill), now_ms)
        bill_id = self.world.new_id(now_ms)
        interest = _json.down(Decimal("30000") * Decimal("0.08") * 30 / 365, 8)
        self.new_record(
            customer,
            "bill",
            bill_id,
            {
                **mine(bill_template),
                "bill_time_mill": day,
                "allocate_amount": "30000",
                "need_pay_allocate_amount": "30000",
                "interest_rate": "0.08",
                "interest": money(interest),
                "repaid_amount": "0",
                "need_pay_amount": money(interest),
                "payment_status": BILL_UNPAID,
                "order_id": ACTIVE_LOAN_ID,
                "bill_id": bill_id,
                "type": 1,
                "name": [{"language": "en", "text": "Interest"}],
            },
            now_ms,
        )
        for bill in reversed(self.example("listDmaBills")["items"]):
            self.new_record(customer, "dma", bill["serial_no"], mine(bill), now_ms)
        for record in reversed(self.example("listAccountTransferRecords")["items"]):
            self.new_record(customer, "transfer", record["serial_no"], mine(record), record["created_at"])
        for flow in reversed(self.example("listAccountFlows")["items"]):
            self.new_record(customer, "flow", flow["serial_no"], mine(flow), flow["created_at"])
        for margin in reversed(self.example("listMarginRecords")["items"]):
            self.new_record(customer, "margin", margin["serial_no"], mine(margin), now_ms)
        for operation in reversed(self.example("listOrderOperations")["items"]):
            self.new_record(
                customer, "operation", operation["serial_no"], mine(operation), operation["created_at"]
            )

    def _new_account(
        self,
        customer: Customer,
        exchange: str,
        number: int,
        rcu: int,
        now_ms: int,
        opened: bool,
        custody: str = "",
    ) -> dict[str, Any]:
        account_id = f"{customer.user_id}_{exchange}_{number}"
        account = {
            "account_id": account_id,
            "user_id": customer.user_id,
            "type": SUB_ACCOUNT,
            "exchange": EXCHANGE_NAMES.get(exchange, exchange),
            "ex_account_id": f"sandbox_{exchange}_{number}",
            "name": f"sandbox_{exchange}_{number}",
            "status": 2 if opened else 3,
            "ex_value": exchange,
            "custody_id": custody,
            "custody_key": f"sandbox_{exchange}_{number}_custody" if custody else "",
            "rcu_id": rcu,
        }
        self.new_record(
            customer, "account", account_id, account, now_ms, None if opened else now_ms + ACCOUNT_OPEN_MS
        )
        return account

    # ---- accounts --------------------------------------------------------------------------

    def _account(self, call: Call, account_id: str) -> dict[str, Any]:
        """An account of the caller: its sub-account record, or a synthetic record for its wallet."""
        if account_id == self.world.wallet(call.customer):
            return {
                "account_id": account_id,
                "type": WALLET,
                "ex_value": "matrixport",
                "status": 2,
            }
        record = self.record(call.customer, "account", account_id)
        if record is None:
            raise ApiError(ACCOUNT_ID_MISMATCH, f"no account {account_id!r} of yours")
        return record.data

    def _debit(
        self, call: Call, account: Mapping[str, Any], currency: str, amount: Decimal, wallet: int = 0
    ) -> None:
        try:
            self.store.move(call.user_id, account["account_id"], currency, -amount, wallet)
        except InsufficientFunds as short:
            raise ApiError(TRANSFER_VERIFICATION, str(short)) from None

    def _flow(
        self, user_id: str, account: Mapping[str, Any], serial: str, scenario: str, direction: int,
        currency: str, amount: Decimal, at_ms: int, transfer: str = "",
    ) -> None:  # fmt: skip
        flow = {
            "serial_no": serial,
            "user_id": user_id,
            "exchange": account["ex_value"],
            "account_id": account["account_id"],
            "account_type": account["type"],
            "scenario": scenario,
            "direction": direction,
            "currency": currency,
            "amount": money(amount),
            "instant_transfer_fee": "0",
            "created_at": at_ms,
            "_transfer": transfer,
        }
        self.store.insert(Record(user_id, self.document, "flow", serial, at_ms, flow))

    @handles("listWalletTypes")
    def list_wallet_types(self, call: Call) -> Any:
        account = self._account(call, call.text("account_id"))
        wallets = self.example("listWalletTypes")
        if account["type"] == WALLET:
            wallets["wallets"] = wallets["wallets"][:1]
        return wallets

    @handles("listAvailableCurrencies")
    def list_available_currencies(self, call: Call) -> Any:
        self._account(call, call.text("from_account"))
        self._account(call, call.text("to_account"))
        return {"currencies": list(TRANSFER_CURRENCIES)}

    @handles("listAvailableChains")
    def list_available_chains(self, call: Call) -> Any:
        self._account(call, call.text("from_account"))
        self._account(call, call.text("to_account"))
        currency = call.text("currency").upper()
        if currency not in CHAINS:
            raise ApiError(CURRENCY_NOT_SUPPORTED, f"{currency} cannot be transferred")
        return {"chains": CHAINS[currency]}

    def _minimums(self) -> dict[str, dict[str, Any]]:
        return {row["currency"]: row for row in self.example("getExchangeMinimumAmounts")["currency_info"]}

    @handles("getExchangeMinimumAmounts")
    def get_exchange_minimum_amounts(self, call: Call) -> Any:
        currency = call.text("currency", "").upper()
        rows = [row for row in self._minimums().values() if not currency or row["currency"] == currency]
        return {"exchange": call.text("exchange"), "currency_info": rows}

    @handles("createAccount")
    def create_account(self, call: Call) -> Any:
        exchange = call.text("exchange")
        custody = call.text("custody_id", "")
        if custody:
            offered = {
                c["custody_id"]
                for row in self.example("listExchangeCustody")
                if row["ex_value"] == exchange
                for c in row.get("custody") or []
            }
            if custody not in offered:
                raise ApiError(PARAMETER_ERROR, f"custody {custody!r} is not offered on {exchange}")
        number = 1 + sum(1 for r in self.records(call.customer, "account") if r.data["ex_value"] == exchange)
        return self._new_account(
            call.customer, exchange, number, 0, call.now_ms, opened=False, custody=custody
        )["account_id"]

    @handles("getAccountBalance")
    def get_account_balance(self, call: Call) -> Any:
        account = self._account(call, call.text("account_id"))
        return [
            {"currency": currency, "amount": money(amount)}
            for _, wallet, currency, amount in self.store.balances(call.user_id, account["account_id"])
            if wallet == 0 and amount
        ]

    @handles("listAccounts")
    def list_accounts(self, call: Call) -> Any:
        filters = {
            "account_id": call.text("account_id", ""),
            "type": call.text("account_type", ""),
            "custody_id": call.text("custody_id", ""),
            "ex_value": call.text("exchange", ""),
            "rcu_id": call.text("rcu_id", ""),
            "status": call.text("status", ""),
        }
        accounts = [
            r.data
            for r in reversed(self.records(call.customer, "account"))
            if all(not want or str(r.data[key]) == want for key, want in filters.items())
        ]
        if call.integer("exchange_type", 1) != 1:
            accounts = []  # every sandbox exchange is a CEX
        return self.paged(call, accounts)

    @handles("listRcuAccounts")
    def list_rcu_accounts(self, call: Call) -> Any:
        rcu = self._rcu(call)
        return [
            self.shaped(r.data, "listRcuAccounts", "[]")
            for r in reversed(self.records(call.customer, "account"))
            if r.data["rcu_id"] == rcu.data["rcu_id"]
        ]

    @handles("listExchangeCustody")
    def list_exchange_custody(self, call: Call) -> Any:
        return self.example("listExchangeCustody")

    @handles("listExchangeTradingFeeRates")
    def list_exchange_trading_fee_rates(self, call: Call) -> Any:
        exchange = call.text("exchange", "")
        items = [
            row
            for row in self.example("listExchangeTradingFeeRates")["items"]
            if not exchange or row["ex_value"] == exchange
        ]
        return self.paged(call, items)

    # ---- transfers -------------------------------------------------------------------------

    def _serial_unused(self, call: Call, serial: str) -> None:
        if self.record(call.customer, "transfer", serial) is not None:
            raise ApiError(DUPLICATE_SERIAL_NO, f"serial_no {serial!r} was used already")

    def _check_amount(self, account: Mapping[str, Any], currency: str, amount: Decimal) -> None:
        if amount <= 0:
            raise ApiError(PARAMETER_ERROR, "amount must be positive")
        rule = self._minimums().get(currency)
        if rule is None or currency not in TRANSFER_CURRENCIES:
            raise ApiError(CURRENCY_NOT_SUPPORTED, f"{currency} cannot be transferred")
        if account["type"] == SUB_ACCOUNT:
            if -amount.normalize().as_tuple().exponent > int(rule["digit"]):  # type: ignore[operator]
                raise ApiError(DECIMAL_PLACES, f"{currency} takes at most {rule['digit']} decimal places")
            if amount < _json.dec(rule["minimum_amount"]):
                raise ApiError(AMOUNT_TOO_LOW, f"the minimum is {rule['minimum_amount']} {currency}")

    @handles("createTransfer")
    def create_transfer(self, call: Call) -> Any:
        serial = call.text("serial_no")
        self._serial_unused(call, serial)
        source = self._account(call, call.text("from_account"))
        target = self._account(call, call.text("to_account"))
        from_wallet, to_wallet = call.integer("from_wallet_type", 0), call.integer("to_wallet_type", 0)
        currency, amount = call.text("currency").upper(), call.decimal("amount")
        instant = call.boolean("is_instant_transfer")
        for account, wallet in ((source, from_wallet), (target, to_wallet)):
            if account["status"] != 2:
                raise ApiError(ACCOUNT_NOT_ACTIVATED, f"{account['account_id']} is not open yet")
            if wallet not in ((0,) if account["type"] == WALLET else (0, 1, 2)):
                raise ApiError(ACCOUNT_TYPE_MISMATCH, f"{account['account_id']} has no wallet type {wallet}")
        if source["account_id"] == target["account_id"] and from_wallet == to_wallet:
            raise ApiError(TRANSFER_VERIFICATION, "the source and the destination are the same")
        self._check_amount(source if source["type"] == SUB_ACCOUNT else target, currency, amount)
        if source["type"] == SUB_ACCOUNT and source["rcu_id"]:
            if target["type"] == WALLET or target["rcu_id"] != source["rcu_id"]:
                raise ApiError(
                    ACCOUNT_VERIFICATION,
                    f"{source['account_id']} pays only accounts of its RCU {source['rcu_id']}",
                )
        elif source["type"] == SUB_ACCOUNT and target["type"] == SUB_ACCOUNT and target["rcu_id"]:
            raise ApiError(ACCOUNT_VERIFICATION, f"{target['account_id']} is bound to RCU {target['rcu_id']}")
        if instant:
            if source["type"] != SUB_ACCOUNT or target["type"] != SUB_ACCOUNT:
                raise ApiError(INSTANT_EXCHANGE, "instant transfers go from exchange to exchange only")
            if currency not in INSTANT_CURRENCIES:
                raise ApiError(INSTANT_CURRENCY, f"{currency} cannot be transferred instantly")
        self._debit(call, source, currency, amount, from_wallet)
        scenario = "instant_transfer" if instant else "allocate"
        self._transfer(call, serial, source, target, currency, amount, scenario, to_wallet, settled=instant)
        return None

    def _transfer(
        self, call: Call, serial: str, source: Mapping[str, Any], target: Mapping[str, Any], currency: str,
        amount: Decimal, scenario: str, to_wallet: int = 0, settled: bool = False,
    ) -> None:  # fmt: skip
        record = {
            "user_id": call.user_id,
            "serial_no": serial,
            "from_account": source["account_id"],
            "to_account": target["account_id"],
            "currency": currency,
            "amount": money(amount),
            "process": PENDING,
            "scenario": scenario,
            "created_at": call.now_ms,
            "instant_transfer_fee": "0",
            "transfer_fee": "0",
            "_to": dict(target),
            "_to_wallet": to_wallet,
        }
        self._flow(call.user_id, source, f"{serial}_1", scenario, OUT, currency, amount, call.now_ms, serial)
        stored = self.new_record(
            call.customer, "transfer", serial, record, call.now_ms, call.now_ms + PROCESSING_AFTER_MS
        )
        if settled:
            self._arrive(stored, call.now_ms)
            self.store.save(stored)

    def _arrive(self, record: Record, at_ms: int) -> None:
        data = record.data
        target = data["_to"]
        amount = _json.dec(data["amount"])
        self.store.move(
            record.user_id, target["account_id"], data["currency"], amount, int(data["_to_wallet"])
        )
        self._flow(
            record.user_id,
            target,
            f"{record.id}_2",
            data["scenario"],
            IN,
            data["currency"],
            amount,
            at_ms,
            record.id,
        )
        data["process"] = PROCESSED
        record.due_ms = None

    @handles("getTransferRecord")
    def get_transfer_record(self, call: Call) -> Any:
        serial = call.text("serial_no")
        record = self.record(call.customer, "transfer", serial)
        if record is None:
            raise ApiError(SERIAL_NO_INVALID, f"no transfer with serial_no {serial!r}")
        return self.shaped(record.data, "getTransferRecord")

    @handles("createProfitAccrual")
    def create_profit_accrual(self, call: Call) -> Any:
        serial = call.text("serial_no")
        self._serial_unused(call, serial)
        account = self._account(call, call.text("account_id"))
        if account["type"] != SUB_ACCOUNT or not account["rcu_id"]:
            raise ApiError(ACCOUNT_VERIFICATION, "profit is accrued from a sub-account bound to a loan's RCU")
        currency, amount = call.text("currency").upper(), call.decimal("amount")
        self._check_amount(account, currency, amount)
        self._debit(call, account, currency, amount)
        wallet = self._account(call, self.world.wallet(call.customer))
        self._transfer(call, serial, account, wallet, currency, amount, "take_profit")
        return serial

    @handles("listAccountTransferRecords")
    def list_account_transfer_records(self, call: Call) -> Any:
        process = call.integer("process", 0)
        start, end = call.integer("start_time", 0), call.integer("end_time", 0)
        wanted = {
            "currency": call.text("currency", "").upper(),
            "from_account": call.text("from_account_id", ""),
            "to_account": call.text("to_account_id", ""),
            "scenario": call.text("scenario", ""),
            "serial_no": call.text("serial_no", ""),
        }
        exchanges = {
            "from_account": call.text("from_exchange", ""),
            "to_account": call.text("to_exchange", ""),
        }
        items = []
        for record in self.records(call.customer, "transfer"):
            data = record.data
            if any(want and str(data.get(key)) != want for key, want in wanted.items()):
                continue
            if any(want and f"_{want}_" not in str(data[key]) for key, want in exchanges.items()):
                continue
            if (
                (process and data.get("process") != process)
                or (start and data["created_at"] < start)
                or (end and data["created_at"] > end)
            ):
                continue
            items.append(self.shaped(data, "listAccountTransferRecords", "items", "[]"))
        return self.paged(call, items)

    @handles("listAccountFlows")
    def list_account_flows(self, call: Call) -> Any:
        start, end = call.integer("start_time", 0), call.integer("end_time", 0)
        wanted = {
            "account_id": call.text("account_id", ""),
            "account_type": call.text("account_type", ""),
            "currency": call.text("currency", "").upper(),
            "exchange": call.text("exchange", ""),
            "scenario": call.text("scenario", ""),
            "serial_no": call.text("serial_no", ""),
            "_transfer": call.text("transfer_serial_no", ""),
        }
        items = [
            self.shaped(r.data, "listAccountFlows", "items", "[]")
            for r in self.records(call.customer, "flow")
            if all(not want or str(r.data.get(key)) == want for key, want in wanted.items())
            and (not start or r.data["created_at"] >= start)
            and (not end or r.data["created_at"] <= end)
        ]
        return self.paged(call, items)

    # ---- time ------------------------------------------------------------------------------

    def advance(self, record: Record, at_ms: int) -> None:
        data = record.data
        if record.kind == "transfer":
            if data["process"] == PENDING:
                data["process"] = PROCESSING
                record.due_ms = record.created_ms + SETTLE_MS
            else:
                self._arrive(record, at_ms)
        elif record.kind == "account":
            data["status"] = 2
            record.due_ms = None
        elif record.kind == "operation":
            self._finish_operation(record, at_ms)
        elif record.kind == "order":  # only a renewal gives an order a due time
            self._renew_step(record, at_ms)
        elif record.kind == "dma":  # being repaid: repayDmaBill is what gives a DMA bill a due time
            data["status"] = DMA_REPAID
            record.due_ms = None
        self.store.save(record)

    # ---- loans -----------------------------------------------------------------------------

    def _order(self, call: Call) -> Record:
        return self.existing(call, "order", "order_id", ORDER_ID_MISMATCH)

    def _rcu(self, call: Call) -> Record:
        return self.existing(call, "rcu", "rcu_id", PARAMETER_ERROR, "RCU")

    def _operation(
        self, call: Call, order: Record, op_type: int, currency: str, amount: Decimal, **effect: Any
    ) -> Record:
        """An order operation (op status 4, processed after `OP_MS`) carrying the request's request_id."""
        serial = self.world.new_id(call.now_ms)
        data = {
            "created_at": call.now_ms,
            "serial_no": serial,
            "user_id": call.user_id,
            "request_id": call.text("request_id", "") or serial,
            "order_id": order.id,
            "op_type": op_type,
            "currency": currency,
            "amount": money(amount),
            "status": OP_PROCESSING,
            "_effect": effect,
        }
        return self.new_record(call.customer, "operation", serial, data, call.now_ms, call.now_ms + OP_MS)

    def _finish_operation(self, record: Record, at_ms: int) -> None:
        data = record.data
        record.due_ms = None
        if data["status"] != OP_PROCESSING:
            return
        data["status"] = OP_PROCESSED
        effect = data.get("_effect") or {}
        user = record.user_id
        order = self.store.get(user, self.document, "order", data["order_id"])
        amount = _json.dec(data["amount"])
        if order is None:
            return
        kind = data["op_type"]
        if kind == OP_MARGIN:
            order.data["margin_amount"] = money(_json.dec(order.data["margin_amount"]) + amount)
            margin = self.store.get(user, self.document, "margin", effect["margin"])
            if margin is not None:
                margin.data["status"] = OP_PROCESSED
                self.store.save(margin)
        elif kind == OP_PRINCIPAL_REPAY:
            order.data["repaying"] = money(_json.dec(order.data["repaying"]) - amount)
            order.data["amount_repaid"] = money(_json.dec(order.data["amount_repaid"]) + amount)
            if _json.dec(order.data["amount_repaid"]) >= _json.dec(order.data["allocated_amount"]):
                order.data["status"] = REPAID
                released = _json.dec(order.data["margin_amount"])
                wallet = {"account_id": f"{user}.bal", "type": WALLET, "ex_value": "matrixport"}
                if released > 0:
                    self.store.move(user, wallet["account_id"], order.data["margin_currency"], released)
                    self._flow(
                        user,
                        wallet,
                        f"{record.id}_m",
                        "take_margin",
                        IN,
                        order.data["margin_currency"],
                        released,
                        at_ms,
                    )
                    order.data["margin_amount"] = "0"
        elif kind in (OP_INTEREST_REPAY, OP_EXTRA_FEE_REPAY):
            bill = self.store.get(user, self.document, "bill", effect["bill"])
            if bill is not None:
                bill.data.update(
                    payment_status=BILL_PAID,
                    repaying="0",
                    repaid_amount=money(_json.dec(bill.data["repaid_amount"]) + amount),
                    need_pay_amount="0",
                )
                self.store.save(bill)
        elif kind == OP_LOAN:
            for account_id, value in effect["accounts"]:
                target = self.store.get(user, self.document, "account", account_id)
                self.store.move(user, account_id, order.data["allocation_currency"], _json.dec(value))
                if target is not None:
                    self._flow(user, target.data, f"{record.id}_{account_id}", "make_credit", IN,
                               order.data["allocation_currency"], _json.dec(value), at_ms)  # fmt: skip
            order.data.update(
                status=PENDING_REPAYMENT,
                allocated_amount=order.data["allocating_amount"],
                allocating_amount="0",
                value_time=at_ms // DAY_MS * DAY_MS,
                due_time=at_ms // DAY_MS * DAY_MS + int(order.data["close_day"]) * DAY_MS,
            )
        self.store.save(order)

    def _account_of_order(self, call: Call, order: Record, sub_account_only: bool = True) -> dict[str, Any]:
        account = self._account(call, call.text("account_id"))
        if sub_account_only and account["type"] != SUB_ACCOUNT:
            raise ApiError(ACCOUNT_TYPE_MISMATCH, "only an exchange sub-account can be used here")
        return account

    @handles("addOrderMargin")
    def add_order_margin(self, call: Call) -> Any:
        order = self._order(call)
        if order.data["status"] not in (6, PENDING_LOAN, PENDING_REPAYMENT, OVERDUE):
            raise ApiError(STATUS_NOT_SUPPORTED, f"the order's status is {order.data['status']}")
        account = self._account_of_order(call, order)
        amount = call.decimal("amount")
        if amount <= 0:
            raise ApiError(PARAMETER_ERROR, "amount must be positive")
        currency = order.data["margin_currency"]
        self._debit(call, account, currency, amount)
        serial = self.world.new_id(call.now_ms)
        margin = {"serial_no": serial, "user_id": call.user_id, "order_id": order.id, "currency": currency,
                  "amount": money(amount), "status": OP_PROCESSING}  # fmt: skip
        self.new_record(call.customer, "margin", serial, margin, call.now_ms)
        self._flow(call.user_id, account, f"{serial}_1", "add_margin", OUT, currency, amount, call.now_ms)
        self._operation(call, order, OP_MARGIN, currency, amount, margin=serial)
        return None

    @handles("repayOrder")
    def repay_order(self, call: Call) -> Any:
        order = self._order(call)
        if order.data["status"] not in (PENDING_REPAYMENT, OVERDUE):
            raise ApiError(STATUS_NOT_SUPPORTED, f"the order's status is {order.data['status']}")
        if any(
            b.data["order_id"] == order.id and b.data["payment_status"] != BILL_PAID
            for b in self.records(call.customer, "bill")
        ):
            raise ApiError(OUTSTANDING_BILLS, "repay the order's bills first (listLoanBills)")
        account = self._account_of_order(call, order)
        amount = call.decimal("amount")
        owed = (
            _json.dec(order.data["allocated_amount"])
            - _json.dec(order.data["amount_repaid"])
            - _json.dec(order.data["repaying"])
        )
        if amount <= 0 or amount > owed:
            raise ApiError(
                PARAMETER_ERROR, f"the order owes {money(owed)} {order.data['allocation_currency']}"
            )
        currency = order.data["allocation_currency"]
        self._debit(call, account, currency, amount)
        order.data["repaying"] = money(_json.dec(order.data["repaying"]) + amount)
        self.store.save(order)
        operation = self._operation(call, order, OP_PRINCIPAL_REPAY, currency, amount)
        self._flow(
            call.user_id,
            account,
            f"{operation.id}_1",
            "ex_sub_repay_principal",
            OUT,
            currency,
            amount,
            call.now_ms,
        )
        return None

    @handles("renewOrder")
    def renew_order(self, call: Call) -> Any:
        order = self._order(call)
        if order.data["status"] in (RENEWAL_APPLIED, RENEWING, RENEWED):
            raise ApiError(RENEWAL_IN_PROGRESS, "the order is being renewed or was renewed")
        if order.data["status"] not in (PENDING_REPAYMENT, OVERDUE):
            raise ApiError(STATUS_NOT_SUPPORTED, f"the order's status is {order.data['status']}")
        amount = call.decimal("allocation_amount")
        if amount <= 0 or amount > _json.dec(order.data["allocation_amount"]):
            raise ApiError(RENEWAL_AMOUNT_TOO_HIGH, f"at most {order.data['allocation_amount']}")
        until = call.integer("time_milli")
        if until <= int(order.data["due_time"]):
            raise ApiError(PARAMETER_ERROR, "time_milli must be after the order's due_time")
        order.data["status"] = RENEWAL_APPLIED
        operation = self._operation(call, order, OP_RENEW, order.data["allocation_currency"], amount)
        order.data["_renewal"] = {"amount": money(amount), "until": until, "operation": operation.id}
        order.due_ms = call.now_ms + OP_MS // 2
        self.store.save(order)
        operation.due_ms = None  # finished with the renewal itself
        self.store.save(operation)
        return None

    def _renew_step(self, record: Record, at_ms: int) -> None:
        data = record.data
        if data["status"] == RENEWAL_APPLIED:
            data["status"] = RENEWING
            record.due_ms = at_ms + OP_MS // 2
            return
        renewal = data.pop("_renewal")
        record.due_ms = None
        if data["status"] != RENEWING:  # repaid in full meanwhile: nothing is left to renew
            self._end_operation(record.user_id, renewal["operation"], OP_FAILED)
            return
        data["status"] = RENEWED
        new_id = self.store.new_id(at_ms)
        new_order = {
            **copy.deepcopy(data),
            "created_at": at_ms,
            "order_id": new_id,
            "allocation_amount": renewal["amount"],
            "allocated_amount": renewal["amount"],
            "amount_repaid": "0",
            "repaying": "0",
            "value_time": data["due_time"],
            "due_time": renewal["until"],
            "close_day": max(1, (renewal["until"] - data["due_time"]) // DAY_MS),
            "status": PENDING_REPAYMENT,
            "pre_order_id": record.id,
        }
        data["margin_amount"] = "0"
        self.store.insert(Record(record.user_id, self.document, "order", new_id, at_ms, new_order))
        self._end_operation(record.user_id, renewal["operation"], OP_PROCESSED)
        for rcu in self.store.records(record.user_id, self.document, "rcu"):
            if rcu.data["order_id"] == record.id:
                rcu.data["order_id"] = new_id
                self.store.save(rcu)

    def _end_operation(self, user_id: str, serial: str, status: int) -> None:
        operation = self.store.get(user_id, self.document, "operation", serial)
        assert operation is not None  # renew_order made it with the renewal
        operation.data["status"] = status
        self.store.save(operation)

    @handles("setLendingAccount")
    def set_lending_account(self, call: Call) -> Any:
        order = self._order(call)
        if order.data["status"] != PENDING_LOAN:
            raise ApiError(
                STATUS_NOT_SUPPORTED, f"the order's status is {order.data['status']}, not pending loan (7)"
            )
        rows = call.params.get("lending_accounts")
        if not isinstance(rows, list) or not rows:
            raise ApiError(PARAMETER_ERROR, "lending_accounts must list accounts and amounts")
        accounts: list[tuple[str, str]] = []
        total = Decimal(0)
        for row in rows:
            if not isinstance(row, dict):
                raise ApiError(PARAMETER_ERROR, "each lending account is {account_id, amount}")
            account = self._account(call, str(row.get("account_id", "")))
            if any(account["account_id"] == named for named, _ in accounts):
                raise ApiError(PARAMETER_ERROR, f"lending_accounts names {account['account_id']} twice")
            if account["type"] != SUB_ACCOUNT or account["rcu_id"] != order.data.get("_rcu"):
                raise ApiError(
                    ACCOUNT_ID_MISMATCH, f"{account['account_id']} is not a sub-account of the order's RCU"
                )
            try:
                amount = _json.dec(row.get("amount"))
            except ValueError:
                raise ApiError(PARAMETER_ERROR, "amount must be a decimal number") from None
            accounts.append((account["account_id"], money(amount)))
            total += amount
        if total != _json.dec(order.data["allocation_amount"]):
            raise ApiError(
                LENDING_AMOUNT_MISMATCH, f"the amounts must add up to {order.data['allocation_amount']}"
            )
        order.data.update(status=LOAN_IN_PROGRESS, allocating_amount=money(total))
        self.store.save(order)
        self._operation(call, order, OP_LOAN, order.data["allocation_currency"], total, accounts=accounts)
        return None

    @handles("getOrderDetail")
    def get_order_detail(self, call: Call) -> Any:
        return self.shaped(self._order(call).data, "getOrderDetail")

    @handles("listOrders")
    def list_orders(self, call: Call) -> Any:
        status = call.text("status", "")
        biz = call.text("order_biz_type", "")
        order_id = call.text("order_id", "")
        rcu = call.text("rcu_id", "")
        items = [
            self.shaped(r.data, "listOrders", "items", "[]")
            for r in self.records(call.customer, "order")
            if (not status or str(r.data["status"]) == status)
            and (not biz or str(r.data.get("order_biz_type")) == biz)
            and (not order_id or r.id == order_id)
            and (not rcu or str(r.data.get("_rcu", "")) == rcu)
        ]
        return self.paged(call, items)

    def _of_order(self, call: Call, kind: str) -> dict[str, Any]:
        """Margin records or order operations, by `order_id` and `currency` when given."""
        order_id, currency = call.text("order_id", ""), call.text("currency", "").upper()
        items = [
            public(r.data)
            for r in self.records(call.customer, kind)
            if (not order_id or r.data["order_id"] == order_id)
            and (not currency or r.data["currency"] == currency)
        ]
        return self.paged(call, items)

    @handles("listMarginRecords")
    def list_margin_records(self, call: Call) -> Any:
        return self._of_order(call, "margin")

    @handles("listOrderOperations")
    def list_order_operations(self, call: Call) -> Any:
        return self._of_order(call, "operation")

    # ---- bills -----------------------------------------------------------------------------

    @handles("listLoanBills")
    def list_loan_bills(self, call: Call) -> Any:
        start, end = call.integer("bill_time_start", 0), call.integer("bill_time_end", 0)
        status = BILL_STATUS_FILTER.get(call.integer("status", 0))
        kind = call.integer("type", 0)
        bill_id, order_id = call.text("bill_id", ""), call.text("order_id", "")
        biz = call.integer("order_biz_type", 0)
        orders = {r.id: r.data for r in self.records(call.customer, "order")}
        items = [
            r.data
            for r in self.records(call.customer, "bill")
            if (not bill_id or r.id == bill_id)
            and (not order_id or r.data["order_id"] == order_id)
            and (status is None or r.data["payment_status"] == status)
            and (not kind or r.data["type"] == kind)
            and (not start or r.data["bill_time_mill"] >= start)
            and (not end or r.data["bill_time_mill"] <= end)
            and (not biz or orders.get(r.data["order_id"], {}).get("order_biz_type") == biz)
        ]
        return self.paged(call, items)

    @handles("repayLoanBill")
    def repay_loan_bill(self, call: Call) -> Any:
        bill_id = call.text("bill_id")
        bill = self.record(call.customer, "bill", bill_id)
        if bill is None:
            raise ApiError(PARAMETER_ERROR, f"no bill {bill_id!r} of yours")
        if bill.data["payment_status"] != BILL_UNPAID:
            raise ApiError(STATUS_NOT_SUPPORTED, "the bill is paid or being paid")
        order = self.record(call.customer, "order", bill.data["order_id"])
        account = self._account(call, call.text("account_id"))
        if order is None or account["type"] != SUB_ACCOUNT or account["rcu_id"] != order.data.get("_rcu"):
            raise ApiError(ACCOUNT_ID_MISMATCH, "a bill is paid from a sub-account of its loan's RCU")
        amount = _json.dec(bill.data["need_pay_amount"])
        self._debit(call, account, bill.data["currency"], amount)
        bill.data.update(payment_status=BILL_PAYING, repaying=money(amount))
        self.store.save(bill)
        kind = OP_EXTRA_FEE_REPAY if bill.data["type"] == 4 else OP_INTEREST_REPAY
        operation = self._operation(call, order, kind, bill.data["currency"], amount, bill=bill.id)
        scenario = "ex_sub_repay_order_extra" if kind == OP_EXTRA_FEE_REPAY else "ex_sub_repay_interest"
        self._flow(
            call.user_id,
            account,
            f"{operation.id}_1",
            scenario,
            OUT,
            bill.data["currency"],
            amount,
            call.now_ms,
        )
        return None

    @handles("listDmaBills")
    def list_dma_bills(self, call: Call) -> Any:
        start, end = call.integer("bill_start_time_start", 0), call.integer("bill_start_time_end", 0)
        currency, serial, status = (
            call.text("currency", "").upper(),
            call.text("serial_no", ""),
            call.integer("status", 0),
        )
        items = [
            public(r.data)
            for r in self.records(call.customer, "dma")
            if (not currency or r.data["currency"] == currency)
            and (not serial or r.id == serial)
            and (not status or r.data["status"] == status)
            and (not start or r.data["start_time"] >= start)
            and (not end or r.data["start_time"] <= end)
        ]
        return self.paged(call, items)

    @handles("repayDmaBill")
    def repay_dma_bill(self, call: Call) -> Any:
        serial = call.text("serial_no")
        bill = self.record(call.customer, "dma", serial)
        if bill is None:
            raise ApiError(SERIAL_NO_INVALID, f"no DMA bill {serial!r} of yours")
        if bill.data["status"] != DMA_PENDING:
            raise ApiError(STATUS_NOT_SUPPORTED, "the DMA bill is paid or being paid")
        account = self._account(call, call.text("account_id"))
        amount = _json.dec(bill.data["amount"]) - _json.dec(bill.data["reduction_amount"])
        self._debit(call, account, bill.data["currency"], amount)
        scenario = "bal_repay_dma" if account["type"] == WALLET else "ex_sub_repay_dma"
        self._flow(
            call.user_id, account, f"{serial}_1", scenario, OUT, bill.data["currency"], amount, call.now_ms
        )
        bill.data["status"] = DMA_REPAYING
        bill.due_ms = call.now_ms + OP_MS
        self.store.save(bill)
        return None

    # ---- risk control ----------------------------------------------------------------------

    def _rcu_figures(self, customer: Customer, rcu: Mapping[str, Any]) -> tuple[Decimal, Decimal]:
        """(value of the RCU's accounts, its loan), in USD."""
        value = Decimal(0)
        for account in self.records(customer, "account"):
            if account.data["rcu_id"] == rcu["rcu_id"]:
                for _, _, currency, amount in self.store.balances(customer.user_id, account.id):
                    value += self.world.value_usd(currency, amount)
        loan = Decimal(0)
        order = self.record(customer, "order", rcu["order_id"])
        if order is not None and order.data["status"] not in (CANCELED, REPAID, RENEWED):
            owed = _json.dec(order.data["allocated_amount"]) - _json.dec(order.data["amount_repaid"])
            loan = self.world.value_usd(order.data["allocation_currency"], owed)
        return value, loan

    @handles("listRcus")
    def list_rcus(self, call: Call) -> Any:
        biz = call.integer("order_biz_type", 0)
        items = []
        for record in self.records(call.customer, "rcu"):
            order = self.record(call.customer, "order", record.data["order_id"])
            if biz and (order is None or order.data.get("order_biz_type") != biz):
                continue
            value, loan = self._rcu_figures(call.customer, record.data)
            items.append(
                {
                    **record.data,
                    "total_value": money(value),
                    "loan_size": money(loan),
                    "skitg": money(value - loan),
                }
            )
        return self.paged(call, items)

    @handles("getRcuDetail")
    def get_rcu_detail(self, call: Call) -> Any:
        rcu = self._rcu(call).data
        value, loan = self._rcu_figures(call.customer, rcu)
        ratio = (value / loan).quantize(Decimal("1E-16")) if loan else Decimal(0)
        return {
            "rcu_id": rcu["rcu_id"],
            "timestamp_in_us": call.now_ms * 1000,
            "rcu_name": rcu["rcu_name"],
            "total_asset": money(value),
            "total_skitg": money(value - loan),
            "total_loan": money(loan),
            "total_fund": money(value),
            "glr": "0",
            "nlr": "0",
            "nav": money(((value - loan) / value).quantize(Decimal("1E-16"))) if value else "0",
            "risk_ratio": money(ratio),
            "user_id": call.user_id,
        }
