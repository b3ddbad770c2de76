"""The sandbox's state machine beyond the scenarios: keys, lookups, lists, faults, concurrency, shapes.

The in-process tests run with every answer checked against the strict contract models of the
spec (`checked_against_the_spec`), so a state model cannot drift from the spec unnoticed.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from matrixport import Matrixport
from matrixport.errors import (
    APIError,
    HTTPStatusError,
    MatrixportError,
    ResponseValidationError,
    TimeoutError,
    TransportError,
)
from matrixport.prime_broker.models import LendingAccount
from matrixport.sandbox import Faults, Sandbox
from matrixport.sandbox.models.prime_broker import ACTIVE_LOAN_ID, LOAN_PENDING_ID
from matrixport.sandbox.spec import bundled_spec, load_specs

USER = "9547"
TB_PRODUCT = "7016600587613560832"
TB_ADDRESS = "0x9F7a980DD70eCa879756c5f40e0f5ECd9455b2cB"


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Matrixport]:
    with sandbox.client(retry_backoff=0.001) as instance:
        yield instance


def interest_bill(client: Matrixport) -> str:
    """The interest bill of the customer's margin loan (seeded unpaid)."""
    [bill] = [b for b in client.prime_broker.list_loan_bills(limit=50, order_id=ACTIVE_LOAN_ID).items]
    return str(bill.bill_id)


def pay_the_bill(client: Matrixport, sandbox: Sandbox) -> None:
    client.prime_broker.repay_loan_bill(
        bill_id=interest_bill(client), account_id=f"{USER}_binance_1", request_id="setup-bill-1"
    )
    sandbox.advance(60)


# ---- idempotency keys ----------------------------------------------------------------------------

Arguments = Callable[[Matrixport], dict[str, Any]]
KEYED: dict[str, tuple[Callable[[Matrixport, Sandbox], None] | None, Arguments]] = {
    # operation: (what it needs first, its arguments but the key)
    "prime-broker.createTransfer": (
        None,
        lambda c: {
            "from_account": f"{USER}_huobi_1",
            "to_account": f"{USER}_okex_1",
            "currency": "USDT",
            "amount": Decimal("10"),
        },
    ),
    "prime-broker.createProfitAccrual": (
        None,
        lambda c: {"account_id": f"{USER}_binance_1", "currency": "USDT", "amount": Decimal("10")},
    ),
    "prime-broker.createAccount": (None, lambda c: {"exchange": "binance"}),
    "prime-broker.repayDmaBill": (
        None,
        lambda c: {"account_id": f"{USER}.bal", "serial_no": "7104432572440215554DMA"},
    ),
    "prime-broker.repayLoanBill": (
        None,
        lambda c: {"bill_id": interest_bill(c), "account_id": f"{USER}_binance_1"},
    ),
    "prime-broker.addOrderMargin": (
        None,
        lambda c: {"account_id": f"{USER}_binance_1", "amount": Decimal("100"), "order_id": ACTIVE_LOAN_ID},
    ),
    "prime-broker.renewOrder": (
        None,
        lambda c: {
            "allocation_amount": Decimal("20000"),
            "order_id": ACTIVE_LOAN_ID,
            "time_milli": c.prime_broker.get_order_detail(order_id=ACTIVE_LOAN_ID).due_time + 30 * 86_400_000,
        },
    ),
    "prime-broker.repayOrder": (
        pay_the_bill,
        lambda c: {"amount": Decimal("100"), "order_id": ACTIVE_LOAN_ID, "account_id": f"{USER}_binance_1"},
    ),
    "fixed-income.createOrder": (
        None,
        lambda c: {"product_id": "6820591484295766016", "amount_dec": Decimal("100")},
    ),
}


def write(client: Matrixport, operation: str, key: str, arguments: dict[str, Any] | None = None) -> Any:
    """Call the keyed write `document.operationId` with `key` as its idempotency key."""
    document, operation_id = operation.split(".")
    op = bundled_spec().operation(document, operation_id)
    method = getattr(getattr(client, document.replace("-", "_")), snake(operation_id))
    arguments = KEYED[operation][1](client) if arguments is None else arguments
    return method(**arguments, **{op.idempotency_key or "": key})


def test_every_keyed_write_of_the_spec_is_covered_here() -> None:
    keyed = {op.key for op in bundled_spec() if op.idempotency_key and op.side_effects}
    assert keyed == set(KEYED)


