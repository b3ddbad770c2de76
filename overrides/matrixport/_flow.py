"""The call flow: every policy of a call, written once for the sync and the async client.

A flow is a generator in the shape of `httpx.Auth.auth_flow`: it yields the I/O it needs done
(`Send` a request, `Sleep`) and receives the answers; `Matrixport` and `AsyncMatrixport` only
perform those steps. What a flow decides: building the request, signing it the moment it goes
on the wire, retrying and backing off within one deadline, telling an ambiguous write from a
failed one, reconciling a repeat the server refused, and waiting for a result.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Generator, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from ._exceptions import (
    APIError,
    ConfigurationError,
    HTTPStatusError,
    InvalidRequestError,
    MatrixportError,
    OperationFailedError,
    OutcomeUnknownError,
    ResponseValidationError,
    TimeoutError,
    TransportError,
    WaitTimeoutError,
)
from ._operation import CallContext, Lookup, Operation, RequestParts
from ._paging import PageWalker
from ._results import RawResponse
from ._retry import reached_server

if TYPE_CHECKING:
    from ._client import RequestOptions, _ClientCore

T = TypeVar("T")
log = logging.getLogger("matrixport")

LOOKUP_PAGES = 20
"""A list lookup (`Lookup.match`) reads at most this many pages before it calls the outcome unknown."""
LOOKUP_PAGE_SIZE = 100
"""The page size a list lookup asks for, where the list takes one (within the spec's maximum)."""


@dataclass(frozen=True)
class Received:
    """An HTTP response, read whole (within the size limit)."""

    status_code: int
    headers: httpx.Headers
    content: bytes


@dataclass(frozen=True)
class Send:
    """Send the request `prepare()` makes, and answer with the `Received` response.

    `prepare` builds and signs the request: a driver calls it only once it may send at once (it
    holds a slot of the client's limit on calls in flight), so the timestamp is fresh on the wire.
    """

    prepare: Callable[[], httpx.Request]


@dataclass(frozen=True)
class Sleep:
    seconds: float


Step = Send | Sleep
Flow = Generator[Step, Any, T]


class Runner(Generic[T]):
    """Drives a flow: iterate for the steps to perform, and set `answer` or `error` after each one."""

    def __init__(self, flow: Flow[T]) -> None:
        self._flow = flow
        self.answer: Any = None
        self.error: BaseException | None = None
        self.result: T

    def __iter__(self) -> Iterator[Step]:
        while True:
            error, self.error = self.error, None
            answer, self.answer = self.answer, None
            try:
                step = self._flow.send(answer) if error is None else self._flow.throw(error)
            except StopIteration as stop:
                self.result = stop.value
                return
            yield step


_captured: ContextVar[list[RawResponse[Any]] | None] = ContextVar("matrixport_raw", default=None)


def call(
    core: _ClientCore[Any], op: Operation[T], options: RequestOptions | None, kwargs: Mapping[str, Any]
) -> Flow[T]:
    """One operation: attempts until a definite answer, the retries or the deadline run out."""
    parts = core.parts(op, kwargs)
    context = CallContext(request_id=(options and options.request_id) or str(uuid.uuid4()))
    if op.side_effects:
        context = replace(context, idempotency_key=parts.idempotency_key)
    policy = core.policy(options)
    deadline = time.monotonic() + policy.seconds
    attempt = 0
    resigned = False
    may_have_acted = False  # an earlier attempt may have been acted on, without a definite answer

    def unknown(cause: MatrixportError) -> OutcomeUnknownError:
        return outcome_unknown(core, op, parts, context, cause, options)

    while True:
        try:
            received = yield Send(lambda: core.prepare(op, parts, options, context, policy, deadline))
            log.debug(
                "%s %s -> HTTP %d (%s, request id %s, attempt %d)",
                op.method,
                parts.path,
                received.status_code,
                op.name,
                context.request_id,
                attempt + 1,
            )
            result = core.result(op, received, context)
        except Exception as exc:  # `as_error` re-raises what is not ours
            error = as_error(op, exc, context, core.base_url)
        else:
            capture(result, received, context, attempt)
            return result

        if may_have_acted and isinstance(error, APIError) and error.duplicate:
            return (yield from reconcile(core, op, parts, context, error, options))
        reached = reached_server(error)
        if reached is None and isinstance(error, APIError) and error.resign and not resigned:
            resigned = True  # refused before acting, for its timestamp: send once more, freshly signed
            continue
        if reached is None:
            # A definite refusal of a retry says nothing of an earlier attempt, unless the server
            # would have named the key a repeat had that attempt been acted on.
            trusted = op.refuses_repeats and isinstance(error, APIError)
            raise unknown(error) if may_have_acted and not trusted else error
        if reached and op.side_effects:
            if not op.retry_safe:
                raise unknown(error)
            may_have_acted = True
        retry_after = error.retry_after if isinstance(error, HTTPStatusError) else None
        pause = policy.delay(attempt, retry_after)
        if attempt >= policy.max_retries or time.monotonic() + pause >= deadline:
            raise unknown(error) if may_have_acted else error
        log.info("%s: attempt %d failed (%s); retrying in %.2f s", op.name, attempt + 1, error, pause)
        yield Sleep(pause)
        attempt += 1


def as_error(op: Operation[Any], exc: Exception, context: CallContext, base_url: str) -> MatrixportError:
    """What went wrong in one attempt, as the `MatrixportError` the caller would see."""
    where: dict[str, Any] = {"operation": op.name, "request_id": context.request_id}
    if isinstance(exc, MatrixportError):
        error = exc
    elif isinstance(exc, httpx.DecodingError):
        error = ResponseValidationError(f"the body cannot be decoded ({exc})", **where)
    elif isinstance(exc, httpx.TimeoutException):
        host = httpx.URL(base_url).host
        error = TimeoutError(f"{op.name}: {host}: {type(exc).__name__}: {str(exc) or 'timed out'}")
    elif isinstance(exc, httpx.HTTPError):
        host = httpx.URL(base_url).host
        error = TransportError(f"{op.name}: {host}: {type(exc).__name__}: {exc}")
    elif isinstance(exc, httpx.InvalidURL):
        error = ResponseValidationError(f"a redirect whose Location is not a URL ({exc})", **where)
    else:
        raise exc
    if error is not exc:
        error.__cause__ = exc
    error.operation = error.operation or op.name  # every error of a call names its operation and request
    error.request_id = error.request_id or context.request_id
    error.idempotency_key = context.idempotency_key
    return error


def capture(result: Any, received: Received, context: CallContext, attempt: int) -> None:
    """`client.raw(...)` collects the HTTP response of each call it makes."""
    captured = _captured.get()
    if captured is not None:
        captured.append(
            RawResponse(
                result,
                received.status_code,
                received.headers,
                context.request_id,
                received.content,
                attempt + 1,
            )
        )


@contextmanager
def capturing() -> Iterator[list[RawResponse[Any]]]:
    captured: list[RawResponse[Any]] = []
    token = _captured.set(captured)
    try:
        yield captured
    finally:
        _captured.reset(token)


def raw_result(captured: list[RawResponse[Any]], parsed: T) -> RawResponse[T]:
    if not captured:
        raise ConfigurationError("raw() needs a method of this client's documents")
    return replace(captured[-1], parsed=parsed)


def generic_parts(path: str, params: Mapping[str, Any] | None, json: Any) -> RequestParts:
    """`client.request(...)`: the parts of a request the spec does not describe."""
    if json is not None and not isinstance(json, Mapping):
        raise InvalidRequestError(f"json= must be a mapping (a JSON object), not {type(json).__name__}")
    if not path.startswith("/"):
        raise InvalidRequestError(f"path must start with '/', got {path!r}")
    return RequestParts(path=path, params=params or {}, json=json)


def outcome_unknown(
    core: _ClientCore[Any],
    op: Operation[Any],
    parts: RequestParts,
    context: CallContext,
    cause: MatrixportError,
    options: RequestOptions | None,
) -> OutcomeUnknownError:
    resolver = None
    if op.lookup is not None and context.idempotency_key is not None:

        def resolver() -> Flow[Any]:
            return resolution(core, op, parts, context, options)

    return OutcomeUnknownError(
        op.name,
        cause,
        check_with=op.check_with,
        request_id=context.request_id,
        idempotency_key=context.idempotency_key,
        resolver=resolver,
    )


def reconcile(
    core: _ClientCore[Any],
    op: Operation[T],
    parts: RequestParts,
    context: CallContext,
    refusal: APIError,
    options: RequestOptions | None,
) -> Flow[T]:
    """A retry was refused as a repeat: an earlier attempt was acted on. Return what it did.

    Where the write's `data` is empty, its answer is known once the lookup finds the key; elsewhere
    the answer is lost, and `OutcomeUnknownError` says so (`client.resolve` returns the record).
    """
    if op.lookup is None or not op.lookup.confirms_result:
        raise outcome_unknown(core, op, parts, context, refusal, options)
    try:
        found = yield from lookup(core, op.lookup, parts, context, options)
    except MatrixportError as failure:
        raise outcome_unknown(core, op, parts, context, failure, options) from refusal
    if found is None:
        raise outcome_unknown(core, op, parts, context, refusal, options)
    log.info("%s: a retry was refused as a repeat; the first attempt was acted on: %r", op.name, found)
    return op.parse(None, replace(context, confirmation=found))


def resolution(
    core: _ClientCore[Any],
    op: Operation[Any],
    parts: RequestParts,
    context: CallContext,
    options: RequestOptions | None,
) -> Flow[Any]:
    """`client.resolve(error)`: the lookup's record of the write's key, or still unknown."""
    assert op.lookup is not None
    try:
        found = yield from lookup(core, op.lookup, parts, context, options)
    except MatrixportError as failure:
        raise outcome_unknown(core, op, parts, context, failure, options) from failure
    if found is None:
        nothing = ResponseValidationError(
            f"{op.lookup.operation.name} has no record of idempotency key {context.idempotency_key!r} (yet)",
            operation=op.name,
        )
        raise outcome_unknown(core, op, parts, context, nothing, options)
    return found


def lookup(
    core: _ClientCore[Any],
    how: Lookup,
    parts: RequestParts,
    context: CallContext,
    options: RequestOptions | None,
) -> Flow[Any]:
    """The lookup operation's record of the write's key, or None when it has none."""
    key = context.idempotency_key
    lookup_options = replace(options, request_id=None) if options else None
    arguments = {theirs: parts.arguments.get(ours) for theirs, ours in how.arguments.items()}
    if how.key_parameter is not None:
        return (yield from call(core, how.operation, lookup_options, {**arguments, how.key_parameter: key}))
    assert how.match is not None
    walker = PageWalker(how.operation, arguments)  # refuses a list that does not page
    limit = walker.pagination.limit_parameter
    if limit:  # a lookup maps the write's arguments to the list's filters, never to its page size
        walker.kwargs[limit] = page_size(how.operation, limit)
    for _ in range(LOOKUP_PAGES):
        if walker.done:
            break
        page = yield from call(core, how.operation, lookup_options, walker.request_kwargs())
        for item in walker.take(page):
            if getattr(item, how.match) == key:
                return item
    return None


def page_size(op: Operation[Any], parameter: str) -> int:
    """`LOOKUP_PAGE_SIZE`, or the largest page the spec allows if that is smaller."""
    for argument in op.arguments:
        if argument.name == parameter and argument.maximum is not None:
            return min(LOOKUP_PAGE_SIZE, int(argument.maximum))
    return LOOKUP_PAGE_SIZE


def wait(
    core: _ClientCore[Any],
    op: Operation[T],
    options: RequestOptions | None,
    timeout: float,
    interval: float,
    kwargs: Mapping[str, Any],
) -> Flow[T]:
    """Ask a result operation until the outcome is final (`x-matrixport-outcome`)."""
    if op.outcome is None:
        raise ConfigurationError(f"{op.name} has no x-matrixport-outcome: it cannot be waited for")
    deadline = time.monotonic() + timeout
    while True:
        try:
            result: Any = yield from call(core, op, options, kwargs)
            state = op.outcome.state(result)
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
        yield Sleep(interval)


def resolve(error: MatrixportError) -> Flow[Any]:
    """`client.resolve(error)`: the flow that looks up an `OutcomeUnknownError`'s write by its key."""
    if not isinstance(error, OutcomeUnknownError):
        raise InvalidRequestError(f"resolve() takes an OutcomeUnknownError, not {type(error).__name__}")
    if error.resolver is None:
        where = f"check with {error.check_with}" if error.check_with else "check by other means"
        raise InvalidRequestError(
            f"{error.operation}: this outcome cannot be looked up by the client (no idempotency key or no"
            f" lookup in the spec); {where}"
        )
    return cast(Flow[Any], error.resolver())
