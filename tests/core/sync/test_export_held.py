"""One bad approval is held back in the open: written down with its reason, passed by the
watermark, tried again by each export with one batched look-up, and exported once it can be.

Against the simulator over loopback, a demo ERP in tmp, and a state on SQLite or PostgreSQL.
"""
from __future__ import annotations

import pytest

from core.erp.demo import sqlite_url
from core.odyssee.values import format_datetime
from core.state import Store
from core.sync.export import CompletedWork
from core.sync.targets import SqlTarget
from tests.helpers.completed_work import add_missing_job, complete_jobs, final_approvals, orphan_approval
from tests.helpers.erp import erp_rows


@pytest.fixture(params=["sqlite", "postgresql"])
def state(request, tmp_path):
    location = tmp_path / "state.sqlite3" if request.param == "sqlite" else request.getfixturevalue("postgres_schema_url")
    with Store(location, "tenant|erp") as store:
        yield store


def approval_reads(simulator) -> int:
    return simulator.count("GET", "JobApproval")


def test_one_bad_approval_costs_one_batched_look_up_per_poll_until_it_is_fixed(simulator, client, state, erp):
    first = complete_jobs(simulator, ["WO-1"])[0]
    orphan = orphan_approval(simulator, first["user_id"])
    complete_jobs(simulator, [f"WO-{n}" for n in range(2, 14)])  # twelve after it: three pages of five
    engine = CompletedWork(client, state, SqlTarget(sqlite_url(erp)), page_size=5)
    orphan_id = str(orphan["id"])

    result = engine.export()

    assert result.status == "partial"
    assert [(held.item_id, held.attempts) for held in result.held] == [(orphan_id, 1)]
    assert "was not found in Odyssee" in result.held[0].reason
    newest = max(row["modified_dateutc"] for row in final_approvals(simulator).values())
    assert result.watermark == format_datetime(newest)  # past the bad one

    new = complete_jobs(simulator, ["WO-20", "WO-21"])
    simulator.reset_counters()
    second = engine.export()

    assert second.status == "partial" and second.exported == [str(row["id"]) for row in new]
    # One page of new approvals and one batched look-up of the held one; nothing since the bad one.
    assert approval_reads(simulator) == 2
    [held] = second.held
    assert (held.item_id, held.attempts) == (orphan_id, 2) and held.last_seen >= result.held[0].last_seen
    assert held.first_seen == result.held[0].first_seen

    add_missing_job(simulator, orphan, "WO-FIXED")
    third = engine.export()

    assert (third.status, third.exported, third.held) == ("ok", [orphan_id], [])
    assert erp_rows(erp, f"work_order WHERE job_approval_id = '{orphan_id}'", "job_reference") == [("WO-FIXED",)]
    assert len(erp_rows(erp, "work_order")) == len(final_approvals(simulator))
    simulator.reset_counters()
    fourth = engine.export()
    assert (fourth.status, fourth.exported) == ("ok", [])
    assert approval_reads(simulator) == 1  # no held ones left: the poll alone


def test_a_held_approval_changed_in_odyssee_is_seen_in_its_new_version_and_exported_once(simulator, client, store, erp):
    first = complete_jobs(simulator, ["WO-1"])[0]
    orphan = orphan_approval(simulator, first["user_id"])
    engine = CompletedWork(client, store, SqlTarget(sqlite_url(erp)))
    assert [held.item_id for held in engine.export().held] == [str(orphan["id"])]

    changed = simulator.storage.change("JobApproval", orphan["id"], {"customer_remarks": "called back"})
    still = engine.export()  # seen by the poll and by the retry: one attempt, its new version
    assert still.exported == [] and list(still.invalid) == [str(orphan["id"])]
    [held] = still.held
    assert (held.attempts, held.odyssee_modified) == (2, format_datetime(changed["modified_dateutc"]))

    add_missing_job(simulator, orphan, "WO-FIXED")
    simulator.storage.change("JobApproval", orphan["id"], {"customer_remarks": "signed again"})
    fixed = engine.export()

    assert (fixed.status, fixed.exported, fixed.held) == ("ok", [str(orphan["id"])], [])
    assert erp_rows(erp, f"work_order WHERE job_approval_id = '{orphan['id']}'", "customer_remarks") == [("signed again",)]
    assert len(store.journal_rows(entity="job_approval", erp_key=str(orphan["id"]), action="export", result="ok")) == 1
    assert engine.export().exported == []


def test_retry_tries_the_held_ones_only_and_reads_no_new_approvals(simulator, client, store, erp):
    first = complete_jobs(simulator, ["WO-1"])[0]
    orphan = orphan_approval(simulator, first["user_id"])
    engine = CompletedWork(client, store, SqlTarget(sqlite_url(erp)))
    engine.export()
    newer = complete_jobs(simulator, ["WO-2"])[0]
    add_missing_job(simulator, orphan, "WO-FIXED")
    simulator.reset_counters()

    result = engine.retry()

    assert (result.status, result.exported, result.held) == ("ok", [str(orphan["id"])], [])
    assert approval_reads(simulator) == 1
    assert [item.id for item in engine.preview()] == [str(newer["id"])]  # waits for the next export


def test_a_held_approval_that_odyssee_no_longer_has_stays_held_with_that_reason(simulator, client, store, erp):
    first = complete_jobs(simulator, ["WO-1"])[0]
    orphan = orphan_approval(simulator, first["user_id"])
    engine = CompletedWork(client, store, SqlTarget(sqlite_url(erp)))
    engine.export()
    simulator.storage.delete("JobApproval", orphan["id"])

    result = engine.export()

    assert result.status == "partial"
    [held] = result.held
    assert (held.item_id, held.attempts, held.reason) == (str(orphan["id"]), 2, "The approval is no longer in Odyssee.")
    [item] = engine.preview()
    assert item.id == str(orphan["id"]) and item.held is not None and item.problems == (held.reason,)


def test_re_exporting_since_a_date_exports_each_again_once_and_keeps_the_held_one_held(simulator, client, store, erp):
    approvals = complete_jobs(simulator, ["WO-1", "WO-2"])
    orphan = orphan_approval(simulator, approvals[0]["user_id"])
    engine = CompletedWork(client, store, SqlTarget(sqlite_url(erp)))
    engine.export()

    engine.rewind(None)
    again = engine.export()

    assert sorted(again.exported) == sorted(set(final_approvals(simulator)) - {str(orphan["id"])})
    assert list(again.invalid) == [str(orphan["id"])]  # the poll met it again; one attempt
    assert [(held.item_id, held.attempts) for held in again.held] == [(str(orphan["id"]), 2)]
    assert len(erp_rows(erp, "work_order")) == len(final_approvals(simulator)) - 1
