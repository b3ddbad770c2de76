"""The sandbox clock: sandbox time that tests move forward, and that may run faster than real time.

Everything the state machine does with time (settle delays, interest days, order schedules)
reads this clock. Signatures do not: a signed timestamp is judged against real time
(`judge.py`), because the client signs with the real time whatever the sandbox clock says.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

MS_PER_DAY = 86_400_000
LATEST_MS = 253_402_300_799_999
"""9999-12-31T23:59:59.999Z: the last instant a date can show; sandbox time never passes it."""
MAX_SPEED = 1_000_000.0
"""At most a million times real time (11.6 sandbox days a second): faster, an idle sandbox passes
`LATEST_MS` within days."""


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def _checked_speed(speed: float) -> float:
    """`speed` as a float; a ValueError unless it is positive and finite (NaN is neither)."""
    if not speed > 0:
        raise ValueError("the clock speed must be positive")
    if not math.isfinite(speed):
        raise ValueError("the clock speed must be finite")
    if speed > MAX_SPEED:
        raise ValueError(f"the clock speed must be at most {MAX_SPEED:,.0f}")
    return float(speed)


class SandboxClock:
    """Sandbox time in integer milliseconds since the Unix epoch.

    It starts at real time (or `start_ms`), runs at `speed` times real time, and jumps forward
    with `advance()`. Thread-safe.
    """

    def __init__(
        self, *, speed: float = 1.0, start_ms: int | None = None, wall: Callable[[], int] = wall_ms
    ) -> None:
        speed = _checked_speed(speed)
        self._wall = wall
        self._lock = threading.Lock()
        self._anchor_wall = wall()
        self._anchor = self._anchor_wall if start_ms is None else start_ms
        self._speed = speed

    def now_ms(self) -> int:
        with self._lock:
            return self._now()

    def _now(self) -> int:
        return self._anchor + int((self._wall() - self._anchor_wall) * self._speed)

    @property
    def speed(self) -> float:
        return self._speed

    def advance(self, seconds: float) -> int:
        """Move sandbox time forward by `seconds` (never back); returns the new time."""
        if not seconds >= 0:
            raise ValueError("the sandbox clock only moves forward: advance_seconds must be 0 or more")
        if not math.isfinite(seconds):
            raise ValueError("advance_seconds must be finite")
        with self._lock:
            moved = self._now() + round(seconds * 1000)
            if moved > LATEST_MS:
                raise ValueError("the sandbox clock cannot pass 9999-12-31T23:59:59.999Z")
            self._anchor = moved
            self._anchor_wall = self._wall()
            return self._anchor

    def set_speed(self, speed: float) -> None:
        """Run at `speed` times real time from now on (1 = real time, 60 = a minute per second)."""
        speed = _checked_speed(speed)
        with self._lock:
            self._anchor = self._now()
            self._anchor_wall = self._wall()
            self._speed = speed

    def reset(self) -> None:
        """Back to real time (a wiped state starts over); the speed stays."""
        with self._lock:
            self._anchor_wall = self._wall()
            self._anchor = self._anchor_wall

    def restore(self, sandbox_ms: int) -> None:
        """Continue from `sandbox_ms` if that is later than now (a state file's clock after a restart)."""
        with self._lock:
            if sandbox_ms > self._now():
                self._anchor = sandbox_ms
                self._anchor_wall = self._wall()

    def __repr__(self) -> str:
        return f"SandboxClock(now_ms={self.now_ms()}, speed={self._speed})"
