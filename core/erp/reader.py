"""Read ERP rows through a mapping (:mod:`core.erp.mapping`), with SQLAlchemy Core.

Connecting to the ERP
---------------------

The profile's ERP connection URL is a SQLAlchemy URL, so any database SQLAlchemy reaches can be
the ERP. Keep the password out of the URL: it lives in the system keyring and is added when
connecting. Give the account read-only rights; ``query`` and ``where`` in the mapping run as
written.

- **SQLite** (the default; nothing to install):
  ``sqlite:///C:/ERP/erp.db`` on Windows, ``sqlite:////srv/erp/erp.db`` for an absolute path on
  Linux and macOS (four slashes), ``sqlite:///erp.db`` relative to the working folder.
- **SQL Server** (``pip install pyodbc`` and Microsoft's ODBC Driver for SQL Server):
  ``mssql+pyodbc://erp_reader@SQLSERVER01/ERP?driver=ODBC+Driver+18+for+SQL+Server``; add
  ``&TrustServerCertificate=yes`` for a server with a self-signed certificate; Windows sign-in
  instead of a password: ``mssql+pyodbc://@SQLSERVER01/ERP?driver=ODBC+Driver+18+for+SQL+Server&trusted_connection=yes``.
- **PostgreSQL**: ``postgresql+psycopg://erp_reader@erp-db:5432/erp`` (``pip install "psycopg[binary]"``)
  or ``postgresql+psycopg2://erp_reader@erp-db:5432/erp`` (``pip install psycopg2-binary``).

Tables can be named with their schema (``table = "dbo.customer"``); names are matched without
regard to case, as SQL Server and PostgreSQL do.

Change tracking
---------------

``read(entity, since)`` returns the rows whose last-modification column is later than
``since - overlap``. The overlap (a minute by default) re-reads rows stamped just before the last
read but committed after it; re-reading is harmless because the plan compares values with what
was last pushed. Rows whose modification column is NULL (in SQLite also: not a date) are read
every time, so nothing is ever skipped. Modification times are aware UTC datetimes: a value stored without a
time zone (SQL Server ``datetime``, PostgreSQL ``timestamp``, SQLite text) is taken as UTC, as the
vendor's guide recommends (``GETUTCDATE()`` in the trigger). SQLite keeps dates as text: any ISO
8601 form SQLite's date functions understand works (``2024-03-01T08:15:00.000Z``,
``2024-03-01 08:15:00``). In other databases a text modification column must hold ISO 8601 UTC
text in one consistent format.

Rows stream from the database (``yield_per``): a table of 100,000 rows never sits in memory at
once. Each row carries a raw hash of the columns the mapping reads, as the database gave them,
and converts its values only when asked: a plan recognises a row pushed as it is without that. A row that cannot be sent (a value that does not convert, a name too long for Odyssee, an
empty key) comes back with its reasons in ``ErpRow.problems``; the other rows go on.
"""
from __future__ import annotations

import hashlib
import marshal
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from hashlib import blake2b
from operator import itemgetter
from typing import Callable, Iterator, Sequence