@pytest.mark.parametrize("operation", sorted(KEYED))
def test_a_repeated_key_is_refused_with_the_documents_code_and_acts_once(
    sandbox: Sandbox, client: Matrixport, operation: str
) -> None:
    document, operation_id = operation.split(".")
    setup, _ = KEYED[operation]
    if setup:
        setup(client, sandbox)
    first = write(client, operation, "repeated-key-01")
    spec = bundled_spec().documents[document]
    if spec.duplicate_codes:
        with pytest.raises(APIError) as caught:
            write(client, operation, "repeated-key-01")
        expected = {"serial_no": 12070132, "request_id": 12070528}[
            bundled_spec().operation(document, operation_id).idempotency_key or ""
        ]
        assert caught.value.code == expected
        assert spec.errors[expected].duplicate
    else:  # no "already used" code in the document: the first answer again, nothing done twice
        assert write(client, operation, "repeated-key-01") == first
    assert sandbox.ledger.keys(document, operation_id) == ["repeated-key-01"]
    assert [entry.key for entry in sandbox.ledger.repeats(document, operation_id)] == ["repeated-key-01"]


def test_a_refused_write_does_not_use_up_its_key(client: Matrixport, sandbox: Sandbox) -> None:
    with pytest.raises(APIError):  # more than the account holds
        client.prime_broker.create_transfer(
            from_account=f"{USER}_huobi_1",
            to_account=f"{USER}_okex_1",
            currency="BTC",
            amount=Decimal("500"),
            serial_no="retry-later-1",
        )
    client.prime_broker.create_transfer(
        from_account=f"{USER}_huobi_1",
        to_account=f"{USER}_okex_1",
        currency="BTC",
        amount=Decimal("1"),
        serial_no="retry-later-1",
    )
    assert sandbox.ledger.keys("prime-broker", "createTransfer") == ["retry-later-1"]


def test_keys_are_per_customer(sandbox: Sandbox) -> None:
    other = sandbox.keys.create()
    for credentials in (sandbox.keys.default, other):
        with sandbox.client(credentials) as client:
            client.prime_broker.create_transfer(
                from_account=f"{credentials.user_id}_huobi_1",
                to_account=f"{credentials.user_id}_okex_1",
                currency="USDT",
                amount=Decimal("10"),
                serial_no="same-key-001",
            )
    assert len(sandbox.ledger.acted("prime-broker", "createTransfer")) == 2


def test_every_lookup_of_the_spec_finds_the_write_by_its_key(client: Matrixport, sandbox: Sandbox) -> None:
    documents = load_specs()
    lookups = [
        (op, lookup)
        for op in bundled_spec()
        if (lookup := documents[op.document]["paths"][op.path][op.method.lower()].get("x-matrixport-lookup"))
    ]
    assert lookups, "the spec names no lookup"
    for op, lookup in lookups:
        sandbox.reset()  # each write on a fresh customer: a renewal would stop a later repayment
        key = f"lookup-{op.operation_id[:20]}"
        if KEYED[op.key][0]:
            KEYED[op.key][0](client, sandbox)  # type: ignore[misc]
        arguments = KEYED[op.key][1](client)
        write(client, op.key, key, arguments)
        methods = getattr(client, op.document.replace("-", "_"))
        if "key_parameter" in lookup:  # {operation, key_parameter}: ask with the key
            found = getattr(methods, snake(lookup["operation"]))(**{lookup["key_parameter"]: key})
            assert getattr(found, op.idempotency_key or "", key) == key, op.key
            continue
        # {operation, match, arguments}: walk the list for the item whose `match` field is the key
        given = {parameter: arguments[field] for parameter, field in (lookup.get("arguments") or {}).items()}
        items = getattr(methods, f"iter_{snake(lookup['operation'])}")(**given, limit=50)
        assert any(getattr(item, lookup["match"]) == key for item in items), op.key


def _words(camel: str) -> list[str]:
    import re

    return re.findall(r"[a-z]+|[A-Z][a-z]*", camel)


