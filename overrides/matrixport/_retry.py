"""When to send a request again, how long to wait, and when a call's time is up.

What is safe to send again follows from the spec (spec/README.md, "Retry safety").
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import httpx

from ._exceptions import APIError, HTTPStatusError, MatrixportError, ResponseValidationError, TransportError

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""Per attempt; never `None`: a call that hangs forever cannot be retried or reported."""

# Failures where the request certainly did not reach the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter, inside one deadline per call.

    Attempt n (from 0) waits a random time between half and all of `backoff * 2**n`, at most
    `max_backoff`, or longer if the server asked (`Retry-After`). Every attempt, wait and
    `Retry-After` must fit in the call's `deadline` (seconds); by default that is the attempt
    timeout times the number of attempts, so a call never takes much longer than its attempts could.
    """

    max_retries: int = 2
    backoff: float = 0.5
    max_backoff: float = 8.0
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    deadline: float | None = None

    @property
    def seconds(self) -> float:
        """The call's whole budget."""
        if self.deadline is not None:
            return self.deadline
        longest = max(t for t in (*self.timeout.as_dict().values(), 0.0) if t is not None)
        return longest * (self.max_retries + 1)

    def delay(self, attempt: int, retry_after: float | None) -> float:
        ceiling = min(self.max_backoff, self.backoff * 2**attempt)
        jittered = random.uniform(ceiling / 2, ceiling)
        return max(jittered, retry_after or 0.0)

    def attempt_timeout(self, remaining: float) -> httpx.Timeout:
        """This attempt's timeouts: the configured ones, none longer than what is left of the deadline."""
        limits = {
            name: remaining if value is None else min(value, remaining)
            for name, value in self.timeout.as_dict().items()
        }
        return httpx.Timeout(**limits)


def reached_server(error: MatrixportError) -> bool | None:
    """Whether the failed request may have been acted on: None means the error is a definite answer."""
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


def retry_after_seconds(response_headers: httpx.Headers) -> float | None:
    value = response_headers.get("retry-after", "")
    try:
        seconds = float(value)
    except ValueError:
        return None  # an HTTP date: rare from an API gateway; the backoff applies
    return max(0.0, seconds) if math.isfinite(seconds) else None
