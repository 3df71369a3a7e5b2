"""The state of one tenant-and-ERP pair, in a SQL database: the local SQLite file of a profile
by default, or a database server (PostgreSQL, SQL Server) that a whole office shares.

Typical use::

    store = Store.for_profile(profile)              # where and whose state: from the profile
    with store.acquire_lease("push", program="odyssee-sync push") as lease:
        fenced = store.fenced(lease)                # every write checks the lease's token
        with fenced.transaction():                  # one transaction: all three rows or none
            fenced.set_id("Company", "C001", odyssee_id)
            fenced.save_snapshot("Company", "C001", values, odyssee_modified=modified)
            fenced.journal("Company", "C001", "create", "ok", run_id=run_id, http_status=201)

Every write method runs in its own transaction unless called inside ``transaction()``, which
nests (inner blocks are savepoints). The tables are described in :mod:`core.state.tables`; the
leases in :mod:`core.state.leases`.

Threads: a Store may be shared. A transaction belongs to the thread that opened it; reads outside
one take a pooled connection briefly. On SQLite, writers take the database lock up front (``BEGIN
IMMEDIATE``) and wait for each other, so a transaction never fails half-way because of another
writer; WAL mode lets readers go on meanwhile. On PostgreSQL a session left idle inside a
transaction (its program paused) is ended by the server after a while, so it cannot keep others
waiting for ever.

Which state: one database may hold several (``states``). A store is opened for a *key*: the
tenant (base URL and domain) plus the ERP it is linked to (:func:`core.state.location.state_key`),
so every workstation and service of the same tenant and ERP works on the same rows.
"""
from __future__ import annotations

import getpass
import hashlib
import json
import os
import socket
import sqlite3
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from sqlalchemy import (
    Connection,
    Engine,
    Unicode,
    and_,
    bindparam,
    cast,
    delete,
    event,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from core.database import DatabaseUrlError, first_line, upsert
from core.errors import UserError, sentence
from core.odyssee.values import format_datetime
from core.state import leases as lease_rules
from core.state import tables as t
from core.state.leases import JOBS, Lease, LeaseBusy, LeaseInfo, LeaseLost, holder_is_gone
from core.state.location import LOCAL_KEY, StateLocation

RUN_STATUSES = ("ok", "partial", "failed", "cancelled", "interrupted")

# Keyed look-ups ask for this many keys per statement (SQL Server allows 2,100 parameters).
_KEYS_PER_QUERY = 500
BUSY_TIMEOUT_SECONDS = 30.0
# PostgreSQL: end a session that sits inside a transaction this long (a paused program), and
# give up waiting for a row lock after this long instead of hanging.
IDLE_IN_TRANSACTION_SECONDS = 20
LOCK_TIMEOUT_SECONDS = 15


class StoreError(UserError):
    """The state database cannot be used; the message is a sentence for the user."""


class StoreBusy(StoreError):
    """A row the work needs stayed locked by another writer for too long."""


# Names this workstation in leases, runs and the journal, where its host name says nothing to
# the office (a cloned virtual machine, a container); the host name otherwise.
WORKSTATION_VARIABLE = "ODYSSEE_SYNC_WORKSTATION"


@dataclass(frozen=True)
class Actor:
    """Who works: the workstation's name and the operating-system user."""

    workstation: str
    os_user: str

    @classmethod
    def current(cls) -> Actor:
        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name in this environment
            user = "unknown"
        workstation = os.environ.get(WORKSTATION_VARIABLE, "").strip() or socket.gethostname() or "unknown"
        return cls(workstation[:255], user[:255])


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
    workstation: str = ""
    os_user: str = ""


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
    workstation: str = ""
    os_user: str = ""


@dataclass(frozen=True)
class Download:
    file_id: str
    path: str  # relative to the download folder (absolute in states from before team mode)
    sha256: str
    size: int
    downloaded_at: str
    approval_id: str | None


@dataclass(frozen=True)
class Delivery:
    """A file about to appear in a folder, written down before it appears."""

    stream: str
    item_id: str
    path: str  # relative to the folder
    staged_path: str  # relative to the folder: where the complete file waits before its rename
    sha256: str
    size: int
    details: dict[str, Any]
    run_id: int | None
    created_at: str


@dataclass(frozen=True)
class HeldBack:
    """An item a run could not do, written down so that nothing waits behind it and it is not lost."""

    stream: str
    item_id: str
    label: str  # how people know it (a job reference); '' when unknown
    odyssee_modified: str  # the item's modified_dateutc when it was last tried
    reason: str  # in words, for the office
    first_seen: str
    last_seen: str
    attempts: int  # runs that tried it
    run_id: int | None  # the last of them


@dataclass(frozen=True)
class StateInfo:
    id: int
    key: str
    tenant: str
    erp: str
    history_id: str
    created_at: str
    created_on: str
    created_by: str
    moved_to: str | None
    moved_at: str | None
    moved_counts: dict[str, int] | None  # rows per table when it was copied elsewhere


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"cannot store a {type(value).__name__} as JSON")


