"""The sandbox's state in SQLite (the standard library's `sqlite3`): in memory, or a file kept over restarts.

One connection, guarded by one re-entrant lock: every request's reads and writes happen in one
transaction under it, so concurrent requests (threads of the in-process transport, the
server's event loop) see consistent balances. A file database runs in WAL mode.

Tables:

- `customers`: one per access key (its secret, its user id);
- `balances`: amount per user, account, wallet type and currency (decimal text);
- `records`: everything else a document keeps (orders, transfers, bills, interest rows...),
  as JSON per (user, document, kind, id), with `due_ms` when the record changes by itself
  at a sandbox time (a settlement, the next interest day);
- `idempotency`: the keys each write was called with, and what it answered;
- `ledger`: every write that acted, and every repeat that was refused;
- `meta`: the id counter, the sandbox clock, the state's version.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import _json

SCHEMA_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS customers (
    access_key TEXT PRIMARY KEY, secret_key TEXT NOT NULL, user_id TEXT NOT NULL UNIQUE,
    created_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS balances (
    user_id TEXT NOT NULL, account TEXT NOT NULL, wallet INTEGER NOT NULL, currency TEXT NOT NULL,
    amount TEXT NOT NULL, PRIMARY KEY (user_id, account, wallet, currency));
CREATE TABLE IF NOT EXISTS records (
    user_id TEXT NOT NULL, document TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL,
    created_ms INTEGER NOT NULL, due_ms INTEGER, data TEXT NOT NULL,
    PRIMARY KEY (user_id, document, kind, id));
CREATE INDEX IF NOT EXISTS records_due ON records (due_ms) WHERE due_ms IS NOT NULL;
CREATE TABLE IF NOT EXISTS idempotency (
    user_id TEXT NOT NULL, document TEXT NOT NULL, operation TEXT NOT NULL, key TEXT NOT NULL,
    outcome TEXT NOT NULL, created_ms INTEGER NOT NULL,
    PRIMARY KEY (user_id, document, operation, key));
CREATE TABLE IF NOT EXISTS ledger (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, document TEXT NOT NULL, operation TEXT NOT NULL,
    user_id TEXT NOT NULL, access_key TEXT NOT NULL, outcome TEXT NOT NULL, key TEXT,
    request_id TEXT, at_ms INTEGER NOT NULL, result TEXT);
"""

SNOWFLAKE_EPOCH_MS = 1_288_834_974_657
"""Ids look like Matrixport's: 19 digits, time-ordered (milliseconds << 22 | a counter)."""


class InsufficientFunds(Exception):
    def __init__(self, account: str, currency: str, available: Decimal, wanted: Decimal) -> None:
        super().__init__(f"{account} holds {_json.plain(available)} {currency}, {_json.plain(wanted)} needed")
        self.account = account
        self.currency = currency
        self.available = available
        self.wanted = wanted


@dataclass
class Record:
    """A document's stored object; `data` is in wire form (decimals as strings)."""

    user_id: str
    document: str
    kind: str
    id: str
    created_ms: int
    data: dict[str, Any] = field(default_factory=dict)
    due_ms: int | None = None


@dataclass(frozen=True)
class Customer:
    access_key: str
    user_id: str


@dataclass(frozen=True)
class LedgerEntry:
    """One write the sandbox acted on (`outcome="created"`) or refused as a repeat (`outcome="repeat"`)."""

    seq: int
    document: str
    operation: str
    user_id: str
    access_key: str
    outcome: str
    key: str | None
    request_id: str | None
    at_ms: int
    result: Any

    def as_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "document": self.document,
            "operation": self.operation,
            "user_id": self.user_id,
            "access_key": self.access_key,
            "outcome": self.outcome,
            "key": self.key,
            "request_id": self.request_id,
            "at_ms": self.at_ms,
            "result": self.result,
        }


