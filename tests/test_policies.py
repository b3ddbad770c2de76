"""The client's policies, pinned where a user relies on them: retries and their end, the backoff schedule,
per-call timeouts, the clock, keys, the reading of wrong JSON types, unknown fields, downloads, null pages.

Most were found unpinned by mutation testing (`make mutation`, MUTATION.md): each test here names what a
broken client would do instead.
"""

from __future__ import annotations

import json
import logging
import pickle
import time
import uuid
from decimal import Decimal
from typing import Any

import httpx
import pytest
from matrixport import (
    AsyncMatrixport,
    HTTPStatusError,
    InvalidRequestError,
    Matrixport,
    OutcomeUnknownError,
    RequestOptions,
    ResponseValidationError,
    TimeoutError,
)
from matrixport._retry import RetryPolicy
from matrixport._signing import MatrixportAuth, system_clock
from matrixport.prime_broker.errors import DuplicateSerialNo
from matrixport.t_bills.errors import OperatingTooFrequently

from tests.test_write_safety import TRANSFER, Server, envelope, run

FAILING = httpx.Response(500, text="<html>500 Internal Server Error</html>")


# --- Retries end ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_read_against_a_server_that_keeps_failing_ends_after_its_retries(flavour: str) -> None:
    server = Server(FAILING)
    client = server.client(max_retries=3) if flavour == "sync" else server.async_client(max_retries=3)
    with pytest.raises(HTTPStatusError) as caught:
        run(client.balance_plus.get_total_position)
    assert len(server.sent) == 4, "one attempt and three retries, then the last error"
    assert caught.value.status_code == 500
    assert {request.headers["x-request-id"] for request in server.sent} == {caught.value.request_id}


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_no_retries_means_one_attempt(flavour: str) -> None:
    server = Server(FAILING)
    client = server.client(max_retries=0) if flavour == "sync" else server.async_client(max_retries=0)
    with pytest.raises(HTTPStatusError):
        run(client.balance_plus.get_total_position)
    assert len(server.sent) == 1


def test_a_per_call_max_retries_replaces_the_clients() -> None:
    server = Server(FAILING)
    with pytest.raises(HTTPStatusError):
        server.client(max_retries=5).balance_plus.get_total_position(
            request_options=RequestOptions(max_retries=1)
        )
    assert len(server.sent) == 2


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_try_again_code_on_a_keyless_create_is_retried_not_called_unknown(flavour: str) -> None:
    """The document's "operating too frequently" refuses before acting: sending again cannot duplicate."""
    server = Server(
        envelope(code=12040024, message="Operating too frequently"), envelope("1234567890123456789")
    )
    client = server.client() if flavour == "sync" else server.async_client()
    order_id = run(
        lambda: client.t_bills.create_deposit(
            address="0xabc", amount=Decimal("100"), ask_price_id="", payment_currency="USDC", product_id="1"
        )
    )
    assert order_id == "1234567890123456789"
    assert len(server.sent) == 2
    assert server.bodies()[0]["amount"] == server.bodies()[1]["amount"] == "100"


def test_a_try_again_code_that_persists_is_the_documented_error() -> None:
    server = Server(envelope(code=12040024, message="Operating too frequently"))
    with pytest.raises(OperatingTooFrequently) as caught:
        server.client().t_bills.create_deposit(
            address="0xabc", amount=Decimal("100"), ask_price_id="", payment_currency="USDC", product_id="1"
        )
    assert not isinstance(caught.value, OutcomeUnknownError)
    assert len(server.sent) == 3


def test_outcome_unknown_keeps_the_last_attempts_error_as_its_cause() -> None:
    server = Server(FAILING, FAILING, httpx.ReadTimeout("timed out"))
    with pytest.raises(OutcomeUnknownError) as caught:
        server.client().prime_broker.create_transfer(**TRANSFER)
    assert isinstance(caught.value.__cause__, TimeoutError)
    assert caught.value.__cause__.idempotency_key == caught.value.idempotency_key
    assert isinstance(caught.value.__cause__.__cause__, httpx.ReadTimeout)


