"""`Sandbox`: an offline Matrixport in this process, for tests (see the package docstring)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from .asgi import SandboxApp
from .clock import SandboxClock
from .core import SandboxCore
from .faults import Faults
from .judge import TIMESTAMP_WINDOW_MS
from .ledger import Ledger
from .transport import AsyncSandboxTransport, SandboxTransport
from .world import Credentials

if TYPE_CHECKING:
    from .. import AsyncMatrixport, Matrixport

BASE_URL = "http://sandbox.matrixport.invalid"
"""The base URL of in-process clients: never resolved, the transport answers."""


class Keys:
    """The sandbox's customers: each key pair is one customer with its own accounts and balances."""

    def __init__(self, core: SandboxCore) -> None:
        self._core = core

    @property
    def default(self) -> Credentials:
        """The first configured key (`sandbox-access-key` unless the sandbox was given others)."""
        access_key, secret_key = next(iter(self._core.configured_keys.items()))
        return self._credentials(access_key, secret_key)

    def create(
        self,
        access_key: str | None = None,
        secret_key: str | None = None,
        balances: Mapping[str, Decimal | str | int] | None = None,
    ) -> Credentials:
        """A new customer (random keys where not given); `balances` replaces the default wallet."""
        return self._core.world.add_customer(access_key, secret_key, balances)

    def _credentials(self, access_key: str, secret_key: str) -> Credentials:
        customer = self._core.store.customer(access_key)
        assert customer is not None
        return Credentials(access_key, secret_key, customer.user_id)

    def __iter__(self) -> Iterator[str]:
        return iter(c.access_key for c in self._core.store.customers())


class Sandbox:
    """An offline Matrixport with state, in this process.

    >>> with Sandbox() as sandbox:
    ...     client = sandbox.client()
    ...     order = client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
    ...     sandbox.clock.advance(60)   # the deposit settles
    ...     client.balance_plus.wait_get_deposit_withdraw_result(serial_number=order.serial_number)

    `state` is a SQLite file that keeps everything across restarts (default: memory);
    `clock_speed` runs sandbox time faster than real time; `validate=False` skips checking
    requests against the spec. `faults`, `ledger`, `clock` and `keys` are the same objects the
    control endpoints (`/__sandbox/...`) use.
    """

    def __init__(
        self,
        *,
        state: str | Path | None = None,
        keys: Mapping[str, str] | None = None,
        clock_speed: float = 1.0,
        validate: bool = True,
        timestamp_window_ms: int = TIMESTAMP_WINDOW_MS,
        faults: Faults | None = None,
        admin_token: str | None = None,
    ) -> None:
        self.core = SandboxCore(
            state=state,
            keys=keys,
            clock=SandboxClock(speed=clock_speed),
            faults=faults,
            validate=validate,
            timestamp_window_ms=timestamp_window_ms,
            admin_token=admin_token,
        )
        self.keys = Keys(self.core)

    # ---- what tests reach ------------------------------------------------------------------

    @property
    def clock(self) -> SandboxClock:
        return self.core.clock

    @property
    def ledger(self) -> Ledger:
        return self.core.ledger

    @property
    def faults(self) -> Faults:
        return self.core.faults

    @faults.setter
    def faults(self, faults: Faults) -> None:
        self.core.faults = faults

    def set_faults(self, **settings: Any) -> Faults:
        """E.g. `set_faults(rate=0.3, kinds=["500"], seed=1)` or `set_faults(sequence=["drop", None])`."""
        self.core.faults = Faults(**settings)
        return self.core.faults

    def advance(self, seconds: float) -> int:
        """Move the sandbox clock forward and let everything due happen; returns the new time (ms)."""
        now = self.clock.advance(seconds)
        self.core.world.tick(self.clock.now_ms())
        return now

    def balance(
        self, account: str, currency: str, wallet: int = 0, credentials: Credentials | None = None
    ) -> Decimal:
        """A balance of one of a customer's accounts (`9547.bal`, `9547_okex_1`, ...), after due changes."""
        user_id = (credentials or self.keys.default).user_id
        with self.core.store.transaction():
            self.core.world.tick(self.clock.now_ms())
            return self.core.store.balance(user_id, account, currency.upper(), wallet)

    def reset(self) -> None:
        """A fresh state: the configured keys, their starting balances and seeds; no faults; real time."""
        self.core.reset()

    # ---- clients ---------------------------------------------------------------------------

    def transport(self) -> SandboxTransport:
        return SandboxTransport(self.core)

    def async_transport(self) -> AsyncSandboxTransport:
        return AsyncSandboxTransport(self.core)

    def client(self, credentials: Credentials | None = None, **settings: Any) -> Matrixport:
        """A `Matrixport` client of `credentials` (default: the default key) wired to this sandbox."""
        from .. import Matrixport

        credentials = credentials or self.keys.default
        http = httpx.Client(base_url=BASE_URL, transport=self.transport())
        return Matrixport(
            credentials.access_key, credentials.secret_key, BASE_URL, http_client=http, **settings
        )

    def async_client(self, credentials: Credentials | None = None, **settings: Any) -> AsyncMatrixport:
        """An `AsyncMatrixport` client of `credentials` (default: the default key) wired to this sandbox."""
        from .. import AsyncMatrixport

        credentials = credentials or self.keys.default
        http = httpx.AsyncClient(base_url=BASE_URL, transport=self.async_transport())
        return AsyncMatrixport(
            credentials.access_key, credentials.secret_key, BASE_URL, http_client=http, **settings
        )

    @property
    def app(self) -> SandboxApp:
        """The ASGI application serving this sandbox (for uvicorn, or `httpx.ASGITransport`)."""
        return SandboxApp(self.core)

    @contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Serve this sandbox on a port (0: a free one) in a thread; yields its base URL."""
        import socket

        import uvicorn

        sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
        sock.bind((host, port))
        config = uvicorn.Config(self.app, log_level="error", lifespan="off", interface="asgi3")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.01)
        bound_host, bound_port = sock.getsockname()[:2]
        try:
            yield f"http://{bound_host}:{bound_port}"
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            sock.close()

    def close(self) -> None:
        self.core.close()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        where = self.core.store.path or "memory"
        return f"Sandbox(state={str(where)!r}, clock={self.clock!r})"