def canonical_json(value: Any) -> str:
    """Stable JSON (sorted keys, no spaces); Decimal, dates and UUIDs become strings."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_json_default)


def _raw_hashes_statement(dialect: str):
    """The keys among (key, raw hash) pairs whose record has no id, no raw hash or another one.

    The pairs go to the database as one parameter and only the keys that differ come back: on
    a plan of unchanged rows, none. So a statement is compiled once, renders no placeholder per
    key, and the program builds no row per key. Other dialects get the stored raw hashes of the
    keys, and compare them here."""
    snapshots, ids = t.snapshots, t.id_map
    # Only a record with an id as well may be called unchanged.
    pushed = (
        select(snapshots.c.erp_key, snapshots.c.raw_hash)
        .join(ids, (ids.c.state_id == snapshots.c.state_id) & (ids.c.entity == snapshots.c.entity)
              & (ids.c.erp_key == snapshots.c.erp_key))
        .where(snapshots.c.state_id == bindparam("state_id"), snapshots.c.entity == bindparam("entity"))
    )
    if dialect == "other":
        return pushed.where(snapshots.c.erp_key.in_(bindparam("keys", expanding=True)))
    # A JSON object {key: raw hash}, whose members json_each gives as key and value. On
    # PostgreSQL, two text arrays cost more: psycopg quotes each of their elements in Python,
    # where the JSON text is made in one call to the json module.
    if dialect == "sqlite":
        pairs = func.json_each(bindparam("pairs")).table_valued("key", "value").alias("pairs")
    else:
        from sqlalchemy.dialects.postgresql import JSON

        pairs = func.json_each_text(cast(bindparam("pairs", type_=Unicode), JSON)).table_valued("key", "value").alias("pairs")
    pair_key, pair_hash = pairs.c.key, pairs.c.value
    matching = pushed.where(snapshots.c.erp_key == pair_key, snapshots.c.raw_hash == pair_hash)
    return select(pair_key).where(~matching.exists())


_RAW_HASHES = {dialect: _raw_hashes_statement(dialect) for dialect in ("sqlite", "postgresql", "other")}
# Built once, its values passed as parameters: building ``insert().values(...)`` anew for each
# entry cost more than the insert itself, and an export journals every approval it writes.
_JOURNAL_INSERT = insert(t.journal)
# Keys per look-up: a plan asks for every row it reads. SQLite and PostgreSQL get them in one
# parameter; elsewhere each is a parameter, and SQL Server takes 2,100 to a statement.
_RAW_HASH_KEYS_PER_QUERY = {"sqlite": 5000, "postgresql": 5000, "other": 2000}


def snapshot_hash(values: Mapping[str, Any]) -> str:
    """SHA-256 of the canonical JSON of normalised values (the hash stored with a snapshot)."""
    return hashlib.sha256(canonical_json(values).encode("utf-8")).hexdigest()


def _now() -> str:
    return format_datetime(datetime.now(timezone.utc))


def _time_text(value: str | datetime | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return format_datetime(value)


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _lower(value: object) -> str:
    return str(value).lower()


class Store:
    """The state of one tenant-and-ERP pair. ``Store.for_profile(profile)`` or ``Store(location)``.

    ``location`` is a SQLite file path, or a database URL (a SQLite URL, PostgreSQL, SQL Server;
    ``?schema=NAME`` keeps the tables in a schema of their own). ``key`` picks the state inside
    the database (:func:`core.state.location.state_key`); ``password`` is added to a URL that
    names a user.
    """

    def __init__(
        self,
        location: str | Path | StateLocation,
        key: str = LOCAL_KEY,
        *,
        password: str | None = None,
        tenant: str = "",
        erp: str = "",
        actor: Actor | None = None,
    ) -> None:
        from core.state.schema import ensure_schema

        self.location = location if isinstance(location, StateLocation) else StateLocation.parse(location)
        self.actor = actor or Actor.current()
        self.key = key
        self._local = threading.local()
        self._closed = False
        self._fence: Lease | None = None
        self._owner = True
        try:
            self.engine = self.location.create_engine(password=password)
        except DatabaseUrlError as error:
            raise StoreError(sentence("The state database cannot be used: {problem}", problem=error.message)) from None
        _configure(self.engine)
        # Reads outside a transaction need none on a server: no BEGIN and ROLLBACK around each.
        self._read_engine = (
            self.engine if self.location.local else self.engine.execution_options(isolation_level="AUTOCOMMIT")
        )
        try:
            ensure_schema(self.engine, self.location)
            self.state = self._open_state(key, tenant, erp)
        except StoreError:
            self.engine.dispose()
            raise
        except SQLAlchemyError as error:
            self.engine.dispose()
            raise StoreError(self._unusable(error)) from None
        except BaseException:
            self.engine.dispose()
            raise
        self.state_id = self.state.id

    @classmethod
    def for_profile(cls, profile, *, password: str | None = None) -> Store:
        """The state of a profile's tenant and ERP, where the profile says (local by default)."""
        from core.state.location import location_for_profile, state_key

        location = location_for_profile(profile)
        if password is None and not location.local:
            from core import credentials

            password = credentials.state_password_for(profile, location.url_text)
        key, tenant, erp = state_key(profile)
        store = cls(location, key, password=password, tenant=tenant, erp=erp)
        try:
            store.end_abandoned_runs()
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def open(cls, profile) -> Store:
        """A profile's state (see :meth:`for_profile`); a name is looked up in the settings, and
        a name no profile has opens a local file of that name."""
        if isinstance(profile, str):
            from core.settings import Settings, SettingsError

            try:
                profile = Settings.load().get(profile)
            except SettingsError:
                from core.state.location import local_store_path

                return cls(local_store_path(profile), f"profile:{profile}")
        return cls.for_profile(profile)

    @property
    def path(self) -> Path | None:
        """The SQLite file, for a local state (None on a database server)."""
        return self.location.path

    def describe(self) -> str:
        return self.location.describe()

    def close(self) -> None:
        if self._owner and not self._closed:
            self._closed = True
            self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def fenced(self, lease: Lease) -> Store:
        """This store, with every write checking in its transaction that ``lease`` is still held."""
        view = object.__new__(Store)
        view.__dict__.update(self.__dict__)
        view._fence = lease
        view._owner = False
        return view

    @property
    def schema_version(self) -> str:
        from core.state.schema import current_revision

        with self._reading() as connection:
            return current_revision(connection, self.location.schema)

    # --- connections and transactions --------------------------------------------------------

    def _unusable(self, error: BaseException) -> str:
        return sentence(
            "The state database ({where}) cannot be used: {why}.", where=self.describe(), why=first_line(error)
        )

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(sentence("The state database ({where}) is closed.", where=self.describe()))

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        self._check_open()
        current = getattr(self._local, "connection", None)
        if current is not None:
            yield current
            return
        try:
            with self._read_engine.connect() as connection:
                yield connection
        except SQLAlchemyError as error:
            raise StoreError(self._unusable(error)) from None

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """All writes inside happen together or not at all. Nested blocks are savepoints.

        In a store bound to a lease (:meth:`fenced`) the outermost block first checks the lease:
        LeaseLost, and nothing is written, once another holder has it.
        """
        self._check_open()
        current = getattr(self._local, "connection", None)
        if current is not None:
            with current.begin_nested():
                yield current
            return
        try:
            with self.engine.connect() as connection:
                connection.execution_options(state_write=True)
                self._local.connection = connection
                try:
                    with connection.begin():
                        if self._fence is not None:
                            self._check_fence(connection, self._fence)
                        yield connection
                finally:
                    self._local.connection = None
        except (DBAPIError, SQLAlchemyError) as error:
            raise _store_error(error, self._unusable(error)) from None

    def _write(self, statement, parameters: Sequence[Mapping] | Mapping | None = None):
        with self.transaction() as connection:
            return connection.execute(statement, parameters) if parameters is not None else connection.execute(statement)

    def _rows(self, statement) -> list[Mapping[str, Any]]:
        with self._reading() as connection:
            try:
                return list(connection.execute(statement).mappings())
            except SQLAlchemyError as error:
                raise StoreError(self._unusable(error)) from None

    def _mine(self, table):
        return table.c.state_id == self.state_id

    def _keyed(self, table, entity: str, keys: Iterable[str] | None, columns=None) -> list[Mapping[str, Any]]:
        """Rows of ``table`` (with entity and erp_key) for an entity, maybe only for ``keys``."""
        chosen = columns if columns is not None else [table]
        base = select(*chosen).where(self._mine(table), table.c.entity == entity)
        if keys is None:
            return self._rows(base)
        wanted = list(dict.fromkeys(keys))
        rows: list[Mapping[str, Any]] = []
        for start in range(0, len(wanted), _KEYS_PER_QUERY):
            rows += self._rows(base.where(self._one_of(table.c.erp_key, wanted[start : start + _KEYS_PER_QUERY])))
        return rows

    def _one_of(self, column, values: list[str]):
        """``column IN (…)``; on PostgreSQL ``= ANY(array)``: one parameter, so the statement
        stays short and the driver and the server reuse it instead of parsing 500 placeholders."""
        if self.engine.dialect.name == "postgresql":
            from sqlalchemy import any_
            from sqlalchemy.dialects.postgresql import ARRAY

            return column == any_(bindparam(None, values, type_=ARRAY(Unicode)))
        return column.in_(values)

    # --- which state -------------------------------------------------------------------------

    def _open_state(self, key: str, tenant: str, erp: str) -> StateInfo:
        key_hash = hashlib.sha256(key.encode("utf-8")).hexdigest()
        for _attempt in range(3):
            with self.transaction() as connection:
                row = connection.execute(select(t.states).where(t.states.c.key_hash == key_hash)).mappings().first()
                if row is None and self.location.local:
                    # A state carried over from before states had keys: the file was the profile's.
                    row = connection.execute(select(t.states).where(t.states.c.key_hash == "")).mappings().first()
                    if row is not None:
                        connection.execute(
                            update(t.states).where(t.states.c.id == row["id"])
                            .values(key_hash=key_hash, key=key, tenant=tenant, erp=erp)
                        )
                if row is None:
                    try:
                        with connection.begin_nested():
                            connection.execute(insert(t.states).values(
                                key_hash=key_hash, key=key, tenant=tenant, erp=erp,
                                history_id=str(uuid.uuid4()), created_at=_now(),
                                created_on=self.actor.workstation, created_by=self.actor.os_user,
                            ))
                    except SQLAlchemyError:
                        continue  # another workstation created it at the same moment
                    row = connection.execute(select(t.states).where(t.states.c.key_hash == key_hash)).mappings().first()
                existing = {
                    job for (job,) in connection.execute(select(t.leases.c.job).where(t.leases.c.state_id == row["id"]))
                }
                for job in JOBS:
                    if job not in existing:
                        try:
                            with connection.begin_nested():
                                connection.execute(insert(t.leases).values(
                                    state_id=row["id"], job=job, token=0, holder_id=None, workstation="",
                                    os_user="", program="", pid=0, acquired_at="", renewed_at=0.0, expires_at=0.0,
                                ))
                        except SQLAlchemyError:
                            pass  # created by another workstation meanwhile
                return _state_info(
                    connection.execute(select(t.states).where(t.states.c.id == row["id"])).mappings().one()
                )
        raise StoreError(sentence("The state for {key} could not be created in {where}.", key=key, where=self.describe()))

    def state_info(self) -> StateInfo:
        return _state_info(self._rows(select(t.states).where(t.states.c.id == self.state_id))[0])

    # --- leases ------------------------------------------------------------------------------

    def acquire_lease(
        self,
        job: str,
        *,
        program: str = "",
        seconds: float | None = None,
        wait: float = 0.0,
        cancel: threading.Event | None = None,
        on_wait: Callable[[LeaseInfo], None] | None = None,
    ) -> Lease:
        """Take the lease of ``job`` (push, export, pdfs), waiting up to ``wait`` seconds.

        LeaseBusy (with who holds it) when it stays taken; ``on_wait(info)`` is called once when
        waiting starts. Unfinished runs of the job (their holder died) are marked interrupted.
        """
        if job not in JOBS:
            raise ValueError(f"job must be one of {', '.join(JOBS)}, not {job!r}")
        seconds = float(seconds or lease_rules.lease_seconds())
        deadline = time.monotonic() + max(0.0, wait)
        stop = cancel or threading.Event()
        told = False
        while True:
            try:
                taken = self._try_lease(job, program, seconds)
            except StoreBusy:
                # Its row is locked by a writer that does not finish (a paused holder): the
                # server ends that session soon; until then the job counts as taken.
                taken = self.lease_info(job)
            if isinstance(taken, Lease):
                return taken
            if time.monotonic() >= deadline or stop.is_set():
                raise LeaseBusy(taken, seconds)
            if not told and on_wait is not None:
                on_wait(taken)
                told = True
            if stop.wait(min(lease_rules.WAIT_POLL_SECONDS, max(0.0, deadline - time.monotonic()))):
                raise LeaseBusy(taken, seconds)

    def _try_lease(self, job: str, program: str, seconds: float) -> Lease | LeaseInfo:
        holder_id = str(uuid.uuid4())
        table = t.leases
        where = and_(table.c.state_id == self.state_id, table.c.job == job)
        confirmed = time.monotonic()
        with self.transaction() as connection:
            row = connection.execute(select(table).where(where).with_for_update()).mappings().one()
            now = _database_now(connection)
            free = (
                row["holder_id"] is None
                or row["expires_at"] <= now
                or holder_is_gone(row["workstation"], row["pid"], self.actor.workstation)
            )
            if not free:
                return _lease_info(row, now)
            token = int(row["token"]) + 1
            connection.execute(update(table).where(where).values(
                token=token, holder_id=holder_id, workstation=self.actor.workstation, os_user=self.actor.os_user,
                program=program[:255], pid=_pid(), acquired_at=_now(), renewed_at=now, expires_at=now + seconds,
            ))
            # Only a lease holder runs this job, so an unfinished run of it has lost its holder.
            connection.execute(
                update(t.runs)
                .where(self._mine(t.runs), t.runs.c.kind.in_(lease_rules.RUN_KINDS[job]), t.runs.c.status.is_(None))
                .values(status="interrupted", finished=_now())
            )
        return Lease(self, job, token, holder_id, seconds, confirmed)

    def _check_fence(self, connection: Connection, lease: Lease) -> None:
        table = t.leases
        statement = select(table.c.token, table.c.holder_id).where(
            table.c.state_id == self.state_id, table.c.job == lease.job
        )
        if connection.dialect.name != "sqlite":  # SQLite's writer lock already excludes a takeover
            statement = statement.with_for_update(read=True)
        row = connection.execute(statement).first()
        if row is None or int(row.token) != lease.token or row.holder_id != lease.holder_id:
            lease._lose(sentence(
                "{job} stopped: another program took its lease over; nothing more is written.",
                job=lease_rules.JOB_TITLES[lease.job],
            ))
            raise LeaseLost(lease._lost_reason)

    def _renew_lease(self, lease: Lease) -> bool:
        table = t.leases
        with self.transaction() as connection:
            now = _database_now(connection)
            changed = connection.execute(
                update(table)
                .where(
                    table.c.state_id == self.state_id, table.c.job == lease.job,
                    table.c.token == lease.token, table.c.holder_id == lease.holder_id,
                )
                .values(renewed_at=now, expires_at=now + lease.seconds)
            )
            return changed.rowcount == 1

    def _release_lease(self, lease: Lease) -> None:
        table = t.leases
        self._write(
            update(table)
            .where(
                table.c.state_id == self.state_id, table.c.job == lease.job,
                table.c.token == lease.token, table.c.holder_id == lease.holder_id,
            )
            .values(holder_id=None, expires_at=0.0)
        )

    def lease_info(self, job: str) -> LeaseInfo | None:
        return next((info for info in self.leases() if info.job == job), None)

    def leases(self) -> list[LeaseInfo]:
        """Every job's lease as it stands (``held`` tells whether someone has it now)."""
        with self._reading() as connection:
            try:
                now = _database_now(connection)
                rows = connection.execute(select(t.leases).where(self._mine(t.leases))).mappings().all()
            except SQLAlchemyError as error:
                raise StoreError(self._unusable(error)) from None
        order = {job: index for index, job in enumerate(JOBS)}
        return sorted((_lease_info(row, now) for row in rows), key=lambda info: order.get(info.job, 99))

    # --- id map ------------------------------------------------------------------------------

    def set_id(self, entity: str, erp_key: str, odyssee_id: str | uuid.UUID) -> None:
        """Remember the Odyssee id (GUIDs are kept lower-case) of an ERP record."""
        with self.transaction() as connection:
            upsert(connection, t.id_map, ("state_id", "entity", "erp_key"), [{
                "state_id": self.state_id, "entity": entity, "erp_key": erp_key,
                "odyssee_id": _lower(odyssee_id), "updated_at": _now(),
            }])

    def get_id(self, entity: str, erp_key: str) -> str | None:
        rows = self._keyed(t.id_map, entity, [erp_key], [t.id_map.c.odyssee_id])
        return rows[0]["odyssee_id"] if rows else None

    def erp_key_for(self, entity: str, odyssee_id: str | uuid.UUID) -> str | None:
        rows = self._rows(
            select(t.id_map.c.erp_key).where(
                self._mine(t.id_map), t.id_map.c.entity == entity, t.id_map.c.odyssee_id == _lower(odyssee_id)
            )
        )
        return rows[0]["erp_key"] if rows else None

    def ids_for(self, entity: str, keys: Iterable[str] | None = None) -> dict[str, str]:
        """ERP key -> Odyssee id for every known record of an entity (or only for ``keys``)."""
        rows = self._keyed(t.id_map, entity, keys, [t.id_map.c.erp_key, t.id_map.c.odyssee_id])
        return {row["erp_key"]: row["odyssee_id"] for row in rows}

    def forget(self, entity: str, erp_key: str) -> None:
        """Drop the id and snapshot of a record (e.g. it no longer exists in Odyssee)."""
        with self.transaction() as connection:
            for table in (t.id_map, t.snapshots):
                connection.execute(
                    delete(table).where(self._mine(table), table.c.entity == entity, table.c.erp_key == erp_key)
                )

    # --- snapshots ---------------------------------------------------------------------------

    def save_snapshot(
        self,
        entity: str,
        erp_key: str,
        values: Mapping[str, Any],
        *,
        odyssee_modified: str | datetime | None = None,
        pushed_at: str | datetime | None = None,
        raw_hash: str | None = None,
    ) -> str:
        """Store the normalised values last pushed for a record, and the raw hash of the ERP row
        they came from; returns their hash."""
        content = canonical_json(dict(values))
        digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
        with self.transaction() as connection:
            upsert(connection, t.snapshots, ("state_id", "entity", "erp_key"), [{
                "state_id": self.state_id, "entity": entity, "erp_key": erp_key, "values_json": content,
                "hash": digest, "pushed_at": _time_text(pushed_at) or _now(),
                "odyssee_modified": _time_text(odyssee_modified), "raw_hash": raw_hash or None,
            }])
        return digest

    def changed_raw_hashes(self, entity: str, raw_hashes: Sequence[tuple[str, str]]) -> set[str]:
        """The keys among (ERP key, raw hash) pairs that are not known with that raw hash: no id,
        no snapshot, a snapshot without a raw hash or with another. The others are the rows a
        plan may call unchanged without reading them."""
        changed: set[str] = set()
        with self._reading() as connection:
            dialect = connection.dialect.name if connection.dialect.name in _RAW_HASHES else "other"
            statement = _RAW_HASHES[dialect]
            size = _RAW_HASH_KEYS_PER_QUERY[dialect]
            # In key order the look-ups walk the index from one page to the next; rows come in
            # the ERP's modification order, which jumps all over it (a third more time).
            raw_hashes = sorted(raw_hashes)
            for start in range(0, len(raw_hashes), size):
                chunk = raw_hashes[start : start + size]
                parameters: dict[str, Any] = {"state_id": self.state_id, "entity": entity}
                if dialect in ("sqlite", "postgresql"):
                    parameters["pairs"] = json.dumps(dict(chunk))
                    changed.update(connection.execute(statement, parameters).scalars())
                else:
                    parameters["keys"] = [key for key, _raw in chunk]
                    known = dict(connection.execute(statement, parameters).tuples().all())
                    changed.update(key for key, raw in chunk if known.get(key) != raw)
        return changed

    def remember_raw_hashes(self, entity: str, raw_hashes: Iterable[tuple[str, str, str]]) -> None:
        """Write down (ERP key, snapshot hash, raw hash): the raw hash of a row whose values a plan
        found equal to its snapshot's. Only a snapshot that still has that hash takes it, so a
        push that saved other values meanwhile keeps its own. A cache: when the state is busy,
        nothing is written and the next plan tries again."""
        table = t.snapshots
        rows = [{"row_key": key, "row_hash": digest, "row_raw_hash": raw} for key, digest, raw in raw_hashes]
        if not rows:
            return
        statement = (
            update(table)
            .where(self._mine(table), table.c.entity == entity, table.c.erp_key == bindparam("row_key"),
                   table.c.hash == bindparam("row_hash"))
            .values(raw_hash=bindparam("row_raw_hash"))
        )
        try:
            self._write(statement, rows)
        except StoreError:
            pass

    def snapshot(self, entity: str, erp_key: str) -> Snapshot | None:
        return self.snapshots_for(entity, [erp_key]).get(erp_key)

    def snapshots_for(self, entity: str, keys: Iterable[str] | None = None) -> dict[str, Snapshot]:
        """ERP key -> snapshot for every record of an entity (or only for ``keys``)."""
        return {
            row["erp_key"]: Snapshot(
                row["entity"], row["erp_key"], json.loads(row["values_json"]), row["hash"],
                row["pushed_at"], row["odyssee_modified"],
            )
            for row in self._keyed(t.snapshots, entity, keys)
        }

    # --- push intents and rejections ----------------------------------------------------------

    def record_intents(
        self, entity: str, intents: Mapping[str, str | uuid.UUID], *, run_id: int | None = None
    ) -> dict[str, str]:
        """Remember the GUIDs creates are about to be sent with (ERP key -> GUID).

        A key that already has an intent keeps its first GUID (an interrupted push's create
        may have landed under it). Returns ERP key -> the GUID to send, for every given key.
        """
        with self.transaction() as connection:
            upsert(
                connection, t.push_intents, ("state_id", "entity", "erp_key"),
                [
                    {"state_id": self.state_id, "entity": entity, "erp_key": erp_key,
                     "odyssee_id": _lower(odyssee_id), "run_id": run_id, "created_at": _now()}
                    for erp_key, odyssee_id in intents.items()
                ],
                update_columns=(),
            )
            return self.intents_for(entity, intents.keys())

    def intents_for(self, entity: str, keys: Iterable[str] | None = None) -> dict[str, str]:
        """ERP key -> GUID of creates sent (or about to be) but not known to have landed."""
        rows = self._keyed(t.push_intents, entity, keys, [t.push_intents.c.erp_key, t.push_intents.c.odyssee_id])
        return {row["erp_key"]: row["odyssee_id"] for row in rows}

    def clear_intent(self, entity: str, erp_key: str) -> None:
        table = t.push_intents
        self._write(delete(table).where(self._mine(table), table.c.entity == entity, table.c.erp_key == erp_key))

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
        """Remember that a change was skipped; plans hide it until the ERP values change."""
        with self.transaction() as connection:
            upsert(connection, t.rejections, ("state_id", "entity", "erp_key"), [{
                "state_id": self.state_id, "entity": entity, "erp_key": erp_key, "hash": values_hash,
                "action": action, "erp_modified": _time_text(erp_modified), "run_id": run_id,
                "rejected_at": _now(),
            }])

    def rejections_for(self, entity: str, keys: Iterable[str] | None = None) -> dict[str, Rejection]:
        return {
            row["erp_key"]: Rejection(
                row["entity"], row["erp_key"], row["hash"], row["action"], row["erp_modified"],
                row["run_id"], row["rejected_at"],
            )
            for row in self._keyed(t.rejections, entity, keys)
        }

    def clear_rejection(self, entity: str, erp_key: str) -> None:
        table = t.rejections
        self._write(delete(table).where(self._mine(table), table.c.entity == entity, table.c.erp_key == erp_key))

    # --- watermarks --------------------------------------------------------------------------

    def get_watermark(self, stream: str) -> Watermark:
        table = t.watermarks
        rows = self._rows(select(table).where(self._mine(table), table.c.stream == stream))
        if not rows:
            return Watermark(stream, None, frozenset(), None)
        row = rows[0]
        return Watermark(stream, row["value"], frozenset(json.loads(row["seen_ids_json"])), row["updated_at"])

    def set_watermark(self, stream: str, value: str | datetime, seen_ids=()) -> None:
        """Move a stream's watermark. Call it only once what it covers is durably written."""
        with self.transaction() as connection:
            upsert(connection, t.watermarks, ("state_id", "stream"), [{
                "state_id": self.state_id, "stream": stream, "value": _time_text(value),
                "seen_ids_json": canonical_json(sorted(str(i) for i in seen_ids)), "updated_at": _now(),
            }])

    # --- runs --------------------------------------------------------------------------------

    def start_run(self, kind: str) -> int:
        result = self._write(insert(t.runs).values(
            state_id=self.state_id, kind=kind, started=_now(), counts_json="{}",
            workstation=self.actor.workstation, os_user=self.actor.os_user,
        ))
        return int(result.inserted_primary_key[0])

    def finish_run(self, run_id: int, status: str, counts: Mapping[str, int] | None = None) -> None:
        if status not in RUN_STATUSES:
            raise ValueError(f"run status must be one of {', '.join(RUN_STATUSES)}, not {status!r}")
        result = self._write(
            update(t.runs)
            .where(self._mine(t.runs), t.runs.c.id == run_id)
            .values(finished=_now(), status=status, counts_json=canonical_json(dict(counts or {})))
        )
        if result.rowcount != 1:
            raise StoreError(sentence("There is no run {run} to finish.", run=run_id))

    def end_abandoned_runs(self) -> int:
        """Mark interrupted the unfinished runs whose job nobody holds now (its program was
        killed, the computer switched off), so that the next start shows them ended, not
        running; how many. A run whose holder is alive, here or on another workstation, stays."""
        with self.transaction() as connection:
            now = _database_now(connection)
            leases = connection.execute(select(t.leases).where(t.leases.c.state_id == self.state_id)).mappings()
            alive = [
                kind for row in leases
                if row["holder_id"] is not None and row["expires_at"] > now
                and not holder_is_gone(row["workstation"], row["pid"], self.actor.workstation)
                for kind in lease_rules.RUN_KINDS.get(row["job"], (row["job"],))
            ]
            result = connection.execute(
                update(t.runs)
                .where(self._mine(t.runs), t.runs.c.status.is_(None), t.runs.c.kind.not_in(alive))
                .values(status="interrupted", finished=_now())
            )
        return int(result.rowcount or 0)

    def close_run(self, run_id: int, status: str, counts: Mapping[str, int] | None = None) -> str:
        """:meth:`finish_run`, except when the run's lease was lost: then the new holder marks
        it interrupted, and the reason is returned (else "")."""
        try:
            self.finish_run(run_id, status, counts)
        except LeaseLost as error:
            return error.message
        return ""

    def run(self, run_id: int) -> Run | None:
        rows = self._rows(select(t.runs).where(self._mine(t.runs), t.runs.c.id == run_id))
        return _run(rows[0]) if rows else None

    def recent_runs(self, kind: str | None = None, limit: int = 50) -> list[Run]:
        """Newest first."""
        statement = select(t.runs).where(self._mine(t.runs))
        if kind is not None:
            statement = statement.where(t.runs.c.kind == kind)
        return [_run(row) for row in self._rows(statement.order_by(t.runs.c.id.desc()).limit(int(limit)))]

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
        written = self._write(_JOURNAL_INSERT, dict(
            state_id=self.state_id, run_id=run_id, time=_now(), entity=entity, erp_key=erp_key, action=action,
            before_json=None if before is None else canonical_json(before),
            after_json=None if after is None else canonical_json(after),
            approved_at=_time_text(approved_at), result=result, http_status=http_status, message=message,
            workstation=self.actor.workstation, os_user=self.actor.os_user,
        ))
        return int(written.inserted_primary_key[0])

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
        table = t.journal
        statement = select(table).where(self._mine(table))
        for column, value in (
            ("run_id", run_id), ("entity", entity), ("erp_key", erp_key), ("action", action), ("result", result),
        ):
            if value is not None:
                statement = statement.where(table.c[column] == value)
        if since is not None:
            statement = statement.where(table.c.time >= _time_text(since))
        statement = statement.order_by(table.c.id.desc() if newest_first else table.c.id.asc())
        if limit is not None:
            statement = statement.limit(int(limit))
        return [_journal_entry(row) for row in self._rows(statement)]

    def latest_journal_for(
        self,
        entity: str,
        erp_keys: Iterable[str],
        *,
        action: str | None = None,
        result: str | None = None,
        after_id: int | None = None,
    ) -> dict[str, JournalEntry]:
        """ERP key -> its newest journal row (with this action, this result, written after the
        row ``after_id``), for many keys at once."""
        table = t.journal
        wanted = list(dict.fromkeys(erp_keys))
        found: dict[str, JournalEntry] = {}
        conditions = [self._mine(table), table.c.entity == entity]
        if action is not None:
            conditions.append(table.c.action == action)
        if result is not None:
            conditions.append(table.c.result == result)
        if after_id is not None:
            conditions.append(table.c.id > after_id)
        for start in range(0, len(wanted), _KEYS_PER_QUERY):
            newest = (
                select(func.max(table.c.id))
                .where(*conditions, self._one_of(table.c.erp_key, wanted[start : start + _KEYS_PER_QUERY]))
                .group_by(table.c.erp_key)
            )
            for row in self._rows(select(table).where(table.c.id.in_(newest))):
                found[row["erp_key"]] = _journal_entry(row)
        return found

    # --- downloads ---------------------------------------------------------------------------

    def record_download(
        self,
        file_id: str | uuid.UUID,
        path: str | Path,
        sha256: str,
        size: int,
        *,
        approval_id: str | uuid.UUID | None = None,
    ) -> None:
        with self.transaction() as connection:
            upsert(connection, t.downloads, ("state_id", "file_id"), [{
                "state_id": self.state_id, "file_id": _lower(file_id), "path": str(path), "sha256": sha256,
                "size": int(size), "downloaded_at": _now(),
                "approval_id": None if approval_id is None else _lower(approval_id),
            }])

    def download_for(self, file_id: str | uuid.UUID) -> Download | None:
        return self.downloads_for([file_id]).get(_lower(file_id))

    def downloads_for(self, file_ids: Iterable[str | uuid.UUID]) -> dict[str, Download]:
        """File id -> its recorded download, for those of ``file_ids`` that have one."""
        table = t.downloads
        wanted = list(dict.fromkeys(_lower(file_id) for file_id in file_ids))
        found: dict[str, Download] = {}
        for start in range(0, len(wanted), _KEYS_PER_QUERY):
            for row in self._rows(select(table).where(self._mine(table), self._one_of(table.c.file_id, wanted[start : start + _KEYS_PER_QUERY]))):
                found[row["file_id"]] = _download(row)
        return found

    def downloads(self, limit: int = 200) -> list[Download]:
        """The latest recorded downloads, newest first."""
        table = t.downloads
        statement = (
            select(table).where(self._mine(table))
            .order_by(table.c.downloaded_at.desc(), table.c.file_id).limit(int(limit))
        )
        return [_download(row) for row in self._rows(statement)]

    # --- deliveries (files about to appear) ---------------------------------------------------

    def record_delivery(
        self,
        stream: str,
        item_id: str,
        path: str,
        staged_path: str,
        sha256: str,
        size: int,
        *,
        details: Mapping[str, Any] | None = None,
        run_id: int | None = None,
    ) -> None:
        """Write down, before a file appears, what it is and where: see :class:`Delivery`."""
        with self.transaction() as connection:
            upsert(connection, t.deliveries, ("state_id", "stream", "item_id"), [{
                "state_id": self.state_id, "stream": stream, "item_id": item_id, "path": path,
                "staged_path": staged_path, "sha256": sha256, "size": int(size),
                "details_json": canonical_json(dict(details or {})), "run_id": run_id, "created_at": _now(),
            }])

    def deliveries(self, stream: str) -> list[Delivery]:
        table = t.deliveries
        rows = self._rows(select(table).where(self._mine(table), table.c.stream == stream).order_by(table.c.created_at))
        return [
            Delivery(
                row["stream"], row["item_id"], row["path"], row["staged_path"], row["sha256"], row["size"],
                json.loads(row["details_json"]), row["run_id"], row["created_at"],
            )
            for row in rows
        ]

    def clear_delivery(self, stream: str, item_id: str) -> None:
        table = t.deliveries
        self._write(delete(table).where(self._mine(table), table.c.stream == stream, table.c.item_id == item_id))

    def refresh_statistics(self) -> None:
        """Tell the database's query planner how big the tables are now, after a bulk copy:
        PostgreSQL otherwise plans for the empty tables it last saw and reads every row."""
        dialect = self.engine.dialect.name
        schema = self.location.schema
        quoted = (lambda name: f'"{schema}"."{name}"') if schema else (lambda name: f'"{name}"')
        with self.transaction() as connection:
            if dialect == "sqlite":
                connection.exec_driver_sql("ANALYZE")
                return
            command = {"postgresql": "ANALYZE", "mssql": "UPDATE STATISTICS"}.get(dialect)
            if command is None:
                return
            for table in t.metadata.sorted_tables:
                connection.exec_driver_sql(f"{command} {quoted(table.name)}")

    # --- held back (items a run could not do) ------------------------------------------------

    def hold(
        self,
        stream: str,
        item_id: str,
        reason: str,
        *,
        odyssee_modified: str | datetime,
        label: str = "",
        run_id: int | None = None,
    ) -> None:
        """Write down (again) that an item could not be done and why. A run that holds the same
        item twice counts one attempt; the first time it was seen stays."""
        table = t.held_back
        now = _now()
        values = {
            "label": label[:255], "odyssee_modified": _time_text(odyssee_modified), "reason": reason,
            "last_seen": now, "run_id": run_id,
        }
        with self.transaction() as connection:
            where = and_(self._mine(table), table.c.stream == stream, table.c.item_id == item_id)
            row = connection.execute(select(table.c.attempts, table.c.run_id).where(where)).first()
            if row is None:
                connection.execute(insert(table).values(
                    state_id=self.state_id, stream=stream, item_id=item_id, first_seen=now, attempts=1, **values,
                ))
                return
            again = run_id is not None and row.run_id == run_id
            connection.execute(update(table).where(where).values(attempts=row.attempts + (0 if again else 1), **values))

    def held(self, stream: str) -> list[HeldBack]:
        """The items of ``stream`` held back now, the longest held first."""
        table = t.held_back
        rows = self._rows(
            select(table).where(self._mine(table), table.c.stream == stream).order_by(table.c.first_seen, table.c.item_id)
        )
        return [
            HeldBack(
                row["stream"], row["item_id"], row["label"], row["odyssee_modified"], row["reason"], row["first_seen"],
                row["last_seen"], int(row["attempts"]), row["run_id"],
            )
            for row in rows
        ]

    def clear_held(self, stream: str, item_id: str) -> None:
        """The item is done: it is no longer held back."""
        table = t.held_back
        self._write(delete(table).where(self._mine(table), table.c.stream == stream, table.c.item_id == item_id))

    # --- counts, for the state command and the copy between locations -------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table in this state."""
        counts = {}
        with self._reading() as connection:
            for table in t.STATE_TABLES:
                counts[table.name] = connection.execute(
                    select(func.count()).select_from(table).where(self._mine(table))
                ).scalar_one()
        return counts