# --- The backoff schedule -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attempt", "low", "high"),
    [
        (0, "0.25", "0.5"),
        (1, "0.5", "1"),
        (2, "1", "2"),
        (3, "2", "4"),
        (4, "4", "8"),
        (5, "4", "8"),
        (40, "4", "8"),
    ],
)
def test_attempt_n_waits_between_half_and_all_of_backoff_times_two_to_the_n_at_most_the_ceiling(
    attempt: int, low: str, high: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = RetryPolicy(backoff=0.5, max_backoff=8.0)
    monkeypatch.setattr("matrixport._retry.random.uniform", lambda a, b: a)
    assert policy.delay(attempt, None) == float(low)
    monkeypatch.setattr("matrixport._retry.random.uniform", lambda a, b: b)
    assert policy.delay(attempt, None) == float(high)


def test_the_wait_is_random_within_its_bounds() -> None:
    waits = {RetryPolicy(backoff=1.0).delay(2, None) for _ in range(200)}
    assert len(waits) > 100
    assert min(waits) >= 2.0 and max(waits) <= 4.0
    assert min(waits) < 2.5 and max(waits) > 3.5


def test_retry_after_lengthens_the_wait_and_never_shortens_it() -> None:
    policy = RetryPolicy(backoff=0.5, max_backoff=8.0)
    assert policy.delay(0, 5.0) == 5.0
    assert 2.0 <= policy.delay(3, 0.1) <= 4.0
    assert 0.25 <= policy.delay(0, 0.0) <= 0.5


def test_the_default_deadline_is_the_attempt_timeout_times_the_attempts() -> None:
    assert RetryPolicy(max_retries=2, timeout=httpx.Timeout(10.0, connect=3.0)).seconds == 30.0
    assert RetryPolicy(max_retries=0, timeout=httpx.Timeout(4.0)).seconds == 4.0
    assert RetryPolicy(max_retries=2, deadline=7.0).seconds == 7.0


def test_the_client_waits_what_the_policy_says_between_attempts(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr("matrixport._client.time.sleep", waits.append)
    monkeypatch.setattr("matrixport._retry.random.uniform", lambda a, b: b)
    server = Server(FAILING)
    with pytest.raises(HTTPStatusError):
        server.client(retry_backoff=0.25, max_retries=3).balance_plus.get_total_position()
    assert waits == [0.25, 0.5, 1.0]


# --- Timeouts ---------------------------------------------------------------------------------------------


def test_without_a_per_call_timeout_each_attempt_has_the_clients() -> None:
    server = Server(envelope({"total_asset": "0", "total_profit": "0"}))
    server.client(timeout=httpx.Timeout(12.0, connect=3.0)).balance_plus.get_total_position(
        request_options=RequestOptions(request_id="req-1")
    )
    timeouts = server.sent[0].extensions["timeout"]
    assert timeouts["connect"] == 3.0
    assert timeouts["read"] == timeouts["write"] == timeouts["pool"] == 12.0
    assert server.sent[0].headers["x-request-id"] == "req-1"


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_per_call_timeout_applies_to_every_attempt(flavour: str) -> None:
    server = Server(FAILING, envelope({"total_asset": "0", "total_profit": "0"}))
    client = server.client(timeout=30) if flavour == "sync" else server.async_client(timeout=30)
    run(lambda: client.balance_plus.get_total_position(request_options=RequestOptions(timeout=2.5)))
    assert [request.extensions["timeout"]["read"] for request in server.sent] == [2.5, 2.5]
    assert [request.extensions["timeout"]["connect"] for request in server.sent] == [2.5, 2.5]


# --- Clock and keys ---------------------------------------------------------------------------------------


def test_the_system_clock_is_the_current_time_in_milliseconds() -> None:
    before = time.time() * 1000
    now = system_clock()
    after = time.time() * 1000
    assert isinstance(now, int)
    assert before - 1 <= now <= after + 1


def test_a_signed_request_carries_the_current_time_and_the_clock_offset() -> None:
    server = Server(envelope({"total_asset": "0", "total_profit": "0"}))
    server.client().balance_plus.get_total_position()
    server.client(clock_offset_ms=-60_000).balance_plus.get_total_position()
    sent = [int(request.url.params["timestamp"]) for request in server.sent]
    now = time.time() * 1000
    assert abs(sent[0] - now) < 2_000
    assert abs(sent[1] - (now - 60_000)) < 2_000


@pytest.mark.parametrize(
    ("access_key", "secret_key"), [("", "secret-key-0001"), ("access-key-0001", ""), (None, "s")]
)
def test_auth_refuses_an_empty_or_missing_key(access_key: Any, secret_key: str) -> None:
    with pytest.raises(ValueError, match="needs the"):
        MatrixportAuth(access_key, secret_key)


def test_auth_refuses_a_key_with_a_trailing_newline_without_showing_it() -> None:
    with pytest.raises(ValueError, match="whitespace") as caught:
        MatrixportAuth("access-key-0001\n", "secret-key-0001")
    assert "access-key-0001" not in str(caught.value)


# --- Arguments --------------------------------------------------------------------------------------------


def test_a_string_longer_than_the_specs_max_length_is_refused_and_one_at_the_limit_is_sent() -> None:
    server = Server(envelope({"serial_number": "1"}))
    client = server.client()
    with pytest.raises(InvalidRequestError, match="currency is longer than 64 characters"):
        client.balance_plus.create_deposit(currency="B" * 65, amount=Decimal("1"))
    assert server.sent == []
    client.balance_plus.create_deposit(currency="B" * 64, amount=Decimal("1"))
    assert server.bodies()[0]["currency"] == "B" * 64


def test_an_e8_amount_given_as_a_numeric_string_is_sent_as_the_exact_integer() -> None:
    server = Server(httpx.Response(400, text="stop here"))  # a definite refusal: only the body sent matters
    with pytest.raises(HTTPStatusError):
        server.client().fixed_staking.redeem_order(
            order_id="1",
            share="5.00735294",
            principal="5.10749999",
            payback_currency="ETH",  # type: ignore[arg-type]
        )
    body = server.bodies()[0]
    assert body["share"] == 500735294 and body["principal"] == 510749999
    with pytest.raises(InvalidRequestError, match="more than 8 decimal places"):
        server.client().fixed_staking.redeem_order(
            order_id="1", share="0.000000001", principal="1", payback_currency="ETH"
        )  # type: ignore[arg-type]


# --- What the server sends --------------------------------------------------------------------------------


def operations_page(**changes: Any) -> dict[str, Any]:
    item = {
        "created_at": 1700000000000, "serial_no": "s-1", "user_id": "888", "request_id": "r-1",
        "order_id": "o-1", "currency": "BTC", "op_type": 1, "amount": "0.5", "status": 5,
    } | changes  # fmt: skip
    return envelope({"items": [item], "total": 1})


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("created_at", True),
        ("created_at", "1700000000000"),
        ("serial_no", 7),
        ("user_id", None),
        ("order_id", []),
    ],
)
def test_a_field_of_the_wrong_json_type_is_never_read_as_something_else(field: str, value: Any) -> None:
    server = Server(operations_page(**{field: value}))
    with pytest.raises(ResponseValidationError, match=f"OrderOperation.{field}"):
        server.client(strict=True).prime_broker.list_order_operations(limit=10)
    page = server.client().prime_broker.list_order_operations(limit=10)
    assert page.items is not None
    with pytest.raises(ResponseValidationError, match=field):
        getattr(page.items[0], field)
    assert page.items[0].amount == Decimal("0.5")


