"""Activity: the journal from the state store (filtered) and the client's request log."""
from __future__ import annotations

from core.state import Store
from tests.helpers.gui import DEMO_PROFILE, PASSWORD, wait_idle


def write_journal() -> None:
    with Store.open(DEMO_PROFILE) as store:
        push = store.start_run("push")
        store.journal("company", "C001", "create", "ok", run_id=push, after={"name": "Acme"}, http_status=201)
        store.journal("company", "C002", "update", "failed", run_id=push, http_status=400, message="Odyssee rejected the name.")
        store.journal("project", "P001", "create", "ok", run_id=push, http_status=201)
        store.finish_run(push, "partial", {"created": 2, "failed": 1})
        export = store.start_run("export")
        store.journal("job_approval", "WO-1", "export", "ok", run_id=export)
        store.finish_run(export, "ok", {"exported": 1})


def shown_keys(page) -> list[str]:
    model = page.journal_model
    return sorted(model.item(row).erp_key for row in range(model.rowCount()))


def test_the_journal_shows_the_stores_rows_and_filters_them(qtbot, demo_profile, window):
    write_journal()
    from tests.helpers.gui import open_profile

    open_profile(qtbot, window)
    page = window.go_to("activity")
    wait_idle(qtbot, page)
    assert shown_keys(page) == ["C001", "C002", "P001", "WO-1"]
    assert page.journal_stack.currentWidget() is page.journal_table

    page.entity_box.setCurrentIndex(page.entity_box.findData("company"))
    wait_idle(qtbot, page)
    assert shown_keys(page) == ["C001", "C002"]
    page.result_box.setCurrentIndex(page.result_box.findData("failed"))
    wait_idle(qtbot, page)
    assert shown_keys(page) == ["C002"]
    message_column = [column.title for column in page.journal_model.columns].index("Message")
    assert page.journal_model.index(0, message_column).data() == "Odyssee rejected the name."

    page.entity_box.setCurrentIndex(0)
    page.result_box.setCurrentIndex(0)
    export_run = next(page.run_box.itemData(i) for i in range(1, page.run_box.count()) if "Export to the ERP" in page.run_box.itemText(i))
    page.run_box.setCurrentIndex(page.run_box.findData(export_run))
    wait_idle(qtbot, page)
    assert shown_keys(page) == ["WO-1"]


def column_texts(page, title: str) -> list[str]:
    model = page.journal_model
    column = [column.title for column in model.columns].index(title)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_journal_says_in_words_what_each_row_is_about(qtbot, demo_profile, window):
    approval = "0b7c5f3e-9d1a-4c2e-8f6b-2a4d6e8f0a1c"
    refused = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c"
    with Store.open(DEMO_PROFILE) as store:
        push = store.start_run("push")
        store.journal("Company", "C00173", "create", "ok", run_id=push, after={"code": "C00173", "name": "Garage Dupont"})
        store.journal("User", "U004", "update", "rejected", run_id=push, after={"firstname": "Jan", "lastname": "Peeters"})
        store.finish_run(push, "partial", {"ok": 1, "not_selected": 1})
        export = store.start_run("export")
        store.journal("job_approval", approval, "export", "ok", run_id=export,
                      after={"job_reference": "WO-2026-00317", "job_number": 317})
        store.journal("job_approval", refused, "export", "failed", run_id=export, message="The ERP refused it.")
        store.hold("job_approval", refused, "The ERP refused it.", odyssee_modified="", label="WO-2026-00320", run_id=export)
        store.finish_run(export, "partial", {"exported": 1, "held": 1})
    from tests.helpers.gui import open_profile

    open_profile(qtbot, window)
    page = window.go_to("activity")
    wait_idle(qtbot, page)
    records = column_texts(page, "Record")
    assert "C00173 — Garage Dupont" in records and "U004 — Jan Peeters" in records
    assert "WO-2026-00317 (job #317)" in records and "WO-2026-00320" in records
    assert not any(approval in text or refused in text for text in records)  # no ids where a reference is known
    assert set(column_texts(page, "Result")) == {"Done", "Not approved", "Failed"}
    assert set(column_texts(page, "Entity")) == {"Company", "User", "Job approval"}
    runs = [page.run_box.itemText(index) for index in range(page.run_box.count())]
    assert any(text.endswith("Export to the ERP (partly done)") for text in runs)
    assert "Job approval" in [page.entity_box.itemText(index) for index in range(page.entity_box.count())]


