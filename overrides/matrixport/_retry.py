"""When to send a request again, and when not to (spec/README.md, "Retry safety").

The sync and async clients share these decisions; they differ only in how they send and sleep.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import httpx

from ._exceptions import (
    APIError,
    HTTPStatusError,
    MatrixportError,
    OutcomeUnknownError,
    ResponseValidationError,
    TransportError,
)
from ._operation import Operation

MAX_RETRY_AFTER = 60.0
"""A `Retry-After` longer than this is not waited for: the error is raised instead."""

# Failures where the request certainly did not reach the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter: attempt n waits up to `backoff * 2**n`, capped at `max_backoff`."""

    max_retries: int = 2
    backoff: float = 0.5
    max_backoff: float = 8.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        ceiling = min(self.max_backoff, self.backoff * 2**attempt)
        jittered = random.uniform(ceiling / 2, ceiling)
        return max(jittered, retry_after or 0.0)


def reached_server(error: MatrixportError) -> bool | None:
    """Whether the failed request may have been acted on: None means the error is a final answer."""
    if isinstance(error, APIError):
        return False if error.retryable else None  # "try again later" codes: refused before acting
    if isinstance(error, HTTPStatusError):
        if error.status_code == 429:
            return False
        return True if error.status_code >= 500 else None
    if isinstance(error, TransportError):
        return not isinstance(error.__cause__, _NOT_SENT)
    if isinstance(error, ResponseValidationError):
        return True  # something answered; what it did is unknown
    return None


def next_step(
    policy: RetryPolicy,
    op: Operation[object],
    attempt: int,
    error: MatrixportError,
    request_id: str,
) -> float | MatrixportError:
    """Seconds to wait before sending again, or the error to raise."""
    reached = reached_server(error)
    if reached is None:
        return error
    if reached and not op.retry_safe:
        unknown = OutcomeUnknownError(op.name, error, check_with=op.result_operation, request_id=request_id)
        unknown.__cause__ = error
        return unknown
    retry_after = error.retry_after if isinstance(error, HTTPStatusError) else None
    if attempt >= policy.max_retries or (retry_after or 0.0) > MAX_RETRY_AFTER:
        return error
    return policy.delay(attempt, retry_after)


def retry_after_seconds(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: rare from an API gateway; the backoff applies
