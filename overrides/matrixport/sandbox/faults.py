"""The sandbox's fault mode: fail requests the ways real networks and gateways do.

`429` refuses a request before the operation runs: it leaves no trace. `500`, `drop` (the
connection closes mid-answer), `delay` (the answer comes after `delay` seconds, past a client's
timeout) and `garbage` (a truncated body) happen *after* the operation acted: that is what a
lost answer is, and what makes resending a create dangerous without an idempotency key.

Which request fails is decided in arrival order from a seeded generator (so a sequential run
sees the same faults every time), or scripted exactly with `sequence`: the next requests get
those kinds in order (`None` for "no fault"), then `rate` applies again. `operations` limits
faults to some operations (`"prime-broker.createTransfer"` or just `"createTransfer"`).
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

KINDS = ("429", "500", "drop", "delay", "garbage")
BEFORE = frozenset({"429"})
"""Faults that refuse a request before the operation runs; the others come after it acted."""


@dataclass
class Faults:
    rate: float = 0.0
    """Share of requests (0 to 1) that fail."""
    kinds: tuple[str, ...] = KINDS
    delay: float = 2.0
    """Seconds a `delay` fault holds the answer (set it above the client's timeout)."""
    seed: int | None = None
    sequence: tuple[str | None, ...] = ()
    """Exact faults for the next requests, in order (None: no fault), before `rate` applies."""
    operations: frozenset[str] = frozenset()
    """Only these operations fail (`document.operationId` or `operationId`); empty: all of them."""
    _random: random.Random = field(default_factory=random.Random, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _position: int = field(default=0, repr=False)

    def __post_init__(self) -> None:
        self.kinds = tuple(self.kinds)
        self.sequence = tuple(self.sequence)
        self.operations = frozenset(self.operations)
        unknown = (set(self.kinds) | {kind for kind in self.sequence if kind is not None}) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown fault kinds {sorted(unknown)}: choose among {', '.join(KINDS)}")
        if not 0 <= self.rate <= 1:
            raise ValueError(f"rate must be between 0 and 1, got {self.rate}")
        if self.rate and not self.kinds:
            raise ValueError("a fault rate needs at least one kind")
        if not self.delay >= 0:
            raise ValueError(f"delay must be 0 or more seconds, got {self.delay}")
        self._random.seed(self.seed)

    @property
    def active(self) -> bool:
        return bool(self.rate) or self._position < len(self.sequence)

    def draw(self, operation_key: str) -> str | None:
        """The fault for the next request to `operation_key` (`document.operationId`), or None."""
        if self.operations and not (
            operation_key in self.operations or operation_key.split(".", 1)[-1] in self.operations
        ):
            return None
        with self._lock:
            if self._position < len(self.sequence):
                self._position += 1
                return self.sequence[self._position - 1]
            if self.rate and self._random.random() < self.rate:
                return self._random.choice(self.kinds)
        return None

    def describe(self) -> dict[str, Any]:
        return {
            "rate": self.rate,
            "kinds": list(self.kinds),
            "delay": self.delay,
            "seed": self.seed,
            "sequence": list(self.sequence[self._position :]),
            "operations": sorted(self.operations),
        }

    @classmethod
    def from_json(cls, settings: Any) -> Faults:
        """Faults from a control request's JSON; ValueError names what is wrong."""
        if not isinstance(settings, Mapping):
            raise ValueError("expected a JSON object with rate, kinds, delay, seed, sequence, operations")
        unknown = set(settings) - {"rate", "kinds", "delay", "seed", "sequence", "operations"}
        if unknown:
            raise ValueError(f"unknown settings {sorted(unknown)}")
        return cls(
            rate=_number(settings, "rate", 0.0),
            kinds=tuple(_strings(settings, "kinds", KINDS)),
            delay=_number(settings, "delay", 2.0),
            seed=_integer(settings, "seed"),
            sequence=tuple(_sequence(settings.get("sequence", []))),
            operations=frozenset(_strings(settings, "operations", ())),
        )


def _number(settings: Mapping[str, Any], name: str, default: float) -> float:
    value = settings.get(name, default)
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise ValueError(f"{name} must be a number, got {value!r}")
    return float(value)  # a rate or a number of seconds, never money


def _integer(settings: Mapping[str, Any], name: str) -> int | None:
    value = settings.get(name)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValueError(f"{name} must be an integer or null, got {value!r}")
    return value


def _strings(settings: Mapping[str, Any], name: str, default: Iterable[str]) -> list[str]:
    value = settings.get(name, list(default))
    if isinstance(value, str):
        value = [part for part in value.split(",") if part]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{name} must be a list of strings, got {value!r}")
    return value


def _sequence(value: Any) -> Sequence[str | None]:
    if not isinstance(value, list) or not all(item is None or isinstance(item, str) for item in value):
        raise ValueError(f"sequence must be a list of fault kinds or nulls, got {value!r}")
    return value
