"""Fixtures every test gets: a private ODYSSEE_SYNC_HOME and an in-memory keyring; and the
simulators a test asks for (``simulator``, ``make_simulator``)."""
from __future__ import annotations

import signal
import threading
from typing import Callable, Iterator

import keyring
import keyring.core
import pytest

from core.simulator.server import Simulator
from tests.helpers.simulator import simulator_factory
from tests.memory_keyring import MemoryKeyring


def pytest_configure(config):
    # A CI runner may start the tests with SIGINT ignored (as for a background job). The tests
    # that stand for a user's Ctrl-C need it delivered, here and in the programs they start.
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """All config, data, cache and log files of the test go under a fresh folder."""
    home = tmp_path / "odyssee-home"
    monkeypatch.setenv("ODYSSEE_SYNC_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    """The keyring backend of this test (request it to look at ``.entries``)."""
    backend = MemoryKeyring()
    # Swapping the module's backend (not keyring.set_keyring) puts back whatever was there,
    # without ever making keyring probe the real system keyring.
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    # Child processes started by tests must not reach the real keyring either.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return backend


POSTGRES_URL_VARIABLE = "ODYSSEE_TEST_POSTGRES_URL"


@pytest.fixture
def postgres_schema_url():
    """A state URL in a fresh PostgreSQL schema of its own (dropped after the test).

    Skips when no server is given (CI starts one and sets ODYSSEE_TEST_POSTGRES_URL).
    """
    import os
    import uuid

    from sqlalchemy import create_engine, text

    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_URL_VARIABLE} to a SQLAlchemy URL to run this")
    schema = f"state_test_{uuid.uuid4().hex[:10]}"
    yield f"{url}?schema={schema}"
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    engine.dispose()


@pytest.fixture
def simulator_options() -> dict[str, object]:
    """What every simulator of a test starts with, by ``simulator`` or ``make_simulator``.

    Nothing here: the simulator's own defaults. A test module or a folder's conftest.py
    overrides this fixture for its variant (its credentials, a page size, a ``populate``
    function that adds the rows its tests expect); see tests/helpers/simulator.py.
    """
    return {}


@pytest.fixture
def make_simulator(simulator_options: dict[str, object]) -> Iterator[Callable[..., Simulator]]:
    """``make_simulator(**options)``: a simulator started on loopback with ``simulator_options``
    updated by ``options`` (seed, scale, faults, pdf_delay, data_dir…); all stop after the test."""
    with simulator_factory(**simulator_options) as make:
        yield make


@pytest.fixture
def simulator(make_simulator: Callable[..., Simulator]) -> Simulator:
    """A simulator started on loopback with ``simulator_options``, stopped after the test."""
    return make_simulator()
