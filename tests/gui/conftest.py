"""GUI test fixtures: offscreen Qt, a demo Odyssee on loopback, a Demo profile, a main window;
and for the sync pages (Pending pushes, Completed work, Job approval PDFs, the tray) a simulator,
a demo ERP and a profile using both.

QT_QPA_PLATFORM is set before anything imports Qt's GUI modules, so the tests never need a
display (CI runs them headless). The demo simulator is shared by the GUI tests (they only read
from it); a test that changes data or faults starts its own.

The sync pages' tests write — to Odyssee (a push), to the ERP (an export), to a download folder
— so each gets its own small demo Odyssee and its own demo ERP (20 customers plus the rows that
are wrong on purpose), and a profile pointing at both. Polling is paused: a test decides what
runs.
"""
from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path  # noqa: E402
from typing import Iterator  # noqa: E402

import pytest  # noqa: E402

from core.erp.demo import create_demo_erp  # noqa: E402
from core.settings import Profile  # noqa: E402
from core.simulator.server import Simulator  # noqa: E402
from tests.helpers.gui import (  # noqa: E402
    ERP_CUSTOMERS,
    PAGE_SIZE,
    PASSWORD,
    SYNC_PROFILE,
    make_profile,
    open_profile,
    save_profile,
)
from tests.helpers.simulator import running_simulator  # noqa: E402


@pytest.fixture(scope="session")
def demo_simulator() -> Iterator[Simulator]:
    with running_simulator(seed="demo", scale=30, page_size=PAGE_SIZE, domain="DEMO", username="api", password=PASSWORD) as simulator:
        yield simulator


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
def window_language() -> str | None:
    """The language the ``window`` fixture's window speaks: None, English (with its plural forms,
    as ``application()`` installs it); a test sets it with
    ``@pytest.mark.parametrize("window_language", ["fr"])``."""
    return None


@pytest.fixture
def window(qtbot, runner, window_language):
    """A main window without a profile yet (in ``window_language``, when one is given)."""
    from gui.app import application
    from gui.i18n import install_language, uninstall_language
    from gui.main_window import MainWindow

    application()
    if window_language is not None:
        install_language(window_language)
    main_window = MainWindow(runner)
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window
    runner.cancel_all()
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=10_000)
    session, main_window.session = main_window.session, None
    if session is not None:
        session.retire()
    if window_language is not None:
        uninstall_language()  # the next test reads English again, in the system's locale


@pytest.fixture
def demo_window(qtbot, window, demo_profile):
    """The main window with the Demo profile open."""
    open_profile(qtbot, window)
    return window


@pytest.fixture
def sync_simulator(make_simulator) -> Simulator:
    return make_simulator(seed="demo", scale=8, page_size=PAGE_SIZE, domain="DEMO", username="api", password=PASSWORD)


@pytest.fixture
def erp_path(tmp_path) -> Path:
    path = tmp_path / "erp.sqlite3"
    create_demo_erp(path, customers=ERP_CUSTOMERS)
    return path


@pytest.fixture
def download_dir(tmp_path) -> Path:
    return tmp_path / "job-approval-pdfs"


@pytest.fixture
def sync_profile(sync_simulator, erp_path, download_dir) -> Profile:
    return save_profile(sync_simulator, erp_path, download_dir)


@pytest.fixture
def sync_window(qtbot, window, sync_profile):
    """The main window on the Office profile, its background polls paused."""
    window.poller.set_paused(True)
    open_profile(qtbot, window, SYNC_PROFILE)
    return window
