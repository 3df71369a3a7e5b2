"""core.credentials against the real Secret Service (gnome-keyring on a private D-Bus session).

Needs the programs ``dbus-run-session`` and ``gnome-keyring-daemon`` (Debian/Ubuntu packages:
dbus, gnome-keyring); skipped without them. Everything runs in a throw-away HOME,
runtime folder and session bus, so the user's own keyring is never touched, and the whole
process group is killed after a time limit so a stuck daemon cannot hang CI.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TIME_LIMIT_SECONDS = 60

MISSING = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None]

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or bool(MISSING),
    reason="needs Linux with " + " and ".join(MISSING or ["dbus-run-session"])
    + " (Debian/Ubuntu packages: dbus gnome-keyring)",
)

CHILD = textwrap.dedent(
    """
    import json, time
    import keyring
    from core import credentials

    out = {"backend": type(keyring.get_keyring()).__module__}
    # The daemon may still be registering on the fresh bus: retry for a few seconds.
    deadline = time.monotonic() + 15
    while True:
        try:
            credentials.store_secret(PROFILE, SECRET)
            break
        except credentials.KeyringUnavailable as error:
            if time.monotonic() > deadline:
                out["error"] = str(error)
                print(json.dumps(out)); raise SystemExit(0)
            time.sleep(0.2)
    out["read"] = credentials.load_secret(PROFILE)
    out["deleted"] = credentials.delete_secret(PROFILE)
    out["after_delete"] = credentials.load_secret(PROFILE)
    out["deleted_again"] = credentials.delete_secret(PROFILE)
    print(json.dumps(out))
    """
)


def test_store_read_and_delete_through_the_real_secret_service(tmp_path):
    profile, secret = "CI profile ü", "s3cret:pa ss@wörd"
    script = tmp_path / "child.py"
    script.write_text(f"PROFILE = {profile!r}\nSECRET = {secret!r}\n" + CHILD, encoding="utf-8")
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
        "ODYSSEE_SYNC_HOME": str(tmp_path / "odyssee-home"),
    }
    # An empty unlock password makes gnome-keyring ask a (display-less) prompter; any fixed
    # word creates and unlocks the throw-away "login" keyring without one.
    command = [
        "dbus-run-session", "--", "sh", "-c",
        'printf "ci-unlock" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; '
        f'exec "{sys.executable}" "{script}"',
    ]
    process = subprocess.Popen(
        command, env=environment, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=TIME_LIMIT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"the Secret Service round trip did not finish within {TIME_LIMIT_SECONDS} s")
    finally:
        try:  # the keyring daemon detaches; it must not outlive the test
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    assert process.returncode == 0, stderr
    result = json.loads(stdout.strip().splitlines()[-1])
    assert result.get("error") is None, result["error"]
    assert result == {
        "backend": "keyring.backends.SecretService",
        "read": secret,
        "deleted": True,
        "after_delete": None,
        "deleted_again": False,
    }
