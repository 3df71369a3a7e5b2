"""A scheduled task with no desktop keyring: the secret from systemd's credentials, or from a
file that only its owner can read. The keyring stays the default."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from core import credentials
from core.cli import main
from core.services import scheduling
from core.services.outcome import EXIT_FAILED, EXIT_OK
from core.services.profiles import FILE, UNREADABLE, open_profile, secret_status
from core.settings import Profile, Settings

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes and systemd are POSIX")


def secret_file(tmp_path, text: str = "file-Secret-7\n", mode: int = 0o600):
    path = tmp_path / "odyssee.secret"
    path.write_text(text)
    path.chmod(mode)
    return path


def add_profile(capsys, *options: str) -> tuple[int, str, str]:
    code = main(["profile", "add", "Server", "--domain", "TESTAPI", "--username", "APIUser", "--use", *options])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_secret_file_readable_by_its_owner_only_signs_in_without_a_keyring(tmp_path, capsys, memory_keyring):
    path = secret_file(tmp_path)
    assert add_profile(capsys, "--secret-file", str(path))[0] == EXIT_OK
    opened = open_profile("Server")
    assert opened.header == credentials.basic_auth_header("APIUser", "file-Secret-7", "TESTAPI")
    assert secret_status(opened.profile).state == FILE
    assert memory_keyring.entries == {}  # the keyring was never written


def test_a_secret_file_others_can_read_is_refused_with_a_sentence(tmp_path, capsys):
    path = secret_file(tmp_path, mode=0o644)
    code, _out, err = add_profile(capsys, "--secret-file", str(path))
    assert code == EXIT_FAILED
    assert "can be read by other users (mode -rw-r--r--)" in err and f"chmod 600 {path}" in err
    assert "Server" not in Settings.load().profiles  # nothing was saved

    path.chmod(0o600)
    assert add_profile(capsys, "--secret-file", str(path))[0] == EXIT_OK
    path.chmod(0o640)  # loosened afterwards: refused at use, and said so
    opened = open_profile("Server")
    assert opened.header is None and opened.secret.state == UNREADABLE
    assert "can be read by other users" in opened.no_secret_sentence("run `odyssee-sync login`.")


def test_systemds_credential_comes_first(tmp_path, capsys, monkeypatch):
    add_profile(capsys)
    folder = tmp_path / "credentials"
    folder.mkdir()
    (folder / "odyssee-sync.Server").write_text("systemd-Secret-7\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(folder))
    credentials.store_secret("Server", "keyring-Secret-7")
    assert open_profile("Server").header == credentials.basic_auth_header("APIUser", "systemd-Secret-7", "TESTAPI")


def test_the_schedule_hands_the_secret_file_over_as_a_systemd_credential(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    path = secret_file(tmp_path)
    add_profile(capsys, "--secret-file", str(path))
    schedule = scheduling.install(Settings.load().get("Server"), 30)
    service = next(file for file in schedule.files if file.suffix == ".service")
    name = scheduling.unit_name("Server").removeprefix("odyssee-sync-")
    assert f"LoadCredential=odyssee-sync.{name}:{path}" in service.read_text()
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    verified = subprocess.run(
        ["systemd-analyze", "verify", "--user", str(service)], capture_output=True, text=True,
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)}, timeout=60,
    )
    assert (verified.returncode, verified.stderr.strip()) == (0, "")

    # What the service then sees: the credential under the unit's name.
    folder = tmp_path / "credentials"
    folder.mkdir()
    (folder / f"odyssee-sync.{name}").write_text("file-Secret-7")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(folder))
    path.unlink()  # systemd read it; the service itself needs no access to the file
    assert open_profile("Server").header == credentials.basic_auth_header("APIUser", "file-Secret-7", "TESTAPI")
