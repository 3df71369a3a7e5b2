"""Background polling and the tray: PDFs downloaded as they come, completed work exported only when
the profile allows it, never two polls of a kind at once, news that never takes the focus, Pause
and Quit. Offscreen there is no system tray, so the polling is tested on its own and the news goes
to the status bar."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from core.sync.progress import RunControl
from gui.polling import COMPLETED, PDFS, poll_completed
from gui.session import TaskContext, open_session
from tests.helpers.erp import erp_count
from tests.helpers.gui import SYNC_PROFILE, approval_pdfs, final_approvals, open_profile, save_profile, wait_idle


def start_polling(qtbot, window, kind: str) -> None:
    """Unpause with a first poll at once, and wait for that poll to end."""
    poller = window.poller
    poller.first_delay_s = 0.01
    with qtbot.waitSignal(poller.polled, timeout=20_000, check_params_cb=lambda name, _outcome: name == kind):
        poller.set_paused(False)


def test_a_poll_downloads_new_pdfs_and_tells_without_taking_the_focus(qtbot, sync_window, sync_simulator, download_dir):
    window = sync_window
    active_before = QApplication.activeWindow()
    assert window.tray.icon is None  # offscreen: no system tray, the news goes to the status bar
    start_polling(qtbot, window, PDFS)
    files = approval_pdfs(sync_simulator)
    assert len([path for path in Path(download_dir).rglob("*.pdf")]) == len(files)
    expected = f"{len(files)} new job approval PDFs downloaded"
    assert window.tray.messages == [expected]
    assert window.statusBar().currentMessage() == expected
    assert QApplication.activeWindow() is active_before
    assert window.last_poll is not None and window.poll_label.text().startswith("Last poll: ")
    assert window.poller.scheduled(PDFS)  # the next one at the profile's interval

    window.poller.poll_now(PDFS)
    qtbot.waitUntil(lambda: not window.poller.is_polling(PDFS), timeout=20_000)
    assert window.tray.messages == [expected]  # nothing new: no news
    assert window.poller.last_outcome[PDFS].message == "no new PDFs"


@pytest.mark.parametrize("window_language", ["fr"])
def test_a_polls_news_reads_in_the_windows_language(qtbot, sync_window, sync_simulator, download_dir, window_language):
    window = sync_window
    start_polling(qtbot, window, PDFS)
    expected = f"{len(approval_pdfs(sync_simulator))} nouveaux PDF de bons d'intervention téléchargés"
    assert window.tray.messages == [expected] and window.statusBar().currentMessage() == expected
    window.poller.poll_now(PDFS)
    qtbot.waitUntil(lambda: not window.poller.is_polling(PDFS), timeout=20_000)
    assert window.poller.last_outcome[PDFS].message == "aucun nouveau PDF"


def test_never_two_polls_of_one_kind_at_once(qtbot, sync_window, sync_simulator):
    poller = sync_window.poller
    sync_simulator.faults.update(latency_ms=60)
    try:
        assert poller.poll_now(PDFS) == [PDFS]
        assert poller.poll_now(PDFS) == []
        assert poller.poll_now() == [COMPLETED]  # the other kind may run meanwhile
        assert sync_window.runner.active_count(poller) == 2
    finally:
        sync_simulator.faults.update(latency_ms=0)
    qtbot.waitUntil(lambda: not poller.is_polling(), timeout=20_000)


def test_completed_work_is_only_counted_unless_auto_export_is_on(qtbot, sync_window, sync_simulator, erp_path):
    window = sync_window
    start_polling(qtbot, window, COMPLETED)
    ready = len(final_approvals(sync_simulator))
    assert window.poller.last_outcome[COMPLETED].count == ready
    assert erp_count(erp_path, "work_order") == 0
    assert not [message for message in window.tray.messages if "ERP" in message]  # the first count is no news

    sync_simulator.activity.tick()  # a technician finishes a job
    with qtbot.waitSignal(window.poller.polled, timeout=20_000, check_params_cb=lambda kind, _o: kind == COMPLETED):
        window.poller.poll_now(COMPLETED)
    assert window.tray.messages[-1] == f"1 new completed job approval: {ready + 1} not in the ERP yet"
    # The same number as the Overview's card and the Completed work page (one count, three places).
    assert window.pages["overview"].cards["ready_work"].number.text() == str(ready + 1)
    assert erp_count(erp_path, "work_order") == 0


def test_with_auto_export_a_poll_writes_the_work_to_the_erp(qtbot, window, sync_simulator, erp_path, download_dir):
    save_profile(sync_simulator, erp_path, download_dir, auto_export=True)
    window.poller.set_paused(True)
    open_profile(qtbot, window, SYNC_PROFILE)
    start_polling(qtbot, window, COMPLETED)
    ready = len(final_approvals(sync_simulator))
    assert erp_count(erp_path, "work_order") == ready
    assert f"{ready} completed job approvals exported to the ERP" in window.tray.messages
    assert window.poller.last_outcome[COMPLETED].changed


def test_pause_and_quit_are_in_the_tray_menu(qtbot, sync_window):
    tray = sync_window.tray
    poller = sync_window.poller
    texts = [action.text() for action in tray.menu.actions() if not action.isSeparator()]
    assert "Pause polling" in texts and "Quit" in texts
    poller.first_delay_s = 60
    tray.pause_action.setChecked(False)
    assert not poller.paused and poller.scheduled(PDFS) and poller.scheduled(COMPLETED)
    tray.pause_action.setChecked(True)
    assert poller.paused and not poller.scheduled(PDFS) and not poller.scheduled(COMPLETED)
    assert poller.poll_now() == [PDFS, COMPLETED]  # "check now" still works while paused
    wait_idle(qtbot, sync_window.pages["pdfs"])
    qtbot.waitUntil(lambda: not poller.is_polling(), timeout=20_000)
    assert not poller.scheduled(PDFS)  # and does not restart the timers
    tray.quit_requested.disconnect(sync_window.quit_application)
    with qtbot.waitSignal(tray.quit_requested, timeout=10_000):
        tray.quit_action.trigger()


def test_a_profile_without_folders_is_not_polled(qtbot, demo_window):
    poller = demo_window.poller
    poller.set_paused(False)
    assert not poller.enabled(PDFS) and not poller.enabled(COMPLETED)
    assert not poller.scheduled(PDFS) and not poller.scheduled(COMPLETED)
    assert poller.poll_now() == []


def test_poll_functions_run_without_a_window(sync_profile, sync_simulator):
    session = open_session(SYNC_PROFILE)
    try:
        outcome = poll_completed(TaskContext(session, RunControl()))
    finally:
        session.retire()
    assert outcome.kind == COMPLETED and outcome.count == len(final_approvals(sync_simulator))
    assert not outcome.changed and outcome.notification == ""
