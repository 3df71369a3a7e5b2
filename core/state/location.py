"""Where a profile's state lives, and which state in there is its own.

**Where** (:class:`StateLocation`): the profile's ``state_url`` when it has one (a database server
that the office shares: PostgreSQL, or SQL Server through the same SQLAlchemy code), else one
SQLite file per profile in the user data folder. ``?schema=NAME`` at the end of a server URL keeps
the tables in a schema of their own (often on the ERP's own server); it is read here and never
passed to the driver. Keep the password out of the URL: it comes from the keyring
(``odyssee-sync login --state``).

**Which** (:func:`state_key`): the tenant (base URL and domain) plus the ERP it is linked to, so
that every workstation and scheduled task of the same tenant and ERP finds the same rows, and a
profile moved to another tenant never reuses ids that belong to the first one. The ERP is named by
its server and database, without user or password, so two workstations that sign in to the ERP
as different users still agree. Where workstations reach the ERP under different names (a mapped
drive, an alias), the profile's ``state_key`` names the state explicitly.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.pool import QueuePool

from core import paths
from core.database import DatabaseUrlError, describe_url, engine_for, parse_url
from core.errors import sentence

LOCAL_KEY = "local"
SCHEMA_PARAMETER = "schema"
_SCHEMA_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}\Z")
# Connections kept per store: the push's worker threads, the GUI's tasks, the lease's renewer.
POOL_SIZE = 8
POOL_OVERFLOW = 24
POOL_RECYCLE_SECONDS = 300

_STATE_DATABASE = sentence("state database")  # what the messages call it
_THIS_COMPUTER = sentence("this computer")
BACKEND_TITLES = {"postgresql": "PostgreSQL", "mssql": "SQL Server", "sqlite": "SQLite", "mysql": "MySQL"}


def local_store_path(profile_name: str) -> Path:
    """The SQLite file of a profile, named by :func:`core.paths.profile_file_stem`."""
    return paths.data_dir() / f"{paths.profile_file_stem(profile_name)}.sqlite3"


@dataclass(frozen=True)
class StateLocation:
    """A state database: a SQLite file (``local``) or a server URL, with an optional schema."""

    url: URL
    schema: str | None = None

    @classmethod
    def parse(cls, location: str | os.PathLike) -> StateLocation:
        """A path to a SQLite file, or a SQLAlchemy URL (``…?schema=NAME`` allowed on a server)."""
        if isinstance(location, os.PathLike) or "://" not in str(location):
            return cls(URL.create("sqlite", database=str(Path(location).expanduser())))
        url = parse_url(str(location), what=_STATE_DATABASE)
        schema = url.query.get(SCHEMA_PARAMETER)
        if isinstance(schema, tuple):
            schema = schema[-1]
        if schema is not None:
            if url.get_backend_name() == "sqlite":
                raise DatabaseUrlError(sentence("A SQLite state database has no schemas; remove ?schema= from its URL."))
            if not _SCHEMA_NAME.match(schema):
                raise DatabaseUrlError(
                    sentence("The schema name {schema!r} is not valid: use letters, digits and _.", schema=schema)
                )
            url = url.difference_update_query([SCHEMA_PARAMETER])
        return cls(url, schema or None)

    @property
    def local(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        return Path(self.url.database) if self.local and self.url.database else None

    @property
    def url_text(self) -> str:
        """The URL as given (password included if it had one); only for the keyring look-up."""
        return self.url.render_as_string(hide_password=False)

    def describe(self) -> str:
        """For people: ``this computer, …/x.sqlite3`` or ``PostgreSQL database sync on erp-db``."""
        if self.local:
            return sentence("this computer, {path}", path=self.path)
        backend = BACKEND_TITLES.get(self.url.get_backend_name(), self.url.get_backend_name())
        where = self.url.host or _THIS_COMPUTER
        if self.url.port:
            where = f"{where}:{self.url.port}"
        named = {"backend": backend, "database": self.url.database or sentence("(default)"), "where": where}
        user, schema = self.url.username, self.schema
        if user and schema:
            return sentence("{backend} database {database} on {where} as {user}, schema {schema}", **named, user=user, schema=schema)
        if user:
            return sentence("{backend} database {database} on {where} as {user}", **named, user=user)
        if schema:
            return sentence("{backend} database {database} on {where}, schema {schema}", **named, schema=schema)
        return sentence("{backend} database {database} on {where}", **named)

    def create_engine(self, *, password: str | None = None) -> Engine:
        if self.local:
            assert self.path is not None
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return engine_for(
                self.url, what=_STATE_DATABASE, must_exist=False, poolclass=QueuePool,
                pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW, connect_args={"check_same_thread": False},
            )
        # Connections are renewed after a few minutes (a firewall may cut idle ones), not pinged
        # before each use: that would be one more round trip per read.
        options = {"pool_size": POOL_SIZE, "max_overflow": POOL_OVERFLOW, "pool_recycle": POOL_RECYCLE_SECONDS}
        if self.schema:
            options["execution_options"] = {"schema_translate_map": {None: self.schema}}
        return engine_for(self.url, password=password, what=_STATE_DATABASE, **options)


def location_for_profile(profile) -> StateLocation:
    state_url = (getattr(profile, "state_url", None) or "").strip()
    if state_url:
        return StateLocation.parse(state_url)
    return StateLocation.parse(local_store_path(profile.name))


def tenant_of(profile) -> str:
    """``https://developers.wello.solutions/api|TESTAPI``: the base URL and domain, tidied."""
    parts = urlsplit((profile.base_url or "").strip())
    host = (parts.hostname or "").lower()
    default_port = {"https": 443, "http": 80}.get(parts.scheme.lower())
    if parts.port and parts.port != default_port:
        host += f":{parts.port}"
    path = parts.path.rstrip("/")
    return f"{parts.scheme.lower()}://{host}{path}|{(profile.domain or '').strip().upper()}"


def erp_of(profile) -> str:
    """The ERP a profile is linked to: ``postgresql://erp-db:5432/erp`` or ``sqlite:/path`` (no user)."""
    text = (getattr(profile, "erp_url", None) or "").strip()
    if not text:
        return ""
    try:
        url = parse_url(text, what=sentence("ERP database"))
    except DatabaseUrlError:
        return text
    backend = url.get_backend_name()
    if backend == "sqlite":
        database = url.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            database = os.path.normcase(str(Path(database).expanduser().resolve()))
        return f"sqlite:{database}"
    host = (url.host or "").lower()
    port = f":{url.port}" if url.port else ""
    return f"{backend}://{host}{port}/{url.database or ''}"


def state_key(profile) -> tuple[str, str, str]:
    """(key, tenant, ERP) of a profile's state, the last two for people; the profile's
    ``state_key`` wins when set."""
    tenant = tenant_of(profile)
    erp = erp_of(profile)
    explicit = (getattr(profile, "state_key", None) or "").strip()
    url, _, domain = tenant.rpartition("|")
    return (explicit or f"{tenant}|{erp}"), f"{url} (domain {domain})", erp


def describe_state_url(url: str) -> str:
    """A state URL as a sentence, for Settings and the CLI (never a password)."""
    try:
        return StateLocation.parse(url).describe()
    except DatabaseUrlError:
        return describe_url(url)


__all__ = [
    "LOCAL_KEY",
    "StateLocation",
    "describe_state_url",
    "erp_of",
    "local_store_path",
    "location_for_profile",
    "state_key",
    "tenant_of",
]
