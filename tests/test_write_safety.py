"""Writes happen once or say so: keys on errors and results, reconciling refused repeats, deadlines, walks.

Each test scripts the server's answers with an httpx transport (sync and async alike), so the faults
land exactly where the test wants them: before the server acts, or after it acted and the answer
was lost.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from matrixport import (
    Accepted,
    AsyncMatrixport,
    HTTPStatusError,
    InvalidRequestError,
    Matrixport,
    MatrixportError,
    OutcomeUnknownError,
    ResponseValidationError,
    TimeoutError,
    TransportError,
)
from matrixport.errors import SignatureError
from matrixport.prime_broker.errors import DuplicateSerialNo, InsufficientWithdrawableMargin
from matrixport.prime_broker.models import TransferProcess

BASE = "https://mapi.example.invalid"
TRANSFER_PATH = "/credit/agency/v1/allocate"
TRANSFER = {
    "amount": Decimal("1"),
    "currency": "BTC",
    "from_account": "9547_huobi_1",
    "to_account": "9547_okex_1",
}

Answer = dict[str, Any] | httpx.Response | Exception
Handler = Callable[[httpx.Request], Answer]


class Server:
    """A scripted server: `answers` are used in order, one per request; each request is kept in `sent`."""

    def __init__(self, *answers: Answer | Handler) -> None:
        self.answers = list(answers)
        self.sent: list[httpx.Request] = []

    def respond(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if callable(answer) and not isinstance(answer, Exception):
            answer = answer(request)
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, httpx.Response):  # a fresh copy: a response body streams once
            return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)
        return httpx.Response(200, json=answer)

    async def respond_async(self, request: httpx.Request) -> httpx.Response:
        return self.respond(request)

    def client(self, **settings: Any) -> Matrixport:
        http = httpx.Client(base_url=BASE, transport=httpx.MockTransport(self.respond))
        return Matrixport("access-key-0001", "secret-key-0001", BASE, http_client=http, **SETTINGS | settings)

    def async_client(self, **settings: Any) -> AsyncMatrixport:
        http = httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(self.respond_async))
        return AsyncMatrixport(
            "access-key-0001", "secret-key-0001", BASE, http_client=http, **SETTINGS | settings
        )

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(request.content) for request in self.sent if request.content]


SETTINGS: dict[str, Any] = {"retry_backoff": 0.001}


def envelope(data: Any = None, code: int = 0, message: str = "") -> dict[str, Any]:
    return {"code": code, "message": message, "data": data}


def record(serial_no: str, process: int = 3) -> dict[str, Any]:
    return {
        "amount": "1", "currency": "BTC", "from_account": "9547_huobi_1", "process": process,
        "scenario": "allocate", "serial_no": serial_no, "to_account": "9547_okex_1", "user_id": "888",
    }  # fmt: skip


LOST_ANSWERS: dict[str, Answer] = {
    "500": httpx.Response(500, text="<html>500 Internal Server Error</html>"),
    "drop": httpx.RemoteProtocolError("peer closed connection without sending complete message body"),
    "delay": httpx.ReadTimeout("timed out"),
    "garbage": httpx.Response(200, content=b'{"code": 0, "data": {"trunc'),
}


def run(call: Callable[[], Any]) -> Any:
    """Run a sync call, or an async one to completion."""
    result = call()
    return asyncio.run(result) if asyncio.iscoroutine(result) else result


# --- A keyed write that runs out of retries keeps its key --------------------------------------------


@pytest.mark.parametrize("kind", sorted(LOST_ANSWERS))
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_keyed_write_out_of_retries_is_outcome_unknown_with_its_key(kind: str, flavour: str) -> None:
    server = Server(LOST_ANSWERS[kind])
    client = server.client() if flavour == "sync" else server.async_client()
    with pytest.raises(OutcomeUnknownError) as caught:
        run(lambda: client.prime_broker.create_transfer(**TRANSFER))
    sent_keys = {body["serial_no"] for body in server.bodies()}
    assert len(server.sent) == 3, "the two retries must go out, with the same key"
    assert sent_keys == {caught.value.idempotency_key}
    assert caught.value.check_with == "prime_broker.get_transfer_record"
    assert caught.value.operation == "create_transfer"
    assert caught.value.request_id == server.sent[0].headers["x-request-id"]
    assert isinstance(caught.value.__cause__, MatrixportError)
    assert caught.value.idempotency_key in str(caught.value)


def test_a_keyless_write_is_sent_once_and_reported_unknown_without_a_key() -> None:
    server = Server(LOST_ANSWERS["delay"])
    with pytest.raises(OutcomeUnknownError) as caught:
        server.client().balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
    assert len(server.sent) == 1
    assert caught.value.idempotency_key is None
    assert caught.value.check_with == "balance_plus.get_deposit_withdraw_result"
    assert isinstance(caught.value.__cause__, TimeoutError)
    with pytest.raises(InvalidRequestError, match="cannot be looked up"):
        server.client().resolve(caught.value)


def test_a_write_refused_before_acting_is_retried_and_keeps_its_key_when_it_fails() -> None:
    server = Server(httpx.Response(429, headers={"Retry-After": "0"}))
    with pytest.raises(HTTPStatusError) as caught:
        server.client().prime_broker.create_transfer(**TRANSFER)
    assert len(server.sent) == 3
    assert caught.value.status_code == 429
    assert caught.value.idempotency_key == server.bodies()[0]["serial_no"]


def test_a_write_that_never_left_is_a_transport_error_with_its_key() -> None:
    server = Server(httpx.ConnectError("connection refused"))
    with pytest.raises(TransportError) as caught:
        server.client().balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
    assert not isinstance(caught.value, OutcomeUnknownError)
    assert len(server.sent) == 3, "a connection that could not be opened is retried, even for a keyless write"


# --- Keys on success ---------------------------------------------------------------------------------


def test_a_keyed_write_returns_the_key_it_sent() -> None:
    server = Server(envelope())
    accepted = server.client().prime_broker.create_transfer(**TRANSFER)
    [body] = server.bodies()
    assert accepted == Accepted(body["serial_no"], server.sent[0].headers["x-request-id"], None)


def test_a_keyed_write_with_a_model_carries_the_key_on_the_model() -> None:
    server = Server(envelope({"serial_number": "6820608333133701120"}))
    order = server.client().fixed_income.create_order(product_id="1", amount_dec=Decimal("100"))
    [body] = server.bodies()
    assert order.serial_number == "6820608333133701120"
    assert order.idempotency_key == body["serial_number"]
    assert order.request_id == server.sent[0].headers["x-request-id"]


# --- Reconciling a refused repeat ----------------------------------------------------------------------


def lost_then_refused(process: int = 3) -> Server:
    """The first attempt is acted on but its answer lost; the retry is refused as a repeat."""

    def lookup(request: httpx.Request) -> Answer:
        assert request.method == "GET"
        return envelope(record(parse_qs(request.url.query.decode())["serial_no"][0], process))

    return Server(LOST_ANSWERS["delay"], envelope(code=12070132, message="Duplicate Serial No"), lookup)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_retry_refused_as_a_repeat_returns_the_original_outcome(flavour: str) -> None:
    server = lost_then_refused()
    client = server.client() if flavour == "sync" else server.async_client()
    accepted = run(lambda: client.prime_broker.create_transfer(**TRANSFER))
    first, retry, lookup = server.sent
    key = json.loads(first.content)["serial_no"]
    assert json.loads(retry.content)["serial_no"] == key
    assert lookup.url.path == TRANSFER_PATH and parse_qs(lookup.url.query.decode())["serial_no"] == [key]
    assert isinstance(accepted, Accepted)
    assert accepted.idempotency_key == key
    assert accepted.request_id == first.headers["x-request-id"]
    assert accepted.confirmation.serial_no == key
    assert accepted.confirmation.process is TransferProcess.PROCESSED


def test_a_repeat_refused_on_the_first_attempt_is_the_documented_error() -> None:
    server = Server(envelope(code=12070132, message="Duplicate Serial No"))
    with pytest.raises(DuplicateSerialNo) as caught:
        server.client().prime_broker.create_transfer(serial_no="my-own-key-1", **TRANSFER)
    assert len(server.sent) == 1
    assert caught.value.idempotency_key == "my-own-key-1"


def test_a_repeat_refused_after_a_refusal_before_acting_is_the_documented_error() -> None:
    server = Server(httpx.Response(429), envelope(code=12070132, message="Duplicate Serial No"))
    with pytest.raises(DuplicateSerialNo):
        server.client().prime_broker.create_transfer(**TRANSFER)
    assert len(server.sent) == 2, "nothing was acted on before: the key was used before this call"


def test_a_refused_repeat_that_the_lookup_cannot_confirm_is_outcome_unknown() -> None:
    server = Server(
        LOST_ANSWERS["500"],
        envelope(code=12070132, message="Duplicate Serial No"),
        envelope(code=12070538, message="transfer serial no invalid"),
    )
    with pytest.raises(OutcomeUnknownError) as caught:
        server.client().prime_broker.create_transfer(**TRANSFER)
    assert caught.value.idempotency_key == server.bodies()[0]["serial_no"]
    assert len(server.sent) == 3


def test_a_refused_repeat_without_a_lookup_is_outcome_unknown() -> None:
    server = Server(LOST_ANSWERS["drop"], envelope(code=12070528, message="Repeated Request"))
    with pytest.raises(OutcomeUnknownError) as caught:
        server.client().prime_broker.repay_order(
            account_id="888_binance_1", amount=Decimal("1"), order_id="7053683719172829184"
        )
    assert caught.value.check_with == "prime_broker.list_order_operations"
    assert caught.value.idempotency_key == server.bodies()[0]["request_id"]


def test_a_definite_refusal_of_a_retry_is_trusted_where_repeats_are_named() -> None:
    server = Server(
        LOST_ANSWERS["delay"], envelope(code=12070338, message="Insufficient Withdrawable Margin")
    )
    with pytest.raises(InsufficientWithdrawableMargin) as caught:
        server.client().prime_broker.create_transfer(**TRANSFER)
    assert caught.value.idempotency_key == server.bodies()[0]["serial_no"]


def test_a_definite_refusal_of_a_retry_is_not_trusted_where_repeats_are_not_named() -> None:
    """Fixed-Income names no duplicate code: a refusal of the retry may be the first attempt's doing."""
    server = Server(LOST_ANSWERS["delay"], envelope(code=12030010, message="Exceeds purchase limit."))
    with pytest.raises(OutcomeUnknownError) as caught:
        server.client().fixed_income.create_order(product_id="1", amount_dec=Decimal("100"))
    assert caught.value.idempotency_key == server.bodies()[0]["serial_number"]
    assert caught.value.cause.code == 12030010  # type: ignore[attr-defined]


