"""The facades `Matrixport` and `AsyncMatrixport`: settings, transport, envelope handling.

Per-document method sets (`client.balance_plus`, ...) are generated from the
spec (`matrixport.<document>.client`); each method builds its request parts
with the generated endpoint module and hands them to `call()` here, which
signs, sends and decodes. Nothing here knows an individual operation.
"""

from __future__ import annotations

import asyncio
import enum
import importlib
import logging
import os
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast, overload

import httpx

from ._convert import json_dumps, json_loads, wire_text
from ._error_sets import GATEWAY_ERRORS
from ._exceptions import (
    APIError,
    ConfigurationError,
    HTTPStatusError,
    InvalidRequestError,
    MatrixportError,
    OperationFailedError,
    ResponseValidationError,
    TimeoutError,
    TransportError,
    WaitTimeoutError,
)
from ._operation import Operation, RequestParts, ResponseKind
from ._paging import PageWalker
from ._retry import RetryPolicy, next_step, retry_after_seconds
from ._signing import Clock, MatrixportAuth, mask, system_clock

if TYPE_CHECKING:
    from .balance_plus.client import AsyncBalancePlus, BalancePlus
    from .fixed_income.client import AsyncFixedIncome, FixedIncome
    from .fixed_staking.client import AsyncFixedStaking, FixedStaking
    from .prime_broker.client import AsyncPrimeBroker, PrimeBroker
    from .t_bills.client import AsyncTBills, TBills

T = TypeVar("T")
P = ParamSpec("P")

log = logging.getLogger("matrixport")

DEFAULT_BASE_URL = "https://mapi.matrixport.com"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""Never `None`: a call that hangs forever cannot be retried or reported."""

REQUEST_ID_HEADER = "x-request-id"
LANGUAGE_HEADER = "language-type"

# What the generated parsers raise when data is not the documented shape.
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, ArithmeticError, IndexError)


class Language(enum.IntEnum):
    """The `language-type` header: the language of texts in responses."""

    CN = 0
    EN = 1
    RU = 2


@dataclass(frozen=True)
class RequestOptions:
    """Per-call settings; every generated method accepts `request_options=`."""

    timeout: float | httpx.Timeout | None = None
    extra_headers: Mapping[str, str] | None = None
    request_id: str | None = None
    """Sent as `x-request-id` (the same on every retry of the call); a new UUID when None."""
    max_retries: int | None = None


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """What `client.raw(...)` returns: the parsed result and the HTTP response it came from."""

    parsed: T
    status_code: int
    headers: httpx.Headers
    request_id: str
    content: bytes
    attempts: int


_captured: ContextVar[list[RawResponse[Any]] | None] = ContextVar("matrixport_raw", default=None)


@dataclass(frozen=True)
class Download:
    """A file an operation returned instead of JSON."""

    content: bytes
    content_type: str
    filename: str | None = None

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the file to `path` and return it."""
        target = Path(path)
        target.write_bytes(self.content)
        return target


def query_pairs(params: Mapping[str, Any]) -> list[tuple[str, str | int | float | bool | None]]:
    """Wire-form query parameters: `None` left out, a list as a repeated key."""
    pairs: list[tuple[str, str | int | float | bool | None]] = []
    for key, value in params.items():
        if value is None:
            continue
        for item in value if isinstance(value, (list, tuple)) else (value,):
            if item is not None:
                pairs.append((key, wire_text(item)))
    return pairs


def _generic_operation(method: str, path: str, signed: bool) -> Operation[Any]:
    return Operation(
        document="custom",
        operation_id="request",
        name="request",
        method=method.upper(),
        path=path,
        build=lambda _parts: _parts,
        parse=lambda data: data,
        errors=GATEWAY_ERRORS,
        signed=signed,
        side_effects=method.upper() != "GET",
    )


