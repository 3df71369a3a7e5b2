"""Fixtures of the engine tests: the export tests' simulator (a small tenant), its client, a
state store and a demo ERP; the push tests' environment."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from core.erp.demo import create_demo_erp
from core.state import Store
from tests.helpers.completed_work import add_small_tenant, client_for
from tests.helpers.push_env import PushEnv, drop_env, make_env


@pytest.fixture
def simulator_options() -> dict[str, object]:
    """The simulators here have the small tenant completed work needs (its codes, a site)."""
    return {"populate": add_small_tenant}


@pytest.fixture
def erp(tmp_path) -> Path:
    return create_demo_erp(tmp_path / "erp.db", customers=0)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "state.sqlite3") as store:
        yield store


@pytest.fixture
def client(simulator):
    with client_for(simulator) as client:
        yield client


@pytest.fixture
def env(tmp_path) -> Iterator[PushEnv]:
    environment = make_env(tmp_path)
    yield environment
    drop_env(environment)
