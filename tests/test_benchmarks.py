"""The benchmarks still run: ``python -m benchmarks --quick`` on two of them, at small sizes.

Nothing here is timed (the figures of a quick run say nothing about the goals); what is checked
is that each benchmark runs to its end, prints its table, and reports its goals to the summary.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_quick_run_ends_with_every_goal_the_benchmarks_measured():
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--only", "client", "export"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode in (0, 1), run.stderr[-3000:]  # 2: a benchmark failed
    output = run.stdout
    assert output.startswith("Benchmarks on ") and " cores" in output
    assert "== benchmarks.client" in output and "== benchmarks.export" in output
    summary = output.split("== the goals", 1)[1].splitlines()
    goal_rows = [line for line in summary if line.rstrip().endswith((" yes", " NO"))]
    assert any("GETs" in line and "within 5% of plain httpx" in line for line in goal_rows), summary
    assert any("calls" in line and "approvals" in line for line in goal_rows), summary
    assert any("halved" in line for line in goal_rows), summary
