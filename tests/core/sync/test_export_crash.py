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
from core.odata.datetimes import format_datetime
from core.state import Store
from core.sync.export import CompletedWork, SqlTarget
from tests.core.sync.test_export import client_for, complete_jobs, erp_rows, final_approvals, start_simulator

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX only")

REPOSITORY = Path(__file__).resolve().parents[3]

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from core.odata.client import OdysseeClient
    from core.state import Store
    from core.sync.export import CompletedWork, SqlTarget

    base_url, erp_url, state_path, kill_after = sys.argv[1:]

    class DiesAfterCommit(SqlTarget):
        written = 0

        def write(self, item, exported_at):
            super().write(item, exported_at)  # the ERP transaction has committed here
            DiesAfterCommit.written += 1
            if DiesAfterCommit.written == int(kill_after):
                os.kill(os.getpid(), signal.SIGKILL)

    client = OdysseeClient(base_url, auth_header=os.environ["TEST_ODYSSEE_AUTHORIZATION"])
    with Store(state_path) as store:
        result = CompletedWork(client, store, DiesAfterCommit(erp_url), page_size=2).export()
    print(result.status, len(result.exported))
    """
)


@pytest.fixture
def simulator():
    simulator = start_simulator()
    yield simulator
    simulator.stop()


@pytest.mark.parametrize("tied", [False, True], ids=["distinct-times", "same-timestamp"])
def test_killed_between_erp_commit_and_watermark_then_restarted_exports_each_once(simulator, tmp_path, tied):
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
        [sys.executable, "-c", CHILD, simulator.base_url, sqlite_url(erp), str(state), str(kill_after)],
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONPATH": str(REPOSITORY), "TEST_ODYSSEE_AUTHORIZATION": simulator.authorization},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert child.returncode == -9, child.stderr
    assert len(erp_rows(erp, "work_order")) == kill_after  # committed in the ERP…
    with Store(state) as store:
        assert len(store.journal_rows(entity="job_approval", action="export", result="ok")) == kill_after - 1
        last_known = store.get_watermark("job_approval")  # …but the watermark is one behind
        with client_for(simulator) as client:
            result = CompletedWork(client, store, SqlTarget(sqlite_url(erp))).export()
        finals = final_approvals(simulator)
        assert result.status == "ok"
        assert len(result.exported) == len(finals) - (kill_after - 1)  # the killed one comes again
        exported = [entry.erp_key for entry in store.journal_rows(entity="job_approval", action="export", result="ok")]
        assert sorted(exported) == sorted(finals)
        newest = max(row["modified_dateutc"] for row in finals.values())
        watermark = store.get_watermark("job_approval")
        assert watermark.value == format_datetime(newest)
        assert (watermark.value, watermark.seen_ids) != (last_known.value, last_known.seen_ids)

    assert sorted(row[0] for row in erp_rows(erp, "work_order", "job_approval_id")) == sorted(finals)
    assert len(erp_rows(erp, "work_order_part")) == simulator.storage.count("JobPartUsage")
    assert len(erp_rows(erp, "work_order_time")) == simulator.storage.count("JobNonPartUsage")