def test_the_result_operations_answer_for_the_keys(client: Matrixport, sandbox: Sandbox) -> None:
    pb, fi = client.prime_broker, client.fixed_income
    write(client, "prime-broker.createProfitAccrual", "accrual-key-01")
    assert pb.get_transfer_record(serial_no="accrual-key-01").scenario.value == "take_profit"
    created = write(client, "fixed-income.createOrder", "client-serial-1")
    assert fi.get_order_result(out_serial_number="client-serial-1").order_id == created.serial_number
    assert fi.get_order_detail(order_id=created.serial_number).out_serial_number == "client-serial-1"
    for operation in ("prime-broker.addOrderMargin", "prime-broker.repayLoanBill"):
        write(client, operation, f"op-{operation[-6:]}")
    sandbox.advance(60)
    operations = pb.list_order_operations(limit=100, order_id=ACTIVE_LOAN_ID).items
    by_request = {op.request_id: op for op in operations}
    assert by_request["op-Margin"].op_type.value == 1 and by_request["op-Margin"].status.value == 5
    assert by_request["op-anBill"].op_type.value == 8
    assert pb.get_order_detail(order_id=ACTIVE_LOAN_ID).margin_amount == Decimal("10100")
    write(client, "prime-broker.repayDmaBill", "dma-key-0001")
    [dma] = pb.list_dma_bills(limit=10, serial_no="7104432572440215554DMA").items
    assert dma.status.value == 2  # repaying
    sandbox.advance(60)
    [dma] = pb.list_dma_bills(limit=10, serial_no="7104432572440215554DMA").items
    assert dma.status.value == 3  # repaid
    [margin] = [m for m in pb.list_margin_records(limit=100, order_id=ACTIVE_LOAN_ID).items]
    assert margin.amount == Decimal("100")


def test_a_loan_repaid_in_full_returns_its_margin(client: Matrixport, sandbox: Sandbox) -> None:
    pb = client.prime_broker
    pay_the_bill(client, sandbox)
    with pytest.raises(APIError) as caught:  # more than the loan
        pb.repay_order(
            amount=Decimal("30001"),
            order_id=ACTIVE_LOAN_ID,
            account_id=f"{USER}_binance_1",
            request_id="too-much-01",
        )
    assert caught.value.code == 17002001
    pb.create_transfer(
        from_account=f"{USER}.bal",
        to_account=f"{USER}_binance_1",
        currency="USDT",
        amount=Decimal("30000"),
        serial_no="fund-loan-01",
    )
    sandbox.advance(60)
    wallet = client.t_bills.get_user_balance(currency="USDT").balance
    pb.repay_order(
        amount=Decimal("30000"),
        order_id=ACTIVE_LOAN_ID,
        account_id=f"{USER}_binance_1",
        request_id="repay-all-01",
    )
    sandbox.advance(60)
    order = pb.get_order_detail(order_id=ACTIVE_LOAN_ID)
    assert order.status.value == 13 and order.amount_repaid == Decimal("30000")
    assert client.t_bills.get_user_balance(currency="USDT").balance == wallet + 10000


def test_a_renewal_makes_a_new_order(client: Matrixport, sandbox: Sandbox) -> None:
    pb = client.prime_broker
    due = pb.get_order_detail(order_id=ACTIVE_LOAN_ID).due_time
    write(client, "prime-broker.renewOrder", "renew-key-001")
    assert pb.get_order_detail(order_id=ACTIVE_LOAN_ID).status.value == 15
    sandbox.advance(60)
    assert pb.get_order_detail(order_id=ACTIVE_LOAN_ID).status.value == 19
    [renewal] = [o for o in pb.list_orders(limit=50).items if o.pre_order_id == ACTIVE_LOAN_ID]
    assert (renewal.allocation_amount, renewal.value_time, renewal.due_time) == (
        Decimal("20000"),
        due,
        due + 30 * 86_400_000,
    )


def lending(amount: Decimal) -> LendingAccount:
    return LendingAccount(account_id=f"{USER}_binance_1", amount=amount)


def test_lending_accounts_receive_the_loan(client: Matrixport, sandbox: Sandbox) -> None:
    pb = client.prime_broker
    before = next(
        r.amount for r in pb.get_account_balance(account_id=f"{USER}_binance_1") if r.currency == "USDT"
    )
    with pytest.raises(APIError) as caught:
        pb.set_lending_account(order_id=LOAN_PENDING_ID, lending_accounts=[lending(Decimal("1"))])
    assert caught.value.code == 12070341
    pb.set_lending_account(order_id=LOAN_PENDING_ID, lending_accounts=[lending(Decimal("10000"))])
    assert pb.get_order_detail(order_id=LOAN_PENDING_ID).status.value == 20
    sandbox.advance(60)
    order = pb.get_order_detail(order_id=LOAN_PENDING_ID)
    assert (order.status.value, order.allocated_amount) == (11, Decimal("10000"))
    after = next(
        r.amount for r in pb.get_account_balance(account_id=f"{USER}_binance_1") if r.currency == "USDT"
    )
    assert after == before + 10000


