"""Simulators for the tests: each on a loopback port, stopped when the test is done with it.

``tests/conftest.py`` builds the ``make_simulator`` and ``simulator`` fixtures on these (and
``simulator_options``, the fixture a module or folder overrides for its variant); a simulator
shared by a whole module or session is a fixture of that scope around ``running_simulator``.
"""
from __future__ import annotations

from contextlib import ExitStack, contextmanager
from typing import Callable, Iterator

from core.simulator.server import Simulator

Populate = Callable[[Simulator], None]


def start_simulator(*, populate: Populate | None = None, **options: object) -> Simulator:
    """A started ``Simulator(**options)``; ``populate(simulator)`` then adds the rows a test needs."""
    simulator = Simulator(**options).start()  # type: ignore[arg-type]
    if populate is not None:
        try:
            populate(simulator)
        except BaseException:
            simulator.stop()
            raise
    return simulator


@contextmanager
def running_simulator(**options: object) -> Iterator[Simulator]:
    """A simulator started with ``options`` (see ``start_simulator``), stopped on leaving."""
    simulator = start_simulator(**options)  # type: ignore[arg-type]
    try:
        yield simulator
    finally:
        simulator.stop()


@contextmanager
def simulator_factory(**defaults: object) -> Iterator[Callable[..., Simulator]]:
    """``make(**options)`` starts a simulator with ``defaults`` updated by ``options``; all stop on
    leaving, the last started first."""
    with ExitStack() as stack:

        def make(**options: object) -> Simulator:
            return stack.enter_context(running_simulator(**{**defaults, **options}))

        yield make
