"""Settings: the first run, saving a profile (secret to the keyring only), validation, the
connection test, and a machine without a keyring."""
from __future__ import annotations

import keyring.backends.fail
import keyring.core
import pytest

from core import credentials, paths
from core.credentials import SERVICE_NAME
from core.settings import Settings
from core.simulator.server import Simulator
from tests.helpers.gui import PASSWORD, make_profile, wait_idle


def fill(qtbot, page, simulator, *, name="Tenant", password=PASSWORD):
    page.name_edit.setText(name)
    page.base_url_edit.setText(simulator.base_url)
    page.domain_edit.setText(simulator.domain)
    page.username_edit.setText(simulator.username)
    page.secret_edit.setText(password)
    page.download_edit.setText(str(paths.data_dir() / "pdfs"))
    page.pdf_interval.setValue(120)


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
    window.start_first_run()
    page = window.current_page
    fill(qtbot, page, demo_simulator)
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
    window.start_first_run()
    page = window.current_page
    fill(qtbot, page, demo_simulator, password=password)
    qtbot.mouseClick(page.test_button, _left())
    qtbot.waitUntil(lambda: page.test_result.text().startswith(("✔", "✖")), timeout=10_000)
    assert expected in page.test_result.text()
    assert not (paths.config_dir() / "profiles.toml").exists()  # testing saves nothing


def test_test_connection_says_what_the_servers_model_lacks_of_the_mapping(qtbot, window):
    with Simulator(domain="DEMO", username="api", password=PASSWORD, metadata_without=["Company.vat_reg_code"]) as simulator:
        window.start_first_run()
        page = window.current_page
        fill(qtbot, page, simulator)
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
    window.start_first_run()
    page = window.current_page
    fill(qtbot, page, demo_simulator)
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
    window.start_first_run()
    page = window.current_page
    fill(qtbot, page, demo_simulator)
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
