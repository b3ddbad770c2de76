"""What a call ends with, as the caller sees it: reconciled repeats, unknown outcomes and `client.resolve`,
waiting for a result, `client.raw`, custom requests, and how a result operation reads its outcome.

Pinned where mutation testing (`make mutation`, MUTATION.md) found `_flow.py` and `_operation.py`
unpinned. Servers are scripted as in test_write_safety.py.
"""

from __future__ import annotations

import enum
import logging
import time
import uuid
from dataclasses import replace
from decimal import Decimal
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from matrixport import (
    Accepted,
    ConfigurationError,
    HTTPStatusError,
    InvalidRequestError,
    Matrixport,
    MatrixportError,
    OutcomeUnknownError,
    RequestOptions,
    ResponseValidationError,
    TimeoutError,
    TransportError,
    WaitTimeoutError,
)
from matrixport._operation import Outcome
from matrixport.balance_plus.api.balance import get_total_position
from matrixport.prime_broker.api.margin_loan import list_order_operations, repay_order
from matrixport.prime_broker.errors import DuplicateSerialNo, RepeatedRequest
from matrixport.prime_broker.models import TransferProcess

from tests.test_write_safety import LOST_ANSWERS, TRANSFER, Answer, Server, envelope, record

DUPLICATE = envelope(code=12070132, message="Duplicate Serial No")
REPEATED = envelope(code=12070528, message="Repeated Request")
TRACE = RequestOptions(extra_headers={"x-trace": "trace-7"})
PROFIT = {"amount": Decimal("1"), "currency": "BTC", "account_id": "9547_huobi_1"}
LOAN = "7053683719172829184"
REPAY = {"account_id": "888_binance_1", "amount": Decimal("1"), "order_id": LOAN}


def query(request: httpx.Request) -> dict[str, list[str]]:
    return parse_qs(request.url.query.decode())


def transfer_record(request: httpx.Request) -> Answer:
    """`get_transfer_record`: the record of the key asked for, processed."""
    return envelope(record(query(request)["serial_no"][0]))


# --- A refused repeat whose answer is lost: unknown, and resolvable -----------------------------------------


def test_a_refused_repeat_is_outcome_unknown_where_the_write_answers_data_the_lookup_cannot_give() -> None:
    server = Server(LOST_ANSWERS["drop"], DUPLICATE, transfer_record)
    client = server.client()
    with pytest.raises(OutcomeUnknownError) as caught:
        client.prime_broker.create_profit_accrual(**PROFIT, request_options=TRACE)
    key = server.bodies()[0]["serial_no"]
    assert len(server.sent) == 2, "the write's answer (a str) cannot be looked up: no lookup is sent"
    assert isinstance(caught.value.cause, DuplicateSerialNo)
    assert caught.value.operation == "create_profit_accrual"
    assert caught.value.check_with == "prime_broker.get_transfer_record"
    assert caught.value.request_id == server.sent[0].headers["x-request-id"]
    assert caught.value.idempotency_key == key
    found = client.resolve(caught.value)
    assert (found.serial_no, found.process) == (key, TransferProcess.PROCESSED)
    lookup = server.sent[-1]
    assert (lookup.method, query(lookup)["serial_no"]) == ("GET", [key])
    assert lookup.headers["x-trace"] == "trace-7", "the lookup is sent with the call's request options"


def test_the_lookup_of_a_refused_repeat_is_sent_with_the_calls_request_options_and_its_own_id() -> None:
    server = Server(LOST_ANSWERS["delay"], DUPLICATE, transfer_record)
    options = replace(TRACE, request_id="write-0001")
    accepted = server.client().prime_broker.create_transfer(**TRANSFER, request_options=options)
    first, retry, lookup = server.sent
    assert first.headers["x-request-id"] == retry.headers["x-request-id"] == "write-0001"
    assert lookup.headers["x-trace"] == "trace-7"
    assert lookup.headers["x-request-id"] != "write-0001", "a lookup is a call of its own"
    assert accepted.confirmation.serial_no == accepted.idempotency_key