# ---- lists --------------------------------------------------------------------------------------

LISTS: dict[str, tuple[dict[str, Any], Callable[[Any], Any]]] = {
    "balance-plus.listOrders": (
        {
            "currency": "BTC",
            "product_type": "flexi_saving",
            "subject_type": "flexi_saving",
            "type_": 1,
            "order_source": 1,
            "order_status": 0,
        },
        lambda item: item.order_id,
    ),
    "balance-plus.listRevenueDetails": ({}, lambda item: (item.timestamp, item.currency)),
    "fixed-income.listProducts": ({}, lambda item: item.id),
    "fixed-income.listOrders": ({}, lambda item: item.id),
    "fixed-staking.listOrders": ({}, lambda item: item.id),
    "prime-broker.listLoanBills": ({}, lambda item: item.bill_id),
    "prime-broker.listMarginRecords": ({}, lambda item: item.serial_no),
    "prime-broker.listOrderOperations": ({}, lambda item: item.serial_no),
    "prime-broker.listOrders": ({}, lambda item: item.order_id),
    "prime-broker.listRcus": ({}, lambda item: item.rcu_id),
    "prime-broker.listAccountFlows": ({}, lambda item: item.serial_no),
    "prime-broker.listAccountTransferRecords": ({}, lambda item: item.serial_no),
    "prime-broker.listAccounts": ({}, lambda item: item.account_id),
    "prime-broker.listDmaBills": ({}, lambda item: item.serial_no),
    "prime-broker.listExchangeTradingFeeRates": ({}, lambda item: item.ex_value),
    "t-bills.listOrders": ({"product_id": TB_PRODUCT, "address": TB_ADDRESS}, lambda item: item.order_id),
}


def snake(operation_id: str) -> str:
    return "_".join(part.lower() for part in _words(operation_id))


def populate(client: Matrixport, sandbox: Sandbox) -> None:
    for currency, amount in (("BTC", "0.5"), ("BTC", "0.7"), ("ETH", "2")):
        client.balance_plus.create_deposit(currency=currency, amount=Decimal(amount))
    for amount in ("100", "200", "300"):
        client.fixed_income.create_order(product_id="6820591484295766016", amount_dec=Decimal(amount))
    for amount in ("1", "2"):
        client.fixed_staking.create_order(product_id="6984793150468501504", amount_dec=Decimal(amount))
    for number in range(3):
        write(client, "prime-broker.createTransfer", f"populate-{number:04}")
    write(client, "prime-broker.addOrderMargin", "populate-margin")
    client.prime_broker.create_account(exchange="okex", request_id="populate-account")
    for amount in ("100", "150", "200"):
        client.t_bills.create_deposit(
            address=TB_ADDRESS,
            amount=Decimal(amount),
            ask_price_id="",
            payment_currency="USDC",
            product_id=TB_PRODUCT,
        )
    sandbox.advance(3 * 86_400 + 120)


def test_every_iter_method_of_the_spec_is_covered_here() -> None:
    paged = {op.key for op in bundled_spec() if op.pagination}
    assert paged == set(LISTS)


def test_every_iter_method_yields_each_record_exactly_once(client: Matrixport, sandbox: Sandbox) -> None:
    populate(client, sandbox)
    handle, budget = sandbox.core.handle, itertools.count()

    def bounded(request: Any) -> Any:  # a walk that never ends must fail, not hang
        if next(budget) > 2_000:
            raise RuntimeError("more than 2000 requests: a walk does not end")
        return handle(request)

    sandbox.core.handle = bounded  # type: ignore[method-assign]
    for operation, (arguments, identity) in LISTS.items():
        document, operation_id = operation.split(".")
        methods = getattr(client, document.replace("-", "_"))
        op = bundled_spec().operation(document, operation_id)
        assert op.pagination is not None
        walked = [
            identity(item) for item in getattr(methods, f"iter_{snake(operation_id)}")(**arguments, limit=1)
        ]
        assert len(walked) == len(set(walked)), f"{operation}: a record came twice"
        whole = getattr(methods, snake(operation_id))(
            **arguments, **({"offset": 0} if op.pagination["style"] == "offset" else {}), limit=1000
        )
        expected = [identity(item) for item in getattr(whole, op.pagination["items"])]
        assert sorted(map(str, walked)) == sorted(map(str, expected)), operation
        if op.pagination["style"] == "offset":
            assert getattr(whole, op.pagination["total"]) == len(walked), operation
        assert len(walked) >= 1, operation