def _store_error(error: BaseException, message: str) -> StoreError:
    """StoreBusy for a lock that was not granted in time, else StoreError."""
    original = getattr(error, "orig", None)
    code = getattr(original, "sqlstate", None) or getattr(getattr(original, "diag", None), "sqlstate", None)
    if code == "55P03" or "database is locked" in str(original or error):
        return StoreBusy(message)
    return StoreError(message)


def _enter_wal_mode(cursor) -> None:
    """``PRAGMA journal_mode = WAL``, waiting like any other lock for up to the busy timeout.

    SQLite turns a new file to WAL under an exclusive lock that it does not wait for, so two
    programs opening a new state at the same moment would see one fail with "database is locked".
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    pause = 0.005
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            # The primary code: an extended one (SQLITE_BUSY_RECOVERY…) is busy too.
            if (error.sqlite_errorcode & 0xFF) != sqlite3.SQLITE_BUSY or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


def _configure(engine: Engine) -> None:
    """Per-dialect connection settings, set on every new connection of the pool."""
    dialect = engine.dialect.name
    if dialect == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_connection, _record) -> None:
            dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see _sqlite_begin)
            cursor = dbapi_connection.cursor()
            cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
            _enter_wal_mode(cursor)
            # NORMAL is durable against a killed program in WAL mode; a power cut may lose the
            # last commits but never leaves half a transaction.
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection) -> None:
            # A writer takes the lock up front, so it never fails half-way on another writer's lock.
            write = connection.get_execution_options().get("state_write")
            connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    elif dialect == "postgresql":

        @event.listens_for(engine, "connect")
        def _postgresql_connect(dbapi_connection, _record) -> None:
            autocommit = dbapi_connection.autocommit
            dbapi_connection.autocommit = True
            cursor = dbapi_connection.cursor()
            cursor.execute(f"SET idle_in_transaction_session_timeout = '{IDLE_IN_TRANSACTION_SECONDS}s'")
            cursor.execute(f"SET lock_timeout = '{LOCK_TIMEOUT_SECONDS}s'")
            cursor.close()
            dbapi_connection.autocommit = autocommit


def _database_now(connection: Connection) -> float:
    """Seconds since 1970 by the database server's clock (the same for every workstation)."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        sql = "SELECT (julianday('now') - 2440587.5) * 86400.0"
    elif dialect == "postgresql":
        sql = "SELECT extract(epoch from clock_timestamp())"
    elif dialect == "mssql":
        sql = "SELECT CAST(DATEDIFF_BIG(millisecond, '19700101', SYSUTCDATETIME()) AS float) / 1000.0"
    else:
        return time.time()
    return float(connection.execute(text(sql)).scalar_one())