def test_a_reconciled_repeat_is_logged_with_what_the_lookup_found(caplog: pytest.LogCaptureFixture) -> None:
    server = Server(LOST_ANSWERS["delay"], DUPLICATE, transfer_record)
    with caplog.at_level(logging.INFO, logger="matrixport"):
        accepted = server.client().prime_broker.create_transfer(**TRANSFER)
    expected = (
        "create_transfer: a retry was refused as a repeat; the first attempt was acted on:"
        f" {accepted.confirmation!r}"
    )
    assert expected in [entry.getMessage() for entry in caplog.records]


def test_raw_of_a_reconciled_write_returns_what_the_write_returns() -> None:
    server = Server(LOST_ANSWERS["delay"], DUPLICATE, transfer_record)
    client = server.client()
    raw = client.raw(client.prime_broker.create_transfer, **TRANSFER)
    assert isinstance(raw.parsed, Accepted)
    assert raw.parsed.idempotency_key == server.bodies()[0]["serial_no"]


def test_a_refused_repeat_whose_lookup_fails_is_outcome_unknown_and_resolvable_later() -> None:
    server = Server(
        LOST_ANSWERS["500"], DUPLICATE, envelope(code=12070538, message="transfer serial no invalid")
    )
    client = server.client()
    with pytest.raises(OutcomeUnknownError) as caught:
        client.prime_broker.create_transfer(**TRANSFER, request_options=TRACE)
    key = server.bodies()[0]["serial_no"]
    assert caught.value.cause.code == 12070538  # type: ignore[attr-defined]
    assert isinstance(caught.value.__cause__, DuplicateSerialNo), "the refusal is why the lookup was made"
    assert (caught.value.operation, caught.value.idempotency_key) == ("create_transfer", key)
    server.answers = [transfer_record]
    found = client.resolve(caught.value)
    assert found.serial_no == key
    assert server.sent[-1].headers["x-trace"] == "trace-7"


# --- client.resolve -----------------------------------------------------------------------------------------


def test_resolve_is_sent_with_the_calls_request_options_and_can_be_asked_again_after_it_failed() -> None:
    server = Server(LOST_ANSWERS["500"])
    client = server.client(max_retries=0)
    with pytest.raises(OutcomeUnknownError) as caught:
        client.prime_broker.create_transfer(**TRANSFER, request_options=TRACE)
    key = caught.value.idempotency_key
    server.answers = [envelope(code=12070538, message="transfer serial no invalid")]
    with pytest.raises(OutcomeUnknownError) as again:
        client.resolve(caught.value)
    assert again.value.cause.code == 12070538  # type: ignore[attr-defined]
    assert (again.value.operation, again.value.idempotency_key) == ("create_transfer", key)
    assert again.value.check_with == "prime_broker.get_transfer_record"
    server.answers = [transfer_record]
    assert client.resolve(again.value).serial_no == key
    assert [request.headers["x-trace"] for request in server.sent[1:]] == ["trace-7", "trace-7"]


def test_resolve_takes_only_an_outcome_unknown_error() -> None:
    with pytest.raises(InvalidRequestError) as caught:
        Server(envelope()).client().resolve(TransportError("connection refused"))
    assert str(caught.value) == "resolve() takes an OutcomeUnknownError, not TransportError"


def test_resolve_of_a_keyless_write_says_which_method_to_check_with() -> None:
    server = Server(LOST_ANSWERS["delay"])
    client = server.client()
    with pytest.raises(OutcomeUnknownError) as caught:
        client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
    with pytest.raises(InvalidRequestError) as refused:
        client.resolve(caught.value)
    assert str(refused.value) == (
        "create_deposit: this outcome cannot be looked up by the client (no idempotency key or no lookup in"
        " the spec); check with balance_plus.get_deposit_withdraw_result"
    )


def test_resolve_of_a_keyed_write_without_a_lookup_says_which_method_to_check_with() -> None:
    server = Server(LOST_ANSWERS["500"])
    client = server.client()
    with pytest.raises(OutcomeUnknownError) as caught:
        client.prime_broker.repay_dma_bill(account_id="888_binance_1", serial_no="bill-1")
    assert caught.value.idempotency_key == server.bodies()[0]["request_id"]
    with pytest.raises(InvalidRequestError) as refused:
        client.resolve(caught.value)
    assert str(refused.value) == (
        "repay_dma_bill: this outcome cannot be looked up by the client (no idempotency key or no lookup in"
        " the spec); check with prime_broker.list_dma_bills"
    )


