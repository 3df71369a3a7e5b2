"""Pages that keep themselves up to date: whoever finishes work (a page's job, a background poll)
hands on what it changed, and every page showing it updates without a Refresh."""
from __future__ import annotations


from core.services.changes import READY_WORK, Changes, Count
from gui.polling import PDFS
from tests.helpers.gui import approval_pdfs, confirm_push, wait_idle


def run_rows(overview) -> list[tuple[str, str, str]]:
    model = overview.runs_model
    return [tuple(model.index(row, column).data() for column in (1, 4, 6)) for row in range(model.rowCount())]


def test_after_a_push_the_overview_and_the_activity_show_it_without_refresh(qtbot, sync_window, sync_simulator):
    overview = sync_window.go_to("overview")
    wait_idle(qtbot, overview, timeout=20_000)
    activity = sync_window.go_to("activity")
    wait_idle(qtbot, activity)
    assert overview.runs_model.rowCount() == 0 and activity.journal_model.rowCount() == 0
    companies_before = sync_simulator.storage.count("Company")

    page = sync_window.go_to("push")
    wait_idle(qtbot, page, timeout=20_000)
    assert page.plan is not None  # the Overview's plan, handed on: no second comparison
    confirm_push(qtbot, page)
    wait_idle(qtbot, page, timeout=30_000)
    assert page.banner.kind == "success", page.banner.text

    sync_window.go_to("overview")
    qtbot.waitUntil(lambda: overview.runs_model.rowCount() == 1, timeout=10_000)
    what, result, counts = run_rows(overview)[0]
    assert (what, result) == ("Push to Odyssee", "Done") and " sent" in counts
    companies = f"{sync_simulator.storage.count('Company'):,}"
    assert companies != f"{companies_before:,}"
    qtbot.waitUntil(lambda: overview.cards["companies"].number.text() == companies, timeout=20_000)
    wait_idle(qtbot, overview, timeout=20_000)
    assert overview.cards["pushes"].number.text() == "0"  # counted again: nothing left to push

    sync_window.go_to("activity")
    qtbot.waitUntil(lambda: activity.journal_model.rowCount() > 0, timeout=10_000)
    assert any("Push to Odyssee" in activity.run_box.itemText(index) for index in range(activity.run_box.count()))


def test_a_background_poll_appears_in_recent_runs_and_in_the_counts(qtbot, sync_window, sync_simulator):
    overview = sync_window.go_to("overview")
    wait_idle(qtbot, overview, timeout=20_000)
    files = len(approval_pdfs(sync_simulator))
    assert overview.cards["new_pdfs"].number.text() == str(files) and overview.runs_model.rowCount() == 0

    with qtbot.waitSignal(sync_window.changed, timeout=20_000, check_params_cb=lambda changes, _origin: changes.runs):
        sync_window.poller.poll_now(PDFS)
    qtbot.waitUntil(lambda: overview.runs_model.rowCount() == 1, timeout=10_000)
    assert run_rows(overview)[0] == ("PDF download", "Done", f"{files} downloaded")
    qtbot.waitUntil(lambda: overview.cards["new_pdfs"].number.text() == "0", timeout=20_000)

    pdfs = sync_window.go_to("pdfs")  # read again by itself once shown: the poll made it stale
    wait_idle(qtbot, pdfs, timeout=20_000)
    assert pdfs.models["downloaded"].rowCount() == files and pdfs.models["new"].rowCount() == 0


def test_a_count_known_elsewhere_is_shown_as_it_is_without_counting_again(qtbot, sync_window, sync_simulator):
    overview = sync_window.go_to("overview")
    wait_idle(qtbot, overview, timeout=20_000)
    sync_simulator.reset_counters()
    sync_window.announce(Changes(exported=True).with_count(READY_WORK, Count(350, "152 held back")))
    card = overview.cards[READY_WORK]
    assert (card.number.text(), card.hint.text()) == ("350", "152 held back")
    wait_idle(qtbot, overview)
    assert sync_simulator.count("GET", "JobApproval") == 0 and card.number.text() == "350"