def test_fields_the_spec_does_not_describe_are_kept_and_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="matrixport")
    new = f"new_{uuid.uuid4().hex[:8]}"  # once per process: a name no other run of this test has used
    body = envelope({"total_asset": "1.5", "total_profit": "0", new: {"x": 1}, "also_new": 2})
    server = Server(body)
    client = server.client()
    first = client.balance_plus.get_total_position()
    second = client.balance_plus.get_total_position()
    assert first.total_asset == Decimal("1.5")
    assert first.additional_properties == second.additional_properties == {new: {"x": 1}, "also_new": 2}
    warnings = [r.getMessage() for r in caplog.records if "does not describe" in r.getMessage()]
    assert warnings == [
        f"TotalPosition: fields the spec does not describe, kept in additional_properties: also_new, {new}"
    ]


def test_an_empty_page_ends_the_walk() -> None:
    server = Server(envelope({"items": [], "count": 5}))
    assert list(server.client().prime_broker.iter_list_order_operations(limit=10)) == []
    assert len(server.sent) == 1


def test_a_page_whose_items_are_null_is_not_read_as_the_end_of_the_walk() -> None:
    server = Server(envelope({"items": None, "count": 5}))
    with pytest.raises(ResponseValidationError, match="items"):
        list(server.client().prime_broker.iter_list_order_operations(limit=10))