class _Document(Generic[T]):
    """A per-document attribute (`client.balance_plus`): its generated package is imported on first use.

    Importing every document's models up front would cost every user the start-up time of all five.
    """

    def __init__(self, package: str, class_name: str) -> None:
        self._package = package
        self._class_name = class_name
        self._attribute = package

    def __set_name__(self, owner: type, name: str) -> None:
        self._attribute = name

    @overload
    def __get__(self, instance: None, owner: type) -> _Document[T]: ...
    @overload
    def __get__(self, instance: object, owner: type) -> T: ...
    def __get__(self, instance: object | None, owner: type) -> T | _Document[T]:
        if instance is None:
            return self
        module = importlib.import_module(f"matrixport.{self._package}.client")
        document: T = getattr(module, self._class_name)(instance)
        instance.__dict__[self._attribute] = document  # later lookups skip the descriptor
        return document


class _ClientCore:
    """Settings and the request/response logic the sync and async clients share."""

    def __init__(
        self,
        access_key: str | None,
        secret_key: str | None,
        base_url: str | None,
        *,
        language: Language,
        timeout: float | httpx.Timeout,
        max_retries: int,
        retry_backoff: float,
        clock: Clock,
        clock_offset_ms: int,
    ) -> None:
        access_key = access_key or os.environ.get("MATRIXPORT_ACCESS_KEY")
        secret_key = secret_key or os.environ.get("MATRIXPORT_SECRET_KEY")
        if not access_key or not secret_key:
            raise ConfigurationError(
                "an access key and a secret key are required: pass access_key= and secret_key=, "
                "or set MATRIXPORT_ACCESS_KEY and MATRIXPORT_SECRET_KEY"
            )
        if timeout is None:
            raise ConfigurationError(
                "timeout=None is not allowed: pass a number of seconds or an httpx.Timeout"
            )
        if max_retries < 0:
            raise ConfigurationError("max_retries must be 0 or more")
        self.base_url = base_url or os.environ.get("MATRIXPORT_BASE_URL") or DEFAULT_BASE_URL
        self.language = Language(language)
        self.timeout = timeout
        self.retry_policy = RetryPolicy(max_retries=max_retries, backoff=retry_backoff)
        self._access_key_hint = mask(access_key)
        adjusted = clock if not clock_offset_ms else (lambda: clock() + clock_offset_ms)
        self._auth = MatrixportAuth(access_key, secret_key, clock=adjusted)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, access_key={self._access_key_hint!r})"

    def _policy(self, options: RequestOptions | None) -> RetryPolicy:
        if options is None or options.max_retries is None:
            return self.retry_policy
        return replace(self.retry_policy, max_retries=options.max_retries)

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Operation[Any],
        parts: RequestParts,
        options: RequestOptions | None,
        request_id: str,
    ) -> httpx.Request:
        headers = {REQUEST_ID_HEADER: request_id, LANGUAGE_HEADER: str(int(self.language))}
        if options and options.extra_headers:
            headers.update(options.extra_headers)
        content = None
        if parts.json is not None:
            headers["Content-Type"] = "application/json"
            content = json_dumps({k: v for k, v in parts.json.items() if v is not None})
        return http.build_request(
            op.method,
            parts.path,
            params=query_pairs(parts.params) or None,
            content=content,
            headers=headers,
            timeout=options.timeout if options and options.timeout is not None else self.timeout,
        )

    @staticmethod
    def _parts(op: Operation[Any], kwargs: dict[str, Any]) -> RequestParts:
        try:
            parts = op.build(**kwargs)
            op.check_limits(parts)
        except (TypeError, ValueError, ArithmeticError, AttributeError) as exc:
            raise InvalidRequestError(str(exc), operation=op.name) from exc
        return parts

    @staticmethod
    def _transport_error(op: Operation[Any], exc: httpx.HTTPError, request_id: str) -> TransportError:
        kind = TimeoutError if isinstance(exc, httpx.TimeoutException) else TransportError
        error = kind(f"{op.name}: {type(exc).__name__}: {exc}", operation=op.name, request_id=request_id)
        error.__cause__ = exc
        return error

    def _next_step(
        self,
        op: Operation[Any],
        options: RequestOptions | None,
        attempt: int,
        error: MatrixportError,
        request_id: str,
    ) -> float:
        """Seconds to wait before the next attempt; raises when there is none."""
        step = next_step(self._policy(options), op, attempt, error, request_id)
        if isinstance(step, MatrixportError):
            raise step
        log.info("%s: attempt %d failed (%s); retrying in %.2f s", op.name, attempt + 1, error, step)
        return step

    def _finish(
        self, op: Operation[T], response: httpx.Response, request_id: str, parts: RequestParts, attempt: int
    ) -> T:
        log.debug(
            "%s %s -> HTTP %d (%s, request id %s, attempt %d)",
            op.method,
            parts.path,
            response.status_code,
            op.name,
            request_id,
            attempt + 1,
        )
        result = self._result(op, response, request_id, parts.idempotency_key)
        captured = _captured.get()
        if captured is not None:
            captured.append(
                RawResponse(
                    result, response.status_code, response.headers, request_id, response.content, attempt + 1
                )
            )
        return result

    def _result(
        self, op: Operation[T], response: httpx.Response, request_id: str, idempotency_key: str | None
    ) -> T:
        body = response.content
        context: dict[str, Any] = {"operation": op.name, "request_id": request_id}
        if response.status_code == 429 or response.is_server_error:
            raise self._status_error(response, context)  # the gateway's answer, whatever the body says
        if op.response_kind is ResponseKind.BINARY and response.is_success and not _is_json(response):
            content_type = response.headers.get("content-type", "application/octet-stream")
            return op.parse(Download(body, content_type, _filename(response)))
        try:
            decoded = json_loads(body)
        except ValueError:
            if not response.is_success:
                raise self._status_error(response, context) from None
            raise ResponseValidationError(
                "expected a JSON body", body=body, status_code=response.status_code, **context
            ) from None
        if op.response_kind is not ResponseKind.JSON or not response.is_success:
            code = decoded.get("code") if isinstance(decoded, dict) else None
            if not isinstance(code, int) or isinstance(code, bool):
                if not response.is_success:
                    raise self._status_error(response, context)
                raise ResponseValidationError(
                    "expected the {code, message, data} envelope",
                    body=body,
                    status_code=response.status_code,
                    **context,
                )
            if code != 0:
                raise self._api_error(
                    op, code, decoded.get("message"), response.status_code, request_id, idempotency_key
                )
            if not response.is_success:
                raise self._status_error(response, context)
            if op.response_kind is ResponseKind.ENVELOPE:
                decoded = decoded.get("data")
        try:
            return op.parse(decoded)
        except _PARSE_ERRORS as exc:
            raise ResponseValidationError(
                f"response data is not the documented shape ({type(exc).__name__}: {exc})",
                body=body,
                status_code=response.status_code,
                **context,
            ) from exc

    @staticmethod
    def _status_error(response: httpx.Response, context: dict[str, Any]) -> HTTPStatusError:
        return HTTPStatusError(
            response.status_code, response.content, retry_after=retry_after_seconds(response), **context
        )

    @staticmethod
    def _api_error(
        op: Operation[Any], code: int, message: Any, status: int, request_id: str, idempotency_key: str | None
    ) -> APIError:
        error_class = op.errors.get(code, APIError)
        return error_class(
            code,
            message if isinstance(message, str) else "",
            operation=op.name,
            request_id=request_id,
            http_status=status,
            idempotency_key=idempotency_key,
        )

    @staticmethod
    def _outcome(op: Operation[T], result: T) -> str:
        if op.outcome is None:
            raise ConfigurationError(f"{op.name} has no x-matrixport-outcome: it cannot be waited for")
        return op.outcome.state(result)

    @staticmethod
    def _raw(captured: list[RawResponse[Any]], parsed: T) -> RawResponse[T]:
        if not captured:
            raise ConfigurationError("raw() needs a method of this client's documents")
        last = captured[-1]
        return replace(last, parsed=parsed)


