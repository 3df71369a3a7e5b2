"""Settings: the first run, saving a profile (secret to the keyring only), validation, the
connection test, and a machine without a keyring."""
from __future__ import annotations

import keyring.backends.fail
import keyring.core
import pytest

from core import credentials, paths
from core.credentials import SERVICE_NAME
from core.settings import Settings
from tests.gui.conftest import PASSWORD, make_profile, wait_idle


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


def test_test_connection_uses_the_saved_password_when_none_is_typed(qtbot, demo_window):
    page = demo_window.go_to("settings")
    wait_idle(qtbot, page)
    assert page.name_edit.text() == "Demo" and page.name_edit.isReadOnly()
    qtbot.waitUntil(lambda: page.secret_note.text().startswith("Saved"), timeout=5000)
    qtbot.mouseClick(page.test_button, _left())
    qtbot.waitUntil(lambda: page.test_result.text().startswith(("✔", "✖")), timeout=10_000)
    assert page.test_result.text().startswith("✔ Connection OK")


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
