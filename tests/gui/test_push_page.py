"""Pending pushes against the simulator and a demo ERP: the plan tree, bulk selection, the field
diff, the question before a push, skipping and bringing back, pushing with results in place,
Cancel, the Overview's shared plan."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator

from core.state import Store
from core.sync.plan import CONFLICT, CREATE, INVALID, LINK, SKIPPED, UNCHANGED, UPDATE
from gui.models.plan_model import (
    ADDED,
    AMBER,
    CHANGED,
    CHANGED_BACKGROUND,
    CHECK_COLUMN,
    CONFLICT_BACKGROUND,
    CONFLICTING,
    GREY,
    PROBLEM,
    RESULT_COLUMN,
    SAME,
    FieldDiffModel,
    PlanModel,
    details_text,
)
from gui.models.reasons import reason_text
from tests.helpers.engine_push import engine_plan, push_everything
from tests.helpers.erp import erp_execute
from tests.helpers.gui import ERP_CUSTOMERS, SYNC_PROFILE, confirm_push, open_profile, save_profile, wait_idle

CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "i18n"


@pytest.fixture
def push_page(qtbot, sync_window):
    page = sync_window.go_to("push")
    wait_idle(qtbot, page, timeout=20_000)
    assert page.plan is not None
    return page


@pytest.fixture
def edited(sync_simulator, erp_path, sync_profile):
    """After a first push: an ERP edit (an update) and an edit on both sides (a conflict)."""
    push_everything(sync_simulator, erp_path)
    erp_execute(erp_path, "UPDATE customer SET city = 'Brugge' WHERE code = 'CUST-1002'")
    erp_execute(erp_path, "UPDATE customer SET name = 'Renamed in the ERP' WHERE code = 'CUST-1001'")
    company = sync_simulator.storage.find_by("Company", "code", "CUST-1001")
    sync_simulator.storage.change("Company", company["id"], {"name": "Renamed in Odyssee"})
    return company


def change_named(page, key):
    return next(change for change in page.model.visible_changes() if change.key == key)


def test_the_plan_is_grouped_by_entity_and_checked_by_category(qtbot, push_page):
    model = push_page.model
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert titles[0].startswith("Article categories") and any(title.startswith("Companies  —  20 creates · 2 invalid") for title in titles)
    creates = [change for change in push_page.plan.changes if change.action == CREATE]
    box = push_page.category_boxes[CREATE]
    assert box.checkState() == Qt.CheckState.Checked and box.text() == f"Creates ({len(creates)})"
    assert not push_page.category_boxes[CONFLICT].isEnabled()

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)  # bulk: every create unchecked
    assert not any(change.approved for change in creates)
    assert box.checkState() == Qt.CheckState.Unchecked
    assert not push_page.push_button.isEnabled()

    company_row = next(row for row, title in enumerate(titles) if title.startswith("Companies"))
    group = model.index(company_row, CHECK_COLUMN)
    assert model.setData(group, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert all(change.approved for change in creates if change.entity == "Company")
    assert box.checkState() == Qt.CheckState.PartiallyChecked
    assert push_page.push_button.text() == "Push checked (20)"

    first = model.index(0, CHECK_COLUMN, group)
    assert model.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert group.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    assert push_page.push_button.text() == "Push checked (19)"
    assert "Unchecked rows are not sent and stay pending" in push_page.skip_hint.text()


def test_invalid_rows_have_no_box_and_say_why(qtbot, push_page):
    change = change_named(push_page, "Company:CUST-0902")
    index = push_page.model.index_of(change)
    assert not push_page.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert not change.approved
    push_page.select_change(change)
    assert "“Name” can hold at most 64 characters" in push_page.diff_problems.text() and push_page.diff_problems.isVisibleTo(push_page)
    states = {row.field: row.state for row in push_page.diff_model.rows}
    assert states["name"] == PROBLEM and states["code"] == SAME
    name_row = [row.field for row in push_page.diff_model.rows].index("name")
    assert push_page.diff_model.index(name_row, 2).data(Qt.ItemDataRole.BackgroundRole).color().name() == CONFLICT_BACKGROUND
    field = push_page.diff_model.index(name_row, 0)
    assert field.data() == "Name" and field.data(Qt.ItemDataRole.ToolTipRole).startswith("name:")  # words, API name beside


def test_an_invalid_rows_reasons_read_french_with_the_french_catalogue(qtbot, push_page):
    translator = QTranslator()
    assert translator.load(str(CATALOGUES / "odyssee_sync_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        push_page.select_change(change_named(push_page, "Company:CUST-0902"))
        assert "Le champ «\u00a0Nom\u00a0» accepte au plus 64 caractères." in push_page.diff_problems.text()
        invalid = {c.erp_key: c for c in push_page.plan.changes if c.action == INVALID}
        assert details_text(invalid["CUST-0901"]) == "Le champ «\u00a0Nom\u00a0» est obligatoire."
        assert details_text(invalid["A-0901"]) == "Prix (colonne price)\u00a0: 'on request' n'est pas un nombre."
        assert details_text(invalid["SITE-0901"]).startswith("Société «\u00a0CUST-0900\u00a0»\u00a0: il n'y a pas de")
        assert reason_text("a sentence core has no code for") == "a sentence core has no code for"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert details_text(invalid["CUST-0901"]) == "The field “Name” is required."


def test_updates_and_conflicts_show_their_fields_in_colour(qtbot, qtmodeltester, edited, sync_window):
    page = sync_window.go_to("push")
    wait_idle(qtbot, page, timeout=20_000)
    update = change_named(page, "Company:CUST-1002")
    conflict = change_named(page, "Company:CUST-1001")
    assert update.action == UPDATE and update.approved
    assert conflict.action == CONFLICT and not conflict.approved
    assert page.model.index_of(conflict).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "edited in Odyssee since the last push" in page.row_texts()[conflict.key]
    assert page.category_boxes[CONFLICT].checkState() == Qt.CheckState.Unchecked

    page.select_change(update)
    rows = page.diff_model.rows
    assert rows[0].field == "city" and rows[0].state == CHANGED and rows[0].proposed == "Brugge"
    assert all(row.state == SAME for row in rows[1:])
    assert page.diff_model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole).color().name() == CHANGED_BACKGROUND
    assert page.diff_model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole).color().name() == AMBER
    assert page.diff_model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole).color().name() == GREY
    assert "city" in page.diff_title.text() or "CUST-1002" in page.diff_title.text()

    page.select_change(conflict)
    name = next(row for row in page.diff_model.rows if row.field == "name")
    assert (name.current, name.proposed, name.state) == ("Renamed in Odyssee", "Renamed in the ERP", CONFLICTING)
    assert page.diff_model.has_pushed_values and not page.diff_table.isColumnHidden(3)
    assert "edited this record in Odyssee" in page.diff_problems.text()
    qtmodeltester.check(page.diff_model)

    page.changes_only.setChecked(False)  # the rows pushed before come back as unchanged/links
    assert len(page.model.visible_changes()) > 2
    page.changes_only.setChecked(True)
    assert {change.action for change in page.model.visible_changes()} <= {UPDATE, CONFLICT, INVALID}


def test_an_unchecked_row_stays_pending_after_a_push(qtbot, edited, sync_window, sync_simulator):
    page = sync_window.go_to("push")
    wait_idle(qtbot, page, timeout=20_000)
    update = change_named(page, "Company:CUST-1002")
    assert page.model.setData(page.model.index_of(update), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    conflict = change_named(page, "Company:CUST-1001")
    assert page.model.setData(page.model.index_of(conflict), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)

    confirm_push(qtbot, page)
    wait_idle(qtbot, page, timeout=20_000)
    results = page.row_texts(RESULT_COLUMN)
    assert results["Company:CUST-1001"].startswith("Done")  # the conflict, checked: the ERP wins
    assert results["Company:CUST-1002"] == "Not sent: not approved: still pending"
    assert page.model.index_of(update, RESULT_COLUMN).data(Qt.ItemDataRole.ForegroundRole).color().name() == GREY
    assert "1 unchecked, still pending" in page.banner.text
    assert sync_simulator.storage.find_by("Company", "code", "CUST-1001")["name"] == "Renamed in the ERP"
    assert sync_simulator.storage.find_by("Company", "code", "CUST-1002")["city"] != "Brugge"
    assert not page.push_button.isEnabled()  # this plan is spent: compare again

    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page, timeout=20_000)
    again = change_named(page, "Company:CUST-1002")  # pending still, checked as any update
    assert again.action == UPDATE and again.approved
    assert not page.plan.skipped()


def test_skip_lists_rows_under_skipped_and_bring_back_makes_them_pending_again(
    qtbot, edited, sync_window, sync_simulator, erp_path, sync_profile,
):
    page = sync_window.go_to("push")
    wait_idle(qtbot, page, timeout=20_000)
    page.select_change(change_named(page, "Company:CUST-1002"))
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert "Company:CUST-1002" not in page.row_texts()  # out of the pending rows
    with Store.open(SYNC_PROFILE) as store:
        assert "CUST-1002" in store.rejections_for("Company")
    assert page.skipped_filter.text() == "Skipped (1)"
    page.show_skipped(True)
    assert set(page.row_texts()) == {"Company:CUST-1002"}
    assert "update skipped on" in page.row_texts()["Company:CUST-1002"] and "city" in page.row_texts()["Company:CUST-1002"]
    assert page.bring_back_button.isVisible() and not page.skip_button.isVisible()
    assert "Bring back" in page.diff_problems.text()

    page.show_skipped(False)
    conflict = change_named(page, "Company:CUST-1001")
    menu = page.context_menu()  # the unchecked conflict, set aside from the rows' menu
    (skip_unchecked,) = [action for action in menu.actions() if action.text().startswith("Skip the unchecked rows (1)")]
    skip_unchecked.trigger()
    wait_idle(qtbot, page)
    assert conflict.action == SKIPPED
    assert not page.push_button.isEnabled()  # nothing left to send: skipped rows are never sent

    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page, timeout=20_000)
    assert {c.key for c in page.plan.skipped()} == {"Company:CUST-1001", "Company:CUST-1002"}  # a decision kept
    assert {c.key for c in page.plan.pending() if c.action != INVALID} == set()
    page.show_skipped(True)
    page.select_change(change_named(page, "Company:CUST-1002"))
    qtbot.mouseClick(page.bring_back_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page, timeout=20_000)
    back = change_named(page, "Company:CUST-1002")
    assert back.action == UPDATE and back.approved and not page.skipped_filter.isChecked()
    assert page.diff_title.text().count("CUST-1002") == 1  # selected, its fields shown
    assert [c.key for c in page.plan.skipped()] == ["Company:CUST-1001"]
    with Store.open(SYNC_PROFILE) as store:
        assert set(store.rejections_for("Company")) == {"CUST-1001"}

    erp_execute(erp_path, "UPDATE customer SET name = 'Renamed again' WHERE code = 'CUST-1001'")
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page, timeout=20_000)
    assert change_named(page, "Company:CUST-1001").action == CONFLICT  # its ERP row changed: shown again
    assert page.skipped_filter.text() == "Skipped"


def test_nothing_is_sent_before_the_question_is_answered_with_send(qtbot, sync_window, sync_simulator, sync_profile):
    page = sync_window.go_to("push")
    wait_idle(qtbot, page, timeout=20_000)
    checked = page.model.checked_changes()
    qtbot.mouseClick(page.push_button, Qt.MouseButton.LeftButton)
    dialog = page.confirmation
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.send_button.text() == f"Send {len(checked)} changes"
    companies = sum(1 for change in checked if change.entity == "Company")
    assert f"<b>Companies:</b> {companies} creates" in dialog.counts.text()
    assert f"{sync_simulator.domain} at 127.0.0.1" in dialog.tenant.text()
    assert dialog.production.text().startswith("Not marked as production")
    assert "4 invalid" in dialog.notes.text()
    assert dialog.cancel_button.isDefault() and not dialog.send_button.isDefault()

    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter cancels
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.mouseClick(page.push_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirmation is not None and page.confirmation.isVisible())
    qtbot.mouseClick(page.confirmation.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirmation is None)
    wait_idle(qtbot, page)
    assert sync_simulator.count("POST") == 0 and sync_simulator.count("PUT") == 0
    assert page.push_button.isEnabled() and all(change.approved for change in checked)  # nothing spent


def test_a_production_profile_is_marked_red_in_the_window_and_in_the_question(
    qtbot, window, sync_simulator, erp_path, download_dir,
):
    save_profile(sync_simulator, erp_path, download_dir, production=True)
    window.poller.set_paused(True)
    open_profile(qtbot, window, SYNC_PROFILE)
    assert window.production_badge.isVisibleTo(window) and "PRODUCTION" in window.windowTitle()
    assert "PRODUCTION" in window.profile_label.text() and "#b3261e" in window.profile_label.text()
    page = window.go_to("push")
    wait_idle(qtbot, page, timeout=20_000)
    page.push_checked()
    assert page.confirmation.production.text().startswith("PRODUCTION")
    marker = page.confirmation.production.grab().toImage()
    assert marker.pixelColor(marker.width() // 2, 2).name() == "#b3261e"  # painted red, under any palette
    page.confirmation.reject()
    qtbot.waitUntil(lambda: page.confirmation is None)
    assert sync_simulator.count("POST") == 0

    save_profile(sync_simulator, erp_path, download_dir)
    open_profile(qtbot, window, SYNC_PROFILE)
    qtbot.waitUntil(lambda: not window.production_badge.isVisibleTo(window))
    assert "PRODUCTION" not in window.windowTitle() and window.profile_label.text() == f"Profile: {SYNC_PROFILE}"
    wait_idle(qtbot, page, timeout=20_000)  # the page compares for the reopened profile


def test_changes_only_off_lists_every_unchanged_row_with_what_odyssee_has(qtbot, sync_window):
    page = sync_window.go_to("push")
    wait_idle(qtbot, page, timeout=20_000)
    confirm_push(qtbot, page)
    wait_idle(qtbot, page, timeout=30_000)
    created = page.select_first(entity="Company", action=CREATE)  # just pushed: Odyssee has its values now
    name = next(row for row, diff in enumerate(page.diff_model.rows) if diff.field == "name")
    assert page.diff_model.index(name, 1).data() == created.proposed["name"]

    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page, timeout=20_000)
    page.changes_only.setChecked(False)
    unchanged = [change for change in page.model.visible_changes() if change.action == UNCHANGED]
    companies = [change for change in unchanged if change.entity == "Company"]
    assert len(companies) == ERP_CUSTOMERS
    assert len(unchanged) == page.plan.totals()[UNCHANGED] > len(page.plan.counts)  # every one, not one per group
    page.select_change(companies[0])
    name = next(row for row, diff in enumerate(page.diff_model.rows) if diff.field == "name")
    assert page.diff_model.index(name, 1).data() == companies[0].proposed["name"] != ""


def test_a_push_can_be_cancelled_and_shows_what_was_done(qtbot, push_page, sync_simulator):
    sync_simulator.faults.update(latency_ms=40)
    confirm_push(qtbot, push_page)
    qtbot.waitUntil(lambda: push_page.progress.bar.maximum() > 0 and push_page.progress.bar.value() >= 2, timeout=10_000)
    qtbot.mouseClick(push_page.progress.cancel_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, push_page, timeout=20_000)
    sync_simulator.faults.update(latency_ms=0)
    assert push_page.banner.kind == "warning" and "Push cancelled" in push_page.banner.text
    results = list(push_page.row_texts(RESULT_COLUMN).values())
    assert any(text.startswith("Done") for text in results)
    assert any(text == "Not sent: cancelled before it was sent" for text in results)


def test_the_overview_counts_pending_pushes_and_the_page_reuses_its_plan(qtbot, sync_window, sync_simulator):
    plans = []
    sync_window.changed.connect(lambda changes, _origin: plans.append(changes.plan) if changes.plan else None)
    overview = sync_window.go_to("overview")
    overview.refresh()
    wait_idle(qtbot, overview, timeout=20_000)
    card = overview.cards["pushes"]
    assert len(plans) == 1  # the count made a plan and handed it on
    shared = plans[0]
    totals = shared.totals()
    assert card.number.text() == f"{totals[CREATE]:,}"
    assert card.hint.text().startswith(f"{totals[CREATE]:,} creates") and "4 invalid" in card.hint.text()
    assert overview.cards["ready_work"].number.text() != "…"
    assert overview.cards["new_pdfs"].number.text() != "…"

    sync_simulator.reset_counters()
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    page = sync_window.current_page
    assert page.key == "push"
    wait_idle(qtbot, page)
    assert page.plan is shared
    assert sync_simulator.count("GET", "Company") == 0  # nothing asked again


def test_without_an_erp_the_page_says_so_with_a_way_to_settings(qtbot, window, sync_simulator):
    save_profile(sync_simulator, None, None)
    window.poller.set_paused(True)
    open_profile(qtbot, window, SYNC_PROFILE)
    page = window.go_to("push")
    wait_idle(qtbot, page)
    assert "names no ERP database" in page.banner.text and page.banner.kind == "info"
    assert page.banner.action_button.text() == "Open Settings"
    assert not page.push_button.isEnabled()
    qtbot.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)
    assert window.current_page.key == "settings"


def test_the_plan_models_pass_the_model_tester(qtmodeltester, sync_simulator, erp_path, sync_profile):
    with Store.open(SYNC_PROFILE) as store:
        plan = engine_plan(sync_simulator, erp_path, store)
    model = PlanModel()
    model.set_plan(plan)
    qtmodeltester.check(model)
    model.set_changes_only(False)
    model.set_action_approved(CREATE, False)
    qtmodeltester.check(model)
    model.mark_skipped([next(change for change in plan.changes if change.action == CREATE)], "2026-05-04T09:30:00.000Z")
    model.set_skipped_only(True)
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.index(0, 0).data().endswith("1 skipped")
    model.set_skipped_only(False)
    assert model.action_state(CREATE) == Qt.CheckState.Unchecked
    assert model.rowCount(model.index(0, 1)) == 0 and not model.index(0, 0, model.index(0, 1)).isValid()
    invalid = next(change for change in plan.changes if change.action == INVALID)
    assert model.data(model.index_of(invalid), Qt.ItemDataRole.CheckStateRole) is None
    assert model.parent(QModelIndex()) == QModelIndex()

    diff = FieldDiffModel()
    diff.set_change(next(change for change in plan.changes if change.action == CREATE))
    assert {row.state for row in diff.rows} == {ADDED}
    assert diff.index(0, 1).data() == "—"
    qtmodeltester.check(diff)
    diff.set_change(invalid)
    qtmodeltester.check(diff)
    assert LINK not in {change.action for change in plan.changes}
