"""Completed work against the simulator and a demo ERP: the list with parts and hours, export of a
selection, re-export since a date without duplicates, problems, and a profile without a target."""
from __future__ import annotations

import sqlite3
import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from gui.pages.work import RewindDialog, rewind_moment
from tests.helpers.erp import erp_count
from tests.helpers.gui import SYNC_PROFILE, final_approvals, open_profile, save_profile, wait_idle


@pytest.fixture
def work(qtbot, sync_window):
    page = sync_window.go_to("work")
    wait_idle(qtbot, page, timeout=20_000)
    return page


def column(page, title: str) -> int:
    return [column.title for column in page.model.columns].index(title)


def erp_ids(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT job_approval_id FROM work_order ORDER BY job_approval_id")]
    finally:
        connection.close()


def test_long_names_beside_the_codes_leave_the_numbers_in_sight(qtbot, sync_window, sync_simulator):
    storage = sync_simulator.storage
    for company in storage.rows("Company"):
        storage.change("Company", company["id"], {"name": f"Installatie- en onderhoudsbedrijf {company['name']}"[:64]})
    work = sync_window.go_to("work")
    wait_idle(qtbot, work, timeout=20_000)
    qtbot.waitUntil(lambda: work.table.horizontalHeader().sectionSize(column(work, "Customer")) > 0)
    header = work.table.horizontalHeader()
    problems = column(work, "Problems")  # the last but one: only the job's name may be cut
    assert header.sectionPosition(problems) + header.sectionSize(problems) <= work.table.viewport().width()
    assert "Installatie- en onderhoudsbedrijf" in work.model.index(0, column(work, "Customer")).data()


def test_the_list_shows_each_approval_with_its_parts_and_hours(qtbot, qtmodeltester, work, sync_simulator):
    storage = sync_simulator.storage
    finals = final_approvals(sync_simulator)
    assert work.model.rowCount() == len(finals) > 3
    richest = work._richest_row()
    item = work.items[richest]
    job = storage.get("Jobs", item.approval["jobs_id"])
    parts = [row for row in storage.rows("JobPartUsage") if row["jobs_id"] == job["id"]]
    times = [row for row in storage.rows("JobNonPartUsage") if row["jobs_id"] == job["id"]]
    assert parts or times
    row = work.model.index(richest, 0).row()
    assert work.model.index(row, column(work, "Job reference")).data() == job["reference_back_office"]
    assert work.model.index(row, column(work, "Job #")).data() == str(job["id2"])
    assert work.model.index(row, column(work, "Parts")).data() == str(len(parts))
    hours = sum(line["quantity"] for line in times)
    assert float(work.model.index(row, column(work, "Hours")).data()) == pytest.approx(float(hours))

    work.select_row(richest)
    assert work.parts_model.rowCount() == len(parts)
    assert work.time_model.rowCount() == len(times)
    assert work.lines_tabs.tabText(0) == f"Parts used ({len(parts)})"
    assert job["reference_back_office"] in work.details_title.text()
    assert f"{len(finals)} approvals not in the ERP yet" in work.status.text() and "goes to" in work.status.text()
    # Codes with the names people know them by.
    company = storage.get("Company", job["company_id"])
    technician = storage.get("User", item.approval["user_id"])
    assert work.model.index(row, column(work, "Customer")).data() == f"{company['code']} — {company['name']}"
    assert work.model.index(row, column(work, "Technician")).data() == (
        f"{technician['code']} — {technician['firstname']} {technician['lastname']}"
    )
    assert f"Customer {company['code']} — {company['name']}" in work.details_text.text()
    for model in (work.model, work.parts_model, work.time_model):
        qtmodeltester.check(model)


def test_export_selected_writes_only_those_and_the_list_refreshes(qtbot, work, erp_path):
    chosen = [work.items[0].id, work.items[2].id]
    work.table.selectRow(0)
    work.table.selectionModel().select(
        work.model.index(2, 0), work.table.selectionModel().SelectionFlag.Select | work.table.selectionModel().SelectionFlag.Rows
    )
    assert work.export_selected_button.text() == "Export selected (2)"
    qtbot.mouseClick(work.export_selected_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, work, timeout=20_000)
    assert work.banner.kind == "success" and "Exported 2 approvals" in work.banner.text
    assert erp_ids(erp_path) == sorted(chosen)
    assert not {item.id for item in work.items} & set(chosen)


def test_re_export_since_a_date_lists_them_again_and_writes_no_duplicates(qtbot, work, erp_path):
    ready = len(work.items)
    qtbot.mouseClick(work.export_all_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, work, timeout=20_000)
    assert erp_count(erp_path, "work_order") == ready and work.model.rowCount() == 0
    parts_before = erp_count(erp_path, "work_order_part")

    work.rewind_since(date(2000, 1, 1))
    wait_idle(qtbot, work, timeout=20_000)
    assert work.model.rowCount() == ready
    assert "listed again" in work.banner.text
    qtbot.mouseClick(work.export_all_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, work, timeout=20_000)
    assert erp_count(erp_path, "work_order") == ready
    assert erp_count(erp_path, "work_order_part") == parts_before


def held_column(page, title: str) -> int:
    return [column.title for column in page.held_model.columns].index(title)


def test_an_approval_that_cannot_go_is_held_back_in_its_own_list_with_the_reason_and_retry(
    qtbot, sync_window, sync_simulator, erp_path, tmp_path,
):
    from core.odyssee.model import ENTITY_SETS
    from core.simulator.storage import default_row

    storage = sync_simulator.storage
    row = {**default_row(ENTITY_SETS["JobApproval"]), "id": uuid.uuid4(), "jobs_id": uuid.uuid4(),
           "is_daily_approval": False, "modified_dateutc": storage.next_modified()}
    storage.bulk_insert("JobApproval", [row])
    page = sync_window.go_to("work")
    wait_idle(qtbot, page, timeout=20_000)
    broken = next(number for number, item in enumerate(page.items) if item.id == str(row["id"]))
    problems = page.model.index(broken, column(page, "Problems"))
    assert "was not found" in problems.data()
    assert problems.data(Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    assert "1 with problems" in page.status.text()
    assert page.held_box.isHidden()  # nothing tried yet, nothing held

    qtbot.mouseClick(page.export_all_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page, timeout=20_000)

    assert str(row["id"]) not in erp_ids(erp_path)
    assert page.items == [] and [item.id for item in page.held_items] == [str(row["id"])]
    assert page.banner.kind == "warning" and "1 held back" in page.banner.text
    assert not page.held_box.isHidden() and page.held_title.text().startswith("1 approval held back")
    reason = page.held_model.index(0, held_column(page, "Why it is held back")).data()
    assert "was not found in Odyssee" in reason
    assert page.held_model.index(0, held_column(page, "Tries")).data() == "1"
    assert "1 held back" in page.status.text()
    assert not page.export_all_button.isEnabled() and page.retry_all_button.isEnabled()
    assert not page.retry_selected_button.isEnabled()
    page.held_table.selectRow(0)
    assert page.retry_selected_button.text() == "Retry selected (1)" and page.retry_selected_button.isEnabled()
    assert "Held back since" in page.details_text.text() and "was not found" in page.details_text.text()
    sync_window.resize(1280, 800)
    QApplication.processEvents()  # the layout follows the new button texts before the picture
    assert sync_window.grab().save(str(tmp_path / "work-held.png"))

    template = storage.rows("Jobs")[0]  # someone repairs it in Odyssee: the job exists again
    storage.create("Jobs", {
        "id": row["jobs_id"], "reference_back_office": "WO-REPAIRED", "name": "Repaired job",
        "project_id": template["project_id"], "job_type_id": template["job_type_id"],
        "job_status_id": template["job_status_id"],
    })
    qtbot.mouseClick(page.retry_selected_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page, timeout=20_000)

    assert page.banner.kind == "success" and "Exported 1 approval" in page.banner.text
    assert str(row["id"]) in erp_ids(erp_path)
    assert page.held_items == [] and page.held_box.isHidden()


def test_the_held_back_list_is_a_sound_qt_model(qtbot, qtmodeltester, sync_window, sync_simulator, tmp_path):
    from core.odyssee.model import ENTITY_SETS
    from core.simulator.storage import default_row

    rows = [
        {**default_row(ENTITY_SETS["JobApproval"]), "id": uuid.uuid4(), "jobs_id": uuid.uuid4(),
         "is_daily_approval": False, "modified_dateutc": sync_simulator.storage.next_modified()}
        for _ in range(6)
    ]
    sync_simulator.storage.bulk_insert("JobApproval", rows)
    page = sync_window.go_to("work")
    wait_idle(qtbot, page, timeout=20_000)
    page.export_all()
    wait_idle(qtbot, page, timeout=20_000)
    assert len(page.held_items) == 6
    qtmodeltester.check(page.held_model)
    sync_window.resize(1280, 800)
    QApplication.processEvents()
    assert sync_window.grab().save(str(tmp_path / "work-held-six.png"))
    # Four rows shown, the others a scroll away: the list never pushes the rest of the page out.
    assert page.held_table.height() < 6 * page.held_table.verticalHeader().defaultSectionSize()


def test_without_an_export_target_the_list_shows_and_export_waits_for_settings(qtbot, window, sync_simulator):
    save_profile(sync_simulator, None, None)
    window.poller.set_paused(True)
    open_profile(qtbot, window, SYNC_PROFILE)
    page = window.go_to("work")
    wait_idle(qtbot, page, timeout=20_000)
    assert page.model.rowCount() == len(final_approvals(sync_simulator))
    assert page.banner.kind == "info" and "nowhere to go" in page.banner.text
    assert not page.export_all_button.isEnabled() and not page.rewind_button.isEnabled()
    qtbot.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)
    assert window.current_page.key == "settings"


def test_the_rewind_dialog_offers_last_week_and_midnight_local_time(qtbot):
    dialog = RewindDialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen() == date.today() - timedelta(days=7)
    dialog.date_edit.setDate(QDate(2024, 3, 1))
    assert dialog.chosen() == date(2024, 3, 1)
    moment = rewind_moment(date(2024, 3, 1))
    assert moment.tzinfo is not None and moment.astimezone().hour == 0
