"""Settings: the first run, saving a profile (secret to the keyring only), validation, the
connection test, and a machine without a keyring; Save testing first, unsaved edits asked about,
a 1024×700 window, intervals in minutes, the export target in words, and the schedule."""
from __future__ import annotations

import sys

import keyring.backends.fail
import keyring.core
import pytest

from core import credentials, paths
from core.credentials import SERVICE_NAME
from core.settings import Settings
from core.simulator.server import Simulator
from gui.pages import PAGES
from tests.helpers.gui import PASSWORD, make_profile, wait_idle


def fill(qtbot, page, simulator, *, name="Tenant", password=PASSWORD):
    page.name_edit.setText(name)
    page.base_url_edit.setText(simulator.base_url)
    page.domain_edit.setText(simulator.domain)
    page.username_edit.setText(simulator.username)
    page.secret_edit.setText(password)
    page.download_edit.setText(str(paths.data_dir() / "pdfs"))
    page.pdf_interval.setValue(120)


def first_run_filled(qtbot, window, simulator, **fields):
    """The Settings page of a first run, filled in for ``simulator`` (``fields``: see fill)."""
    window.start_first_run()
    page = window.current_page
    fill(qtbot, page, simulator, **fields)
    return page


@pytest.fixture(autouse=True)
def forget_session_secrets():
    yield
    credentials.session_secrets.clear()


def test_first_run_saves_a_profile_with_the_password_in_the_keyring_only(qtbot, window, demo_simulator, memory_keyring):
    window.start_first_run()
    page = window.current_page
    assert page.key == "settings" and "Welcome" in page.banner.text
    fill(qtbot, page, demo_simulator)
    qtbot.mouseClick(page.save_button, _left())
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)

    assert window.session.name == "Tenant"
    saved = Settings.load().get("Tenant")
    assert saved.base_url == demo_simulator.base_url and saved.poll_interval_pdf == 120
    assert Settings.load().current_name == "Tenant"
    assert memory_keyring.entries[(SERVICE_NAME, "Tenant")] == PASSWORD
    for file in paths.config_dir().rglob("*"):
        if file.is_file():
            assert PASSWORD not in file.read_text(encoding="utf-8", errors="replace"), file
    assert page.secret_edit.text() == ""
    assert "saved" in page.banner.text and "keyring" in page.banner.text
    qtbot.waitUntil(lambda: window.connection is not None, timeout=10_000)
    assert window.connection.ok


def test_a_wrong_value_is_one_sentence_next_to_the_form_and_nothing_is_written(qtbot, window, demo_simulator, memory_keyring):
    page = first_run_filled(qtbot, window, demo_simulator)
    page.base_url_edit.setText("ftp://odyssee.example")
    qtbot.mouseClick(page.save_button, _left())
    wait_idle(qtbot, page)
    assert page.problem.startswith("Base URL: Expected an http:// or https:// address")
    assert page.base_url_edit.property("invalid") is True
    assert not (paths.config_dir() / "profiles.toml").exists()
    assert memory_keyring.entries == {}

    page.base_url_edit.setText(demo_simulator.base_url)
    page.username_edit.setText("")
    qtbot.mouseClick(page.save_button, _left())
    assert "needs both a username and a domain" in page.problem


@pytest.mark.parametrize(
    ("password", "expected"),
    [(PASSWORD, "Connection OK"), ("wrong", "Wrong user name or password")],
)
def test_test_connection_says_ok_or_wrong_password(qtbot, window, demo_simulator, password, expected):
    page = first_run_filled(qtbot, window, demo_simulator, password=password)
    qtbot.mouseClick(page.test_button, _left())
    qtbot.waitUntil(lambda: page.test_result.text().startswith(("✔", "✖")), timeout=10_000)
    assert expected in page.test_result.text()
    assert not (paths.config_dir() / "profiles.toml").exists()  # testing saves nothing


