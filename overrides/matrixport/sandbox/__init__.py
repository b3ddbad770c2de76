"""An offline Matrixport with state, for development, tests and demos (`pip install "matrixport[sandbox]"`).

- In-process: `Sandbox()`; `.client()` / `.async_client()` give `Matrixport` / `AsyncMatrixport`
  clients wired to it through httpx transports; `.advance(seconds)` moves its clock; `.keys`,
  `.faults`, `.ledger`. In pytest, the `matrixport_sandbox` fixture is one per test.
- As a server: `matrixport-sandbox` (or `python -m matrixport.sandbox`) serves the same state
  machine on loopback; `--state FILE` keeps it across restarts.

It checks signatures with its own implementation of the documented algorithm (`judge.py`),
checks parameters against the spec, and answers from a state model per document (`models/`):
deposits settle, balances move, lists page, repeated idempotency keys are refused with the
document's code. Control endpoints (`/__sandbox/...`, `control.py`) move the clock, create keys,
inject faults and show the ledger. The decisions the documents leave open are listed in this
package's README.md.

Names are imported on first use, so that the pytest plugin costs nothing until it is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app
    from .clock import SandboxClock
    from .core import SandboxCore
    from .faults import KINDS, Faults
    from .ledger import Ledger
    from .sandbox import BASE_URL, Sandbox
    from .spec import load_specs
    from .world import DEFAULT_KEYS, Credentials

_WHERE = {
    "BASE_URL": "sandbox",
    "DEFAULT_KEYS": "world",
    "KINDS": "faults",
    "Credentials": "world",
    "Faults": "faults",
    "Ledger": "ledger",
    "Sandbox": "sandbox",
    "SandboxClock": "clock",
    "SandboxCore": "core",
    "create_app": "app",
    "load_specs": "spec",
}
__all__ = [
    "BASE_URL",
    "DEFAULT_KEYS",
    "KINDS",
    "Credentials",
    "Faults",
    "Ledger",
    "Sandbox",
    "SandboxClock",
    "SandboxCore",
    "create_app",
    "load_specs",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value