@pytest.mark.parametrize(
    ("disposition", "filename"),
    [
        ('attachment; filename="statement-2026-11.pdf"', "statement-2026-11.pdf"),
        ("attachment;FILENAME=report.pdf", "report.pdf"),
        ("attachment", None),
        ("attachment; filename=", None),
    ],
)
def test_a_download_keeps_its_bytes_type_and_filename(disposition: str, filename: str | None) -> None:
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    server = Server(
        httpx.Response(
            200, content=pdf, headers={"content-type": "application/pdf", "content-disposition": disposition}
        )
    )
    download = server.client().t_bills.download_statement(short_uri="6HBJpi")
    assert download.content == pdf
    assert download.content_type == "application/pdf"
    assert download.filename == filename


def test_httpx_request_logs_carry_no_signature(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    server = Server(envelope({"total_asset": "0", "total_profit": "0"}))
    server.client().balance_plus.get_total_position()
    signature = server.sent[0].url.params["signature"]
    lines = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert lines and all("signature=***" in line for line in lines)
    assert signature not in caplog.text


async def test_leaving_an_async_client_closes_its_connections() -> None:
    async with AsyncMatrixport(
        "access-key-0001", "secret-key-0001", "https://mapi.example.invalid"
    ) as client:
        http = client._http
        assert not http.is_closed
    assert http.is_closed


def test_leaving_a_sync_client_closes_its_connections() -> None:
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    with Matrixport("access-key-0001", "secret-key-0001", "https://mapi.example.invalid", http_client=http):
        assert not http.is_closed
    assert http.is_closed


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_raw_returns_the_http_response_beside_the_result(flavour: str) -> None:
    server = Server(FAILING, envelope({"total_asset": "12.5", "total_profit": "0.5"}))
    client = server.client() if flavour == "sync" else server.async_client()
    raw = run(
        lambda: client.raw(
            client.balance_plus.get_total_position, request_options=RequestOptions(request_id="trace-1")
        )
    )
    assert raw.parsed.total_asset == Decimal("12.5")
    assert (raw.status_code, raw.request_id, raw.attempts) == (200, "trace-1", 2)
    assert json.loads(raw.content)["data"]["total_profit"] == "0.5"


# --- Errors travel (multiprocessing, task queues) ---------------------------------------------------------


def test_a_documented_error_survives_pickling_with_its_key() -> None:
    server = Server(envelope(code=12070132, message="Duplicate Serial No"))
    with pytest.raises(DuplicateSerialNo) as caught:
        server.client().prime_broker.create_transfer(**TRANSFER, serial_no="serial-0001")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is DuplicateSerialNo
    assert (copy.code, copy.message, copy.operation, copy.http_status) == (
        12070132, "Duplicate Serial No", "create_transfer", 200,
    )  # fmt: skip
    assert (copy.request_id, copy.idempotency_key) == (caught.value.request_id, "serial-0001")
    assert str(copy) == str(caught.value)


def test_an_unknown_outcome_survives_pickling_with_its_key_and_cause() -> None:
    server = Server(FAILING)
    with pytest.raises(OutcomeUnknownError) as caught:
        server.client().prime_broker.create_transfer(**TRANSFER, serial_no="serial-0002")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is OutcomeUnknownError
    assert (copy.operation, copy.idempotency_key, copy.check_with, copy.request_id) == (
        "create_transfer", "serial-0002", "prime_broker.get_transfer_record", caught.value.request_id,
    )  # fmt: skip
    assert isinstance(copy.cause, HTTPStatusError) and copy.cause.status_code == 500
    assert "serial-0002" in str(copy)


# --- Models -----------------------------------------------------------------------------------------------


def test_a_model_without_unknown_fields_takes_one_through_item_assignment_only() -> None:
    server = Server(envelope({"total_asset": "1", "total_profit": "0"}))
    client = server.client()
    first, second = client.balance_plus.get_total_position(), client.balance_plus.get_total_position()
    assert first.additional_properties == {}
    with pytest.raises(TypeError, match=r"model\[key\] = value"):
        first.additional_properties["note"] = "x"
    with pytest.raises(KeyError):
        del first["note"]
    first["note"] = "x"
    assert first["note"] == "x" and "note" in first
    assert second.additional_properties == {} and "note" not in second
    del first["note"]
    assert first.additional_properties == {}


def test_a_caller_mistake_names_the_operation_and_the_argument() -> None:
    server = Server(envelope({}))
    with pytest.raises(InvalidRequestError) as caught:
        server.client().balance_plus.get_currency_detail(currency=None)  # type: ignore[arg-type]
    assert caught.value.operation == "get_currency_detail"
    assert str(caught.value) == "get_currency_detail: currency is required"
    assert server.sent == []


def test_a_mistake_outside_any_operation_has_no_operation_prefix() -> None:
    server = Server(envelope({}))
    with pytest.raises(InvalidRequestError) as caught:
        server.client().request("POST", "/x", json=[1, 2])  # type: ignore[arg-type]
    assert caught.value.operation is None
    assert str(caught.value) == "json= must be a mapping (a JSON object), not list"


# --- Found by mutation testing: bugs, fixed ---------------------------------------------------------------


def test_a_refused_repeat_found_in_a_list_is_reconciled_the_list_asked_with_a_page_size() -> None:
    def operations(request: httpx.Request) -> dict[str, Any]:
        key = json.loads(server.sent[0].content)["request_id"]
        return operations_page(request_id=key, order_id="o-1")

    refused = envelope(code=12070528, message="Repeated Request")
    server = Server(httpx.ReadTimeout("timed out"), refused, operations)
    accepted = server.client().prime_broker.repay_order(amount=Decimal("1"), order_id="o-1", account_id="a-1")
    lookup = server.sent[2]
    assert (lookup.method, lookup.url.path) == ("GET", "/credit/agency/v1/order/operations")
    assert lookup.url.params["limit"] == "100" and lookup.url.params["order_id"] == "o-1"
    assert accepted.confirmation is not None
    assert accepted.confirmation.request_id == accepted.idempotency_key


def test_an_e8_amount_is_scaled_exactly_however_many_digits_it_has() -> None:
    from matrixport._convert import e8_to_wire

    assert e8_to_wire(Decimal("123456789012345678901.12345678")) == 12345678901234567890112345678
    with pytest.raises(ValueError, match="more than 8 decimal places"):
        e8_to_wire(Decimal("12345678901234567890.123456789"))


@pytest.mark.parametrize(
    ("params", "body"),
    [({"min": Decimal("NaN")}, None), (None, {"amount": Decimal("Infinity")}), (None, {"x": 0.1})],
)
def test_a_custom_request_that_cannot_be_written_is_refused_before_sending(params: Any, body: Any) -> None:
    server = Server(envelope({}))
    with pytest.raises(InvalidRequestError) as caught:
        server.client().request("POST", "/x", params=params, json=body)
    assert caught.value.operation == "request"
    assert str(caught.value).startswith("request: ")
    if params:
        assert str(caught.value) == "request: NaN is not a finite number"
    assert server.sent == []


def test_plain_httpx_with_the_auth_sends_a_streamed_body_whole_once_signed() -> None:
    sent: list[httpx.Request] = []

    def respond(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=envelope({}))

    def chunks() -> Any:
        yield b'{"currency": '
        yield b'"BTC"}'

    auth = MatrixportAuth("access-key-0001", "secret-key-0001")
    with httpx.Client(
        base_url="https://mapi.example.invalid", transport=httpx.MockTransport(respond)
    ) as http:
        http.post("/x", content=chunks(), headers={"Content-Type": "application/json"}, auth=auth)
    [request] = sent
    assert "transfer-encoding" not in request.headers
    assert int(request.headers["content-length"]) == len(request.content)
    assert json.loads(request.content)["currency"] == "BTC"


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        (b"", "<empty>"),
        (b"x" * 200, repr("x" * 200)),
        (b"x" * 201, repr("x" * 200) + "…"),
        ("€".encode() * 300, repr("€" * 200) + "…"),
        ("😀".encode() * 250, repr("😀" * 200) + "…"),  # 1,000 bytes: more than the 800 read
        ("😀".encode() * 200, repr("😀" * 200)),  # exactly the 800 bytes read: shown whole
    ],
)
def test_an_http_error_shows_the_start_of_the_body_and_says_when_it_is_cut(body: bytes, shown: str) -> None:
    server = Server(httpx.Response(400, content=body))
    with pytest.raises(HTTPStatusError) as caught:
        server.client().balance_plus.get_total_position()
    assert str(caught.value) == f"get_total_position: HTTP 400: {shown}"
