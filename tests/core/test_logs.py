"""The log file that the window, the tray and a scheduled watch share: several processes write
it at once, through its rotations, and no record is lost or torn."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WRITER = textwrap.dedent(
    """
    import logging, os, sys
    from core.logs import setup_logging
    setup_logging(max_bytes=20_000, backup_count=100)
    for number in range(int(sys.argv[2])):
        logging.getLogger("writer").info("%s record %05d %s", sys.argv[1], number, "x" * 60)
    """
)


def test_three_processes_share_one_rotating_log_without_losing_a_record(isolated_home):
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, f"process-{index}", "600"], cwd=ROOT,
            env={**os.environ, "ODYSSEE_SYNC_HOME": str(isolated_home), "PYTHONPATH": str(ROOT)},
            stderr=subprocess.PIPE, text=True,
        )
        for index in range(3)
    ]
    errors = [process.communicate(timeout=120)[1] for process in processes]
    assert all(process.returncode == 0 for process in processes), errors
    assert not any(errors), errors  # a handler that fails prints "--- Logging error ---" here

    files = sorted((isolated_home / "logs").glob("odyssee-sync.log*"))
    assert len(files) > 3  # it did rotate, several times
    records = [line for file in files for line in file.read_text(encoding="utf-8").splitlines() if " record " in line]
    wanted = {f"process-{index} record {number:05d}" for index in range(3) for number in range(600)}
    seen = [line.split("writer: ", 1)[1][: len("process-0 record 00000")] for line in records]
    assert sorted(seen) == sorted(wanted)  # every record once, none torn