def test_test_connection_says_what_the_servers_model_lacks_of_the_mapping(qtbot, window):
    with Simulator(domain="DEMO", username="api", password=PASSWORD, metadata_without=["Company.vat_reg_code"]) as simulator:
        page = first_run_filled(qtbot, window, simulator)
        qtbot.mouseClick(page.test_button, _left())
        qtbot.waitUntil(lambda: page.test_result.text().startswith(("✔", "✖")), timeout=10_000)
        assert page.test_result.text().startswith("✔ Connection OK. Connected to Odyssee at ")
        assert page.test_result.text().endswith(
            "The server has no field Company.vat_reg_code, which your mapping sends."
        )


def test_test_connection_uses_the_saved_password_when_none_is_typed(qtbot, demo_window):
    page = demo_window.go_to("settings")
    wait_idle(qtbot, page)
    assert page.name_edit.text() == "Demo" and page.name_edit.isReadOnly()
    qtbot.waitUntil(lambda: page.secret_note.text().startswith("Saved"), timeout=5000)
    qtbot.mouseClick(page.test_button, _left())
    qtbot.waitUntil(lambda: page.test_result.text().startswith(("✔", "✖")), timeout=10_000)
    assert page.test_result.text().startswith("✔ Connection OK")
    assert page.test_result.text().endswith("The server's model matches.")


def test_without_a_keyring_the_password_can_be_used_for_this_session_only(qtbot, window, demo_simulator, monkeypatch):
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.backends.fail.Keyring())
    page = first_run_filled(qtbot, window, demo_simulator)
    qtbot.mouseClick(page.save_button, _left())
    qtbot.waitUntil(lambda: page.banner.kind == "warning" and not page.banner.isHidden(), timeout=10_000)
    assert "No system keyring is available" in page.banner.text
    assert page.banner.action_button.text() == "Use for this session only"
    assert Settings.load().get("Tenant").username == demo_simulator.username  # the profile is saved
    qtbot.mouseClick(page.banner.action_button, _left())
    assert credentials.session_secrets.get("Tenant") == PASSWORD
    qtbot.waitUntil(lambda: window.session is not None and window.session.client is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.connection is not None, timeout=10_000)
    assert window.connection.ok


def test_open_this_profile_switches_the_window_to_it(qtbot, demo_window, demo_simulator):
    make_profile(demo_simulator, "Second")
    page = demo_window.go_to("settings")
    page.reload_profiles(select="Second")
    wait_idle(qtbot, page)
    assert page.profile_list.currentItem().text() == "Second"
    qtbot.mouseClick(page.open_button, _left())
    qtbot.waitUntil(lambda: demo_window.session is not None and demo_window.session.name == "Second", timeout=10_000)
    assert Settings.load().current_name == "Second"
    assert "Second" in demo_window.profile_label.text()


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_erp_password_is_saved_under_its_own_keyring_entry(qtbot, window, demo_simulator, memory_keyring):
    page = first_run_filled(qtbot, window, demo_simulator)
    page.erp_edit.setText("postgresql+psycopg://erp_reader@erp-db/erp")
    page.erp_password_edit.setText("erp-Secret-7")
    qtbot.mouseClick(page.save_button, _left())
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)

    assert memory_keyring.entries[(credentials.ERP_SERVICE_NAME, "Tenant")] == "erp-Secret-7"
    assert memory_keyring.entries[(SERVICE_NAME, "Tenant")] == PASSWORD
    assert page.erp_password_edit.text() == ""
    assert "ERP password is in the system keyring" in page.banner.text
    for file in paths.config_dir().rglob("*"):
        if file.is_file():
            assert "erp-Secret-7" not in file.read_text(encoding="utf-8", errors="replace"), file


