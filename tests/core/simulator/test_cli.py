"""``odyssee-sync simulator`` as a user runs it: a real process, stopped with Ctrl-C."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from core.simulator.seed import DEMO_DOMAIN, DEMO_PASSWORD, DEMO_USERNAME

ROOT = Path(__file__).resolve().parents[3]


def start(tmp_path: Path, *arguments: str) -> tuple[subprocess.Popen, list[str]]:
    env = {**os.environ, "ODYSSEE_SYNC_HOME": str(tmp_path / "home"), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "core", "simulator", *arguments],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    lines: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        if "Ctrl-C" in line:
            return process, lines
    process.kill()
    raise AssertionError(f"the simulator did not start: {lines} {process.stderr.read()}")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
def test_serves_until_ctrl_c_with_the_printed_sign_in(tmp_path: Path) -> None:
    process, lines = start(tmp_path, "--seed", "none", "--error-rate", "0", "--no-in")
    try:
        base_url = re.search(r"(http://\S+/api)", lines[0]).group(1)
        assert DEMO_DOMAIN in lines[1] and DEMO_USERNAME in lines[1] and DEMO_PASSWORD in lines[1]
        sign_in = (DEMO_USERNAME, f"{DEMO_PASSWORD}@{DEMO_DOMAIN}")
        answer = httpx.get(f"{base_url}/JobStatus", auth=sign_in)
        assert answer.status_code == 200 and len(answer.json()["value"]) == 17
        refused = httpx.get(f"{base_url}/JobStatus", params={"$filter": "code in ('A','B')"}, auth=sign_in)
        assert refused.status_code == 400 and "'in' operator" in refused.text
    finally:
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=15)
    assert code == 0
    assert (tmp_path / "home" / "data" / "simulator" / "simulator.sqlite3").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
def test_options_reach_the_server(tmp_path: Path) -> None:
    process, lines = start(
        tmp_path, "--data", str(tmp_path / "sim"), "--seed", "none", "--legacy", "--domain", "ACME",
        "--user", "erp", "--password", "pw", "--throttle-rate", "1",
    )
    try:
        base_url = re.search(r"(http://\S+/api)", lines[0]).group(1)
        answer = httpx.get(f"{base_url}/JobStatus", auth=("erp", "pw@ACME"))
        assert answer.status_code == 429 and "Retry-After" in answer.headers
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
    assert (tmp_path / "sim" / "simulator.sqlite3").exists()


def refusal(tmp_path: Path, *arguments: str) -> str:
    """What ``odyssee-sync simulator`` says on stderr when it refuses its arguments (exit code 2)."""
    result = subprocess.run(
        [sys.executable, "-m", "core", "simulator", *arguments],
        cwd=ROOT, capture_output=True, text=True, timeout=30,
        env={**os.environ, "ODYSSEE_SYNC_HOME": str(tmp_path)},
    )
    assert result.returncode == 2, result.stderr
    return result.stderr


def test_bad_options_are_refused_with_a_clear_message(tmp_path: Path) -> None:
    assert "between 0 and 1" in refusal(tmp_path, "--error-rate", "5")
    assert "'ci', 'binary'" in refusal(tmp_path, "--collation", "nocase")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM to a child process is POSIX")
def test_a_service_managers_stop_is_a_clean_stop(tmp_path: Path) -> None:
    process, _ = start(tmp_path, "--seed", "none")
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=15) == 0
    assert "Stopping." in process.stdout.read()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
def test_collation_and_node_count_options_reach_the_server(tmp_path: Path) -> None:
    process, lines = start(tmp_path, "--seed", "none", "--collation", "binary", "--max-node-count", "5")
    try:
        base_url = re.search(r"(http://\S+/api)", lines[0]).group(1)
        auth = (DEMO_USERNAME, f"{DEMO_PASSWORD}@{DEMO_DOMAIN}")
        exact = httpx.get(f"{base_url}/JobStatus", params={"$filter": "code eq 'Open'"}, auth=auth)
        other_case = httpx.get(f"{base_url}/JobStatus", params={"$filter": "code eq 'open'"}, auth=auth)
        assert len(exact.json()["value"]) == 1 and other_case.json()["value"] == []
        too_many = httpx.get(f"{base_url}/JobStatus", params={"$filter": "code eq 'a' or code eq 'b'"}, auth=auth)
        assert too_many.status_code == 400 and "node count limit of '5'" in too_many.json()["error"]["message"]
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0

