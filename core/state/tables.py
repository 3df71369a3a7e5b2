"""The tables of the state database, as SQLAlchemy Core objects.

One database can hold the state of several tenant-and-ERP pairs (a test tenant and production on
the office's server, say): every table but ``states`` carries the ``state_id`` of the pair its
rows belong to. What each table is for:

- ``states``: one row per tenant-and-ERP pair (its key, a description, its history's id);
- ``id_map``: which Odyssee id an ERP record (entity + ERP key) was pushed to;
- ``snapshots``: the normalised values last pushed for an ERP record, their hash and the Odyssee
  ``modified_dateutc`` seen then (to detect changes on both sides);
- ``watermarks``: per stream (``job_approval``, ``erp:Company``…), the last ``modified_dateutc``
  fully processed, plus the ids already processed at that instant;
- ``runs``: one row per push, export or download run, with its counts and who ran it;
- ``journal``: one row per pushed or exported record (before and after values, result), with who;
- ``downloads``: which job approval PDFs were saved where (path relative to the download folder);
- ``push_intents``: the GUID of each create about to be sent, until it is known to have landed;
- ``rejections``: pending changes the user chose to skip, hidden until the ERP row changes;
- ``leases``: who runs each job (push, export, PDFs) now, until when, and the fencing token;
- ``deliveries``: files about to appear in a folder (an outbox file, a PDF), written down before
  they appear so that a run killed half-way neither loses nor repeats one;
- ``held_back``: items a run could not do (a job approval whose job is missing in Odyssee, one
  the ERP refused), with the reason, kept until they are done: the watermark passes them because
  they are written down here, and each run tries them again.

Times are UTC text like ``2015-07-14T13:08:00.000Z``, except the lease's clock values, which are
seconds since 1970 on the *database server's* clock (every workstation compares against the same
clock). Text columns are Unicode and bounded where they are part of a key, so the same schema
works on SQLite, PostgreSQL and SQL Server. The schema changes only through the Alembic revisions
in ``core/state/migrations/``; a test checks that they build exactly these tables.
"""
from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Unicode,
    UnicodeText,
)
from sqlalchemy.schema import SchemaItem

# Named constraints, so that later migrations can alter them on every dialect (SQL Server and
# PostgreSQL need the name to drop one).
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

KEY = 255  # an ERP key; Odyssee's own codes are at most 50 characters
NAME_OF = 100  # an entity, a stream, a kind of run, an action

TIME = 24  # 2015-07-14T13:08:00.000Z
GUID = 36
HASH = 64  # SHA-256 in hex
NAME = 255  # a workstation or user name

states = Table(
    "states",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key_hash", Unicode(HASH), nullable=False, unique=True),
    Column("key", UnicodeText, nullable=False),
    Column("tenant", UnicodeText, nullable=False, default=""),
    Column("erp", UnicodeText, nullable=False, default=""),
    Column("history_id", Unicode(GUID), nullable=False),
    Column("created_at", Unicode(TIME), nullable=False),
    Column("created_on", Unicode(NAME), nullable=False, default=""),
    Column("created_by", Unicode(NAME), nullable=False, default=""),
    # Set when ``state migrate`` copied this state elsewhere: where to, when, and what it held.
    Column("moved_to", UnicodeText),
    Column("moved_at", Unicode(TIME)),
    Column("moved_counts_json", UnicodeText),
)


def _state_id() -> Column:
    return Column("state_id", Integer, ForeignKey("states.id"), nullable=False)


def _state_table(name: str, *columns_and_constraints: SchemaItem) -> Table:
    """A table whose rows belong to one state: ``state_id`` comes first."""
    return Table(name, metadata, _state_id(), *columns_and_constraints)


def _erp_record() -> tuple[Column, Column]:
    """The ERP record a row is about."""
    return Column("entity", Unicode(NAME_OF), nullable=False), Column("erp_key", Unicode(KEY), nullable=False)


def _actor() -> tuple[Column, Column]:
    """Who did it (``core.state.Actor``): the workstation and the operating-system user."""
    return Column("workstation", Unicode(NAME), nullable=False), Column("os_user", Unicode(NAME), nullable=False)


id_map = _state_table(
    "id_map",
    *_erp_record(),
    Column("odyssee_id", Unicode(GUID), nullable=False),
    Column("updated_at", Unicode(TIME), nullable=False),
    PrimaryKeyConstraint("state_id", "entity", "erp_key"),
    Index(None, "state_id", "entity", "odyssee_id"),
)

snapshots = _state_table(
    "snapshots",
    *_erp_record(),
    Column("values_json", UnicodeText, nullable=False),
    Column("hash", Unicode(HASH), nullable=False),
    Column("pushed_at", Unicode(TIME), nullable=False),
    Column("odyssee_modified", Unicode(TIME)),
    # The ERP row the values came from, hashed as read (core.erp.reader.ErpRow.raw_hash): a plan
    # that finds it unchanged converts nothing. None for a row pushed before revision 0003.
    Column("raw_hash", Unicode(HASH)),
    PrimaryKeyConstraint("state_id", "entity", "erp_key"),
    # A plan's raw-hash look-up reads this index alone, never the rows with their values (a
    # third of its time). Unique, though the key alone already is: SQLite picks a unique index
    # whose every column is compared over a covering one that is not.
    Index(None, "state_id", "entity", "erp_key", "raw_hash", unique=True),
)

