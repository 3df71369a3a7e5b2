"""An index that answers a plan's raw-hash look-up alone: (state_id, entity, erp_key, raw_hash),
so a plan of unchanged rows never reads the snapshot rows with their values.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0004"
down_revision: Union[str, Sequence[str], None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

NAME = "ix_snapshots_state_id_entity_erp_key_raw_hash"


def _schema() -> str | None:
    return op.get_context().version_table_schema


def upgrade() -> None:
    op.create_index(NAME, "snapshots", ["state_id", "entity", "erp_key", "raw_hash"], unique=True, schema=_schema())


def downgrade() -> None:
    op.drop_index(NAME, table_name="snapshots", schema=_schema())