# --- client.resolve --------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_resolve_looks_the_write_up_by_its_key(flavour: str) -> None:
    server = Server(LOST_ANSWERS["500"])
    client = server.client(max_retries=0) if flavour == "sync" else server.async_client(max_retries=0)
    with pytest.raises(OutcomeUnknownError) as caught:
        run(lambda: client.prime_broker.create_transfer(**TRANSFER))
    key = caught.value.idempotency_key
    assert key is not None
    server.answers = [envelope(record(key, process=1))]
    found = run(lambda: client.resolve(caught.value))
    assert found.serial_no == key
    assert found.process is TransferProcess.PENDING
    assert parse_qs(server.sent[-1].url.query.decode())["serial_no"] == [key]


def test_resolve_raises_outcome_unknown_again_while_nothing_is_recorded() -> None:
    server = Server(LOST_ANSWERS["500"])
    client = server.client(max_retries=0)
    with pytest.raises(OutcomeUnknownError) as caught:
        client.prime_broker.create_transfer(**TRANSFER)
    server.answers = [envelope(code=12070538, message="transfer serial no invalid")]
    with pytest.raises(OutcomeUnknownError) as again:
        client.resolve(caught.value)
    assert again.value.idempotency_key == caught.value.idempotency_key


# --- Signatures, deadlines ----------------------------------------------------------------------------------


