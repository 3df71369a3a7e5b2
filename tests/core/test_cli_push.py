"""``odyssee-sync plan``, ``push`` and ``undo`` through core.cli.main, against the simulator
and a demo ERP in a tmp folder."""
from __future__ import annotations

import json
import re
import sqlite3

import pytest

from core import credentials
from core.cli import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL
from core.services.outcome import EXIT_USAGE
from core.erp.demo import INVALID_ROWS, create_demo_erp, sqlite_url
from core.settings import Profile, Settings
from tests.helpers.cli import add_profile
from tests.helpers.cli import run_cli as run

PASSWORD = "cli-Secret-7"
CUSTOMERS = 8


@pytest.fixture
def simulator_options():
    return {"domain": "TESTAPI", "username": "APIUser", "password": PASSWORD}


@pytest.fixture
def erp(tmp_path):
    return create_demo_erp(tmp_path / "erp.sqlite3", customers=CUSTOMERS)


@pytest.fixture
def profile(simulator, erp):
    return add_profile(simulator, erp_url=sqlite_url(erp))


def test_plan_json_lists_every_change_with_its_fields(capsys, profile, simulator):
    code, out, err = run(capsys, "plan", "--format", "json")
    assert (code, err) == (EXIT_OK, "")
    plan = json.loads(out)
    actions = {(c["entity"], c["erp_key"]): c["action"] for c in plan["changes"]}
    assert actions[("Company", "CUST-1001")] == "create"
    assert {key for key, action in actions.items() if action == "invalid"} == {
        (entity, row.code) for row in INVALID_ROWS
        for entity in [{"customer": "Company", "article": "Article", "site": "Project"}[row.table]]
    }
    assert plan["counts"]["ArticleCategory"]["create"] == 7
    assert simulator.count("POST") == 0


def test_plan_table_shows_counts_then_each_change(capsys, profile):
    code, out, err = run(capsys, "plan", "--entity", "Company")
    assert code == EXIT_OK, err
    lines = out.splitlines()
    assert lines[0].split() == ["Entity", "create", "update", "link", "conflict", "invalid", "skipped", "unchanged"]
    assert lines[1].split()[:2] == ["Company", str(len([1 for line in lines if "create    Company:" in line]))]
    assert any(line.startswith("+ [x] create    Company:CUST-1001") for line in lines)
    invalid_at = next(i for i, line in enumerate(lines) if "Company:CUST-0901" in line)
    assert lines[invalid_at].startswith("x")
    assert "required" in lines[invalid_at + 1]


def test_push_all_then_edits_show_as_field_diffs(capsys, profile, simulator, erp):
    code, out, err = run(capsys, "push", "--approve", "all")
    assert code == EXIT_OK, err
    assert out.startswith("Push ok:")
    assert simulator.count("POST") > 0
    with sqlite3.connect(erp) as connection:
        connection.execute("UPDATE customer SET city = 'Mons' WHERE code = 'CUST-1002'")
    code, out, err = run(capsys, "plan")
    assert code == EXIT_OK, err
    assert "~ [x] update    Company:CUST-1002" in out
    assert any(line.strip().startswith("city: ") and line.rstrip().endswith('→ "Mons"') for line in out.splitlines())
    code, out, err = run(capsys, "plan", "--format", "json", "--all")
    changes = json.loads(out)["changes"]
    assert any(c["action"] == "unchanged" for c in changes)


def test_push_by_key_sends_only_that_change(capsys, profile, simulator):
    code, out, err = run(capsys, "push", "--approve", "CUST-1003", "ArticleCategory:CAT-10", "--format", "json")
    assert code == EXIT_OK, err
    result = json.loads(out)
    ok = {(o["entity"], o["erp_key"]) for o in result["outcomes"] if o["status"] == "ok"}
    assert ok == {("Company", "CUST-1003"), ("ArticleCategory", "CAT-10")}
    assert simulator.count("POST") == 2
    assert simulator.storage.find_by("Company", "code", "CUST-1003") is not None


def test_dry_run_sends_nothing(capsys, profile, simulator):
    code, out, err = run(capsys, "push", "--approve", "all", "--dry-run")
    assert code == EXIT_OK, err
    assert "would be sent; nothing was sent" in out
    assert simulator.count("POST") == 0 and simulator.count("PUT") == 0



def test_push_skip_leaves_a_change_out_until_bring_back_and_approve_sends_it(capsys, profile, simulator):
    code, out, err = run(capsys, "push", "--skip", "CUST-1003")
    assert (code, err) == (EXIT_OK, "") and "Skipped (left out until their ERP row changes): Company:CUST-1003" in out
    assert simulator.count("POST") == 0  # a skip alone sends nothing
    code, out, err = run(capsys, "plan", "--entity", "Company")
    assert "Company:CUST-1003" not in out and out.splitlines()[1].split()[6] == "1"  # counted as skipped

    code, out, err = run(capsys, "push", "--approve", "all", "--format", "json")
    assert code == EXIT_OK, err
    assert simulator.storage.find_by("Company", "code", "CUST-1003") is None
    assert simulator.storage.find_by("Company", "code", "CUST-1004") is not None
    assert "Company:CUST-1003" not in run(capsys, "plan", "--entity", "Company")[1]

    code, out, err = run(capsys, "push", "--bring-back", "CUST-1003", "--approve", "CUST-1003")
    assert code == EXIT_OK, err
    assert "Brought back (pending again): Company:CUST-1003" in out
    assert simulator.storage.find_by("Company", "code", "CUST-1003") is not None
    code, out, err = run(capsys, "push", "--skip", "CUST-0901")
    assert code == EXIT_FAILED and "Company:CUST-0901 is invalid and cannot be skipped." in err
    code, out, err = run(capsys, "push")
    assert code == EXIT_USAGE and "Give --approve" in err

