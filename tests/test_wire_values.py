"""Values on the wire and what surrounds them: exact decimals and e8 integers both ways, JSON in and out,
the text of query values, which failures are retried and how long the client waits, secrets cut from
error texts and log lines, and the small result types (downloads, models without unknown fields).

Written against the mutants of `_convert`, `_retry`, `_redact`, `_results` and `_types` that the rest of
the suite let live (`make mutation`, MUTATION.md): each test names what a broken client would do instead.
"""

from __future__ import annotations

import enum
import logging
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from matrixport import HTTPStatusError, Matrixport, MatrixportError, OutcomeUnknownError, RequestOptions
from matrixport._convert import (
    decimal_from_wire,
    decimal_or_none_from_wire,
    decimal_to_wire,
    e8_from_wire,
    e8_to_wire,
    expect_type,
    json_dumps,
    json_loads,
    note_unknown_fields,
    wire_text,
)
from matrixport._redact import mask, redact
from matrixport._retry import RetryPolicy
from matrixport._types import UNSET
from matrixport.prime_broker.errors import InsufficientWithdrawableMargin

from tests.test_write_safety import BASE, TRANSFER, Server, envelope, run

SIGNATURE = "0123456789ABCDEF" * 4  # 64 upper-case hex digits: what `sign` returns


# --- Decimals ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "error", "message"),
    [
        ("abc", ValueError, "decimal value is not a number: 'abc'"),
        ("NaN", ValueError, "decimal value must be finite, got 'NaN'"),
        ("-Infinity", ValueError, "decimal value must be finite, got '-Infinity'"),
        (Decimal("sNaN"), ValueError, "decimal value must be finite, got Decimal('sNaN')"),
        (None, TypeError, "decimal value must be a Decimal, int or numeric string, not NoneType"),
        ([], TypeError, "decimal value must be a Decimal, int or numeric string, not list"),
        (True, TypeError, "decimal value must be a Decimal, int or numeric string, not bool"),
        (
            0.5,
            TypeError,
            "decimal value must be a Decimal, int or numeric string, not float"
            " (floats are refused: pass a Decimal or a str)",
        ),
    ],
)
def test_a_decimal_from_the_server_that_is_not_a_finite_number_is_refused_with_what_it_is(
    bad: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        decimal_from_wire(bad)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("bad", "error", "message"),
    [
        ("1,5", ValueError, "decimal value is not a number: '1,5'"),
        ("Infinity", ValueError, "decimal value must be finite, got 'Infinity'"),
        (False, TypeError, "decimal value must be a Decimal, int or numeric string, not bool"),
        (b"1", TypeError, "decimal value must be a Decimal, int or numeric string, not bytes"),
        (
            0.1,
            TypeError,
            "decimal value must be a Decimal, int or numeric string, not float"
            " (floats are refused: pass a Decimal or a str)",
        ),
    ],
)
def test_a_decimal_for_a_request_that_is_not_a_finite_number_is_refused_with_what_it_is(
    bad: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        decimal_to_wire(bad)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_a_decimal_for_a_request_is_its_exact_plain_text() -> None:
    assert decimal_to_wire(Decimal("1.50")) == "1.50"
    assert decimal_to_wire(7) == "7"
    assert decimal_to_wire("-2.5E-10") == "-0.00000000025"
    assert (
        decimal_to_wire(Decimal("12345678901234567890.123456789012")) == "12345678901234567890.123456789012"
    )


def test_an_empty_or_null_decimal_is_no_value_and_anything_else_is_the_exact_number() -> None:
    assert decimal_or_none_from_wire(None) is None
    assert decimal_or_none_from_wire("") is None
    assert decimal_or_none_from_wire("0.0005") == Decimal("0.0005")
    assert decimal_or_none_from_wire("0") == Decimal("0")
    assert decimal_or_none_from_wire(3) == Decimal(3)
    with pytest.raises(ValueError, match="is not a number"):
        decimal_or_none_from_wire(" ")


# --- e8 integers ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wire", "value"),
    [
        (12000000, Decimal("0.12")),
        ("12000000", Decimal("0.12")),
        (Decimal("1.2E+7"), Decimal("0.12")),
        ("-1", Decimal("-0.00000001")),
        (0, Decimal("0")),
        # Far beyond 28 digits (the default precision): still exact, never rounded.
        (10**40 + 1, Decimal("100000000000000000000000000000000.00000001")),
        (str(10**40 + 1), Decimal("100000000000000000000000000000000.00000001")),
    ],
)
def test_an_e8_integer_from_the_server_is_the_exact_value_it_stands_for(wire: object, value: Decimal) -> None:
    assert e8_from_wire(wire) == value


