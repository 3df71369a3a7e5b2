"""``odyssee-sync profile ...`` and ``odyssee-sync login``: outputs, exit codes, secrets kept out of files."""
from __future__ import annotations

import base64
import io
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import keyring.core
import pytest
from keyring.backends import fail

from core import cli, credentials, paths
from core.credentials import SERVICE_NAME
from core.services.outcome import EXIT_FAILED, EXIT_USAGE
from core.settings import Settings
from core.state import Store
from tests.helpers.cli import run_cli

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_HEADER = "Basic QVBJVXNlcjoxMjM0NTZAVEVTVEFQSQ=="


def add_test_tenant(capsys, *extra: str) -> None:
    code, _, err = run_cli(capsys, "profile", "add", "Test tenant", "--domain", "TESTAPI", "--username", "APIUser", *extra)
    assert code == 0, err


def test_commands_are_registered():
    assert cli.COMMANDS["profile"][0] == "core.cli.profiles"
    assert cli.COMMANDS["login"][0] == "core.cli.login"


def test_add_list_use_show(capsys, tmp_path):
    mapping = tmp_path / "mapping.toml"
    mapping.write_text("# mapping\n")
    code, out, err = run_cli(
        capsys, "profile", "add", "Test tenant", "--url", "https://test.example.com/api/",
        "--domain", "TESTAPI", "--username", "APIUser", "--erp-url", "sqlite:///erp.db",
        "--mapping", str(mapping), "--download-dir", str(tmp_path / "pdfs"),
        "--naming", "{job_reference}-{file_name}", "--export-to", str(tmp_path / "out"),
        "--poll-pdf", "45",
    )
    assert (code, err) == (0, "")
    assert 'Added profile "Test tenant".' in out
    assert "odyssee-sync login --profile" in out
    code, _, err = run_cli(capsys, "profile", "add", "Production", "--auth", "header")
    assert (code, err) == (0, "")

    code, out, _ = run_cli(capsys, "profile", "list")
    assert code == 0
    assert out.splitlines() == [
        "* Test tenant  APIUser@TESTAPI  https://test.example.com/api",
        "  Production   API key  https://developers.wello.solutions/api",
    ]

    assert run_cli(capsys, "profile", "use", "Production")[0] == 0
    code, out, _ = run_cli(capsys, "profile", "list", "--format", "json")
    assert json.loads(out)["current"] == "Production"

    code, out, _ = run_cli(capsys, "profile", "show", "Test tenant")
    assert code == 0
    shown = tomllib.loads(out)  # the output is itself TOML, with a comment about the password
    assert shown["name"] == "Test tenant"
    assert shown["mapping_file"] == str(mapping.resolve())
    assert shown["poll_interval_pdf"] == 45
    assert shown["naming_template"] == "{job_reference}-{file_name}"
    assert "# password: not saved yet" in out

    code, out, _ = run_cli(capsys, "profile", "show", "--format", "json")  # the current one
    assert json.loads(out)["name"] == "Production" and json.loads(out)["current"] is True