def test_a_signature_refusal_is_sent_once_more_freshly_signed() -> None:
    ticks = iter(range(1_000_000, 2_000_000, 1000))
    server = Server(envelope(code=17002010, message="Signature error"), envelope())
    accepted = server.client(clock=lambda: next(ticks)).prime_broker.create_transfer(**TRANSFER)
    first, second = server.bodies()
    assert accepted.idempotency_key == first["serial_no"] == second["serial_no"]
    assert second["timestamp"] > first["timestamp"]
    assert second["signature"] != first["signature"]


def test_a_second_signature_refusal_is_raised() -> None:
    server = Server(envelope(code=17002010, message="Signature error"))
    with pytest.raises(SignatureError):
        server.client().balance_plus.get_total_position()
    assert len(server.sent) == 2


def test_the_limit_on_calls_in_flight_holds_and_timestamps_are_fresh() -> None:
    clock = [0]
    in_flight = [0, 0]  # now, most
    stale: list[int] = []

    async def slow(request: httpx.Request) -> httpx.Response:
        in_flight[0] += 1
        in_flight[1] = max(in_flight[1], in_flight[0])
        stale.append(clock[0] - int(parse_qs(request.url.query.decode())["timestamp"][0]))
        await asyncio.sleep(0.005)
        clock[0] += 1000  # every answer takes a simulated second
        in_flight[0] -= 1
        return httpx.Response(200, json=envelope({"total_asset": "0", "total_profit": "0"}))

    async def main() -> None:
        http = httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(slow))
        async with AsyncMatrixport(
            "access-key-0001",
            "secret-key-0001",
            BASE,
            http_client=http,
            max_in_flight=3,
            clock=lambda: clock[0],
        ) as client:
            await asyncio.gather(*(client.balance_plus.get_total_position() for _ in range(30)))

    asyncio.run(main())
    assert in_flight[1] == 3
    assert max(stale) <= 3000, "a request waited in the queue after it was signed"


