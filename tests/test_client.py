"""Client behaviour that needs no server: argument checks before sending, error details, settings."""

from __future__ import annotations

import json
from decimal import Decimal

import httpx
import pytest
from matrixport import ConfigurationError, InvalidRequestError, Matrixport, ResponseValidationError, problems
from matrixport.prime_broker.errors import RepeatedRequest

BASE = "https://mapi.example.invalid"


def mock_client(handler: httpx.MockTransport | None = None, body: object = None) -> tuple[Matrixport, list]:
    sent: list[httpx.Request] = []

    def respond(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(
            200, json=body if body is not None else {"code": 0, "message": "", "data": "ok"}
        )

    http = httpx.Client(base_url=BASE, transport=handler or httpx.MockTransport(respond))
    return Matrixport("access-key-0001", "secret-key-0001", BASE, http_client=http, retry_backoff=0.001), sent


def test_spec_limits_are_checked_before_sending() -> None:
    client, sent = mock_client()
    with pytest.raises(InvalidRequestError, match=r"serial_no is shorter than 8"):
        client.prime_broker.create_transfer(
            serial_no="short", amount=Decimal("1"), currency="BTC", from_account="a", to_account="b"
        )
    with pytest.raises(InvalidRequestError, match=r"does not match"):
        client.prime_broker.create_transfer(
            serial_no="has spaces in it",
            amount=Decimal("1"),
            currency="BTC",
            from_account="a",
            to_account="b",
        )
    assert sent == []


def test_a_generated_idempotency_key_is_valid_and_reported_on_errors() -> None:
    client, sent = mock_client(body={"code": 12070528, "message": "Repeated Request"})
    with pytest.raises(RepeatedRequest) as caught:
        client.prime_broker.create_transfer(
            amount=Decimal("1"), currency="BTC", from_account="a", to_account="b"
        )
    [request] = sent
    serial_no = json.loads(request.content)["serial_no"]
    assert 8 <= len(serial_no) <= 32
    assert caught.value.idempotency_key == serial_no


def test_floats_are_refused_for_money() -> None:
    client, sent = mock_client()
    with pytest.raises(InvalidRequestError, match="floats are refused"):
        client.balance_plus.create_deposit(currency="BTC", amount=0.1)  # type: ignore[arg-type]
    assert sent == []


@pytest.mark.parametrize(
    "body",
    [b"<html>502 Bad Gateway</html>", b"", b'{"code": 0, "data": {"total_asset": ', b"[1, 2]"],
)
def test_malformed_responses_are_response_validation_errors(body: bytes) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    client, _ = mock_client(transport)
    with pytest.raises(ResponseValidationError) as caught:
        client.balance_plus.get_total_position()
    assert caught.value.operation == "get_total_position"


def test_wrong_field_types_are_response_validation_errors_when_read() -> None:
    client, _ = mock_client(body={"code": 0, "message": "", "data": {"total_asset": [], "total_profit": {}}})
    position = client.balance_plus.get_total_position()
    with pytest.raises(ResponseValidationError, match="total_asset"):
        _ = position.total_asset
    assert [problem.field for problem in problems(position)] == ["total_asset", "total_profit"]


def test_wrong_field_types_are_response_validation_errors_at_once_when_strict() -> None:
    client, _ = mock_client(body={"code": 0, "message": "", "data": {"total_asset": [], "total_profit": {}}})
    client.strict = True
    with pytest.raises(ResponseValidationError, match=r"documented shape: TotalPosition\.total_asset"):
        client.balance_plus.get_total_position()


def test_missing_keys_and_a_none_timeout_are_configuration_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MATRIXPORT_ACCESS_KEY", raising=False)
    monkeypatch.delenv("MATRIXPORT_SECRET_KEY", raising=False)
    with pytest.raises(ConfigurationError):
        Matrixport()
    with pytest.raises(ConfigurationError):
        Matrixport("a", "b", timeout=None)  # type: ignore[arg-type]