def test_relative_paths_are_stored_absolute(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    add_test_tenant(capsys, "--download-dir", "pdfs", "--export-to", "exports")
    profile = Settings.load().get()
    assert profile.download_dir == str(tmp_path / "pdfs")
    assert profile.export_to == str(tmp_path / "exports")


def test_update_changes_only_the_given_settings(capsys):
    add_test_tenant(capsys, "--poll-pdf", "45")
    assert Settings.load().get("Test tenant").max_file_mb == 200
    code, out, err = run_cli(
        capsys, "profile", "add", "Test tenant", "--update", "--url", "http://localhost:8080/api", "--max-file-mb", "25"
    )
    assert (code, err) == (0, "")
    profile = Settings.load().get("Test tenant")
    assert profile.base_url == "http://localhost:8080/api"
    assert (profile.poll_interval_pdf, profile.username, profile.max_file_mb) == (45, "APIUser", 25)
    code, out, err = run_cli(capsys, "profile", "add", "Test tenant", "--update", "--max-file-mb", "0")
    assert code == EXIT_FAILED and "max_file_mb: expected between 1 and 100000 MB, got 0" in err



def test_a_profile_is_marked_as_production_and_back(capsys):
    add_test_tenant(capsys)
    assert Settings.load().get("Test tenant").production is False
    code, out, err = run_cli(capsys, "profile", "update", "Test tenant", "--production")
    assert (code, err) == (0, "")
    assert Settings.load().get("Test tenant").production is True
    code, out, err = run_cli(capsys, "profile", "update", "Test tenant", "--poll-pdf", "60")
    assert Settings.load().get("Test tenant").production is True  # not given: kept
    code, out, err = run_cli(capsys, "profile", "update", "Test tenant", "--no-production")
    assert (code, err) == (0, "")
    assert Settings.load().get("Test tenant").production is False

@pytest.mark.parametrize(
    "argv, expected",
    [
        (["profile", "add", "Test tenant", "--domain", "X", "--username", "Y"],
         'error: A profile named "Test tenant" already exists; add --update to change it.'),
        (["profile", "add", "New", "--url", "ftp://example.com", "--domain", "D", "--username", "U"],
         'error: profiles."New".base_url: expected an http:// or https:// address with a host name, got "ftp://example.com"'),
        (["profile", "add", "New", "--domain", "D"],
         'error: profiles."New": auth_mode "password" needs both a username and a domain'),
        (["profile", "add", "New", "--domain", "D", "--username", "U", "--ca-bundle", "/no/such/ca.pem"],
         "error: --ca-bundle: there is no file /no/such/ca.pem"),
        (["profile", "add", "Nope", "--update", "--domain", "D"],
         'error: No profile named "Nope". Available profiles: "Test tenant".'),
        (["profile", "use", "Prod"], 'error: No profile named "Prod". Available profiles: "Test tenant".'),
        (["profile", "remove", "Prod"], 'error: No profile named "Prod". Available profiles: "Test tenant".'),
        (["profile", "show", "Prod"], 'error: No profile named "Prod". Available profiles: "Test tenant".'),
        (["login", "--profile", "Prod"], 'error: No profile named "Prod". Available profiles: "Test tenant".'),
    ],
)
def test_errors_are_one_line_on_stderr_with_exit_code_2(capsys, argv, expected):
    add_test_tenant(capsys)
    before = (paths.config_dir() / "profiles.toml").read_bytes()
    code, out, err = run_cli(capsys, *argv)
    assert code == EXIT_FAILED
    assert out == ""
    assert err == expected + "\n"
    assert (paths.config_dir() / "profiles.toml").read_bytes() == before  # nothing lost


def test_a_broken_settings_file_is_one_clear_line(capsys):
    (paths.config_dir() / "profiles.toml").write_text('[profiles.A]\ndomain = "D\n', encoding="utf-8")
    code, out, err = run_cli(capsys, "profile", "list")
    assert code == EXIT_FAILED
    assert err.startswith("error: ") and "profiles.toml: not valid TOML" in err and "line 2" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_list_without_profiles(capsys):
    code, out, _ = run_cli(capsys, "profile", "list")
    assert code == 0
    assert out.startswith("No profiles yet.")


# --- login -------------------------------------------------------------------------------------


def all_file_bytes(home: Path) -> list[tuple[Path, bytes]]:
    return [(path, path.read_bytes()) for path in home.rglob("*") if path.is_file()]


def test_login_keeps_the_password_in_the_keyring_only(capsys, monkeypatch, memory_keyring, isolated_home):
    password = "Zq9!unique-pässword"
    add_test_tenant(capsys)
    with Store.open("Test tenant") as store:  # a state database exists too, as after real use
        store.journal("company", "C1", "create", "ok")

    code, out, err = run_cli(capsys, "login", stdin=password + "\n", monkeypatch=monkeypatch)
    assert (code, err) == (0, "")
    assert 'is saved in the system keyring' in out
    assert memory_keyring.entries == {(SERVICE_NAME, "Test tenant"): password}

    code, out, _ = run_cli(capsys, "profile", "show")
    assert "# password: saved in the system keyring" in out and password not in out

    header_b64 = base64.b64encode(f"APIUser:{password}@TESTAPI".encode()).decode()
    files = all_file_bytes(isolated_home)
    assert any(path.name == "profiles.toml" for path, _ in files)
    for path, content in files:
        for needle in (password, header_b64):
            for encoding in ("utf-8", "utf-16-le"):
                assert needle.encode(encoding) not in content, path


def test_login_reads_one_line_and_keeps_spaces(capsys, monkeypatch, memory_keyring):
    add_test_tenant(capsys)
    code, _, _ = run_cli(capsys, "login", "--profile", "Test tenant", stdin="  spaced pass \r\nnext line\n",
                         monkeypatch=monkeypatch)
    assert code == 0
    assert memory_keyring.entries[(SERVICE_NAME, "Test tenant")] == "  spaced pass "


def test_login_on_a_terminal_asks_without_echo(capsys, monkeypatch, memory_keyring):
    add_test_tenant(capsys)

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    prompts = []
    monkeypatch.setattr(sys, "stdin", Terminal(""))
    monkeypatch.setattr("getpass.getpass", lambda prompt: prompts.append(prompt) or "typed secret")
    code, _, _ = run_cli(capsys, "login")
    assert code == 0
    assert prompts == ['Password for APIUser@TESTAPI (profile "Test tenant"): ']
    assert memory_keyring.entries[(SERVICE_NAME, "Test tenant")] == "typed secret"


def test_login_with_a_pasted_header_normalises_it(capsys, monkeypatch, memory_keyring):
    run_cli(capsys, "profile", "add", "Key", "--auth", "header")
    code, out, err = run_cli(capsys, "login", stdin="Authorization: Basic QVBJVXNlcjoxMjM0NTZAVEVTVEFQSQ==\n",
                             monkeypatch=monkeypatch)
    assert (code, err) == (0, "")
    assert "API key" in out
    assert memory_keyring.entries == {(SERVICE_NAME, "Key"): EXAMPLE_HEADER}


def test_login_refuses_a_garbage_header(capsys, monkeypatch, memory_keyring):
    run_cli(capsys, "profile", "add", "Key", "--auth", "header")
    code, out, err = run_cli(capsys, "login", stdin="Bearer abc.def\n", monkeypatch=monkeypatch)
    assert code == EXIT_FAILED
    assert err == 'error: The pasted value uses the "Bearer" scheme; Odyssee needs a "Basic" value.\n'
    assert memory_keyring.entries == {}


def test_login_with_empty_input_saves_nothing(capsys, monkeypatch, memory_keyring):
    add_test_tenant(capsys)
    code, _, err = run_cli(capsys, "login", stdin="\n", monkeypatch=monkeypatch)
    assert code == EXIT_FAILED
    assert err == "error: No password was given; nothing was saved.\n"
    assert memory_keyring.entries == {}


def test_login_without_a_keyring_says_so_and_fails(capsys, monkeypatch):
    add_test_tenant(capsys)
    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())
    stdin = io.StringIO("secret\n")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, err = run_cli(capsys, "login")
    assert code == EXIT_FAILED
    assert err.startswith("No system keyring is available (")
    assert err.endswith("The password can be used for this session only; it will not be saved.\n")
    assert stdin.read() == "secret\n"  # it did not even ask
    code, out, _ = run_cli(capsys, "profile", "show")
    assert "# password: cannot be saved: the system keyring is not available" in out


