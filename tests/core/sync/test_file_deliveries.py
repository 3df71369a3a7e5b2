"""Files delivered exactly once across kills: outbox files and job approval PDFs.

A child process exports or downloads and sends itself SIGKILL at a chosen moment:

- an outbox file renamed into place, its journal entry not written yet (``after-rename``); the
  ERP's importer may or may not have taken the file before the restart;
- an outbox file complete under its temporary name, not renamed yet (``before-rename``);
- a PDF renamed into place, its download not recorded yet.

The restarted run must deliver each approval and each PDF exactly once: no second outbox file
for the importer, no ``(2)`` copy of a PDF.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from core.state import Store
from core.sync.export import CompletedWork
from core.sync.pdfs import JobApprovalPdfs
from core.sync.targets import FolderTarget
from tests.helpers.completed_work import client_for, complete_jobs, final_approvals

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX only")

REPOSITORY = Path(__file__).resolve().parents[3]

EXPORT_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    import core.files
    import core.sync.export as export
    import core.sync.targets.folder as folder
    from core.odata import OdysseeClient
    from core.state import Store

    base_url, outbox, state_path, moment, kill_at = sys.argv[1:]
    count = {"n": 0}

    def die_on(number):
        count["n"] += 1
        if count["n"] == number:
            os.kill(os.getpid(), signal.SIGKILL)

    if moment == "after-rename":  # the file is in the outbox; the journal does not know yet
        journal = Store.journal
        def journal_then_maybe_die(self, entity, erp_key, action, result, **options):
            if action == "export" and result == "ok" and "message" not in options:
                die_on(int(kill_at))
            return journal(self, entity, erp_key, action, result, **options)
        Store.journal = journal_then_maybe_die
    else:  # "before-rename": the file is complete under its temporary name
        move = folder.move_into_place
        def move_or_die(source, destination, **options):
            die_on(int(kill_at))
            return move(source, destination, **options)
        folder.move_into_place = move_or_die

    client = OdysseeClient(base_url, auth_header=os.environ["TEST_ODYSSEE_AUTHORIZATION"])
    with Store(state_path) as store:
        result = export.CompletedWork(client, store, folder.FolderTarget(outbox), page_size=2).export()
    print(result.status, len(result.exported))
    """
)

PDF_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from core.odata import OdysseeClient
    from core.state import Store
    from core.sync.pdfs import JobApprovalPdfs

    base_url, folder, state_path, kill_at = sys.argv[1:]
    record = Store.record_download
    count = {"n": 0}
    def record_or_die(self, *args, **options):  # the PDF is in place; the store does not know yet
        count["n"] += 1
        if count["n"] == int(kill_at):
            os.kill(os.getpid(), signal.SIGKILL)
        return record(self, *args, **options)
    Store.record_download = record_or_die

    client = OdysseeClient(base_url, auth_header=os.environ["TEST_ODYSSEE_AUTHORIZATION"])
    with Store(state_path) as store:
        result = JobApprovalPdfs(client, store, folder, concurrency=1).download()
    print(result.status, len(result.downloaded))
    """
)


def run_child(script: str, simulator, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", script, simulator.base_url, *arguments],
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONPATH": str(REPOSITORY), "TEST_ODYSSEE_AUTHORIZATION": simulator.authorization},
        capture_output=True, text=True, timeout=120,
    )


class Importer:
    """The ERP's importer: takes every file from the outbox and counts each approval it got."""

    def __init__(self, outbox: Path) -> None:
        self.outbox = outbox
        self.received: list[str] = []

    def take_all(self) -> None:
        for path in sorted(self.outbox.glob("*.json")):
            self.received.append(json.loads(path.read_text())["work_order"]["job_approval_id"])
            path.unlink()


@pytest.mark.parametrize(
    "moment, importer_took_it",
    [("after-rename", False), ("after-rename", True), ("before-rename", False)],
    ids=["written-not-recorded", "written-and-taken", "never-written"],
)
def test_a_killed_export_to_an_outbox_delivers_each_approval_once(simulator, tmp_path, moment, importer_took_it):
    complete_jobs(simulator, ["WO-1", "WO-2", "WO-3", "WO-4"])
    outbox, state = tmp_path / "outbox", tmp_path / "state.sqlite3"
    importer = Importer(outbox)

    child = run_child(EXPORT_CHILD, simulator, str(outbox), str(state), moment, "2")
    assert child.returncode == -9, child.stderr
    with Store(state) as store:
        assert len(store.deliveries("outbox")) == 1  # written down before the file appeared
    if importer_took_it:
        importer.take_all()

    with Store(state) as store, client_for(simulator) as client:
        result = CompletedWork(client, store, FolderTarget(outbox)).export()
        assert result.status == "ok"
        assert store.deliveries("outbox") == []
        exported = [entry.erp_key for entry in store.journal_rows(entity="job_approval", action="export", result="ok")]
    importer.take_all()

    finals = sorted(final_approvals(simulator))
    assert sorted(importer.received) == finals  # every approval reached the ERP, none twice
    assert sorted(exported) == finals
    assert result.recovered == (1 if moment == "after-rename" else 0)
    assert not [path.name for path in outbox.iterdir()]  # no temporary file left behind


def test_a_pdf_in_place_but_not_recorded_is_recorded_not_saved_again(simulator, tmp_path):
    complete_jobs(simulator, ["WO-1", "WO-2", "WO-3"])
    folder, state = tmp_path / "pdfs", tmp_path / "state.sqlite3"

    child = run_child(PDF_CHILD, simulator, str(folder), str(state), "2")
    assert child.returncode == -9, child.stderr

    with Store(state) as store, client_for(simulator) as client:
        pdfs = JobApprovalPdfs(client, store, folder)
        downloads_before = simulator.count("GET", "DbFile/GetFileContent")
        result = pdfs.download()
        assert result.status == "ok" and result.recovered == 1
        # only the file the killed run never fetched is fetched now
        assert simulator.count("GET", "DbFile/GetFileContent") - downloads_before == 1
        on_disk = sorted(path for path in folder.rglob("*") if path.is_file())
        assert [path.name for path in on_disk if " (2)" in path.name] == []
        assert len(on_disk) == 3
        for path in on_disk:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            assert digest in {download.sha256 for download in store.downloads()}
        assert store.deliveries("pdf") == []
