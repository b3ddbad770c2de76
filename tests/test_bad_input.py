"""Bad input in both directions: the caller's mistakes are refused before sending, the server's survived."""

from __future__ import annotations

import contextlib
import gzip
import json
import logging
import zlib
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matrixport import (
    ConfigurationError,
    HTTPStatusError,
    InvalidRequestError,
    Matrixport,
    MatrixportError,
    RequestOptions,
    ResponseValidationError,
    string_to_sign,
)
from matrixport.prime_broker.models import Exchange, LendingAccount, OrderStatus

BASE = "https://mapi.example.invalid"
ACCESS_KEY = "bad-input-access-key"
SECRET_KEY = "bad-input-secret-key"
TRANSFER: dict[str, Any] = {
    "amount": Decimal("1"),
    "currency": "BTC",
    "from_account": "9547_huobi_1",
    "to_account": "9547_okex_1",
}


class Recorder:
    """A transport that records what would go on the wire and answers every request with `answer`."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.sent: list[httpx.Request] = []
        self.answer = answer or (
            lambda request: httpx.Response(200, json={"code": 0, "message": "", "data": None})
        )

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return self.answer(request)

    def client(self, **settings: Any) -> Matrixport:
        http = httpx.Client(base_url=BASE, transport=httpx.MockTransport(self))
        return Matrixport(ACCESS_KEY, SECRET_KEY, BASE, http_client=http, retry_backoff=0.001, **settings)


CallerMistake = Callable[[Matrixport], object]
CALLER_MISTAKES: dict[str, tuple[CallerMistake, str]] = {
    "None for required body fields": (
        lambda c: c.prime_broker.create_transfer(**{**TRANSFER, "from_account": None, "currency": None}),  # type: ignore[arg-type]
        "from_account is required",
    ),
    "None for a required query parameter": (
        lambda c: c.balance_plus.get_currency_detail(currency=None),  # type: ignore[arg-type]
        "currency is required",
    ),
    "an int for a string": (
        lambda c: c.balance_plus.get_currency_detail(currency=7),  # type: ignore[arg-type]
        "currency must be a string, not int",
    ),
    "a list for a string": (
        lambda c: c.prime_broker.create_transfer(**{**TRANSFER, "to_account": ["a"]}),
        "to_account must be a string, not list",
    ),
    "a dict for a string": (
        lambda c: c.prime_broker.create_transfer(**{**TRANSFER, "currency": {"BTC": 1}}),
        "currency must be a string, not dict",
    ),
    "a number under the minimum": (
        lambda c: c.fixed_income.list_products(offset=0, limit=-1),
        "limit must be at least 1, not -1",
    ),
    "a bool for an integer": (
        lambda c: c.fixed_income.list_products(offset=True, limit=10),  # type: ignore[arg-type]
        "offset must be an integer, not bool",
    ),
    "an enum value the spec does not have": (
        lambda c: c.prime_broker.list_orders(limit=10, status=99),  # type: ignore[arg-type]
        "status must be a OrderStatus",
    ),
    "a string enum value the spec does not have": (
        lambda c: c.prime_broker.create_account(exchange="nope", custody_id="1"),  # type: ignore[arg-type]
        "exchange must be a Exchange",
    ),
    "a float amount": (
        lambda c: c.prime_broker.create_transfer(**{**TRANSFER, "amount": 0.1}),
        "floats are refused",
    ),
    "a second parameter smuggled into a value": (
        lambda c: c.balance_plus.get_currency_detail(currency="BTC&product_type=flexi_saving"),
        "currency='BTC&product_type=flexi_saving' holds one of & = [ ]",
    ),
    "a second body field smuggled into an amount": (
        lambda c: c.prime_broker.create_transfer(**{**TRANSFER, "amount": "1&currency=BTC"}),
        "amount is not a number",
    ),
    "a list boundary smuggled into a nested string": (
        lambda c: c.prime_broker.set_lending_account(
            order_id="1", lending_accounts=[LendingAccount(account_id="a]&[b", amount=Decimal(1))]
        ),
        "lending_accounts[0].account_id",
    ),
    "a request id that is not ASCII": (
        lambda c: c.balance_plus.get_total_position(request_options=RequestOptions(request_id="é")),
        "x-request-id must be printable ASCII",
    ),
    "a request id with a lone surrogate": (
        lambda c: c.balance_plus.get_total_position(request_options=RequestOptions(request_id="\ud800")),
        "x-request-id must be printable ASCII",
    ),
    "a zero per-call timeout": (
        lambda c: c.balance_plus.get_total_position(request_options=RequestOptions(timeout=0)),
        "must be a positive number of seconds",
    ),
    "a JSON body that is not an object": (
        lambda c: c.request("POST", "/x", json=[1, 2]),  # type: ignore[arg-type]
        "json= must be a mapping",
    ),
}


@pytest.mark.parametrize("case", sorted(CALLER_MISTAKES))
def test_a_caller_mistake_is_refused_before_anything_is_sent(case: str) -> None:
    mistake, message = CALLER_MISTAKES[case]
    recorder = Recorder()
    with pytest.raises(InvalidRequestError) as caught:
        mistake(recorder.client())
    assert recorder.sent == []
    assert message in str(caught.value)


def test_an_enum_value_from_the_caller_is_not_kept_as_an_unknown_member(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with pytest.raises(InvalidRequestError):
        Recorder().client().prime_broker.list_orders(limit=10, status=98)  # type: ignore[arg-type]
    assert 98 not in OrderStatus._value2member_map_
    assert "unknown value" not in caplog.text


def test_enum_members_and_their_plain_values_are_both_accepted() -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json={"code": 0, "message": "", "data": "1"}))
    client = recorder.client()
    client.prime_broker.create_account(exchange=Exchange.BINANCE, custody_id="1")
    client.prime_broker.create_account(exchange="binance", custody_id="1")  # type: ignore[arg-type]
    assert [json.loads(request.content)["exchange"] for request in recorder.sent] == ["binance", "binance"]


SETTINGS_MISTAKES: dict[str, tuple[dict[str, Any], str]] = {
    "a zero timeout": ({"timeout": 0}, "must be a positive number of seconds"),
    "a negative deadline": ({"deadline": -1}, "deadline must be more than 0"),
    "a base URL without a scheme": ({"base_url": "mapi.matrixport.com"}, "base_url must be an http://"),
    "a base URL with another scheme": (
        {"base_url": "ftp://mapi.matrixport.com"},
        "base_url must be an http://",
    ),
    "an access key with a newline": (
        {"access_key": "key-read-from-a-file-0001\n"},
        "access key holds whitespace",
    ),
    "a secret key with a space": ({"secret_key": "secret key 0001"}, "secret key holds whitespace"),
    "no limit on calls in flight": ({"max_in_flight": 0}, "max_in_flight must be more than 0"),
}


@pytest.mark.parametrize("case", sorted(SETTINGS_MISTAKES))
def test_a_settings_mistake_is_refused_when_the_client_is_built(case: str) -> None:
    given_settings, message = SETTINGS_MISTAKES[case]
    arguments = {"access_key": ACCESS_KEY, "secret_key": SECRET_KEY, "base_url": BASE, **given_settings}
    with pytest.raises(ConfigurationError) as caught:
        Matrixport(**arguments)
    assert message in str(caught.value)
    for key in ("key-read-from-a-file-0001", "secret key 0001"):
        assert key not in str(caught.value)


def test_a_transport_error_names_the_host_it_failed_to_reach() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused")

    with pytest.raises(MatrixportError) as caught:
        Recorder(refuse).client(max_retries=0).balance_plus.get_total_position()
    assert "mapi.example.invalid" in str(caught.value)


# --- The string to sign is never shared by two different requests ---------------------------------------
#
# Hypothesis generates a request, with values that try to smuggle in `&key=value` pairs; every other
# way of reading its string to sign back into parameters is a second request. The client must refuse
# one of the two, or they must differ on the wire.

TRANSFER_KEYS = [
    "amount",
    "chain",
    "currency",
    "from_account",
    "from_wallet_type",
    "to_account",
    "to_wallet_type",
]
SMUGGLING = st.builds(
    lambda head, tails: head + "".join(f"&{key}={value}" for key, value in tails),
    st.text(alphabet="ab1", min_size=1, max_size=3),
    st.lists(st.tuples(st.sampled_from(TRANSFER_KEYS), st.sampled_from(["1", "a", "1.5"])), max_size=2),
)


def sent_pairs(client_call: Callable[[Matrixport], object]) -> list[tuple[str, Any]] | None:
    """The signed parameters of the request `client_call` makes, or None if the client refuses it."""
    recorder = Recorder()
    try:
        client_call(recorder.client(max_retries=0))
    except (InvalidRequestError, TypeError):  # TypeError: Python itself refuses a missing argument
        assert recorder.sent == []
        return None
    [request] = recorder.sent
    body = json.loads(request.content)
    return [(k, v) for k, v in body.items() if k not in ("timestamp", "signature", "serial_no")]


def transfer(fields: dict[str, Any]) -> Callable[[Matrixport], object]:
    return lambda client: client.prime_broker.create_transfer(serial_no="fixed-key-0001", **fields)


def readings(text: str) -> Iterator[dict[str, str]]:
    """Every way of reading `k=v&k=v...` as parameters named in TRANSFER_KEYS."""
    segments = text.split("&")

    def walk(start: int) -> Iterator[list[tuple[str, str]]]:
        if start == len(segments):
            yield []
            return
        key, equals, _ = segments[start].partition("=")
        if not equals or key not in TRANSFER_KEYS:
            return
        for end in range(start + 1, len(segments) + 1):
            value = "&".join(segments[start:end])[len(key) + 1 :]
            for rest in walk(end):
                yield [(key, value), *rest]

    for pairs in walk(0):
        if len({key for key, _ in pairs}) == len(pairs):
            yield dict(pairs)


def typed(fields: dict[str, str]) -> dict[str, Any]:
    """The arguments a caller would pass for wire values `fields` ({} when there are none)."""
    result: dict[str, Any] = {}
    for key, value in fields.items():
        if key.endswith("wallet_type"):
            if not value.isdigit():
                return {}
            result[key] = int(value)
        else:
            result[key] = value
    return result


@settings(max_examples=300, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            "amount": st.sampled_from(["1", "1.5"]),
            "currency": SMUGGLING,
            "from_account": SMUGGLING,
            "to_account": SMUGGLING,
        },
        optional={
            "chain": SMUGGLING,
            "from_wallet_type": st.integers(0, 3),
            "to_wallet_type": st.integers(0, 3),
        },
    )
)
def test_two_different_accepted_requests_never_share_a_string_to_sign(fields: dict[str, Any]) -> None:
    first = sent_pairs(transfer(fields))
    if first is None:
        return
    path = "/credit/agency/v1/allocate"
    signed = string_to_sign(path, sorted(first))
    for reading in readings(signed[len(path) + 1 :]):
        arguments = typed(reading)
        if not arguments or arguments == fields:
            continue
        second = sent_pairs(transfer(arguments))
        if second is not None and sorted(second) != sorted(first):
            assert string_to_sign(path, sorted(second)) != signed, (first, second)


# --- The server's bytes -----------------------------------------------------------------------------


def answering(response: httpx.Response | Callable[[], httpx.Response]) -> Matrixport:
    make = response if callable(response) else (lambda: response)
    return Recorder(lambda request: make()).client(max_retries=0)


def streamed(chunks: Iterator[bytes], **headers: str) -> httpx.Response:
    """A response whose body arrives chunk by chunk, as from a network."""
    return httpx.Response(200, headers=headers, stream=_Stream(chunks))


class _Stream(httpx.SyncByteStream):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks


def gzip_bomb(megabytes: int) -> Iterator[bytes]:
    """A gzip stream of `megabytes` MiB of zeros, compressed on the fly, in network-sized chunks."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    for _ in range(megabytes):
        compressed = compressor.compress(block)
        for start in range(0, len(compressed), 16384):
            yield compressed[start : start + 16384]
    yield compressor.flush()