def test_remove_deletes_the_profile_and_its_secret(capsys, monkeypatch, memory_keyring):
    add_test_tenant(capsys)
    run_cli(capsys, "profile", "add", "Other", "--domain", "D", "--username", "U")
    run_cli(capsys, "login", "--profile", "Other", stdin="other-secret\n", monkeypatch=monkeypatch)
    run_cli(capsys, "login", "--profile", "Test tenant", stdin="tenant-secret\n", monkeypatch=monkeypatch)

    code, out, err = run_cli(capsys, "profile", "remove", "Test tenant")
    assert (code, err) == (0, "")
    assert "Its saved password was deleted from the system keyring." in out
    assert memory_keyring.entries == {(SERVICE_NAME, "Other"): "other-secret"}
    assert list(Settings.load().profiles) == ["Other"]


def test_remove_without_a_keyring_still_removes(capsys, monkeypatch):
    add_test_tenant(capsys)
    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())
    code, out, err = run_cli(capsys, "profile", "remove", "Test tenant")
    assert code == 0
    assert "no saved password to delete" in err
    assert Settings.load().profiles == {}


def test_remove_secrets_all_forgets_every_saved_password_and_keeps_the_profiles(capsys, memory_keyring):
    # What the Windows uninstaller runs: every service, every profile; nothing else in the keyring.
    add_test_tenant(capsys)
    run_cli(capsys, "profile", "add", "Other", "--domain", "D", "--username", "U")
    credentials.store_secret("Test tenant", "tenant-secret")
    credentials.store_erp_password("Test tenant", "erp-secret")
    credentials.store_state_password("Other", "state-secret")
    memory_keyring.set_password("another-program", "Test tenant", "not ours")

    code, out, err = run_cli(capsys, "profile", "remove-secrets", "--all")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        'Deleted the saved password of "Test tenant" from the system keyring.',
        'Deleted the saved ERP database password of "Test tenant" from the system keyring.',
        'Deleted the saved state database password of "Other" from the system keyring.',
    ]
    assert memory_keyring.entries == {("another-program", "Test tenant"): "not ours"}
    assert list(Settings.load().profiles) == ["Test tenant", "Other"]

    code, out, _ = run_cli(capsys, "profile", "remove-secrets", "--all")
    assert (code, out) == (0, "No saved passwords to delete.\n")


def test_remove_secrets_by_name_also_reaches_a_profile_removed_by_hand(capsys, memory_keyring):
    credentials.store_secret("Gone", "old-secret")
    credentials.store_secret("Kept", "kept-secret")
    code, out, _ = run_cli(capsys, "profile", "remove-secrets", "Gone")
    assert code == 0 and '"Gone"' in out
    assert memory_keyring.entries == {(SERVICE_NAME, "Kept"): "kept-secret"}