@pytest.mark.parametrize(
    ("bad", "error", "message"),
    [
        (True, TypeError, "e8 value must be an integer, not bool"),
        (1.5, TypeError, "e8 value must be an integer, not float"),
        (None, TypeError, "e8 value must be an integer, not NoneType"),
        ("1.5", ValueError, "e8 value is not an integer: '1.5'"),
        (Decimal("0.5"), ValueError, "e8 value is not an integer: Decimal('0.5')"),
        ("twelve", ValueError, "e8 value is not an integer: 'twelve'"),
        ("NaN", ValueError, "e8 value is not an integer: 'NaN'"),
        ("Infinity", ValueError, "e8 value is not an integer: 'Infinity'"),
    ],
)
def test_an_e8_value_from_the_server_that_is_not_an_integer_is_refused_with_what_it_is(
    bad: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        e8_from_wire(bad)
    assert str(caught.value) == message


def test_an_e8_value_for_a_request_is_the_exact_integer_or_a_refusal_naming_the_value() -> None:
    assert e8_to_wire(Decimal("0.00000001")) == 1
    assert e8_to_wire(3) == 300000000
    assert e8_to_wire("-1.5") == -150000000
    with pytest.raises(ValueError) as caught:
        e8_to_wire("0.123456789")
    assert str(caught.value) == "e8 value 0.123456789 has more than 8 decimal places"
    with pytest.raises(TypeError) as refused:
        e8_to_wire(1.5)  # type: ignore[arg-type]
    assert str(refused.value) == (
        "e8 value must be a Decimal, int or numeric string, not float"
        " (floats are refused: pass a Decimal or a str)"
    )
    with pytest.raises(ValueError) as infinite:
        e8_to_wire("Infinity")
    assert str(infinite.value) == "e8 value must be finite, got 'Infinity'"


# --- JSON --------------------------------------------------------------------------------------------------


def test_a_request_body_is_compact_utf8_json_with_exact_decimals() -> None:
    body = {
        "amount": Decimal("0.10"),
        "tiny": Decimal("1E-8"),
        "list": [1, Decimal("2.5"), "x"],
        "名": "日本",
    }
    encoded = json_dumps(body)
    assert encoded == '{"amount":0.10,"tiny":0.00000001,"list":[1,2.5,"x"],"名":"日本"}'.encode()
    assert (
        json_dumps({"nested": {"a": [], "b": {}}, "t": (True, None)})
        == b'{"nested":{"a":[],"b":{}},"t":[true,null]}'
    )
    assert json_loads(encoded) == body


@pytest.mark.parametrize("bad", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")])
def test_a_request_body_with_a_non_finite_decimal_is_refused(bad: Decimal) -> None:
    with pytest.raises(ValueError) as caught:
        json_dumps({"amount": bad})
    assert str(caught.value) == f"cannot encode {bad} as JSON"


def test_a_request_body_with_a_float_is_refused_with_the_advice() -> None:
    for body in ({"amount": 0.5}, [0.5], 0.5):
        with pytest.raises(TypeError) as caught:
            json_dumps(body)
        assert str(caught.value) == "floats are refused in request bodies: pass a Decimal or a str"


def test_a_body_only_json_reads_still_has_exact_decimals() -> None:
    # A lone surrogate escape: msgspec refuses it, `json` reads it; the numbers stay exact either way.
    decoded = json_loads(b'{"memo": "\\ud800", "amount": 0.1, "count": 3}')
    assert decoded == {"memo": "\ud800", "amount": Decimal("0.1"), "count": 3}
    assert isinstance(decoded["amount"], Decimal)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_a_json_constant_is_refused_as_not_a_number(constant: str) -> None:
    with pytest.raises(ValueError) as caught:
        json_loads(f'{{"amount": {constant}}}'.encode())
    assert str(caught.value) == f"JSON constant {constant} is not a number"


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'["\\ud800",' + b"[" * 100_000 + b"]" * 100_000 + b"]",  # read by `json`, not msgspec
    ],
    ids=["msgspec", "json"],
)
def test_json_nested_too_deeply_is_a_value_error_saying_so(body: bytes) -> None:
    with pytest.raises(ValueError) as caught:
        json_loads(body)
    assert str(caught.value) == "JSON nested too deeply"