watermarks = _state_table(
    "watermarks",
    Column("stream", Unicode(NAME_OF), nullable=False),
    Column("value", Unicode(TIME), nullable=False),
    Column("seen_ids_json", UnicodeText, nullable=False),
    Column("updated_at", Unicode(TIME), nullable=False),
    PrimaryKeyConstraint("state_id", "stream"),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _state_id(),
    Column("kind", Unicode(NAME_OF), nullable=False),
    Column("started", Unicode(TIME), nullable=False),
    Column("finished", Unicode(TIME)),
    Column("status", Unicode(20)),
    Column("counts_json", UnicodeText, nullable=False),
    *_actor(),
    Index(None, "state_id", "kind", "id"),
)

journal = Table(
    "journal",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _state_id(),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("time", Unicode(TIME), nullable=False),
    Column("entity", Unicode(NAME_OF), nullable=False),
    Column("erp_key", Unicode(KEY)),
    Column("action", Unicode(NAME_OF), nullable=False),
    Column("before_json", UnicodeText),
    Column("after_json", UnicodeText),
    Column("approved_at", Unicode(TIME)),
    Column("result", Unicode(20), nullable=False),
    Column("http_status", Integer),
    Column("message", UnicodeText),
    *_actor(),
    Index(None, "state_id", "run_id"),
    Index(None, "state_id", "entity", "erp_key"),
)

downloads = _state_table(
    "downloads",
    Column("file_id", Unicode(GUID), nullable=False),
    # Relative to the profile's download folder, which each workstation may reach under another
    # name (a mapped drive, a share); absolute only in states carried over from before.
    Column("path", UnicodeText, nullable=False),
    Column("sha256", Unicode(HASH), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("downloaded_at", Unicode(TIME), nullable=False),
    Column("approval_id", Unicode(GUID)),
    PrimaryKeyConstraint("state_id", "file_id"),
    Index(None, "state_id", "approval_id"),
    Index(None, "state_id", "downloaded_at"),
)

push_intents = _state_table(
    "push_intents",
    *_erp_record(),
    Column("odyssee_id", Unicode(GUID), nullable=False),
    Column("run_id", Integer),
    Column("created_at", Unicode(TIME), nullable=False),
    PrimaryKeyConstraint("state_id", "entity", "erp_key"),
)

rejections = _state_table(
    "rejections",
    *_erp_record(),
    Column("hash", Unicode(HASH), nullable=False),
    Column("action", Unicode(NAME_OF), nullable=False),
    Column("erp_modified", Unicode(TIME)),
    Column("run_id", Integer),
    Column("rejected_at", Unicode(TIME), nullable=False),
    PrimaryKeyConstraint("state_id", "entity", "erp_key"),
)

leases = _state_table(
    "leases",
    Column("job", Unicode(20), nullable=False),
    # The fencing token: one more at every acquisition, never lower, kept when released.
    Column("token", BigInteger, nullable=False),
    Column("holder_id", Unicode(GUID)),  # None while nobody holds it
    *_actor(),
    Column("program", Unicode(NAME), nullable=False),
    Column("pid", Integer, nullable=False),
    Column("acquired_at", Unicode(TIME), nullable=False),  # for people: "since 10:02"
    Column("renewed_at", Float, nullable=False),  # seconds, the database server's clock
    Column("expires_at", Float, nullable=False),  # seconds, the database server's clock
    PrimaryKeyConstraint("state_id", "job"),
)

deliveries = _state_table(
    "deliveries",
    Column("stream", Unicode(NAME_OF), nullable=False),  # what kind of file: "outbox", "pdf"
    Column("item_id", Unicode(KEY), nullable=False),  # the approval or the file it delivers
    Column("path", UnicodeText, nullable=False),  # where it appears, relative to its folder
    Column("staged_path", UnicodeText, nullable=False),  # where it waits, relative likewise
    Column("sha256", Unicode(HASH), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("details_json", UnicodeText, nullable=False),
    Column("run_id", Integer),
    Column("created_at", Unicode(TIME), nullable=False),
    PrimaryKeyConstraint("state_id", "stream", "item_id"),
)

held_back = _state_table(
    "held_back",
    Column("stream", Unicode(NAME_OF), nullable=False),  # what kind of item: "job_approval"
    Column("item_id", Unicode(KEY), nullable=False),  # the approval (a lower-case GUID)
    Column("label", Unicode(NAME), nullable=False),  # how people know it (the job reference; '' if none)
    Column("odyssee_modified", Unicode(TIME), nullable=False),  # its modified_dateutc when last tried
    Column("reason", UnicodeText, nullable=False),  # in words, for the office
    Column("first_seen", Unicode(TIME), nullable=False),
    Column("last_seen", Unicode(TIME), nullable=False),
    Column("attempts", Integer, nullable=False),  # runs that tried it
    Column("run_id", Integer),  # the last of them
    PrimaryKeyConstraint("state_id", "stream", "item_id"),
)

STATE_TABLES = (
    id_map, snapshots, watermarks, runs, journal, downloads, push_intents, rejections, leases, deliveries, held_back,
)
