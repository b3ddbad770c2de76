"""The sandbox's state models follow the spec's data, not only the documents as shipped.

The catalogue is the documents' examples and a repeat is refused by the error table's
`duplicate` codes (sandbox README). So a document that changes (a product shown not on sale, a
per-customer limit of one unit, a new "already used" code) changes what the sandbox does, without
code. These tests build a sandbox over a changed copy of the bundled specs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from matrixport import Matrixport
from matrixport.errors import APIError
from matrixport.sandbox import BASE_URL
from matrixport.sandbox.clock import SandboxClock
from matrixport.sandbox.core import SandboxCore
from matrixport.sandbox.spec import Spec, load_specs
from matrixport.sandbox.transport import SandboxTransport

FI_PRODUCT = "6820591484295766016"  # from the Product Detail example
FI_RENEWABLE = "6812413916300247040"  # from the Auto Renewal Products example


def sandbox_of(spec: Spec) -> tuple[SandboxCore, Matrixport, str]:
    """A sandbox serving `spec`, a client of a new customer, and the customer's user id."""
    core = SandboxCore(spec=spec, clock=SandboxClock(speed=1e-9))
    credentials = core.world.add_customer()
    http = httpx.Client(base_url=BASE_URL, transport=SandboxTransport(core))
    client = Matrixport(
        credentials.access_key, credentials.secret_key, BASE_URL, http_client=http, retry_backoff=0.001
    )
    return core, client, credentials.user_id


@pytest.fixture
def changed() -> Iterator[tuple[Spec, list[tuple[SandboxCore, Matrixport, str]]]]:
    """A fresh copy of the bundled specs to change, and the sandboxes made of it (closed after)."""
    made: list[tuple[SandboxCore, Matrixport, str]] = []
    yield Spec(load_specs()), made
    for core, client, _ in made:
        client.close()
        core.close()


def refusal(call: Any, **kwargs: Any) -> tuple[int, str]:
    with pytest.raises(APIError) as caught:
        call(**kwargs)
    return int(caught.value.code), str(caught.value.message)


def test_the_catalogue_is_the_documents_examples(
    changed: tuple[Spec, list[tuple[SandboxCore, Matrixport, str]]],
) -> None:
    """A product the document shows not on sale (status 1) is refused; limits of one unit hold."""
    spec, made = changed
    spec.operation("fixed-income", "getProductDetail").example["status"] = 1
    renewable = spec.operation("fixed-income", "listAutoRenewProducts").example["items"][0]
    renewable.update(user_purchase_limit_dec="1", maximum_of_purchase_amount_dec="1")
    made.append(sandbox_of(spec))
    fi = made[0][1].fixed_income

    code, message = refusal(fi.create_order, product_id=FI_PRODUCT, amount_dec=Decimal(100))
    assert (code, message.split(": ", 1)[1]) == (12030012, "the product's status is 1")
    quota = fi.get_product_quota(product_id=FI_RENEWABLE)
    assert (quota.user_left_quota_dec, quota.maximum_of_purchase_amount_dec) == (Decimal(1), Decimal(1))
    # more than one purchase may buy: the purchase limit, before the customer's
    code, message = refusal(fi.create_order, product_id=FI_RENEWABLE, amount_dec=Decimal("1.5"))
    assert (code, message.split(": ", 1)[1]) == (12030010, "the maximum of one purchase is 1 USDT")
    fi.create_order(product_id=FI_RENEWABLE, amount_dec=Decimal(1))
    assert fi.get_product_quota(product_id=FI_RENEWABLE).user_left_quota_dec == Decimal(0)
    code, message = refusal(fi.create_order, product_id=FI_RENEWABLE, amount_dec=Decimal("0.5"))
    assert (code, message.split(": ", 1)[1]) == (12030023, "you may buy 0 USDT more")


def test_a_documents_duplicate_codes_decide_how_a_repeat_is_answered(
    changed: tuple[Spec, list[tuple[SandboxCore, Matrixport, str]]],
) -> None:
    """A document with an "already used" code refuses a repeated key with it; one without replays."""
    spec, made = changed
    fixed_income = spec.documents["fixed-income"]
    code = 1203002  # "Failed to cancel.", marked as the duplicate (its full stop goes before the detail)
    fixed_income.errors[code] = dataclasses.replace(fixed_income.errors[code], duplicate=True)
    prime_broker = spec.documents["prime-broker"]
    for entry in list(prime_broker.errors.values()):
        prime_broker.errors[entry.code] = dataclasses.replace(entry, duplicate=False)
    made.append(sandbox_of(spec))
    _, client, user = made[0]

    fi = client.fixed_income
    fi.create_order(product_id=FI_PRODUCT, amount_dec=Decimal(100), serial_number="repeat-1")
    assert refusal(
        fi.create_order, product_id=FI_PRODUCT, amount_dec=Decimal(100), serial_number="repeat-1"
    ) == (code, "Failed to cancel: serial_number 'repeat-1' was used already")

    # Prime Broker without its two codes: a repeated serial number is the first transfer again
    okex, huobi = f"{user}_okex_1", f"{user}_huobi_1"
    pb = client.prime_broker
    for _ in range(2):
        pb.create_transfer(
            serial_no="repeat-2", currency="BTC", from_account=okex, to_account=huobi, amount=Decimal("0.01")
        )
    transfers = pb.list_account_transfer_records(limit=10, serial_no="repeat-2")
    assert isinstance(transfers.items, list)
    assert [(t.serial_no, t.amount) for t in transfers.items] == [("repeat-2", Decimal("0.01"))]
