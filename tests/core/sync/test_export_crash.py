"""A run killed between the ERP commit and the watermark write leaves no duplicate behind.

A child process exports to the demo ERP through a target that, right after an approval's ERP
transaction has committed, sends itself SIGKILL — before the journal and the watermark are
written. The restarted export then writes that approval again: as an upsert, so every approval
and every line is in the ERP exactly once.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest

from core.erp.demo import create_demo_erp, sqlite_url
from core.odyssee.values import format_datetime
from core.state import Store
from core.sync.export import CompletedWork
from core.sync.targets import SqlTarget
from tests.helpers.completed_work import client_for, complete_jobs, final_approvals
from tests.helpers.erp import erp_rows

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX only")

REPOSITORY = Path(__file__).resolve().parents[3]

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from core.odata import OdysseeClient
    from core.state import Store
    from core.sync.export import CompletedWork
    from core.sync.targets import SqlTarget

    base_url, erp_url, state_path, kill_after, per_commit = sys.argv[1:]

    class DiesAfterCommit(SqlTarget):
        written = 0

        def _write(self, items):
            super()._write(items)  # the ERP transaction has committed here
            DiesAfterCommit.written += len(items)
            if DiesAfterCommit.written >= int(kill_after):
                os.kill(os.getpid(), signal.SIGKILL)

    client = OdysseeClient(base_url, auth_header=os.environ["TEST_ODYSSEE_AUTHORIZATION"])
    with Store(state_path) as store:
        work = CompletedWork(client, store, DiesAfterCommit(erp_url), page_size=2, approvals_per_commit=int(per_commit))
        result = work.export()
    print(result.status, len(result.exported))
    """
)


@pytest.mark.parametrize("per_commit", [1, 50], ids=["one-per-commit", "together"])
@pytest.mark.parametrize("tied", [False, True], ids=["distinct-times", "same-timestamp"])
def test_killed_between_erp_commit_and_watermark_then_restarted_exports_each_once(simulator, tmp_path, tied, per_commit):
    approvals = complete_jobs(simulator, ["WO-1", "WO-2", "WO-3"])
    kill_after = 2
    if tied:  # three more sharing one instant; the kill lands between two of them
        same_moment = datetime(2030, 5, 6, 7, 8, 9, 123000, tzinfo=timezone.utc)
        simulator.storage.bulk_insert("JobApproval", [
            {**approval, "id": uuid.uuid4(), "modified_dateutc": same_moment} for approval in approvals
        ])
        kill_after = len(approvals) + 2
    erp = create_demo_erp(tmp_path / "erp.db", customers=0)
    state = tmp_path / "state.sqlite3"

    child = subprocess.run(
        [sys.executable, "-c", CHILD, simulator.base_url, sqlite_url(erp), str(state), str(kill_after), str(per_commit)],
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONPATH": str(REPOSITORY), "TEST_ODYSSEE_AUTHORIZATION": simulator.authorization},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert child.returncode == -9, child.stderr
    # Committed in the ERP: one approval at a time, or all of them in one transaction…
    in_erp = kill_after if per_commit == 1 else len(final_approvals(simulator))
    recorded = kill_after - 1 if per_commit == 1 else 0
    assert len(erp_rows(erp, "work_order")) == in_erp
    with Store(state) as store:
        assert len(store.journal_rows(entity="job_approval", action="export", result="ok")) == recorded
        last_known = store.get_watermark("job_approval")  # …but the watermark is behind
        with client_for(simulator) as client:
            result = CompletedWork(client, store, SqlTarget(sqlite_url(erp))).export()
        finals = final_approvals(simulator)
        assert result.status == "ok"
        assert len(result.exported) == len(finals) - recorded  # what the killed run did not record comes again
        exported = [entry.erp_key for entry in store.journal_rows(entity="job_approval", action="export", result="ok")]
        assert sorted(exported) == sorted(finals)
        newest = max(row["modified_dateutc"] for row in finals.values())
        watermark = store.get_watermark("job_approval")
        assert watermark.value == format_datetime(newest)
        assert (watermark.value, watermark.seen_ids) != (last_known.value, last_known.seen_ids)

    assert sorted(row[0] for row in erp_rows(erp, "work_order", "job_approval_id")) == sorted(finals)
    assert len(erp_rows(erp, "work_order_part")) == simulator.storage.count("JobPartUsage")
    assert len(erp_rows(erp, "work_order_time")) == simulator.storage.count("JobNonPartUsage")