def test_an_empty_journal_says_what_will_appear_there(qtbot, demo_window):
    page = demo_window.go_to("activity")
    wait_idle(qtbot, page)
    assert page.journal_stack.currentWidget() is page.journal_empty
    assert "journal is empty" in page.journal_empty.text()


def test_the_request_log_lists_the_windows_requests_without_credentials(qtbot, demo_window, demo_simulator):
    browse = demo_window.go_to("browse")
    wait_idle(qtbot, browse)
    page = demo_window.go_to("activity")
    qtbot.waitUntil(lambda: page.requests_model.rowCount() >= 2, timeout=5000)
    urls = [record.url for record in page.requests_model.items]
    assert any("/User?" in url for url in urls)  # the connection check
    assert any(f"/{browse.entity}?" in url for url in urls)
    assert all(record.status == 200 for record in page.requests_model.items)
    text = " ".join(record.summary() for record in page.requests_model.items)
    assert PASSWORD not in text and demo_simulator.authorization not in text
    assert "requests this session" in page.requests_note.text()

    before = page.requests_model.rowCount()
    browse.refresh()
    qtbot.waitUntil(lambda: page.requests_model.rowCount() > before, timeout=5000)  # new ones stream in

    qtbot.mouseClick(page.clear_button, _left())
    assert page.requests_model.rowCount() == 0


def test_the_activity_models_pass_the_model_tester(qtbot, qtmodeltester, demo_profile, window):
    write_journal()
    from tests.helpers.gui import open_profile

    open_profile(qtbot, window)
    page = window.go_to("activity")
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.requests_model.rowCount() > 0, timeout=5000)
    qtmodeltester.check(page.journal_model)
    qtmodeltester.check(page.requests_model)


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_column_widths_survive_closing_and_reopening_the_window(qtbot, demo_profile, window, runner, isolated_home):
    from gui.main_window import MainWindow
    from gui.ui_state import FILE_NAME
    from tests.helpers.gui import open_profile

    write_journal()
    open_profile(qtbot, window)
    page = window.go_to("activity")
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.requests_model.rowCount() > 0, timeout=5000)
    entity = [column.title for column in page.journal_model.columns].index("Entity")
    method = [column.title for column in page.requests_model.columns].index("Method")
    page.journal_table.horizontalHeader().resizeSection(entity, 211)
    page.requests_table.horizontalHeader().resizeSection(method, 97)
    page.splitter.setSizes([250, 350])
    splitter_sizes = page.splitter.sizes()
    window.close()
    assert (isolated_home / "config" / FILE_NAME).is_file()
    first_session, window.session = window.session, None
    first_session.retire()  # lets go of the profile, as quitting does

    second = MainWindow(runner)
    qtbot.addWidget(second)
    second.show()
    try:
        open_profile(qtbot, second)
        reopened = second.go_to("activity")
        wait_idle(qtbot, reopened)
        qtbot.waitUntil(lambda: reopened.requests_model.rowCount() > 0, timeout=5000)
        assert reopened.journal_stack.currentWidget() is reopened.journal_table
        assert reopened.journal_table.horizontalHeader().sectionSize(entity) == 211
        assert reopened.requests_table.horizontalHeader().sectionSize(method) == 97
        top, bottom = reopened.splitter.sizes()  # the page's height may differ (a banner): compare shares
        assert abs(top / (top + bottom) - splitter_sizes[0] / sum(splitter_sizes)) < 0.02
        # Refreshing the journal keeps the user's widths rather than fitting them again.
        reopened.refresh()
        wait_idle(qtbot, reopened)
        assert reopened.journal_table.horizontalHeader().sectionSize(entity) == 211
    finally:
        runner.cancel_all()
        qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=10_000)
        session, second.session = second.session, None
        if session is not None:
            session.retire()
