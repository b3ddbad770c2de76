"""The exception classes; `matrixport.errors` documents the hierarchy and adds the generated ones."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from ._redact import redact

BODY_EXCERPT = 200


class MatrixportError(Exception):
    """Base class of every error this package raises.

    Errors raised by a call carry its `operation` (the Python method's name) and `request_id`
    (the `x-request-id` sent on every attempt); errors raised by a write also carry the
    `idempotency_key` it sent (None where the operation has none).
    """

    operation: str | None = None
    request_id: str | None = None
    idempotency_key: str | None = None

    _not_pickled: ClassVar[frozenset[str]] = frozenset()
    """Attributes that cannot travel to another process (they are None there)."""

    def __init__(self, *args: object) -> None:
        # A server's error page may echo the signed request back: its text never carries a secret.
        super().__init__(*(redact(arg) if isinstance(arg, str) else arg for arg in args))

    def __reduce__(self) -> tuple[object, ...]:
        # Pickling an exception calls its class with `args` (the message): not what these __init__ take.
        state = {name: None if name in self._not_pickled else value for name, value in vars(self).items()}
        return (_restore, (type(self), self.args), state)


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
    """Refused before acting ("try again later"): safe to send again after a pause."""
    pending: ClassVar[bool] = False
    """Still processing: a result operation answers this while the outcome is not final."""
    duplicate: ClassVar[bool] = False
    """The idempotency key was already used: the server refuses a repeat instead of replaying it."""
    resign: ClassVar[bool] = False
    """Refused for its signature or timestamp, before acting: sent once more with a fresh signature."""

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


class OutcomeUnknownError(MatrixportError):
    """A write may have happened, and the client could not find out: it is not sent again by itself.

    `idempotency_key` is the key the write sent (None where the operation has none): call the
    method again with it (`serial_no=error.idempotency_key`) and the server recognises a repeat,
    or let `client.resolve(error)` ask `check_with` (the Python method that reports the outcome,
    e.g. `"prime_broker.get_transfer_record"`). `__cause__` is the failure itself.
    """

    _not_pickled = frozenset({"resolver"})  # a flow of this process's client

    def __init__(
        self,
        operation: str,
        cause: MatrixportError,
        *,
        check_with: str | None,
        request_id: str | None,
        idempotency_key: str | None = None,
        resolver: Callable[[], Any] | None = None,
    ) -> None:
        self.operation = operation
        self.cause = cause
        self.check_with = check_with
        self.request_id = request_id
        self.idempotency_key = idempotency_key
        self.resolver = resolver
        """Makes the flow that looks the outcome up (`client.resolve`); None when it cannot be looked up."""
        self.__cause__ = cause
        if idempotency_key is not None:
            advice = f"client.resolve(error), or call again with the same key {idempotency_key!r}"
            if check_with:
                advice += f", or check with {check_with}"
        else:
            advice = (
                f"check with {check_with} before trying again" if check_with else "check before trying again"
            )
        super().__init__(
            f"{operation}: the outcome is unknown, the request may have reached the server ({cause});"
            f" {advice}"
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


def _restore(cls: type[MatrixportError], args: tuple[object, ...]) -> MatrixportError:
    error = cls.__new__(cls)
    error.args = args
    return error


def excerpt(body: bytes) -> str:
    """The start of `body` for a message, without secrets (redacted before it is cut)."""
    if not body:
        return "<empty>"
    read = BODY_EXCERPT * 4  # enough bytes for BODY_EXCERPT characters of any width
    text = redact(body[:read].decode("utf-8", errors="replace"))
    cut = len(text) > BODY_EXCERPT or len(body) > read
    return repr(text[:BODY_EXCERPT]) + ("…" if cut else "")
