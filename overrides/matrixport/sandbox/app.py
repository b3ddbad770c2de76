"""`create_app()`: the sandbox's ASGI application, for uvicorn or any ASGI server."""

from __future__ import annotations

from typing import Any

from .asgi import SandboxApp
from .spec import load_specs


def create_app(**settings: Any) -> SandboxApp:
    """A new sandbox served as ASGI (settings as `Sandbox`: `state`, `keys`, `faults`, ...)."""
    from .sandbox import Sandbox

    return Sandbox(**settings).app


__all__ = ["create_app", "load_specs"]