def test_revenue_rows_repeat_across_pages_as_documented(client: Matrixport, sandbox: Sandbox) -> None:
    for currency, amount in (("BTC", "0.5"), ("ETH", "2"), ("USDT", "100")):
        client.balance_plus.create_deposit(currency=currency, amount=Decimal(amount))
    sandbox.advance(2 * 86_400 + 120)
    first = client.balance_plus.list_revenue_details(limit=2)
    second = client.balance_plus.list_revenue_details(limit=2, next_timestamp=first.next_timestamp)
    assert (
        first.interests[-1].timestamp == second.interests[0].timestamp
    )  # the next page starts at that instant
    assert first.total_asset > 0 and second.total_asset == 0  # aggregates only on the first page


# ---- faults, in-process -------------------------------------------------------------------------


def quick(sandbox: Sandbox, **settings: Any) -> Matrixport:
    return sandbox.client(max_retries=0, **settings)


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        ("429", HTTPStatusError),
        ("500", HTTPStatusError),
        ("drop", TransportError),
        ("garbage", ResponseValidationError),
    ],
)
def test_each_fault_reaches_the_client_as_on_the_wire(
    sandbox: Sandbox, kind: str, error: type[Exception]
) -> None:
    sandbox.set_faults(sequence=[kind])
    with quick(sandbox) as client, pytest.raises(error) as caught:
        client.balance_plus.get_total_position()
    if kind == "drop":
        assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    with quick(sandbox) as client:
        assert client.balance_plus.get_total_position().total_asset == 0  # the sequence is used up


def test_an_answer_names_the_fault_it_carries(sandbox: Sandbox) -> None:
    """What wraps `core.handle` (a server of one's own, an answer checker) tells a fault from an answer."""
    handle, seen = sandbox.core.handle, []

    def recording(request: Any) -> Any:
        answer = handle(request)
        seen.append((answer.status, answer.fault))
        return answer

    sandbox.core.handle = recording  # type: ignore[method-assign]
    sandbox.set_faults(sequence=["500", "garbage", "drop", "delay"], delay=0.01)
    with quick(sandbox) as client:
        for _ in range(3):
            with pytest.raises(MatrixportError):
                client.balance_plus.get_total_position()
        for _ in range(2):
            assert client.balance_plus.get_total_position().total_asset == 0
    assert seen == [(500, "500"), (200, "garbage"), (200, "drop"), (200, "delay"), (200, None)]


def test_a_delay_past_the_timeout_is_a_read_timeout(sandbox: Sandbox) -> None:
    sandbox.set_faults(sequence=["delay", "delay"], delay=0.5)
    started = time.monotonic()
    with quick(sandbox, timeout=0.1) as client, pytest.raises(TimeoutError) as caught:
        client.balance_plus.get_total_position()
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert time.monotonic() - started >= 0.1
    with quick(sandbox, timeout=5) as client:  # a delay within the timeout only delays
        assert client.balance_plus.get_total_position().total_asset == 0


async def test_faults_reach_the_async_client_too(sandbox: Sandbox) -> None:
    sandbox.set_faults(sequence=["drop", "delay"], delay=0.5)
    async with sandbox.async_client(max_retries=0, timeout=0.1) as client:
        with pytest.raises(TransportError):
            await client.balance_plus.get_total_position()
        with pytest.raises(TimeoutError):
            await client.balance_plus.get_total_position()


