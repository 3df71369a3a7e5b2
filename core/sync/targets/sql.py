"""The ERP's staging tables, through SQLAlchemy: ``work_order``, ``work_order_part`` and
``work_order_time`` (``resources/demo_erp/schema.sql``).

The engine gives up to 50 approvals per transaction (one at a time when the ERP refuses a batch,
so that only the refused one is held back). Rows are keyed by the Odyssee id and written as
upserts (SQLite and PostgreSQL: ``INSERT … ON CONFLICT DO UPDATE``; other databases: ``UPDATE``
then ``INSERT`` when nothing was there): exporting an approval again updates its rows and never
adds a second line, which is what makes a repeat after a crash harmless. ``work_order.processed``,
which the ERP sets, is left alone. A part or time line deleted in Odyssee since the approval was
last exported is deleted from its staging table in the same transaction, or, when the table has a
``deleted`` (or ``is_deleted``) column, marked so there (and its ``exported_at`` renewed), so that
the ERP never invoices a line that no longer exists.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Mapping, Sequence

from core import credentials
from core.database import DatabaseUrlError, describe_url, first_line, parse_url
from core.errors import sentence
from core.sync.targets.base import ExportTargetError, PreparedExport, TargetKind

if TYPE_CHECKING:
    from core.sync.export import ReadyApproval

WORK_ORDER_TABLE = "work_order"
PART_TABLE = "work_order_part"
TIME_TABLE = "work_order_time"
# Columns the ERP owns: an export never overwrites them.
ERP_OWNED_COLUMNS = frozenset({"processed"})
# A line table with one of these columns keeps the lines deleted in Odyssee, marked; without, they go.
DELETED_COLUMNS = ("deleted", "is_deleted")
_LINES_PER_STATEMENT = 500  # line ids per IN (…): well within SQL Server's 2,100 parameters


class SqlTarget:
    """The ERP's staging tables, through SQLAlchemy (one transaction per batch of approvals)."""

    def __init__(
        self,
        url_or_engine,
        *,
        password: str | None = None,
        schema: str | None = None,
        tables: tuple[str, str, str] | None = None,
    ):
        """``schema`` names the database schema of the tables (e.g. ``dbo``); None: the default one."""
        from sqlalchemy import Engine

        self._url = url_or_engine
        self._password = password
        self._engine: Engine | None = url_or_engine if isinstance(url_or_engine, Engine) else None
        self._owns_engine = self._engine is None
        self._names = tables or (WORK_ORDER_TABLE, PART_TABLE, TIME_TABLE)
        self._schema = schema
        self._tables = None
        self._deleted: dict[str, str | None] = {}  # line table -> its "deleted" column, if it has one
        self._statements: dict[tuple, object] = {}

    @property
    def engine(self):
        if self._engine is None:
            from core.erp.mapping import Mapping
            from core.erp.reader import ErpError, ErpReader

            # The reader's connection handling: URL checks, password from the keyring, driver hints.
            try:
                self._engine = ErpReader(self._url, Mapping("", {}, []), password=self._password).engine
            except ErpError as error:
                raise ExportTargetError(error.message, fatal=True) from None
        return self._engine

    def describe(self) -> str:
        engine = self.engine
        return engine.url.render_as_string(hide_password=True)

    def _reflect(self):
        if self._tables is None:
            from sqlalchemy import MetaData
            from sqlalchemy.exc import SQLAlchemyError

            metadata = MetaData()
            wanted = {name.lower() for name in self._names}
            try:
                metadata.reflect(self.engine, schema=self._schema, only=lambda name, _meta: name.lower() in wanted)
            except SQLAlchemyError as error:
                raise ExportTargetError(
                    sentence("Cannot read the ERP's staging tables: {why}", why=first_line(error)), fatal=True,
                ) from None
            by_lower = {table.name.lower(): table for table in metadata.tables.values()}
            missing = [name for name in self._names if name.lower() not in by_lower]
            if missing:
                raise ExportTargetError(sentence(
                    "The ERP database has no table {tables}: create the staging tables first "
                    "(their definition is in resources/demo_erp/schema.sql).",
                    tables=", ".join(missing),
                ), fatal=True)
            tables = tuple(by_lower[name.lower()] for name in self._names)
            # The lines need their approval too: that is how lines deleted in Odyssee are found.
            needed = (("job_approval_id",), ("line_id", "job_approval_id"), ("line_id", "job_approval_id"))
            for table, columns in zip(tables, needed):
                for key_column in columns:
                    if key_column not in table.c:
                        raise ExportTargetError(
                            sentence("The ERP table {table} has no column {column}.", table=table.name, column=key_column),
                            fatal=True,
                        )
            for table in tables[1:]:
                self._deleted[table.name] = next((name for name in DELETED_COLUMNS if name in table.c), None)
            self._tables = tables
        return self._tables

    def prepare(self, item: ReadyApproval, exported_at: str) -> PreparedExport:
        return PreparedExport(item, exported_at)  # one transaction does it all: nothing to stage

    def deliver(self, prepared: PreparedExport) -> None:
        self.write(prepared.item, prepared.exported_at)

    def settle(self, delivery) -> bool:
        return False  # never stages anything; an upsert makes a repeat harmless anyway

    def deliver_together(self, prepared: Sequence[PreparedExport]) -> None:
        """Several approvals in one transaction: all of them, or (ExportTargetError) none."""
        self._write([(entry.item, entry.exported_at) for entry in prepared])

    def write(self, item: ReadyApproval, exported_at: str) -> None:
        self._write([(item, exported_at)])

    def _write(self, items: Sequence[tuple[ReadyApproval, str]]) -> None:
        from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

        work_order, parts, times = self._reflect()
        try:
            with self.engine.begin() as connection:
                self._upsert(connection, work_order, "job_approval_id", [
                    {**item.work_order, "exported_at": exported_at} for item, exported_at in items
                ])
                for table, lines_of in ((parts, lambda item: item.parts), (times, lambda item: item.time_lines)):
                    deleted = self._deleted[table.name]
                    # A line marked deleted that Odyssee has again (never seen, but then it counts again).
                    alive = {deleted: _flag(table.c[deleted], False)} if deleted else {}
                    self._upsert(connection, table, "line_id", [
                        {**line, **alive, "exported_at": exported_at} for item, exported_at in items for line in lines_of(item)
                    ])
                    _drop_gone_lines(connection, table, {
                        item.id: ({line["line_id"] for line in lines_of(item)}, exported_at) for item, exported_at in items
                    }, deleted)
        except OperationalError as error:
            raise ExportTargetError(
                sentence("The ERP database refused the export: {why}", why=first_line(error)), fatal=True,
            ) from None
        except (DBAPIError, SQLAlchemyError) as error:
            if len(items) == 1:
                item = items[0][0]
                raise ExportTargetError(sentence(
                    "The ERP database refused approval {id} ({label}): {why}", id=item.id, label=item.label, why=first_line(error),
                )) from None
            raise ExportTargetError(sentence(
                "The ERP database refused one of {count} approvals: {why}", count=len(items), why=first_line(error),
            )) from None

    def _upsert(self, connection, table, key_column: str, rows: list[dict]) -> None:
        if not rows:
            return
        columns = tuple(name for name in rows[0] if name in table.c)
        rows = [{name: row.get(name) for name in columns} for row in rows]
        dialect = connection.dialect.name
        if dialect not in ("sqlite", "postgresql"):
            _update_or_insert(connection, table, key_column, columns, rows)
            return
        cache_key = (dialect, table.name, key_column, columns)
        statement = self._statements.get(cache_key)
        if statement is None:
            if dialect == "sqlite":
                from sqlalchemy.dialects.sqlite import insert
            else:
                from sqlalchemy.dialects.postgresql import insert
            updated = [name for name in columns if name != key_column and name not in ERP_OWNED_COLUMNS]
            statement = insert(table)
            statement = statement.on_conflict_do_update(
                index_elements=[table.c[key_column]], set_={name: statement.excluded[name] for name in updated},
            )
            self._statements[cache_key] = statement  # built once: the same for every approval of a run
        connection.execute(statement, rows)

    def close(self) -> None:
        if self._engine is not None and self._owns_engine:
            self._engine.dispose()


