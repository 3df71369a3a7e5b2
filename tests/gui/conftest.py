"""GUI test fixtures: offscreen Qt, a demo Odyssee on loopback, a Demo profile, a main window.

QT_QPA_PLATFORM is set before anything imports Qt's GUI modules, so the tests never need a
display (CI runs them headless). The simulator is shared by the GUI tests (they only read from
it); a test that changes data or faults starts its own.
"""
from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from typing import Iterator  # noqa: E402

import pytest  # noqa: E402

from core import credentials  # noqa: E402
from core.settings import Profile, Settings  # noqa: E402
from core.simulator.server import Simulator  # noqa: E402

DEMO_PROFILE = "Demo"
PASSWORD = "s3cret:with@signs"
PAGE_SIZE = 10  # small pages, so a few dozen rows already take several fetchMore rounds


@pytest.fixture(scope="session")
def demo_simulator() -> Iterator[Simulator]:
    simulator = Simulator(seed="demo", scale=30, page_size=PAGE_SIZE, domain="DEMO", username="api", password=PASSWORD)
    simulator.start()
    yield simulator
    simulator.stop()


def make_profile(simulator: Simulator, name: str = DEMO_PROFILE, *, secret: str | None = PASSWORD) -> Profile:
    """A saved profile pointing at ``simulator``, its secret in the (test) keyring."""
    settings = Settings.load()
    profile = settings.add(
        Profile(name=name, base_url=simulator.base_url, domain=simulator.domain, username=simulator.username),
        replace=True,
    )
    settings.save()
    if secret is not None:
        credentials.store_secret(profile, secret)
    return profile


@pytest.fixture
def demo_profile(demo_simulator, memory_keyring) -> Profile:
    return make_profile(demo_simulator)


@pytest.fixture
def runner(qapp):
    from gui.tasks import TaskRunner

    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown(10_000)
    task_runner.deleteLater()


@pytest.fixture
def window(qtbot, runner):
    """A main window without a profile yet."""
    from gui.app import application
    from gui.main_window import MainWindow

    application()
    main_window = MainWindow(runner)
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window
    runner.cancel_all()
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=10_000)
    session, main_window.session = main_window.session, None
    if session is not None:
        session.retire()


def open_profile(qtbot, main_window, name: str = DEMO_PROFILE):
    main_window.open_profile(name)
    qtbot.waitUntil(lambda: main_window.session is not None and main_window.session.name == name, timeout=10_000)
    return main_window.session


@pytest.fixture
def demo_window(qtbot, window, demo_profile):
    """The main window with the Demo profile open."""
    open_profile(qtbot, window)
    return window


def wait_idle(qtbot, page, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=timeout)


# The sync pages' fixtures (a simulator, a demo ERP, a profile using both), for every GUI test.
# Imported last: they build on the helpers above.
from tests.gui.sync_fixtures import download_dir, erp_path, sync_profile, sync_simulator, sync_window  # noqa: E402,F401