# --- Types and text ----------------------------------------------------------------------------------------


def test_a_value_of_the_documented_json_type_or_absent_is_read_as_it_is() -> None:
    assert expect_type(7, int) == 7
    assert expect_type(False, bool) is False
    assert expect_type("x", str) == "x"
    assert expect_type(UNSET, int) is UNSET


@pytest.mark.parametrize(
    ("value", "expected", "message"),
    [
        (True, int, "expected int, got bool True"),
        ("7", int, "expected int, got str '7'"),
        (7, str, "expected str, got int 7"),
        (1, bool, "expected bool, got int 1"),
        ("x" * 60, int, "expected int, got str '" + "x" * 39),
    ],
)
def test_a_value_of_another_json_type_is_refused_naming_both_types(
    value: object, expected: type, message: str
) -> None:
    with pytest.raises(TypeError) as caught:
        expect_type(value, expected)
    assert str(caught.value) == message


class Side(enum.Enum):
    BUY = "buy"
    TRUE = True


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (True, "true"),
        (False, "false"),
        (Decimal("1E-8"), "0.00000001"),
        (Decimal("-1.50"), "-1.50"),
        (Side.BUY, "buy"),
        (Side.TRUE, "true"),
        (42, "42"),
        ("BTC", "BTC"),
    ],
)
def test_a_query_value_is_sent_and_signed_as_its_wire_text(value: object, text: str) -> None:
    assert wire_text(value) == text


def test_a_query_decimal_goes_on_the_wire_in_plain_notation() -> None:
    server = Server(envelope({"total_asset": "0", "total_profit": "0"}))
    server.client().request("GET", "/flexible/api/v2/user/asset/summary", params={"min": Decimal("1E-8")})
    assert server.sent[0].url.params["min"] == "0.00000001"


def test_unknown_fields_are_logged_once_per_model_and_set_of_fields(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="matrixport")
    first = type(f"First{uuid.uuid4().hex[:6]}", (), {})
    second = type(f"Second{uuid.uuid4().hex[:6]}", (), {})
    note_unknown_fields(first, {"b": 1, "a": 2})
    note_unknown_fields(first, {"a": 3, "b": 4})  # the same set: not again
    note_unknown_fields(second, {"b": 1, "a": 2})  # another model: logged
    note_unknown_fields(first, {"c": 1})  # another set: logged
    assert [record.getMessage() for record in caplog.records] == [
        f"{first.__name__}: fields the spec does not describe, kept in additional_properties: a, b",
        f"{second.__name__}: fields the spec does not describe, kept in additional_properties: a, b",
        f"{first.__name__}: fields the spec does not describe, kept in additional_properties: c",
    ]


# --- Retries -----------------------------------------------------------------------------------------------


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The client's waits between attempts (not slept), each the longest the backoff allows."""
    slept: list[float] = []
    monkeypatch.setattr("matrixport._client.time.sleep", slept.append)
    monkeypatch.setattr("matrixport._retry.random.uniform", lambda low, high: high)
    return slept


TOTAL_POSITION = envelope({"total_asset": "1", "total_profit": "0"})


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_client_error_status_is_a_definite_answer_sent_once(status: int, flavour: str) -> None:
    server = Server(httpx.Response(status, text="no"))
    client = server.client() if flavour == "sync" else server.async_client()
    with pytest.raises(HTTPStatusError) as caught:
        run(lambda: client.prime_broker.create_transfer(**TRANSFER))
    assert not isinstance(caught.value, OutcomeUnknownError)
    assert caught.value.status_code == status
    assert len(server.sent) == 1


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_server_error_status_on_a_keyed_write_is_retried_then_outcome_unknown(status: int) -> None:
    server = Server(httpx.Response(status, text="down"))
    with pytest.raises(OutcomeUnknownError) as caught:
        server.client().prime_broker.create_transfer(**TRANSFER)
    assert len(server.sent) == 3
    assert isinstance(caught.value.__cause__, HTTPStatusError)
    assert caught.value.__cause__.status_code == status