def test_a_gzip_bomb_is_refused_while_it_is_read() -> None:
    client = answering(lambda: streamed(gzip_bomb(1024), **{"content-encoding": "gzip"}))
    with pytest.raises(ResponseValidationError, match="larger than the limit"):
        client.balance_plus.get_total_position()


def test_a_large_plain_body_is_refused_while_it_is_read() -> None:
    client = Recorder(lambda request: streamed(iter([b"x" * 4096] * 100))).client(
        max_retries=0, max_response_bytes=100_000
    )
    with pytest.raises(ResponseValidationError, match="larger than the limit of 100000 bytes"):
        client.balance_plus.get_total_position()


def test_a_small_gzip_body_is_read() -> None:
    body = gzip.compress(
        json.dumps({"code": 0, "message": "", "data": {"total_asset": "1.5", "total_profit": "0"}}).encode()
    )
    client = answering(lambda: streamed(iter([body]), **{"content-encoding": "gzip"}))
    assert client.balance_plus.get_total_position().total_asset == Decimal("1.5")


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"code": 0, "data": ' + b'{"a": ' * 5000 + b"1" + b"}" * 5000 + b"}",
        b'{"code": 0, "message": "\xff\xfe", "data": null}',
        b'{"code": 0, "message": "", "data": {"total_asset": NaN, "total_profit": Infinity}}',
        b'{"code": 0, "message": "", "data": {"total_asset": 1' + b"0" * 5000 + b', "total_profit": "0"}}',
        b'{"code": 0, "message": "\\ud800", "data": {"total_asset": "1e999999999", "total_profit": "-0"}}',
    ],
    ids=["deep-array", "deep-object", "not-utf8", "nan", "huge-integer", "lone-surrogate-and-huge-exponent"],
)
def test_hostile_bodies_are_matrixport_errors_or_results(body: bytes) -> None:
    client = answering(lambda: httpx.Response(200, content=body))
    with contextlib.suppress(MatrixportError):  # anything else fails the test
        client.balance_plus.get_total_position()