def test_auto_export_and_the_outbox_format_are_saved_and_read_back(qtbot, demo_window, demo_simulator):

    settings = Settings.load()
    settings.get("Demo").extra["kept_by_a_newer_version"] = "yes"
    settings.save()
    page = demo_window.go_to("settings")
    page.reload_profiles(select="Demo")
    wait_idle(qtbot, page)
    assert not page.auto_export_box.isChecked()
    assert page.export_format_box.currentData() == "json"

    page.export_edit.setText("postgresql://erp_writer@erp-db/erp")
    assert not page.export_format_box.isEnabled()  # a database target has no outbox format
    outbox = str(paths.data_dir() / "outbox")
    page.export_edit.setText(outbox)
    assert page.export_format_box.isEnabled()
    page.auto_export_box.setChecked(True)
    page.export_format_box.setCurrentIndex(page.export_format_box.findData("csv"))
    qtbot.mouseClick(page.save_button, _left())
    qtbot.waitUntil(lambda: page.banner.kind == "success", timeout=10_000)

    saved = Settings.load().get("Demo")
    assert saved.export_to == outbox
    assert saved.auto_export and saved.export_format == "csv"
    assert saved.extra["kept_by_a_newer_version"] == "yes"

    page.new_profile()  # a blank form, then the profile as read back from the file
    assert not page.auto_export_box.isChecked() and page.export_format_box.currentData() == "json"
    wait_idle(qtbot, page)
    page.reload_profiles(select="Demo")
    wait_idle(qtbot, page)
    assert page.name_edit.text() == "Demo"
    assert page.auto_export_box.isChecked()
    assert page.export_format_box.currentData() == "csv" and page.export_format_box.currentText() == "CSV"

    page.auto_export_box.setChecked(False)
    qtbot.mouseClick(page.save_button, _left())
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: not Settings.load().get("Demo").auto_export, timeout=10_000)


def test_the_ceiling_of_requests_at_once_is_saved_and_the_next_session_keeps_to_it(qtbot, demo_window):
    from core.odata import OdysseeClient

    page = demo_window.go_to("settings")
    page.reload_profiles(select="Demo")
    wait_idle(qtbot, page)
    assert page.concurrency_box.value() == Settings.load().get("Demo").max_concurrency == 16
    page.concurrency_box.setValue(6)
    qtbot.mouseClick(page.save_button, _left())
    qtbot.waitUntil(lambda: page.banner.kind == "success", timeout=10_000)

    saved = Settings.load().get("Demo")
    assert saved.max_concurrency == 6
    with OdysseeClient.from_profile(saved, auth_header="Basic dW51c2Vk") as client:
        assert client.pace.maximum == 6
    page.reload_profiles(select="Demo")
    wait_idle(qtbot, page)
    assert page.concurrency_box.value() == 6


