"""Signing: fixed vectors, equivalence with the documents' Python demo, and the request a client sends."""

from __future__ import annotations

import hashlib
import hmac
import json
from decimal import Decimal
from urllib.parse import parse_qsl

import httpx
import pytest
from matrixport import MatrixportAuth, sign, string_to_sign

SECRET = "example-secret-key"


def demo_sign(data: dict[str, object], api_path: str, secret_key: str) -> str:
    """`sign` from the "Python Demo (Signature and Request)" in prime-broker.txt, secret as a parameter."""
    s = [api_path]
    ss = [f"{j}={k}" for j, k in sorted(data.items())]
    s.extend(ss)
    str_to_sign = "&".join(s)
    return (
        hmac.new(secret_key.encode("utf-8"), str_to_sign.encode("UTF-8"), digestmod=sha256)
        .hexdigest()
        .upper()
    )


sha256 = hashlib.sha256


def test_fixed_vector_get() -> None:
    params = [
        ("currency", "BTC"),
        ("product_type", "flexi_saving"),
        ("subject_type", "flexi_saving"),
        ("timestamp", 1627021721000),
    ]
    path = "/flexible/api/v2/deposit-redeem/currency/detail"
    assert string_to_sign(path, params) == (
        "/flexible/api/v2/deposit-redeem/currency/detail"
        "&currency=BTC&product_type=flexi_saving&subject_type=flexi_saving&timestamp=1627021721000"
    )
    # Computed independently: printf '%s' "<string to sign>" | openssl dgst -sha256 -hmac example-secret-key
    assert sign(SECRET, path, params) == "04E489A36555EE5E66C9BC9432C88078FCB30DDCBCEAA96F70E257FFA7E8D475"


@pytest.mark.parametrize(
    ("path", "data"),
    [
        (
            "/credit/agency/v1/allocate",
            {
                "amount": "1",
                "currency": "BTC",
                "from_account": "9547_huobi_1",
                "timestamp": 1700000000000,
                "to_account": "9547_okex_1",
                "serial_no": "1700000000000",
            },
        ),
        ("/flexible/api/v2/user/asset/summary", {"timestamp": 1627021721000}),
        (
            "/flexible/api/v2/deposit-redeem/orders",
            {"limit": 10, "offset": 0, "currency": "ETH", "timestamp": 1},
        ),
    ],
)
def test_equals_the_documented_demo_for_flat_parameters(path: str, data: dict[str, object]) -> None:
    assert sign(SECRET, path, data.items()) == demo_sign(data, path, SECRET)


def test_encoding_rules() -> None:
    params = [
        ("redeem_all", True),
        ("skipped", None),
        ("amount", Decimal("0.00000001")),
        ("lending_accounts", [{"amount": "2", "account_id": "b"}, {"account_id": "a", "amount": "1"}]),
        ("nested", {"y": 2, "x": False}),
    ]
    assert string_to_sign("/p", params) == (
        "/p&amount=0.00000001"
        "&lending_accounts=[account_id=b&amount=2&account_id=a&amount=1]"
        "&nested=x=false&y=2&redeem_all=true"
    )


def test_repeated_query_key_keeps_its_order() -> None:
    assert string_to_sign("/p", [("order_status", "4"), ("a", "1"), ("order_status", "1")]) == (
        "/p&a=1&order_status=4&order_status=1"
    )


def _clock() -> int:
    return 1627021721000


def test_auth_signs_a_get_in_the_query() -> None:
    auth = MatrixportAuth("my-access-key", SECRET, clock=_clock)
    request = httpx.Request(
        "GET", "https://mapi.matrixport.com/flexible/api/v2/app/homepage?product_type=flexi_saving"
    )
    signed = auth.sign_request(request)
    query = dict(parse_qsl(signed.url.query.decode()))
    assert query["timestamp"] == "1627021721000"
    expected = sign(
        SECRET,
        "/flexible/api/v2/app/homepage",
        [("product_type", "flexi_saving"), ("timestamp", "1627021721000")],
    )
    assert query["signature"] == expected
    assert signed.headers["X-MatrixPort-Access-Signature"] == expected
    assert signed.headers["X-MatrixPort-Access-Key"] == "my-access-key"


def test_auth_signs_a_post_in_the_body_and_keeps_decimals_exact() -> None:
    auth = MatrixportAuth("my-access-key", SECRET, clock=_clock)
    request = httpx.Request(
        "POST",
        "https://mapi.matrixport.com/flexible/api/v2/deposit",
        content=b'{"amount": 0.10, "currency": "BTC"}',
    )
    signed = auth.sign_request(request)
    body = json.loads(signed.content, parse_float=Decimal)
    assert body["amount"] == Decimal("0.10")
    assert b'"amount":0.10' in signed.content
    assert body["timestamp"] == 1627021721000
    assert body["signature"] == sign(
        SECRET,
        "/flexible/api/v2/deposit",
        [("amount", Decimal("0.10")), ("currency", "BTC"), ("timestamp", 1627021721000)],
    )
    assert signed.headers["Content-Length"] == str(len(signed.content))


def test_every_attempt_gets_a_fresh_timestamp_and_signature() -> None:
    ticks = iter([1000, 2000])
    auth = MatrixportAuth("my-access-key", SECRET, clock=lambda: next(ticks))
    request = httpx.Request("GET", "https://mapi.matrixport.com/p?a=1")
    first = auth.sign_request(request)
    second = auth.sign_request(first)  # a retry re-signs: old timestamp and signature are replaced
    assert dict(first.url.params)["timestamp"] == "1000"
    assert dict(second.url.params)["timestamp"] == "2000"
    assert second.url.params.get_list("signature") == [second.headers["X-MatrixPort-Access-Signature"]]
    assert first.headers["X-MatrixPort-Access-Signature"] != second.headers["X-MatrixPort-Access-Signature"]


def test_auth_never_shows_the_secret() -> None:
    auth = MatrixportAuth("my-access-key-1234", "super-secret-value")
    assert "super-secret-value" not in repr(auth)
    assert "my-access-key-1234" not in repr(auth)
