"""Alembic revisions of the state database (:mod:`core.state.schema` runs them)."""
