"""The ledger: every write the sandbox acted on, and every repeated idempotency key it refused.

Entries are keyed by document and operation (Balance+ and T-Bills both have a `createDeposit`),
with the idempotency key the request carried, its `x-request-id`, the customer and the answer.
A retried write that reached the sandbox twice with the same key shows one `acted` entry and
one `repeat`; a keyless write that reached it twice shows two `acted` entries.
"""

from __future__ import annotations

from typing import Any

from .store import LedgerEntry, Store

ACTED = "acted"
REPEAT = "repeat"


class Ledger:
    def __init__(self, store: Store) -> None:
        self._store = store

    def entries(
        self,
        document: str | None = None,
        operation: str | None = None,
        *,
        access_key: str | None = None,
        key: str | None = None,
        outcome: str | None = None,
    ) -> list[LedgerEntry]:
        """Entries in the order they happened; every filter given must match."""
        found = self._store.ledger(document, operation, access_key, key)
        return [entry for entry in found if outcome is None or entry.outcome == outcome]

    def acted(self, document: str, operation: str, **filters: Any) -> list[LedgerEntry]:
        """The writes of `document.operation` that acted (one per logical create when keys work)."""
        return self.entries(document, operation, outcome=ACTED, **filters)

    def keys(self, document: str, operation: str) -> list[str | None]:
        """The idempotency keys of the writes that acted (None for a write without one)."""
        return [entry.key for entry in self.acted(document, operation)]

    def repeats(self, document: str, operation: str) -> list[LedgerEntry]:
        return self.entries(document, operation, outcome=REPEAT)

    def as_json(self, **filters: Any) -> dict[str, Any]:
        entries = self.entries(**filters)
        acted: dict[str, dict[str, list[str | None]]] = {}
        repeats: dict[str, dict[str, int]] = {}
        for entry in entries:
            if entry.outcome == ACTED:
                acted.setdefault(entry.document, {}).setdefault(entry.operation, []).append(entry.key)
            else:
                counts = repeats.setdefault(entry.document, {})
                counts[entry.operation] = counts.get(entry.operation, 0) + 1
        return {"entries": [entry.as_json() for entry in entries], "acted": acted, "repeats": repeats}

    def __len__(self) -> int:
        return len(self.entries(outcome=ACTED))