def _is_json(response: httpx.Response) -> bool:
    return "json" in response.headers.get("content-type", "")


def _filename(response: httpx.Response) -> str | None:
    disposition = response.headers.get("content-disposition", "")
    for part in disposition.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "filename" and value:
            return str(value).strip('"')
    return None


def _request_id(options: RequestOptions | None) -> str:
    return (options and options.request_id) or str(uuid.uuid4())


class Matrixport(_ClientCore):
    """The Matrixport API client.

    >>> client = Matrixport()  # keys from MATRIXPORT_ACCESS_KEY / MATRIXPORT_SECRET_KEY
    >>> client.balance_plus.get_currency_detail(currency="BTC").current_apy
    Decimal('0.341090391338626559')

    Failed calls are retried (`max_retries`, exponential backoff with jitter, a fresh signature
    each time) when that cannot duplicate anything: see spec/README.md, "Retry safety".
    """

    def __init__(
        self,
        access_key: str | None = None,
        secret_key: str | None = None,
        base_url: str | None = None,
        *,
        language: Language = Language.EN,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_backoff: float = 0.5,
        clock: Clock = system_clock,
        clock_offset_ms: int = 0,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            access_key,
            secret_key,
            base_url,
            language=language,
            timeout=timeout,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            clock=clock,
            clock_offset_ms=clock_offset_ms,
        )
        self._http = http_client or httpx.Client(base_url=self.base_url, timeout=timeout)

    def call(self, op: Operation[T], options: RequestOptions | None, /, **kwargs: Any) -> T:
        """Send one operation, retrying where that is safe; the generated methods call this."""
        parts = self._parts(op, kwargs)
        request_id = _request_id(options)
        attempt = 0
        while True:
            request = self._build_request(self._http, op, parts, options, request_id)
            try:
                response = self._http.send(request, auth=self._auth if op.signed else None)
                return self._finish(op, response, request_id, parts, attempt)
            except httpx.HTTPError as exc:
                error: MatrixportError = self._transport_error(op, exc, request_id)
            except (APIError, HTTPStatusError, ResponseValidationError) as exc:
                error = exc
            time.sleep(self._next_step(op, options, attempt, error, request_id))
            attempt += 1

    def paginate(self, op: Operation[Any], options: RequestOptions | None, /, **kwargs: Any) -> Iterator[Any]:
        """Every item of a list operation, page after page (`x-matrixport-pagination`)."""
        if op.pagination is None:
            raise ConfigurationError(f"{op.name} does not page")
        walker = PageWalker(op.pagination, kwargs)
        while not walker.done:
            yield from walker.take(self.call(op, options, **walker.request_kwargs()))

    def wait(
        self,
        op: Operation[T],
        options: RequestOptions | None,
        timeout: float,
        interval: float,
        /,
        **kwargs: Any,
    ) -> T:
        """Ask a result operation until the outcome is final (`x-matrixport-outcome`)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                result: Any = self.call(op, options, **kwargs)
                state = self._outcome(op, result)
            except APIError as error:
                if not error.pending:
                    raise
                result, state = error, "pending"
            if state == "succeeded":
                return cast(T, result)
            if state == "failed":
                raise OperationFailedError(op.name, result)
            if time.monotonic() + interval > deadline:
                raise WaitTimeoutError(op.name, timeout, result)
            time.sleep(interval)

    def raw(self, method: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        """Call `method` (e.g. `client.balance_plus.get_total_position`) and also return its HTTP response."""
        token = _captured.set([])
        try:
            parsed = method(*args, **kwargs)
            return self._raw(_captured.get() or [], parsed)
        finally:
            _captured.reset(token)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Mapping[str, Any] | None = None,
        signed: bool = True,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Call an endpoint the spec does not describe; returns the decoded `data` (numbers as Decimal)."""
        op = _generic_operation(method, path, signed)
        parts = RequestParts(path=path, params=params or {}, json=json)
        return self.call(op, request_options, _parts=parts)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Matrixport:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    balance_plus: _Document[BalancePlus] = _Document("balance_plus", "BalancePlus")
    """Balance+ (flexible savings)."""
    fixed_income: _Document[FixedIncome] = _Document("fixed_income", "FixedIncome")
    """Fixed-Income, including the public APY list."""
    fixed_staking: _Document[FixedStaking] = _Document("fixed_staking", "FixedStaking")
    """Fixed-Staking (ETH2.0)."""
    prime_broker: _Document[PrimeBroker] = _Document("prime_broker", "PrimeBroker")
    """Prime Broker: trading accounts, margin loans, risk control."""
    t_bills: _Document[TBills] = _Document("t_bills", "TBills")
    """T-Bills (STBT)."""