def test_resolve_of_a_custom_write_says_to_check_by_other_means() -> None:
    server = Server(LOST_ANSWERS["delay"])
    client = server.client()
    with pytest.raises(OutcomeUnknownError) as caught:
        client.request("POST", "/custom/v1/thing", json={"name": "x"})
    assert caught.value.check_with is None
    with pytest.raises(InvalidRequestError) as refused:
        client.resolve(caught.value)
    assert str(refused.value) == (
        "request: this outcome cannot be looked up by the client (no idempotency key or no lookup in"
        " the spec); check by other means"
    )


# --- Writes looked up in a list (margin loans) --------------------------------------------------------------


def operation_record(request_id: str) -> dict[str, Any]:
    return {
        "created_at": 1_700_000_000_000, "serial_no": "op-1", "user_id": "888", "request_id": request_id,
        "order_id": LOAN, "currency": "USDT", "op_type": 2, "amount": "1", "status": 5,
    }  # fmt: skip


def operations(*request_ids: str) -> dict[str, Any]:
    return envelope({"count": len(request_ids), "items": [operation_record(key) for key in request_ids]})


def test_a_refused_repeat_that_the_list_does_not_show_is_outcome_unknown_and_resolvable_later() -> None:
    assert repay_order.OPERATION.lookup is not None
    assert repay_order.OPERATION.lookup.operation is list_order_operations.OPERATION
    server = Server(LOST_ANSWERS["drop"], REPEATED, operations("someone-elses-key"))
    client = server.client()
    with pytest.raises(OutcomeUnknownError) as caught:
        client.call(repay_order.OPERATION, TRACE, **REPAY)
    key = server.bodies()[0]["request_id"]
    assert isinstance(caught.value.cause, RepeatedRequest)
    assert caught.value.operation == "repay_order"
    assert caught.value.check_with == "prime_broker.list_order_operations"
    assert caught.value.request_id == server.sent[0].headers["x-request-id"]
    assert caught.value.idempotency_key == key
    server.answers = [operations("someone-elses-key", key)]
    found = client.resolve(caught.value)
    assert (found.request_id, found.order_id) == (key, LOAN)
    assert query(server.sent[-1])["order_id"] == [LOAN], "the list is asked for the write's order"
    assert query(server.sent[-1])["limit"] == ["100"], "in pages of LOOKUP_PAGE_SIZE"
    assert server.sent[-1].headers["x-trace"] == "trace-7"


def test_resolve_of_a_write_the_list_does_not_show_yet_is_outcome_unknown_saying_so() -> None:
    server = Server(LOST_ANSWERS["500"])
    client = server.client(max_retries=0)
    with pytest.raises(OutcomeUnknownError) as caught:
        client.call(repay_order.OPERATION, TRACE, **REPAY)
    key = caught.value.idempotency_key
    server.answers = [operations()]
    with pytest.raises(OutcomeUnknownError) as again:
        client.resolve(caught.value)
    assert isinstance(again.value.cause, ResponseValidationError)
    assert str(again.value.cause) == (
        f"repay_order: list_order_operations has no record of idempotency key {key!r} (yet);"
        " body starts: <empty>"
    )
    assert again.value.cause.operation == "repay_order"
    assert (again.value.operation, again.value.idempotency_key) == ("repay_order", key)
    assert again.value.check_with == "prime_broker.list_order_operations"
    assert again.value.request_id == caught.value.request_id
    server.answers = [operations(key)]
    assert client.resolve(again.value).request_id == key
    assert query(server.sent[-1])["order_id"] == [LOAN]
    assert server.sent[-1].headers["x-trace"] == "trace-7"


def test_a_refused_repeat_that_the_list_cannot_answer_for_is_resolved_in_the_writes_order() -> None:
    """Where the list does not hold what the write answers, the repeat is unknown; resolve still finds it."""
    write = repay_order.OPERATION
    assert write.lookup is not None
    unconfirmed = replace(write, lookup=replace(write.lookup, confirms_result=False))
    server = Server(LOST_ANSWERS["drop"], REPEATED)
    client = server.client()
    with pytest.raises(OutcomeUnknownError) as caught:
        client.call(unconfirmed, TRACE, **REPAY)
    key = server.bodies()[0]["request_id"]
    assert len(server.sent) == 2
    server.answers = [operations(key)]
    assert client.resolve(caught.value).request_id == key
    assert query(server.sent[-1])["order_id"] == [LOAN]


