"""What an engine's result changed (core.services.changes), for every view to refresh by itself."""
from __future__ import annotations

from core.services.changes import NOTHING, READY_WORK, Changes, Count, changes_of
from core.services.polling import PollOutcome
from core.sync.export import ExportResult
from core.sync.pdfs import PdfResult
from core.sync.push import PushOutcome, PushResult


def test_a_push_changes_the_runs_the_journal_odyssee_and_what_waits_for_a_push():
    sent = PushOutcome("Company", "C1", "create", "ok")
    result = PushResult(run_id=3, outcomes=[sent], counts={"ok": 1}, api_calls=2, status="ok")
    assert changes_of(result) == Changes(runs=True, journal=True, odyssee=True, pushed=True)
    failed = PushResult(run_id=4, outcomes=[PushOutcome("Company", "C1", "create", "failed")], counts={}, api_calls=1, status="failed")
    assert not changes_of(failed).odyssee and changes_of(failed).pushed


def test_an_export_or_download_that_found_nothing_only_adds_a_run():
    assert changes_of(ExportResult(run_id=1)) == Changes(runs=True)
    assert changes_of(PdfResult(run_id=1)) == Changes(runs=True)
    exported = changes_of(ExportResult(run_id=2, exported=["a"]))
    assert exported == Changes(runs=True, journal=True, exported=True, pdfs=True)  # its PDF now waits
    assert changes_of(ExportResult(run_id=2, failed={"a": "refused"})).touches("exported", "journal")
    assert changes_of(object()) is NOTHING and not NOTHING


def test_changes_combine_and_carry_what_is_known():
    known = Changes(runs=True).with_count(READY_WORK, Count(350, "152 held back"))
    assert known.count(READY_WORK) == Count(350, "152 held back")
    assert known.count("other") is None
    both = known | Changes(pdfs=True).with_count(READY_WORK, Count(351))
    assert both.runs and both.pdfs and both.count(READY_WORK).number == 351
    only_known = Changes().with_count(READY_WORK, Count(1))
    assert only_known and not only_known.changed
    assert str(both) == "Changes(runs, pdfs, ready_work=351)"


def test_a_poll_outcome_says_what_it_changed():
    outcome = PollOutcome("pdfs", changes=changes_of(PdfResult(run_id=1, recovered=1)))
    assert outcome.changed and outcome.changes.runs
    assert not PollOutcome("completed").changed
