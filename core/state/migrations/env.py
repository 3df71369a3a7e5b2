"""Alembic's entry point for the state database; :func:`core.state.schema.ensure_schema` runs it
on a connection it already holds (inside its transaction and its upgrade lock)."""
from __future__ import annotations

from alembic import context

from core.state.tables import metadata

connection = context.config.attributes["connection"]
schema = context.config.attributes.get("schema")
context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table_schema=schema,
    # SQLite cannot alter a column or a constraint in place: Alembic rebuilds the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    # The caller holds one transaction around everything (on SQLite too: see core.state.store).
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