def test_remove_secrets_wants_names_or_all_and_says_when_there_is_no_keyring(capsys, monkeypatch):
    code, _, err = run_cli(capsys, "profile", "remove-secrets")
    assert code == EXIT_FAILED and "or give --all" in err
    add_test_tenant(capsys)
    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())
    code, _, err = run_cli(capsys, "profile", "remove-secrets", "--all")
    assert code == EXIT_FAILED
    assert err.startswith("error: No system keyring is available (") and err.endswith("no saved password to delete.\n")


# --- as a real program -------------------------------------------------------------------------


def run_program(*argv: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "core", *argv], input=stdin, capture_output=True, text=True,
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60,
    )


def test_the_program_reports_a_missing_keyring_with_the_failed_exit_code():
    # conftest points child processes at keyring's "fail" backend: no keyring at all.
    added = run_program("profile", "add", "CI", "--domain", "TESTAPI", "--username", "APIUser")
    assert added.returncode == 0, added.stderr
    login = run_program("login", "--profile", "CI", stdin="secret\n")
    assert login.returncode == EXIT_FAILED
    assert login.stderr.startswith("No system keyring is available (no keyring service was found).")
    assert "Traceback" not in login.stderr
    assert "secret" not in login.stdout


def test_the_program_rejects_unknown_options_with_the_usage_exit_code():
    result = run_program("profile", "add", "X", "--colour", "blue")
    assert result.returncode == EXIT_USAGE == 2
    assert "unrecognized arguments: --colour blue" in result.stderr


def test_the_erp_password_goes_to_its_own_keyring_entry_and_reaches_the_reader(
    capsys, monkeypatch, memory_keyring, isolated_home
):
    from core.sync.plan import reader_for_profile
    from core.sync.targets import SqlTarget, target_for_profile

    erp_url = "postgresql+psycopg://erp_reader@erp-db/erp"
    code, _, err = run_cli(capsys, "profile", "add", "Prod", "--url", "https://example.invalid/api", "--domain", "D",
                           "--username", "U", "--erp-url", erp_url, "--export-to", erp_url, "--use")
    assert code == 0, err
    code, out, err = run_cli(capsys, "login", "--erp", stdin="erp-Secret-1\n", monkeypatch=monkeypatch)
    assert (code, err) == (0, "")
    assert memory_keyring.entries == {("odyssee-sync-erp", "Prod"): "erp-Secret-1"}

    profile = Settings.load().get("Prod")
    assert reader_for_profile(profile).engine.url.password == "erp-Secret-1"
    target = target_for_profile(profile)
    assert isinstance(target, SqlTarget)
    assert "erp-Secret-1" not in (isolated_home / "config" / "profiles.toml").read_text()

    assert run_cli(capsys, "profile", "remove", "Prod")[0] == 0
    assert memory_keyring.entries == {}


def test_an_erp_address_without_a_user_needs_no_password(capsys, monkeypatch):
    add_test_tenant(capsys)
    code, _, err = run_cli(capsys, "login", "--erp", stdin="x\n", monkeypatch=monkeypatch)
    assert code == EXIT_FAILED and "has no ERP database address" in err
    assert run_cli(capsys, "profile", "update", "Test tenant", "--erp-url", "sqlite:///erp.db")[0] == 0
    code, _, err = run_cli(capsys, "login", "--erp", stdin="x\n", monkeypatch=monkeypatch)
    assert code == EXIT_FAILED and "names no user" in err


def test_the_state_database_password_has_its_own_keyring_entry(capsys, monkeypatch, memory_keyring):
    add_test_tenant(capsys, "--erp-url", "postgresql+psycopg://erp_reader@erp-db/erp")
    code, _, err = run_cli(capsys, "login", "--state", stdin="x\n", monkeypatch=monkeypatch)
    assert code == EXIT_FAILED and "has no state database address" in err
    assert run_cli(capsys, "profile", "update", "Test tenant", "--state-url", "postgresql+psycopg://sync@erp-db/erp?schema=odyssee_sync")[0] == 0
    code, out, err = run_cli(capsys, "login", "--state", stdin="state-Secret-1\n", monkeypatch=monkeypatch)
    assert code == 0, err
    profile = Settings.load().get("Test tenant")
    assert credentials.state_password_for(profile) == "state-Secret-1"
    assert "state-Secret-1" not in (paths.config_dir() / "profiles.toml").read_text()
    # the same account on the ERP's own server: the ERP password serves when no state one is saved
    credentials.delete_state_password(profile.name)
    credentials.store_erp_password(profile.name, "erp-Secret-2")
    assert run_cli(capsys, "profile", "update", "Test tenant", "--state-url", "postgresql+psycopg://erp_reader@erp-db/sync")[0] == 0
    assert credentials.state_password_for(Settings.load().get("Test tenant")) == "erp-Secret-2"
    assert run_cli(capsys, "profile", "remove", "Test tenant")[0] == 0
    assert memory_keyring.entries == {}