def _answer_delete(monkeypatch, answer):
    """Stand in for the confirmation dialog: record its text, give ``answer``."""
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_deleting_a_profile_asks_then_removes_it_and_its_keyring_entries(qtbot, demo_window, demo_simulator, memory_keyring, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from core.state import Store, local_store_path

    old = make_profile(demo_simulator, "Old")
    credentials.store_erp_password(old, "erp-pw")
    with Store.open("Old"):
        pass
    page = demo_window.go_to("settings")
    page.reload_profiles(select="Old")
    wait_idle(qtbot, page)
    assert page.delete_button.isEnabled()

    asked = _answer_delete(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(page.delete_button, _left())
    wait_idle(qtbot, page)
    assert len(asked) == 1 and "Old" in Settings.load().profiles  # cancelled: nothing happens
    assert '"Old"' in asked[0] and "keyring" in asked[0] and "Its state is kept" in asked[0]

    asked = _answer_delete(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, _left())
    qtbot.waitUntil(lambda: "deleted" in page.banner.text, timeout=10_000)
    wait_idle(qtbot, page)
    assert len(asked) == 1
    assert "Old" not in Settings.load().profiles and "Demo" in Settings.load().profiles
    assert (SERVICE_NAME, "Old") not in memory_keyring.entries
    assert (credentials.ERP_SERVICE_NAME, "Old") not in memory_keyring.entries
    assert memory_keyring.entries[(SERVICE_NAME, "Demo")] == PASSWORD
    assert local_store_path("Old").is_file()  # the local history stays
    listed = [page.profile_list.item(row).data(_user_role()) for row in range(page.profile_list.count())]
    assert listed == ["Demo"]
    assert "keyring" in page.banner.text and "state file is kept" in page.banner.text


def test_the_profile_open_in_the_window_cannot_be_deleted(qtbot, demo_window, monkeypatch):
    asked = _answer_delete(monkeypatch, None)
    page = demo_window.go_to("settings")
    page.reload_profiles(select="Demo")
    wait_idle(qtbot, page)
    assert not page.delete_button.isEnabled()
    assert "open in this window" in page.delete_button.toolTip()
    page.delete_selected()  # even when called directly
    wait_idle(qtbot, page)
    assert asked == [] and "Demo" in Settings.load().profiles
    assert "cannot be deleted" in page.banner.text


def test_deleting_without_a_keyring_deletes_the_profile_and_says_so(qtbot, demo_window, demo_simulator, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    make_profile(demo_simulator, "Old", secret=None)
    page = demo_window.go_to("settings")
    page.reload_profiles(select="Old")
    wait_idle(qtbot, page)
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.backends.fail.Keyring())
    _answer_delete(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, _left())
    qtbot.waitUntil(lambda: "deleted" in page.banner.text, timeout=10_000)
    assert page.banner.kind == "success"
    assert "No system keyring is available" in page.banner.text
    assert "Old" not in Settings.load().profiles


def _user_role():
    from PySide6.QtCore import Qt

    return Qt.ItemDataRole.UserRole


# --- Save tests the connection first -----------------------------------------------------------


def _open_demo_settings(qtbot, window):
    page = window.go_to("settings")
    page.reload_profiles(select="Demo")
    wait_idle(qtbot, page)
    assert page.name_edit.text() == "Demo" and not page.has_unsaved_edits()
    return page


@pytest.mark.parametrize(
    ("field", "change", "reason", "beside"),
    [
        ("secret", lambda page: page.secret_edit.setText("wrong"), "Wrong user name or password", "Odyssee refused this password"),
        ("base_url", lambda page: page.base_url_edit.setText("http://127.0.0.1:1/api"), "Unreachable", "Nothing answered"),
    ],
)
def test_a_failed_connection_test_saves_nothing_and_says_why_beside_the_field(
    qtbot, demo_window, memory_keyring, field, change, reason, beside,
):
    page = _open_demo_settings(qtbot, demo_window)
    written = (paths.config_dir() / "profiles.toml").read_bytes()
    change(page)
    page.pdf_interval.setValue(600)
    qtbot.mouseClick(page.save_button, _left())
    qtbot.waitUntil(lambda: page.problem.startswith("Not saved"), timeout=15_000)
    wait_idle(qtbot, page)

    assert "the connection test failed" in page.problem and "Save anyway" in page.problem
    assert page.field_problem(field).startswith(beside)
    assert page.test_result.text().startswith(f"✖ {reason}: ")  # the test's whole answer, below the form
    widget = page.secret_edit if field == "secret" else page.base_url_edit
    assert widget.property("invalid") is True
    assert page.save_anyway_button.isVisible()
    assert page.banner.kind != "success"
    # Nothing was written: the settings file and the keyring keep the good values.
    assert (paths.config_dir() / "profiles.toml").read_bytes() == written
    assert memory_keyring.entries[(SERVICE_NAME, "Demo")] == PASSWORD
    assert page.has_unsaved_edits()  # the form still has what the user typed


def test_save_anyway_saves_what_the_failed_test_refused_and_says_so(qtbot, demo_window, memory_keyring):
    page = _open_demo_settings(qtbot, demo_window)
    page.secret_edit.setText("wrong")
    page.pdf_interval.setValue(600)
    qtbot.mouseClick(page.save_button, _left())
    qtbot.waitUntil(page.save_anyway_button.isVisible, timeout=15_000)

    qtbot.mouseClick(page.save_anyway_button, _left())
    qtbot.waitUntil(lambda: page.banner.kind == "warning" and "saved" in page.banner.text, timeout=10_000)
    assert "connection test failed" in page.banner.text and "Wrong user name or password" in page.banner.text
    assert memory_keyring.entries[(SERVICE_NAME, "Demo")] == "wrong"
    assert Settings.load().get("Demo").poll_interval_pdf == 600
    assert not page.save_anyway_button.isVisible() and page.problem == ""
    assert not page.has_unsaved_edits()


def test_editing_after_a_refused_save_asks_for_a_new_test(qtbot, demo_window):
    page = _open_demo_settings(qtbot, demo_window)
    page.secret_edit.setText("wrong")
    qtbot.mouseClick(page.save_button, _left())
    qtbot.waitUntil(page.save_anyway_button.isVisible, timeout=15_000)
    page.secret_edit.clear()
    qtbot.keyClicks(page.secret_edit, PASSWORD)  # typed: the refusal is over
    assert not page.save_anyway_button.isVisible() and page.field_problem("secret") == ""
    qtbot.mouseClick(page.save_button, _left())
    qtbot.waitUntil(lambda: page.banner.kind == "success", timeout=10_000)
    assert page.test_result.text().startswith("✔ Connection OK")


# --- unsaved edits are kept, or the user is asked ----------------------------------------------


def _answer(qtbot, page, answer):
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: page.leave_question is not None and page.leave_question.isVisible(), timeout=5000)
    question = page.leave_question
    said = question.text(), question.informativeText()
    question.button(getattr(QMessageBox.StandardButton, answer)).click()
    qtbot.waitUntil(lambda: page.leave_question is None, timeout=5000)
    return said


def test_leaving_settings_with_unsaved_edits_asks_and_cancel_keeps_them(qtbot, demo_window):
    page = _open_demo_settings(qtbot, demo_window)
    page.domain_edit.setText("OTHER")
    assert page.has_unsaved_edits()
    demo_window.navigation.setCurrentRow(0)  # the user clicks Overview
    text, details = _answer(qtbot, page, "Cancel")
    assert text == 'Save your changes to the profile "Demo"?' and details.startswith("Changed, not saved yet: Domain.")
    assert demo_window.current_page is page and demo_window.navigation.currentRow() == len(PAGES) - 1
    assert page.domain_edit.text() == "OTHER" and page.has_unsaved_edits()
    assert Settings.load().get("Demo").domain == "DEMO"


def test_discard_forgets_the_edits_and_goes_where_the_user_was_going(qtbot, demo_window):
    page = _open_demo_settings(qtbot, demo_window)
    page.pdf_interval.setValue(1200)
    demo_window.go_to("overview")
    assert demo_window.current_page is page
    _answer(qtbot, page, "Discard")
    assert demo_window.current_page.key == "overview"
    assert Settings.load().get("Demo").poll_interval_pdf == 300
    demo_window.go_to("settings")
    assert page.pdf_interval.value() == 300 and not page.has_unsaved_edits()


def test_save_from_the_question_tests_saves_then_goes(qtbot, demo_window):
    page = _open_demo_settings(qtbot, demo_window)
    page.pdf_interval.setValue(1200)
    demo_window.go_to("overview")
    _answer(qtbot, page, "Save")
    qtbot.waitUntil(lambda: demo_window.current_page.key == "overview", timeout=15_000)
    assert Settings.load().get("Demo").poll_interval_pdf == 1200
    assert page.banner.kind == "success"


def test_a_refused_save_from_the_question_stays_on_settings(qtbot, demo_window, memory_keyring):
    page = _open_demo_settings(qtbot, demo_window)
    page.secret_edit.setText("wrong")
    demo_window.go_to("overview")
    _answer(qtbot, page, "Save")
    qtbot.waitUntil(page.save_anyway_button.isVisible, timeout=15_000)
    wait_idle(qtbot, page)
    assert demo_window.current_page is page
    assert memory_keyring.entries[(SERVICE_NAME, "Demo")] == PASSWORD


def test_choosing_another_profile_with_unsaved_edits_asks(qtbot, demo_window, demo_simulator):
    make_profile(demo_simulator, "Second")
    page = _open_demo_settings(qtbot, demo_window)
    page.username_edit.setText("someone")
    second = page.profile_list.findItems("Second", _match_exactly())[0]
    page.profile_list.setCurrentItem(second)  # the user clicks it
    assert page.name_edit.text() == "Demo" and page._selected_name() == "Demo"  # not yet
    _answer(qtbot, page, "Cancel")
    assert page.name_edit.text() == "Demo" and page.username_edit.text() == "someone"

    page.profile_list.setCurrentItem(second)
    _answer(qtbot, page, "Discard")
    wait_idle(qtbot, page)
    assert page.name_edit.text() == "Second" and page._selected_name() == "Second"
    assert Settings.load().get("Demo").username == demo_simulator.username

    page.domain_edit.setText(demo_simulator.domain)  # unchanged: nothing to ask
    demo_item = page.profile_list.findItems("Demo  (open)", _match_exactly())[0]
    page.template_edit.setText("{job_reference}.pdf")
    page.profile_list.setCurrentItem(demo_item)
    _answer(qtbot, page, "Save")
    qtbot.waitUntil(lambda: page.name_edit.text() == "Demo", timeout=15_000)
    wait_idle(qtbot, page)
    assert Settings.load().get("Second").naming_template == "{job_reference}.pdf"
    assert page._selected_name() == "Demo" and not page.has_unsaved_edits()


def test_new_profile_with_unsaved_edits_asks(qtbot, demo_window):
    page = _open_demo_settings(qtbot, demo_window)
    page.domain_edit.setText("OTHER")
    qtbot.mouseClick(page.new_button, _left())
    _answer(qtbot, page, "Discard")
    assert page.name_edit.text() == "" and not page.name_edit.isReadOnly()


def test_closing_the_window_with_unsaved_edits_asks(qtbot, demo_window):
    page = _open_demo_settings(qtbot, demo_window)
    page.domain_edit.setText("OTHER")
    demo_window.close()
    _answer(qtbot, page, "Cancel")
    assert demo_window.isVisible()
    demo_window.close()
    _answer(qtbot, page, "Discard")
    qtbot.waitUntil(lambda: not demo_window.isVisible(), timeout=5000)
    assert Settings.load().get("Demo").domain == "DEMO"


def test_without_edits_nothing_is_asked(qtbot, demo_window):
    page = _open_demo_settings(qtbot, demo_window)
    qtbot.waitUntil(lambda: page.secret_note.text().startswith("Saved"), timeout=5000)
    demo_window.go_to("overview")
    assert demo_window.current_page.key == "overview" and page.leave_question is None


# --- a 1024×700 window -------------------------------------------------------------------------


def test_at_1024_by_700_the_save_button_is_in_sight_and_no_page_is_wider(qtbot, demo_window):
    from PySide6.QtCore import QPoint, QRect

    page = _open_demo_settings(qtbot, demo_window)
    demo_window.resize(1024, 700)
    qtbot.waitUntil(lambda: demo_window.width() == 1024 and demo_window.height() == 700, timeout=5000)
    qtbot.waitUntil(lambda: page.height() < 700, timeout=5000)
    for button in (page.save_button, page.test_button):
        assert button.isVisible()
        where = QRect(button.mapTo(demo_window, QPoint(0, 0)), button.size())
        assert demo_window.centralWidget().geometry().contains(where), (button.text(), where)
    content, viewport = page.form_scroll.widget(), page.form_scroll.viewport()
    # The form goes to one column (its layout settles in the event loop): nothing is cut off at the right.
    qtbot.waitUntil(
        lambda: max(content.minimumSizeHint().width(), content.width()) <= viewport.width(), timeout=5000,
    )
    for other in demo_window.pages.values():
        assert other.minimumSizeHint().width() <= demo_window.stack.width(), other.key


# --- in the office's words -----------------------------------------------------------------------


def test_poll_intervals_are_minutes_and_seconds_that_are_not_whole_minutes_stay(qtbot, demo_window):
    settings = Settings.load()
    settings.get("Demo").poll_interval_pdf = 90
    settings.save()
    page = _open_demo_settings(qtbot, demo_window)
    assert page.pdf_interval.text() == "1 min 30 s"
    assert page.completed_interval.text() == "15 min"
    page.completed_interval.lineEdit().setText("2.5")
    page.completed_interval.interpretText()
    assert page.completed_interval.value() == 150 and page.completed_interval.text() == "2 min 30 s"
    page.completed_interval.stepBy(1)
    assert page.completed_interval.text() == "3 min"
    qtbot.mouseClick(page.save_button, _left())
    qtbot.waitUntil(lambda: page.banner.kind == "success", timeout=10_000)
    saved = Settings.load().get("Demo")
    assert saved.poll_interval_pdf == 90 and saved.poll_interval_completed == 180


def test_the_export_target_is_said_in_words(qtbot, window):
    window.start_first_run()
    page = window.current_page
    assert page.export_where.text().startswith("No export target yet")
    page.export_edit.setText("sqlite:///C:/ERP/erp.sqlite3")
    assert page.export_where.text() == "Completed work goes to: ERP database erp.sqlite3, staging tables."
    outbox = str(paths.data_dir() / "outbox")
    page.export_edit.setText(outbox)
    page.export_format_box.setCurrentIndex(page.export_format_box.findData("csv"))
    assert page.export_where.text() == f"Completed work goes to: folder {outbox} (CSV files)."
    page.export_edit.setText("https://erp.example/hooks/odyssee?token=abc")
    assert "web service at erp.example" in page.export_where.text() and "token" not in page.export_where.text()


def test_the_production_flag_is_saved(qtbot, demo_window):
    page = _open_demo_settings(qtbot, demo_window)
    if page.production_box is None:
        pytest.skip("this version's profiles have no production flag")
    assert not page.production_box.isChecked()
    page.production_box.setChecked(True)
    qtbot.mouseClick(page.save_button, _left())
    qtbot.waitUntil(lambda: page.banner.kind == "success", timeout=10_000)
    assert Settings.load().get("Demo").production is True


# --- run automatically every N minutes ---------------------------------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the systemd user timer is Linux's")
def test_run_automatically_writes_the_timer_on_save_and_unchecking_removes_it(qtbot, demo_window, tmp_path, monkeypatch):
    from core.services import scheduling

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    # No user service manager of this machine is touched: the files are written, not enabled.
    monkeypatch.setattr(scheduling, "_systemctl", lambda *arguments: (False, "no user service manager in tests"))
    timer = tmp_path / "xdg" / "systemd" / "user" / f"{scheduling.unit_name('Demo')}.timer"
    page = _open_demo_settings(qtbot, demo_window)
    qtbot.waitUntil(lambda: page.schedule_status.text().startswith("Not set up"), timeout=5000)
    assert not page.schedule_box.isChecked() and not page.schedule_minutes.isEnabled()

    page.schedule_box.setChecked(True)
    page.schedule_minutes.setValue(20)
    assert page.has_unsaved_edits()
    qtbot.mouseClick(page.save_button, _left())
    qtbot.waitUntil(timer.exists, timeout=15_000)
    qtbot.waitUntil(lambda: page.schedule_status.text().startswith("Every 20 min."), timeout=10_000)
    assert "OnUnitActiveSec=20min" in timer.read_text(encoding="utf-8")
    assert scheduling.installed_every("Demo") == 20
    qtbot.waitUntil(lambda: not demo_window.opening, timeout=10_000)  # the saved profile, opened again
    wait_idle(qtbot, page)
    assert "Written, but not enabled (no user service manager in tests)" in page.schedule_status.text()
    assert not page.has_unsaved_edits()

    page.reload_profiles(select="Demo")  # shown again: the schedule is read back
    wait_idle(qtbot, page)
    assert page.schedule_box.isChecked() and page.schedule_minutes.value() == 20

    page.schedule_box.setChecked(False)
    qtbot.mouseClick(page.save_button, _left())
    qtbot.waitUntil(lambda: not timer.exists(), timeout=15_000)
    qtbot.waitUntil(lambda: page.schedule_status.text().startswith("Not set up"), timeout=10_000)
    assert scheduling.installed_every("Demo") is None


def _match_exactly():
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchExactly


# --- the window's language -----------------------------------------------------------------------


def test_choosing_a_language_saves_it_at_once_and_the_next_window_speaks_it(qtbot, window, runner):
    from gui.i18n import choose_language, install_language, uninstall_language
    from gui.main_window import MainWindow

    page = window.go_to("settings")
    wait_idle(qtbot, page)
    assert page.language_box.currentData() == ""  # nothing chosen yet: the system's
    page.language_box.setCurrentIndex(page.language_box.findText("Nederlands"))
    qtbot.waitUntil(lambda: Settings.load().language == "nl", timeout=10_000)
    assert Settings.load().profiles == {}  # the language is not a profile's

    install_language(choose_language())  # as the next start does
    try:
        again = MainWindow(runner)
        qtbot.addWidget(again)
        titles = [again.navigation.item(row).text() for row in range(again.navigation.count())]
        assert "Instellingen" in titles and "Settings" not in titles
    finally:
        uninstall_language()
