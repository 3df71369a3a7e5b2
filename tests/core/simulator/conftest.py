"""Fixtures of the simulator tests: simulators started on loopback and stopped after the test."""
from __future__ import annotations

from typing import Callable, Iterator

import httpx
import pytest

from core.simulator.server import Simulator
from tests.core.simulator.simulator_helpers import client_for, start_simulator


@pytest.fixture
def make_simulator() -> Iterator[Callable[..., Simulator]]:
    """Start simulators with any options; all are stopped after the test."""
    started: list[Simulator] = []

    def make(**options: object) -> Simulator:
        simulator = start_simulator(**options)
        started.append(simulator)
        return simulator

    yield make
    for simulator in reversed(started):
        simulator.stop()


@pytest.fixture
def simulator(make_simulator: Callable[..., Simulator]) -> Simulator:
    return make_simulator()


@pytest.fixture
def api(simulator: Simulator) -> Iterator[httpx.Client]:
    with client_for(simulator) as client:
        yield client