@pytest.mark.parametrize("kind", ["500", "drop", "delay", "garbage"])
def test_a_fault_after_the_write_acted_leaves_it_in_the_ledger(sandbox: Sandbox, kind: str) -> None:
    sandbox.set_faults(sequence=[kind], delay=0.3)
    with quick(sandbox, timeout=0.1) as client, pytest.raises(Exception):  # noqa: B017 - which error is the client's business
        client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
    assert len(sandbox.ledger.acted("balance-plus", "createDeposit")) == 1
    assert sandbox.balance(f"{USER}.bal", "BTC") == Decimal("9.5")


def test_a_429_leaves_no_trace(sandbox: Sandbox) -> None:
    sandbox.set_faults(sequence=["429"])
    with quick(sandbox) as client, pytest.raises(HTTPStatusError):
        client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
    assert sandbox.ledger.acted("balance-plus", "createDeposit") == []


def test_fault_draws_are_deterministic_under_a_seed_and_can_be_limited() -> None:
    def draws(faults: Faults, operation: str = "prime-broker.createTransfer") -> list[str | None]:
        return [faults.draw(operation) for _ in range(200)]

    assert draws(Faults(rate=0.5, seed=11)) == draws(Faults(rate=0.5, seed=11))
    assert draws(Faults(rate=0.5, seed=11)) != draws(Faults(rate=0.5, seed=12))
    limited = Faults(rate=1.0, operations=frozenset({"createTransfer"}))
    assert set(draws(limited, "balance-plus.createDeposit")) == {None}
    assert None not in draws(limited)
    assert draws(Faults(sequence=("500", None, "drop")))[:4] == ["500", None, "drop", None]


# ---- concurrency --------------------------------------------------------------------------------


def test_threads_share_one_consistent_state(sandbox: Sandbox) -> None:
    errors: list[BaseException] = []
    with sandbox.client() as client:

        def work(worker: int) -> None:
            try:
                for number in range(10):
                    client.prime_broker.create_transfer(
                        from_account=f"{USER}_huobi_1",
                        to_account=f"{USER}_okex_1",
                        currency="USDT",
                        amount=Decimal("10"),
                        serial_no=f"thread-{worker:02}-{number:02}",
                    )
                    client.balance_plus.get_total_position()
            except BaseException as error:
                errors.append(error)

        threads = [threading.Thread(target=work, args=(worker,)) for worker in range(32)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert len(sandbox.ledger.acted("prime-broker", "createTransfer")) == 320
    assert sandbox.balance(f"{USER}_huobi_1", "USDT") == Decimal("100000") - 320 * Decimal("10")


async def test_many_calls_gathered_on_one_async_client(sandbox: Sandbox) -> None:
    async with sandbox.async_client() as client:
        results = await asyncio.gather(*(client.balance_plus.get_total_position() for _ in range(300)))
        deposits = await asyncio.gather(
            *(client.balance_plus.create_deposit(currency="USDT", amount=Decimal("10")) for _ in range(50))
        )
    assert len(results) == 300 and len({d.serial_number for d in deposits}) == 50
    assert sandbox.balance(f"{USER}.bal", "USDT") == Decimal("1000000") - 500


# ---- every operation, with its documented request --------------------------------------------------


def test_every_operation_answers_its_documented_request_in_the_documented_shape(sandbox: Sandbox) -> None:
    from matrixport import MatrixportAuth

    from tests.test_contract import DOCUMENTS, operations, spec_of

    credentials = sandbox.keys.default
    http = httpx.Client(
        base_url="http://sandbox",
        transport=sandbox.transport(),
        auth=MatrixportAuth(credentials.access_key, credentials.secret_key),
        headers={"language-type": "1"},
    )
    answered = 0
    for document in DOCUMENTS:
        raw = spec_of(document)
        for path, method, op in operations(document):
            params, target = {}, path
            for reference in op.get("parameters", []):
                parameter = _resolve(raw, reference)
                example = parameter.get("example", _resolve(raw, parameter.get("schema", {})).get("example"))
                if example is not None and parameter["in"] == "query":
                    params[parameter["name"]] = example
                elif example is not None and parameter["in"] == "path":
                    target = target.replace("{" + parameter["name"] + "}", str(example))
            media = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            body = next(iter(media.get("examples", {}).values()))["value"] if media else None
            response = http.request(method.upper(), target, params=params or None, json=body)
            assert response.status_code == 200, (op["operationId"], response.text)
            answered += 1
    assert answered == sum(len(operations(d)) for d in DOCUMENTS) == 90


def _resolve(root: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = root
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node
