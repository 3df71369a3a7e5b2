"""``odyssee-sync export``, ``pdfs`` and ``watch`` against the simulator, through core.cli.main."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from core import credentials
from core.cli import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, main
from core.erp.demo import create_demo_erp, sqlite_url
from core.odata import OdysseeClient
from tests.helpers.cli import run_cli as run
from tests.helpers.completed_work import FAST_RETRY, add_missing_job, add_small_tenant, complete_jobs, orphan_approval
from tests.helpers.erp import erp_rows
from tests.helpers.watch import WatchRounds

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


def test_watch_says_once_what_is_held_back_and_when_it_went(capsys, monkeypatch, profile, simulator, erp):
    first = complete_jobs(simulator, ["WO-1"])[0]
    orphan = orphan_approval(simulator, first["user_id"])

    def between_rounds(rounds: int) -> bool:
        if rounds == 2:  # held back twice: told once
            add_missing_job(simulator, orphan, "WO-FIXED")  # someone repairs it in Odyssee meanwhile
        return rounds == 4  # it went in the third round; the fourth has nothing to say

    WatchRounds(monkeypatch, between_rounds)
    code, out, err = run(capsys, "watch", "--interval", "30", "--no-pdfs")

    assert code == EXIT_OK, err
    told = [line.split(" ", 1)[1] for line in out.splitlines() if "held back" in line]
    assert len(told) == 2, out  # when it was held, and when it went; not at every round between
    assert told[0].startswith("export: 1 approval exported; 1 held back (approval ") and "was not found" in told[0]
    assert told[1] == "export: 1 approval exported; nothing held back any more"
    assert sorted(row[0] for row in erp_rows(erp, "work_order", "job_reference")) == ["WO-1", "WO-FIXED"]


def test_commands_fail_in_one_line_without_a_password(capsys, simulator, erp):
    main(["profile", "add", "NoSecret", "--url", simulator.base_url, "--domain", DOMAIN, "--username", USERNAME,
          "--export-to", sqlite_url(erp)])
    capsys.readouterr()
    for command in ("export", "pdfs", "watch"):
        code, out, err = run(capsys, command, "--profile", "NoSecret")
        assert code == EXIT_FAILED and "odyssee-sync login" in err and len(err.strip().splitlines()) == 1


def test_watch_exports_and_downloads_near_real_time_and_stops_on_ctrl_c(capsys, monkeypatch, profile, simulator, erp, downloads):
    def between_rounds(rounds: int) -> bool:
        if rounds == 1:  # while the watch is already polling
            complete_jobs(simulator, ["WO-10", "WO-11", "WO-12"])
        return rounds == 2  # Ctrl-C while the watch waits for its next round, the work done

    watch = WatchRounds(monkeypatch, between_rounds)
    code, out, err = run(capsys, "watch", "--interval", "1.5")

    assert code == EXIT_OK, err
    assert out.startswith('Watching profile "Sim": export every 1.5 s, pdfs every 1.5 s. Ctrl-C stops.')
    assert "exported" in out and "downloaded" in out and out.rstrip().endswith("Stopped.")
    assert "Stopping…" in err
    assert watch.waits == [1.5, 1.5]
    assert sorted(row[0] for row in erp_rows(erp, "work_order", "job_reference")) == ["WO-10", "WO-11", "WO-12"]
    assert sorted(path.parent.name for path in downloads.rglob("*.pdf")) == ["WO-10", "WO-11", "WO-12"]


def test_watch_backs_off_after_repeated_failures_and_says_so(capsys, monkeypatch, profile, simulator):
    simulator.faults.update(error_rate=1.0)

    def between_rounds(rounds: int) -> bool:
        if rounds == 4:  # after four failed rounds (each tries six times)
            simulator.faults.clear()
        return rounds == 5

    watch = WatchRounds(monkeypatch, between_rounds)
    code, out, err = run(capsys, "watch", "--interval", "30", "--no-pdfs")

    assert code == EXIT_OK, err
    assert watch.waits == [30, 60, 120, 240, 30]  # twice as long after each failure but the first; back once it works
    assert "export: failed (" in err and "trying again in 30 s." in err
    backoff = [line for line in err.splitlines() if "times in a row" in line]
    assert [line.split(": ", 1)[1].split(" (")[0] for line in backoff] == [
        "failed 2 times in a row", "failed 3 times in a row", "failed 4 times in a row",
    ]
    assert [line.rsplit("next try in ", 1)[1] for line in backoff] == ["60 s.", "120 s.", "240 s."]
    assert "export: working again." in out


def test_watch_signs_in_again_once_the_password_is_fixed(capsys, monkeypatch, profile, simulator, erp):
    credentials.store_secret("Sim", "a-wrong-password")
    complete_jobs(simulator, ["WO-20"])

    def between_rounds(rounds: int) -> bool:
        if rounds == 1:  # the first round is refused
            credentials.store_secret("Sim", PASSWORD)  # what `odyssee-sync login` does meanwhile
        return rounds == 2

    WatchRounds(monkeypatch, between_rounds)
    code, out, err = run(capsys, "watch", "--interval", "1", "--no-pdfs")

    assert code == EXIT_OK, err
    assert "refused" in err or "401" in err
    assert "export: working again." in out and "1 approval exported" in out
    assert [row[0] for row in erp_rows(erp, "work_order", "job_reference")] == ["WO-20"]
