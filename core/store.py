"""The local state of one profile: a SQLite database in :func:`core.paths.data_dir`.

Tables and what they are for:

- ``id_map``: which Odyssee id an ERP record (entity + ERP key) was pushed to;
- ``snapshots``: the normalised values last pushed for an ERP record, with their hash and the
  Odyssee ``modified_dateutc`` seen then (to detect changes on both sides);
- ``watermarks``: per stream (e.g. ``job_approval``), the last ``modified_dateutc`` fully
  processed, plus the ids already processed *at* that instant (so equal timestamps are neither
  skipped nor done twice);
- ``journal``: one row per pushed/exported record (before/after values, result, HTTP status);
- ``runs``: one row per push/export/download run with its counts;
- ``downloads``: which job approval PDFs were saved where (with their SHA-256);
- ``push_intents``: the GUID of each create about to be sent (kept until it is known to have
  landed), so a push killed half-way reuses it instead of making a duplicate;
- ``rejections``: pending changes the user did not approve, hidden until the ERP row changes.

Typical use::

    store = Store.open(profile.name)
    with store.transaction():               # one transaction: all three rows or none
        store.set_id("company", "C001", odyssee_id)
        store.save_snapshot("company", "C001", values, odyssee_modified=modified)
        store.journal("company", "C001", "create", "ok", run_id=run_id, after=values, http_status=201)

Every write method runs in its own transaction unless called inside ``transaction()``, which
nests (inner blocks are savepoints). Times are UTC text like ``2015-07-14T13:08:00.000Z``.

Threads: the Store object may be shared; each thread gets its own SQLite connection. WAL mode
lets readers go on while one thread writes; writers take the database lock up front
(``BEGIN IMMEDIATE``) and wait for each other (busy timeout), so a transaction never fails half-way
because of another writer. Close the store when done (or use it as a context manager).

The schema evolves through :data:`MIGRATIONS` and ``PRAGMA user_version``: opening an older
database upgrades it; a database from a newer program raises :class:`StoreError`.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping
from uuid import UUID

from core import paths
from core.odata.datetimes import format_datetime

BUSY_TIMEOUT_SECONDS = 30.0
RUN_STATUSES = ("ok", "partial", "failed", "cancelled")

# Each migration is a list of statements taking the schema from version N to N+1
# (MIGRATIONS[0] creates version 1). Never edit a released migration: append a new one.
MIGRATIONS: list[tuple[str, ...]] = [
    (
        """CREATE TABLE id_map (
            entity TEXT NOT NULL,
            erp_key TEXT NOT NULL,
            odyssee_id TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (entity, erp_key)
        )""",
        "CREATE INDEX id_map_by_odyssee_id ON id_map (entity, odyssee_id)",
        """CREATE TABLE snapshots (
            entity TEXT NOT NULL,
            erp_key TEXT NOT NULL,
            values_json TEXT NOT NULL,
            hash TEXT NOT NULL,
            pushed_at TEXT NOT NULL,
            odyssee_modified TEXT,
            PRIMARY KEY (entity, erp_key)
        )""",
        """CREATE TABLE watermarks (
            stream TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            seen_ids_json TEXT NOT NULL DEFAULT '[]',
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            started TEXT NOT NULL,
            finished TEXT,
            status TEXT,
            counts_json TEXT NOT NULL DEFAULT '{}'
        )""",
        """CREATE TABLE journal (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id INTEGER REFERENCES runs (id),
            time TEXT NOT NULL,
            entity TEXT NOT NULL,
            erp_key TEXT,
            action TEXT NOT NULL,
            before_json TEXT,
            after_json TEXT,
            approved_at TEXT,
            result TEXT NOT NULL,
            http_status INTEGER,
            message TEXT
        )""",
        "CREATE INDEX journal_by_run ON journal (run_id)",
        "CREATE INDEX journal_by_record ON journal (entity, erp_key)",
        """CREATE TABLE downloads (
            file_id TEXT PRIMARY KEY,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            downloaded_at TEXT NOT NULL,
            approval_id TEXT
        )""",
        "CREATE INDEX downloads_by_approval ON downloads (approval_id)",
    ),
    # 2: the push engine (core/sync/push.py). push_intents: the GUID a create is about to be
    # sent with, written before sending, so that a push killed half-way reuses it (never a
    # duplicate). rejections: changes the user did not approve, hidden from the next plans
    # until the ERP row's values (hash) change.
    (
        """CREATE TABLE push_intents (
            entity TEXT NOT NULL,
            erp_key TEXT NOT NULL,
            odyssee_id TEXT NOT NULL,
            run_id INTEGER,
            created_at TEXT NOT NULL,
            PRIMARY KEY (entity, erp_key)
        )""",
        """CREATE TABLE rejections (
            entity TEXT NOT NULL,
            erp_key TEXT NOT NULL,
            hash TEXT NOT NULL,
            action TEXT NOT NULL,
            erp_modified TEXT,
            run_id INTEGER,
            rejected_at TEXT NOT NULL,
            PRIMARY KEY (entity, erp_key)
        )""",
    ),
]

# Keyed look-ups ask SQLite for this many keys per statement (its variable limit is 32,766).
_KEYS_PER_QUERY = 500


class StoreError(Exception):
    """The state database cannot be used; the message is a sentence for the user."""


@dataclass(frozen=True)
class Snapshot:
    entity: str
    erp_key: str
    values: dict[str, Any]
    hash: str
    pushed_at: str
    odyssee_modified: str | None


@dataclass(frozen=True)
class Rejection:
    entity: str
    erp_key: str
    hash: str  # the snapshot hash of the values that were not approved
    action: str
    erp_modified: str | None
    run_id: int | None
    rejected_at: str


@dataclass(frozen=True)
class Watermark:
    stream: str
    value: str | None  # None: the stream was never processed
    seen_ids: frozenset[str]  # ids already processed whose timestamp equals ``value``
    updated_at: str | None


@dataclass(frozen=True)
class Run:
    id: int
    kind: str
    started: str
    finished: str | None
    status: str | None  # None while running
    counts: dict[str, int]


@dataclass(frozen=True)
class JournalEntry:
    id: int
    run_id: int | None
    time: str
    entity: str
    erp_key: str | None
    action: str
    before: Any
    after: Any
    approved_at: str | None
    result: str
    http_status: int | None
    message: str | None


@dataclass(frozen=True)
class Download:
    file_id: str
    path: str
    sha256: str
    size: int
    downloaded_at: str
    approval_id: str | None


def store_path(profile_name: str) -> Path:
    """The database file of a profile: a readable slug plus a hash of the exact name.

    The hash keeps names apart that differ only in case or punctuation ("Prod", "prod", "Prod!").
    """
    slug = re.sub(r"[^a-z0-9]+", "-", profile_name.lower()).strip("-")[:40].strip("-") or "profile"
    digest = hashlib.sha256(profile_name.encode("utf-8")).hexdigest()[:12]
    return paths.data_dir() / f"{slug}-{digest}.sqlite3"


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"cannot store a {type(value).__name__} as JSON")


def canonical_json(value: Any) -> str:
    """Stable JSON (sorted keys, no spaces); Decimal, dates and UUIDs become strings."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_json_default
    )


