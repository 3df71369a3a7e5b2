"""The main window: navigation built from the page list, status bar, remembered layout, one
instance per profile, and `odyssee-sync` without a command opening the window."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from core.cli import EXIT_FAILED, main
from gui import app as gui_app
from gui.pages import PAGES
from gui.session import ProfileLock, lock_path
from tests.helpers.gui import DEMO_PROFILE
from tests.helpers.waiting import wait_until

ROOT = Path(__file__).resolve().parents[2]


def test_the_navigation_lists_every_page_and_switches_the_stack(qtbot, window):
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == [spec.title for spec in PAGES]
    assert titles[:2] == ["Overview", "Browse Odyssee"] and "Settings" in titles
    for row, spec in enumerate(PAGES):
        window.navigation.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[spec.key]


def test_the_status_bar_shows_profile_and_connection(qtbot, demo_window):
    qtbot.waitUntil(lambda: demo_window.connection is not None, timeout=5000)
    assert demo_window.profile_label.text() == f"Profile: {DEMO_PROFILE}"
    assert "Connected" in demo_window.connection_label.text()
    assert demo_window.windowTitle() == "Odyssee Sync Assistant"


def test_the_demo_marker_is_visible(qtbot, runner):
    from gui.main_window import DemoInfo, MainWindow

    window = MainWindow(runner, demo=DemoInfo("http://127.0.0.1:1/api"))
    qtbot.addWidget(window)
    window.show()
    assert window.demo_badge.isVisible() and window.demo_badge.text() == "DEMO"
    assert window.windowTitle().endswith("Demo")


def test_a_passing_message_never_covers_the_demo_and_connection_marks(qtbot, runner):
    from gui.main_window import DemoInfo, MainWindow
    from gui.tray import NOTIFICATION_MS

    window = MainWindow(runner, demo=DemoInfo("http://127.0.0.1:1/api"))
    qtbot.addWidget(window)
    window.show()
    window.connection_label.setText("Connected")
    marks = (window.demo_status, window.profile_label, window.connection_label, window.poll_label)
    assert all(mark.isVisible() for mark in marks)
    window.statusBar().showMessage("The PDF poll failed: Odyssee did not answer within 30 seconds.", 5000)
    assert window.statusBar().currentMessage().startswith("The PDF poll failed")
    assert all(mark.isVisible() for mark in marks)
    assert all(mark.x() > window.width() // 3 for mark in marks)  # on the right; the message on the left
    assert NOTIFICATION_MS <= 5000  # a tray balloon is gone after a few seconds


def test_window_size_and_splitter_are_remembered_in_an_ini_file(qtbot, runner, isolated_home):
    from gui.main_window import MainWindow
    from gui.ui_state import FILE_NAME

    first = MainWindow(runner)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 640)
    first.splitter.setSizes([175, 605])
    remembered = first.splitter.sizes()
    assert remembered[0] != 200  # not the default
    first.close()
    assert (isolated_home / "config" / FILE_NAME).is_file()

    second = MainWindow(runner)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == QSize(780, 640)  # within the offscreen screen (800x800)
    assert second.splitter.sizes() == remembered


def test_a_second_launch_for_an_open_profile_says_so_and_exits(qtbot, demo_profile, monkeypatch):
    told = []
    monkeypatch.setattr(gui_app, "show_already_open", told.append)
    first = ProfileLock(DEMO_PROFILE)
    assert first.acquire()
    try:
        assert gui_app.run_gui(DEMO_PROFILE) == EXIT_FAILED
    finally:
        first.release()
    assert told == [DEMO_PROFILE]
    assert lock_path(DEMO_PROFILE).parent.name == "cache"


def test_a_stale_lock_of_a_crashed_instance_is_taken_over(demo_profile):
    crashed = (
        "import os\n"
        "from gui.session import ProfileLock\n"
        f"lock = ProfileLock({DEMO_PROFILE!r})\n"
        "assert lock.acquire()\n"
        "os._exit(0)  # gone without unlocking, like a crash\n"
    )
    subprocess.run([sys.executable, "-c", crashed], check=True, timeout=60, cwd=ROOT)
    assert lock_path(DEMO_PROFILE).exists()
    lock = ProfileLock(DEMO_PROFILE)
    assert lock.acquire()
    lock.release()


def test_no_command_opens_the_window(monkeypatch):
    opened = []
    monkeypatch.setattr(gui_app, "run_gui", lambda profile=None, language=None: opened.append((profile, language)) or 0)
    assert main([]) == 0
    assert main(["gui", "--profile", "Prod"]) == 0
    assert main(["gui", "--lang", "NL"]) == 0
    assert opened == [(None, None), ("Prod", None), (None, "nl")]


def test_without_a_display_the_command_says_so(monkeypatch, capsys):
    from core.cli import gui as gui_command

    monkeypatch.setattr(gui_command.sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert main(["gui"]) == EXIT_FAILED
    assert "no display found" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM to a child process is POSIX")
def test_sigterm_closes_the_window_like_quit(tmp_path):
    """A logout or a service manager's stop ends the GUI cleanly: no traceback, exit code 0."""
    env = {
        **os.environ,
        "ODYSSEE_SYNC_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "core", "gui"], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    log = tmp_path / "home" / "logs" / "odyssee-sync.log"
    wait_until(
        lambda: process.poll() is not None or (log.exists() and "The main window is open." in log.read_text(encoding="utf-8")),
        what="the window's opening",
    )
    assert process.poll() is None, process.stderr.read()
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Traceback" not in err
