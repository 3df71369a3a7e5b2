"""``odyssee-sync state migrate`` and ``status``: from one PC's state to the office's, and who is at work."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from core import credentials
from core.cli import EXIT_BUSY, EXIT_FAILED, EXIT_OK
from core.erp.demo import create_demo_erp, sqlite_url
from core.settings import Settings
from core.state import Actor, Store, local_store_path, state_key
from tests.helpers.cli import run_cli as run
from tests.helpers.completed_work import add_small_tenant, complete_jobs

DOMAIN, USERNAME, PASSWORD = "MIGRATE", "APIUser", "migrate-Secret-3"


@pytest.fixture
def simulator_options():
    return {"domain": DOMAIN, "username": USERNAME, "password": PASSWORD, "populate": add_small_tenant}


@pytest.fixture
def used_profile(capsys, simulator, tmp_path) -> dict:
    """A profile with a local state that has pushed, exported and downloaded."""
    erp = create_demo_erp(tmp_path / "erp.db", customers=12)
    downloads = tmp_path / "pdfs"
    code, _, err = run(
        capsys, "profile", "add", "Desk", "--url", simulator.base_url, "--domain", DOMAIN, "--username", USERNAME,
        "--erp-url", sqlite_url(erp), "--export-to", sqlite_url(erp), "--download-dir", str(downloads), "--use",
    )
    assert code == EXIT_OK, err
    credentials.store_secret("Desk", PASSWORD)
    assert run(capsys, "push", "--approve", "all")[0] in (EXIT_OK, 1)
    complete_jobs(simulator, ["WO-1", "WO-2"])
    assert run(capsys, "export")[0] == EXIT_OK
    assert run(capsys, "pdfs")[0] == EXIT_OK
    return {"erp": erp, "downloads": downloads}


def pending(capsys) -> dict[str, str]:
    code, out, err = run(capsys, "plan", "--format", "json")
    assert code in (EXIT_OK, 1), err
    return {f"{change['entity']}:{change['erp_key']}": change["action"] for change in json.loads(out)["changes"]}


def test_a_local_state_moves_to_the_shared_database_and_the_next_plan_there_is_empty(capsys, used_profile, postgres_schema_url):
    profile = Settings.load().get("Desk")
    with Store.for_profile(profile) as local:
        before = local.counts()
        pushed = len(local.ids_for("Company"))
    left_before = pending(capsys)  # the demo ERP's deliberately broken rows, which never go
    assert pushed > 0 and set(left_before.values()) == {"invalid"}

    code, out, err = run(capsys, "state", "migrate", "--to", postgres_schema_url)
    assert code == EXIT_OK, err
    assert "Copied" in out and "now keeps its state in PostgreSQL database" in out
    moved = Settings.load().get("Desk")
    assert moved.state_url == postgres_schema_url
    with Store.for_profile(moved) as shared:
        after = shared.counts()
        assert not shared.location.local
    assert {name: after[name] for name in before if name != "leases"} == {name: before[name] for name in before if name != "leases"}

    assert pending(capsys) == left_before  # everything pushed before is known there
    code, out, err = run(capsys, "export")
    assert (code, out.strip()) == (EXIT_OK, "Nothing to export: no completed work since the last export.")
    code, out, err = run(capsys, "pdfs")
    assert (code, out.strip()) == (EXIT_OK, "No new job approval PDFs.")

    # run twice without harm: the profile points there already
    code, out, err = run(capsys, "state", "migrate", "--to", postgres_schema_url)
    assert code == EXIT_OK and "nothing to copy" in out
    # and from the old file again (say, a second PC with a copy of it): the same history, nothing new
    assert run(capsys, "profile", "update", "Desk", "--state-url", "")[0] == EXIT_OK
    code, out, err = run(capsys, "state", "migrate", "--to", postgres_schema_url)
    assert code == EXIT_OK, err
    assert "copied to" in out and "before; nothing more to copy" in out
    with Store.for_profile(Settings.load().get("Desk")) as shared:
        assert shared.counts()["journal"] == after["journal"]


def test_two_different_histories_are_never_merged(capsys, used_profile, postgres_schema_url):
    profile = Settings.load().get("Desk")
    key, tenant, erp = state_key(profile)
    with Store(postgres_schema_url, key, tenant=tenant, erp=erp, actor=Actor("WS-09", "office9")) as colleague:
        run_id = colleague.start_run("push")
        colleague.journal("Company", "CUST-1001", "create", "ok", run_id=run_id)
        colleague.finish_run(run_id, "ok", {"ok": 1})

    code, out, err = run(capsys, "state", "migrate", "--to", postgres_schema_url)
    assert code == EXIT_FAILED
    assert "already holds another history for this tenant and ERP (started on WS-09 by office9" in err
    assert "nothing was copied" in err
    assert Settings.load().get("Desk").state_url is None  # the profile stays where it was
    with Store(postgres_schema_url, key) as shared:
        assert shared.counts()["journal"] == 1


def test_a_local_state_that_moved_on_after_its_copy_is_not_copied_over_the_shared_one(capsys, used_profile, postgres_schema_url):
    assert run(capsys, "state", "migrate", "--to", postgres_schema_url)[0] == EXIT_OK
    assert run(capsys, "profile", "update", "Desk", "--state-url", "")[0] == EXIT_OK
    with Store.open("Desk") as local:  # used alone again after the move
        local.journal("Company", "CUST-1002", "update", "ok")
    code, out, err = run(capsys, "state", "migrate", "--to", postgres_schema_url)
    assert code == EXIT_FAILED
    assert "changed after it was copied" in err and "journal" in err


def test_status_shows_where_the_state_is_who_is_at_work_and_the_last_runs(capsys, used_profile):
    code, out, err = run(capsys, "status")
    assert code == EXIT_OK, err
    assert f"State: this computer, {local_store_path('Desk')} (on this computer only)" in out
    assert "Push: nobody" in out
    workstation = Actor.current().workstation
    assert f"Push: ok, started " in out and f"on {workstation} (user " in out

    with Store.open("Desk") as store:
        lease = store.acquire_lease("export", program="odyssee-sync watch")
        code, out, err = run(capsys, "status", "--format", "json")
        document = json.loads(out)
        assert [(item["job"], item["program"]) for item in document["leases"]] == [("export", "odyssee-sync watch")]
        code, out, err = run(capsys, "export")
        assert code == EXIT_BUSY
        assert err.startswith(f"Export of completed work is running on {workstation} (user ")
        lease.release()
    assert run(capsys, "export")[0] == EXIT_OK
