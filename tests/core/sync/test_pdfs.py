"""Job approval PDFs into a folder, against the simulator over loopback."""
from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import pytest

from core.simulator.server import Simulator
from core.state import Store
from core.sync.export import CompletedWork
from core.sync.pdfs import JobApprovalPdfs, NamingTemplate
from core.sync.progress import RunControl
from core.sync.targets import FolderTarget
from tests.helpers.completed_work import client_for, complete_jobs
from tests.helpers.timezones import BRUSSELS, local_time_zone


@pytest.fixture
def downloads(tmp_path) -> Path:
    return tmp_path / "downloads"


def server_files(simulator: Simulator) -> dict[str, dict]:
    return {
        str(row["id"]): row for row in simulator.storage.rows("DbFile")
        if row["file_type_name"] == "JOB_APPROVAL" and row["db_table_name"] == "job_approval"
    }


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def assert_every_file_once_with_its_content(simulator: Simulator, store: Store, downloads: Path) -> None:
    files = server_files(simulator)
    on_disk = sorted(path for path in downloads.rglob("*") if path.is_file())
    assert len(on_disk) == len(files)
    for file_id, row in files.items():
        record = store.download_for(file_id)
        assert record is not None, row["file_name"]
        # recorded relative to the download folder, which other workstations reach by other names
        assert not Path(record.path).is_absolute() and ".." not in Path(record.path).parts
        path = downloads / record.path
        assert record.sha256 == sha256(row["file_content"]) == sha256(path.read_bytes())


def test_pdfs_land_in_folders_named_by_the_job_reference_once(simulator, client, store, downloads):
    approvals = complete_jobs(simulator, ["WO-1", "WO-2", "WO-3"])
    pdfs = JobApprovalPdfs(client, store, downloads)

    result = pdfs.download()

    assert result.status == "ok" and len(result.downloaded) == 3
    assert sorted(path.name for path in downloads.iterdir()) == ["WO-1", "WO-2", "WO-3"]
    for saved in result.downloaded:
        assert Path(saved.path).parent.name == saved.job_reference
        assert saved.approval_id in {str(approval["id"]) for approval in approvals}
    assert_every_file_once_with_its_content(simulator, store, downloads)
    again = pdfs.download()
    assert again.status == "ok" and again.downloaded == []
    assert pdfs.new_files() == []


def test_hostile_file_names_are_stored_safely_inside_the_folder(simulator, client, store, tmp_path, downloads):
    approval = complete_jobs(simulator, ["../../etc"])[0]
    complete_jobs(simulator, ["CON"])
    unreferenced = complete_jobs(simulator, [""])[0]
    hostile = ["../../x.pdf", "CON.pdf", "n" * 500 + ".pdf", "", "C:\\x.pdf", "a/b\\c.pdf", "..", "x.pdf"]
    rows = []
    for number, name in enumerate(hostile):
        content = f"%PDF-1.4 hostile {number}".encode()
        rows.append({
            "id": uuid.uuid4(), "db_table_name": "job_approval", "id_in_table": approval["id"], "name": "x",
            "file_name": name, "mime_type": "application/pdf", "file_content": content,
            "file_size": len(content), "file_type_name": "JOB_APPROVAL",
            "modified_dateutc": simulator.storage.next_modified(),
        })
    simulator.storage.bulk_insert("DbFile", rows)  # straight into storage: no length or name checks
    before = {path.name for path in tmp_path.iterdir()}

    result = JobApprovalPdfs(client, store, downloads, concurrency=4).download()

    assert result.status == "ok", result.failed
    assert {path.name for path in tmp_path.iterdir()} - before <= {"downloads"}  # nothing beside it
    assert_every_file_once_with_its_content(simulator, store, downloads)
    folder = downloads / "_.._etc"
    names = {path.name for path in folder.iterdir()}
    assert {"_.._x.pdf", "_CON.pdf", "C__x.pdf", "a_b_c.pdf", "x.pdf"} <= names
    assert "n" * 146 + ".pdf" in names
    assert f"job_approval_{approval['id']}.pdf" in names  # empty name and ".." fall back…
    assert f"job_approval_{approval['id']} (2).pdf" in names  # …and the clash is numbered
    assert len(names) == len(hostile) + 1  # plus the approval's own PDF
    assert [path.name for path in (downloads / "_CON").iterdir()][0].startswith("Job #")
    unreferenced_file = next(
        file_id for file_id, row in server_files(simulator).items() if row["id_in_table"] == unreferenced["id"]
    )
    assert Path(store.download_for(unreferenced_file).path).parent.name == "_no_reference"


def test_every_saved_file_gets_a_pdf_name_since_its_content_is_a_pdf(simulator, client, store, downloads):
    approval = complete_jobs(simulator, ["WO-9"])[0]
    rows = []
    for name in ("scan", "report.PDF", "doc.tmp", "x" * 149):
        content = b"%PDF-1.4 " + name.encode()
        rows.append({
            "id": uuid.uuid4(), "db_table_name": "job_approval", "id_in_table": approval["id"], "name": "x",
            "file_name": name, "mime_type": "application/pdf", "file_content": content,
            "file_size": len(content), "file_type_name": "JOB_APPROVAL",
            "modified_dateutc": simulator.storage.next_modified(),
        })
    simulator.storage.bulk_insert("DbFile", rows)

    assert JobApprovalPdfs(client, store, downloads).download().status == "ok"
    names = {path.name for path in (downloads / "WO-9").iterdir()}
    assert {"scan.pdf", "report.PDF", "doc.tmp.pdf", "x" * 146 + ".pdf"} <= names
    assert all(name.lower().endswith(".pdf") for name in names)

    by_id = NamingTemplate("{job_reference}/{approval_id}").relative_path({"job_reference": "WO-9", "approval_id": "a1"})
    assert by_id.as_posix() == "WO-9/a1.pdf"