def test_a_documented_refusal_is_a_definite_answer_sent_once() -> None:
    server = Server(envelope(code=12070338, message="Insufficient Withdrawable Margin"))
    with pytest.raises(InsufficientWithdrawableMargin):
        server.client().prime_broker.create_transfer(**TRANSFER)
    assert len(server.sent) == 1


def test_a_rate_limited_read_waits_what_the_server_asks(waits: list[float]) -> None:
    server = Server(httpx.Response(429, headers={"Retry-After": "3"}), TOTAL_POSITION)
    server.client(retry_backoff=0.001).balance_plus.get_total_position()
    assert len(server.sent) == 2
    assert waits == [3.0]


def test_a_rate_limit_error_carries_the_servers_retry_after() -> None:
    server = Server(httpx.Response(429, headers={"Retry-After": "1.5"}))
    with pytest.raises(HTTPStatusError) as caught:
        server.client(max_retries=0).balance_plus.get_total_position()
    assert caught.value.retry_after == 1.5


@pytest.mark.parametrize(
    ("header", "retry_after"),
    [
        ({}, None),
        ({"Retry-After": "0"}, 0.0),
        ({"Retry-After": "-5"}, 0.0),
        ({"Retry-After": "inf"}, None),
        ({"Retry-After": "nan"}, None),
        ({"Retry-After": "Wed, 21 Oct 2026 07:28:00 GMT"}, None),
    ],
)
def test_a_retry_after_of_no_time_or_no_number_leaves_the_backoff(
    header: dict[str, str], retry_after: float | None, waits: list[float]
) -> None:
    server = Server(httpx.Response(503, headers=header))
    with pytest.raises(HTTPStatusError) as caught:
        server.client(retry_backoff=0.25).balance_plus.get_total_position()
    assert caught.value.retry_after == retry_after
    assert len(server.sent) == 3
    assert waits == [0.25, 0.5]


def test_each_attempt_times_out_no_later_than_the_calls_deadline() -> None:
    server = Server(TOTAL_POSITION)
    server.client(timeout=httpx.Timeout(30.0, connect=0.5)).balance_plus.get_total_position(
        request_options=RequestOptions(deadline=2.0)
    )
    timeouts = server.sent[0].extensions["timeout"]
    assert timeouts["connect"] == 0.5
    assert 1.5 < timeouts["read"] <= 2.0
    assert timeouts["read"] == timeouts["write"] == timeouts["pool"]


def test_a_policy_attempt_without_a_limit_gets_what_is_left_of_the_deadline() -> None:
    policy = RetryPolicy(timeout=httpx.Timeout(None, connect=5.0))
    assert policy.attempt_timeout(3.0).as_dict() == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}
    assert policy.attempt_timeout(60.0).as_dict() == {
        "connect": 5.0,
        "read": 60.0,
        "write": 60.0,
        "pool": 60.0,
    }


# --- Secrets -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        (f"GET /x?timestamp=1&signature={SIGNATURE} 502", "GET /x?timestamp=1&signature=*** 502"),
        (f'{{"amount": "1", "signature": "{SIGNATURE.lower()}"}}', '{"amount": "1", "signature": "***"}'),
        (f"X-MatrixPort-Access-Signature: {SIGNATURE}", "X-MatrixPort-Access-Signature: ***"),
        (f"'x-matrixport-access-signature': '{SIGNATURE}'", "'x-matrixport-access-signature': '***'"),
        (f"echoed {SIGNATURE}, nothing else", "echoed ***, nothing else"),
        ("tx 0x" + SIGNATURE.lower(), "tx 0x" + SIGNATURE.lower()),  # a transaction hash, not a signature
        ("id A" + SIGNATURE, "id A" + SIGNATURE),  # 65 characters: not a signature
    ],
)
def test_signatures_are_cut_from_a_text_in_every_form_a_request_carries_them(text: str, cleaned: str) -> None:
    assert redact(text) == cleaned


