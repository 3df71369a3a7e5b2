"""The task runner: work off the GUI thread, outcomes back on it, cancel, progress, errors."""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication

from core.odata.errors import CancelledError, ServerError


def test_work_runs_off_the_gui_thread_and_the_result_arrives_on_it(qtbot, runner):
    seen = {}

    def work(control):
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 42

    def done(result):
        seen["result"] = result
        seen["delivered_on_gui"] = QThread.currentThread() is QApplication.instance().thread()

    runner.run(work, on_done=done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen == {"worker": False, "result": 42, "delivered_on_gui": True}
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=5000)


def test_an_odyssee_error_becomes_its_sentence_with_the_detail_behind_it(qtbot, runner):
    failures = []

    def work(control):
        raise ServerError("Odyssee had an internal error (503).", status=503, url="http://x/api/Company", detail="<html>busy</html>")

    runner.run(work, on_error=failures.append, label="Loading companies")
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    failure = failures[0]
    assert failure.message == "Odyssee had an internal error (503)."
    assert "http://x/api/Company" in failure.detail and "<html>busy</html>" in failure.detail
    assert not failure.cancelled


def test_an_unexpected_error_names_what_we_were_doing_and_keeps_the_traceback(qtbot, runner):
    failures = []
    runner.run(lambda control: {}["missing"], on_error=failures.append, label="Counting jobs")
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert failures[0].message.startswith("Something went wrong while counting jobs: KeyError")
    assert "Traceback" in failures[0].detail


def test_cancel_stops_the_work_and_reports_a_cancelled_failure(qtbot, runner):
    started = threading.Event()
    outcomes = []

    def work(control):
        started.set()
        while not control.cancel.wait(0.01):
            pass
        control.check()

    task = runner.run(work, on_done=outcomes.append, on_error=outcomes.append)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    assert outcomes[0].cancelled and outcomes[0].message == "Cancelled."


def test_a_result_that_arrives_after_cancel_is_not_delivered(qtbot, runner):
    release = threading.Event()
    outcomes = []
    task = runner.run(lambda control: release.wait(5) and "late", on_done=outcomes.append, on_error=outcomes.append)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    assert outcomes[0] != "late" and outcomes[0].cancelled


def test_what_cancelled_work_returned_anyway_comes_with_the_cancelled_failure(qtbot, runner):
    """Engines stop between items and return what they did: the page must still show it."""
    started, release = threading.Event(), threading.Event()
    outcomes = []

    def work(control):
        started.set()
        return release.wait(5) and "3 of 10 done"

    task = runner.run(work, on_done=outcomes.append, on_error=outcomes.append)
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    assert outcomes[0].cancelled and outcomes[0].result == "3 of 10 done"


def test_progress_reaches_the_gui_coalesced_and_ends_with_the_latest_report(qtbot, runner):
    reports = []

    def work(control):
        for done in range(1, 2001):
            control.report(done, 2000, f"Row {done} of 2000")
        return "ok"

    results = []
    runner.run(work, on_done=results.append, on_progress=lambda *report: reports.append(report))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert reports[-1] == (2000, 2000, "Row 2000 of 2000")
    assert len(reports) < 2000  # a burst of reports never floods the event loop
    assert [report[0] for report in reports] == sorted(report[0] for report in reports)


def test_callbacks_are_dropped_once_their_owner_is_gone(qtbot, runner):
    owner = QObject()
    release = threading.Event()
    delivered = []
    finished = []
    task = runner.run(lambda control: release.wait(5), on_done=delivered.append, owner=owner)
    task.finished.connect(lambda: finished.append(True))
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert delivered == []


def _alive(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_cancel_owned_only_cancels_that_owners_tasks(qtbot, runner):
    first, second = QObject(), QObject()
    outcomes: dict[str, object] = {}

    release = threading.Event()  # the second task ends when the test says, not after some time

    def wait_for_cancel(control):
        if control.cancel.wait(30):
            raise CancelledError("Cancelled.")
        return "finished"

    def wait_for_release(control):
        if release.wait(30) and not control.cancel.is_set():
            return "finished"
        raise CancelledError("Cancelled.")

    runner.run(wait_for_cancel, on_done=lambda r: outcomes.setdefault("first", r), on_error=lambda f: outcomes.setdefault("first", f), owner=first)
    runner.run(wait_for_release, on_done=lambda r: outcomes.setdefault("second", r), on_error=lambda f: outcomes.setdefault("second", f), owner=second)
    runner.cancel_owned(first)
    qtbot.waitUntil(lambda: "first" in outcomes, timeout=10_000)
    release.set()
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=10_000)
    assert outcomes["first"].cancelled
    assert outcomes["second"] == "finished"


def test_the_progress_panel_follows_a_task_and_its_cancel_button_stops_it(qtbot, runner):
    from gui.widgets.progress import ProgressPanel

    panel = ProgressPanel()
    qtbot.addWidget(panel)
    reported = threading.Event()
    outcomes = []

    def work(control):
        control.report(3, 10, "Company 3 of 10")
        reported.set()
        while not control.cancel.wait(0.01):
            pass
        control.check()

    task = runner.run(work, on_error=outcomes.append)
    panel.track(task, "Loading companies…")
    assert not panel.isHidden()
    assert reported.wait(5)
    qtbot.waitUntil(lambda: panel.bar.maximum() == 10, timeout=5000)
    assert panel.bar.value() == 3 and panel.label.text() == "Company 3 of 10"
    qtbot.mouseClick(panel.cancel_button, _left())
    assert panel.isHidden()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    assert outcomes[0].cancelled


def test_the_error_banner_shows_one_sentence_and_the_detail_on_request(qtbot):
    from gui.tasks import TaskFailure
    from gui.widgets.error_banner import ErrorBanner

    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show()
    banner.show_failure(TaskFailure("Odyssee refused the credentials.", "HTTP status: 401\n{\"Message\": \"Denied\"}"))
    assert banner.text == "Odyssee refused the credentials."
    assert banner.details.isHidden()
    qtbot.mouseClick(banner.details_button, _left())
    assert not banner.details.isHidden()
    assert "HTTP status: 401" in banner.details.toPlainText()
    banner.show_failure(TaskFailure("Cancelled.", cancelled=True))
    assert banner.text == "Odyssee refused the credentials."  # a cancel is not news
    qtbot.mouseClick(banner.close_button, _left())
    assert banner.text == ""


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