def _drop_gone_lines(connection, table, current: Mapping[str, tuple[set[str], str]], deleted: str | None) -> None:
    """The lines in ``table`` of the approvals ``current`` (approval id -> its line ids now, the
    export's time) that Odyssee no longer has: deleted, or marked ``deleted``."""
    from sqlalchemy import delete, or_, select, update

    approvals = sorted(current)
    there: dict[str, set[str]] = {}
    for start in range(0, len(approvals), _LINES_PER_STATEMENT):
        owned = table.c.job_approval_id.in_(approvals[start : start + _LINES_PER_STATEMENT])
        if deleted is None:
            query = select(table.c.job_approval_id, table.c.line_id).where(owned)
        else:  # the ones marked already keep the moment they were marked
            flag = table.c[deleted]
            query = select(table.c.job_approval_id, table.c.line_id).where(owned, or_(flag.is_(None), flag == _flag(flag, False)))
        for approval_id, line_id in connection.execute(query):
            there.setdefault(approval_id, set()).add(line_id)
    for approval_id, lines in there.items():
        lines_now, exported_at = current[approval_id]
        gone = sorted(lines - lines_now)
        owned = table.c.job_approval_id == approval_id
        for start in range(0, len(gone), _LINES_PER_STATEMENT):
            chosen = table.c.line_id.in_(gone[start : start + _LINES_PER_STATEMENT])
            if deleted is None:
                connection.execute(delete(table).where(owned, chosen))
            else:
                marked = {deleted: _flag(table.c[deleted], True)}
                if "exported_at" in table.c:  # an importer that reads what changed since its last run sees it
                    marked["exported_at"] = exported_at
                connection.execute(update(table).where(owned, chosen).values(marked))


