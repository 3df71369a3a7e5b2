"""Raw hashes: beside each snapshot, a hash of the ERP row exactly as the database gave it (the
columns the mapping reads, and the mapping itself). A plan compares it first, so an unchanged row
is recognised without converting or normalising a single value; a row pushed before this revision
has none and is compared the full way once, which writes its raw hash down.

A nullable column added: SQLite's ALTER TABLE ADD COLUMN does it without Alembic's batch mode.
ALTER TABLE names its table itself, so it is told the state's schema (a new table gets it from the
connection's schema translation).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

HASH = sa.Unicode(length=64)


def _schema() -> str | None:
    return op.get_context().version_table_schema


def upgrade() -> None:
    op.add_column("snapshots", sa.Column("raw_hash", HASH, nullable=True), schema=_schema())


def downgrade() -> None:
    with op.batch_alter_table("snapshots", schema=_schema()) as batch:
        batch.drop_column("raw_hash")
