"""The exception classes; `matrixport.errors` documents the hierarchy and adds the generated ones."""

from __future__ import annotations

from typing import ClassVar

BODY_EXCERPT = 200


class MatrixportError(Exception):
    """Base class of every error this package raises."""


class ConfigurationError(MatrixportError):
    """The client is missing a setting (access key, secret key, base URL)."""


class InvalidRequestError(MatrixportError, ValueError):
    """The caller's arguments cannot be turned into a request (wrong type, out of range)."""

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        self.operation = operation
        super().__init__(f"{operation}: {message}" if operation else message)


class TransportError(MatrixportError):
    """The request did not get an HTTP response (connection refused or dropped, protocol error)."""

    def __init__(self, message: str, *, operation: str | None = None, request_id: str | None = None) -> None:
        self.operation = operation
        self.request_id = request_id
        super().__init__(message)


class TimeoutError(TransportError):
    """The request timed out (connect, write, read or pool)."""


class HTTPStatusError(MatrixportError):
    """The server answered with an HTTP error status and no API error code."""

    def __init__(
        self,
        status_code: int,
        body: bytes,
        *,
        operation: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.operation = operation
        self.request_id = request_id
        self.retry_after = retry_after
        """Seconds the server asked to wait (`Retry-After`), if it did."""
        super().__init__(f"{operation or 'request'}: HTTP {status_code}: {excerpt(body)}")


class ResponseValidationError(MatrixportError):
    """The response is not the documented shape: not JSON, no envelope, a field of the wrong type."""

    def __init__(
        self,
        message: str,
        *,
        body: bytes = b"",
        operation: str | None = None,
        request_id: str | None = None,
        status_code: int | None = None,
    ) -> None:
        self.body = body
        self.operation = operation
        self.request_id = request_id
        self.status_code = status_code
        where = f"{operation}: " if operation else ""
        super().__init__(f"{where}{message}; body starts: {excerpt(body)}")


class APIError(MatrixportError):
    """The API answered with a non-zero `code`.

    Subclasses, generated from the spec's error-code tables, carry the class
    attributes `code`, `documented_message`, `retryable` and `pending`.
    """

    code: int = 0
    documented_message: ClassVar[str] = ""
    retryable: ClassVar[bool] = False
    pending: ClassVar[bool] = False

    def __init__(
        self,
        code: int,
        message: str,
        *,
        operation: str | None = None,
        request_id: str | None = None,
        http_status: int | None = None,
        idempotency_key: str | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.operation = operation
        self.request_id = request_id
        self.http_status = http_status
        self.idempotency_key = idempotency_key
        text = message or self.documented_message or "no message"
        detail = f" (request id {request_id})" if request_id else ""
        super().__init__(f"{operation or 'request'}: error {code}: {text}{detail}")

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_api_error,
            (type(self), self.code, self.message, self.operation, self.request_id, self.http_status),
        )


class OutcomeUnknownError(MatrixportError):
    """A request that creates something failed after it may have reached the server, and was not retried.

    The operation has no idempotency key the server honours, so sending it again could create a
    second order, deposit or transfer. Check with `check_with` (the spec's result or list operation)
    before deciding to try again. `__cause__` is the failure itself.
    """

    def __init__(
        self, operation: str, cause: MatrixportError, *, check_with: str | None, request_id: str | None
    ) -> None:
        self.operation = operation
        self.cause = cause
        self.check_with = check_with
        self.request_id = request_id
        advice = f"check with {check_with} before trying again" if check_with else "check before trying again"
        super().__init__(
            f"{operation}: the outcome is unknown, the request may have reached the server"
            f" ({cause}); {advice}"
        )


class OperationFailedError(MatrixportError):
    """The outcome of an asynchronous operation, waited for with a `wait_...` method, is a failure."""

    def __init__(self, operation: str, result: object) -> None:
        self.operation = operation
        self.result = result
        super().__init__(f"{operation}: the operation failed: {result!r}")


class WaitTimeoutError(MatrixportError):
    """A `wait_...` method gave up: the outcome was still pending when its timeout ran out."""

    def __init__(self, operation: str, timeout: float, last: object) -> None:
        self.operation = operation
        self.timeout = timeout
        self.last = last
        super().__init__(f"{operation}: still pending after {timeout} s; last answer: {last!r}")


def _rebuild_api_error(
    cls: type[APIError],
    code: int,
    message: str,
    operation: str | None,
    request_id: str | None,
    status: int | None,
) -> APIError:
    return cls(code, message, operation=operation, request_id=request_id, http_status=status)


def excerpt(body: bytes) -> str:
    text = body[:BODY_EXCERPT].decode("utf-8", errors="replace")
    return repr(text) + ("…" if len(body) > BODY_EXCERPT else "") if body else "<empty>"