@pytest.mark.parametrize(
    "key, message",
    [("CUST-0901", "invalid and cannot be pushed"), ("NO-SUCH-KEY", "no pending change")],
)
def test_a_bad_key_fails_clearly_and_sends_nothing(capsys, profile, simulator, key, message):
    code, out, err = run(capsys, "push", "--approve", key)
    assert code == EXIT_FAILED
    assert message in err and len(err.strip().splitlines()) == 1
    assert simulator.count("POST") == 0


def test_a_partial_push_exits_1_and_names_the_failure(capsys, profile, simulator):
    # The plan's look-up and the look again before the creates go through; the first create is
    # answered by a web page (a proxy).
    simulator.faults.script(None, None, "html")
    code, out, err = run(capsys, "push", "--approve", "all", "--entity", "ArticleCategory")
    assert code == EXIT_PARTIAL, err
    assert out.startswith("Push partial: 6 ok, 1 failed")
    (failure,) = [line for line in out.splitlines() if line.strip().startswith("failed")]
    assert "web page" in failure
    assert simulator.storage.count("ArticleCategory") == 6


def test_no_erp_in_the_profile_is_one_clear_line(capsys, simulator):
    settings = Settings.load()
    settings.add(Profile(name="NoErp", base_url=simulator.base_url, domain="TESTAPI", username="APIUser"))
    settings.save()
    credentials.store_secret("NoErp", PASSWORD)
    code, out, err = run(capsys, "plan", "--profile", "NoErp")
    assert code == EXIT_FAILED
    assert "names no ERP" in err and len(err.strip().splitlines()) == 1


# --- undo ---------------------------------------------------------------------------------------


def pushed_run(capsys) -> int:
    code, out, err = run(capsys, "push", "--approve", "all")
    assert code == EXIT_OK, err
    found = re.search(r"; run (\d+)\.$", out.splitlines()[0])
    assert found, out
    return int(found.group(1))


def test_undo_lists_pushes_shows_a_dry_run_then_sends_back_once(capsys, profile, simulator, erp):
    first = pushed_run(capsys)
    old_name = simulator.storage.find_by("Company", "code", "CUST-1002")["name"]
    with sqlite3.connect(erp) as connection:
        connection.execute("UPDATE customer SET name = 'Nouveau Nom' WHERE code = 'CUST-1002'")
    second = pushed_run(capsys)

    code, out, err = run(capsys, "undo", "--list")
    assert (code, err) == (EXIT_OK, "")
    assert [int(line.split()[0]) for line in out.splitlines()[1:3]] == [second, first]

    simulator.reset_counters()
    code, out, err = run(capsys, "undo", str(second), "--dry-run")
    assert code == EXIT_OK, err
    assert "~ restore  update    Company:CUST-1002" in out
    assert f'name: "Nouveau Nom" → "{old_name}"' in out
    assert out.rstrip().endswith("Dry run: 1 record(s) would be sent back or archived; nothing was sent.")
    assert simulator.count("PUT") == 0

    code, out, err = run(capsys, "undo", str(second))
    assert code == EXIT_OK, err
    assert out.startswith(f"Undo of push run {second} ok: 1 ok, 0 failed")
    assert simulator.storage.find_by("Company", "code", "CUST-1002")["name"] == old_name

    code, out, err = run(capsys, "undo", str(second), "--format", "json")
    assert code == EXIT_OK, err
    document = json.loads(out)
    assert document["result"]["run_id"] is None and document["result"]["message"] == f"Nothing to undo in run {second}."
    assert [item["undo"] for item in document["plan"]["items"]] == ["done"]

    # The next plan offers the ERP's value again.
    code, out, err = run(capsys, "plan", "--entity", "Company")
    assert "~ [x] update    Company:CUST-1002" in out


def test_a_push_of_creates_says_plainly_they_cannot_be_undone(capsys, profile, simulator):
    first = pushed_run(capsys)
    code, out, err = run(capsys, "undo", str(first), "--dry-run", "--entity", "Company", "--key", "CUST-1003")
    assert code == EXIT_OK, err
    assert (
        "+ archive  create    Company:CUST-1003: cannot be undone: Odyssee keeps every record it creates; "
        "it can be archived instead (--archive-creates)"
    ) in out
    code, out, err = run(capsys, "undo", str(first), "--dry-run", "--key", "CAT-10")
    assert "none     create    ArticleCategory:CAT-10: cannot be undone: Odyssee keeps every record it creates\n" in out

    code, out, err = run(capsys, "undo", str(first), "--entity", "Company", "--key", "CUST-1003", "--archive-creates")
    assert code == EXIT_OK, err
    assert simulator.storage.find_by("Company", "code", "CUST-1003")["archived"] is True
    assert simulator.storage.find_by("Company", "code", "CUST-1004")["archived"] is False


def test_a_run_that_is_not_there_is_one_clear_line(capsys, profile):
    code, out, err = run(capsys, "undo", "999")
    assert code == EXIT_FAILED
    assert err.strip() == "There is no run 999 in this state."
    code, out, err = run(capsys, "undo", "999", "--dry-run")
    assert (code, err.strip()) == (EXIT_FAILED, "There is no run 999 in this state.")
    code, out, err = run(capsys, "undo")
    assert code == EXIT_FAILED and "undo --list" in err and len(err.strip().splitlines()) == 1