def test_a_margin_loan_write_whose_lookup_fails_is_resolved_later_in_its_order() -> None:
    """The list fails while reconciling the refused repeat, and again on the first resolve."""
    failing = LOST_ANSWERS["500"]
    server = Server(LOST_ANSWERS["drop"], REPEATED, failing, failing)
    client = server.client(max_retries=1)
    with pytest.raises(OutcomeUnknownError) as caught:
        client.prime_broker.repay_order(**REPAY)
    key = server.bodies()[0]["request_id"]
    assert isinstance(caught.value.cause, HTTPStatusError)
    assert isinstance(caught.value.__cause__, RepeatedRequest)
    assert caught.value.idempotency_key == key
    server.answers = [failing, failing]
    with pytest.raises(OutcomeUnknownError) as again:
        client.resolve(caught.value)
    assert isinstance(again.value.cause, HTTPStatusError)
    assert (again.value.operation, again.value.idempotency_key) == ("repay_order", key)
    server.answers = [operations(key)]
    assert client.resolve(again.value).request_id == key
    assert query(server.sent[-1])["order_id"] == [LOAN], "asked for the write's order, after two failures"


def test_a_lookup_asks_for_no_bigger_page_than_its_list_allows() -> None:
    listing = list_order_operations.OPERATION
    small = replace(
        listing,
        arguments=tuple(
            replace(argument, maximum=20) if argument.name == "limit" else argument
            for argument in listing.arguments
        ),
    )
    write = replace(repay_order.OPERATION, lookup=replace(repay_order.OPERATION.lookup, operation=small))
    server = Server(LOST_ANSWERS["drop"], REPEATED, operations("someone-elses-key"))
    with pytest.raises(OutcomeUnknownError):
        server.client().call(write, None, **REPAY)
    assert query(server.sent[-1])["limit"] == ["20"]
    assert query(server.sent[-1])["offset"] == ["0"]


# --- Waiting for a result ----------------------------------------------------------------------------------


def order_result(status: int) -> dict[str, Any]:
    return envelope(
        {
            "order_id": "1", "order_type": 1, "amount": "100", "currency": "USDC", "address": "0x1",
            "fail_msg": "", "status": status, "paid_amount": "100", "paid_currency": "USDC",
        }
    )  # fmt: skip


