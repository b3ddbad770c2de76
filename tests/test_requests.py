"""What the client puts on the wire and what it refuses first, with the messages users see.

`client.request(...)` for undocumented endpoints, `raw()`, page walks and polls with their options,
`MatrixportAuth` on a plain `httpx.Client`, the settings a client is built with, the argument and header
checks made before anything is sent, and the reading of streamed, compressed answers.

Each test scripts the server with an httpx transport; most were written against surviving mutants
(`make mutation`, MUTATION.md) and name what a broken client would do instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import logging
import threading
import time
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from matrixport import (
    AsyncMatrixport,
    ConfigurationError,
    HTTPStatusError,
    InvalidRequestError,
    Language,
    Matrixport,
    MatrixportAuth,
    OutcomeUnknownError,
    RequestOptions,
    ResponseValidationError,
    TimeoutError,
    sign,
    string_to_sign,
)
from matrixport._arguments import Argument
from matrixport._operation import Operation, RequestParts
from matrixport.balance_plus.models import OrderStatus as BalancePlusOrderStatus
from matrixport.prime_broker.models import LendingAccount

from tests.test_behaviour import LIST_ORDERS, orders_page, t_bills_result
from tests.test_write_safety import Server, envelope, run

ACCESS_KEY = "access-key-0001"
SECRET_KEY = "secret-key-0001"
CUSTOM_PATH = "/custom/v1/items"
FAILING = httpx.Response(500, text="<html>500 Internal Server Error</html>")


def client_of(server: Server, flavour: str, **settings: Any) -> Any:
    return server.client(**settings) if flavour == "sync" else server.async_client(**settings)


def signed_pairs(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.url.query.decode(), keep_blank_values=True)


# --- client.request(...): an endpoint the spec does not describe --------------------------------------------


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_custom_read_sends_its_path_query_options_and_a_signature_over_them(flavour: str) -> None:
    server = Server(envelope({"items": ["a"]}))
    client = client_of(server, flavour)
    options = RequestOptions(request_id="req-custom-1", extra_headers={"X-Trace": "trace-1"})
    data = run(
        lambda: client.request(
            "get",
            CUSTOM_PATH,
            params={"skip": None, "currency": "BTC", "status": [1, None, 2]},
            request_options=options,
        )
    )
    assert data == {"items": ["a"]}
    [request] = server.sent
    assert request.method == "GET"
    assert request.url.path == CUSTOM_PATH
    pairs = signed_pairs(request)
    assert [pair[0] for pair in pairs] == ["currency", "status", "status", "timestamp", "signature"]
    assert pairs[:3] == [("currency", "BTC"), ("status", "1"), ("status", "2")]
    assert pairs[4][1] == sign(SECRET_KEY, CUSTOM_PATH, pairs[:4])
    assert request.headers["X-MatrixPort-Access-Signature"] == pairs[4][1]
    assert request.headers["X-MatrixPort-Access-Key"] == ACCESS_KEY
    assert request.headers["x-request-id"] == "req-custom-1"
    assert request.headers["X-Trace"] == "trace-1"
    assert request.headers["language-type"] == "1"
    assert request.content == b""


def test_a_custom_call_is_logged_with_its_method_path_and_the_name_request(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    server = Server(envelope(None))
    server.client().request(
        "post", CUSTOM_PATH, json={"a": "1"}, request_options=RequestOptions(request_id="r-9")
    )
    assert f"POST {CUSTOM_PATH} -> HTTP 200 (request, request id r-9, attempt 1)" in caplog.messages


@pytest.mark.parametrize("method", ["post", "DELETE"])
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_custom_write_that_may_have_reached_the_server_is_not_repeated(flavour: str, method: str) -> None:
    server = Server(FAILING)
    client = client_of(server, flavour)
    with pytest.raises(OutcomeUnknownError) as caught:
        run(lambda: client.request(method, CUSTOM_PATH, json={"a": "1"}))
    assert len(server.sent) == 1
    assert caught.value.operation == "request"


@pytest.mark.parametrize("method", ["get", "GET"])
def test_a_custom_read_is_retried_after_a_server_error(method: str) -> None:
    server = Server(FAILING, envelope({"ok": True}))
    assert server.client().request(method, CUSTOM_PATH) == {"ok": True}
    assert len(server.sent) == 2


def test_an_unsigned_custom_request_carries_no_key_timestamp_or_signature() -> None:
    server = Server(envelope([1]))
    assert server.client().request("GET", "/public/v1/rates", params={"currency": "BTC"}, signed=False) == [1]
    [request] = server.sent
    assert signed_pairs(request) == [("currency", "BTC")]
    assert "X-MatrixPort-Access-Key" not in request.headers
    assert "X-MatrixPort-Access-Signature" not in request.headers


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_raw_passes_positional_arguments_through_to_the_method(flavour: str) -> None:
    server = Server(envelope({"n": 1}))
    client = client_of(server, flavour)
    raw = run(lambda: client.raw(client.request, "GET", CUSTOM_PATH, params={"a": "b"}))
    assert raw.parsed == {"n": 1}
    assert raw.status_code == 200
    assert server.sent[0].url.path == CUSTOM_PATH


# --- Page walks ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_page_walk_stops_at_max_items_and_sends_its_options_with_every_page(flavour: str) -> None:
    server = Server(orders_page)
    client = client_of(server, flavour)
    options = RequestOptions(request_id="walk-1", extra_headers={"X-Trace": "walk"})
    walk = client.balance_plus.iter_list_orders(**LIST_ORDERS, max_items=3, request_options=options)

    async def collect() -> list[Any]:
        return [order async for order in walk]

    orders = list(walk) if flavour == "sync" else run(collect)
    assert [order.order_id for order in orders] == ["0", "1", "2"]
    assert len(server.sent) == 2
    assert {request.headers["x-request-id"] for request in server.sent} == {"walk-1"}
    assert {request.headers["X-Trace"] for request in server.sent} == {"walk"}


# --- MatrixportAuth on a plain httpx.Client -----------------------------------------------------------------


def plain_client(sent: list[httpx.Request], **settings: Any) -> httpx.Client:
    def respond(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=envelope(None))

    auth = MatrixportAuth(ACCESS_KEY, SECRET_KEY, clock=lambda: 1_700_000_000_000)
    return httpx.Client(
        base_url="https://mapi.example.invalid", auth=auth, transport=httpx.MockTransport(respond), **settings
    )


def test_plain_httpx_with_the_auth_refuses_a_body_that_is_not_a_json_object() -> None:
    sent: list[httpx.Request] = []
    with pytest.raises(ValueError, match=r"^a signed request body must be a JSON object$"):
        plain_client(sent).post("/x", json=[1, 2])
    assert sent == []


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_plain_httpx_with_the_auth_keeps_the_clients_timeout(method: str) -> None:
    sent: list[httpx.Request] = []
    body = {"a": "1"} if method == "POST" else None
    plain_client(sent, timeout=7.5).request(method, "/x", json=body)
    assert sent[0].extensions["timeout"] == {"connect": 7.5, "read": 7.5, "write": 7.5, "pool": 7.5}


def test_plain_httpx_with_the_auth_signs_a_post_in_its_body_and_headers() -> None:
    sent: list[httpx.Request] = []
    plain_client(sent).post("/x", json={"b": "2", "a": 1, "c": None}, headers={"X-Trace": "t"})
    [request] = sent
    body = json.loads(request.content)
    assert body == {"b": "2", "a": 1, "timestamp": 1_700_000_000_000, "signature": body["signature"]}
    assert body["signature"] == sign(
        SECRET_KEY, "/x", [("a", 1), ("b", "2"), ("timestamp", 1_700_000_000_000)]
    )
    assert request.headers["X-MatrixPort-Access-Signature"] == body["signature"]
    assert request.headers["X-MatrixPort-Access-Key"] == ACCESS_KEY
    assert request.headers["X-Trace"] == "t"
    assert request.headers["Content-Length"] == str(len(request.content))


def test_plain_httpx_with_the_auth_signs_a_streamed_json_body() -> None:
    sent: list[httpx.Request] = []
    plain_client(sent).post("/x", content=iter([b'{"a":', b' "1"}']))
    [request] = sent
    body = json.loads(request.content)
    assert body["signature"] == sign(SECRET_KEY, "/x", [("a", "1"), ("timestamp", 1_700_000_000_000)])
    assert request.headers["Content-Length"] == str(len(request.content))


def test_the_string_to_sign_leaves_out_a_signature_and_is_the_bare_path_without_parameters() -> None:
    pairs = [("timestamp", "1"), ("signature", "ABC"), ("a", "signature")]
    assert string_to_sign("/p", pairs) == "/p&a=signature&timestamp=1"
    assert string_to_sign("/p", []) == "/p"
    assert sign(SECRET_KEY, "/p", pairs) == sign(SECRET_KEY, "/p", [("a", "signature"), ("timestamp", "1")])


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        (("", SECRET_KEY), "MatrixportAuth needs the access key"),
        ((ACCESS_KEY, None), "MatrixportAuth needs the secret key"),
        (
            (ACCESS_KEY, "secret\tkey"),
            "the secret key holds whitespace or a control character (a newline read from a file?);"
            " it is not shown here",
        ),
    ],
)
def test_the_auth_refuses_a_missing_or_unprintable_key_naming_which(
    keys: tuple[Any, Any], message: str
) -> None:
    with pytest.raises(ValueError) as caught:
        MatrixportAuth(*keys)
    assert str(caught.value) == message


# --- Waiting for an outcome ---------------------------------------------------------------------------------


def test_waiting_for_an_outcome_sends_the_callers_options_with_every_poll() -> None:
    answers = t_bills_result([120, 60])
    server = Server(answers)
    options = RequestOptions(request_id="poll-1", extra_headers={"X-Trace": "poll"})
    result = server.client().t_bills.wait_get_order_result(
        order_id="1", interval=0.001, request_options=options
    )
    assert result.status == 60
    assert [request.headers["x-request-id"] for request in server.sent] == ["poll-1", "poll-1"]
    assert [request.headers["X-Trace"] for request in server.sent] == ["poll", "poll"]


# --- What users see of a client -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [Matrixport, AsyncMatrixport])
def test_a_clients_repr_names_its_class_and_url_and_hides_the_keys(kind: type[Any]) -> None:
    client = kind("access-key-repr-0001", "secret-key-repr-0001", "https://mapi.example.invalid")
    assert repr(client) == f"{kind.__name__}(base_url='https://mapi.example.invalid', access_key='acce…')"


# --- Arguments refused before sending -----------------------------------------------------------------------


def test_an_enum_value_outside_the_spec_is_refused_with_every_documented_value() -> None:
    server = Server(envelope(None))
    with pytest.raises(InvalidRequestError) as caught:
        server.client().prime_broker.list_orders(limit=10, status=99)  # type: ignore[arg-type]
    assert str(caught.value) == (
        "list_orders: status must be a OrderStatus (one of -1, 0, 11, 12, 13, 15, 17, 19, 20, 22, 23, 6, 7),"
        " not 99"
    )
    assert server.sent == []


def test_a_member_of_another_documents_enum_is_refused_even_when_its_value_is_documented() -> None:
    server = Server(envelope(None))
    with pytest.raises(InvalidRequestError) as caught:
        server.client().prime_broker.list_orders(limit=10, status=BalancePlusOrderStatus.ALL)  # type: ignore[arg-type]
    assert str(caught.value).endswith(", not <OrderStatus.ALL: 0>")
    assert server.sent == []


# --- Settings refused when the client is built, with the message users see ----------------------------------

SETTINGS_MISTAKES: dict[str, tuple[dict[str, Any], str]] = {
    "no timeout": (
        {"timeout": None},
        "timeout=None is not allowed: pass a number of seconds or an httpx.Timeout",
    ),
    "a timeout as text": (
        {"timeout": "5"},
        "timeout must be a number of seconds or an httpx.Timeout, not str",
    ),
    "a timeout as a bool": (
        {"timeout": True},
        "timeout must be a number of seconds or an httpx.Timeout, not bool",
    ),
    "an httpx timeout without a pool part": (
        {"timeout": httpx.Timeout(5.0, pool=None)},
        "timeout: pool must be a positive number of seconds, not None",
    ),
    "an endless timeout": (
        {"timeout": float("inf")},
        "timeout: connect must be a positive number of seconds, not inf",
    ),
    "a negative timeout": ({"timeout": -1}, "timeout: connect must be a positive number of seconds, not -1"),
    "fractional retries": ({"max_retries": 1.5}, "max_retries must be a whole number, not 1.5"),
    "retries as a bool": ({"max_retries": True}, "max_retries must be a whole number, not True"),
    "negative retries": ({"max_retries": -1}, "max_retries must be 0 or more, not -1"),
    "a backoff that is not a number": (
        {"retry_backoff": float("nan")},
        "retry_backoff must be a number, not nan",
    ),
    "a backoff as text": ({"retry_backoff": "1"}, "retry_backoff must be a number, not '1'"),
    "a negative backoff": ({"retry_backoff": -0.5}, "retry_backoff must be 0 or more, not -0.5"),
    "a zero deadline": ({"deadline": 0}, "deadline must be more than 0, not 0"),
    "a deadline as a bool": ({"deadline": True}, "deadline must be a number, not True"),
    "no calls in flight": ({"max_in_flight": 0}, "max_in_flight must be more than 0, not 0"),
    "a fractional number of calls in flight": (
        {"max_in_flight": 2.5},
        "max_in_flight must be a whole number, not 2.5",
    ),
    "a fractional response limit": (
        {"max_response_bytes": 1.5},
        "max_response_bytes must be a whole number, not 1.5",
    ),
    "a base URL that is not a URL": (
        {"base_url": "http://[::1"},
        "base_url is not a URL: Invalid port: ':1'",
    ),
    "a base URL that is not text": (
        {"base_url": 5},
        "base_url is not a URL: Invalid type for url.  Expected str or httpx.URL, got <class 'int'>: 5",
    ),
    "a base URL without a host": (
        {"base_url": "https://"},
        "base_url must be an http:// or https:// URL with a host (e.g. https://mapi.matrixport.com), not 'https://'",
    ),
    "a language the API does not have": ({"language": 5}, "5 is not a valid Language"),
}


@pytest.mark.parametrize("case", sorted(SETTINGS_MISTAKES))
def test_a_settings_mistake_is_refused_with_a_message_naming_the_setting(case: str) -> None:
    settings, message = SETTINGS_MISTAKES[case]
    with pytest.raises(ConfigurationError) as caught:
        Matrixport(ACCESS_KEY, SECRET_KEY, **{"base_url": "https://mapi.example.invalid", **settings})
    assert str(caught.value) == message


def test_missing_keys_are_refused_with_where_to_give_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MATRIXPORT_ACCESS_KEY", raising=False)
    monkeypatch.delenv("MATRIXPORT_SECRET_KEY", raising=False)
    for keys in [(None, None), (ACCESS_KEY, None), (None, SECRET_KEY), ("", SECRET_KEY)]:
        with pytest.raises(ConfigurationError) as caught:
            Matrixport(*keys)
        assert str(caught.value) == (
            "an access key and a secret key are required: pass access_key= and secret_key=, "
            "or set MATRIXPORT_ACCESS_KEY and MATRIXPORT_SECRET_KEY"
        )


def test_keys_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MATRIXPORT_ACCESS_KEY", "env-access-key-0001")
    monkeypatch.setenv("MATRIXPORT_SECRET_KEY", "env-secret-key-0001")
    monkeypatch.setenv("MATRIXPORT_BASE_URL", "http://127.0.0.1:8765")
    server = Server(envelope(None))
    http = httpx.Client(base_url="http://127.0.0.1:8765", transport=httpx.MockTransport(server.respond))
    client = Matrixport(http_client=http)
    assert repr(client) == "Matrixport(base_url='http://127.0.0.1:8765', access_key='env-…')"
    client.request("GET", CUSTOM_PATH)
    [request] = server.sent
    assert request.headers["X-MatrixPort-Access-Key"] == "env-access-key-0001"
    pairs = signed_pairs(request)
    assert pairs[1][1] == sign("env-secret-key-0001", CUSTOM_PATH, pairs[:1])


def test_without_a_base_url_or_http_client_the_client_talks_to_matrixport(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("MATRIXPORT_BASE_URL", raising=False)
    sent: list[httpx.Request] = []

    def network(transport: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=envelope({"ok": True}))

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", network)
    with Matrixport(ACCESS_KEY, SECRET_KEY) as client:
        assert client.request("GET", CUSTOM_PATH) == {"ok": True}
    assert client.base_url == "https://mapi.matrixport.com"
    assert str(sent[0].url).startswith(f"https://mapi.matrixport.com{CUSTOM_PATH}?timestamp=")


def test_the_default_backoff_waits_half_a_second_then_doubles_and_the_clock_has_no_offset(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    waits: list[float] = []
    monkeypatch.setattr("matrixport._client.time.sleep", waits.append)
    monkeypatch.setattr("matrixport._retry.random.uniform", lambda low, high: high)
    server = Server(FAILING)
    http = httpx.Client(
        base_url="https://mapi.example.invalid", transport=httpx.MockTransport(server.respond)
    )
    client = Matrixport(ACCESS_KEY, SECRET_KEY, http_client=http, clock=lambda: 1_700_000_000_000)
    with pytest.raises(HTTPStatusError):
        client.request("GET", CUSTOM_PATH)
    assert waits == [0.5, 1.0]
    assert len(server.sent) == 3
    assert {request.url.params["timestamp"] for request in server.sent} == {"1700000000000"}


def test_no_more_calls_than_max_in_flight_are_on_the_wire_at_once() -> None:
    in_flight: list[int] = [0]
    most: list[int] = [0]
    lock = threading.Lock()

    def slow(request: httpx.Request) -> httpx.Response:
        with lock:
            in_flight[0] += 1
            most[0] = max(most[0], in_flight[0])
        time.sleep(0.05)
        with lock:
            in_flight[0] -= 1
        return httpx.Response(200, json=envelope(None))

    client = Server(slow).client(max_in_flight=2)
    threads = [threading.Thread(target=client.request, args=("GET", CUSTOM_PATH)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most[0] == 2


@pytest.mark.parametrize(("language", "header"), [(Language.CN, "0"), (Language.EN, "1"), (2, "2")])
def test_the_language_setting_is_sent_as_the_language_type_header(language: Any, header: str) -> None:
    server = Server(envelope(None))
    server.client(language=language).request("GET", CUSTOM_PATH)
    assert server.sent[0].headers["language-type"] == header


def test_zero_retries_and_no_backoff_are_accepted() -> None:
    server = Server(FAILING)
    with pytest.raises(HTTPStatusError):
        server.client(max_retries=0, retry_backoff=0).request("GET", CUSTOM_PATH)
    assert len(server.sent) == 1


def test_an_httpx_timeout_is_used_as_given_for_every_part() -> None:
    server = Server(envelope(None))
    server.client(timeout=httpx.Timeout(3.0, connect=0.5, read=9.0), deadline=60).request("GET", CUSTOM_PATH)
    assert server.sent[0].extensions["timeout"] == {"connect": 0.5, "read": 9.0, "write": 3.0, "pool": 3.0}


# --- Per-call options refused before sending ----------------------------------------------------------------

BAD_HEADER_TEXT = "must be printable ASCII text, without leading or trailing spaces"
OPTION_MISTAKES: dict[str, tuple[RequestOptions, str]] = {
    "negative retries": (RequestOptions(max_retries=-1), "max_retries must be 0 or more, not -1"),
    "retries as a bool": (RequestOptions(max_retries=True), "max_retries must be a whole number, not True"),
    "a timeout as text": (
        RequestOptions(timeout="1"),  # type: ignore[arg-type]
        "timeout must be a number of seconds or an httpx.Timeout, not str",
    ),
    "a zero deadline": (RequestOptions(deadline=0), "deadline must be more than 0, not 0"),
    "a header value that is not text": (
        RequestOptions(extra_headers={"X-Trace": 5}),  # type: ignore[dict-item]
        "header X-Trace must be a str, not int",
    ),
    "a header value with a leading space": (
        RequestOptions(extra_headers={"X-Trace": " t"}),
        f"header X-Trace {BAD_HEADER_TEXT}",
    ),
    "a header value with a trailing space": (
        RequestOptions(extra_headers={"X-Trace": "t "}),
        f"header X-Trace {BAD_HEADER_TEXT}",
    ),
    "an empty header value": (
        RequestOptions(extra_headers={"X-Trace": ""}),
        f"header X-Trace {BAD_HEADER_TEXT}",
    ),
    "a header value with a tab": (
        RequestOptions(extra_headers={"X-Trace": "a\tb"}),
        f"header X-Trace {BAD_HEADER_TEXT}",
    ),
    "a header value with a control character": (
        RequestOptions(extra_headers={"X-Trace": "a\x7fb"}),
        f"header X-Trace {BAD_HEADER_TEXT}",
    ),
    "a header value that is not ASCII": (
        RequestOptions(extra_headers={"X-Trace": "naïve"}),
        f"header X-Trace {BAD_HEADER_TEXT}",
    ),
    "a header name with a space": (
        RequestOptions(extra_headers={"X Trace": "t"}),
        "header name 'X Trace' is not a valid HTTP header name",
    ),
    "an empty header name": (
        RequestOptions(extra_headers={"": "t"}),
        "header name '' is not a valid HTTP header name",
    ),
    "a header name that is not ASCII": (
        RequestOptions(extra_headers={"X-Tracé": "t"}),
        "header name 'X-Tracé' is not a valid HTTP header name",
    ),
    "a header name with a control character": (
        RequestOptions(extra_headers={"X-\x7f": "t"}),
        "header name 'X-\\x7f' is not a valid HTTP header name",
    ),
    "a header name that is not text": (
        RequestOptions(extra_headers={5: "t"}),  # type: ignore[dict-item]
        "header name 5 is not a valid HTTP header name",
    ),
    "a request id that is not text": (
        RequestOptions(request_id=5),  # type: ignore[arg-type]
        "header x-request-id must be a str, not int",
    ),
    "a request id with a trailing newline": (
        RequestOptions(request_id="r-1\n"),
        f"header x-request-id {BAD_HEADER_TEXT}",
    ),
    "good headers and a bad request id": (
        RequestOptions(extra_headers={"X-Trace": "t"}, request_id=" r"),
        f"header x-request-id {BAD_HEADER_TEXT}",
    ),
}


@pytest.mark.parametrize("case", sorted(OPTION_MISTAKES))
def test_a_request_options_mistake_is_refused_before_sending(case: str) -> None:
    options, message = OPTION_MISTAKES[case]
    server = Server(envelope(None))
    with pytest.raises(InvalidRequestError) as caught:
        server.client().request("GET", CUSTOM_PATH, request_options=options)
    assert str(caught.value) == f"request_options: {message}"
    assert server.sent == []


def test_headers_of_visible_ascii_with_inner_spaces_are_sent() -> None:
    server = Server(envelope(None))
    options = RequestOptions(extra_headers={"X-Edge_~!": "a b ~!"}, request_id="id ~ 1")
    server.client().request("GET", CUSTOM_PATH, request_options=options)
    assert server.sent[0].headers["X-Edge_~!"] == "a b ~!"
    assert server.sent[0].headers["x-request-id"] == "id ~ 1"


def test_a_per_call_deadline_bounds_each_attempts_timeout() -> None:
    server = Server(envelope(None))
    server.client(timeout=30).request("GET", CUSTOM_PATH, request_options=RequestOptions(deadline=0.5))
    assert 0 < server.sent[0].extensions["timeout"]["read"] <= 0.5


def test_per_call_retries_and_timeout_apply_together() -> None:
    server = Server(FAILING)
    options = RequestOptions(max_retries=1, timeout=2.5)
    with pytest.raises(HTTPStatusError):
        server.client(max_retries=4, timeout=30).request("GET", CUSTOM_PATH, request_options=options)
    assert [request.extensions["timeout"]["read"] for request in server.sent] == [2.5, 2.5]


# --- Arguments refused before sending, with the message users see -------------------------------------------

ARGUMENT_MISTAKES: dict[str, tuple[Callable[[Matrixport], object], str]] = {
    "another value for a constant": (
        lambda c: c.balance_plus.create_deposit(currency="BTC", amount=Decimal(1), product_type="x"),  # type: ignore[arg-type]
        "create_deposit: product_type must be 'flexi_saving', not 'x'",
    ),
    "a string for a list": (
        lambda c: c.fixed_income.list_orders(order_status="4"),  # type: ignore[arg-type]
        "list_orders: order_status must be a list, not str",
    ),
    "an undocumented value in a list": (
        lambda c: c.fixed_income.list_orders(order_status=[1, 99]),  # type: ignore[list-item]
        "list_orders: order_status item 1 must be a OrderStatus (one of 1, 15, 16, 3, 4, 5, 6, 7), not 99",
    ),
    "a dict for a model in a list": (
        lambda c: c.prime_broker.set_lending_account(order_id="1", lending_accounts=[{"account_id": "a"}]),  # type: ignore[list-item]
        "set_lending_account: lending_accounts item 0 must be a LendingAccount, not dict",
    ),
    "text for a bool": (
        lambda c: c.balance_plus.create_withdraw(currency="BTC", amount=Decimal(1), redeem_all="yes"),  # type: ignore[arg-type]
        "create_withdraw: redeem_all must be True or False, not str",
    ),
    "text for an integer": (
        lambda c: c.fixed_income.list_products(offset="0", limit=10),  # type: ignore[arg-type]
        "list_products: offset must be an integer, not str",
    ),
    "an integer under the minimum": (
        lambda c: c.fixed_income.list_products(offset=-1, limit=10),
        "list_products: offset must be at least 0, not -1",
    ),
    "an amount that is not a number": (
        lambda c: c.balance_plus.create_deposit(currency="BTC", amount="abc"),  # type: ignore[arg-type]
        "create_deposit: amount is not a number: 'abc'",
    ),
    "an amount that is not finite": (
        lambda c: c.balance_plus.create_deposit(currency="BTC", amount="Infinity"),  # type: ignore[arg-type]
        "create_deposit: amount must be finite, not 'Infinity'",
    ),
    "a bool amount": (
        lambda c: c.balance_plus.create_deposit(currency="BTC", amount=True),  # type: ignore[arg-type]
        "create_deposit: amount must be a Decimal, int or numeric str, not bool",
    ),
    "a list amount": (
        lambda c: c.balance_plus.create_deposit(currency="BTC", amount=[1]),  # type: ignore[arg-type]
        "create_deposit: amount must be a Decimal, int or numeric str, not list",
    ),
    "a float amount": (
        lambda c: c.balance_plus.create_deposit(currency="BTC", amount=0.5),  # type: ignore[arg-type]
        "create_deposit: amount must be a Decimal, int or numeric str, not float"
        " (floats are refused: pass a Decimal or a str)",
    ),
    "a lone surrogate": (
        lambda c: c.balance_plus.create_deposit(currency="\ud800", amount=Decimal(1)),
        "create_deposit: currency is not valid text (it holds a lone surrogate)",
    ),
    "a key shorter than the minimum": (
        lambda c: c.prime_broker.add_order_margin(
            account_id="a", amount=Decimal(1), order_id="1", request_id="short"
        ),
        "add_order_margin: request_id is shorter than 8 characters",
    ),
    "a key outside its pattern": (
        lambda c: c.prime_broker.add_order_margin(
            account_id="a", amount=Decimal(1), order_id="1", request_id="has spaces in it"
        ),
        "add_order_margin: request_id does not match ^[a-zA-Z0-9_-]+$",
    ),
    "a separator in a nested field": (
        lambda c: c.request("POST", CUSTOM_PATH, json={"a": {"b": ["ok", "x=y"]}}),
        "request: a.b[1]='x=y' holds one of & = [ ], which would let another request share its signature"
        " (spec/README.md, Signing): the API cannot take it",
    ),
    "a separator in a repeated query value": (
        lambda c: c.request("GET", CUSTOM_PATH, params={"a": ["ok", "x[0]"]}),
        "request: a[1]='x[0]' holds one of & = [ ], which would let another request share its signature"
        " (spec/README.md, Signing): the API cannot take it",
    ),
}


@pytest.mark.parametrize("case", sorted(ARGUMENT_MISTAKES))
def test_an_argument_mistake_is_refused_with_the_rule_it_breaks(case: str) -> None:
    mistake, message = ARGUMENT_MISTAKES[case]
    server = Server(envelope(None))
    with pytest.raises(InvalidRequestError) as caught:
        mistake(server.client())
    assert str(caught.value) == message
    assert server.sent == []


def test_an_unsigned_custom_request_may_carry_separators_in_its_values() -> None:
    server = Server(envelope(None))
    server.client().request("GET", "/public/v1/search", params={"q": "a&b=[c]"}, signed=False)
    assert signed_pairs(server.sent[0]) == [("q", "a&b=[c]")]


def custom_operation(*arguments: Argument) -> Operation[Any]:
    """An operation whose spec sets rules the five documents do not use yet."""
    return Operation(
        document="custom",
        operation_id="check",
        name="check",
        method="GET",
        path=CUSTOM_PATH,
        build=lambda **kwargs: RequestParts(path=CUSTOM_PATH, params=kwargs),
        parse=lambda data, _context: data,
        errors={},
        arguments=arguments,
    )


SPEC_RULES: dict[str, tuple[Argument, Any, str]] = {
    "a number over the maximum": (Argument("n", int, maximum=Decimal(5)), 6, "n must be at most 5, not 6"),
    "a number at an exclusive minimum": (
        Argument("n", Decimal, exclusive_minimum=Decimal(0)),
        "0",
        "n must be more than 0, not 0",
    ),
    "a number at an exclusive maximum": (
        Argument("n", int, exclusive_maximum=Decimal(10)),
        10,
        "n must be less than 10, not 10",
    ),
    "too few items": (Argument("ids", list, items=str, min_items=2), ["a"], "ids must have at least 2 items"),
    "too many items": (
        Argument("ids", list, items=str, max_items=1),
        ["a", "b"],
        "ids must have at most 1 items",
    ),
    "an item of the wrong kind": (
        Argument("ids", list, items=str),
        ["a", 2],
        "ids item 1 must be a string, not int",
    ),
    "an object of the wrong class": (
        Argument("when", httpx.URL),
        "https://example.invalid",
        "when must be a URL, not str",
    ),
}


@pytest.mark.parametrize("case", sorted(SPEC_RULES))
def test_every_rule_a_spec_can_set_is_checked_before_sending(case: str) -> None:
    argument, value, message = SPEC_RULES[case]
    server = Server(envelope(None))
    with pytest.raises(InvalidRequestError) as caught:
        server.client().call(custom_operation(argument), None, **{argument.name: value})
    assert str(caught.value) == f"check: {message}"
    assert server.sent == []


def test_values_at_the_limits_a_spec_sets_are_sent() -> None:
    server = Server(envelope(None))
    operation = custom_operation(
        Argument("n", int, minimum=Decimal(1), maximum=Decimal(5)),
        Argument("x", Decimal, exclusive_minimum=Decimal(0), exclusive_maximum=Decimal(1)),
        Argument("ids", list, items=str, min_items=1, max_items=2),
    )
    client = server.client()
    client.call(operation, None, n=5, x="0.5", ids=["a", "b"])
    client.call(operation, None, n=1, x="0.999", ids=["a"])
    assert signed_pairs(server.sent[0])[:4] == [("n", "5"), ("x", "0.5"), ("ids", "a"), ("ids", "b")]
    assert signed_pairs(server.sent[1])[:3] == [("n", "1"), ("x", "0.999"), ("ids", "a")]


def test_documented_values_at_their_limits_are_sent() -> None:
    server = Server(httpx.Response(400, text="stop here"))  # a definite refusal: only what is sent matters
    client = server.client()
    calls: list[Callable[[], object]] = [
        lambda: client.fixed_income.list_products(offset=0, limit=1),
        lambda: client.prime_broker.add_order_margin(
            account_id="a", amount=Decimal(1), order_id="1", request_id="ab-_1234"
        ),
        lambda: client.balance_plus.create_deposit(currency="B" * 64, amount=Decimal(1)),
        lambda: client.balance_plus.create_withdraw(currency="BTC", amount=Decimal(1), redeem_all=True),
        lambda: client.prime_broker.set_lending_account(
            order_id="1", lending_accounts=[LendingAccount(account_id="a", amount=Decimal(1))]
        ),
    ]
    for call in calls:
        with pytest.raises(HTTPStatusError):
            call()
    assert signed_pairs(server.sent[0])[:2] == [("offset", "0"), ("limit", "1")]
    assert json.loads(server.sent[1].content)["request_id"] == "ab-_1234"
    assert json.loads(server.sent[2].content)["currency"] == "B" * 64
    assert json.loads(server.sent[3].content)["redeem_all"] is True
    assert json.loads(server.sent[4].content)["lending_accounts"] == [{"account_id": "a", "amount": "1"}]


# --- The request built: body, headers -----------------------------------------------------------------------


def test_a_custom_write_sends_its_fields_without_the_nones_as_json() -> None:
    server = Server(envelope(None))
    server.client().request("POST", CUSTOM_PATH, json={"a": "1", "b": None}, signed=False)
    [request] = server.sent
    assert json.loads(request.content) == {"a": "1"}
    assert request.headers["Content-Type"] == "application/json"
    assert request.url.query == b""


def test_a_read_asks_for_compressed_answers_and_sends_no_content_type() -> None:
    server = Server(envelope(None))
    server.client().request("GET", CUSTOM_PATH, signed=False)
    [request] = server.sent
    assert request.headers["Accept-Encoding"] == "gzip, deflate"
    assert "Content-Type" not in request.headers
    assert str(request.url) == f"https://mapi.example.invalid{CUSTOM_PATH}"


# --- Reading what the server sends --------------------------------------------------------------------------


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            yield chunk


def streaming(flavour: str, chunks: list[bytes], encoding: str | None = "identity", **settings: Any) -> Any:
    """A client whose server answers with a body that arrives chunk by chunk, as from a network."""
    headers = {} if encoding is None else {"content-encoding": encoding}

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, stream=_Chunks(chunks))

    transport = httpx.MockTransport(respond)
    base = "https://mapi.example.invalid"
    settings = {"max_retries": 0, **settings}
    if flavour == "sync":
        return Matrixport(
            ACCESS_KEY,
            SECRET_KEY,
            base,
            http_client=httpx.Client(base_url=base, transport=transport),
            **settings,
        )
    http = httpx.AsyncClient(base_url=base, transport=transport)
    return AsyncMatrixport(ACCESS_KEY, SECRET_KEY, base, http_client=http, **settings)


BODY = json.dumps(envelope({"total_asset": "1.5", "total_profit": "0"})).encode()


def deflated(data: bytes) -> bytes:
    return zlib.compress(data)


@pytest.mark.parametrize(
    ("encoding", "chunks"),
    [
        ("gzip", [gzip.compress(BODY)]),
        (" GZIP ", [gzip.compress(BODY)[:10], gzip.compress(BODY)[10:]]),
        ("deflate", [deflated(BODY)]),
        ("identity", [BODY[:7], BODY[7:]]),
        ("", [BODY]),
    ],
)
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_streamed_body_is_decoded_as_its_content_encoding_says(
    flavour: str, encoding: str, chunks: list[bytes]
) -> None:
    client = streaming(flavour, chunks, encoding)
    assert run(client.balance_plus.get_total_position).total_asset == Decimal("1.5")


def test_a_streamed_body_at_the_limit_is_read() -> None:
    client = streaming("sync", [BODY[:10], BODY[10:]], max_response_bytes=len(BODY))
    assert client.balance_plus.get_total_position().total_profit == 0


@pytest.mark.parametrize(
    "chunks",
    [[BODY[:10], BODY[10:]], [gzip.compress(BODY)]],
    ids=["plain", "gzip"],
)
def test_a_streamed_body_one_byte_over_the_limit_is_refused(chunks: list[bytes]) -> None:
    encoding = "gzip" if chunks[0].startswith(b"\x1f\x8b") else "identity"
    client = streaming("sync", chunks, encoding, max_response_bytes=len(BODY) - 1)
    with pytest.raises(ResponseValidationError) as caught:
        client.balance_plus.get_total_position()
    assert str(caught.value) == (
        f"the response is larger than the limit of {len(BODY) - 1} bytes (max_response_bytes);"
        " body starts: <empty>"
    )


def test_a_body_in_an_encoding_the_client_did_not_ask_for_is_refused() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        streaming("sync", [BODY], "br").balance_plus.get_total_position()
    assert str(caught.value) == (
        "the response's content-encoding 'br' is not one the client asked for; body starts: <empty>"
    )


@pytest.mark.parametrize(
    ("encoding", "chunks"),
    [("deflate", [b"not zlib at all"]), ("gzip", [b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", b"\x07\x00"])],
)
def test_a_compressed_body_that_cannot_be_decompressed_is_refused(encoding: str, chunks: list[bytes]) -> None:
    client = streaming("sync", chunks, encoding)
    with pytest.raises(ResponseValidationError, match=r"^the body cannot be decompressed \(Error -3 while"):
        client.balance_plus.get_total_position()


def test_a_call_that_waited_for_a_slot_past_its_deadline_is_not_sent() -> None:
    release = threading.Event()

    def respond(request: httpx.Request) -> httpx.Response:
        if request.headers["x-request-id"] == "first":
            release.wait(5)
        return httpx.Response(200, json=envelope(None))

    server = Server(respond)
    client = server.client(max_in_flight=1, max_retries=0)
    first = threading.Thread(
        target=client.request,
        args=("GET", CUSTOM_PATH),
        kwargs={"request_options": RequestOptions(request_id="first")},
    )
    first.start()
    while not server.sent:
        time.sleep(0.001)
    timer = threading.Timer(0.3, release.set)
    timer.start()
    with pytest.raises(TimeoutError) as caught:
        client.request("GET", CUSTOM_PATH, request_options=RequestOptions(request_id="second", deadline=0.1))
    first.join()
    assert str(caught.value) == (
        "request: mapi.example.invalid: PoolTimeout:"
        " the call's deadline passed before this attempt could start"
    )
    assert [request.headers["x-request-id"] for request in server.sent] == ["first"]


def test_a_request_carries_only_the_clients_headers_and_its_accept_encoding_wins() -> None:
    server = Server(envelope(None))
    http = httpx.Client(
        base_url="https://mapi.example.invalid",
        headers={"Accept-Encoding": "br"},
        transport=httpx.MockTransport(server.respond),
    )
    client = Matrixport(ACCESS_KEY, SECRET_KEY, http_client=http)
    client.request("GET", CUSTOM_PATH)
    client.request("POST", CUSTOM_PATH, json={"a": "1"})
    common = {
        "host",
        "accept",
        "connection",
        "user-agent",
        "x-request-id",
        "language-type",
        "accept-encoding",
    }
    signing = {"x-matrixport-access-key", "x-matrixport-access-signature"}
    get, post = server.sent
    assert set(get.headers.keys()) == common | signing
    assert set(post.headers.keys()) == common | signing | {"content-type", "content-length"}
    assert get.headers["Accept-Encoding"] == post.headers["Accept-Encoding"] == "gzip, deflate"
    assert post.headers["Content-Type"] == "application/json"


def test_a_streamed_body_without_a_content_encoding_is_read_as_it_is() -> None:
    client = streaming("sync", [BODY[:5], BODY[5:]], encoding=None)
    assert client.balance_plus.get_total_position().total_asset == Decimal("1.5")


def test_a_gzip_body_that_expands_to_exactly_the_limit_is_read_whatever_its_chunks() -> None:
    body = json.dumps(envelope({"total_asset": "1.5", "total_profit": "0", "note": "0" * 2000})).encode()
    compressed = gzip.compress(body)
    client = streaming("sync", [compressed[:-8], compressed[-8:]], "gzip", max_response_bytes=len(body))
    assert client.balance_plus.get_total_position().total_asset == Decimal("1.5")


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_gzip_bomb_in_one_chunk_is_never_expanded_far_past_the_limit(flavour: str) -> None:
    bomb = gzip.compress(bytes(64 << 20), compresslevel=9)
    client = streaming(flavour, [bomb], "gzip", max_response_bytes=1 << 20)
    tracemalloc.start()
    try:
        with pytest.raises(ResponseValidationError, match="larger than the limit of 1048576 bytes"):
            run(client.balance_plus.get_total_position)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 << 20


def test_a_call_whose_deadline_is_reached_exactly_when_its_attempt_starts_is_not_sent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    readings = iter([100.0])  # the call starts at 100 s; every later reading is its deadline, 101 s
    monkeypatch.setattr("matrixport._flow.time.monotonic", lambda: next(readings, 101.0))
    server = Server(envelope(None))
    with pytest.raises(TimeoutError, match="the call's deadline passed before this attempt could start"):
        server.client().request("GET", CUSTOM_PATH, request_options=RequestOptions(deadline=1.0))
    assert server.sent == []


def test_extra_headers_replace_the_accept_encoding_but_never_the_json_content_type() -> None:
    server = Server(envelope(None))
    headers = {"Accept-Encoding": "identity", "Content-Type": "text/plain"}
    server.client().request(
        "POST", CUSTOM_PATH, json={"a": "1"}, request_options=RequestOptions(extra_headers=headers)
    )
    [request] = server.sent
    assert request.headers.get_list("Accept-Encoding") == ["identity"]
    assert request.headers.get_list("Content-Type") == ["application/json"]


def test_a_compressed_body_larger_than_the_limit_is_refused_though_it_expands_to_less() -> None:
    stored = gzip.compress(BODY, compresslevel=0)  # no compression: the gzip stream is larger than BODY
    assert len(stored) > len(BODY)
    chunks = [stored[start : start + 10] for start in range(0, len(stored), 10)]
    client = streaming("sync", chunks, "gzip", max_response_bytes=len(BODY))
    with pytest.raises(ResponseValidationError) as caught:
        client.balance_plus.get_total_position()
    assert str(caught.value).startswith(f"the response is larger than the limit of {len(BODY)} bytes")


class _HoldingServer:
    """A local HTTP server that holds every answer until `expected` requests wait at once (or 10 s)."""

    def __init__(self, expected: int) -> None:
        self.expected = expected
        self.connections = 0
        self.waiting = 0
        self.peak = 0
        self.everyone = asyncio.Event()
        self.body = json.dumps(envelope({"total_asset": "1", "total_profit": "0"})).encode()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")  # a GET: headers only
                self.waiting += 1
                self.peak = max(self.peak, self.waiting)
                if self.waiting == self.expected:
                    self.everyone.set()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.everyone.wait(), 10)
                self.waiting -= 1
                head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(self.body)}\r\n\r\n".encode()
                writer.write(head + self.body)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


async def test_the_clients_own_pool_opens_and_keeps_max_in_flight_connections() -> None:
    """More than httpx's default pool (100 connections, 20 kept open): the client's own pool has room."""
    calls = 104
    server = _HoldingServer(calls)
    listening = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    port = listening.sockets[0].getsockname()[1]
    client = AsyncMatrixport(
        ACCESS_KEY, SECRET_KEY, f"http://127.0.0.1:{port}", max_in_flight=calls, max_retries=0, timeout=30
    )
    async with client, listening:
        assert client.max_in_flight == calls
        await asyncio.gather(*(client.balance_plus.get_total_position() for _ in range(calls)))
        assert server.peak == calls, "every call was on the wire at once"
        opened = server.connections
        server.everyone.clear()
        await asyncio.gather(*(client.balance_plus.get_total_position() for _ in range(calls)))
        assert opened == calls
        # httpx alone keeps 20 connections open: the second round would open 84 new ones. (Not "none":
        # on a loaded machine a connection can sit idle past httpx's 5 s keep-alive between rounds.)
        assert server.connections - opened < calls - 20, "the second round reuses more than httpx would keep"
