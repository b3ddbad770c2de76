"""The public error classes, built the way a caller's own tests build them (to stand in for a failure).

Integrators catch these errors by attribute (`error.operation`, `error.request_id`, `error.code`) and
show their text to operators; both must hold whoever raised the error, not only the client's call
path (which sets some attributes again after building the error).
"""

from __future__ import annotations

import pytest
from matrixport import errors

SIGNATURE = "A" * 64


def test_a_base_error_redacts_signatures_in_its_text_and_leaves_other_arguments_alone() -> None:
    error = errors.MatrixportError(f"echoed: signature={SIGNATURE.lower()} {SIGNATURE}", 42)

    assert error.args == ("echoed: signature=*** ***", 42)
    assert str(errors.MatrixportError(7)) == "7"


def test_an_api_error_keeps_what_it_was_built_with() -> None:
    error = errors.APIError(
        10001,
        "",
        operation="balance_plus.get_products",
        request_id="req-1",
        http_status=200,
        idempotency_key="k-1",
    )

    assert (error.code, error.message, error.operation, error.request_id) == (
        10001,
        "",
        "balance_plus.get_products",
        "req-1",
    )
    assert (error.http_status, error.idempotency_key) == (200, "k-1")
    assert str(error) == "balance_plus.get_products: error 10001: no message (request id req-1)"


def test_an_api_error_without_operation_or_request_id_says_request() -> None:
    assert str(errors.APIError(5, "busy")) == "request: error 5: busy"


def test_an_http_status_error_keeps_what_it_was_built_with() -> None:
    error = errors.HTTPStatusError(
        503, b"down", operation="t_bills.get_products", request_id="req-2", retry_after=1.5
    )

    assert (error.status_code, error.body, error.operation, error.request_id, error.retry_after) == (
        503,
        b"down",
        "t_bills.get_products",
        "req-2",
        1.5,
    )
    assert str(error) == "t_bills.get_products: HTTP 503: 'down'"
    assert str(errors.HTTPStatusError(502, b"")) == "request: HTTP 502: <empty>"


def test_a_transport_error_and_a_timeout_keep_what_they_were_built_with() -> None:
    for kind in (errors.TransportError, errors.TimeoutError):
        error = kind("connection reset", operation="prime_broker.get_accounts", request_id="req-3")

        assert (error.operation, error.request_id, str(error)) == (
            "prime_broker.get_accounts",
            "req-3",
            "connection reset",
        )


def test_a_response_validation_error_keeps_what_it_was_built_with() -> None:
    error = errors.ResponseValidationError(
        "not JSON", body=b"<html>", operation="fixed_income.get_products", request_id="req-4", status_code=200
    )

    assert (error.body, error.operation, error.request_id, error.status_code) == (
        b"<html>",
        "fixed_income.get_products",
        "req-4",
        200,
    )
    assert str(error) == "fixed_income.get_products: not JSON; body starts: '<html>'"


@pytest.mark.parametrize(
    ("check_with", "advice"),
    [
        (
            "prime_broker.get_transfer_record",
            "check with prime_broker.get_transfer_record before trying again",
        ),
        (None, "check before trying again"),
    ],
)
def test_a_keyless_unknown_outcome_says_where_to_check(check_with: str | None, advice: str) -> None:
    cause = errors.TimeoutError("read timed out")

    error = errors.OutcomeUnknownError(
        "prime_broker.create_transfer", cause, check_with=check_with, request_id="req-5"
    )

    assert str(error) == (
        "prime_broker.create_transfer: the outcome is unknown, the request may have reached the server"
        f" (read timed out); {advice}"
    )
    assert (error.idempotency_key, error.request_id, error.__cause__) == (None, "req-5", cause)