def snapshot_hash(values: Mapping[str, Any]) -> str:
    """SHA-256 of the canonical JSON of normalised values (the hash stored with a snapshot)."""
    return hashlib.sha256(canonical_json(values).encode("utf-8")).hexdigest()


def _now() -> str:
    return format_datetime(datetime.now(timezone.utc))


def _time_text(value: str | datetime | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return format_datetime(value)


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


class Store:
    """The state database of one profile. ``Store.open(name)`` or ``Store(path)``."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._migrate(self._connection())
        except sqlite3.DatabaseError as error:
            self.close()
            raise StoreError(f"{self.path} is not a usable state database ({error}).") from None
        except BaseException:
            self.close()
            raise

    @classmethod
    def open(cls, profile_name: str) -> Store:
        return cls(store_path(profile_name))

    def close(self) -> None:
        with self._lock:
            self._closed = True
            connections, self._connections = self._connections, []
        for connection in connections:
            connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # --- connections and transactions --------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        if self._closed:
            raise StoreError(f"The state database {self.path} is closed.")
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            return connection
        with self._lock:
            if self._closed:
                raise StoreError(f"The state database {self.path} is closed.")
            connection = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_SECONDS,
                isolation_level=None,  # we issue BEGIN/COMMIT ourselves
                check_same_thread=False,  # only so close() can close it from any thread
            )
            self._connections.append(connection)
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA journal_mode = WAL")
        # NORMAL is durable against a crashed or killed program in WAL mode; a power cut may lose
        # the last commits but never leaves half a transaction.
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA foreign_keys = ON")
        self._local.connection = connection
        self._local.depth = 0
        return connection

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside happen together or not at all. Nested blocks are savepoints."""
        connection = self._connection()
        depth = self._local.depth
        if depth:
            savepoint = f"nested_{depth}"
            connection.execute(f"SAVEPOINT {savepoint}")
            self._local.depth += 1
            try:
                yield
            except BaseException:
                connection.execute(f"ROLLBACK TO {savepoint}")
                connection.execute(f"RELEASE {savepoint}")
                raise
            else:
                connection.execute(f"RELEASE {savepoint}")
            finally:
                self._local.depth -= 1
            return
        connection.execute("BEGIN IMMEDIATE")
        self._local.depth = 1
        try:
            yield
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        else:
            connection.execute("COMMIT")
        finally:
            self._local.depth = 0

    def _write(self, sql: str, parameters: tuple | Mapping = ()) -> sqlite3.Cursor:
        with self.transaction():
            return self._connection().execute(sql, parameters)

    def _read(self, sql: str, parameters: tuple | Mapping = ()) -> list[sqlite3.Row]:
        return self._connection().execute(sql, parameters).fetchall()

    # --- schema ------------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return self._connection().execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self, connection: sqlite3.Connection) -> None:
        known = len(MIGRATIONS)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > known:
            raise StoreError(
                f"The state database {self.path} was written by a newer Odyssee Sync Assistant "
                f"(schema version {version}; this one understands up to {known}). "
                "Update the program to use it."
            )
        for target in range(version + 1, known + 1):
            connection.execute("BEGIN IMMEDIATE")
            try:
                # another process may have upgraded it while we waited for the lock
                if connection.execute("PRAGMA user_version").fetchone()[0] >= target:
                    connection.execute("ROLLBACK")
                    continue
                for statement in MIGRATIONS[target - 1]:
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {int(target)}")
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise

    # --- id map ------------------------------------------------------------------------------

    def set_id(self, entity: str, erp_key: str, odyssee_id: str | UUID) -> None:
        """Remember the Odyssee id (GUIDs are kept lower-case) of an ERP record."""
        self._write(
            "INSERT INTO id_map (entity, erp_key, odyssee_id, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (entity, erp_key) DO UPDATE SET "
            "odyssee_id = excluded.odyssee_id, updated_at = excluded.updated_at",
            (entity, erp_key, str(odyssee_id).lower(), _now()),
        )

    def get_id(self, entity: str, erp_key: str) -> str | None:
        rows = self._read(
            "SELECT odyssee_id FROM id_map WHERE entity = ? AND erp_key = ?", (entity, erp_key)
        )
        return rows[0]["odyssee_id"] if rows else None

    def erp_key_for(self, entity: str, odyssee_id: str | UUID) -> str | None:
        rows = self._read(
            "SELECT erp_key FROM id_map WHERE entity = ? AND odyssee_id = ?",
            (entity, str(odyssee_id).lower()),
        )
        return rows[0]["erp_key"] if rows else None

    def ids_for(self, entity: str, keys: Iterable[str] | None = None) -> dict[str, str]:
        """ERP key -> Odyssee id for every known record of an entity (or only for ``keys``)."""
        rows = self._keyed("SELECT erp_key, odyssee_id FROM id_map", entity, keys)
        return {row["erp_key"]: row["odyssee_id"] for row in rows}

    def _keyed(self, select: str, entity: str, keys: Iterable[str] | None) -> list[sqlite3.Row]:
        """Rows of ``select`` (a table with entity and erp_key) for an entity, maybe only ``keys``."""
        if keys is None:
            return self._read(f"{select} WHERE entity = ?", (entity,))
        wanted = list(dict.fromkeys(keys))
        rows: list[sqlite3.Row] = []
        for start in range(0, len(wanted), _KEYS_PER_QUERY):
            chunk = wanted[start : start + _KEYS_PER_QUERY]
            marks = ", ".join("?" for _ in chunk)
            rows += self._read(f"{select} WHERE entity = ? AND erp_key IN ({marks})", (entity, *chunk))
        return rows

    def forget(self, entity: str, erp_key: str) -> None:
        """Drop the id and snapshot of a record (e.g. it no longer exists in Odyssee)."""
        with self.transaction():
            self._write("DELETE FROM id_map WHERE entity = ? AND erp_key = ?", (entity, erp_key))
            self._write("DELETE FROM snapshots WHERE entity = ? AND erp_key = ?", (entity, erp_key))

    # --- snapshots ---------------------------------------------------------------------------

    def save_snapshot(
        self,
        entity: str,
        erp_key: str,
        values: Mapping[str, Any],
        *,
        odyssee_modified: str | datetime | None = None,
        pushed_at: str | datetime | None = None,
    ) -> str:
        """Store the normalised values last pushed for a record; returns their hash."""
        text = canonical_json(dict(values))
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        self._write(
            "INSERT INTO snapshots (entity, erp_key, values_json, hash, pushed_at, odyssee_modified) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity, erp_key) DO UPDATE SET "
            "values_json = excluded.values_json, hash = excluded.hash, "
            "pushed_at = excluded.pushed_at, odyssee_modified = excluded.odyssee_modified",
            (entity, erp_key, text, digest, _time_text(pushed_at) or _now(), _time_text(odyssee_modified)),
        )
        return digest

    def snapshot(self, entity: str, erp_key: str) -> Snapshot | None:
        rows = self._read(
            "SELECT * FROM snapshots WHERE entity = ? AND erp_key = ?", (entity, erp_key)
        )
        return self._snapshot(rows[0]) if rows else None

    def snapshots_for(self, entity: str, keys: Iterable[str] | None = None) -> dict[str, Snapshot]:
        """ERP key -> snapshot for every record of an entity (or only for ``keys``)."""
        rows = self._keyed("SELECT * FROM snapshots", entity, keys)
        return {row["erp_key"]: self._snapshot(row) for row in rows}

    @staticmethod
    def _snapshot(row: sqlite3.Row) -> Snapshot:
        return Snapshot(
            row["entity"], row["erp_key"], json.loads(row["values_json"]), row["hash"],
            row["pushed_at"], row["odyssee_modified"],
        )

    # --- push intents and rejections ----------------------------------------------------------

    def record_intents(self, entity: str, intents: Mapping[str, str | UUID], *, run_id: int | None = None) -> dict[str, str]:
        """Remember the GUIDs creates are about to be sent with (ERP key -> GUID).

        A key that already has an intent keeps its first GUID (an interrupted push's create
        may have landed under it). Returns ERP key -> the GUID to send, for every given key.
        """
        with self.transaction():
            for erp_key, odyssee_id in intents.items():
                self._write(
                    "INSERT INTO push_intents (entity, erp_key, odyssee_id, run_id, created_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity, erp_key) DO NOTHING",
                    (entity, erp_key, str(odyssee_id).lower(), run_id, _now()),
                )
            return self.intents_for(entity, intents.keys())

    def intents_for(self, entity: str, keys: Iterable[str] | None = None) -> dict[str, str]:
        """ERP key -> GUID of creates sent (or about to be) but not known to have landed."""
        rows = self._keyed("SELECT erp_key, odyssee_id FROM push_intents", entity, keys)
        return {row["erp_key"]: row["odyssee_id"] for row in rows}

    def clear_intent(self, entity: str, erp_key: str) -> None:
        self._write("DELETE FROM push_intents WHERE entity = ? AND erp_key = ?", (entity, erp_key))

    def reject(
        self,
        entity: str,
        erp_key: str,
        values_hash: str,
        action: str,
        *,
        erp_modified: str | datetime | None = None,
        run_id: int | None = None,
    ) -> None:
        """Remember that a change was not approved; plans hide it until the ERP values change."""
        self._write(
            "INSERT INTO rejections (entity, erp_key, hash, action, erp_modified, run_id, rejected_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entity, erp_key) DO UPDATE SET "
            "hash = excluded.hash, action = excluded.action, erp_modified = excluded.erp_modified, "
            "run_id = excluded.run_id, rejected_at = excluded.rejected_at",
            (entity, erp_key, values_hash, action, _time_text(erp_modified), run_id, _now()),
        )

    def rejections_for(self, entity: str, keys: Iterable[str] | None = None) -> dict[str, Rejection]:
        rows = self._keyed("SELECT * FROM rejections", entity, keys)
        return {
            row["erp_key"]: Rejection(
                row["entity"], row["erp_key"], row["hash"], row["action"], row["erp_modified"],
                row["run_id"], row["rejected_at"],
            )
            for row in rows
        }

    def clear_rejection(self, entity: str, erp_key: str) -> None:
        self._write("DELETE FROM rejections WHERE entity = ? AND erp_key = ?", (entity, erp_key))

    # --- watermarks --------------------------------------------------------------------------

    def get_watermark(self, stream: str) -> Watermark:
        rows = self._read("SELECT * FROM watermarks WHERE stream = ?", (stream,))
        if not rows:
            return Watermark(stream, None, frozenset(), None)
        row = rows[0]
        return Watermark(
            stream, row["value"], frozenset(json.loads(row["seen_ids_json"])), row["updated_at"]
        )

    def set_watermark(self, stream: str, value: str | datetime, seen_ids=()) -> None:
        """Move a stream's watermark. Call it only once what it covers is durably written."""
        self._write(
            "INSERT INTO watermarks (stream, value, seen_ids_json, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (stream) DO UPDATE SET value = excluded.value, "
            "seen_ids_json = excluded.seen_ids_json, updated_at = excluded.updated_at",
            (stream, _time_text(value), canonical_json(sorted(str(i) for i in seen_ids)), _now()),
        )

    # --- runs --------------------------------------------------------------------------------

    def start_run(self, kind: str) -> int:
        return self._write(
            "INSERT INTO runs (kind, started) VALUES (?, ?)", (kind, _now())
        ).lastrowid

    def finish_run(self, run_id: int, status: str, counts: Mapping[str, int] | None = None) -> None:
        if status not in RUN_STATUSES:
            raise ValueError(f"run status must be one of {', '.join(RUN_STATUSES)}, not {status!r}")
        cursor = self._write(
            "UPDATE runs SET finished = ?, status = ?, counts_json = ? WHERE id = ?",
            (_now(), status, canonical_json(dict(counts or {})), run_id),
        )
        if cursor.rowcount != 1:
            raise StoreError(f"There is no run {run_id} to finish.")

    def run(self, run_id: int) -> Run | None:
        rows = self._read("SELECT * FROM runs WHERE id = ?", (run_id,))
        return self._run(rows[0]) if rows else None

    def recent_runs(self, kind: str | None = None, limit: int = 50) -> list[Run]:
        """Newest first."""
        if kind is None:
            rows = self._read("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,))
        else:
            rows = self._read(
                "SELECT * FROM runs WHERE kind = ? ORDER BY id DESC LIMIT ?", (kind, limit)
            )
        return [self._run(row) for row in rows]

    @staticmethod
    def _run(row: sqlite3.Row) -> Run:
        return Run(
            row["id"], row["kind"], row["started"], row["finished"], row["status"],
            json.loads(row["counts_json"]),
        )

    # --- journal -----------------------------------------------------------------------------

    def journal(
        self,
        entity: str,
        erp_key: str | None,
        action: str,
        result: str,
        *,
        run_id: int | None = None,
        before: Any = None,
        after: Any = None,
        approved_at: str | datetime | None = None,
        http_status: int | None = None,
        message: str | None = None,
    ) -> int:
        """Record what happened to one record; returns the journal row id."""
        return self._write(
            "INSERT INTO journal (run_id, time, entity, erp_key, action, before_json, after_json, "
            "approved_at, result, http_status, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                run_id, _now(), entity, erp_key, action,
                None if before is None else canonical_json(before),
                None if after is None else canonical_json(after),
                _time_text(approved_at), result, http_status, message,
            ),
        ).lastrowid

    def journal_rows(
        self,
        *,
        run_id: int | None = None,
        entity: str | None = None,
        erp_key: str | None = None,
        action: str | None = None,
        result: str | None = None,
        since: str | datetime | None = None,
        limit: int | None = None,
        newest_first: bool = True,
    ) -> list[JournalEntry]:
        """Journal rows matching every given filter (``since``: time at or after)."""
        conditions, parameters = [], []
        for column, value in (
            ("run_id", run_id), ("entity", entity), ("erp_key", erp_key),
            ("action", action), ("result", result),
        ):
            if value is not None:
                conditions.append(f"{column} = ?")
                parameters.append(value)
        if since is not None:
            conditions.append("time >= ?")
            parameters.append(_time_text(since))
        sql = "SELECT * FROM journal"
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += " ORDER BY id " + ("DESC" if newest_first else "ASC")
        if limit is not None:
            sql += " LIMIT ?"
            parameters.append(int(limit))
        return [
            JournalEntry(
                row["id"], row["run_id"], row["time"], row["entity"], row["erp_key"],
                row["action"], _loads(row["before_json"]), _loads(row["after_json"]),
                row["approved_at"], row["result"], row["http_status"], row["message"],
            )
            for row in self._read(sql, tuple(parameters))
        ]

    # --- downloads ---------------------------------------------------------------------------

    def record_download(
        self,
        file_id: str | UUID,
        path: str | Path,
        sha256: str,
        size: int,
        *,
        approval_id: str | UUID | None = None,
    ) -> None:
        self._write(
            "INSERT INTO downloads (file_id, path, sha256, size, downloaded_at, approval_id) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (file_id) DO UPDATE SET path = excluded.path, "
            "sha256 = excluded.sha256, size = excluded.size, "
            "downloaded_at = excluded.downloaded_at, approval_id = excluded.approval_id",
            (
                str(file_id).lower(), str(path), sha256, int(size), _now(),
                None if approval_id is None else str(approval_id).lower(),
            ),
        )

    def download_for(self, file_id: str | UUID) -> Download | None:
        rows = self._read("SELECT * FROM downloads WHERE file_id = ?", (str(file_id).lower(),))
        return self._download(rows[0]) if rows else None

    def downloads(self, limit: int = 200) -> list[Download]:
        """The latest recorded downloads, newest first."""
        rows = self._read(
            "SELECT * FROM downloads ORDER BY downloaded_at DESC, file_id LIMIT ?", (int(limit),)
        )
        return [self._download(row) for row in rows]

    @staticmethod
    def _download(row: sqlite3.Row) -> Download:
        return Download(
            row["file_id"], row["path"], row["sha256"], row["size"], row["downloaded_at"],
            row["approval_id"],
        )


__all__ = [
    "Download",
    "JournalEntry",
    "MIGRATIONS",
    "RUN_STATUSES",
    "Rejection",
    "Run",
    "Snapshot",
    "Store",
    "StoreError",
    "Watermark",
    "canonical_json",
    "snapshot_hash",
    "store_path",
]
