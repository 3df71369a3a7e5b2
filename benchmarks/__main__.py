"""Every benchmark in one run, then one table of the project's performance goals.

    python -m benchmarks [--only NAME ...] [--quick]

Runs ``simulator``, ``client``, ``push``, ``pdfs``, ``export``, ``gui`` and ``state`` one after
the other, each in a process of its own (and each with its simulator in yet another), printing
each one's table as it comes. Each benchmark reports the goals it measures (``report_goal`` in
``benchmarks/common.py``); the summary at the end gives every goal beside its baseline from the
same run, and whether it holds. It starts with the date and the machine, as the README's figures
are given. ``--quick`` runs every benchmark at a small size, to see that they all still work: its
figures say nothing about the goals, which are set for the full sizes.

Exit status: 0 when every goal holds, 1 when one does not, 2 when a benchmark failed.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from benchmarks.common import GOALS_FILE, ROOT, print_table

# In the order they run: the quickest first, so a broken one shows early.
BENCHMARKS = ("simulator", "client", "export", "pdfs", "push", "gui", "state")
QUICK_SIZES = {
    "simulator": ["--companies", "2000", "--requests", "10"],
    "client": ["--rows", "2000", "--gets", "50", "--creates", "20", "--file-mb", "1"],
    "export": ["--approvals", "10", "--changes", "20"],
    "pdfs": ["--files", "10", "--kb", "20", "--big-mb", "10"],
    "push": ["--rows", "2000", "--changes", "20"],
    "gui": ["--companies", "2000", "--starts", "1", "--runs", "1"],
    "state": ["--rows", "2000", "--pushes", "20", "--approvals", "10", "--lease-seconds", "2"],
}


def machine() -> str:
    """The machine in one line: processor, cores, memory, system, Python, SQLite."""
    processor = platform.processor() or platform.machine()
    memory = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                processor = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f", {int(line.split()[1]) / 1024 / 1024:.0f} GiB"
                break
    except OSError:
        pass  # not Linux: the platform module's words are all there is
    return (
        f"{processor}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def load() -> str:
    try:
        return "load average " + ", ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "load average unknown"


def run(name: str, arguments: list[str], goals: Path) -> tuple[int, float]:
    """One benchmark in a child process, its output passed through; (exit status, seconds)."""
    print(f"\n== benchmarks.{name} {' '.join(arguments)}  ({load()})\n", flush=True)
    started = time.perf_counter()
    child = subprocess.run(
        [sys.executable, "-m", f"benchmarks.{name}", *arguments],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), GOALS_FILE: str(goals)},
    )
    return child.returncode, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, help="these benchmarks only")
    parser.add_argument("--quick", action="store_true", help="small sizes: do they all still work?")
    options = parser.parse_args(argv)
    names = [name for name in BENCHMARKS if not options.only or name in options.only]

    print(f"Benchmarks on {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}: {machine()}", flush=True)
    failed: list[str] = []
    durations: list[str] = []
    with tempfile.TemporaryDirectory(prefix="odyssee-benchmarks-") as folder:
        goals_path = Path(folder) / "goals.jsonl"
        goals_path.touch()
        for name in names:
            status, seconds = run(name, QUICK_SIZES[name] if options.quick else [], goals_path)
            durations.append(f"{name} {seconds / 60:.1f} min")
            if status != 0:
                failed.append(f"{name} (exit {status})")
        goals = [json.loads(line) for line in goals_path.read_text(encoding="utf-8").splitlines() if line.strip()]

    how = "at the quick sizes, which are not the goals' own" if options.quick else "as this run measured them"
    print(f"\n== the goals, {how}  ({'; '.join(durations)}; {load()})\n")
    print_table(
        ("figure", "goal", "baseline, same run", "measured", "holds"),
        [(goal["figure"], goal["target"], goal["baseline"] or "-", goal["measured"], "yes" if goal["holds"] else "NO")
         for goal in goals],
        left=(0, 1, 2, 3),
    )
    if failed:
        print(f"\nThese benchmarks failed: {', '.join(failed)}.", file=sys.stderr)
        return 2
    return 0 if all(goal["holds"] for goal in goals) else 1


if __name__ == "__main__":
    sys.exit(main())
