"""The window in an office: a job another workstation runs is shown, its button waits, and the
background polls leave the job to whoever holds it."""
from __future__ import annotations

import pytest

from core.settings import Settings
from core.state import Actor, Store, state_key
from core.state.location import location_for_profile
from core.sync.progress import RunControl
from gui.polling import PDFS, poll_pdfs
from gui.session import open_session
from tests.helpers.gui import SYNC_PROFILE, wait_idle


def colleague_store(profile) -> Store:
    """The same state, as another workstation of the office opens it."""
    key, tenant, erp = state_key(profile)
    return Store(location_for_profile(profile), key, tenant=tenant, erp=erp, actor=Actor("WS-03", "office2"))


def test_a_push_running_on_another_workstation_is_shown_and_its_button_waits(qtbot, sync_window, sync_profile):
    page = sync_window.go_to("push")
    wait_idle(qtbot, page, timeout=20_000)
    assert page.push_button.isEnabled()
    with colleague_store(sync_profile) as colleague:
        lease = colleague.acquire_lease("push", program="odyssee-sync push")
        sync_window.leases.refresh()
        qtbot.waitUntil(lambda: not page.push_button.isEnabled(), timeout=10_000)
        assert page.busy_line.isVisible()
        text = page.busy_line.text()
        assert text.startswith("Push is running on WS-03 (user office2, odyssee-sync push) since ")
        assert "when it has ended" in text
        lease.release()
    sync_window.leases.refresh()
    qtbot.waitUntil(lambda: page.push_button.isEnabled(), timeout=10_000)
    assert not page.busy_line.isVisible()


@pytest.mark.parametrize("window_language", ["fr"])
def test_who_runs_a_job_elsewhere_reads_in_the_windows_language(qtbot, sync_window, sync_profile, window_language):
    page = sync_window.go_to("push")
    wait_idle(qtbot, page, timeout=20_000)
    with colleague_store(sync_profile) as colleague:
        lease = colleague.acquire_lease("push", program="odyssee-sync push")
        page.push_checked()  # before the window's next look at the leases: the push meets the lease
        page.confirmation.send_button.click()
        qtbot.waitUntil(lambda: not page.working.busy, timeout=20_000)
        assert page.banner.message.text().startswith("Un envoi est en cours sur WS-03 (utilisateur office2, odyssee-sync push)")
        assert page.banner.message.text().endswith("s après que ce programme aura cessé de répondre.")
        qtbot.waitUntil(lambda: page.busy_line.isVisible(), timeout=10_000)
        assert page.busy_line.text().startswith("Un envoi est en cours sur WS-03 (utilisateur office2, odyssee-sync push) depuis ")
        lease.release()


def test_a_push_that_meets_a_colleagues_lease_says_who_and_sends_nothing(qtbot, sync_window, sync_profile, sync_simulator):
    page = sync_window.go_to("push")
    wait_idle(qtbot, page, timeout=20_000)
    with colleague_store(sync_profile) as colleague:
        lease = colleague.acquire_lease("push", program="odyssee-sync push")
        page.push_checked()  # before the window's next look at the leases
        page.confirmation.send_button.click()
        qtbot.waitUntil(lambda: not page.working.busy, timeout=20_000)
        assert page.banner.message.text().startswith("Push is running on WS-03 (user office2")
        assert sync_simulator.count("POST") == 0
        qtbot.waitUntil(lambda: page.busy_line.isVisible(), timeout=10_000)
        lease.release()


def test_the_background_poll_leaves_the_pdfs_to_whoever_holds_their_lease(qtbot, sync_profile, download_dir):
    session = open_session(SYNC_PROFILE)
    try:
        with colleague_store(sync_profile) as colleague:
            lease = colleague.acquire_lease("pdfs", program="odyssee-sync watch")
            outcome = session.call(poll_pdfs, RunControl())
            assert outcome.kind == PDFS and outcome.count == 0
            assert outcome.message.startswith("skipped: PDF download is running on WS-03 (user office2, odyssee-sync watch)")
            lease.release()
            outcome = session.call(poll_pdfs, RunControl())
            assert not outcome.message.startswith("skipped")
    finally:
        session.retire()


def test_settings_tests_the_shared_state_and_keeps_its_password_in_the_keyring(
    qtbot, sync_window, sync_profile, memory_keyring, postgres_schema_url,
):
    from urllib.parse import urlsplit

    from core import credentials

    page = sync_window.go_to("settings")
    wait_idle(qtbot, page)
    parts = urlsplit(postgres_schema_url)
    password = parts.password
    without_password = postgres_schema_url.replace(f":{password}@", "@")
    page.state_edit.setText(without_password)

    page.test_state()  # no password anywhere yet: the server refuses, in one sentence
    qtbot.waitUntil(lambda: page.state_test_result.text().startswith("✖"), timeout=20_000)
    assert "cannot be used" in page.state_test_result.text()

    page.state_password_edit.setText(password)
    page.test_state()
    qtbot.waitUntil(lambda: page.state_test_result.text().startswith("✔"), timeout=20_000)
    text = page.state_test_result.text()
    assert "State database OK (PostgreSQL database" in text and "shared with the office" in text
    assert "Nobody is at work now." in text

    page.save()
    qtbot.waitUntil(lambda: "is saved" in page.banner.text, timeout=20_000)
    assert "The state database password is in the system keyring." in page.banner.text
    assert memory_keyring.entries[(credentials.STATE_SERVICE_NAME, SYNC_PROFILE)] == password
    saved = Settings.load().get(SYNC_PROFILE)
    assert saved.state_url == without_password
    qtbot.waitUntil(lambda: sync_window.session is not None and not sync_window.session.store.location.local, timeout=20_000)
