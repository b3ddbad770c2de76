"""The facades `Matrixport` and `AsyncMatrixport`: settings and I/O.

Per-document method sets (`client.balance_plus`, ...) are generated from the spec
(`matrixport.<document>.client`); each method hands its operation and arguments to
`call()` here. Every decision a call makes lives once, in the flows of `_flow.py`;
the two clients only perform what a flow asks for (send a request, sleep).
"""

from __future__ import annotations

import enum
import importlib
import os
import threading
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, overload

import httpx

from . import _flow
from ._arguments import check_arguments, check_unambiguous
from ._convert import json_dumps, wire_text
from ._envelope import read_result
from ._error_sets import GATEWAY_ERRORS
from ._exceptions import ConfigurationError, InvalidRequestError, MatrixportError, ResponseValidationError
from ._flow import Flow, Received, Runner, Sleep, Step
from ._operation import CallContext, Operation, RequestParts
from ._paging import PageWalker
from ._redact import mask
from ._results import RawResponse
from ._retry import DEFAULT_TIMEOUT, RetryPolicy
from ._settings import checked_base_url, checked_positive, checked_timeout, header_problem, headers_problem
from ._signing import Clock, MatrixportAuth, system_clock

if TYPE_CHECKING:
    from .balance_plus.client import AsyncBalancePlus, BalancePlus
    from .fixed_income.client import AsyncFixedIncome, FixedIncome
    from .fixed_staking.client import AsyncFixedStaking, FixedStaking
    from .prime_broker.client import AsyncPrimeBroker, PrimeBroker
    from .t_bills.client import AsyncTBills, TBills

T = TypeVar("T")
P = ParamSpec("P")

DEFAULT_BASE_URL = "https://mapi.matrixport.com"
DEFAULT_MAX_IN_FLIGHT = 100
"""httpx's default connection pool size: a call waits for a slot before it is signed."""
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
"""A response larger than this (compressed or not) is refused while it is read."""

REQUEST_ID_HEADER = "x-request-id"
LANGUAGE_HEADER = "language-type"


class Language(enum.IntEnum):
    """The `language-type` header: the language of texts in responses."""

    CN = 0
    EN = 1
    RU = 2


@dataclass(frozen=True)
class RequestOptions:
    """Per-call settings; every generated method accepts `request_options=`."""

    timeout: float | httpx.Timeout | None = None
    """Each attempt's timeout (the client's when None)."""
    extra_headers: Mapping[str, str] | None = None
    request_id: str | None = None
    """Sent as `x-request-id` (the same on every retry of the call); a new UUID when None."""
    max_retries: int | None = None
    deadline: float | None = None
    """Seconds the whole call may take, every attempt and wait included (the client's when None)."""


def _asyncio() -> Any:
    """asyncio, imported when an AsyncMatrixport needs it: it is most of what `import matrixport` costs."""
    import asyncio

    return asyncio


