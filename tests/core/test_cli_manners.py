"""Command-line manners: ``plan | head`` and ``push | head`` end quietly when the reader stops
early, and the log level follows ``-q``/``--verbose`` and ``ODYSSEE_SYNC_LOG_LEVEL``.

A real pipe to a real child process: the child writes more than a pipe holds, the reader takes
one line and closes its end, and the child's next write meets a broken pipe.
"""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import main
from core.erp.demo import create_demo_erp, sqlite_url
from core.settings import Profile, Settings
from tests.env_keyring import SECRET_VARIABLE

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "pipe-Secret-7"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="a closed pipe raises EPIPE on POSIX")


@pytest.fixture
def profile_home(tmp_path, isolated_home, make_simulator):
    simulator = make_simulator(domain="TESTAPI", username="APIUser", password=PASSWORD)
    erp = create_demo_erp(tmp_path / "erp.sqlite3", customers=400)
    settings = Settings.load()
    settings.add(Profile(
        name="Sim", base_url=simulator.base_url, domain="TESTAPI", username="APIUser", erp_url=sqlite_url(erp),
    ))
    settings.save()
    return isolated_home


def first_line_then_close(home: Path, *argv: str) -> tuple[str, int, str]:
    environment = {
        **os.environ,
        "ODYSSEE_SYNC_HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "tests.env_keyring.EnvironmentKeyring",
        SECRET_VARIABLE: PASSWORD,
        "PYTHONPATH": str(ROOT),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "core", *argv], cwd=ROOT, env=environment,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    first = process.stdout.readline()
    process.stdout.close()  # what `head -1` does once it has its line
    stderr = process.stderr.read()
    return first, process.wait(timeout=300), stderr


@pytest.mark.parametrize("argv", [("plan",), ("push", "--approve", "all")])
def test_a_reader_that_stops_early_ends_the_command_quietly(profile_home, argv):
    first, code, stderr = first_line_then_close(profile_home, *argv)
    assert first.strip()  # it did write before the reader left
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert code == 0, stderr


@pytest.mark.parametrize(
    ("argv", "variable", "level"),
    [((), "", logging.INFO), (("-q",), "", logging.WARNING), (("--verbose",), "", logging.DEBUG),
     ((), "debug", logging.DEBUG), ((), "Warning", logging.WARNING), (("-q",), "debug", logging.WARNING)],
)
def test_the_log_level_comes_from_the_options_then_the_environment(monkeypatch, capsys, argv, variable, level):
    monkeypatch.setenv("ODYSSEE_SYNC_LOG_LEVEL", variable)
    assert main(["profile", "list", *argv]) == 0
    assert logging.getLogger().level == level
    echoing = any(type(handler).__name__ == "_EchoHandler" for handler in logging.getLogger().handlers)
    assert echoing == ("--verbose" in argv)
    assert capsys.readouterr().err == ""


def test_a_log_level_that_is_none_is_said_and_info_is_used(monkeypatch, capsys):
    monkeypatch.setenv("ODYSSEE_SYNC_LOG_LEVEL", "chatty")
    assert main(["profile", "list"]) == 0
    assert logging.getLogger().level == logging.INFO
    assert "ODYSSEE_SYNC_LOG_LEVEL=chatty is not a log level" in capsys.readouterr().err
