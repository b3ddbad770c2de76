"""The tolerant reader: one bad field does not lose the others, and is never read as something it is not."""

from __future__ import annotations

import asyncio
import json
import logging
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from matrixport import AsyncMatrixport, Matrixport, ResponseValidationError, _envelope, problems

BASE = "https://mapi.example.invalid"
SPECS = Path(__file__).resolve().parent.parent / "generated" / "_specs"


@pytest.fixture(autouse=True)
def forget_reported_problems(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each problem is logged once per process: other tests (the fuzz test) may have logged these."""
    monkeypatch.setattr(_envelope, "_reported", set())


def documented_currency_detail() -> dict[str, Any]:
    spec = json.loads((SPECS / "balance-plus.json").read_text(encoding="utf-8"))
    operation = spec["paths"]["/flexible/api/v2/deposit-redeem/currency/detail"]["get"]
    examples = operation["responses"]["200"]["content"]["application/json"]["examples"]
    return dict(next(iter(examples.values()))["value"])


def broken_detail() -> dict[str, Any]:
    body = documented_currency_detail()
    data = dict(body["data"])
    del data["current_apy"]
    data["balance"] = {"x": 1}
    return {**body, "data": data}


def client_answering(body: dict[str, Any], **settings: Any) -> Matrixport:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    http = httpx.Client(base_url=BASE, transport=transport)
    return Matrixport("access-key-0001", "secret-key-0001", BASE, http_client=http, **settings)


def test_a_missing_and_a_mistyped_field_leave_the_rest_readable(caplog: pytest.LogCaptureFixture) -> None:
    documented = documented_currency_detail()["data"]
    with client_answering(broken_detail()) as client:
        detail = client.balance_plus.get_currency_detail(currency="BTC")
    assert detail.pool_supply == Decimal(str(documented["pool_supply"]))
    assert isinstance(detail.pool_supply, Decimal)
    assert detail.currency == documented["currency"]
    with pytest.raises(ResponseValidationError, match=r"current_apy.*missing") as missing:
        _ = detail.current_apy
    assert missing.value.operation == "get_currency_detail"
    with pytest.raises(ResponseValidationError, match=r"balance.*received \{'x': 1\}") as mistyped:
        _ = detail.balance
    assert mistyped.value.operation == "get_currency_detail"
    assert {(p.operation, p.field) for p in problems(detail)} == {
        ("get_currency_detail", "current_apy"),
        ("get_currency_detail", "balance"),
    }
    assert "<invalid: missing>" in repr(detail)
    assert [r.getMessage() for r in caplog.records if "current_apy" in r.getMessage()] != []


def test_each_problem_is_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="matrixport")
    body = documented_currency_detail()
    data = {**body["data"], "loan_apy": ["not", "a", "decimal"]}
    with client_answering({**body, "data": data}) as client:
        for _ in range(3):
            client.balance_plus.get_currency_detail(currency="BTC")
    assert len([r for r in caplog.records if "loan_apy" in r.getMessage()]) == 1


def test_strict_raises_at_the_call() -> None:
    client = client_answering(broken_detail(), strict=True)
    with client, pytest.raises(ResponseValidationError) as caught:
        client.balance_plus.get_currency_detail(currency="BTC")
    assert "current_apy: missing" in str(caught.value)
    assert "balance" in str(caught.value)


def test_strict_raises_at_the_call_async() -> None:
    async def main() -> None:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=broken_detail()))
        http = httpx.AsyncClient(base_url=BASE, transport=transport)
        async with AsyncMatrixport("a-key-0001", "s-key-0001", BASE, http_client=http, strict=True) as client:
            await client.balance_plus.get_currency_detail(currency="BTC")

    with pytest.raises(ResponseValidationError, match="current_apy"):
        asyncio.run(main())


def test_a_well_formed_response_has_no_problems() -> None:
    with client_answering(documented_currency_detail()) as client:
        detail = client.balance_plus.get_currency_detail(currency="BTC")
    assert problems(detail) == []
    assert type(detail).__name__ == "CurrencyDetail"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("currency", None),
        ("currency", 7),
        ("auto_deposit", 1),
        ("auto_deposit", "true"),
        ("product_status", True),
    ],
)
def test_no_field_is_read_as_a_wrong_type_or_a_silent_none(field: str, value: object) -> None:
    body = documented_currency_detail()
    with client_answering({**body, "data": {**body["data"], field: value}}) as client:
        detail = client.balance_plus.get_currency_detail(currency="BTC")
    with pytest.raises(ResponseValidationError, match=field):
        getattr(detail, field)


def test_a_bad_field_of_a_nested_model_stays_inside_it() -> None:
    body = documented_currency_detail()
    policy = body["data"]["policy"]
    first_key = next(iter(policy))
    data = {**body["data"], "policy": {**policy, first_key: {"not": "right"}}}
    with client_answering({**body, "data": data}) as client:
        detail = client.balance_plus.get_currency_detail(currency="BTC")
    assert detail.currency == body["data"]["currency"]
    nested = detail.policy
    with pytest.raises(ResponseValidationError):
        getattr(nested, first_key)
    assert [p.field for p in problems(detail)] == [first_key]


def test_a_result_with_problems_compares_and_prints_without_raising() -> None:
    with client_answering(broken_detail()) as client:
        first = client.balance_plus.get_currency_detail(currency="BTC")
        second = client.balance_plus.get_currency_detail(currency="BTC")
    assert first == second
    assert "CurrencyDetail(" in repr(first)
