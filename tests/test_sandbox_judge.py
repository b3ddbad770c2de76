"""The sandbox's signature judge: fixed vectors worked by hand, refusals, and independence from the client.

The expected signatures were computed outside Python, from the strings below:
`printf '%s' '<string to sign>' | openssl dgst -sha256 -hmac example-secret-key`.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import matrixport._signing as client_signing
import pytest
from matrixport.errors import SignatureError
from matrixport.sandbox import Sandbox, judge
from matrixport.sandbox.judge import Judge, Refused, signature, string_to_sign

SECRET = "example-secret-key"
ACCESS = "example-access-key"
NOW = 1_695_634_589_886

VECTORS = [
    pytest.param(  # spec/README.md, "Signing": the worked example
        "/flexible/api/v2/deposit-redeem/currency/detail",
        [
            ("currency", "BTC"),
            ("product_type", "flexi_saving"),
            ("subject_type", "flexi_saving"),
            ("timestamp", "1627021721000"),
        ],
        "/flexible/api/v2/deposit-redeem/currency/detail&currency=BTC&product_type=flexi_saving&subject_type=flexi_saving"
        "&timestamp=1627021721000",
        "04E489A36555EE5E66C9BC9432C88078FCB30DDCBCEAA96F70E257FFA7E8D475",
        id="get-worked-example",
    ),
    pytest.param(  # Prime Broker, "Python Demo (Signature and Request)": the transfer body, sorted
        "/credit/agency/v1/allocate",
        [
            ("amount", "1"),
            ("currency", "BTC"),
            ("from_account", "9547_huobi_1"),
            ("timestamp", NOW),
            ("to_account", "9547_okex_1"),
            ("serial_no", str(NOW)),
        ],
        "/credit/agency/v1/allocate&amount=1&currency=BTC&from_account=9547_huobi_1&serial_no=1695634589886"
        "&timestamp=1695634589886&to_account=9547_okex_1",
        "D9DDA0D6474363105611A7C6B4C0ACE718103DB33EECA169B9CE6932A72E6D9C",
        id="post-python-demo",
    ),
    pytest.param(  # a list of objects (Set Lending Account): each item's sorted pairs, inside [ ]
        "/credit/agency/v1/order/leading_account",
        [
            ("order_id", "7094504820274515968"),
            ("timestamp", NOW),
            (
                "lending_accounts",
                [
                    {"account_id": "888_binance_1", "amount": "100.1"},
                    {"amount": "5", "account_id": "888_okex_1"},
                ],
            ),
        ],
        "/credit/agency/v1/order/leading_account&lending_accounts=[account_id=888_binance_1&amount=100.1"
        "&account_id=888_okex_1&amount=5]&order_id=7094504820274515968&timestamp=1695634589886",
        "9646D0D745113D713381CA99865DCF183252E1A8E0FC7E11F2DEAE2CDC5B132F",
        id="post-list-of-objects",
    ),
    pytest.param(  # a boolean is signed true / false
        "/flexible/api/v2/redeem",
        [
            ("amount", "0.5"),
            ("currency", "BTC"),
            ("order_source", "1"),
            ("product_type", "flexi_saving"),
            ("redeem_all", True),
            ("subject_type", "flexi_saving"),
            ("timestamp", 1627021721000),
        ],
        "/flexible/api/v2/redeem&amount=0.5&currency=BTC&order_source=1&product_type=flexi_saving&redeem_all=true"
        "&subject_type=flexi_saving&timestamp=1627021721000",
        "D205CDAFD8A83CF3973C636F71EA54F4482851998CFD426A445D1A1E79321CB8",
        id="post-boolean",
    ),
    pytest.param(  # a repeated query key: one pair per value, in the order sent
        "/fixed-income/api/v2/orders",
        [("order_status", "4"), ("limit", "10"), ("order_status", "1"), ("timestamp", "1627021721000")],
        "/fixed-income/api/v2/orders&limit=10&order_status=4&order_status=1&timestamp=1627021721000",
        "6DB8FC5E474F15CFDCD4C5040DBC1CF5922FB89D4E33F52F1F725985C782DF87",
        id="get-repeated-key",
    ),
]


@pytest.mark.parametrize(("path", "params", "text", "expected"), VECTORS)
def test_fixed_vectors(path: str, params: list[tuple[str, Any]], text: str, expected: str) -> None:
    assert string_to_sign(path, params) == text
    assert signature(SECRET, text) == expected


def fixed_judge() -> Judge:
    return Judge({ACCESS: SECRET}.get, wall=lambda: NOW)


def signed_post(path: str, body: dict[str, Any], sig: str | None = None) -> tuple[bytes, dict[str, str]]:
    body = {**body, "timestamp": NOW}
    sig = sig or signature(SECRET, string_to_sign(path, body.items()))
    raw = json.dumps({**body, "signature": sig}).encode()
    return raw, {"x-matrixport-access-key": ACCESS, "x-matrixport-access-signature": sig}


TRANSFER = {
    "amount": "1",
    "currency": "BTC",
    "from_account": "9547_huobi_1",
    "to_account": "9547_okex_1",
    "serial_no": str(NOW),
}


def test_a_documented_request_passes_and_any_one_character_changed_fails() -> None:
    path = "/credit/agency/v1/allocate"
    body, headers = signed_post(path, TRANSFER)
    assert (
        headers["x-matrixport-access-signature"]
        == "D9DDA0D6474363105611A7C6B4C0ACE718103DB33EECA169B9CE6932A72E6D9C"
    )
    assert fixed_judge().check("POST", path, [], body, headers).access_key == ACCESS
    sig = headers["x-matrixport-access-signature"]
    altered = [
        ("POST", path.replace("allocate", "allocatf"), body, headers),
        ("POST", path, body.replace(b'"amount": "1"', b'"amount": "2"'), headers),
        ("POST", path, body, {**headers, "x-matrixport-access-signature": sig[:-1] + "0"}),
    ]
    for method, where, content, sent in altered:
        with pytest.raises(Refused) as refused:
            fixed_judge().check(method, where, [], content, sent)
        assert refused.value.code == 17002010


def refusal(
    method: str, path: str, query: list[tuple[str, str]], body: bytes, headers: dict[str, str]
) -> Refused:
    with pytest.raises(Refused) as refused:
        fixed_judge().check(method, path, query, body, headers)
    return refused.value


def test_refusals_carry_the_gateway_codes_and_never_the_signature_or_secret() -> None:
    path = "/credit/agency/v1/allocate"
    body, headers = signed_post(path, TRANSFER)
    sig = headers["x-matrixport-access-signature"]
    stale_body, stale_headers = signed_post(path, {**TRANSFER, "timestamp": NOW})
    cases = {
        "unknown key": (
            refusal("POST", path, [], body, {**headers, "x-matrixport-access-key": "nobody"}),
            17002013,
        ),
        "no signature header": (
            refusal("POST", path, [], body, {"x-matrixport-access-key": ACCESS}),
            17002001,
        ),
        "query on a POST": (refusal("POST", path, [("amount", "1000")], body, headers), 17002001),
        "not JSON": (refusal("POST", path, [], b"amount=1", headers), 17002001),
        "stale": (_stale(path, stale_body, stale_headers), 17002010),
    }
    for name, (refused, code) in cases.items():
        assert refused.code == code, name
        assert sig not in refused.message and SECRET not in refused.message, name
    assert "query string" in cases["query on a POST"][0].message
    assert "1680000 ms behind" in cases["stale"][0].message


def _stale(path: str, body: bytes, headers: dict[str, str]) -> Refused:
    with pytest.raises(Refused) as refused:
        Judge({ACCESS: SECRET}.get, wall=lambda: NOW + 28 * 60_000).check("POST", path, [], body, headers)
    return refused.value


@pytest.mark.parametrize("char", ["&", "=", "[", "]"])
def test_values_that_make_the_string_to_sign_ambiguous_are_refused(char: str) -> None:
    path = "/credit/agency/v1/order/leading_account"
    nested = {"order_id": "1", "lending_accounts": [{"account_id": f"888{char}binance", "amount": "1"}]}
    body, headers = signed_post(path, nested)  # correctly signed: refused for what it could be confused with
    refused = refusal("POST", path, [], body, headers)
    assert refused.code == 17002001
    assert "lending_accounts[0].account_id" in refused.message and "ambiguous" in refused.message
    get_path = "/flexible/api/v2/deposit-redeem/currency/detail"
    query = [("currency", f"BTC{char}product_type"), ("timestamp", str(NOW))]
    sig = signature(SECRET, string_to_sign(get_path, query))
    headers = {"x-matrixport-access-key": ACCESS, "x-matrixport-access-signature": sig}
    refused = refusal("GET", get_path, [*query, ("signature", sig)], b"", headers)
    assert refused.code == 17002001 and "currency" in refused.message


def test_signatures_are_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = judge.hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(judge.hmac, "compare_digest", spy)
    path = "/credit/agency/v1/allocate"
    body, headers = signed_post(path, TRANSFER)
    fixed_judge().check("POST", path, [], body, headers)
    assert len(compared) == 2  # the parameter and the header, each against the expected signature


def test_the_sandbox_shares_no_signing_code_with_the_client() -> None:
    package = Path(judge.__file__).parent
    for module in package.rglob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [node.module or ""] + [alias.name for alias in node.names]
                if isinstance(node, ast.ImportFrom)
                else [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            assert not any(
                "_signing" in name or name in ("sign", "system_clock", "MatrixportAuth") for name in names
            ), module


# ---- breaking the client's signing makes the sandbox refuse it ---------------------------------


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as instance:
        yield instance


def test_the_unbroken_client_is_accepted(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        assert client.balance_plus.get_total_position().total_asset is not None


def test_a_one_character_slip_in_the_string_to_sign_is_refused(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = client_signing.string_to_sign

    def slipped(path: str, params: Any) -> str:
        text = real(path, params)
        return text.replace("&", "|", 1)  # one character

    monkeypatch.setattr(client_signing, "string_to_sign", slipped)
    with sandbox.client(max_retries=0) as client, pytest.raises(SignatureError):
        client.balance_plus.get_total_position()


def test_a_one_character_slip_in_the_signature_is_refused(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = client_signing.sign

    def slipped(secret_key: str, path: str, params: Any) -> str:
        digest = real(secret_key, path, params)
        return digest[:-1] + ("0" if digest[-1] != "0" else "1")

    monkeypatch.setattr(client_signing, "sign", slipped)
    with sandbox.client(max_retries=0) as client, pytest.raises(SignatureError):
        client.prime_broker.list_order_operations(limit=10)


@pytest.mark.parametrize(
    "clock",
    [
        pytest.param(lambda: client_signing.system_clock() + 28 * 60_000, id="28 minutes off"),
        pytest.param(lambda: client_signing.system_clock() // 1000, id="seconds, not milliseconds"),
    ],
)
def test_a_broken_client_clock_is_refused(sandbox: Sandbox, clock: Any) -> None:
    with sandbox.client(clock=clock, max_retries=0) as client, pytest.raises(SignatureError):
        client.balance_plus.get_total_position()