@pytest.mark.parametrize("location", ["http://[::1", "http://exa mple.com/", "://", "http://h:99999/"])
def test_a_redirect_is_not_followed_and_a_malformed_location_is_a_matrixport_error(location: str) -> None:
    client = answering(lambda: httpx.Response(302, headers={"Location": location}))
    with pytest.raises(MatrixportError):
        client.balance_plus.get_total_position()


def test_a_redirect_is_an_http_status_error() -> None:
    client = answering(lambda: httpx.Response(301, headers={"Location": "https://elsewhere.example/"}))
    with pytest.raises(HTTPStatusError) as caught:
        client.balance_plus.get_total_position()
    assert caught.value.status_code == 301


# --- Secrets in what the server echoes ----------------------------------------------------------------


def test_an_echoed_signed_request_leaves_no_secret_in_errors_or_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)

    def gateway_page(request: httpx.Request) -> httpx.Response:
        echoed = f"502 {request.url.query.decode()} {dict(request.headers)}"
        return httpx.Response(502, text=echoed)

    signatures: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        signatures.append(request.headers["X-MatrixPort-Access-Signature"])
        return gateway_page(request)

    client = Recorder(record).client(max_retries=1)
    with pytest.raises(MatrixportError) as caught:
        client.balance_plus.get_currency_detail(currency="BTC")
    texts = [str(caught.value), repr(caught.value), caplog.text, *(r.getMessage() for r in caplog.records)]
    for text in texts:
        for signature in signatures:
            assert signature not in text
        assert ACCESS_KEY not in text
        assert SECRET_KEY not in text
    assert "signature=***" in str(caught.value)
