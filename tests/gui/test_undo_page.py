"""Undo from Activity: a push's updates (or one row) go back to what Odyssee had, after a question
that says what cannot be undone; Cancel sends nothing; a record edited in Odyssee since is a
conflict and keeps the edit."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.sync.undo import RUN_KIND
from tests.helpers.engine_push import push_everything
from tests.helpers.erp import erp_execute
from tests.helpers.gui import wait_idle

ORIGINAL_CITY_SQL = "SELECT city FROM customer WHERE code = 'CUST-1002'"


@pytest.fixture
def updated(sync_simulator, erp_path, sync_profile):
    """A first push (creates), then a second one: CUST-1002's city, changed in the ERP."""
    push_everything(sync_simulator, erp_path)
    before = dict(sync_simulator.storage.find_by("Company", "code", "CUST-1002"))
    erp_execute(erp_path, "UPDATE customer SET city = 'Brugge' WHERE code = 'CUST-1002'")
    second = push_everything(sync_simulator, erp_path)
    assert sync_simulator.storage.find_by("Company", "code", "CUST-1002")["city"] == "Brugge"
    return before, second


def activity(qtbot, window):
    page = window.go_to("activity")
    wait_idle(qtbot, page)
    return page


def select(page, erp_key: str, action: str):
    for row in range(page.journal_model.rowCount()):
        entry = page.journal_model.item(row)
        if entry.erp_key == erp_key and entry.action == action:
            page.journal_table.select_row(row)
            return entry
    raise AssertionError(f"no {action} row for {erp_key}")


def ask(qtbot, page, button):
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.undo_question is not None and page.undo_question.isVisible(), timeout=10_000)
    return page.undo_question


def test_undoing_a_row_sends_back_the_value_odyssee_had(qtbot, updated, sync_window, sync_simulator):
    before, second = updated
    page = activity(qtbot, sync_window)
    select(page, "CUST-1002", "update")
    question = ask(qtbot, page, page.undo_row_button)
    text = question.restore_part.text()
    assert "“Brugge” → “" + before["city"] + "”" in text
    assert question.send_button.text() == "Send back 1"
    assert question.cancel_button.isDefault()

    qtbot.mouseClick(question.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.banner.kind == "success", timeout=20_000)
    assert sync_simulator.storage.find_by("Company", "code", "CUST-1002")["city"] == before["city"]
    assert "Undo of push run" in page.banner.text and "1 sent back" in page.banner.text
    wait_idle(qtbot, page)
    assert any(
        page.journal_model.item(row).action == RUN_KIND and page.journal_model.item(row).erp_key == "CUST-1002"
        for row in range(page.journal_model.rowCount())
    )


def test_cancel_sends_nothing_and_a_push_of_creates_says_they_cannot_be_undone(
    qtbot, sync_simulator, erp_path, sync_profile, sync_window,
):
    first = push_everything(sync_simulator, erp_path)
    page = activity(qtbot, sync_window)
    select(page, "CUST-1001", "create")
    assert not page.undo_row_button.isEnabled()  # a create: no row to send back
    question = ask(qtbot, page, page.undo_run_button)
    assert "cannot be undone: Odyssee keeps every record it creates" in question.notes.text()
    assert question.archive_box.isVisible() and not question.archive_box.isChecked()
    assert not question.send_button.isEnabled()  # nothing to send back unless archiving is chosen
    question.archive_box.setChecked(True)
    assert question.send_button.isEnabled() and question.send_button.text().startswith("Archive ")

    sync_simulator.reset_counters()
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.undo_question is None, timeout=5_000)
    wait_idle(qtbot, page)
    assert sync_simulator.count("PUT") == 0 and sync_simulator.count("POST") == 0
    assert not any(
        sync_simulator.storage.find_by("Company", "code", outcome.erp_key).get("archived")
        for outcome in first.outcomes if outcome.entity == "Company" and outcome.status == "ok"
    )


def test_a_record_edited_in_odyssee_since_the_push_is_a_conflict_and_keeps_the_edit(
    qtbot, updated, sync_window, sync_simulator,
):
    _before, second = updated
    company = sync_simulator.storage.find_by("Company", "code", "CUST-1002")
    sync_simulator.storage.change("Company", company["id"], {"city": "Gent"})
    page = activity(qtbot, sync_window)
    select(page, "CUST-1002", "update")
    question = ask(qtbot, page, page.undo_run_button)
    qtbot.mouseClick(question.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.banner.kind == "warning", timeout=20_000)
    assert "conflict" in page.banner.text
    assert sync_simulator.storage.find_by("Company", "code", "CUST-1002")["city"] == "Gent"


def test_rows_that_are_not_a_push_cannot_be_undone(qtbot, sync_window, sync_simulator, erp_path, sync_profile):
    from core.state import Store
    from tests.helpers.gui import SYNC_PROFILE

    with Store.open(SYNC_PROFILE) as store:
        export = store.start_run("export")
        store.journal("job_approval", "WO-1", "export", "ok", run_id=export)
        store.finish_run(export, "ok", {"exported": 1})
    page = activity(qtbot, sync_window)
    select(page, "WO-1", "export")
    assert not page.undo_run_button.isEnabled() and not page.undo_row_button.isEnabled()
