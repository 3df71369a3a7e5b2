"""The simulator's tenant data: one SQLite table per entity set, and the API's write rules.

Two layers live here:

- rows in and out of SQLite (``get``, ``find_by``, ``query``, ``bulk_insert`` …), typed the way
  :mod:`core.odyssee.model` describes (UUID, Decimal, aware datetime, bytes), stored as text
  that sorts correctly (GUIDs lower-case, dates ``YYYY-MM-DDThh:mm:ss.fffZ``, decimals exact);
- the API's write rules (``create``, ``replace``, ``delete``): validation, read-only fields,
  embedded entities (``<x>_id`` | ``<x>_code`` | ``<x>`` node), ``modified_dateutc`` from a
  strictly increasing clock, job numbers. The HTTP server, the field-activity ticker and the PDF queue all write through
  these, so every change looks the same to a client.

One connection guarded by a re-entrant lock keeps it thread-safe; a write and the embedded rows
it creates share one transaction, so a refused request leaves nothing behind. Listeners hear
about committed writes (the PDF queue uses that to render approval PDFs).
"""
from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from core.odyssee.model import (
    EMPTY_DATE,
    EMPTY_GUID,
    ENTITY_SETS,
    SYSTEM_JOB_STATUSES,
    EntitySet,
    FieldSpec,
    Reference,
    is_empty,
)
from core.odyssee.values import FieldValueError, check_value, parse_datetime, read_request
from core.simulator.sql import (
    SQL_SERVER_COLLATION,
    SqlFragment,
    check_collation,
    collated,
    quote_identifier,
    register_collation,
    to_storage,
)

Row = dict[str, object]

DEFAULT_PROJECT_STATUS = {"code": "ACTIVE", "name": "Active", "is_default": True}
DEFAULT_JOB_TYPE = {"code": "STD", "name": "Standard", "is_default": True}

# Why DELETE is refused, in the server's words; the vendor archives these instead.
_DELETE_REFUSALS = {
    "User": "Users cannot be deleted; set archived to true instead.",
    "Company": "Companies cannot be deleted; set archived to true instead.",
    "Article": "Articles cannot be deleted; set archived to true instead.",
}

_COLUMN_TYPES = {
    "guid": "TEXT",
    "string": "TEXT",
    "bool": "INTEGER",
    "int": "INTEGER",
    "decimal": "TEXT",
    "datetime": "TEXT",
    "bytes": "BLOB",
}

# Columns worth an index, when the entity set has them.
# Orderings kept for paging (Storage._page): a list or two being scrolled, and a sort just asked.
ORDERINGS_KEPT = 4
_INDEXED_FIELDS = ("code", "reference_back_office", "jobs_id", "id_in_table", "username")


# ----------------------------------------------------------------------------------------------
# Errors: each carries the HTTP status the server answers with.


class StorageError(Exception):
    status = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(StorageError):
    status = 404


class ConflictError(StorageError):
    status = 409


class DeleteRefusedError(StorageError):
    status = 405


class ValidationError(StorageError):
    """Invalid field values; ``model_state`` maps ``<table>.<field>`` to messages (Web API shape)."""

    status = 400
    default_message = "The request is invalid."

    def __init__(self, model_state: Mapping[str, list[str]], message: str | None = None) -> None:
        super().__init__(message or self.default_message)
        self.model_state = {key: list(messages) for key, messages in model_state.items()}

    def __str__(self) -> str:
        problems = "; ".join(f"{key}: {' '.join(msgs)}" for key, msgs in self.model_state.items())
        return f"{self.message} {problems}"


class UnresolvedReferenceError(ValidationError):
    """A reference (``<x>_id`` or ``<x>_code``) that matches no row: 422."""

    status = 422
    default_message = "A referenced record does not exist."


@dataclass(frozen=True)
class WriteEvent:
    entity_set: str
    action: str  # "insert", "update" or "delete"
    row: Row


# ----------------------------------------------------------------------------------------------
# Value conversion


def from_storage(spec: FieldSpec, value: object) -> object:
    """A column value back in the typed form the schema describes."""
    if value is None:
        return spec.default_value
    kind = spec.type
    if kind == "guid":
        return uuid.UUID(value)  # type: ignore[arg-type]
    if kind == "datetime":
        return parse_datetime(value)  # type: ignore[arg-type]
    if kind == "decimal":
        return Decimal(value)  # type: ignore[arg-type]
    if kind == "bool":
        return bool(value)
    if kind == "bytes":
        return bytes(value)  # type: ignore[arg-type]
    return value


