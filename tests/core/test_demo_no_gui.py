"""``demo --no-gui`` on a machine without a keyring: the command it suggests works from another
terminal, as it says."""
from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGINT to a child process is POSIX")


def test_the_suggested_command_works_from_another_terminal_without_a_keyring(isolated_home):
    environment = {
        **os.environ, "ODYSSEE_SYNC_HOME": str(isolated_home), "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # no keyring at all
    }
    demo = subprocess.Popen(
        [sys.executable, "-m", "core", "demo", "--no-gui", "--pdf-delay", "0"], cwd=ROOT, env=environment,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        said = []
        for line in demo.stdout:
            said.append(line)
            if line.startswith("Try, in another terminal:"):
                break
        assert said and said[-1].startswith("Try, in another terminal:"), "".join(said) + demo.stderr.read()
        assert any("readable by you only" in line for line in said), "".join(said)
        suggested = shlex.split(said[-1].split(":", 1)[1])
        assert suggested[0] == "odyssee-sync"
        other_terminal = subprocess.run(
            [sys.executable, "-m", "core", *suggested[1:]], cwd=ROOT, env=environment,
            capture_output=True, text=True, timeout=120,
        )
        assert other_terminal.returncode == 0, other_terminal.stderr
        assert "Traceback" not in other_terminal.stderr
        assert len(other_terminal.stdout.splitlines()) >= 3  # a header, a rule and companies
    finally:
        demo.send_signal(signal.SIGINT)
        demo.wait(timeout=60)