from sqlalchemy import (
    Engine,
    Unicode,
    case,
    cast,
    column,
    func,
    inspect,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.engine import URL, Connection, CursorResult, Dialect
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.sql import ColumnElement, FromClause

from core.database import DatabaseUrlError, describe_url, engine_for, first_line
from core.erp.mapping import EntityMapping, Mapping, MappingError, MappingProblem, suggestion
from core.errors import Reason, UserError, sentence
from core.odyssee.values import EXPECTED_TYPES, FieldValueError, check_value, format_datetime, key_fold, shown, to_utc

DEFAULT_OVERLAP = timedelta(seconds=60)
MAX_KEY_LENGTH = 255  # longer than any key Odyssee takes
STREAM_BATCH_SIZE = 1000


class ErpError(UserError):
    """The ERP database cannot be reached or refused a statement; the message is one sentence."""


# Raise it when reading or normalising changes so that one raw row gives other values: every raw
# hash stored before then stops matching, and the next plan compares those rows the full way.
RAW_HASH_REVISION = 2

class ErpRow:
    """One ERP row as the reader gave it.

    ``key``, ``raw_hash`` (of the columns the mapping reads, exactly as the database gave them, and
    of the mapping itself) are there at once; ``modified``, ``values`` and ``problems`` are made
    the first time they are asked for, so a plan that recognises the row by its raw hash never
    converts it. ``values`` maps Odyssee field -> typed value (str, Decimal, bool, aware datetime
    …) and always holds the ERP key field (``code`` or ``reference_back_office``); a field whose
    value does not convert is left out, its reason in ``problems``. ``raw`` maps the ERP columns
    the mapping reads to their values as the database gave them. ``modified`` is None when the
    section has no modification column or the row's value is empty or not a date.
    """

    # Set at once: what a plan of unchanged rows needs. The rest is made when asked for.
    __slots__ = ("entity", "key", "raw_hash", "_reading", "_record", "_modified", "_converted")

    def __init__(self, reading: _Reading, record: Sequence[object], key: str, raw_hash: str) -> None:
        self.entity = reading.entity
        self.key = key
        self.raw_hash = raw_hash
        self._reading = reading
        self._record = record

    @property
    def modified(self) -> datetime | None:
        try:
            return self._modified
        except AttributeError:
            index = self._reading.modified_index
            self._modified = None if index is None else _to_utc(self._record[index])
            return self._modified

    @property
    def modified_value(self) -> object:
        """The modification column's value as the database gave it (None without one)."""
        index = self._reading.modified_index
        return None if index is None else self._record[index]

    @property
    def values(self) -> dict[str, object]:
        return self._conversion()[0]

    @property
    def problems(self) -> list[str]:
        return self._conversion()[1]

    def _conversion(self) -> tuple[dict[str, object], list[str]]:
        try:
            return self._converted
        except AttributeError:
            self._converted = self._reading.convert(self.key, self._record)
            return self._converted

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def raw(self) -> dict[str, object]:
        return dict(zip(self._reading.names, self._record))

    def __repr__(self) -> str:
        return f"ErpRow({self.entity}:{self.key})"


class ErpRows:
    """Consecutive rows as read: their ``keys`` and ``raw_hashes`` at once, each :class:`ErpRow`
    made only when asked for (``rows[index]``, iterating).

    A plan of unchanged rows never makes one. Objects that refer to others (an ErpRow, a
    SQLAlchemy row) are watched by the garbage collector, and a batch of them lives long enough
    to be walked by full collections: those took a third of such a plan. Plain tuples of values
    are not watched, so the records are kept as such."""

    __slots__ = ("_reading", "records", "keys", "raw_hashes")

    def __init__(self, reading: _Reading, records: list[tuple]) -> None:
        self._reading = reading
        self.records = records
        key_index = reading.key_index
        self.keys: list[str] = [
            key.strip() if key.__class__ is str else _key_text(key)  # type: ignore[union-attr]
            for key in (record[key_index] for record in records)
        ]
        self.raw_hashes: list[str] = reading.raw_hashes(records)

    def __len__(self) -> int:
        return len(self.records)

    def __getitem__(self, index: int) -> ErpRow:
        return ErpRow(self._reading, self.records[index], self.keys[index], self.raw_hashes[index])

    def __iter__(self) -> Iterator[ErpRow]:
        reading = self._reading
        for record, key, digest in zip(self.records, self.keys, self.raw_hashes):
            yield ErpRow(reading, record, key, digest)

    def modified_value(self, index: int) -> object:
        """The modification column's value of row ``index``, as the database gave it (None without one)."""
        column = self._reading.modified_index
        return None if column is None else self.records[index][column]


def _raw_hash_key(section: EntityMapping) -> bytes:
    """What, besides the row, decides the values a raw row gives: the section's fields and the
    Odyssee model they follow (not the lines they stand on in the mapping file)."""
    fields = tuple(
        (name, repr(mapping.spec), mapping.column, repr(mapping.constant),
         tuple(str(transform) for transform in mapping.transforms), repr(mapping.default))
        for name, mapping in sorted(section.fields.items())
    )
    described = repr((RAW_HASH_REVISION, repr(section.entity), section.key, fields))
    return hashlib.sha256(described.encode("utf-8")).digest()[:16]  # BLAKE2b's personalisation


class _Reading:
    """One section's rows as a select gives them: where each column is, and how a row becomes
    Odyssee values."""

    def __init__(self, source: _Source, names: list[str]) -> None:
        section = source.section
        self.section = section
        self.entity = section.name
        self.names = names
        position = {name: index for index, name in enumerate(names)}
        self.key_index = position[source.columns[section.key]]
        self.modified_index = position[source.columns[section.modified]] if section.modified else None
        self.key_spec = section.entity[section.erp_key_field]
        self.fields = [
            (name, mapping, None if mapping.column is None else position[source.columns[mapping.column]])
            for name, mapping in section.fields.items()
            if name != section.erp_key_field
        ]
        # The key and the field columns; the modification column only if a field reads it, so a
        # row the ERP only touched keeps its raw hash.
        hashed = sorted({self.key_index, *(index for _name, _mapping, index in self.fields if index is not None)})
        pick = itemgetter(*hashed) if len(hashed) > 1 else (lambda record: (record[hashed[0]],))
        hash_key = _raw_hash_key(section)

        def raw_hash(record: Sequence[object]) -> str:
            values = pick(record)
            try:
                # marshal is the fastest exact encoding of what SQLite gives (text, numbers,
                # bytes, NULL); version 2 has no back-references, so equal rows encode alike.
                encoded = marshal.dumps(values, 2)
            except ValueError:  # a Decimal, a date, a str subclass (UndecodableText)
                # marshal's first byte is a type code, never NUL: the two encodings cannot meet.
                encoded = b"\0" + repr(values).encode("utf-8", "surrogatepass")
            return blake2b(encoded, digest_size=16, person=hash_key).hexdigest()

        def raw_hashes(records: Sequence[Sequence[object]]) -> list[str]:
            # raw_hash's common case inlined: a plan of unchanged rows spends most of its time here.
            dumps = marshal.dumps
            try:
                return [blake2b(dumps(pick(record), 2), digest_size=16, person=hash_key).hexdigest() for record in records]
            except ValueError:
                return [raw_hash(record) for record in records]

        self.raw_hashes = raw_hashes

    def convert(self, key: str, record: Sequence[object]) -> tuple[dict[str, object], list[str]]:
        section = self.section
        names = self.names
        problems: list[str] = [
            sentence(
                "column {column} holds text that is not valid UTF-8 ({value}); correct it in the ERP",
                column=names[index], value=f"{value!s:.40}",
            )
            for index, value in enumerate(record)
            if isinstance(value, UndecodableText)
        ]
        if not key:
            problems.append(Reason(f"the ERP key ({section.key}) is empty", "key_empty", column=section.key))
        values: dict[str, object] = {section.erp_key_field: key}
        problems += check_value(self.key_spec, key) if key else []
        for field_name, field_mapping, index in self.fields:
            try:
                value = field_mapping.convert(None if index is None else record[index])
            except FieldValueError as error:
                problems.append(Reason(
                    f"{field_name} (column {field_mapping.column}): {error}", "not_type", field=field_name,
                    column=field_mapping.column, value=shown(error.value), type=EXPECTED_TYPES.get(error.expected, ""),
                ))
                continue
            problems += check_value(field_mapping.spec, value)
            values[field_name] = value
        for reference in section.entity.references:
            if reference.required and reference.code_field in values and not values[reference.code_field]:
                problems.append(Reason(
                    f"{reference.code_field} is empty, but Odyssee needs a {reference.target} on every {section.name}",
                    "reference_empty", field=reference.code_field, target=reference.target, entity=section.name,
                ))
        return values, problems


def _plain_batches(result: CursorResult, size: int, dialect: Dialect) -> Iterator[list[tuple]]:
    """The rows of ``result`` as plain tuples, ``size`` at a time, fetched from the driver's
    cursor. SQLAlchemy's row objects cost a fifth of a read, and the garbage collector watches
    them (see :class:`ErpRows`); the columns are untyped, so SQLAlchemy converts no value anyway.
    SQLAlchemy has already fetched the first row (a streamed result reads one ahead): it comes
    through SQLAlchemy, every later one from the cursor. The driver's errors come out as
    SQLAlchemy's, as they would through SQLAlchemy (a value that is not UTF-8, say)."""
    first = result.fetchone()
    if first is None:
        return
    cursor = result.cursor
    driver_error = dialect.loaded_dbapi.Error

    def fetch(count: int) -> list:
        try:
            return cursor.fetchmany(count)
        except driver_error as error:
            result.close()  # a statement left open keeps SQLite from taking the connection's functions again
            raise DBAPIError.instance(None, None, error, driver_error) from error

    records = [tuple(first), *fetch(size - 1)]
    while records:
        if records[0].__class__ is not tuple:  # pyodbc's rows, say
            records = [tuple(record) for record in records]
        yield records
        records = fetch(size)


def _escape_colons(sql: str) -> str:
    # text() reads ":name" as a bind parameter; a mapping's SQL has none (times, casts "::").
    return sql.replace(":", "\\:")


def _to_utc(value: object) -> datetime | None:
    try:
        return to_utc(value)
    except ValueError:
        return None


class UndecodableText(str):
    """What a SQLite text column held that is not UTF-8: shown with the bad bytes replaced, and
    flagged so its row is refused with the key and the column instead of the whole read failing."""

    raw: bytes = b""

    def __repr__(self) -> str:
        # Raw hashes are made of reprs: a bad value must never hash like the text it shows.
        return f"UndecodableText({self.raw!r})"


def _decode_sqlite_text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = UndecodableText(data.decode("utf-8", errors="replace"))
        text.raw = data
        return text


def _prepare_sqlite(dbapi_connection) -> None:
    dbapi_connection.create_function("odyssee_key_fold", 1, _fold_for_sqlite, deterministic=True)


def _fold_for_sqlite(value: object) -> str | None:
    key = _key_text(value)
    return key_fold(key) if key else None


def _undecodable(error: SQLAlchemyError) -> bool:
    return "could not decode to utf-8" in str(error).lower()


@contextmanager
def _tolerating_bad_text(connection: Connection, tolerant: bool) -> Iterator[None]:
    """SQLite decodes text in C, and stops a whole read at a value that is not UTF-8; in tolerant
    mode each value goes through Python instead, and a bad one becomes an UndecodableText. Only
    a read that failed so is made again that way: decoding in Python costs a third of a read."""
    if not tolerant:
        yield
        return
    raw = connection.connection.dbapi_connection
    raw.text_factory = _decode_sqlite_text
    try:
        yield
    finally:
        raw.text_factory = str


def _key_text(value: object) -> str:
    if value.__class__ is str:
        return value.strip()  # type: ignore[union-attr]
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


@dataclass
class _Source:
    """A checked section: where its rows come from and the real names of its columns."""

    section: EntityMapping
    rows: FromClause
    columns: dict[str, str]  # column name in the mapping -> name in the database

    def column(self, name: str) -> ColumnElement:
        return self.rows.c[self.columns[name]]

    def filtered(self, statement):
        if self.section.where:
            statement = statement.where(text(f"({_escape_colons(self.section.where)})"))
        return statement


@dataclass
class _Modified:
    """How to compare and sort a modification column: native dates, or text that SQLite parses."""

    expression: ColumnElement
    bound: Callable[[datetime], object]
    # What rows are sorted by. SQLite text: the text itself. It is in time order whenever the
    # ERP writes one format, and sorting by julianday() cost a third of a plan of unchanged rows;
    # in any other order the watermark only moves less far (core.sync.plan.SettledMoments).
    order: ColumnElement | None = None


class ErpReader:
    """Reads the ERP through a mapping. Thread-safe: each call uses its own connection.

    ``url`` is a SQLAlchemy URL (text or ``URL``) or an existing ``Engine``; ``password``, from
    the keyring, is added to a URL that names a user.
    """

    def __init__(self, url: str | URL | Engine, mapping: Mapping, *, password: str | None = None) -> None:
        self.mapping = mapping
        self._url = url
        self._password = password
        self._engine: Engine | None = url if isinstance(url, Engine) else None
        self._owns_engine = not isinstance(url, Engine)
        self._problems: list[MappingProblem] | None = None
        self._sources: dict[str, _Source] = {}

    # ------------------------------------------------------------------------------------------
    # Connection

    @property
    def display_url(self) -> str:
        """The URL without its password, for messages."""
        return describe_url(self._url, unknown=sentence("the ERP connection URL"))

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = self._create_engine()
        return self._engine

    def _create_engine(self) -> Engine:
        try:
            engine = engine_for(self._url, password=self._password, what=sentence("ERP database"))
        except DatabaseUrlError as error:
            raise ErpError(error.message) from None
        return engine

    def _connect(self) -> Connection:
        try:
            connection = self.engine.connect()
            if connection.dialect.name == "sqlite":
                # On each use, not on connect: a given engine's pool may hold older connections.
                _prepare_sqlite(connection.connection.dbapi_connection)
            return connection
        except SQLAlchemyError as error:
            raise ErpError(sentence("Cannot connect to the ERP database: {why}", why=first_line(error))) from None

    def close(self) -> None:
        if self._engine is not None and self._owns_engine:
            self._engine.dispose()

    def __enter__(self) -> ErpReader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------------------------------
    # Checking the mapping against the database

    def check(self) -> list[MappingProblem]:
        """Every problem of the mapping, the database's view included (tables, columns, SQL).

        An empty list means the mapping can be used. A database that cannot be reached is one
        problem too.
        """
        self._problems = None
        try:
            return list(self._prepare())
        except ErpError as error:
            self._problems = None
            return list(self.mapping.problems) + [MappingProblem(self.display_url, None, "", error.message)]

    def _prepare(self) -> list[MappingProblem]:
        if self._problems is None:
            problems = list(self.mapping.problems)
            sources: dict[str, _Source] = {}
            with self._connect() as connection:
                for name, section in self.mapping.sections.items():
                    source = self._check_section(connection, section, problems)
                    if source is not None:
                        sources[name] = source
            problems.sort(key=lambda problem: problem.line or 0)
            self._sources = sources
            self._problems = problems
        return self._problems

    def _source(self, entity: str) -> _Source:
        problems = self._prepare()
        if problems:
            raise MappingError(problems)
        try:
            return self._sources[entity]
        except KeyError:
            raise KeyError(f"the mapping has no section [{entity}]") from None

    def _check_section(
        self, connection: Connection, section: EntityMapping, problems: list[MappingProblem]
    ) -> _Source | None:
        name = section.name

        def report(where: str, message: str, line: int | None) -> None:
            problems.append(self.mapping.problem(where, message, line))

        if section.table:
            found = self._table(connection, section, report)
            if found is None:
                return None
            rows_of, available, described = found
        else:
            try:
                result = connection.execute(
                    text(f"SELECT * FROM ({_escape_colons(section.query)}) erp_source WHERE 1 = 0")  # type: ignore[arg-type]
                )
                available = list(result.keys())
                result.close()
            except SQLAlchemyError as error:
                connection.rollback()
                report(f"[{name}] query", sentence("the query fails: {why}", why=first_line(error)), section.line_of("query"))
                return None
            described = sentence("the query")
            rows_of = None

        by_lower: dict[str, list[str]] = {}
        for real in available:
            by_lower.setdefault(real.lower(), []).append(real)
        columns: dict[str, str] = {}

        def resolve(wanted: str, where: str, line: int | None) -> None:
            if wanted in available:
                columns[wanted] = wanted
            elif len(by_lower.get(wanted.lower(), [])) == 1:
                columns[wanted] = by_lower[wanted.lower()][0]
            else:
                hint = suggestion(wanted, available)
                report(where, sentence("{source} has no column '{column}'{hint}", source=described, column=wanted, hint=hint), line)

        resolve(section.key, f"[{name}] key", section.line_of("key"))
        if section.modified:
            resolve(section.modified, f"[{name}] modified", section.line_of("modified"))
        for field_name, field_mapping in section.fields.items():
            if field_mapping.column:
                resolve(field_mapping.column, f"[{name}.fields] {field_name}", field_mapping.line)
        if len(columns) < len(section.columns()):
            return None

        if rows_of is not None:
            rows = rows_of(sorted(set(columns.values())))
        else:
            query = text(_escape_colons(section.query))  # type: ignore[arg-type]
            rows = query.columns(*(column(real) for real in available)).subquery("erp_source")
        source = _Source(section, rows, columns)

        if section.where:
            probe = source.filtered(select(literal_column("1")).select_from(rows)).where(text("1 = 0"))
            try:
                connection.execute(probe).close()
            except SQLAlchemyError as error:
                connection.rollback()
                report(f"[{name}] where", sentence("the row filter fails: {why}", why=first_line(error)), section.line_of("where"))
                return None
        if section.modified:
            modified = source.column(section.modified)
            try:
                sample = connection.execute(select(modified).where(modified.is_not(None)).limit(1)).scalar()
            except SQLAlchemyError as error:
                connection.rollback()
                report(f"[{name}] modified", sentence("cannot be read: {why}", why=first_line(error)), section.line_of("modified"))
                return None
            if sample is not None and _to_utc(sample) is None:
                report(
                    f"[{name}] modified",
                    sentence("column '{column}' holds {sample!r}, not a date and time", column=section.modified, sample=sample),
                    section.line_of("modified"),
                )
                return None
        return source

    def _table(self, connection: Connection, section: EntityMapping, report):
        """(a factory of the table clause, its column names, its description) or None."""
        schema, _, wanted = section.table.rpartition(".")  # type: ignore[union-attr]
        schema_name = schema or None
        where = f"[{section.name}] table"
        line = section.line_of("table")
        try:
            inspector = inspect(connection)
            names = inspector.get_table_names(schema=schema_name) + inspector.get_view_names(schema=schema_name)
        except SQLAlchemyError as error:
            connection.rollback()
            report(where, sentence("cannot list the ERP tables: {why}", why=first_line(error)), line)
            return None
        matches = [real for real in names if real == wanted] or [real for real in names if real.lower() == wanted.lower()]
        if len(matches) != 1:
            hint = suggestion(wanted, names)
            report(where, sentence("the ERP database has no table or view '{table}'{hint}", table=section.table, hint=hint), line)
            return None
        real_name = matches[0]
        try:
            available = [info["name"] for info in inspector.get_columns(real_name, schema=schema_name)]
        except SQLAlchemyError as error:
            connection.rollback()
            report(where, sentence("cannot read the columns of '{table}': {why}", table=section.table, why=first_line(error)), line)
            return None

        def rows_of(names_used: list[str]) -> FromClause:
            # Untyped columns: values arrive exactly as the driver gives them, so one odd value
            # (a text in a numeric SQLite column) is the row's problem, not a failed read.
            return table(real_name, *(column(name) for name in names_used), schema=schema_name)

        return rows_of, available, sentence("the ERP table '{table}'", table=section.table)

    # ------------------------------------------------------------------------------------------
    # Reading

    def _modified(self, connection: Connection, source: _Source) -> _Modified:
        modified = source.column(source.section.modified)  # type: ignore[arg-type]
        sample = connection.execute(select(modified).where(modified.is_not(None)).limit(1)).scalar()
        if isinstance(sample, str):
            if connection.dialect.name == "sqlite":
                # SQLite's julianday() reads every ISO form and gives NULL for anything else.
                return _Modified(
                    func.julianday(modified), lambda moment: func.julianday(format_datetime(moment)), order=modified
                )
            return _Modified(modified, format_datetime)
        if isinstance(sample, datetime) and sample.tzinfo is not None:
            return _Modified(modified, lambda moment: moment.astimezone(timezone.utc))
        return _Modified(modified, lambda moment: moment.astimezone(timezone.utc).replace(tzinfo=None))

    def read(
        self, entity: str, since: datetime | None = None, *, overlap: timedelta = DEFAULT_OVERLAP
    ) -> Iterator[ErpRow]:
        """The section's rows, oldest modification first (then by key; in SQLite, whose text
        dates are sorted as text, in the order of the rows).

        With ``since``, only rows modified after ``since - overlap`` (plus rows without a
        modification time). Raises MappingError at once if the mapping has problems; ErpError
        if the database fails, which may happen while iterating.
        """
        return (row for rows in self.read_batches(entity, since, overlap=overlap) for row in rows)

    def read_batches(
        self, entity: str, since: datetime | None = None, *, overlap: timedelta = DEFAULT_OVERLAP,
        size: int = STREAM_BATCH_SIZE,
    ) -> Iterator[ErpRows]:
        """What :meth:`read` gives, in batches of ``size`` rows (the last one may be smaller)."""
        source = self._source(entity)
        if since is not None and since.tzinfo is None:
            since = since.replace(tzinfo=timezone.utc)
        return self._batches(source, since, overlap, size)

    def _batches(self, source: _Source, since: datetime | None, overlap: timedelta, size: int) -> Iterator[ErpRows]:
        section = source.section
        selected = list(dict.fromkeys(source.columns[name] for name in section.columns()))
        statement = source.filtered(select(*(source.rows.c[real] for real in selected)))
        key = source.column(section.key)
        given = 0
        for tolerant in (False, True):
            try:
                with self._connect() as connection, _tolerating_bad_text(connection, tolerant):
                    if section.modified:
                        modified = self._modified(connection, source)
                        ordered = statement
                        if since is not None:
                            ordered = ordered.where(
                                or_(modified.expression > modified.bound(since - overlap), modified.expression.is_(None))
                            )
                        if modified.order is None:
                            undated_first = case((modified.expression.is_(None), 0), else_=1)
                            ordered = ordered.order_by(undated_first, modified.expression, key)
                        else:
                            # NULL first, as SQLite sorts. No tie-break by key: then an index on
                            # the column gives the order without sorting, and ties come in rowid
                            # order, the same in two reads of the same rows.
                            ordered = ordered.order_by(modified.order)
                    else:
                        ordered = statement.order_by(key)
                    result = connection.execution_options(yield_per=min(size, STREAM_BATCH_SIZE)).execute(ordered)
                    reading = _Reading(source, selected)
                    # Read again after a bad value: the rows already given come in the same order.
                    skip = given
                    for records in _plain_batches(result, size, connection.dialect):
                        if skip:
                            skip, records = max(0, skip - len(records)), records[skip:]
                            if not records:
                                continue
                        given += len(records)
                        yield ErpRows(reading, records)
                return
            except SQLAlchemyError as error:
                if tolerant or not _undecodable(error):
                    raise ErpError(sentence(
                        "Reading {entity} from the ERP failed: {why}", entity=section.name, why=first_line(error),
                    )) from None

    def _all_of(self, entity: str, statement_for: Callable[[_Source], object]) -> list[object]:
        """The first column of every row a statement gives (keys of ``entity``), read again
        tolerantly after a value that is not UTF-8."""
        source = self._source(entity)
        statement = statement_for(source)
        for tolerant in (False, True):
            try:
                with self._connect() as connection, _tolerating_bad_text(connection, tolerant):
                    return list(connection.execute(statement).scalars())
            except SQLAlchemyError as error:
                if tolerant or not _undecodable(error):
                    raise ErpError(sentence(
                        "Reading {entity} keys from the ERP failed: {why}", entity=entity, why=first_line(error),
                    )) from None
        raise AssertionError("unreachable")

    def keys(self, entity: str) -> set[str]:
        """Every current, non-empty ERP key of the section (the row filter applies): for finding
        rows removed from the ERP, or never pushed."""
        values = self._all_of(entity, lambda source: source.filtered(select(source.column(source.section.key))))
        return {text_key for value in values if (text_key := _key_text(value))}

    def key_clashes(self, entity: str) -> dict[str, list[str]]:
        """ERP keys that Odyssee would take for one (the way ``fold`` compares, by default SQL
        Server's: without case or trailing spaces): the folded key -> the keys as the ERP holds
        them, for every key shared by two rows or more.

        The database groups the keys, so a million of them never sit in memory: SQLite with the
        program's own fold, a server with ``lower(trim())``; the few keys in groups are folded
        again here, so that only what the program's fold takes for one is reported."""

        def fold_of(key: ColumnElement) -> ColumnElement:
            if self.engine.dialect.name == "sqlite":
                return func.odyssee_key_fold(key)
            return func.lower(func.trim(cast(key, Unicode(MAX_KEY_LENGTH))))

        def groups(source: _Source):
            key = source.column(source.section.key)
            folded = fold_of(key)
            return source.filtered(select(folded).where(key.is_not(None))).group_by(folded).having(func.count() > 1)

        def in_groups(source: _Source):
            key = source.column(source.section.key)
            return source.filtered(select(key).where(key.is_not(None), fold_of(key).in_(groups(source))))

        if self.engine.dialect.name == "sqlite" and self._plainly_unique(entity):
            return {}
        if not self._all_of(entity, groups):
            return {}  # as good as always: no key is read a second time
        seen: dict[str, list[str]] = {}
        for value in self._all_of(entity, in_groups):
            raw = str(int(value) if isinstance(value, float) and value.is_integer() else value)
            if raw.strip():
                seen.setdefault(key_fold(raw), []).append(raw)
        return {folded: raws for folded, raws in seen.items() if len(raws) > 1}

    def _plainly_unique(self, entity: str) -> bool:
        """SQLite: every key is printable ASCII and unique without case and outer spaces. Then
        SQLite's own lower() and trim() fold as the program does, and no key need be folded in
        Python (a third of the time of a plan of unchanged rows)."""

        def odd(source: _Source):
            key = source.column(source.section.key)
            return source.filtered(select(literal_column("1")).select_from(source.rows).where(key.op("GLOB")("*[^ -~]*"))).limit(1)

        def shared(source: _Source):
            key = source.column(source.section.key)
            folded = func.lower(func.trim(key))
            return (
                source.filtered(select(literal_column("1")).select_from(source.rows))
                .group_by(folded).having(func.count() > 1).limit(1)
            )

        source = self._source(entity)
        try:
            with self._connect() as connection:
                return connection.execute(odd(source)).first() is None and connection.execute(shared(source)).first() is None
        except SQLAlchemyError:
            return False  # a value that is not UTF-8, say: the exact way tells

    def max_modified(self, entity: str) -> datetime | None:
        """The latest modification time of the section's rows (row filter applied), or None."""
        source = self._source(entity)
        if not source.section.modified:
            return None
        try:
            with self._connect() as connection:
                modified = self._modified(connection, source)
                column_ = source.column(source.section.modified)
                if modified.expression is column_:
                    value = connection.execute(source.filtered(select(func.max(column_)))).scalar()
                else:
                    # Text dates: take the row with the latest instant and parse its own text, so
                    # the value is exact (a julian day number is not).
                    statement = source.filtered(select(column_)).where(modified.expression.is_not(None))
                    value = connection.execute(statement.order_by(modified.expression.desc()).limit(1)).scalar()
        except SQLAlchemyError as error:
            raise ErpError(sentence("Reading {entity} from the ERP failed: {why}", entity=entity, why=first_line(error))) from None
        return _to_utc(value)