def test_a_retry_after_past_the_deadline_ends_the_call_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    server = Server(httpx.Response(429, headers={"Retry-After": "30"}))
    with pytest.raises(HTTPStatusError) as caught:
        server.client(timeout=1, max_retries=2).balance_plus.get_total_position()
    assert caught.value.retry_after == 30
    assert len(server.sent) == 1
    assert slept == []


def test_each_attempt_gets_no_more_time_than_the_call_has_left() -> None:
    server = Server(envelope({"total_asset": "0", "total_profit": "0"}))
    server.client(timeout=30, deadline=2).balance_plus.get_total_position()
    timeouts = server.sent[0].extensions["timeout"]
    assert 0 < timeouts["read"] <= 2
    assert 0 < timeouts["connect"] <= 2


def test_a_per_call_timeout_and_deadline_are_used() -> None:
    from matrixport import RequestOptions

    server = Server(envelope({"total_asset": "0", "total_profit": "0"}))
    server.client().balance_plus.get_total_position(request_options=RequestOptions(timeout=0.5))
    assert server.sent[0].extensions["timeout"]["read"] == 0.5
    server.client().balance_plus.get_total_position(request_options=RequestOptions(deadline=0.25))
    assert 0 < server.sent[1].extensions["timeout"]["read"] <= 0.25


# --- Walks that end -----------------------------------------------------------------------------------------


def revenue(next_timestamp: int, *timestamps: int) -> dict[str, Any]:
    rows = [{"currency": "BTC", "interest": "0.1", "rate": "0.025", "timestamp": t} for t in timestamps]
    return envelope(
        {
            "accumulated_interest": "1", "currency": "USD", "next_timestamp": next_timestamp,
            "total_asset": "1", "yesterday_interest": "0", "interests": rows,
        }
    )  # fmt: skip


def test_a_cycling_cursor_ends_the_walk() -> None:
    pages = {"0": revenue(200, 300), "200": revenue(100, 200), "100": revenue(200, 100)}
    server = Server(lambda request: pages[parse_qs(request.url.query.decode())["next_timestamp"][0]])
    walk = server.client().balance_plus.iter_list_revenue_details(limit=1)
    with pytest.raises(ResponseValidationError, match="round in circles"):
        list(walk)
    assert len(server.sent) == 3


def test_an_offset_list_that_ignores_the_offset_ends_the_walk() -> None:
    order = {
        "amount": "1", "created_at": 1, "currency": "BTC", "order_id": "1", "order_source": 1,
        "order_status": 4, "policy_id": "p", "redeem_all": False, "redeem_principal": "0",
        "redeem_profit": "0",
        "refund_transfer_sn": "", "transfer_sn": "t", "type": 1, "updated_at": 1, "user_id": "u",
        "failed_code": 0,
    }  # fmt: skip
    server = Server(
        envelope({"count": 1000, "orders": [order, {**order, "order_id": "2"}]})
    )  # offset ignored
    walk = server.client().balance_plus.iter_list_orders(
        currency="BTC",
        product_type="flexi_saving",
        subject_type="flexi_saving",
        limit=2,
        type_=1,
        order_source=1,
        order_status=0,
    )
    seen = []
    with pytest.raises(ResponseValidationError, match="nothing new"):
        seen.extend(walk)
    assert [o.order_id for o in seen] == ["1", "2"]
    assert len(server.sent) == 3, "the first page, then at most two repeated pages"


def test_max_items_ends_the_walk_early() -> None:
    pages = {"0": revenue(200, 300, 250), "200": revenue(100, 200, 150)}
    server = Server(lambda request: pages[parse_qs(request.url.query.decode())["next_timestamp"][0]])
    rows = list(server.client().balance_plus.iter_list_revenue_details(limit=2, max_items=3))
    assert [r.timestamp for r in rows] == [300, 250, 200]
    assert len(server.sent) == 2