class Clock:
    """`time.monotonic` and `time.sleep` for a test: a sleep moves the clock on by exactly its length."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_wait_asks_until_the_next_ask_would_be_past_its_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    monkeypatch.setattr(time, "monotonic", clock.monotonic)
    monkeypatch.setattr(time, "sleep", clock.sleep)
    server = Server(order_result(120))
    with pytest.raises(WaitTimeoutError) as caught:
        server.client().t_bills.wait_get_order_result(order_id="1", timeout=1.0, interval=0.5)
    assert len(server.sent) == 3, "asked at 0 s, 0.5 s and at the timeout itself, 1 s"
    assert clock.slept == [0.5, 0.5]
    assert (caught.value.operation, caught.value.timeout) == ("get_order_result", 1.0)
    assert caught.value.last.status == 120
    assert str(caught.value).startswith(
        "get_order_result: still pending after 1.0 s; last answer: OrderResult("
    )


def test_wait_sends_every_ask_with_the_request_options() -> None:
    server = Server(order_result(120), order_result(60))
    client = server.client()
    result = client.t_bills.wait_get_order_result(order_id="1", interval=0.001, request_options=TRACE)
    assert result.status == 60
    assert [request.headers["x-trace"] for request in server.sent] == ["trace-7", "trace-7"]


def test_an_operation_without_an_outcome_cannot_be_waited_for() -> None:
    server = Server(envelope({"total_asset": "0", "total_profit": "0"}))
    with pytest.raises(ConfigurationError) as caught:
        server.client().wait(get_total_position.OPERATION, None, 1.0, 0.1)
    assert str(caught.value) == "get_total_position has no x-matrixport-outcome: it cannot be waited for"
    assert server.sent == []


# --- How a result operation reads its outcome ---------------------------------------------------------------


class Colour(enum.Enum):
    GREEN = "green"
    RED = "red"
    AMBER = "amber"


@pytest.mark.parametrize(
    ("status", "state"),
    [(60, "succeeded"), (70, "failed"), (10, "failed"), (120, "pending"), (None, "pending")],
)
def test_an_outcome_field_holding_a_plain_value_says_the_state(status: Any, state: str) -> None:
    outcome = Outcome(field="status", succeeded=frozenset({60}), failed=frozenset({10, 70}))
    assert outcome.state(SimpleNamespace(status=status)) == state


@pytest.mark.parametrize(
    ("colour", "state"), [(Colour.GREEN, "succeeded"), (Colour.RED, "failed"), (Colour.AMBER, "pending")]
)
def test_an_outcome_field_holding_an_enum_is_read_by_its_value(colour: Colour, state: str) -> None:
    outcome = Outcome(field="colour", succeeded=frozenset({"green"}), failed=frozenset({"red"}))
    assert outcome.state(SimpleNamespace(colour=colour)) == state


# --- client.raw and client.request --------------------------------------------------------------------------


def test_raw_of_something_that_calls_no_operation_is_a_configuration_error() -> None:
    client = Server(envelope()).client()
    with pytest.raises(ConfigurationError) as caught:
        client.raw(lambda: 42)
    assert str(caught.value) == "raw() needs a method of this client's documents"


def test_a_custom_request_sends_its_query_parameters_and_json_body() -> None:
    server = Server(envelope({"id": 7}))
    client = server.client()
    answer = client.request("POST", "/custom/v1/thing", params={"group": "g1"}, json={"name": "x", "size": 3})
    assert answer == {"id": 7}
    [body] = server.bodies()
    assert (body["name"], body["size"]) == ("x", 3)
    assert query(server.sent[0])["group"] == ["g1"]


def test_a_custom_request_refuses_a_json_body_that_is_not_an_object_naming_its_type() -> None:
    client: Matrixport = Server(envelope()).client()
    with pytest.raises(InvalidRequestError) as caught:
        client.request("POST", "/custom/v1/thing", json=[1, 2])  # type: ignore[arg-type]
    assert str(caught.value) == "json= must be a mapping (a JSON object), not list"


def test_a_custom_request_refuses_a_path_without_a_leading_slash() -> None:
    client = Server(envelope()).client()
    with pytest.raises(InvalidRequestError) as caught:
        client.request("GET", "custom/v1/thing")
    assert str(caught.value) == "path must start with '/', got 'custom/v1/thing'"


# --- What went wrong in an attempt ------------------------------------------------------------------------


def test_a_timeout_names_the_call_the_host_and_the_httpx_error() -> None:
    timeout = httpx.ReadTimeout("read timed out after 30 s")
    server = Server(timeout)
    with pytest.raises(TimeoutError) as caught:
        server.client(max_retries=0).balance_plus.get_total_position()
    assert str(caught.value) == (
        "get_total_position: mapi.example.invalid: ReadTimeout: read timed out after 30 s"
    )
    assert caught.value.__cause__ is timeout
    assert caught.value.operation == "get_total_position"
    assert caught.value.request_id == server.sent[0].headers["x-request-id"]


def test_a_timeout_that_httpx_gives_no_text_says_timed_out() -> None:
    server = Server(httpx.PoolTimeout(""))
    with pytest.raises(TimeoutError) as caught:
        server.client(max_retries=0).balance_plus.get_total_position()
    assert str(caught.value) == "get_total_position: mapi.example.invalid: PoolTimeout: timed out"


def test_a_dropped_connection_names_the_call_the_host_and_the_httpx_error() -> None:
    dropped = httpx.RemoteProtocolError("peer closed connection without sending complete message body")
    server = Server(dropped)
    with pytest.raises(TransportError) as caught:
        server.client(max_retries=0).balance_plus.get_total_position()
    assert str(caught.value) == (
        "get_total_position: mapi.example.invalid: RemoteProtocolError: peer closed connection without"
        " sending complete message body"
    )
    assert caught.value.__cause__ is dropped
    assert caught.value.request_id == server.sent[0].headers["x-request-id"]


def test_a_body_that_cannot_be_decoded_is_a_response_validation_error_of_the_call() -> None:
    undecodable = httpx.DecodingError("Error -3 while decompressing data: incorrect header check")
    server = Server(undecodable)
    with pytest.raises(ResponseValidationError) as caught:
        server.client(max_retries=0).balance_plus.get_total_position()
    assert str(caught.value) == (
        "get_total_position: the body cannot be decoded (Error -3 while decompressing data: incorrect header"
        " check); body starts: <empty>"
    )
    assert caught.value.__cause__ is undecodable
    assert caught.value.request_id == server.sent[0].headers["x-request-id"]


def test_an_error_found_while_reading_the_response_names_the_call() -> None:
    server = Server(envelope({"total_asset": "12.5", "total_profit": "0.5"}))
    with pytest.raises(ResponseValidationError, match="larger than the limit of 16 bytes") as caught:
        server.client(max_retries=0, max_response_bytes=16).balance_plus.get_total_position()
    assert caught.value.operation == "get_total_position"
    assert caught.value.request_id == server.sent[0].headers["x-request-id"]


def test_a_custom_request_whose_path_is_not_a_url_is_refused_before_anything_is_sent() -> None:
    server = Server(envelope({}))
    with pytest.raises(MatrixportError) as caught:
        server.client().request("GET", "/custom/v1/\x00thing")
    assert str(caught.value).startswith("request: "), "the message names the call"
    assert "Invalid non-printable ASCII character in URL" in str(caught.value), "and says what is wrong"
    assert isinstance(caught.value.__cause__, httpx.InvalidURL)
    assert server.sent == []


# --- What a call logs ------------------------------------------------------------------------------------


def test_every_answer_is_logged_at_debug_level_with_the_call_and_its_attempt(
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = Server(LOST_ANSWERS["500"], envelope({"total_asset": "0", "total_profit": "0"}))
    options = RequestOptions(request_id="trace-1")
    with caplog.at_level(logging.DEBUG, logger="matrixport"):
        server.client().balance_plus.get_total_position(request_options=options)
    logged = [entry.getMessage() for entry in caplog.records if entry.levelno == logging.DEBUG]
    path = "/flexible/api/v2/user/asset/summary"
    assert logged == [
        f"GET {path} -> HTTP 500 (get_total_position, request id trace-1, attempt 1)",
        f"GET {path} -> HTTP 200 (get_total_position, request id trace-1, attempt 2)",
    ]


def test_a_retry_is_logged_with_the_failure_and_the_pause(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    server = Server(
        httpx.Response(503, headers={"Retry-After": "1.5"}, text="busy"),
        envelope({"total_asset": "0", "total_profit": "0"}),
    )
    with caplog.at_level(logging.INFO, logger="matrixport"):
        server.client().balance_plus.get_total_position()
    logged = [entry.getMessage() for entry in caplog.records if entry.levelno == logging.INFO]
    assert logged == [
        "get_total_position: attempt 1 failed (get_total_position: HTTP 503: 'busy'); retrying in 1.50 s"
    ]
    assert slept == [1.5]


# --- Retries within the deadline -------------------------------------------------------------------------


def test_a_retry_that_could_only_start_at_the_deadline_is_not_made(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    monkeypatch.setattr(time, "monotonic", clock.monotonic)
    monkeypatch.setattr(time, "sleep", clock.sleep)
    server = Server(httpx.Response(503, headers={"Retry-After": "2"}))
    with pytest.raises(HTTPStatusError) as caught:
        server.client().balance_plus.get_total_position(request_options=RequestOptions(deadline=2.0))
    assert (caught.value.status_code, caught.value.retry_after) == (503, 2.0)
    assert len(server.sent) == 1
    assert clock.slept == []


def test_each_call_without_a_request_id_gets_a_fresh_one() -> None:
    server = Server(envelope({"total_asset": "0", "total_profit": "0"}))
    client = server.client()
    client.balance_plus.get_total_position()
    client.balance_plus.get_total_position()
    first, second = (request.headers["x-request-id"] for request in server.sent)
    assert first != second
    assert str(uuid.UUID(first)) == first
