"""The sandbox's world: the state, the clock, the spec and one state model per document."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from . import _json
from .clock import SandboxClock
from .models import MODELS
from .models.base import DocumentModel
from .spec import Spec
from .store import Customer, Store

log = logging.getLogger("matrixport.sandbox")

FIRST_USER_ID = 9547
"""User ids count up from the Python demo's user (its accounts `9547_huobi_1`, `9547_okex_1`)."""

DEFAULT_KEYS: Mapping[str, str] = {"sandbox-access-key": "sandbox-secret-key"}
"""The well-known test key pair: not a secret, it opens only a sandbox."""

PRICES_USD: Mapping[str, Decimal] = {
    "BTC": Decimal("60000"),
    "ETH": Decimal("3000"),
    "STETH": Decimal("3000"),
    "USDT": Decimal("1"),
    "USDC": Decimal("1"),
    "DAI": Decimal("1"),
    "USD": Decimal("1"),
    "USDC_OP": Decimal("1"),
    "USDT_OP": Decimal("1"),
}
"""What the sandbox values one unit at, in USD, where a document answers in USD (total positions, RCUs)."""

DEFAULT_WALLET: Mapping[str, Decimal] = {
    "BTC": Decimal("10"),
    "ETH": Decimal("100"),
    "STETH": Decimal("10"),
    "USDT": Decimal("1000000"),
    "USDC": Decimal("1000000"),
    "DAI": Decimal("100000"),
    "USD": Decimal("1000000"),
}
"""What a new customer's Matrixport wallet (`<user id>.bal`) holds, unless its key says otherwise."""


@dataclass(frozen=True)
class Credentials:
    """A test key pair and the customer it opens (its user id, its wallet account)."""

    access_key: str
    secret_key: str
    user_id: str

    @property
    def wallet(self) -> str:
        return f"{self.user_id}.bal"

    def __repr__(self) -> str:
        return f"Credentials(access_key={self.access_key!r}, secret_key='***', user_id={self.user_id!r})"


class World:
    def __init__(self, store: Store, clock: SandboxClock, spec: Spec) -> None:
        self.store = store
        self.clock = clock
        self.spec = spec
        self.prices = dict(PRICES_USD)
        self.models: dict[str, DocumentModel] = {
            name: model(self) for name, model in MODELS.items() if name in spec.documents
        }
        saved = store.meta("clock_ms")
        if saved is not None:
            clock.restore(int(saved))
        self._saved_clock = int(saved or 0)

    def new_id(self, now_ms: int) -> str:
        return self.store.new_id(now_ms)

    @staticmethod
    def wallet(customer: Customer) -> str:
        return f"{customer.user_id}.bal"

    def value_usd(self, currency: str, amount: Decimal) -> Decimal:
        return amount * self.prices[currency.upper()]

    def add_customer(
        self,
        access_key: str | None = None,
        secret_key: str | None = None,
        wallet: Mapping[str, Any] | None = None,
    ) -> Credentials:
        """A new customer: its key pair (random where not given), its wallet, each document's seed."""
        now = self.clock.now_ms()
        access_key = access_key or f"sandbox-{secrets.token_hex(8)}"
        secret_key = secret_key or secrets.token_urlsafe(24)
        starting = DEFAULT_WALLET if wallet is None else {c: _json.dec(a) for c, a in wallet.items()}
        with self.store.transaction():
            if self.store.customer(access_key) is not None:
                raise ValueError(f"access key {access_key!r} exists already")
            highest = self.store.highest_user_id()
            number = FIRST_USER_ID if highest is None else highest + 1
            customer = self.store.add_customer(access_key, secret_key, str(number), now)
            for currency, amount in starting.items():
                if amount:
                    self.store.move(customer.user_id, self.wallet(customer), currency.upper(), amount)
            for model in self.models.values():
                model.seed(customer, now)
        return Credentials(access_key, secret_key, customer.user_id)

    def ensure_keys(self, keys: Mapping[str, str]) -> None:
        """Configured keys exist (a state file keeps its customers; a new key is added)."""
        for access_key, secret_key in keys.items():
            if self.store.customer(access_key) is None:
                self.add_customer(access_key, secret_key)
            elif self.store.secret_for(access_key) != secret_key:
                raise ValueError(f"the state knows {access_key!r} with another secret key")

    def tick(self, now_ms: int) -> None:
        """Let sandbox time pass: every record change due by `now_ms`, in order of due time."""
        with self.store.transaction():
            for _ in range(1_000_000):
                record = self.store.next_due(now_ms)
                if record is None:
                    break
                due = record.due_ms
                model = self.models.get(record.document)
                if model is None:
                    record.due_ms = None
                    self.store.save(record)
                    continue
                model.advance(record, int(due or now_ms))
                if record.due_ms is not None and record.due_ms <= int(due or 0):
                    log.error(
                        "%s %s %s did not move its due time; stopped", record.document, record.kind, record.id
                    )
                    record.due_ms = None
                    self.store.save(record)
            if now_ms > self._saved_clock:
                self.store.set_meta("clock_ms", str(now_ms))
                self._saved_clock = now_ms