class _Invalid(ValueError):
    pass


def _render(value: object) -> str:
    if isinstance(value, (str, int, float, bool)) or value is None:
        text = json.dumps(value)
    else:
        text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


# What the server says it expected, where its words are not the codec's.
_EXPECTED_IN_ANSWERS = {"string": "a text", "datetime": "a date like 2015-07-14T13:08:00.000Z"}


def coerce_value(spec: FieldSpec, value: object) -> object:
    """A request value (JSON types, or already typed) as the field's type; _Invalid otherwise."""
    try:
        return read_request(spec, value)
    except FieldValueError as error:
        if spec.type == "bytes":
            raise _Invalid(f"The value for {spec.name} is not valid Base64 content.") from None
        expected = _EXPECTED_IN_ANSWERS.get(spec.type, error.expected)
        raise _Invalid(f"The value {_render(value)} is not valid for {spec.name}: {expected} is expected.") from None


def default_row(entity: EntitySet) -> Row:
    """A row with every field at its default (never None): what an insert starts from."""
    return {spec.name: spec.default_value for spec in entity.fields}


def _now_ms() -> datetime:
    now = datetime.now(timezone.utc)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def _table_sql(name: str) -> str:
    return quote_identifier(name)


# ----------------------------------------------------------------------------------------------