class Store:
    def __init__(self, path: str | Path | None = None) -> None:
        self.path = None if path is None else Path(path)
        target = ":memory:" if self.path is None else str(self.path)
        self._db = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
        self.lock = threading.RLock()
        self._depth = 0
        self._secrets: dict[str, str | None] = {}
        if self.path is not None:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        version = self.meta("schema")
        if version is None:
            self.set_meta("schema", SCHEMA_VERSION)
        elif version != SCHEMA_VERSION:
            raise ValueError(
                f"{target}: sandbox state of schema {version}, this sandbox reads {SCHEMA_VERSION}"
            )

    @property
    def fresh(self) -> bool:
        """No customer yet: a new database, to be seeded."""
        return self._db.execute("SELECT 1 FROM customers LIMIT 1").fetchone() is None

    def close(self) -> None:
        with self.lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of work (re-entrant: nested calls join the outer transaction)."""
        with self.lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._db.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                self._secrets.clear()
                raise
            else:
                self._db.execute("COMMIT")
            finally:
                self._depth = 0

    def wipe(self) -> None:
        with self.transaction():
            for table in ("customers", "balances", "records", "idempotency", "ledger"):
                self._db.execute(f"DELETE FROM {table}")
            self._db.execute("DELETE FROM meta WHERE key != 'schema'")
            self._secrets.clear()

    # ---- meta --------------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def new_id(self, now_ms: int) -> str:
        """A fresh 19-digit id, unique in this state (also across restarts of a state file)."""
        with self.transaction():
            counter = int(self.meta("id_counter") or "0") + 1
            self.set_meta("id_counter", str(counter))
        return str(((max(now_ms, SNOWFLAKE_EPOCH_MS) - SNOWFLAKE_EPOCH_MS) << 22) | (counter & 0x3FFFFF))

    # ---- customers ---------------------------------------------------------------------------

    def add_customer(self, access_key: str, secret_key: str, user_id: str, now_ms: int) -> Customer:
        with self.transaction():
            self._db.execute(
                "INSERT INTO customers (access_key, secret_key, user_id, created_ms) VALUES (?, ?, ?, ?)",
                (access_key, secret_key, user_id, now_ms),
            )
            self._secrets.pop(access_key, None)
        return Customer(access_key, user_id)

    def customer(self, access_key: str) -> Customer | None:
        row = self._db.execute("SELECT user_id FROM customers WHERE access_key = ?", (access_key,)).fetchone()
        return None if row is None else Customer(access_key, str(row[0]))

    def customers(self) -> list[Customer]:
        rows = self._db.execute("SELECT access_key, user_id FROM customers ORDER BY created_ms, rowid")
        return [Customer(str(a), str(u)) for a, u in rows]

    def secret_for(self, access_key: str) -> str | None:
        with self.lock:
            if access_key not in self._secrets:
                row = self._db.execute(
                    "SELECT secret_key FROM customers WHERE access_key = ?", (access_key,)
                ).fetchone()
                if len(self._secrets) > 10_000:
                    self._secrets.clear()
                self._secrets[access_key] = None if row is None else str(row[0])
            return self._secrets[access_key]

    def highest_user_id(self) -> int | None:
        """The highest user id given so far (user ids are numbers), None before the first customer."""
        (highest,) = self._db.execute("SELECT MAX(CAST(user_id AS INTEGER)) FROM customers").fetchone()
        return None if highest is None else int(highest)

    # ---- balances ----------------------------------------------------------------------------

    def balance(self, user_id: str, account: str, currency: str, wallet: int = 0) -> Decimal:
        row = self._db.execute(
            "SELECT amount FROM balances WHERE user_id = ? AND account = ? AND wallet = ? AND currency = ?",
            (user_id, account, wallet, currency),
        ).fetchone()
        return Decimal(row[0]) if row else Decimal(0)

    def balances(self, user_id: str, account: str | None = None) -> list[tuple[str, int, str, Decimal]]:
        """(account, wallet, currency, amount) rows, in a stable order."""
        query = "SELECT account, wallet, currency, amount FROM balances WHERE user_id = ?"
        args: tuple[Any, ...] = (user_id,)
        if account is not None:
            query += " AND account = ?"
            args += (account,)
        rows = self._db.execute(query + " ORDER BY account, wallet, currency", args)
        return [(str(a), int(w), str(c), Decimal(v)) for a, w, c, v in rows]

    def move(self, user_id: str, account: str, currency: str, delta: Decimal, wallet: int = 0) -> Decimal:
        """Add `delta` (negative to take) to a balance; refuses to go below zero. Returns the new balance."""
        with self.transaction():
            current = self.balance(user_id, account, currency, wallet)
            updated = current + delta
            if updated < 0:
                raise InsufficientFunds(account, currency, current, -delta)
            self._db.execute(
                "INSERT OR REPLACE INTO balances (user_id, account, wallet, currency, amount) "
                "VALUES (?, ?, ?, ?, ?)",
                (user_id, account, wallet, currency, _json.plain(updated)),
            )
            return updated

    # ---- records -----------------------------------------------------------------------------

    def insert(self, record: Record) -> Record:
        with self.transaction():
            self._db.execute(
                "INSERT INTO records (user_id, document, kind, id, created_ms, due_ms, data) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    record.user_id,
                    record.document,
                    record.kind,
                    record.id,
                    record.created_ms,
                    record.due_ms,
                    _json.dumps(record.data).decode(),
                ),
            )
        return record

    def save(self, record: Record) -> None:
        with self.transaction():
            self._db.execute(
                "UPDATE records SET due_ms = ?, data = ? "
                "WHERE user_id = ? AND document = ? AND kind = ? AND id = ?",
                (
                    record.due_ms,
                    _json.dumps(record.data).decode(),
                    record.user_id,
                    record.document,
                    record.kind,
                    record.id,
                ),
            )

    _COLUMNS = "user_id, document, kind, id, created_ms, due_ms, data"

    @staticmethod
    def _record(row: tuple[Any, ...]) -> Record:
        user_id, document, kind, id_, created_ms, due_ms, data = row
        return Record(
            str(user_id),
            str(document),
            str(kind),
            str(id_),
            int(created_ms),
            _json.loads(data),
            due_ms,
        )

    def get(self, user_id: str, document: str, kind: str, id_: str) -> Record | None:
        row = self._db.execute(
            f"SELECT {self._COLUMNS} FROM records WHERE user_id = ? AND document = ? AND kind = ? AND id = ?",
            (user_id, document, kind, id_),
        ).fetchone()
        return None if row is None else self._record(row)

    def records(self, user_id: str, document: str, kind: str) -> list[Record]:
        """A user's records of one kind, newest first."""
        rows = self._db.execute(
            f"SELECT {self._COLUMNS} FROM records WHERE user_id = ? AND document = ? AND kind = ? "
            "ORDER BY rowid DESC",
            (user_id, document, kind),
        )
        return [self._record(row) for row in rows]

    def next_due(self, now_ms: int) -> Record | None:
        """The record whose next change is due earliest, if that is at or before `now_ms`."""
        row = self._db.execute(
            f"SELECT {self._COLUMNS} FROM records WHERE due_ms IS NOT NULL AND due_ms <= ? "
            "ORDER BY due_ms, rowid LIMIT 1",
            (now_ms,),
        ).fetchone()
        return None if row is None else self._record(row)

    # ---- idempotency keys --------------------------------------------------------------------

    def key_outcome(self, user_id: str, document: str, operation: str, key: str) -> tuple[bool, Any]:
        """(True, the stored answer) when the key was used already, (False, None) otherwise."""
        row = self._db.execute(
            "SELECT outcome FROM idempotency "
            "WHERE user_id = ? AND document = ? AND operation = ? AND key = ?",
            (user_id, document, operation, key),
        ).fetchone()
        return (False, None) if row is None else (True, _json.loads(row[0]))

    def remember_key(
        self, user_id: str, document: str, operation: str, key: str, outcome: Any, now_ms: int
    ) -> None:
        with self.transaction():
            self._db.execute(
                "INSERT INTO idempotency (user_id, document, operation, key, outcome, created_ms) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (user_id, document, operation, key, _json.dumps(outcome).decode(), now_ms),
            )

    # ---- ledger ------------------------------------------------------------------------------

    def add_ledger(
        self,
        document: str,
        operation: str,
        customer: Customer,
        outcome: str,
        key: str | None,
        request_id: str | None,
        at_ms: int,
        result: Any,
    ) -> None:
        with self.transaction():
            self._db.execute(
                "INSERT INTO ledger (document, operation, user_id, access_key, outcome, key, request_id, "
                "at_ms, "
                "result) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document,
                    operation,
                    customer.user_id,
                    customer.access_key,
                    outcome,
                    key,
                    request_id,
                    at_ms,
                    _json.dumps(result).decode(),
                ),
            )

    def ledger(
        self,
        document: str | None = None,
        operation: str | None = None,
        access_key: str | None = None,
        key: str | None = None,
    ) -> list[LedgerEntry]:
        query = f"SELECT {', '.join(LedgerEntry.__dataclass_fields__)} FROM ledger WHERE 1 = 1"
        args: list[Any] = []
        for column, value in (
            ("document", document),
            ("operation", operation),
            ("access_key", access_key),
            ("key", key),
        ):
            if value is not None:
                query += f" AND {column} = ?"
                args.append(value)
        with self.lock:
            rows = self._db.execute(query + " ORDER BY seq", args).fetchall()
        return [
            LedgerEntry(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7], int(r[8]), _json.loads(r[9]))
            for r in rows
        ]
