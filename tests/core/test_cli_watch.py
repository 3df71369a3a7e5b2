"""``odyssee-sync export``, ``pdfs`` and ``watch`` against the simulator, through core.cli.main."""
from __future__ import annotations

import _thread
import json
import sqlite3
import threading
import time
import uuid
from pathlib import Path

import pytest

from core import credentials
from core.cli import EXIT_CANCELLED, EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, main
from core.erp.demo import create_demo_erp, sqlite_url
from core.odata import OdysseeClient
from tests.helpers.cli import run_cli as run
from tests.helpers.completed_work import FAST_RETRY, add_missing_job, add_small_tenant, complete_jobs, orphan_approval
from tests.helpers.erp import erp_rows

DOMAIN, USERNAME, PASSWORD = "CLITEST", "APIUser", "cli-Secret-42"


@pytest.fixture
def simulator_options():
    return {"domain": DOMAIN, "username": USERNAME, "password": PASSWORD, "populate": add_small_tenant}


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    """The commands' clients retry as usual, only without waiting seconds between attempts."""
    original = OdysseeClient.from_profile.__func__

    def from_profile(cls, profile, *, auth_header, **options):
        options.setdefault("retry", FAST_RETRY)
        return original(cls, profile, auth_header=auth_header, **options)

    monkeypatch.setattr(OdysseeClient, "from_profile", classmethod(from_profile))


@pytest.fixture
def erp(tmp_path) -> Path:
    return create_demo_erp(tmp_path / "erp.db", customers=0)


@pytest.fixture
def downloads(tmp_path) -> Path:
    return tmp_path / "pdfs"


@pytest.fixture
def profile(capsys, simulator, erp, downloads):
    code = main([
        "profile", "add", "Sim", "--url", simulator.base_url, "--domain", DOMAIN, "--username", USERNAME,
        "--export-to", sqlite_url(erp), "--download-dir", str(downloads), "--naming", "{job_reference}/{file_name}",
    ])
    assert code == EXIT_OK
    credentials.store_secret("Sim", PASSWORD)
    capsys.readouterr()
    return "Sim"


def test_export_and_pdfs_commands(capsys, profile, simulator, erp, downloads):
    complete_jobs(simulator, ["WO-1", "WO-2"])

    code, out, err = run(capsys, "export", "--preview", "--format", "json")
    assert code == EXIT_OK, err
    assert sorted(item["job_reference"] for item in json.loads(out)) == ["WO-1", "WO-2"]
    assert erp_rows(erp, "work_order") == []

    code, out, err = run(capsys, "export")
    assert (code, err) == (EXIT_OK, "")
    assert out.startswith("Exported 2 approval(s) to sqlite:///")
    assert sorted(row[0] for row in erp_rows(erp, "work_order", "job_reference")) == ["WO-1", "WO-2"]

    code, out, err = run(capsys, "pdfs")
    assert code == EXIT_OK, err
    assert sorted(path.parent.name for path in downloads.rglob("*.pdf")) == ["WO-1", "WO-2"]
    code, out, _ = run(capsys, "pdfs", "--pending")
    assert (code, out) == (EXIT_OK, "No job approval PDFs waiting.\n")

    code, out, err = run(capsys, "export", "--since", "2000-01-01")
    assert code == EXIT_OK and out.startswith("Exported 2 approval(s)")
    assert len(erp_rows(erp, "work_order")) == 2


def test_export_exit_codes_partial_and_failed(capsys, profile, simulator, erp, tmp_path):
    connection = sqlite3.connect(erp)
    with connection:
        connection.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON work_order WHEN NEW.job_reference = 'WO-BAD' "
            "BEGIN SELECT RAISE(ABORT, 'period closed'); END"
        )
    connection.close()
    complete_jobs(simulator, ["WO-BAD", "WO-OK"])

    code, out, err = run(capsys, "export")
    assert code == EXIT_PARTIAL
    assert "Exported 1 approval(s)" in out and "period closed" in err

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the outbox should be")
    assert run(capsys, "profile", "add", "Sim", "--update", "--export-to", str(blocker / "outbox"))[0] == EXIT_OK
    code, out, err = run(capsys, "export")
    assert code == EXIT_FAILED
    assert "Cannot write" in err and len(err.strip().splitlines()) == 1


def test_an_approval_held_back_is_named_with_its_reason_and_export_exits_1_until_it_goes(capsys, profile, simulator, erp):
    first = complete_jobs(simulator, ["WO-1"])[0]
    orphan = orphan_approval(simulator, first["user_id"])
    orphan_id = str(orphan["id"])

    code, out, err = run(capsys, "export")
    assert code == EXIT_PARTIAL
    assert out.startswith("Exported 1 approval(s)")
    [line] = [line for line in err.splitlines() if line.startswith("Held back")]
    assert f"approval {orphan_id}" in line and "was not found in Odyssee" in line and "1 attempt)" in line
    assert "1 approval(s) held back did not reach the ERP" in err

    code, out, err = run(capsys, "export", "--format", "json")
    assert code == EXIT_PARTIAL
    document = json.loads(out)
    assert (document["status"], document["exported"]) == ("partial", [])
    [held] = document["held"]
    assert (held["approval_id"], held["attempts"]) == (orphan_id, 2) and "was not found in Odyssee" in held["reason"]

    add_missing_job(simulator, orphan, "WO-FIXED")
    code, out, err = run(capsys, "export")
    assert (code, err) == (EXIT_OK, "")
    assert out.startswith("Exported 1 approval(s)")
    assert sorted(row[0] for row in erp_rows(erp, "work_order", "job_reference")) == ["WO-1", "WO-FIXED"]


