"""``odyssee-sync check`` (also ``--schema``) and ``odyssee-sync browse`` against the simulator,
through core.cli.main."""
from __future__ import annotations

import csv
import io
import json
import uuid

import pytest

from core import credentials
from core.cli import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL
from core.settings import Profile, Settings
from core.simulator.server import Simulator
from tests.helpers.cli import add_profile, run_cli as run

PASSWORD = "cli-Secret-99"


def add_companies(simulator: Simulator) -> None:
    simulator.storage.bulk_insert(
        "Company",
        [
            {"id": uuid.uuid4(), "code": f"C{n:03d}", "name": f"Company number {n} with a rather long name"}
            for n in range(20)
        ],
    )


@pytest.fixture
def simulator_options():
    return {"domain": "TESTAPI", "username": "APIUser", "password": PASSWORD, "page_size": 7, "populate": add_companies}


@pytest.fixture
def profile(simulator):
    return add_profile(simulator)


def test_browse_json_lists_every_page(capsys, profile, simulator):
    code, out, err = run(capsys, "browse", "Company", "--format", "json", "--orderby", "code")
    assert (code, err) == (EXIT_OK, "")
    rows = json.loads(out)
    assert [row["code"] for row in rows] == [f"C{n:03d}" for n in range(20)]
    assert simulator.count("GET", "Company") == 3


def test_browse_csv_with_select_filter_and_top(capsys, profile):
    code, out, err = run(
        capsys, "browse", "Company", "--format", "csv", "--select", "code,name",
        "--filter", "code ge 'C010'", "--orderby", "code desc", "--top", "3",
    )
    assert code == EXIT_OK, err
    lines = list(csv.reader(io.StringIO(out)))
    assert lines == [
        ["code", "name"],
        ["C019", "Company number 19 with a rather long name"],
        ["C018", "Company number 18 with a rather long name"],
        ["C017", "Company number 17 with a rather long name"],
    ]


def test_browse_table_is_aligned_and_fits_the_terminal(capsys, profile, monkeypatch):
    monkeypatch.setenv("COLUMNS", "50")
    code, out, err = run(capsys, "browse", "Company", "--select", "code,name,id", "--top", "4", "--orderby", "code")
    assert code == EXIT_OK, err
    lines = out.splitlines()
    assert lines[0].startswith("code  name")
    assert set(lines[1].replace(" ", "").rstrip("…")) == {"-"}
    assert len(lines) == 2 + 4
    assert all(len(line) <= 50 for line in lines)
    assert lines[2].startswith("C000  Company number 0")
    assert lines[2].endswith("…")


def test_browse_without_rows(capsys, profile):
    code, out, _ = run(capsys, "browse", "Company", "--filter", "code eq 'none'")
    assert (code, out) == (EXIT_OK, "(no rows)\n")


def test_browse_without_a_stored_password(capsys, simulator):
    settings = Settings.load()
    settings.add(Profile(name="Empty", base_url=simulator.base_url, domain="TESTAPI", username="APIUser"))
    settings.save()
    code, out, err = run(capsys, "browse", "Company", "--profile", "Empty")
    assert code == EXIT_FAILED and out == ""
    assert err == "No password is saved for profile Empty: run `odyssee-sync login --profile Empty`.\n"
    assert simulator.request_count == 0


def test_browse_bad_filter_is_one_line(capsys, profile, simulator):
    code, out, err = run(capsys, "browse", "Company", "--filter", "name eq 'unterminated")
    assert code == EXIT_FAILED and out == ""
    assert err.startswith("Invalid --filter at position ") and err.count("\n") == 1
    assert simulator.request_count == 0


def test_browse_server_errors_are_one_line(capsys, profile, simulator):
    code, _, err = run(capsys, "browse", "NoSuchSet")
    assert code == EXIT_FAILED
    assert err.count("\n") == 1 and "NoSuchSet" in err and "404" in err
    code, _, err = run(capsys, "browse", "Company", "--filter", "no_such_field eq 1")
    assert code == EXIT_FAILED and err.startswith("Odyssee rejected the query: ")


def test_check_ok_and_wrong_credentials(capsys, profile, simulator):
    code, out, err = run(capsys, "check")
    assert code == EXIT_OK and out.startswith("OK: Connected to Odyssee at ") and err == ""
    credentials.store_secret("Sim", "wrong password")
    code, out, err = run(capsys, "check", "--profile", "Sim")
    assert code == EXIT_FAILED and out == ""
    assert err.startswith("Wrong credentials: Odyssee refused the credentials (401)")


def test_check_unreachable(capsys, profile, simulator):
    simulator.stop()
    code, _, err = run(capsys, "check")
    assert code == EXIT_FAILED and err.startswith("Unreachable: ")


def test_check_schema_when_the_server_matches(capsys, profile):
    code, out, err = run(capsys, "check", "--schema")
    assert (code, err) == (EXIT_OK, "")
    assert out.splitlines()[1:] == ["The server's model matches."]


def test_check_schema_reports_a_field_the_mapping_sends_that_the_server_lacks(capsys):
    lacking = ["Company.vat_reg_code", "Company.fax"]
    with Simulator(domain="TESTAPI", username="APIUser", password=PASSWORD, metadata_without=lacking) as sim:
        add_profile(sim)
        code, out, err = run(capsys, "check", "--schema")
        assert sim.count("GET", "$metadata") == 1
    assert (code, err) == (EXIT_PARTIAL, "")
    # The shipped default mapping sends vat_reg_code; it does not send fax.
    assert out.splitlines()[1:] == [
        "Missing on the server:",
        "  Company.vat_reg_code (your mapping sends it)",
        "  Company.fax",
        "Your mapping uses 1 thing the server lacks or types otherwise: pushing them would fail.",
    ]


def test_check_schema_only_informs_about_what_the_mapping_does_not_use(capsys):
    with Simulator(domain="TESTAPI", username="APIUser", password=PASSWORD, metadata_without=["JobType"]) as sim:
        add_profile(sim)
        code, out, _ = run(capsys, "check", "--schema")
    assert code == EXIT_OK
    assert out.splitlines()[-2:] == ["  entity set JobType", "The server's model differs only where your mapping does not reach."]


def test_secrets_never_reach_the_output(capsys, profile, simulator):
    outputs = []
    for argv in (["check"], ["browse", "Company", "--format", "json"], ["browse", "Nope"]):
        outputs.append(run(capsys, *argv))
    text = repr(outputs)
    token = simulator.authorization.split()[1]
    assert PASSWORD not in text and token not in text


def test_unknown_profile(capsys, profile):
    code, _, err = run(capsys, "check", "--profile", "Other")
    assert code == EXIT_FAILED and 'No profile named "Other"' in err