def _pid() -> int:
    return os.getpid()


def _lease_info(row: Mapping[str, Any], now: float) -> LeaseInfo:
    return LeaseInfo(
        job=row["job"], token=int(row["token"]), holder_id=row["holder_id"], workstation=row["workstation"],
        os_user=row["os_user"], program=row["program"], pid=int(row["pid"]), acquired_at=row["acquired_at"],
        expires_in=float(row["expires_at"]) - now,
    )


def _state_info(row: Mapping[str, Any]) -> StateInfo:
    return StateInfo(
        row["id"], row["key"], row["tenant"], row["erp"], row["history_id"], row["created_at"],
        row["created_on"], row["created_by"], row["moved_to"], row["moved_at"], _loads(row["moved_counts_json"]),
    )


def _run(row: Mapping[str, Any]) -> Run:
    return Run(
        row["id"], row["kind"], row["started"], row["finished"], row["status"], json.loads(row["counts_json"]),
        row["workstation"], row["os_user"],
    )


def _journal_entry(row: Mapping[str, Any]) -> JournalEntry:
    return JournalEntry(
        row["id"], row["run_id"], row["time"], row["entity"], row["erp_key"], row["action"],
        _loads(row["before_json"]), _loads(row["after_json"]), row["approved_at"], row["result"],
        row["http_status"], row["message"], row["workstation"], row["os_user"],
    )


def _download(row: Mapping[str, Any]) -> Download:
    return Download(row["file_id"], row["path"], row["sha256"], row["size"], row["downloaded_at"], row["approval_id"])


__all__ = [
    "Actor",
    "Delivery",
    "Download",
    "HeldBack",
    "JournalEntry",
    "LeaseBusy",
    "LeaseInfo",
    "LeaseLost",
    "RUN_STATUSES",
    "Rejection",
    "Run",
    "Snapshot",
    "StateInfo",
    "Store",
    "StoreBusy",
    "StoreError",
    "Watermark",
    "canonical_json",
    "snapshot_hash",
]
