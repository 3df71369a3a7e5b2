"""Browse Odyssee against the simulator: paging through fetchMore, server-side sorting and
filtering, the $filter check, the details pane, related records, CSV copy."""
from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QGuiApplication

from gui.models.remote_table import RemoteTableModel
from gui.pages.browse import check_filter, search_filter
from tests.helpers.gui import PAGE_SIZE, wait_idle


@pytest.fixture
def browse(qtbot, demo_window):
    page = demo_window.go_to("browse")
    page.open_with(entity="Company")
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: demo_window.runner.active_count() == 0, timeout=10_000)  # the other pages too
    return page


def stored(simulator, entity):
    return simulator.storage.rows(entity)


def test_the_list_loads_page_by_page_as_the_view_scrolls(qtbot, browse, demo_simulator):
    model = browse.model
    total = demo_simulator.storage.count("Company")
    assert total > 2 * PAGE_SIZE
    assert model.total == total
    assert PAGE_SIZE <= model.rowCount() < total  # only what the view needs so far
    while model.canFetchMore(QModelIndex()):
        before = model.rowCount()
        browse.table.scrollToBottom()
        model.fetchMore(QModelIndex())
        model.fetchMore(QModelIndex())  # a second call while one is in flight is ignored
        qtbot.waitUntil(lambda: model.rowCount() > before or model.exhausted, timeout=5000)
        wait_idle(qtbot, browse)
    codes = [model.value(row, "code") for row in range(model.rowCount())]
    assert sorted(codes) == sorted(row["code"] for row in stored(demo_simulator, "Company"))
    assert len(set(codes)) == total
    assert "companies" in browse.status.text() and f"{total}" in browse.status.text()


def test_a_header_click_sorts_on_the_server(qtbot, browse, demo_simulator):
    model = browse.model
    header = browse.table.horizontalHeader()
    column = model.column_names.index("name")
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    wait_idle(qtbot, browse)
    first_order = model.order
    assert first_order is not None and first_order[0] == "name"
    assert "%24orderby=name" in browse.url_box.text() or "$orderby=name" in browse.url_box.text()
    names = sorted((row["name"] for row in stored(demo_simulator, "Company")), reverse=first_order[1])
    shown = [model.value(row, "name") for row in range(model.rowCount())]
    assert shown == names[: len(shown)]  # the server's first page, not a local sort of loaded rows

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    wait_idle(qtbot, browse)
    assert model.order == ("name", not first_order[1])
    shown = [model.value(row, "name") for row in range(model.rowCount())]
    assert shown == sorted(names, reverse=not first_order[1])[: len(shown)]
    assert header.sortIndicatorSection() == model.column_names.index("name")


def test_column_titles_are_words_with_the_api_name_in_the_tooltip(qtbot, browse):
    browse.open_with(entity="Jobs")
    wait_idle(qtbot, browse)
    model = browse.model
    titles = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    assert titles[:3] == ["Job #", "ERP reference", "Name"]
    assert "Project (ERP reference)" in titles and "Job status" in titles and "First planned" in titles
    reference = model.column_names.index("reference_back_office")
    assert model.headerData(reference, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole).startswith(
        "reference_back_office (string)"
    )
    menu = [action.text() for action in browse.columns_menu.actions()]
    assert "ERP reference  (reference_back_office)" in menu and "Name" in menu
    browse.select_row(0)
    fields = browse.details_model
    row = next(row for row in range(fields.rowCount()) if fields.item(row)[0] == "modified_dateutc")
    assert fields.index(row, 0).data() == "Modified"
    assert fields.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == "modified_dateutc"


def test_an_invalid_filter_is_shown_with_its_position_and_never_sent(qtbot, browse, demo_simulator):
    demo_simulator.reset_counters()
    qtbot.keyClicks(browse.filter_box, "city eq 'Gent' AND archived eq false")
    assert not browse.filter_error.isHidden()
    assert "position 16" in browse.filter_error.text()
    assert browse.filter_box.property("invalid") is True
    assert not browse.apply_button.isEnabled()
    qtbot.keyClick(browse.filter_box, Qt.Key.Key_Return)  # a load it started would be under way now
    wait_idle(qtbot, browse)
    assert not [target for _method, target in demo_simulator.request_log if "Gent" in target]

    browse.filter_box.setText("citty eq 'Gent'")
    assert "no field 'citty'" in browse.filter_error.text() and "position 1" in browse.filter_error.text()


def test_a_valid_filter_runs_on_the_server(qtbot, browse, demo_simulator):
    city = stored(demo_simulator, "Company")[0]["city"]
    browse.filter_box.setText(f"city eq '{city}'")
    assert browse.filter_error.isHidden() and browse.filter_box.property("invalid") is False
    qtbot.keyClick(browse.filter_box, Qt.Key.Key_Return)
    wait_idle(qtbot, browse)
    expected = sorted(row["code"] for row in stored(demo_simulator, "Company") if row["city"] == city)
    shown = sorted(browse.model.value(row, "code") for row in range(browse.model.rowCount()))
    assert shown == expected
    assert "filter=city" in browse.url_box.text()


