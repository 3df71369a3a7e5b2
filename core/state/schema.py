"""Bringing a state database to the schema this program knows, on any dialect.

:func:`ensure_schema` runs when a store opens, inside one transaction and under a lock that keeps
two workstations from upgrading at the same moment (PostgreSQL: an advisory lock; SQL Server: an
application lock; SQLite: its writer lock):

- a new, empty database gets the tables of :mod:`core.state.tables` and is stamped with the
  newest Alembic revision (Alembic's own advice for a database built from scratch);
- a database at an older revision is upgraded by the Alembic revisions in
  ``core/state/migrations/versions/``;
- a SQLite file of the versions before team mode (``PRAGMA user_version`` 1 or 2, no Alembic) is
  carried over: its rows move into the new tables as the file's one state, then its old tables
  are dropped;
- a database from a newer program is refused with a sentence, and nothing is changed.

A failure rolls the whole transaction back: the database stays as it was.
"""
from __future__ import annotations

import logging
import uuid
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from core.errors import UserError, sentence
from core.odyssee.values import format_datetime
from core.state import tables as t

# The newest revision in core/state/migrations/versions (a test checks that they agree).
HEAD_REVISION = "0004"
VERSION_TABLE = "alembic_version"
MIGRATIONS = Path(__file__).with_name("migrations")
_UPGRADE_LOCK = 0x0D7553E  # PostgreSQL advisory lock number: "one upgrade at a time"

# The tables of the SQLite files written before team mode, and their columns in this order.
_LEGACY_TABLES = {
    "id_map": ("entity", "erp_key", "odyssee_id", "updated_at"),
    "snapshots": ("entity", "erp_key", "values_json", "hash", "pushed_at", "odyssee_modified"),
    "watermarks": ("stream", "value", "seen_ids_json", "updated_at"),
    "runs": ("id", "kind", "started", "finished", "status", "counts_json"),
    "journal": (
        "id", "run_id", "time", "entity", "erp_key", "action", "before_json", "after_json", "approved_at",
        "result", "http_status", "message",
    ),
    "downloads": ("file_id", "path", "sha256", "size", "downloaded_at", "approval_id"),
    "push_intents": ("entity", "erp_key", "odyssee_id", "run_id", "created_at"),
    "rejections": ("entity", "erp_key", "hash", "action", "erp_modified", "run_id", "rejected_at"),
}
# Who ran the runs and wrote the journal before that was recorded.
_UNKNOWN = ""


class SchemaError(UserError):
    """The database's schema cannot be used by this program; the message is a sentence."""


def ensure_schema(engine: Engine, location) -> None:
    from core.state.store import StoreError

    schema = location.schema
    with engine.connect() as connection:
        connection.execution_options(state_write=True)
        with connection.begin():
            _take_upgrade_lock(connection)
            if schema and connection.dialect.name != "sqlite":
                _create_schema(connection, schema)
            revision = current_revision(connection, schema)
            if revision == HEAD_REVISION:
                return
            try:
                if revision is None:
                    _create_or_carry_over(connection, schema)
                elif revision in _known_revisions():
                    _upgrade(connection, schema)
                else:
                    raise StoreError(sentence(
                        "The state database ({where}) was written by a newer Odyssee Sync Assistant "
                        "(schema revision {revision}; this one knows up to {known}). "
                        "Update the program to use it.",
                        where=location.describe(), revision=revision, known=HEAD_REVISION,
                    ))
            except SchemaError as error:
                raise StoreError(error.message) from None


def current_revision(connection: Connection, schema: str | None) -> str | None:
    """The Alembic revision the database is at, or None when it has none."""
    if not inspect(connection).has_table(VERSION_TABLE, schema=schema):
        return None
    name = f'"{schema}".{VERSION_TABLE}' if schema else VERSION_TABLE
    return connection.execute(text(f"SELECT version_num FROM {name}")).scalar()