class AsyncMatrixport(_ClientCore):
    """The Matrixport API client for asyncio; the same methods as `Matrixport`, awaited."""

    def __init__(
        self,
        access_key: str | None = None,
        secret_key: str | None = None,
        base_url: str | None = None,
        *,
        language: Language = Language.EN,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_backoff: float = 0.5,
        clock: Clock = system_clock,
        clock_offset_ms: int = 0,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            access_key,
            secret_key,
            base_url,
            language=language,
            timeout=timeout,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            clock=clock,
            clock_offset_ms=clock_offset_ms,
        )
        self._http = http_client or httpx.AsyncClient(base_url=self.base_url, timeout=timeout)

    async def call(self, op: Operation[T], options: RequestOptions | None, /, **kwargs: Any) -> T:
        """Send one operation, retrying where that is safe; the generated methods call this."""
        parts = self._parts(op, kwargs)
        request_id = _request_id(options)
        attempt = 0
        while True:
            request = self._build_request(self._http, op, parts, options, request_id)
            try:
                response = await self._http.send(request, auth=self._auth if op.signed else None)
                return self._finish(op, response, request_id, parts, attempt)
            except httpx.HTTPError as exc:
                error: MatrixportError = self._transport_error(op, exc, request_id)
            except (APIError, HTTPStatusError, ResponseValidationError) as exc:
                error = exc
            await asyncio.sleep(self._next_step(op, options, attempt, error, request_id))
            attempt += 1

    async def paginate(
        self, op: Operation[Any], options: RequestOptions | None, /, **kwargs: Any
    ) -> AsyncIterator[Any]:
        """Every item of a list operation, page after page (`x-matrixport-pagination`)."""
        if op.pagination is None:
            raise ConfigurationError(f"{op.name} does not page")
        walker = PageWalker(op.pagination, kwargs)
        while not walker.done:
            for item in walker.take(await self.call(op, options, **walker.request_kwargs())):
                yield item

    async def wait(
        self,
        op: Operation[T],
        options: RequestOptions | None,
        timeout: float,
        interval: float,
        /,
        **kwargs: Any,
    ) -> T:
        """Ask a result operation until the outcome is final (`x-matrixport-outcome`)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                result: Any = await self.call(op, options, **kwargs)
                state = self._outcome(op, result)
            except APIError as error:
                if not error.pending:
                    raise
                result, state = error, "pending"
            if state == "succeeded":
                return cast(T, result)
            if state == "failed":
                raise OperationFailedError(op.name, result)
            if time.monotonic() + interval > deadline:
                raise WaitTimeoutError(op.name, timeout, result)
            await asyncio.sleep(interval)

    async def raw(
        self, method: Callable[P, Awaitable[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> RawResponse[T]:
        """Await `method` (e.g. `client.balance_plus.get_total_position`); also return its HTTP response."""
        token = _captured.set([])
        try:
            parsed = await method(*args, **kwargs)
            return self._raw(_captured.get() or [], parsed)
        finally:
            _captured.reset(token)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Mapping[str, Any] | None = None,
        signed: bool = True,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Call an endpoint the spec does not describe; returns the decoded `data` (numbers as Decimal)."""
        op = _generic_operation(method, path, signed)
        parts = RequestParts(path=path, params=params or {}, json=json)
        return await self.call(op, request_options, _parts=parts)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> AsyncMatrixport:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    balance_plus: _Document[AsyncBalancePlus] = _Document("balance_plus", "AsyncBalancePlus")
    fixed_income: _Document[AsyncFixedIncome] = _Document("fixed_income", "AsyncFixedIncome")
    fixed_staking: _Document[AsyncFixedStaking] = _Document("fixed_staking", "AsyncFixedStaking")
    prime_broker: _Document[AsyncPrimeBroker] = _Document("prime_broker", "AsyncPrimeBroker")
    t_bills: _Document[AsyncTBills] = _Document("t_bills", "AsyncTBills")
