"""Pagination, result polling, raw responses, the clock and logging, on scripted HTTP exchanges."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from matrixport import (
    AsyncMatrixport,
    Matrixport,
    OperationFailedError,
    RequestOptions,
    WaitTimeoutError,
)
from matrixport.balance_plus.models import OrderStatus
from matrixport.t_bills.models import OrderStatus as TBillsOrderStatus

BASE = "https://mapi.example.invalid"
ACCESS_KEY = "behaviour-access-key"
SECRET_KEY = "behaviour-secret-key"

Handler = Callable[[httpx.Request], dict[str, Any]]


def envelope(data: Any, code: int = 0, message: str = "") -> dict[str, Any]:
    return {"code": code, "message": message, "data": data}


def scripted(handler: Handler, sent: list[httpx.Request], **settings: Any) -> Matrixport:
    def respond(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=handler(request))

    http = httpx.Client(base_url=BASE, transport=httpx.MockTransport(respond))
    return Matrixport(ACCESS_KEY, SECRET_KEY, BASE, http_client=http, retry_backoff=0.001, **settings)


def scripted_async(handler: Handler, sent: list[httpx.Request]) -> AsyncMatrixport:
    async def respond(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=handler(request))

    http = httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(respond))
    return AsyncMatrixport(ACCESS_KEY, SECRET_KEY, BASE, http_client=http, retry_backoff=0.001)


def query(request: httpx.Request) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.url.query.decode()).items()}


def order(number: int) -> dict[str, Any]:
    return {
        "amount": f"{number}.5", "created_at": number, "currency": "BTC", "order_id": str(number),
        "order_source": 1, "order_status": 4, "policy_id": "p", "redeem_all": False, "redeem_principal": "0",
        "redeem_profit": "0", "refund_transfer_sn": "", "transfer_sn": "t", "type": 1, "updated_at": number,
        "user_id": "u", "failed_code": 0,
    }  # fmt: skip


def orders_page(request: httpx.Request) -> dict[str, Any]:
    offset, limit = int(query(request)["offset"]), int(query(request)["limit"])
    return envelope({"count": 5, "orders": [order(n) for n in range(offset, min(offset + limit, 5))]})


LIST_ORDERS = {
    "currency": "BTC",
    "product_type": "flexi_saving",
    "subject_type": "flexi_saving",
    "limit": 2,
    "type_": 1,
    "order_source": 1,
    "order_status": OrderStatus.ALL,
}


def test_offset_pagination_walks_every_page() -> None:
    sent: list[httpx.Request] = []
    with scripted(orders_page, sent) as client:
        orders = list(client.balance_plus.iter_list_orders(**LIST_ORDERS))
    assert [o.order_id for o in orders] == ["0", "1", "2", "3", "4"]
    assert [o.amount for o in orders][-1] == Decimal("4.5")
    assert [query(r)["offset"] for r in sent] == ["0", "2", "4"]


async def test_offset_pagination_walks_every_page_async() -> None:
    sent: list[httpx.Request] = []
    async with scripted_async(orders_page, sent) as client:
        orders = [o async for o in client.balance_plus.iter_list_orders(**LIST_ORDERS)]
    assert len(orders) == 5
    assert len(sent) == 3


def interest(timestamp: int, currency: str = "BTC") -> dict[str, Any]:
    return {"currency": currency, "interest": "0.000002188177296747", "rate": "0.025", "timestamp": timestamp}


def revenue_page(request: httpx.Request) -> dict[str, Any]:
    pages = {
        "0": ([interest(300), interest(200)], 200),
        "200": ([interest(200), interest(200, "ETH"), interest(100)], 100),  # 200/BTC repeats, as documented
        "100": ([], 0),
    }
    rows, following = pages[query(request)["next_timestamp"]]
    return envelope(
        {
            "accumulated_interest": "1", "currency": "USD", "next_timestamp": following, "total_asset": "1",
            "yesterday_interest": "0", "interests": rows,
        }
    )  # fmt: skip


def test_cursor_pagination_deduplicates_on_timestamp_and_currency() -> None:
    sent: list[httpx.Request] = []
    with scripted(revenue_page, sent) as client:
        rows = list(client.balance_plus.iter_list_revenue_details(limit=3))
    assert [(r.timestamp, r.currency) for r in rows] == [
        (300, "BTC"),
        (200, "BTC"),
        (200, "ETH"),
        (100, "BTC"),
    ]
    assert [query(r)["next_timestamp"] for r in sent] == ["0", "200", "100"]


def t_bills_result(statuses: list[int]) -> Handler:
    answers = iter(statuses)

    def handler(request: httpx.Request) -> dict[str, Any]:
        return envelope(
            {
                "order_id": "1", "order_type": 1, "amount": "100", "currency": "USDC", "address": "0x1",
                "fail_msg": "", "status": next(answers), "paid_amount": "100", "paid_currency": "USDC",
            }
        )  # fmt: skip

    return handler


def test_wait_returns_the_final_outcome() -> None:
    sent: list[httpx.Request] = []
    with scripted(t_bills_result([1, 120, 60]), sent) as client:
        result = client.t_bills.wait_get_order_result(order_id="1", interval=0.001, timeout=5)
    assert result.status is TBillsOrderStatus.COMPLETED
    assert len(sent) == 3


def test_wait_raises_on_a_failed_outcome() -> None:
    with scripted(t_bills_result([120, 70]), []) as client, pytest.raises(OperationFailedError) as caught:
        client.t_bills.wait_get_order_result(order_id="1", interval=0.001)
    assert caught.value.result.status is TBillsOrderStatus.FAILED
    assert caught.value.operation == "get_order_result"
    assert str(caught.value).startswith("get_order_result: the operation failed: OrderResult(")


def test_wait_gives_up_at_its_timeout() -> None:
    with scripted(t_bills_result([120] * 100), []) as client, pytest.raises(WaitTimeoutError) as caught:
        client.t_bills.wait_get_order_result(order_id="1", interval=0.01, timeout=0.05)
    assert (caught.value.operation, caught.value.timeout) == ("get_order_result", 0.05)
    assert caught.value.last.status == 120
    assert str(caught.value).startswith(
        "get_order_result: still pending after 0.05 s; last answer: OrderResult("
    )


def test_wait_on_an_envelope_outcome_asks_again_on_pending_codes() -> None:
    answers = iter([envelope(None, 12010012, "in progress"), envelope(None, 12010012), envelope(None)])
    sent: list[httpx.Request] = []
    with scripted(lambda request: next(answers), sent) as client:
        assert client.balance_plus.wait_get_deposit_withdraw_result(serial_number="s", interval=0.001) is None
    assert len(sent) == 3


async def test_wait_async() -> None:
    async with scripted_async(t_bills_result([120, 60]), []) as client:
        result = await client.t_bills.wait_get_order_result(order_id="1", interval=0.001)
    assert result.status is TBillsOrderStatus.COMPLETED


def test_raw_returns_the_response_beside_the_result() -> None:
    with scripted(lambda request: envelope({"total_asset": "12.5", "total_profit": "0.5"}), []) as client:
        raw = client.raw(
            client.balance_plus.get_total_position,
            request_options=RequestOptions(request_id="trace-1"),
        )
    assert raw.parsed.total_asset == Decimal("12.5")
    assert raw.status_code == 200
    assert raw.request_id == "trace-1"
    assert raw.attempts == 1
    assert json.loads(raw.content)["data"]["total_profit"] == "0.5"
    assert raw.headers["content-type"] == "application/json"


def test_clock_offset_corrects_the_signed_timestamp() -> None:
    sent: list[httpx.Request] = []
    handler = lambda request: envelope({"total_asset": "0", "total_profit": "0"})  # noqa: E731
    with scripted(handler, sent, clock=lambda: 1_000_000, clock_offset_ms=-2_500) as client:
        client.balance_plus.get_total_position()
    assert query(sent[0])["timestamp"] == "997500"


def test_debug_logs_hold_no_key_secret_or_signature(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> dict[str, Any]:
        if request.method == "POST":
            return envelope({"serial_number": "s", "type": 1})
        return envelope({"total_asset": "0", "total_profit": "0"})

    with scripted(handler, sent) as client:
        client.balance_plus.get_total_position()
        client.balance_plus.create_deposit(currency="BTC", amount=Decimal("1"))
    signatures = [r.headers["X-MatrixPort-Access-Signature"] for r in sent]
    assert "get_total_position" in caplog.text
    for secret in (ACCESS_KEY, SECRET_KEY, *signatures):
        assert secret not in caplog.text