def test_watch_says_once_what_is_held_back_and_when_it_went(capsys, profile, simulator, erp):
    first = complete_jobs(simulator, ["WO-1"])[0]
    orphan = orphan_approval(simulator, first["user_id"])
    repaired = []

    def repaired_and_exported() -> bool:
        exported = len(erp_rows(erp, "work_order"))
        if exported == 1 and not repaired:
            add_missing_job(simulator, orphan, "WO-FIXED")  # someone repairs it in Odyssee meanwhile
            repaired.append(True)
        return exported == 2

    interrupt_when(repaired_and_exported)
    code, out, err = run(capsys, "watch", "--interval", "0.2", "--no-pdfs")

    assert code in (EXIT_OK, EXIT_CANCELLED), err  # the Ctrl-C may land in a round
    told = [line.split(" ", 1)[1] for line in out.splitlines() if "held back" in line]
    assert len(told) == 2, out  # when it was held, and when it went; not at every round between
    assert told[0].startswith("export: 1 approval exported; 1 held back (approval ") and "was not found" in told[0]
    assert told[1] == "export: 1 approval exported; nothing held back any more"


def test_commands_fail_in_one_line_without_a_password(capsys, simulator, erp):
    main(["profile", "add", "NoSecret", "--url", simulator.base_url, "--domain", DOMAIN, "--username", USERNAME,
          "--export-to", sqlite_url(erp)])
    capsys.readouterr()
    for command in ("export", "pdfs", "watch"):
        code, out, err = run(capsys, command, "--profile", "NoSecret")
        assert code == EXIT_FAILED and "odyssee-sync login" in err and len(err.strip().splitlines()) == 1


def interrupt_when(condition, timeout: float = 20.0, settle: float = 0.3) -> threading.Thread:
    """Ctrl-C for the main thread once ``condition()`` holds (or the timeout passes)."""

    def watch() -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not condition():
            time.sleep(0.05)
        time.sleep(settle)
        _thread.interrupt_main()

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


def test_watch_exports_and_downloads_near_real_time_and_stops_on_ctrl_c(capsys, profile, simulator, erp, downloads):
    def field_activity() -> None:
        time.sleep(0.3)  # while watch is already polling
        complete_jobs(simulator, ["WO-10", "WO-11", "WO-12"])

    threading.Thread(target=field_activity, daemon=True).start()
    # Ctrl-C while the watch waits for its next round (the work is done well before it): a
    # Ctrl-C in the middle of a round would rightly end it as cancelled instead.
    interrupt_when(lambda: len(erp_rows(erp, "work_order")) == 3 and len(list(downloads.rglob("*.pdf"))) == 3)

    code, out, err = run(capsys, "watch", "--interval", "1.5")

    assert code == EXIT_OK, err
    assert out.startswith('Watching profile "Sim": export every 1.5 s, pdfs every 1.5 s. Ctrl-C stops.')
    assert "exported" in out and "downloaded" in out and out.rstrip().endswith("Stopped.")
    assert sorted(row[0] for row in erp_rows(erp, "work_order", "job_reference")) == ["WO-10", "WO-11", "WO-12"]
    assert sorted(path.parent.name for path in downloads.rglob("*.pdf")) == ["WO-10", "WO-11", "WO-12"]


def test_watch_backs_off_after_repeated_failures_and_says_so(capsys, profile, simulator):
    simulator.faults.update(error_rate=1.0)
    recovered = threading.Event()

    def recover() -> None:
        # After four failed rounds (each tries six times), not after a number of seconds.
        deadline = time.monotonic() + 30
        while simulator.count() < 24 and time.monotonic() < deadline:
            time.sleep(0.05)
        simulator.faults.clear()
        recovered.set()

    threading.Thread(target=recover, daemon=True).start()
    answered_after = {}

    def working_again() -> bool:
        if not recovered.is_set():
            return False
        answered_after.setdefault("count", simulator.count())
        return simulator.count() > answered_after["count"]

    interrupt_when(working_again, timeout=30, settle=0.5)

    code, out, err = run(capsys, "watch", "--interval", "0.05", "--no-pdfs")

    assert code in (EXIT_OK, EXIT_CANCELLED)  # Ctrl-C may land in a round: the test is about the messages
    assert "export: failed (" in err
    backoff = [line for line in err.splitlines() if "times in a row" in line]
    assert backoff and "export: failed 2 times in a row" in backoff[0]
    waits = [float(line.rsplit("next try in ", 1)[1].split(" s")[0]) for line in backoff]
    assert waits == sorted(waits) and waits[-1] > waits[0]
    assert "export: working again." in out


def test_watch_signs_in_again_once_the_password_is_fixed(capsys, profile, simulator, erp):
    credentials.store_secret("Sim", "a-wrong-password")
    complete_jobs(simulator, ["WO-20"])
    fixed = threading.Event()

    def fix_the_password() -> None:
        deadline = time.monotonic() + 20
        while simulator.count() < 1 and time.monotonic() < deadline:  # the first round is refused
            time.sleep(0.05)
        credentials.store_secret("Sim", PASSWORD)  # what `odyssee-sync login` does meanwhile
        fixed.set()

    threading.Thread(target=fix_the_password, daemon=True).start()
    interrupt_when(lambda: fixed.is_set() and len(erp_rows(erp, "work_order")) == 1)

    code, out, err = run(capsys, "watch", "--interval", "1", "--no-pdfs")  # Ctrl-C lands between rounds

    assert code == EXIT_OK, err
    assert "refused" in err or "401" in err
    assert "export: working again." in out and "1 approval exported" in out
    assert [row[0] for row in erp_rows(erp, "work_order", "job_reference")] == ["WO-20"]
