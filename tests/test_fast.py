"""The one-pass decoder's effects beyond the result: the garbage collector is left as it was found."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
from matrixport import ResponseValidationError
from matrixport._envelope import read_result
from matrixport._fast import LARGE_BODY
from matrixport._flow import Received
from matrixport._operation import CallContext
from matrixport.fixed_income.api.fixed_income_api import list_orders

from tests.test_parsing_fuzz import documented_body

OP = list_orders.OPERATION


def large_body(broken: bool = False) -> bytes:
    body = documented_body(OP)
    order = body["data"]["items"][0]
    if broken:
        order = {**order, "payback_dec": "not a number"}
    rows = [{**order, "id": str(n)} for n in range(LARGE_BODY // 400)]
    text = json.dumps({**body, "data": {"count": len(rows), "items": rows}}).encode()
    assert len(text) >= LARGE_BODY
    return text


@pytest.fixture
def gc_state() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    gc.enable() if enabled else gc.disable()


@pytest.mark.parametrize("broken", [False, True], ids=["fast path", "tolerant path"])
@pytest.mark.parametrize("enabled", [True, False])
def test_reading_a_large_body_leaves_the_collector_as_it_was(
    gc_state: None, enabled: bool, broken: bool
) -> None:
    gc.enable() if enabled else gc.disable()
    result = read_result(OP, Received(200, httpx.Headers(), large_body(broken)), CallContext("r"))
    assert result.items[0].amount_dec == Decimal(str(documented_body(OP)["data"]["items"][0]["amount_dec"]))
    assert gc.isenabled() is enabled


def test_the_collector_is_back_after_a_failure(gc_state: None) -> None:
    gc.enable()
    body = large_body()[:-2]  # cut: not JSON
    with pytest.raises(ResponseValidationError):
        read_result(OP, Received(200, httpx.Headers(), body), CallContext("r"))
    assert gc.isenabled()


def test_a_number_in_a_field_of_no_declared_type_is_a_decimal_on_both_paths() -> None:
    """`redeem_windows` has no documented type (errata FS-17): a number there is a Decimal, never a
    float, whether the fast path or the tolerant reader reads the body."""
    from matrixport import _fast
    from matrixport.fixed_staking.api.fixed_staking_api.list_products import OPERATION as list_products

    body = json.loads(json.dumps(documented_body(list_products)))  # a copy to change
    body["data"]["items"][0]["redeem_windows"] = [0.5, {"at": 1.25}]
    raw = json.dumps(body).encode()
    fast = _fast.decode(list_products, raw)
    assert fast is not _fast.MISS
    tolerant = read_result(list_products, Received(200, httpx.Headers(), raw), CallContext("r"), strict=False)
    for product in (fast.items[0], tolerant.items[0]):
        assert product.redeem_windows == [Decimal("0.5"), {"at": Decimal("1.25")}]
        assert type(product.redeem_windows[0]) is Decimal
