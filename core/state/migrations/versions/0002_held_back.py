"""Held back: the items a run could not do (a job approval whose job is missing in Odyssee, one
the ERP refused), with the reason, first and last seen and the attempts. Written down, they no
longer hold the export's watermark, and every run tries them again until they are done.

A new table only: SQLite creates it like any other dialect, without Alembic's batch mode (which
rebuilds a table to alter it).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-08
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TIME = sa.Unicode(length=24)
NAME = sa.Unicode(length=255)
NAME_OF = sa.Unicode(length=100)
KEY = sa.Unicode(length=255)


def upgrade() -> None:
    op.create_table(
        "held_back",
        sa.Column("state_id", sa.Integer(), nullable=False),
        sa.Column("stream", NAME_OF, nullable=False),
        sa.Column("item_id", KEY, nullable=False),
        sa.Column("label", NAME, nullable=False),
        sa.Column("odyssee_modified", TIME, nullable=False),
        sa.Column("reason", sa.UnicodeText(), nullable=False),
        sa.Column("first_seen", TIME, nullable=False),
        sa.Column("last_seen", TIME, nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["state_id"], ["states.id"], name=op.f("fk_held_back_state_id_states")),
        sa.PrimaryKeyConstraint("state_id", "stream", "item_id", name=op.f("pk_held_back")),
    )


def downgrade() -> None:
    op.drop_table("held_back")
