"""An office, not a person: several workstations and a scheduled task on one shared state.

Each workstation is a process of its own with its own ``ODYSSEE_SYNC_HOME`` (its own settings
and keyring), running the real command line against the same simulator, the same ERP and the
same state database on a real PostgreSQL server. They push, export and download at the same
moment, get killed and paused, and Odyssee, the ERP's staging tables, the outbox and the PDF
folder must each hold every item exactly once.

The same-profile race (two commands of one person at once) runs on the local SQLite state.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from core.erp.demo import create_demo_erp, sqlite_url
from core.settings import Profile, Settings
from core.state import Store, state_key
from tests.env_keyring import SECRET_VARIABLE
from tests.helpers.completed_work import add_small_tenant, complete_jobs, final_approvals
from tests.helpers.waiting import wait_until

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and SIGSTOP are POSIX only")

ROOT = Path(__file__).resolve().parents[3]
DOMAIN, USERNAME, PASSWORD = "OFFICE", "APIUser", "office-Secret-7"
LEASE_SECONDS = 3  # how long a dead holder keeps its lease in these tests
EXIT_OK, EXIT_CANCELLED, EXIT_BUSY = 0, 3, 4


@pytest.fixture
def simulator_options():
    return {"domain": DOMAIN, "username": USERNAME, "password": PASSWORD, "populate": add_small_tenant}


class Workstation:
    """One office PC (or the server of a scheduled task): its own home folder, the shared rest."""

    def __init__(self, root: Path, name: str, profile: Profile) -> None:
        self.name = name
        self.home = root / name
        settings = Settings.load(self.home / "config" / "profiles.toml")
        settings.add(profile)
        settings.use(profile.name)
        settings.save()
        self.environment = {
            **os.environ,
            "ODYSSEE_SYNC_HOME": str(self.home),
            "ODYSSEE_SYNC_WORKSTATION": name,
            "ODYSSEE_SYNC_LEASE_SECONDS": str(LEASE_SECONDS),
            "PYTHON_KEYRING_BACKEND": "tests.env_keyring.EnvironmentKeyring",
            SECRET_VARIABLE: PASSWORD,
            "PYTHONPATH": str(ROOT),
        }

    def start(self, *argv: str) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "core", *argv], cwd=ROOT, env=self.environment,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )

    def run(self, *argv: str, timeout: float = 180) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "core", *argv], cwd=ROOT, env=self.environment,
            capture_output=True, text=True, timeout=timeout,
        )


def finished(process: subprocess.Popen, timeout: float = 180) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def told(results: list[tuple[int, str, str]]) -> str:
    """What each command said, in full: pytest shortens a message that is not a string."""
    return "\n".join(f"exit {code}\n{out}{err}" for code, out, err in results)


def office_profile(simulator, state_url: str | None, erp: Path, **settings) -> Profile:
    return Profile(
        name="Office", base_url=simulator.base_url, domain=DOMAIN, username=USERNAME,
        erp_url=sqlite_url(erp), state_url=state_url, **settings,
    ).validated()


def add_customers(erp: Path, codes: list[str]) -> None:
    with sqlite3.connect(erp) as connection:
        connection.executemany(
            "INSERT INTO customer (code, name, city, country) VALUES (?, ?, 'Gent', 'BE')",
            [(code, f"Customer {code}") for code in codes],
        )


def assert_one_company_per_code(simulator, codes) -> None:
    in_odyssee = Counter(row["code"] for row in simulator.storage.rows("Company"))
    doubled = {code: number for code, number in in_odyssee.items() if number > 1}
    assert doubled == {}, f"companies created twice: {doubled}"
    assert set(codes) <= set(in_odyssee)


@pytest.fixture
def erp(tmp_path) -> Path:
    return create_demo_erp(tmp_path / "erp.db", customers=0)


def test_three_workstations_pushing_at_once_create_each_company_once(simulator, erp, tmp_path, postgres_schema_url):
    profile = office_profile(simulator, postgres_schema_url, erp)
    office = [Workstation(tmp_path, name, profile) for name in ("WS-01", "WS-02", "WS-03")]
    codes: list[str] = []
    for trial in range(10):
        new = [f"T{trial:02d}-{number}" for number in range(6)]
        add_customers(erp, new)
        codes += new
        waiting = office[2].start("push", "--approve", "all", "--entity", "Company", "--wait", "120")
        racing = [workstation.start("push", "--approve", "all", "--entity", "Company") for workstation in office[:2]]
        results = [finished(process) for process in racing + [waiting]]
        exit_codes = [code for code, _, _ in results]
        assert set(exit_codes[:2]) <= {EXIT_OK, EXIT_BUSY}, told(results)
        assert exit_codes[2] == EXIT_OK, told(results)  # it waited instead of giving up
        for code, _out, err in results[:2]:
            if code == EXIT_BUSY:
                assert "Push is running on WS-0" in err and "(user " in err and " since " in err
        assert_one_company_per_code(simulator, codes)
    with Store(postgres_schema_url, state_key(profile)[0]) as store:
        workstations = {run.workstation for run in store.recent_runs("push", limit=100)}
    assert workstations <= {"WS-01", "WS-02", "WS-03"} and len(workstations) >= 2


def test_a_killed_push_is_taken_over_after_its_lease_expires_without_a_duplicate(simulator, erp, tmp_path, postgres_schema_url):
    codes = [f"K-{number:03d}" for number in range(40)]
    add_customers(erp, codes)
    profile = office_profile(simulator, postgres_schema_url, erp)
    first, second = Workstation(tmp_path, "WS-01", profile), Workstation(tmp_path, "WS-02", profile)
    simulator.faults.latency_ms = 40  # slow enough to kill it half-way
    holder = first.start("push", "--approve", "all", "--entity", "Company", "--concurrency", "1")
    wait_until(lambda: simulator.count("POST", "Company") >= 10)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    simulator.faults.latency_ms = 0

    code, out, err = finished(second.start("push", "--approve", "all", "--entity", "Company", "--wait", "60"))
    assert code == EXIT_OK, err
    assert "Push is running on WS-01" in err  # it waited for the lease to expire, and said whom for
    assert_one_company_per_code(simulator, codes)
    with Store(postgres_schema_url, state_key(profile)[0]) as store:
        runs = store.recent_runs("push", limit=5)
    assert [(run.workstation, run.status) for run in runs] == [("WS-02", "ok"), ("WS-01", "interrupted")]


def test_a_paused_push_sends_and_writes_nothing_once_another_took_over(simulator, erp, tmp_path, postgres_schema_url):
    codes = [f"P-{number:03d}" for number in range(40)]
    add_customers(erp, codes)
    profile = office_profile(simulator, postgres_schema_url, erp)
    first, second = Workstation(tmp_path, "WS-01", profile), Workstation(tmp_path, "WS-02", profile)
    simulator.faults.latency_ms = 40
    paused = first.start("push", "--approve", "all", "--entity", "Company", "--concurrency", "1")
    wait_until(lambda: simulator.count("POST", "Company") >= 10)
    paused.send_signal(signal.SIGSTOP)  # a laptop lid closed in the middle of a push
    simulator.faults.latency_ms = 0
    try:
        code, _out, err = finished(second.start("push", "--approve", "all", "--entity", "Company", "--wait", "90"))
        assert code == EXIT_OK, err
        posts_when_done = simulator.count("POST", "Company")
        journal_when_done = journal_ids(profile, postgres_schema_url, "WS-01")
    finally:
        paused.send_signal(signal.SIGCONT)
    code, _out, err = finished(paused)
    assert code in (EXIT_CANCELLED, 1), err  # it found out and stopped
    assert "lease" in err
    assert simulator.count("POST", "Company") == posts_when_done  # it sent nothing more
    assert_one_company_per_code(simulator, codes)
    assert journal_ids(profile, postgres_schema_url, "WS-01") == journal_when_done  # none of its writes landed


def test_three_workstations_downloading_into_one_shared_folder_file_each_pdf_once(simulator, erp, tmp_path, postgres_schema_url):
    complete_jobs(simulator, [f"WO-{number}" for number in range(12)])
    shared_folder = tmp_path / "shared-pdfs"
    profile = office_profile(simulator, postgres_schema_url, erp, download_dir=str(shared_folder))
    office = [Workstation(tmp_path, name, profile) for name in ("WS-01", "WS-02", "WS-03")]
    results = [finished(process) for process in [workstation.start("pdfs", "--wait", "120") for workstation in office]]
    assert [code for code, _, _ in results] == [EXIT_OK] * 3, told(results)
    complete_jobs(simulator, [f"WO-LATE-{number}" for number in range(4)])
    results = [finished(process) for process in [workstation.start("pdfs") for workstation in office]]
    assert {code for code, _, _ in results} <= {EXIT_OK, EXIT_BUSY}, told(results)

    files = sorted(path for path in shared_folder.rglob("*") if path.is_file())
    pdfs_on_server = [row for row in simulator.storage.rows("DbFile") if row["file_type_name"] == "JOB_APPROVAL"]
    assert len(files) == len(pdfs_on_server) == 16
    assert not [path.name for path in files if " (2)" in path.name]


@pytest.mark.parametrize("target", ["tables", "outbox"])
def test_three_workstations_exporting_at_once_deliver_each_approval_once(simulator, erp, tmp_path, postgres_schema_url, target):
    complete_jobs(simulator, [f"WO-{number}" for number in range(10)])
    outbox = tmp_path / "outbox"
    export_to = sqlite_url(erp) if target == "tables" else str(outbox)
    profile = office_profile(simulator, postgres_schema_url, erp, export_to=export_to)
    office = [Workstation(tmp_path, name, profile) for name in ("WS-01", "WS-02", "WS-03")]
    results = [finished(process) for process in [workstation.start("export", "--wait", "120") for workstation in office]]
    assert [code for code, _, _ in results] == [EXIT_OK] * 3, told(results)

    finals = final_approvals(simulator)
    with Store(postgres_schema_url, state_key(profile)[0]) as store:
        exported = Counter(
            entry.erp_key for entry in store.journal_rows(entity="job_approval", action="export", result="ok")
        )
    assert exported == Counter({approval_id: 1 for approval_id in finals})
    if target == "tables":
        with sqlite3.connect(erp) as connection:
            rows = Counter(row[0] for row in connection.execute("SELECT job_approval_id FROM work_order"))
        assert rows == Counter({approval_id: 1 for approval_id in finals})
    else:
        delivered = Counter(json.loads(path.read_text())["work_order"]["job_approval_id"] for path in outbox.glob("*.json"))
        assert delivered == Counter({approval_id: 1 for approval_id in finals})


def test_two_pushes_of_one_profile_at_once_on_the_local_state_never_duplicate(simulator, erp, tmp_path):
    desk = Workstation(tmp_path, "WS-01", office_profile(simulator, None, erp))
    codes: list[str] = []
    for trial in range(20):
        new = [f"S{trial:02d}-{number}" for number in range(3)]
        add_customers(erp, new)
        codes += new
        both = [desk.start("push", "--approve", "all", "--entity", "Company") for _ in range(2)]
        results = [finished(process) for process in both]
        assert {code for code, _, _ in results} <= {EXIT_OK, EXIT_BUSY}, told(results)
        assert_one_company_per_code(simulator, codes)


def journal_ids(profile: Profile, state_url: str, workstation: str) -> set[int]:
    """The journal rows a workstation wrote about companies."""
    with Store(state_url, state_key(profile)[0]) as store:
        return {entry.id for entry in store.journal_rows(entity="Company") if entry.workstation == workstation}


def test_an_office_and_its_scheduled_watch_do_everything_exactly_once_in_any_overlap(simulator, erp, tmp_path, postgres_schema_url):
    """The issue's "done when": three workstations and a scheduled watch on one PostgreSQL state,
    pushing, exporting and downloading in any overlap, with a kill in between."""
    complete_jobs(simulator, [f"WO-{number}" for number in range(6)])
    codes = [f"O-{number:03d}" for number in range(30)]
    add_customers(erp, codes)
    shared_folder = tmp_path / "shared-pdfs"
    profile = office_profile(simulator, postgres_schema_url, erp, export_to=sqlite_url(erp), download_dir=str(shared_folder))
    server = Workstation(tmp_path, "SRV-01", profile)
    office = [Workstation(tmp_path, name, profile) for name in ("WS-01", "WS-02", "WS-03")]

    watch = server.start("watch", "--interval", "0.3")
    try:
        simulator.faults.latency_ms = 20
        killed = office[0].start("push", "--approve", "all", "--entity", "Company", "--concurrency", "1")
        wait_until(lambda: simulator.count("POST", "Company") >= 5)
        killed.send_signal(signal.SIGKILL)
        killed.wait(timeout=30)
        simulator.faults.latency_ms = 0
        others = [
            office[1].start("push", "--approve", "all", "--entity", "Company", "--wait", "120"),
            office[2].start("export", "--wait", "120"),
            office[1].start("pdfs", "--wait", "120"),
        ]
        complete_jobs(simulator, [f"WO-LATE-{number}" for number in range(4)])  # work goes on meanwhile
        results = [finished(process) for process in others]
        assert [code for code, _, _ in results] == [EXIT_OK] * 3, told(results)
        finals = final_approvals(simulator)
        pdfs_on_server = [row for row in simulator.storage.rows("DbFile") if row["file_type_name"] == "JOB_APPROVAL"]

        def all_done() -> bool:
            with sqlite3.connect(erp) as connection:
                exported = connection.execute("SELECT count(*) FROM work_order").fetchone()[0]
            files = [path for path in shared_folder.rglob("*") if path.is_file()] if shared_folder.exists() else []
            return exported == len(finals) and len(files) == len(pdfs_on_server)

        wait_until(all_done, timeout=120)  # the watch picks up what came late
    finally:
        watch.send_signal(signal.SIGINT)
        code, out, err = finished(watch)
    assert code in (EXIT_OK, EXIT_CANCELLED), err

    assert_one_company_per_code(simulator, codes)
    with sqlite3.connect(erp) as connection:
        rows = Counter(row[0] for row in connection.execute("SELECT job_approval_id FROM work_order"))
    assert rows == Counter({approval_id: 1 for approval_id in finals})
    files = sorted(path for path in shared_folder.rglob("*") if path.is_file())
    assert len(files) == len(pdfs_on_server) and not [path for path in files if " (2)" in path.name]
    with Store(postgres_schema_url, state_key(profile)[0]) as store:
        exported = Counter(entry.erp_key for entry in store.journal_rows(entity="job_approval", action="export", result="ok"))
        downloads = store.downloads(limit=1000)
        workstations = {run.workstation for run in store.recent_runs(limit=500)}
    assert exported == Counter({approval_id: 1 for approval_id in finals})
    assert len(downloads) == len(pdfs_on_server)
    assert {"SRV-01", "WS-02"} <= workstations  # and each run says where it ran
