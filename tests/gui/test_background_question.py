"""Automatic work is offered, not assumed: a profile whose owner has not said yet whether PDFs may
download by themselves gets one question when the window opens it; nothing downloads before the
answer, "Not now" is kept, "Turn on" starts the downloads."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from core.settings import Settings
from gui.polling import PDFS
from tests.helpers.gui import SYNC_PROFILE, approval_pdfs, open_profile, save_profile


def undecided_window(qtbot, window, sync_simulator, erp_path, download_dir):
    save_profile(sync_simulator, erp_path, download_dir, auto_download=None)
    window.poller.first_delay_s = 0.01
    open_profile(qtbot, window, SYNC_PROFILE)
    qtbot.waitUntil(lambda: window.background_question is not None and window.background_question.isVisible(), timeout=10_000)
    return window.background_question


def test_nothing_downloads_before_the_answer_and_not_now_is_kept(qtbot, window, sync_simulator, erp_path, download_dir):
    question = undecided_window(qtbot, window, sync_simulator, erp_path, download_dir)
    assert not question.downloads_box.isChecked() and not question.export_box.isChecked()
    assert question.not_now_button.isDefault() and not question.turn_on_button.isEnabled()
    assert str(download_dir) in question.downloads_box.text() and "every 5 minutes" in question.downloads_box.text()
    assert not window.poller.enabled(PDFS) and not window.poller.scheduled(PDFS)

    qtbot.keyClick(question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: Settings.load().get(SYNC_PROFILE).auto_download is False, timeout=5_000)
    assert not window.poller.enabled(PDFS)
    assert not list(Path(download_dir).rglob("*.pdf"))

    window.background_question = None
    before = window.session
    window.open_profile(SYNC_PROFILE)  # asked once: opening it again asks nothing
    qtbot.waitUntil(lambda: window.session is not None and window.session is not before, timeout=10_000)
    assert window.background_question is None


def test_turn_on_starts_the_downloads(qtbot, window, sync_simulator, erp_path, download_dir):
    question = undecided_window(qtbot, window, sync_simulator, erp_path, download_dir)
    question.downloads_box.setChecked(True)
    assert question.turn_on_button.isEnabled()
    with qtbot.waitSignal(window.poller.polled, timeout=20_000, check_params_cb=lambda kind, _outcome: kind == PDFS):
        qtbot.mouseClick(question.turn_on_button, Qt.MouseButton.LeftButton)
    saved = Settings.load().get(SYNC_PROFILE)
    assert saved.auto_download is True and saved.auto_export is False
    assert len(list(Path(download_dir).rglob("*.pdf"))) == len(approval_pdfs(sync_simulator))
