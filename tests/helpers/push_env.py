"""A push environment: a demo ERP (SQLite, or PostgreSQL when ODYSSEE_TEST_POSTGRES_URL is set),
a running simulator, a client and the state store, for the plan and push tests.

The ``env`` fixture (tests/core/sync/conftest.py) is one on SQLite, dropped after the test.
"""
from __future__ import annotations

import os
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import MetaData, create_engine, insert, text

import resources
from core.erp.demo import INVALID_ROWS, create_demo_erp, sqlite_url
from core.erp.mapping import Mapping
from core.erp.reader import ErpReader
from core.odata import OdysseeClient, RetryPolicy
from core.odyssee.values import format_datetime
from core.simulator.server import Simulator
from core.state import Store
from core.sync.plan import INVALID, Plan, build_plan
from core.sync.push import PushResult, push
from tests.helpers.simulator import start_simulator

POSTGRES_URL_VARIABLE = "ODYSSEE_TEST_POSTGRES_URL"
CUSTOMERS = 30
FAST_RETRY = RetryPolicy(max_attempts=6, base_delay=0.01, max_delay=0.05)
# Where the demo ERP's tables go in Odyssee (table -> entity set, the ERP key's Odyssee field).
TABLES = dict(
    article_category=("ArticleCategory", "code"),
    site_type=("ProjectType", "code"),
    employee=("User", "code"),
    customer=("Company", "code"),
    site=("Project", "reference_back_office"),
    article=("Article", "code"),
)


@dataclass
class PushEnv:
    erp_url: str
    engine: object  # SQLAlchemy engine of the ERP
    schema: str | None
    simulator: Simulator
    client: OdysseeClient
    store: Store
    reader: ErpReader

    def plan(self, **options) -> Plan:
        return build_plan(self.reader, self.client, self.store, **options)

    def push(self, plan: Plan, **options) -> PushResult:
        return push(plan, self.client, self.store, **options)

    def table(self, name: str) -> str:
        return f'"{self.schema}".{name}' if self.schema else name

    def erp(self, sql: str, **params) -> None:
        """Run an UPDATE on the ERP; PostgreSQL has no triggers, so the stamp is set here."""
        statement = sql
        if self.schema:
            statement = statement.replace(" SET ", " SET last_modification = :now_stamp, ", 1)
            params["now_stamp"] = format_datetime(datetime.now(timezone.utc))
            for table_name in TABLES:
                statement = statement.replace(f"UPDATE {table_name} ", f"UPDATE {self.table(table_name)} ")
        with self.engine.begin() as connection:
            connection.execute(text(statement), params)

    def erp_keys(self, table_name: str, *, valid_only: bool = True) -> set[str]:
        invalid = {row.code for row in INVALID_ROWS}
        clause = " WHERE active = 1" if table_name == "customer" else ""
        with self.engine.connect() as connection:
            keys = {row[0] for row in connection.execute(text(f"SELECT code FROM {self.table(table_name)}{clause}"))}
        return keys - invalid if valid_only else keys

    def odyssee_keys(self, entity: str, key_field: str = "code") -> Counter:
        return Counter(row[key_field] for row in self.simulator.storage.rows(entity))

    def odyssee_row(self, entity: str, key: str, key_field: str = "code") -> dict:
        return self.simulator.storage.find_by(entity, key_field, key)

    def close(self) -> None:
        self.store.close()
        self.client.close()
        self.reader.close()
        self.simulator.stop()


def _postgres_copy(demo: Path) -> tuple[object, str, str]:
    """The demo ERP copied into a fresh PostgreSQL schema: (engine, schema, URL)."""
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_URL_VARIABLE} to a SQLAlchemy URL to run these")
    engine = create_engine(url)
    schema = f"push_test_{uuid.uuid4().hex[:10]}"
    source = create_engine(sqlite_url(demo))
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        connection.execute(text(f'SET search_path TO "{schema}"'))
        schema_sql = "\n".join(line.split("--")[0] for line in resources.read_text("demo_erp", "schema.sql").splitlines())
        # PostgreSQL refuses 'on request' in a NUMERIC column; keep the price as text, as some ERPs do.
        schema_sql = schema_sql.replace("price NUMERIC,", "price TEXT,", 1)
        for statement in schema_sql.split(";"):
            if statement.strip():
                connection.execute(text(statement))
        metadata = MetaData(schema=schema)
        metadata.reflect(connection)
        with source.connect() as reading:
            for table_name in TABLES:
                rows = [dict(row._mapping) for row in reading.execute(text(f"SELECT * FROM {table_name}"))]
                connection.execute(insert(metadata.tables[f"{schema}.{table_name}"]), rows)
    source.dispose()
    return engine, schema, url


def make_env(tmp_path: Path, *, database: str = "sqlite", customers: int = CUSTOMERS, retry: RetryPolicy | None = None, **simulator_options) -> PushEnv:
    demo = create_demo_erp(tmp_path / "erp.sqlite3", customers=customers)
    if database == "sqlite":
        engine, schema, url = create_engine(sqlite_url(demo)), None, sqlite_url(demo)
        mapping = Mapping.default()
    else:
        engine, schema, url = _postgres_copy(demo)
        mapping_text = resources.read_text("mappings", "default.toml")
        for table_name in TABLES:
            mapping_text = mapping_text.replace(f'table = "{table_name}"', f'table = "{schema}.{table_name}"')
        mapping = Mapping.parse(mapping_text)
    simulator = start_simulator(**simulator_options)
    client = OdysseeClient(simulator.base_url, auth_header=simulator.authorization, retry=retry)
    store = Store(tmp_path / "state.sqlite3")
    reader = ErpReader(engine, mapping)
    return PushEnv(url, engine, schema, simulator, client, store, reader)


def drop_env(env: PushEnv) -> None:
    env.close()
    if env.schema:
        with env.engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{env.schema}" CASCADE'))
    env.engine.dispose()


def by_action(plan: Plan, action: str, entity: str | None = None) -> dict[str, object]:
    return {c.erp_key: c for c in plan.changes if c.action == action and (entity is None or c.entity == entity)}


def pushed_env(env: PushEnv) -> PushEnv:
    """The environment after a first full push of the demo ERP."""
    result = env.push(env.plan())
    assert result.status == "ok", [o for o in result.outcomes if o.status != "ok" and o.action != INVALID]
    return env