class Storage:
    """A tenant's rows. ``path=None`` keeps them in memory.

    ``collation`` (:data:`~core.simulator.sql.COLLATIONS`) is how :meth:`find_by` compares
    text, so code look-ups of embedded references follow it: under SQL Server's rule
    ``cust-1`` finds ``CUST-1``. Queries built for this storage should pass the same one.
    """

    def __init__(self, path: Path | str | None = None, *, collation: str = SQL_SERVER_COLLATION) -> None:
        self.path = Path(path) if path is not None else None
        self.collation = check_collation(collation)
        self._lock = threading.RLock()
        self._connection = sqlite3.connect(
            str(self.path) if self.path else ":memory:",
            check_same_thread=False,
            isolation_level=None,  # explicit BEGIN/COMMIT below
        )
        register_collation(self._connection)
        self._depth = 0
        self._pending: list[WriteEvent] = []
        # The row order of the latest ordered queries read page by page (see _page), and the
        # database's state they were computed in.
        self._orderings: OrderedDict[tuple, list[int]] = OrderedDict()
        self._orderings_of: tuple[int, int] | None = None
        self.listeners: list[Callable[[WriteEvent], None]] = []
        with self._lock:
            if self.path:
                self._connection.execute("PRAGMA journal_mode=WAL")
                self._connection.execute("PRAGMA synchronous=NORMAL")
            self._create_tables()
            self._last_modified = self._highest_modified()

    # ------------------------------------------------------------------ schema

    def _create_tables(self) -> None:
        execute = self._connection.execute
        execute('CREATE TABLE IF NOT EXISTS "_meta" (key TEXT PRIMARY KEY, value TEXT NOT NULL)')
        for entity in ENTITY_SETS.values():
            table = _table_sql(entity.table)
            columns = [f"{quote_identifier(spec.name)} {_COLUMN_TYPES[spec.type]}" for spec in entity.fields]
            execute(f"CREATE TABLE IF NOT EXISTS {table} (rowid INTEGER PRIMARY KEY, {', '.join(columns)})")
            # A database written by an older schema gains the new columns with their defaults.
            existing = {row[1] for row in execute(f"PRAGMA table_info({table})")}
            for spec in entity.fields:
                if spec.name not in existing:
                    default = to_storage(spec, spec.default_value)
                    execute(
                        f"ALTER TABLE {table} ADD COLUMN {quote_identifier(spec.name)} "
                        f"{_COLUMN_TYPES[spec.type]} DEFAULT {_sql_constant(default)}"
                    )
            for spec in entity.fields:
                if spec.type == "datetime":
                    # Older versions wrote years before 1000 with fewer digits ("999-…"), which
                    # sorted after "1980-…"; the canonical text has 24 characters.
                    column = quote_identifier(spec.name)
                    execute(f"UPDATE {table} SET {column} = substr('000' || {column}, -24) WHERE length({column}) < 24")
            execute(f'CREATE UNIQUE INDEX IF NOT EXISTS "{entity.table}_id" ON {table} ("id")')
            execute(
                f'CREATE INDEX IF NOT EXISTS "{entity.table}_modified" ON {table} ("modified_dateutc", "id")'
            )
            for name in _INDEXED_FIELDS:
                if name in entity.field_map:
                    execute(f'CREATE INDEX IF NOT EXISTS "{entity.table}_{name}" ON {table} ("{name}")')
                    if entity[name].type == "string":
                        # Without it, each code compared like SQL Server is a Python call per row.
                        collated_column = collated(quote_identifier(name), SQL_SERVER_COLLATION)
                        execute(f'CREATE INDEX IF NOT EXISTS "{entity.table}_{name}_ci" ON {table} ({collated_column})')

    def _highest_modified(self) -> datetime:
        highest = EMPTY_DATE
        for entity in ENTITY_SETS.values():
            (value,) = self._connection.execute(
                f'SELECT MAX("modified_dateutc") FROM {_table_sql(entity.table)}'
            ).fetchone()
            if value:
                highest = max(highest, parse_datetime(value))
        return highest

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    # ------------------------------------------------------------------ transactions

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside happen together or not at all; nesting joins the outer one.

        Listeners hear about the writes after the outermost commit, outside the lock.
        """
        with self._lock:
            outermost = self._depth == 0
            if outermost:
                self._connection.execute("BEGIN IMMEDIATE")
                self._pending = []
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if outermost:
                    self._connection.execute("ROLLBACK")
                    self._pending = []
                    # An order computed inside counted the writes undone now: the count stays.
                    self._orderings.clear()
                raise
            self._depth -= 1
            if not outermost:
                return
            self._connection.execute("COMMIT")
            events, self._pending = self._pending, []
        for event in events:
            for listener in list(self.listeners):
                listener(event)

    def _notify(self, event: WriteEvent) -> None:
        self._pending.append(event)

    # ------------------------------------------------------------------ clocks and meta

    def next_modified(self) -> datetime:
        """UTC now in milliseconds, strictly later than every value handed out before."""
        with self._lock:
            value = _now_ms()
            if value <= self._last_modified:
                value = self._last_modified + timedelta(milliseconds=1)
            self._last_modified = value
            return value

    def next_job_number(self) -> int:
        with self._lock:
            (highest,) = self._connection.execute('SELECT COALESCE(MAX("id2"), 0) FROM "jobs"').fetchone()
            return int(highest) + 1

    def get_meta(self, key: str) -> str | None:
        with self._lock:
            row = self._connection.execute('SELECT value FROM "_meta" WHERE key = ?', (key,)).fetchone()
            return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self._connection.execute(
                'INSERT INTO "_meta" (key, value) VALUES (?, ?) '
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # ------------------------------------------------------------------ reading

    def get(self, entity_set: str, row_id: uuid.UUID | str) -> Row | None:
        entity = ENTITY_SETS[entity_set]
        return self.find_by(entity_set, "id", to_storage(entity["id"], _as_uuid(row_id)))

    def find_by(self, entity_set: str, field_name: str, value: object) -> Row | None:
        """The first row (in insertion order) whose field equals ``value`` (typed or stored form).

        Text compares under the storage's collation.
        """
        entity = ENTITY_SETS[entity_set]
        spec = entity[field_name]
        try:
            stored = to_storage(spec, coerce_value(spec, value))
        except _Invalid:
            return None
        names = [spec.name for spec in entity.fields]
        column = quote_identifier(field_name)
        if spec.type == "string":
            column = collated(column, self.collation)
        with self._lock:
            row = self._connection.execute(
                f"SELECT {_column_list(names)} FROM {_table_sql(entity.table)} "
                f"WHERE {column} = ? ORDER BY rowid LIMIT 1",
                (stored,),
            ).fetchone()
        return self._typed(entity, names, row) if row else None

    def query(
        self,
        entity_set: str,
        *,
        where: SqlFragment | None = None,
        order_by: str = "",
        limit: int | None = None,
        offset: int = 0,
        columns: Sequence[str] | None = None,
    ) -> list[tuple]:
        """Rows in stored form (tuples in ``columns`` order), as fast as SQLite gives them."""
        entity = ENTITY_SETS[entity_set]
        names = list(columns) if columns else [spec.name for spec in entity.fields]
        if offset and order_by:
            page = self._page(entity, names, where, order_by, limit, offset)
            if page is not None:
                return page
        sql = [f"SELECT {_column_list(names)} FROM {_table_sql(entity.table)}"]
        params: list[object] = []
        if where is not None:
            sql.append(f"WHERE {where.text}")
            params.extend(where.params)
        if order_by:
            sql.append(order_by)
        if limit is not None or offset:
            sql.append("LIMIT ? OFFSET ?")
            params.extend((-1 if limit is None else limit, offset))
        with self._lock:
            return self._connection.execute(" ".join(sql), params).fetchall()

    def _page(
        self, entity: EntitySet, names: list[str], where: SqlFragment | None, order_by: str, limit: int | None,
        offset: int,
    ) -> list[tuple] | None:
        """Rows ``offset`` to ``offset + limit`` of an ordered query, exactly as LIMIT and OFFSET
        give them, without stepping over the ``offset`` rows before (and, for an order no index
        gives, sorting the whole table again) for every page: paging through 100,000 companies
        by name took minutes. The order of the matching rows is computed once and kept while
        nothing is written; then each page reads its own rows only. None when the query's
        parameters cannot be a key (the caller reads the plain way)."""
        params = tuple(where.params) if where is not None else ()
        key = (entity.table, where.text if where is not None else "", params, order_by)
        try:
            hash(key)
        except TypeError:
            return None
        table = _table_sql(entity.table)
        with self._lock:
            connection = self._connection
            # Any write of this connection or a commit by another one (a rollback clears them).
            state = (connection.total_changes, connection.execute("PRAGMA data_version").fetchone()[0])
            if state != self._orderings_of:
                self._orderings.clear()
                self._orderings_of = state
            rowids = self._orderings.get(key)
            if rowids is None:
                condition = f" WHERE {where.text}" if where is not None else ""
                rowids = [rowid for (rowid,) in connection.execute(f"SELECT rowid FROM {table}{condition} {order_by}", params)]
                self._orderings[key] = rowids
                if len(self._orderings) > ORDERINGS_KEPT:
                    self._orderings.popitem(last=False)
            else:
                self._orderings.move_to_end(key)
            chosen = rowids[offset : None if limit is None else offset + limit]
            if not chosen:
                return []
            found = connection.execute(
                f"SELECT rowid, {_column_list(names)} FROM {table} WHERE rowid IN (SELECT value FROM json_each(?))",
                (json.dumps(chosen),),
            ).fetchall()
        by_rowid = {row[0]: row[1:] for row in found}
        return [by_rowid[rowid] for rowid in chosen]

    def rows(
        self,
        entity_set: str,
        *,
        where: SqlFragment | None = None,
        order_by: str = "",
        limit: int | None = None,
    ) -> list[Row]:
        """Like :meth:`query`, as typed dicts."""
        entity = ENTITY_SETS[entity_set]
        names = [spec.name for spec in entity.fields]
        raw = self.query(entity_set, where=where, order_by=order_by, limit=limit, columns=names)
        return [self._typed(entity, names, row) for row in raw]

    def count(self, entity_set: str, where: SqlFragment | None = None) -> int:
        entity = ENTITY_SETS[entity_set]
        sql = f"SELECT COUNT(*) FROM {_table_sql(entity.table)}"
        params: tuple[object, ...] = ()
        if where is not None:
            sql += f" WHERE {where.text}"
            params = where.params
        with self._lock:
            (total,) = self._connection.execute(sql, params).fetchone()
        return int(total)

    def fetch_all(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        """A read-only query across tables (table names are the schema's ``table`` names)."""
        with self._lock:
            return self._connection.execute(sql, params).fetchall()

    @staticmethod
    def _typed(entity: EntitySet, names: Sequence[str], row: Sequence[object]) -> Row:
        return {name: from_storage(entity[name], value) for name, value in zip(names, row)}

    # ------------------------------------------------------------------ raw writes

    def bulk_insert(self, entity_set: str, rows: Iterable[Mapping[str, object]]) -> int:
        """Insert complete typed rows as they are (seeding, benchmarks): no rules, no listeners.

        Missing fields take their defaults; ``modified_dateutc`` is kept, and the clock moves
        past the highest one so later writes still sort after them.
        """
        entity = ENTITY_SETS[entity_set]
        specs = entity.fields
        names = [spec.name for spec in specs]
        sql = (
            f"INSERT INTO {_table_sql(entity.table)} ({_column_list(names)}) "
            f"VALUES ({', '.join('?' for _ in names)})"
        )
        highest = EMPTY_DATE
        count = 0

        def stored_rows() -> Iterator[tuple]:
            nonlocal highest, count
            for row in rows:
                values = []
                for spec in specs:
                    value = row.get(spec.name)
                    values.append(to_storage(spec, spec.default_value if value is None else value))
                modified = row.get("modified_dateutc")
                if isinstance(modified, datetime) and modified > highest:
                    highest = modified
                count += 1
                yield tuple(values)

        with self.transaction():
            self._connection.executemany(sql, stored_rows())
            if highest > self._last_modified:
                self._last_modified = highest.replace(microsecond=highest.microsecond // 1000 * 1000)
        return count

    def _insert(self, entity: EntitySet, row: Row) -> None:
        names = [spec.name for spec in entity.fields]
        self._connection.execute(
            f"INSERT INTO {_table_sql(entity.table)} ({_column_list(names)}) "
            f"VALUES ({', '.join('?' for _ in names)})",
            [to_storage(entity[name], row[name]) for name in names],
        )

    def _update(self, entity: EntitySet, row: Row) -> None:
        names = [spec.name for spec in entity.fields if spec.name != "id"]
        assignments = ", ".join(f"{quote_identifier(name)} = ?" for name in names)
        self._connection.execute(
            f'UPDATE {_table_sql(entity.table)} SET {assignments} WHERE "id" = ?',
            [to_storage(entity[name], row[name]) for name in names] + [to_storage(entity["id"], row["id"])],
        )

    # ------------------------------------------------------------------ the API's write rules

    def create(self, entity_set: str, payload: Mapping[str, object], *, system: bool = False) -> Row:
        """POST: validate, resolve embedded entities, stamp and insert; the stored row.

        ``system=True`` is for the server's own writes (PDF queue, ticker): read-only fields
        in the payload are kept instead of ignored.
        """
        entity = ENTITY_SETS[entity_set]
        with self.transaction():
            row = self._build_row(entity, payload, existing=None, system=system)
            if self.get(entity_set, row["id"]) is not None:
                raise ConflictError(f"A {entity.table} with id {row['id']} already exists.")
            self._insert(entity, row)
            self._notify(WriteEvent(entity_set, "insert", row))
        return row

    def replace(
        self, entity_set: str, row_id: uuid.UUID | str, payload: Mapping[str, object], *, system: bool = False
    ) -> Row:
        """PUT: a full update; omitted fields return to their defaults, the id comes from the URL."""
        entity = ENTITY_SETS[entity_set]
        with self.transaction():
            existing = self.get(entity_set, row_id)
            if existing is None:
                raise NotFoundError(f"No {entity.table} has the id {row_id}.")
            row = self._build_row(entity, payload, existing=existing, system=system)
            self._update(entity, row)
            self._notify(WriteEvent(entity_set, "update", row))
        return row

    def change(self, entity_set: str, row_id: uuid.UUID | str, changes: Mapping[str, object]) -> Row:
        """The stored row with ``changes`` applied, written through :meth:`replace` (server use)."""
        with self.transaction():
            existing = self.get(entity_set, row_id)
            if existing is None:
                raise NotFoundError(f"No {ENTITY_SETS[entity_set].table} has the id {row_id}.")
            payload = dict(existing)
            _apply_reference_changes(ENTITY_SETS[entity_set], payload, changes)
            return self.replace(entity_set, row_id, payload, system=True)

    def delete(self, entity_set: str, row_id: uuid.UUID | str) -> None:
        entity = ENTITY_SETS[entity_set]
        if not entity.deletable:
            raise DeleteRefusedError(_DELETE_REFUSALS.get(entity.name, f"{entity.name} rows cannot be deleted."))
        with self.transaction():
            existing = self.get(entity_set, row_id)
            if existing is None:
                raise NotFoundError(f"No {entity.table} has the id {row_id}.")
            self._connection.execute(
                f'DELETE FROM {_table_sql(entity.table)} WHERE "id" = ?', (str(existing["id"]),)
            )
            self._notify(WriteEvent(entity_set, "delete", existing))

    def _build_row(
        self, entity: EntitySet, payload: Mapping[str, object], *, existing: Row | None, system: bool
    ) -> Row:
        if not isinstance(payload, Mapping):
            raise ValidationError({entity.table: ["The request body must be a JSON object."]})
        table = entity.table
        bad_request: dict[str, list[str]] = {}
        unresolved: dict[str, list[str]] = {}
        row = default_row(entity)
        reference_fields = _reference_field_names(entity)
        for spec in entity.fields:
            name = spec.name
            if name == "modified_dateutc":
                continue
            if spec.read_only and not (system and name in payload):
                if existing is not None:
                    row[name] = existing[name]
                continue
            if name not in payload:
                continue
            try:
                row[name] = coerce_value(spec, payload[name])
            except _Invalid as problem:
                bad_request.setdefault(f"{table}.{name}", []).append(str(problem))
                continue
            if name in reference_fields:
                continue  # checked as a group below
            if spec.type == "string" and row[name] == "" and spec.choices:
                row[name] = spec.default_value
            for message in check_value(spec, row[name]):
                bad_request.setdefault(f"{table}.{name}", []).append(message)
        for spec in entity.fields:
            if spec.required and spec.name not in payload and spec.name not in reference_fields:
                bad_request.setdefault(f"{table}.{spec.name}", []).extend(check_value(spec, row[spec.name]))
        if existing is not None:
            row["id"] = existing["id"]
        elif is_empty(row["id"]):
            row["id"] = uuid.uuid4()

        for reference in entity.references:
            self._resolve_reference(entity, reference, payload, row, bad_request, unresolved)

        if bad_request:
            bad_request.update({k: v for k, v in unresolved.items() if k not in bad_request})
            raise ValidationError(bad_request)
        if unresolved:
            raise UnresolvedReferenceError(unresolved)

        self._apply_entity_rules(entity, row, existing, system)
        row["modified_dateutc"] = self.next_modified()
        return row

    def _resolve_reference(
        self,
        entity: EntitySet,
        reference: Reference,
        payload: Mapping[str, object],
        row: Row,
        bad_request: dict[str, list[str]],
        unresolved: dict[str, list[str]],
    ) -> None:
        """``<x>_id`` wins, else the ``<x>`` node (upserted by its key), else ``<x>_code``."""
        table = entity.table
        target = ENTITY_SETS[reference.target]
        key = reference.target_key
        id_key = f"{table}.{reference.id_field}"
        if id_key in bad_request or (reference.code_field and f"{table}.{reference.code_field}" in bad_request):
            return
        found: Row | None = None
        given_id = row[reference.id_field]
        code = row[reference.code_field] if reference.code_field else ""
        node = payload.get(reference.node) if reference.node else None
        if not is_empty(given_id):
            found = self.get(target.name, given_id)  # type: ignore[arg-type]
            if found is None:
                unresolved.setdefault(id_key, []).append(
                    f"No {target.table} has the id {given_id} (field {reference.id_field})."
                )
                return
        elif node is not None:
            node_key = f"{table}.{reference.node}"
            if not isinstance(node, Mapping):
                bad_request.setdefault(node_key, []).append(
                    f"The {reference.node} node must be an object with at least its {key}."
                )
                return
            try:
                found = self._upsert_node(target, key, node)
            except ValidationError as error:
                target_dict = bad_request if error.status == 400 else unresolved
                for field_key, messages in error.model_state.items():
                    target_dict.setdefault(field_key, []).extend(messages)
                return
            except _NodeKeyMissing as problem:
                bad_request.setdefault(node_key, []).append(str(problem))
                return
        elif reference.code_field and code:
            found = self.find_by(target.name, key, code)
            if found is None:
                unresolved.setdefault(f"{table}.{reference.code_field}", []).append(
                    f"No {target.table} has the {key} '{code}' (field {reference.code_field})."
                )
                return
        elif reference.required:
            members = [reference.id_field]
            if reference.code_field:
                members.append(reference.code_field)
            if reference.node:
                members.append(reference.node)
            bad_request.setdefault(f"{table}.{reference.name}", []).append(
                f"One of {', '.join(members[:-1])} or {members[-1]} is required."
                if len(members) > 1
                else f"The {members[0]} field is required."
            )
            return
        if found is None:
            row[reference.id_field] = EMPTY_GUID
            if reference.code_field:
                row[reference.code_field] = ""
            return
        row[reference.id_field] = found["id"]
        if reference.code_field:
            row[reference.code_field] = found[key]

    def _upsert_node(self, target: EntitySet, key: str, node: Mapping[str, object]) -> Row:
        value = node.get(key)
        if not isinstance(value, str) or not value:
            raise _NodeKeyMissing(f"The node for {target.table} must carry its {key}.")
        found = self.find_by(target.name, key, value)
        if found is None:
            return self.create(target.name, node)
        changes = {name: node[name] for name in node if name in target.field_map or _is_node_name(target, name)}
        if not _differs(target, found, changes):
            return found
        payload = dict(found)
        _apply_reference_changes(target, payload, changes)
        return self.replace(target.name, found["id"], payload)

    def _apply_entity_rules(self, entity: EntitySet, row: Row, existing: Row | None, system: bool) -> None:
        name = entity.name
        if name == "Project" and is_empty(row["project_status_id"]):
            status = self._default_project_status()
            if status is not None:
                row["project_status_id"] = status["id"]
                row["project_status_code"] = status["code"]
        elif name == "Jobs":
            project = self.get("Project", row["project_id"]) if not is_empty(row["project_id"]) else None
            row["company_id"] = project["company_id"] if project else EMPTY_GUID
            if existing is not None:
                row["id2"] = existing["id2"]
            elif not (system and row["id2"]):
                row["id2"] = self.next_job_number()
        elif name == "DbFile":
            row["file_size"] = len(row["file_content"])  # type: ignore[arg-type]

    def _default_project_status(self) -> Row | None:
        return self.find_by("ProjectStatus", "is_default", True)

    # ------------------------------------------------------------------ system data

    def ensure_system_data(self) -> None:
        """Rows every tenant has: the system job statuses, a default project status, a job type."""
        with self.transaction():
            for sequence, (status_name, status_id) in enumerate(SYSTEM_JOB_STATUSES.items(), start=1):
                if self.get("JobStatus", status_id) is None:
                    self.create(
                        "JobStatus",
                        {
                            "id": status_id,
                            "code": status_name,
                            "name": status_name,
                            "system_job_status_id": status_id,
                            "sequence": sequence,
                        },
                        system=True,
                    )
            if self._default_project_status() is None:
                if self.find_by("ProjectStatus", "code", DEFAULT_PROJECT_STATUS["code"]) is None:
                    self.create("ProjectStatus", DEFAULT_PROJECT_STATUS, system=True)
            if self.find_by("JobType", "code", DEFAULT_JOB_TYPE["code"]) is None:
                self.create("JobType", DEFAULT_JOB_TYPE, system=True)


class _NodeKeyMissing(ValueError):
    pass


def _as_uuid(value: uuid.UUID | str) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _column_list(names: Iterable[str]) -> str:
    return ", ".join(quote_identifier(name) for name in names)


def _sql_constant(value: object) -> str:
    if isinstance(value, (int, float)):
        return str(int(value))
    if isinstance(value, bytes):
        return "X''"
    return "'" + str(value).replace("'", "''") + "'"


def _reference_field_names(entity: EntitySet) -> set[str]:
    names: set[str] = set()
    for reference in entity.references:
        names.add(reference.id_field)
        if reference.code_field:
            names.add(reference.code_field)
    return names


def _is_node_name(entity: EntitySet, name: str) -> bool:
    return any(reference.node == name for reference in entity.references)


def _apply_reference_changes(entity: EntitySet, payload: dict[str, object], changes: Mapping[str, object]) -> None:
    """Merge ``changes`` into a stored row; a reference group mentioned in them replaces the
    stored one as a whole (otherwise the stored ``<x>_id`` would win over a new code or node)."""
    for reference in entity.references:
        members = {reference.id_field, reference.code_field, reference.node} - {None}
        if members & changes.keys():
            for member in members:
                payload.pop(member, None)  # type: ignore[arg-type]
    payload.update(changes)


def _differs(entity: EntitySet, stored: Row, changes: Mapping[str, object]) -> bool:
    for name, value in changes.items():
        spec = entity.field_map.get(name)
        if spec is None:
            return True  # a nested node: let the update decide
        if spec.read_only or name == "id":
            continue
        try:
            if coerce_value(spec, value) != stored[name]:
                return True
        except _Invalid:
            return True  # the update reports it
    return False
