"""Overview: connection, counts from Odyssee, recent runs, and buttons to the other pages."""
from __future__ import annotations

from PySide6.QtCore import Qt

from core.state import Actor, Store
from gui.pages import PAGES
from tests.helpers.gui import DEMO_PROFILE, open_profile, wait_idle


def test_the_overview_shows_counts_from_odyssee_and_the_connection(qtbot, demo_window, demo_simulator):
    page = demo_window.go_to("overview")
    wait_idle(qtbot, page)
    storage = demo_simulator.storage
    finals = sum(1 for row in storage.rows("JobApproval") if not row["is_daily_approval"])
    assert page.cards["companies"].number.text() == f"{storage.count('Company'):,}"
    assert page.cards["jobs"].number.text() == f"{storage.count('Jobs'):,}"
    assert page.cards["approvals"].number.text() == f"{finals:,}"
    qtbot.waitUntil(lambda: demo_window.connection is not None, timeout=5000)
    assert "Connected to Odyssee" in page.connection_text.text()
    assert "Last poll:" in demo_window.poll_label.text() and "none" not in demo_window.poll_label.text()


def test_a_count_button_opens_browse_on_that_list(qtbot, demo_window):
    page = demo_window.go_to("overview")
    qtbot.mouseClick(page.cards["jobs"].button, Qt.MouseButton.LeftButton)
    assert demo_window.current_page.key == "browse"
    assert demo_window.current_page.entity == "Jobs"


def test_every_other_page_has_a_button(qtbot, demo_window):
    from PySide6.QtWidgets import QPushButton

    page = demo_window.pages["overview"]
    titles = {button.text() for button in page.findChildren(QPushButton)}
    assert {spec.title for spec in PAGES if spec.key != "overview"} <= titles


def test_recent_runs_come_from_the_store(qtbot, qtmodeltester, demo_profile, window):
    with Store.open(DEMO_PROFILE) as store:
        run = store.start_run("push")
        store.finish_run(run, "ok", {"created": 3, "updated": 1})
        export = store.start_run("export")
        store.finish_run(export, "partial", {"exported": 1, "not_selected": 4, "held": 0, "failed": 2})
    open_profile(qtbot, window)
    page = window.go_to("overview")
    wait_idle(qtbot, page)
    assert page.runs_model.rowCount() == 2
    assert page.runs_model.index(1, 1).data() == "Push to Odyssee"
    assert page.runs_model.index(1, 4).data() == "Done"
    assert page.runs_model.index(1, 6).data() == "3 created · 1 updated"
    # Statuses and counters in words, never the keys the engines record.
    assert page.runs_model.index(0, 1).data() == "Export to the ERP"
    assert page.runs_model.index(0, 4).data() == "Partly done"
    assert page.runs_model.index(0, 6).data() == "1 exported · 2 failed · 4 not selected"
    workstation = Actor.current()
    assert page.runs_model.index(1, 5).data() == f"{workstation.workstation} ({workstation.os_user})"
    qtmodeltester.check(page.runs_model)


def test_a_wrong_password_shows_on_the_overview_and_in_the_status_bar(qtbot, window, demo_simulator):
    from tests.helpers.gui import make_profile

    make_profile(demo_simulator, "Wrong", secret="not-the-password")
    open_profile(qtbot, window, "Wrong")
    page = window.go_to("overview")
    qtbot.waitUntil(lambda: window.connection is not None, timeout=5000)
    wait_idle(qtbot, page)
    assert window.connection.kind == "credentials"
    assert "Wrong credentials" in window.connection_label.text()
    assert "Not connected" in page.connection_text.text()
    assert page.cards["companies"].number.text() == "—"
