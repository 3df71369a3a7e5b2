"""The demo flow, end to end through the widgets, against the simulator and a demo ERP.

Pending pushes: the plan appears (creates for the ERP's rows, invalid rows without a box and
saying why) → "Push checked" → "Send N changes" → every row green → "Compare again" → nothing left to push.
Completed work: the ready approvals are listed → "Export all" → their rows are in the ERP's
staging tables → the list is empty. Job approval PDFs: the new files are listed → "Download all
new" → the files are on disk → the selected one is previewed with its pages.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from core.sync.plan import CREATE, INVALID
from gui.models.plan_model import CHECK_COLUMN, GREEN, RESULT_COLUMN
from gui.models.reasons import reason_text
from gui.pages.pdfs import DOWNLOADED, NEW
from tests.helpers.erp import erp_count
from tests.helpers.gui import ERP_CUSTOMERS, approval_pdfs, confirm_push, final_approvals, wait_idle

ERP_INVALID_KEYS = {"Company:CUST-0901", "Company:CUST-0902", "Article:A-0901", "Project:SITE-0901"}


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_push_export_and_download_through_the_pages(qtbot, sync_window, sync_simulator, erp_path, download_dir):
    window = sync_window

    # --- Pending pushes ----------------------------------------------------------------------
    page = window.go_to("push")
    wait_idle(qtbot, page, timeout=20_000)
    plan = page.plan
    assert plan is not None and not plan.problems
    companies = [change for change in page.model.visible_changes() if change.entity == "Company"]
    assert sum(1 for change in companies if change.action == CREATE) == ERP_CUSTOMERS
    invalid = {change.key: change for change in page.model.visible_changes() if change.action == INVALID}
    assert set(invalid) == ERP_INVALID_KEYS
    for change in invalid.values():
        index = page.model.index_of(change, CHECK_COLUMN)
        assert not page.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
        assert index.data(Qt.ItemDataRole.CheckStateRole) is None
        assert reason_text(change.problems[0], change.entity) in index.data(Qt.ItemDataRole.ToolTipRole)
        assert reason_text(change.problems[0], change.entity) in page.row_texts()[change.key]
    assert f"{ERP_CUSTOMERS} creates" in page.summary.text() and "2 invalid" in page.summary.text()
    creates = plan.totals()[CREATE]
    assert page.push_button.text() == f"Push checked ({creates})"

    confirm_push(qtbot, page)
    wait_idle(qtbot, page, timeout=30_000)
    assert page.banner.kind == "success", page.banner.text
    for change in page.model.visible_changes():
        result = page.model.index_of(change, RESULT_COLUMN)
        if change.action == CREATE:
            assert result.data() .startswith("Done"), (change.key, result.data())
            assert result.data(Qt.ItemDataRole.ForegroundRole).color().name() == GREEN
        else:
            assert result.data().startswith("Not sent")
    odyssee_codes = {row["code"] for row in sync_simulator.storage.rows("Company")}
    assert {f"CUST-{1001 + number}" for number in range(ERP_CUSTOMERS)} <= odyssee_codes

    click(qtbot, page.compare_button)
    wait_idle(qtbot, page, timeout=20_000)
    left = page.plan.totals()
    assert left["create"] == left["update"] == left["conflict"] == 0
    assert {change.key for change in page.model.visible_changes()} == ERP_INVALID_KEYS  # only what the ERP must fix
    assert not page.push_button.isEnabled()

    # --- Completed work ----------------------------------------------------------------------
    work = window.go_to("work")
    wait_idle(qtbot, work, timeout=20_000)
    ready = {item.id for item in work.items}
    assert ready == {str(row["id"]) for row in final_approvals(sync_simulator)}
    work.select_row(0)
    assert work.parts_model.rowCount() == len(work.items[0].parts)
    assert erp_count(erp_path, "work_order") == 0

    click(qtbot, work.export_all_button)
    wait_idle(qtbot, work, timeout=20_000)
    assert work.banner.kind == "success", work.banner.text
    assert erp_count(erp_path, "work_order") == len(ready)
    assert erp_count(erp_path, "work_order_part") == sum(1 for row in sync_simulator.storage.rows("JobPartUsage")
                                                         if any(str(row["jobs_id"]) == str(a["jobs_id"]) for a in final_approvals(sync_simulator)))
    assert work.model.rowCount() == 0
    assert work.list_stack.currentWidget() is work.empty

    # --- Job approval PDFs -------------------------------------------------------------------
    pdfs = window.go_to("pdfs")
    wait_idle(qtbot, pdfs, timeout=20_000)
    server_files = approval_pdfs(sync_simulator)
    assert {pdf.file_id for pdf in pdfs.models[NEW].items} == {str(row["id"]) for row in server_files}

    click(qtbot, pdfs.download_all_button)
    wait_idle(qtbot, pdfs, timeout=20_000)
    assert pdfs.banner.kind == "success", pdfs.banner.text
    on_disk = sorted(path for path in Path(download_dir).rglob("*.pdf"))
    assert len(on_disk) == len(server_files)
    assert pdfs.models[NEW].rowCount() == 0
    assert pdfs.current_kind == DOWNLOADED and pdfs.models[DOWNLOADED].rowCount() == len(server_files)
    qtbot.waitUntil(lambda: pdfs.preview_page_count > 0, timeout=10_000)
    shown = pdfs.tables[DOWNLOADED].selected_rows()
    assert len(shown) == 1
    assert pdfs.preview_title.text() == Path(pdfs.models[DOWNLOADED].item(shown[0])["path"]).name
    assert "page" in pdfs.preview_info.text()
