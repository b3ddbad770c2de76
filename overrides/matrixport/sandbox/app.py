"""`create_app()`: the sandbox's ASGI application, for uvicorn or any ASGI server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .asgi import SandboxApp
from .clock import SandboxClock
from .core import SandboxCore
from .faults import Faults
from .judge import TIMESTAMP_WINDOW_MS
from .spec import load_specs


def create_app(
    *,
    state: str | Path | None = None,
    keys: dict[str, str] | None = None,
    faults: Faults | None = None,
    validate: bool = True,
    timestamp_window_ms: int = TIMESTAMP_WINDOW_MS,
    clock_speed: float = 1.0,
    admin_token: str | None = None,
) -> SandboxApp:
    """A sandbox (`SandboxCore`) served as ASGI; `app.core` is its state, clock, faults and ledger."""
    core = SandboxCore(
        state=state,
        keys=keys,
        clock=SandboxClock(speed=clock_speed),
        faults=faults,
        validate=validate,
        timestamp_window_ms=timestamp_window_ms,
        admin_token=admin_token,
    )
    return SandboxApp(core)


__all__: list[Any] = ["create_app", "load_specs"]