def test_naming_template_placeholders(simulator, client, store, downloads):
    approval = complete_jobs(simulator, ["WO-7"])[0]
    job = simulator.storage.get("Jobs", approval["jobs_id"])
    template = "{company}/{date}/{job_number}_{approval_id}_{job_reference}.pdf"

    result = JobApprovalPdfs(client, store, downloads, template).download()

    assert result.status == "ok"
    day = approval["date_generated"].date().isoformat()
    expected = downloads / "Customer One" / day / f"{job['id2']}_{approval['id']}_WO-7.pdf"
    assert [Path(saved.path) for saved in result.downloaded] == [expected.resolve()]
    with pytest.raises(ValueError, match="placeholders"):
        NamingTemplate("{customer}/{file_name}")
    with pytest.raises(ValueError, match="same name"):
        NamingTemplate("{job_reference}.pdf")


def test_a_late_pdf_is_pending_then_picked_up_by_a_later_poll(make_simulator, tmp_path, store, downloads):
    simulator = make_simulator(pdf_delay=3600)  # the queue makes it "hours" later
    with client_for(simulator) as client:
        approval = complete_jobs(simulator, ["WO-LATE"])[0]
        CompletedWork(client, store, FolderTarget(tmp_path / "outbox")).export()
        pdfs = JobApprovalPdfs(client, store, downloads)

        assert [pending.approval_id for pending in pdfs.pending()] == [str(approval["id"])]
        assert pdfs.download().downloaded == []

        simulator.pdf_queue.generate(approval["id"])  # the queue's turn came
        status = pdfs.status()
        assert status.pending == [] and [new.approval_id for new in status.new] == [str(approval["id"])]
        result = pdfs.download()
        assert [Path(saved.path).parent.name for saved in result.downloaded] == ["WO-LATE"]
        assert [row["file_id"] for row in pdfs.status().downloaded] == [result.downloaded[0].file_id]


def test_download_again_restores_the_same_file(simulator, client, store, downloads):
    complete_jobs(simulator, ["WO-1"])
    pdfs = JobApprovalPdfs(client, store, downloads)
    saved = pdfs.download().downloaded[0]
    Path(saved.path).unlink()

    again = pdfs.download_again([saved.file_id])

    assert again.status == "ok"
    assert [item.path for item in again.downloaded] == [saved.path]
    assert sha256(Path(saved.path).read_bytes()) == saved.sha256
    assert len(list(downloads.rglob("*.pdf"))) == 1


def test_503s_and_dropped_connections_lose_no_pdf(simulator, client, store, downloads):
    complete_jobs(simulator, [f"WO-{n}" for n in range(10)])
    pdfs = JobApprovalPdfs(client, store, downloads, concurrency=3, page_size=4)
    simulator.faults.update(error_rate=0.25, drop_rate=0.15, seed=11)
    results = []
    for _ in range(10):
        results.append(pdfs.download())
        if results[-1].status == "ok":
            break
    simulator.faults.clear()

    assert client.stats.snapshot().failures > 0
    assert results[-1].status == "ok"
    downloaded = [saved.file_id for result in results for saved in result.downloaded]
    assert sorted(downloaded) == sorted(server_files(simulator))  # each once
    assert_every_file_once_with_its_content(simulator, store, downloads)
    assert not list(downloads.rglob("*.part"))


def test_cancel_stops_between_files_and_leaves_no_part_file(simulator, client, store, downloads):
    complete_jobs(simulator, [f"WO-{n}" for n in range(8)])
    pdfs = JobApprovalPdfs(client, store, downloads, concurrency=1, page_size=3)
    control = RunControl()
    control.progress = lambda done, total, message: control.cancel.set() if done == 2 else None

    first = pdfs.download(control)

    assert first.status == "cancelled" and len(first.downloaded) == 2
    assert not list(downloads.rglob("*.part"))
    second = pdfs.download()
    assert second.status == "ok" and len(first.downloaded) + len(second.downloaded) == 8
    assert_every_file_once_with_its_content(simulator, store, downloads)


def test_a_file_that_is_not_a_pdf_is_refused_and_never_filed(simulator, client, store, downloads):
    complete_jobs(simulator, ["WO-1", "WO-2"])
    fake_id, fake = next(iter(server_files(simulator).items()))
    simulator.storage.change("DbFile", fake["id"], {"file_content": b"<html>Sign in to continue</html>" * 10})

    result = JobApprovalPdfs(client, store, downloads).download()

    assert result.status == "partial" and list(result.failed) == [fake_id]
    assert "PDF" in result.failed[fake_id]
    on_disk = [path for path in downloads.rglob("*") if path.is_file()]
    assert len(on_disk) == 1 and on_disk[0].read_bytes().startswith(b"%PDF-")
    assert store.download_for(fake_id) is None  # tried again at the next poll


def test_the_day_in_a_file_name_is_the_local_one():
    from core.sync.pdfs import _day

    with local_time_zone(BRUSSELS):
        # A file whose approval is unknown is filed under its modified_dateutc: a UTC moment, on
        # Brussels time already the next day.
        assert _day("2026-03-03T23:30:00.000Z", utc=True) == "2026-03-04"
        # date_generated holds the tenant's wall-clock time: its day is the one written.
        assert _day("2026-03-03T23:30:00.000Z") == "2026-03-03"
        assert _day("1980-01-01T00:00:00Z", utc=True) == ""
