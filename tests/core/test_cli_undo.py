"""``odyssee-sync undo`` through core.cli.main, against the simulator and a demo ERP in a tmp folder."""
from __future__ import annotations

import json
import re
import sqlite3

from core.cli import EXIT_FAILED, EXIT_OK
from tests.core.test_cli_push import (  # noqa: F401 - fixtures
    erp,
    profile,
    run,
    simulator,
)


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
