"""Writes happen once or say so, against the stateful sandbox: its ledger says what was acted on.

The sandbox's faults come after the operation acted (`500`, `drop`, `delay`, `garbage`: a lost
answer) or before it (`429`); `sequence` scripts them request by request. In-process, unless a
test says otherwise; `test_faults.py` runs the sandbox on a port.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from matrixport import Accepted, MatrixportError, OutcomeUnknownError
from matrixport.fixed_income.models import OrderCreated
from matrixport.prime_broker.errors import DuplicateSerialNo
from matrixport.prime_broker.models import TransferRecord
from matrixport.sandbox import Sandbox

WALLET = "9547.bal"
TRANSFER: dict[str, Any] = {
    "from_account": WALLET,
    "to_account": "9547_binance_1",
    "currency": "USDT",
    "amount": Decimal("10"),
}
FI_PRODUCT = "6812413916300247040"  # no per-purchase limit (sandbox README)
SETTINGS: dict[str, Any] = {"timeout": 0.2, "retry_backoff": 0.001}
LOST = ["500", "drop", "delay", "garbage"]


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as instance:
        yield instance


def call(sandbox: Sandbox, flavour: str, method: Callable[[Any], Any], **settings: Any) -> Any:
    """`method(client)` on a sync or an async client of `sandbox`."""
    if flavour == "sync":
        with sandbox.client(**SETTINGS, **settings) as client:
            return method(client)

    async def run() -> Any:
        async with sandbox.async_client(**SETTINGS, **settings) as client:
            return await method(client)

    return asyncio.run(run())


KEYED: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "prime-broker": (
        "createTransfer",
        "serial_no",
        lambda client, **key: client.prime_broker.create_transfer(**TRANSFER, **key),
    ),
    "fixed-income": (
        "createOrder",
        "serial_number",
        lambda client, **key: client.fixed_income.create_order(
            product_id=FI_PRODUCT, amount_dec=Decimal("100"), **key
        ),
    ),
}


@pytest.mark.parametrize("document", sorted(KEYED))
@pytest.mark.parametrize("kind", LOST)
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_keyed_write_whose_answers_are_all_lost_is_unknown_with_its_key(
    sandbox: Sandbox, document: str, kind: str, flavour: str
) -> None:
    operation, key_name, write = KEYED[document]
    sandbox.set_faults(rate=1, kinds=[kind], delay=1)
    with pytest.raises(OutcomeUnknownError) as caught:
        call(sandbox, flavour, write)
    key = caught.value.idempotency_key
    assert key is not None
    assert sandbox.ledger.keys(document, operation) == [key], "acted on once, under the key reported"
    sandbox.set_faults()
    found = call(sandbox, flavour, lambda client: client.resolve(caught.value))
    assert found is not None
    try:
        again = call(sandbox, flavour, lambda client: write(client, **{key_name: key}))
    except DuplicateSerialNo:  # Prime Broker refuses the repeat: it was done
        pass
    else:
        assert isinstance(again, OrderCreated)  # Fixed-Income answers a repeat with the first order
    assert sandbox.ledger.keys(document, operation) == [key], "calling again with the key did not repeat it"


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_lost_answer_then_a_refused_repeat_returns_the_original_outcome(
    sandbox: Sandbox, flavour: str
) -> None:
    sandbox.set_faults(sequence=["500"])  # the first attempt acts, its answer is lost
    accepted = call(sandbox, flavour, KEYED["prime-broker"][2])
    assert isinstance(accepted, Accepted)
    assert sandbox.ledger.keys("prime-broker", "createTransfer") == [accepted.idempotency_key]
    [repeat] = sandbox.ledger.repeats("prime-broker", "createTransfer")
    assert repeat.key == accepted.idempotency_key
    assert isinstance(accepted.confirmation, TransferRecord)
    assert accepted.confirmation.serial_no == accepted.idempotency_key
    assert accepted.confirmation.amount == Decimal("10")


def test_create_transfer_hands_back_the_key_it_sent(sandbox: Sandbox) -> None:
    accepted = call(sandbox, "sync", KEYED["prime-broker"][2])
    assert sandbox.ledger.keys("prime-broker", "createTransfer") == [accepted.idempotency_key]
    [entry] = sandbox.ledger.acted("prime-broker", "createTransfer")
    assert entry.request_id == accepted.request_id


# --- Random faults: never two creates, never a silent failure ---------------------------------------

FAULTS = st.lists(st.sampled_from([None, "429", "500", "drop", "delay", "garbage"]), max_size=4)
WRITES: dict[str, tuple[str, str, Callable[[Any], Any]]] = {
    "keyed transfer": ("prime-broker", "createTransfer", KEYED["prime-broker"][2]),
    "keyed order": ("fixed-income", "createOrder", KEYED["fixed-income"][2]),
    "keyless deposit": (
        "balance-plus",
        "createDeposit",
        lambda client: client.balance_plus.create_deposit(currency="USDT", amount=Decimal("100")),
    ),
}


# `make test` tries 120 sequences of faults; a mutation run (scripts/mutation.py) fewer, since each
# surviving mutant of the sandbox's busiest functions runs this test again.
FAULT_EXAMPLES = int(os.environ.get("FAULT_EXAMPLES", "120"))


@settings(max_examples=FAULT_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(faults=FAULTS, write=st.sampled_from(sorted(WRITES)), flavour=st.sampled_from(["sync", "async"]))
def test_random_faults_never_duplicate_a_create_or_hide_one(
    faults: list[str | None], write: str, flavour: str
) -> None:
    document, operation, method = WRITES[write]
    with Sandbox() as sandbox:
        sandbox.set_faults(sequence=faults, delay=1)
        try:
            call(sandbox, flavour, method, max_retries=3)
        except OutcomeUnknownError:
            outcome = "unknown"
        except MatrixportError:
            outcome = "failed"
        else:
            outcome = "done"
        acted = sandbox.ledger.acted(document, operation)
    # Every exception is a MatrixportError (anything else fails the test above); and:
    assert len(acted) <= 1, f"{write} acted on {len(acted)} times under faults {faults}"
    if outcome == "done":
        assert len(acted) == 1
    elif outcome == "failed":
        assert acted == [], f"told {write} failed, but the sandbox acted on it (faults {faults})"
    else:
        assert len(acted) == 1, f"told {write}'s outcome is unknown, but nothing could have happened"