def _flag(column, value: bool) -> bool | int:
    """True/False for a boolean column, 1/0 for an integer one (SQLite, and many ERPs)."""
    try:
        boolean = column.type.python_type is bool
    except NotImplementedError:
        boolean = False
    return value if boolean else int(value)


def _update_or_insert(connection, table, key_column: str, columns: Sequence[str], rows: list[dict]) -> None:
    """An upsert where the dialect has none (SQL Server): UPDATE, and INSERT when nothing was there."""
    from sqlalchemy import insert, update

    updated = [name for name in columns if name != key_column and name not in ERP_OWNED_COLUMNS]
    for row in rows:
        changed = connection.execute(
            update(table).where(table.c[key_column] == row[key_column]).values({name: row[name] for name in updated})
        )
        if not changed.rowcount:
            connection.execute(insert(table).values(row))


_URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://")


def _recognises(text: str) -> bool:
    # Asked after the web service has taken its schemes: any other URL is SQLAlchemy's dialect+driver://…
    return _URL_SCHEME.match(text) is not None


def _open(text: str, *, export_format: str = "", secret: str | None = None) -> SqlTarget:
    return SqlTarget(text, password=secret)


def _describe(text: str, _export_format: str) -> str:
    try:
        url = parse_url(text, what=sentence("export target"))
    except DatabaseUrlError:
        where = describe_url(text, unknown=sentence("(the address is not a database URL)"))
        return sentence("ERP database {where}, staging tables", where=where)
    if url.get_backend_name() == "sqlite":
        return sentence("ERP database {where}, staging tables", where=Path(url.database or "").name or sentence("in memory"))
    if url.host:
        return sentence("ERP database {database} on {host}, staging tables", database=url.database, host=url.host)
    return sentence("ERP database {where}, staging tables", where=url.database or url.get_backend_name())


KIND = TargetKind(
    name="database", recognises=_recognises, open=_open, describe=_describe,
    needs_secret=credentials.asks_for_password,  # a URL with its user but no password: the keyring has it
    secret_of=credentials.erp_password_for,  # nearly always the ERP's own database, as its user
)