def _take_upgrade_lock(connection: Connection) -> None:
    dialect = connection.dialect.name
    if dialect == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _UPGRADE_LOCK})
    elif dialect == "mssql":
        connection.execute(text(
            "EXEC sp_getapplock @Resource = 'odyssee-sync-schema', @LockMode = 'Exclusive', @LockOwner = 'Transaction'"
        ))


def _create_schema(connection: Connection, schema: str) -> None:
    if inspect(connection).has_schema(schema):
        return
    connection.execute(text(f'CREATE SCHEMA "{schema}"'))


def _create_or_carry_over(connection: Connection, schema: str | None) -> None:
    existing = set(inspect(connection).get_table_names(schema=schema))
    ours = {table.name for table in t.metadata.sorted_tables}
    legacy = connection.dialect.name == "sqlite" and _legacy_version(connection) > 0
    if legacy:
        _carry_over_legacy(connection, existing)
        return
    clashing = sorted(existing & ours)
    if clashing:
        raise SchemaError(sentence(
            "The state database already has tables named {tables} that this program did not "
            "make; give the state a database or a schema of its own (…?schema=odyssee_sync).",
            tables=", ".join(clashing),
        ))
    t.metadata.create_all(connection)
    _stamp(connection, schema)


def _legacy_version(connection: Connection) -> int:
    version = connection.exec_driver_sql("PRAGMA user_version").scalar() or 0
    if version:
        return int(version)
    # A version-0 file with the old tables was never given a version: not ours to carry over.
    return 0


def _carry_over_legacy(connection: Connection, existing: set[str]) -> None:
    """Move the rows of a pre-team-mode SQLite file into the new tables, as its one state."""
    present = [name for name in _LEGACY_TABLES if name in existing]
    for name in present:
        connection.exec_driver_sql(f"ALTER TABLE {name} RENAME TO legacy_{name}")
    # The old indexes keep their names on the renamed tables; drop them so the new ones can be made.
    for (index_name,) in connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name LIKE 'legacy_%'"
    ).all():
        connection.exec_driver_sql(f'DROP INDEX "{index_name}"')
    t.metadata.create_all(connection)
    now = format_datetime(datetime.now(timezone.utc))
    state_id = connection.execute(t.states.insert().values(
        key_hash="", key="", tenant="", erp="", history_id=str(uuid.uuid4()), created_at=now,
        created_on=_UNKNOWN, created_by=_UNKNOWN,
    )).inserted_primary_key[0]
    for name in present:
        columns = _LEGACY_TABLES[name]
        listed = ", ".join(columns)
        extra_columns, extra_values = "", ""
        if name in ("runs", "journal"):
            extra_columns, extra_values = ", workstation, os_user", ", '', ''"
        if name == "runs":
            listed = listed.replace("counts_json", "COALESCE(counts_json, '{}')")
        connection.exec_driver_sql(
            f"INSERT INTO {name} (state_id, {', '.join(columns)}{extra_columns}) "
            f"SELECT {int(state_id)}, {listed}{extra_values} FROM legacy_{name}"
        )
    for name in reversed(present):
        connection.exec_driver_sql(f"DROP TABLE legacy_{name}")
    connection.exec_driver_sql("PRAGMA user_version = 0")
    _stamp(connection, None)


def _alembic_config(connection: Connection, schema: str | None):
    from alembic.config import Config

    # Alembic tells of every step at INFO; a store opening is no news for the log file.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    config.attributes["schema"] = schema
    return config


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS))
    return {revision.revision for revision in script.walk_revisions()}


def _upgrade(connection: Connection, schema: str | None) -> None:
    from alembic import command

    command.upgrade(_alembic_config(connection, schema), "head")


def _stamp(connection: Connection, schema: str | None) -> None:
    from alembic import command

    command.stamp(_alembic_config(connection, schema), HEAD_REVISION)


__all__ = ["HEAD_REVISION", "SchemaError", "current_revision", "ensure_schema"]
