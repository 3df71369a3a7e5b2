"""What the ERP side and the state store share about SQL databases reached through SQLAlchemy.

- :func:`engine_for`: a URL (password kept out of it, added from the keyring) to an ``Engine``,
  with one-sentence errors for a bad URL, a missing file or a missing driver;
- :func:`first_line`: the database's own first line of an error, without SQLAlchemy's dump;
- :func:`describe_url`: a URL as people may see it (never its password);
- :func:`upsert`: insert rows or update them by key, in one statement where the dialect can
  (SQLite and PostgreSQL: ``INSERT … ON CONFLICT``), else update then insert (SQL Server).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from sqlalchemy import Engine, Table, and_, create_engine, insert, update
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from core.errors import UserError, sentence


class DatabaseUrlError(UserError):
    """A database URL that cannot be used; the message is one sentence for the user."""


# What the messages call a database whose caller did not name it (``what``: "ERP database"…,
# a sentence of its own, so that a window words it too).
_DATABASE = sentence("database")


def parse_url(url: str | URL, *, what: str = _DATABASE) -> URL:
    try:
        return make_url(url)
    except ArgumentError:
        raise DatabaseUrlError(sentence(
            "The {what} URL is not valid; it should look like sqlite:///C:/ERP/erp.db "
            "or postgresql+psycopg://user@host/database.",
            what=what,
        )) from None


def engine_for(
    url: str | URL,
    *,
    password: str | None = None,
    what: str = _DATABASE,
    must_exist: bool = True,
    **options: Any,
) -> Engine:
    """An engine for ``url``; ``password`` is added when the URL names a user.

    ``must_exist``: a SQLite file that is not there is an error (an ERP), or is created (a state).
    """
    parsed = parse_url(url, what=what)
    if password is not None and parsed.username is not None and parsed.password is None:
        parsed = parsed.set(password=password)
    database = parsed.database or ""
    if parsed.get_backend_name() == "sqlite" and database not in ("", ":memory:") and not database.startswith("file:"):
        if must_exist and not Path(database).is_file():
            raise DatabaseUrlError(sentence("The {what} file {database} does not exist.", what=what, database=database))
    try:
        return create_engine(parsed, **options)
    except NoSuchModuleError:
        raise DatabaseUrlError(
            sentence("No database support for '{driver}' is installed.", driver=parsed.drivername)
        ) from None
    except ArgumentError as error:
        raise DatabaseUrlError(sentence("The {what} URL is not usable: {why}", what=what, why=first_line(error))) from None
    except ImportError as error:
        raise DatabaseUrlError(sentence(
            "The database driver for {driver} is not installed (missing module {module}); install it with pip.",
            driver=parsed.drivername, module=error.name or str(error),
        )) from None


def first_line(error: BaseException) -> str:
    """The database's own first line of an error, without SQLAlchemy's statement dump."""
    original = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(original).strip().splitlines() if line.strip()]
    return lines[0] if lines else type(original).__name__


def describe_url(url: str | URL | Engine, *, unknown: str = "the database URL") -> str:
    """The URL without its password, for messages (``unknown`` when it is not a URL at all)."""
    if isinstance(url, Engine):
        url = url.url
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return unknown


def upsert(
    connection: Connection,
    table: Table,
    keys: Sequence[str],
    rows: Iterable[Mapping[str, Any]],
    *,
    update_columns: Sequence[str] | None = None,
) -> None:
    """Insert ``rows``, or update those whose ``keys`` exist (``update_columns``: which columns;
    None: every column but the keys; empty: leave existing rows as they are)."""
    rows = [dict(row) for row in rows]
    if not rows:
        return
    columns = [name for name in rows[0] if name in table.c]
    rows = [{name: row.get(name) for name in columns} for row in rows]
    if update_columns is None:
        update_columns = [name for name in columns if name not in keys]
    dialect = connection.dialect.name
    if dialect in ("sqlite", "postgresql"):
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        else:
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        statement = dialect_insert(table)
        if update_columns:
            statement = statement.on_conflict_do_update(
                index_elements=[table.c[name] for name in keys],
                set_={name: statement.excluded[name] for name in update_columns},
            )
        else:
            statement = statement.on_conflict_do_nothing(index_elements=[table.c[name] for name in keys])
        connection.execute(statement, rows)
        return
    for row in rows:
        match = and_(*(table.c[name] == row[name] for name in keys))
        if update_columns:
            changed = connection.execute(update(table).where(match).values({name: row[name] for name in update_columns}))
            if changed.rowcount:
                continue
        elif connection.execute(table.select().where(match)).first() is not None:
            continue
        connection.execute(insert(table).values(row))


__all__ = ["DatabaseUrlError", "describe_url", "engine_for", "first_line", "parse_url", "upsert"]
