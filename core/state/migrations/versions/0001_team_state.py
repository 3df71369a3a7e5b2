"""The state of team mode: states keyed by tenant and ERP, leases with fencing tokens, file
deliveries, and who ran each run and wrote each journal row.

A revision is history: it never changes once released, even when ``core/state/tables.py`` does
(the next change is a new revision). SQLite files from before team mode are not upgraded from
here but carried over by ``core.state.schema``.

Revision ID: 0001
Revises:
Create Date: 2026-12-01
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TIME = sa.Unicode(length=24)
GUID = sa.Unicode(length=36)
HASH = sa.Unicode(length=64)
NAME = sa.Unicode(length=255)
NAME_OF = sa.Unicode(length=100)
KEY = sa.Unicode(length=255)


def _state_table(name: str, *columns, primary_key: tuple[str, ...], **options) -> None:
    op.create_table(
        name,
        sa.Column("state_id", sa.Integer(), nullable=False),
        *columns,
        sa.ForeignKeyConstraint(["state_id"], ["states.id"], name=op.f(f"fk_{name}_state_id_states")),
        sa.PrimaryKeyConstraint(*primary_key, name=op.f(f"pk_{name}")),
        **options,
    )


def _index(table: str, *columns: str) -> None:
    op.create_index(op.f(f"ix_{table}_{'_'.join(columns)}"), table, list(columns), unique=False)


def upgrade() -> None:
    op.create_table(
        "states",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("key_hash", HASH, nullable=False),
        sa.Column("key", sa.UnicodeText(), nullable=False),
        sa.Column("tenant", sa.UnicodeText(), nullable=False),
        sa.Column("erp", sa.UnicodeText(), nullable=False),
        sa.Column("history_id", GUID, nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("created_on", NAME, nullable=False),
        sa.Column("created_by", NAME, nullable=False),
        sa.Column("moved_to", sa.UnicodeText(), nullable=True),
        sa.Column("moved_at", TIME, nullable=True),
        sa.Column("moved_counts_json", sa.UnicodeText(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_states")),
        sa.UniqueConstraint("key_hash", name=op.f("uq_states_key_hash")),
    )
    _state_table(
        "id_map",
        sa.Column("entity", NAME_OF, nullable=False),
        sa.Column("erp_key", KEY, nullable=False),
        sa.Column("odyssee_id", GUID, nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        primary_key=("state_id", "entity", "erp_key"),
    )
    _index("id_map", "state_id", "entity", "odyssee_id")
    _state_table(
        "snapshots",
        sa.Column("entity", NAME_OF, nullable=False),
        sa.Column("erp_key", KEY, nullable=False),
        sa.Column("values_json", sa.UnicodeText(), nullable=False),
        sa.Column("hash", HASH, nullable=False),
        sa.Column("pushed_at", TIME, nullable=False),
        sa.Column("odyssee_modified", TIME, nullable=True),
        primary_key=("state_id", "entity", "erp_key"),
    )
    _state_table(
        "watermarks",
        sa.Column("stream", NAME_OF, nullable=False),
        sa.Column("value", TIME, nullable=False),
        sa.Column("seen_ids_json", sa.UnicodeText(), nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        primary_key=("state_id", "stream"),
    )
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("state_id", sa.Integer(), nullable=False),
        sa.Column("kind", NAME_OF, nullable=False),
        sa.Column("started", TIME, nullable=False),
        sa.Column("finished", TIME, nullable=True),
        sa.Column("status", sa.Unicode(length=20), nullable=True),
        sa.Column("counts_json", sa.UnicodeText(), nullable=False),
        sa.Column("workstation", NAME, nullable=False),
        sa.Column("os_user", NAME, nullable=False),
        sa.ForeignKeyConstraint(["state_id"], ["states.id"], name=op.f("fk_runs_state_id_states")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_runs")),
    )
    _index("runs", "state_id", "kind", "id")
    op.create_table(
        "journal",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("state_id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("time", TIME, nullable=False),
        sa.Column("entity", NAME_OF, nullable=False),
        sa.Column("erp_key", KEY, nullable=True),
        sa.Column("action", NAME_OF, nullable=False),
        sa.Column("before_json", sa.UnicodeText(), nullable=True),
        sa.Column("after_json", sa.UnicodeText(), nullable=True),
        sa.Column("approved_at", TIME, nullable=True),
        sa.Column("result", sa.Unicode(length=20), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("message", sa.UnicodeText(), nullable=True),
        sa.Column("workstation", NAME, nullable=False),
        sa.Column("os_user", NAME, nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name=op.f("fk_journal_run_id_runs")),
        sa.ForeignKeyConstraint(["state_id"], ["states.id"], name=op.f("fk_journal_state_id_states")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal")),
    )
    _index("journal", "state_id", "run_id")
    _index("journal", "state_id", "entity", "erp_key")
    _state_table(
        "downloads",
        sa.Column("file_id", GUID, nullable=False),
        sa.Column("path", sa.UnicodeText(), nullable=False),
        sa.Column("sha256", HASH, nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("downloaded_at", TIME, nullable=False),
        sa.Column("approval_id", GUID, nullable=True),
        primary_key=("state_id", "file_id"),
    )
    _index("downloads", "state_id", "approval_id")
    _index("downloads", "state_id", "downloaded_at")
    _state_table(
        "push_intents",
        sa.Column("entity", NAME_OF, nullable=False),
        sa.Column("erp_key", KEY, nullable=False),
        sa.Column("odyssee_id", GUID, nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("created_at", TIME, nullable=False),
        primary_key=("state_id", "entity", "erp_key"),
    )
    _state_table(
        "rejections",
        sa.Column("entity", NAME_OF, nullable=False),
        sa.Column("erp_key", KEY, nullable=False),
        sa.Column("hash", HASH, nullable=False),
        sa.Column("action", NAME_OF, nullable=False),
        sa.Column("erp_modified", TIME, nullable=True),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("rejected_at", TIME, nullable=False),
        primary_key=("state_id", "entity", "erp_key"),
    )
    _state_table(
        "leases",
        sa.Column("job", sa.Unicode(length=20), nullable=False),
        sa.Column("token", sa.BigInteger(), nullable=False),
        sa.Column("holder_id", GUID, nullable=True),
        sa.Column("workstation", NAME, nullable=False),
        sa.Column("os_user", NAME, nullable=False),
        sa.Column("program", NAME, nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("acquired_at", TIME, nullable=False),
        sa.Column("renewed_at", sa.Float(), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False),
        primary_key=("state_id", "job"),
    )
    _state_table(
        "deliveries",
        sa.Column("stream", NAME_OF, nullable=False),
        sa.Column("item_id", KEY, nullable=False),
        sa.Column("path", sa.UnicodeText(), nullable=False),
        sa.Column("staged_path", sa.UnicodeText(), nullable=False),
        sa.Column("sha256", HASH, nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("details_json", sa.UnicodeText(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("created_at", TIME, nullable=False),
        primary_key=("state_id", "stream", "item_id"),
    )


def downgrade() -> None:
    for name in (
        "deliveries", "leases", "rejections", "push_intents", "downloads", "journal", "runs", "watermarks",
        "snapshots", "id_map", "states",
    ):
        op.drop_table(name)