def test_a_key_is_shown_by_its_first_four_characters_only_when_it_is_long() -> None:
    assert mask("abcdefghi") == "abcd…"
    assert mask("abcdefgh") == "***"
    assert mask("abc") == "***"


def clients_keys() -> tuple[str, str]:
    """An access and a secret key no other test has used (keys are redacted process-wide once known)."""
    token = uuid.uuid4().hex
    return f"ak-{token[:12]}", f"sk-{token[12:24]}"


def echoing_client(access_key: str, secret_key: str, **settings: Any) -> Matrixport:
    """A client whose gateway answers 502 with the request's headers and both keys echoed back."""

    def gateway(request: httpx.Request) -> httpx.Response:
        signature = request.headers["x-matrixport-access-signature"]
        return httpx.Response(502, text=f"bad gateway: {access_key} {secret_key} signature: {signature}")

    http = httpx.Client(base_url=BASE, transport=httpx.MockTransport(gateway))
    return Matrixport(access_key, secret_key, BASE, http_client=http, retry_backoff=0.001, **settings)


def test_a_gateway_echoing_the_keys_leaves_only_their_masks_in_the_error() -> None:
    access_key, secret_key = clients_keys()
    with pytest.raises(HTTPStatusError) as caught:
        echoing_client(access_key, secret_key, max_retries=0).balance_plus.get_total_position()
    text = str(caught.value)
    assert access_key not in text and secret_key not in text
    assert f"bad gateway: {access_key[:4]}… {secret_key[:4]}… signature: ***" in text


def test_keys_of_exactly_eight_characters_are_cut_from_errors() -> None:
    token = uuid.uuid4().hex
    access_key, secret_key = f"A{token[:7]}", f"S{token[7:14]}"
    with pytest.raises(HTTPStatusError) as caught:
        echoing_client(access_key, secret_key, max_retries=0).balance_plus.get_total_position()
    assert "bad gateway: *** *** " in str(caught.value)


def test_log_lines_carrying_a_key_or_a_signature_are_logged_without_them(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="matrixport")
    access_key, secret_key = clients_keys()
    echoing_client(access_key, secret_key)
    logger = logging.getLogger("matrixport")
    logger.info("retrying %s with key %s (%s)", "get_total_position", access_key, f"signature={SIGNATURE}")
    logger.info("plain %d%%", 100)
    assert [record.getMessage() for record in caplog.records] == [
        f"retrying get_total_position with key {access_key[:4]}… (signature=***)",
        "plain 100%",
    ]


def test_a_failing_call_logs_its_retries_without_the_echoed_keys(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    access_key, secret_key = clients_keys()
    with pytest.raises(MatrixportError):
        echoing_client(access_key, secret_key, max_retries=1).balance_plus.get_total_position()
    retries = [record.getMessage() for record in caplog.records if "retrying" in record.getMessage()]
    assert len(retries) == 1
    assert access_key not in caplog.text and secret_key not in caplog.text


# --- Results ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("as_text", [False, True])
def test_a_download_is_saved_byte_for_byte_where_asked(tmp_path: Path, as_text: bool) -> None:
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    server = Server(httpx.Response(200, content=pdf, headers={"content-type": "application/pdf"}))
    download = server.client().t_bills.download_statement(short_uri="6HBJpi")
    target = tmp_path / "statement.pdf"
    saved = download.save(str(target) if as_text else target)
    assert saved == target
    assert target.read_bytes() == pdf


def test_a_model_without_unknown_fields_says_how_to_add_one() -> None:
    server = Server(TOTAL_POSITION)
    fields = server.client().balance_plus.get_total_position().additional_properties
    for change in (
        lambda: fields.__setitem__("note", "x"),
        lambda: fields.update(note="x"),
        lambda: fields.setdefault("note", "x"),
        lambda: fields.pop("note"),
        fields.popitem,
        fields.clear,
    ):
        with pytest.raises(TypeError) as caught:
            change()
        assert str(caught.value) == "no unknown fields: set one with model[key] = value"
    with pytest.raises(KeyError) as missing:
        del fields["note"]
    assert missing.value.args == ("note",)