def test_the_quick_search_looks_in_code_and_name(qtbot, browse, demo_simulator):
    target = stored(demo_simulator, "Company")[3]
    qtbot.keyClicks(browse.search_box, target["code"])
    qtbot.keyClick(browse.search_box, Qt.Key.Key_Return)
    wait_idle(qtbot, browse)
    assert [browse.model.value(row, "code") for row in range(browse.model.rowCount())] == [target["code"]]


def test_search_and_filter_checks_know_each_entitys_fields():
    assert str(search_filter("Company", "acme")) == "contains(code, 'acme') or contains(name, 'acme')"
    assert str(search_filter("Jobs", "wo-1")) == "contains(reference_back_office, 'wo-1') or contains(name, 'wo-1')"
    assert search_filter("JobApproval", "x") is None  # neither code nor name: nothing to search in
    assert check_filter("Jobs", "contains(name,'boiler') and id2 gt 3").ok
    assert not check_filter("JobApproval", "code eq 'X'").ok


def test_the_details_pane_shows_every_field_and_a_job_its_related_records(qtbot, browse, demo_simulator):
    storage = demo_simulator.storage
    approval = next(row for row in stored(demo_simulator, "JobApproval") if not row["is_daily_approval"])
    job_id = approval["jobs_id"]
    job = storage.get("Jobs", job_id)
    browse.open_with(entity="Jobs")
    browse.filter_box.setText(f"id eq {job_id}")
    qtbot.keyClick(browse.filter_box, Qt.Key.Key_Return)
    wait_idle(qtbot, browse)
    assert browse.model.rowCount() == 1
    browse.select_row(0)
    wait_idle(qtbot, browse)

    details = {browse.details_model.item(row)[0]: browse.details_model.item(row)[1] for row in range(browse.details_model.rowCount())}
    assert set(details) == {spec for spec in browse.model.fields}
    assert details["reference_back_office"] == job["reference_back_office"]
    assert job["reference_back_office"] in browse.details_title.text()

    def ids(entity, link, value):
        return sorted(str(row["id"]) for row in stored(demo_simulator, entity) if row[link] == value)

    expected = {
        "JobPartUsage": ids("JobPartUsage", "jobs_id", job_id),
        "JobNonPartUsage": ids("JobNonPartUsage", "jobs_id", job_id),
        "JobApproval": ids("JobApproval", "jobs_id", job_id),
    }
    approval_ids = {row["id"] for row in stored(demo_simulator, "JobApproval") if row["jobs_id"] == job_id}
    expected["DbFile"] = sorted(str(row["id"]) for row in stored(demo_simulator, "DbFile") if row["id_in_table"] in approval_ids | {job_id})
    assert expected["DbFile"], "the chosen job should have its approval's PDF"
    qtbot.waitUntil(lambda: all(model.exhausted and not model.loading for _, model, _ in browse.related_models), timeout=10_000)
    for index, (related, model, _table) in enumerate(browse.related_models):
        shown = sorted(str(model.value(row, "id")) for row in range(model.rowCount()))
        assert shown == expected[related.entity], related.title
        assert browse.related_tabs.tabText(index) == f"{related.title} ({len(shown)})"


def test_a_company_shows_its_projects(qtbot, browse, demo_simulator):
    browse.select_row(0)
    company_id = browse.model.value(0, "id")
    model = browse.related_models[0][1]
    qtbot.waitUntil(lambda: model.exhausted and not model.loading, timeout=10_000)
    expected = sorted(str(row["id"]) for row in stored(demo_simulator, "Project") if str(row["company_id"]) == str(company_id))
    assert expected
    assert sorted(str(model.value(row, "id")) for row in range(model.rowCount())) == expected


def test_ctrl_c_copies_the_selected_rows_as_csv(qtbot, browse):
    browse.table.selectRow(1)
    browse.table.setFocus()
    browse.table.copy_action.trigger()
    rows = list(csv.reader(io.StringIO(QGuiApplication.clipboard().text())))
    assert rows[0] == browse.model.column_names
    assert rows[1][0] == browse.model.value(1, browse.model.column_names[0])
    assert len(rows) == 2


def test_the_table_model_passes_the_model_tester(qtbot, qtmodeltester, demo_window, demo_simulator):
    model = RemoteTableModel(demo_window.runner)
    model.set_source(demo_window.session, "Jobs", columns=["id2", "name", "reference_back_office"], orderby=[("id2", False)])
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    qtmodeltester.check(model)
    before = model.rowCount()
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() > before, timeout=5000)  # inserts under the tester's eye
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.loading, timeout=5000)
    assert model.order == ("name", True)
    qtmodeltester.check(model)


def test_the_details_model_passes_the_model_tester(qtmodeltester, browse):
    browse.select_row(0)
    assert browse.details_model.rowCount() > 10
    qtmodeltester.check(browse.details_model)


def test_a_missing_password_is_one_sentence_in_the_banner(qtbot, window, demo_simulator):
    from tests.helpers.gui import make_profile, open_profile

    make_profile(demo_simulator, "No secret", secret=None)
    open_profile(qtbot, window, "No secret")
    page = window.go_to("browse")
    wait_idle(qtbot, page)
    assert "No password is saved for profile No secret" in page.banner.text
    assert page.model.rowCount() == 0
