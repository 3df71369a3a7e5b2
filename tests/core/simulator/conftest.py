"""Fixtures of the simulator tests: their simulators' credentials, and a raw httpx client."""
from __future__ import annotations

from typing import Iterator

import httpx
import pytest

from core.simulator.server import Simulator
from tests.helpers.simulator_http import CREDENTIALS, client_for


@pytest.fixture
def simulator_options() -> dict[str, object]:
    """Every simulator here (``simulator``, ``make_simulator``) signs in with ``CREDENTIALS``."""
    return dict(CREDENTIALS)


@pytest.fixture
def api(simulator: Simulator) -> Iterator[httpx.Client]:
    with client_for(simulator) as client:
        yield client