def query_pairs(params: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Wire-form query parameters: `None` left out, a list as a repeated key."""
    pairs: list[tuple[str, str]] = []
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
        parse=lambda data, _context: data,
        errors=GATEWAY_ERRORS,
        signed=signed,
        side_effects=method.upper() != "GET",
    )


class _Document(Generic[T]):
    """A per-document attribute (`client.balance_plus`): its generated package is imported on first use.

    Importing every document's models up front would cost every user the start-up time of all five.
    """

    _attribute: str

    # These run when `Matrixport` is defined, at import: before mutmut can switch a mutant on, so
    # mutating them tests nothing (MUTATION.md). Every test that calls a document runs them.
    def __init__(self, package: str, class_name: str) -> None:
        self._package = package  # pragma: no mutate
        self._class_name = class_name  # pragma: no mutate

    def __set_name__(self, owner: type, name: str) -> None:
        self._attribute = name  # pragma: no mutate

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


H = TypeVar("H", httpx.Client, httpx.AsyncClient)


class _ClientCore(Generic[H]):
    """Settings, and what the flows ask of a client besides I/O: policy, request building, parsing."""

    _http_class: type[H]
    _slots_class: Callable[[int], Any]

    def __init__(
        self,
        access_key: str | None = None,
        secret_key: str | None = None,
        base_url: str | None = None,
        *,
        language: Language = Language.EN,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        deadline: float | None = None,
        max_retries: int = 2,
        retry_backoff: float = 0.5,
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        clock: Clock = system_clock,
        clock_offset_ms: int = 0,
        strict: bool = False,
        http_client: H | None = None,
    ) -> None:
        access_key = access_key or os.environ.get("MATRIXPORT_ACCESS_KEY")
        secret_key = secret_key or os.environ.get("MATRIXPORT_SECRET_KEY")
        if not access_key or not secret_key:
            raise ConfigurationError(
                "an access key and a secret key are required: pass access_key= and secret_key=, "
                "or set MATRIXPORT_ACCESS_KEY and MATRIXPORT_SECRET_KEY"
            )
        try:
            adjusted = clock if not clock_offset_ms else (lambda: clock() + clock_offset_ms)
            self._auth = MatrixportAuth(access_key, secret_key, clock=adjusted)
            self.base_url = checked_base_url(
                base_url or os.environ.get("MATRIXPORT_BASE_URL") or DEFAULT_BASE_URL
            )
            self.timeout = checked_timeout(timeout)
            if deadline is not None:
                checked_positive("deadline", deadline)
            checked_positive("max_retries", max_retries, integer=True, allow_zero=True)
            checked_positive("retry_backoff", retry_backoff, allow_zero=True)
            checked_positive("max_in_flight", max_in_flight, integer=True)
            checked_positive("max_response_bytes", max_response_bytes, integer=True)
            self.language = Language(language)
        except ValueError as exc:
            raise ConfigurationError(str(exc)) from None
        self._language_header = str(int(self.language))
        self.retry_policy = RetryPolicy(
            max_retries=max_retries, backoff=retry_backoff, timeout=self.timeout, deadline=deadline
        )
        self.strict = strict
        self.max_in_flight = max_in_flight
        self.max_response_bytes = max_response_bytes
        self._access_key_hint = mask(access_key)
        limits = httpx.Limits(max_connections=max_in_flight, max_keepalive_connections=max_in_flight)
        self._http: H = http_client or self._http_class(base_url=self.base_url, limits=limits)
        self._slots = self._slots_class(max_in_flight)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, access_key={self._access_key_hint!r})"

    # What the flows ask of the client.

    def policy(self, options: RequestOptions | None) -> RetryPolicy:
        """The retry policy of one call: the client's, with what `options` change (checked here)."""
        if options is None:
            return self.retry_policy
        changes: dict[str, Any] = {}
        try:
            if options.max_retries is not None:
                checked_positive("max_retries", options.max_retries, integer=True, allow_zero=True)
                changes["max_retries"] = options.max_retries
            if options.timeout is not None:
                changes["timeout"] = checked_timeout(options.timeout)
            if options.deadline is not None:
                checked_positive("deadline", options.deadline)
                changes["deadline"] = options.deadline
            problem = headers_problem(options.extra_headers)
            if problem is None and options.request_id is not None:
                problem = header_problem(REQUEST_ID_HEADER, options.request_id)
            if problem is not None:
                raise ValueError(problem)
        except ValueError as exc:
            raise InvalidRequestError(f"request_options: {exc}") from None
        return replace(self.retry_policy, **changes) if changes else self.retry_policy

    @staticmethod
    def parts(op: Operation[Any], kwargs: Mapping[str, Any]) -> RequestParts:
        try:
            check_arguments(op.arguments, kwargs)
            parts = op.build(**kwargs)
            if op.signed:
                check_unambiguous(parts.params)
                check_unambiguous(parts.json or {})
        except (TypeError, ValueError, ArithmeticError, AttributeError) as exc:
            raise InvalidRequestError(str(exc), operation=op.name) from exc
        return replace(parts, arguments=kwargs)

    def prepare(
        self,
        op: Operation[Any],
        parts: RequestParts,
        options: RequestOptions | None,
        context: CallContext,
        policy: RetryPolicy,
        deadline: float,
    ) -> httpx.Request:
        """The request of one attempt, signed now: it goes on the wire at once."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise httpx.PoolTimeout("the call's deadline passed before this attempt could start")
        headers = {
            REQUEST_ID_HEADER: context.request_id,
            LANGUAGE_HEADER: self._language_header,
            "Accept-Encoding": ACCEPT_ENCODING,
        }
        if options and options.extra_headers:
            headers.update(options.extra_headers)
        query: list[tuple[str, Any]] = query_pairs(parts.params)
        body = None if parts.json is None else {k: v for k, v in parts.json.items() if v is not None}
        if op.signed:
            query, body, signing_headers = self._auth.sign_parts(parts.path, query, body)
            headers.update(signing_headers)
        if body is not None:
            headers["Content-Type"] = "application/json"
        return self._http.build_request(
            op.method,
            parts.path,
            params=query or None,
            content=None if body is None else json_dumps(body),
            headers=headers,
            timeout=policy.attempt_timeout(remaining),
        )

    def result(self, op: Operation[T], received: Received, context: CallContext) -> T:
        return read_result(op, received, context, strict=self.strict)

    # The calls: each runs a flow; `_run` returns its result (Matrixport) or an awaitable of it.

    def call(self, op: Operation[T], options: RequestOptions | None, /, **kwargs: Any) -> Any:
        """Send one operation, retrying where that is safe; the generated methods call this."""
        return self._run(_flow.call(self, op, options, kwargs))

    def wait(
        self,
        op: Operation[T],
        options: RequestOptions | None,
        timeout: float,
        interval: float,
        /,
        **kwargs: Any,
    ) -> Any:
        """Ask a result operation until the outcome is final (`x-matrixport-outcome`)."""
        return self._run(_flow.wait(self, op, options, timeout, interval, kwargs))

    def resolve(self, error: MatrixportError) -> Any:
        """The outcome of the write behind an `OutcomeUnknownError`, looked up by its idempotency key.

        Returns the record `error.check_with` keeps of it (e.g. the `TransferRecord`), or raises
        `OutcomeUnknownError` again while there is none yet. Awaitable on `AsyncMatrixport`.
        """
        return self._run(_flow.resolve(error))

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
        """Call an endpoint the spec does not describe; returns the decoded `data` (numbers as Decimal).

        Awaitable on `AsyncMatrixport`.
        """
        parts = _flow.generic_parts(path, params, json)
        try:  # what the spec does not check is refused here, not half-way through sending
            query_pairs(parts.params)
            if parts.json is not None:
                json_dumps(dict(parts.json))
        except (TypeError, ValueError) as exc:
            raise InvalidRequestError(str(exc), operation="request") from None
        return self.call(_generic_operation(method, path, signed), request_options, _parts=parts)

    def _run(self, flow: Flow[T]) -> Any:
        raise NotImplementedError

    def _reader(self, response: httpx.Response) -> _BodyReader:
        return _BodyReader(response, self.max_response_bytes)


class _BodyReader:
    """Reads a streamed body, decompressing it here so the size limit holds before and after decoding.

    httpx would expand a whole compressed chunk at once; a chunk of a "gzip bomb" can expand to
    gigabytes. Here no step produces more than the limit allows.
    """

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self._response = response
        self._limit = limit
        self._chunks: list[bytes] = []
        self._size = 0
        self._raw = 0
        self.complete = response.is_stream_consumed
        if self.complete:  # a transport that read the body itself (httpx.MockTransport): decoded already
            self._decoder = None
            self._keep(response.content)
            return
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding not in CONTENT_DECODERS:
            raise ResponseValidationError(
                f"the response's content-encoding {encoding!r} is not one the client asked for"
            )
        self._decoder = CONTENT_DECODERS[encoding]()

    def add(self, chunk: bytes) -> None:
        self._raw += len(chunk)
        if self._raw > self._limit:
            raise self._too_large()
        if self._decoder is None:
            self._keep(chunk)
            return
        try:
            self._keep(self._decoder.decompress(chunk, self._limit - self._size + 1))
            while self._decoder.unconsumed_tail:
                self._keep(
                    self._decoder.decompress(self._decoder.unconsumed_tail, self._limit - self._size + 1)
                )
        except zlib.error as exc:
            raise ResponseValidationError(f"the body cannot be decompressed ({exc})") from None

    def _keep(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise self._too_large()
        self._chunks.append(data)

    def _too_large(self) -> ResponseValidationError:
        return ResponseValidationError(
            f"the response is larger than the limit of {self._limit} bytes (max_response_bytes)"
        )

    def received(self) -> Received:
        if self._decoder is not None:
            try:
                self._keep(self._decoder.flush())
            except zlib.error as exc:
                raise ResponseValidationError(f"the body cannot be decompressed ({exc})") from None
        return Received(self._response.status_code, self._response.headers, b"".join(self._chunks))


CONTENT_DECODERS: dict[str, Callable[[], Any]] = {
    "identity": lambda: None,
    "": lambda: None,
    "gzip": lambda: zlib.decompressobj(16 + zlib.MAX_WBITS),
    "deflate": zlib.decompressobj,
}
ACCEPT_ENCODING = "gzip, deflate"
"""What the client asks for: the encodings `_BodyReader` decodes within the size limit."""


class Matrixport(_ClientCore[httpx.Client]):
    """The Matrixport API client.

    >>> client = Matrixport()  # keys from MATRIXPORT_ACCESS_KEY / MATRIXPORT_SECRET_KEY
    >>> client.balance_plus.get_currency_detail(currency="BTC").current_apy
    Decimal('0.341090391338626559')

    Failed calls are retried (`max_retries`, exponential backoff with jitter, a fresh signature
    each time) when that cannot duplicate anything, within one `deadline` per call: see the README,
    "Production behaviour". Safe to share between threads.
    """

    _http_class = httpx.Client
    _slots_class = threading.BoundedSemaphore

    def _perform(self, step: Step) -> Received | None:
        if isinstance(step, Sleep):
            time.sleep(step.seconds)
            return None
        with self._slots:
            response = self._http.send(step.prepare(), stream=True)
            try:
                reader = self._reader(response)
                if not reader.complete:
                    for chunk in response.iter_raw():
                        reader.add(chunk)
            finally:
                response.close()
        return reader.received()

    def _run(self, flow: Flow[T]) -> T:
        runner = Runner(flow)
        for step in runner:
            try:
                runner.answer = self._perform(step)
            except Exception as exc:  # the flow decides what it means
                runner.error = exc
        return runner.result

    def paginate(
        self, op: Operation[Any], options: RequestOptions | None, max_items: int | None, /, **kwargs: Any
    ) -> Iterator[Any]:
        """Every item of a list operation, page after page (`x-matrixport-pagination`)."""
        walker = PageWalker(op, kwargs, max_items)
        while not walker.done:
            yield from walker.take(self.call(op, options, **walker.request_kwargs()))

    def raw(self, method: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        """Call `method` (e.g. `client.balance_plus.get_total_position`) and also return its HTTP response."""
        with _flow.capturing() as captured:
            return _flow.raw_result(captured, method(*args, **kwargs))

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


class AsyncMatrixport(_ClientCore[httpx.AsyncClient]):
    """The Matrixport API client for asyncio; the same methods as `Matrixport`, awaited."""

    _http_class = httpx.AsyncClient
    _slots_class = staticmethod(lambda size: _asyncio().Semaphore(size))

    async def _perform(self, step: Step) -> Received | None:
        if isinstance(step, Sleep):
            await _asyncio().sleep(step.seconds)
            return None
        async with self._slots:
            response = await self._http.send(step.prepare(), stream=True)
            try:
                reader = self._reader(response)
                if not reader.complete:
                    async for chunk in response.aiter_raw():
                        reader.add(chunk)
            finally:
                await response.aclose()
        return reader.received()

    async def _run(self, flow: Flow[T]) -> T:
        runner = Runner(flow)
        for step in runner:
            try:
                runner.answer = await self._perform(step)
            except Exception as exc:  # the flow decides what it means
                runner.error = exc
        return runner.result

    async def paginate(
        self, op: Operation[Any], options: RequestOptions | None, max_items: int | None, /, **kwargs: Any
    ) -> AsyncIterator[Any]:
        """Every item of a list operation, page after page (`x-matrixport-pagination`)."""
        walker = PageWalker(op, kwargs, max_items)
        while not walker.done:
            for item in walker.take(await self.call(op, options, **walker.request_kwargs())):
                yield item

    async def raw(
        self, method: Callable[P, Awaitable[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> RawResponse[T]:
        """Await `method` (e.g. `client.balance_plus.get_total_position`); also return its HTTP response."""
        with _flow.capturing() as captured:
            return _flow.raw_result(captured, await method(*args, **kwargs))

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
