"""What the benchmarks share: their options, a simulator in a process of its own, timing, and a
printed table.

The simulator runs as ``odyssee-sync simulator`` in a child process, so that serving requests
never competes with the measured client for this process's GIL. Data is put into its folder
beforehand, in this process, through the simulator's storage (bulk, not through the API); the
child then serves that folder.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

from core.credentials import basic_auth_header
from core.odata import OdysseeClient, RetryPolicy
from core.simulator.server import Simulator

ROOT = Path(__file__).resolve().parents[1]
DOMAIN, USER, PASSWORD = "BENCH", "bench", "bench-Secret-1"
# Quick retries: a benchmark measures the work, not seconds spent waiting before a retry.
RETRY = RetryPolicy(max_attempts=8, base_delay=0.05, max_delay=0.5)


def parse_options(doc: str, argv: list[str] | None, **defaults: object) -> argparse.Namespace:
    """The command line of the benchmark that ``doc`` (its module's docstring) describes: an
    option for each default, ``latency_ms=50.0`` as ``--latency-ms``, of the default's type."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    for name, default in defaults.items():
        parser.add_argument(f"--{name.replace('_', '-')}", type=str if default is None else type(default), default=default)
    return parser.parse_args(argv)


def python_process(*arguments: str, **popen_options: object) -> subprocess.Popen:
    """``python <arguments>`` on this repository's code in a child process, its output a text pipe."""
    return subprocess.Popen(
        [sys.executable, *arguments], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE, text=True, **popen_options,
    )


def filled_folder(folder: Path, fill: Callable[[Simulator], None] | None = None) -> Path:
    """A simulator data folder with whatever ``fill`` puts in (an empty tenant without it)."""
    simulator = Simulator(folder, domain=DOMAIN, username=USER, password=PASSWORD)
    try:
        if fill is not None:
            fill(simulator)
    finally:
        simulator.stop()
    return folder


class SimulatorProcess:
    """``odyssee-sync simulator`` serving ``data`` from a child process; a context manager."""

    def __init__(self, data: Path, **faults: object) -> None:
        """``faults`` are the simulator's options without their dashes: ``latency_ms=50``,
        ``max_in_flight=6``, ``error_rate=0.1``, ``max_node_count=0``…"""
        command = [
            "-m", "core", "simulator", "--data", str(data), "--seed", "none",
            "--domain", DOMAIN, "--user", USER, "--password", PASSWORD,
        ]
        for name, value in faults.items():
            option = f"--{name.replace('_', '-')}"
            command += [option] if value is True else [option, str(value)]
        self.process = python_process(*command)
        line = self.process.stdout.readline()
        match = re.search(r"serving (\S+)", line)
        if not match:
            self.process.kill()
            raise SystemExit(f"the simulator did not start: {line!r}")
        self.base_url = match.group(1)
        self.authorization = basic_auth_header(USER, PASSWORD, DOMAIN)

    def client(self, **options) -> OdysseeClient:
        options.setdefault("retry", RETRY)
        return OdysseeClient(self.base_url, auth_header=self.authorization, **options)

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def __enter__(self) -> "SimulatorProcess":
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()


class Remembered:
    """What a client learned about the server's limits, kept in memory for one benchmark run."""

    def __init__(self, limits=None) -> None:
        self.limits = limits

    def load(self):
        return self.limits

    def save(self, limits) -> None:
        self.limits = limits


def largest_filter(client: OdysseeClient) -> tuple[int, int]:
    """(nodes, query-string bytes) of the largest ``$filter`` among the client's logged requests."""
    from urllib.parse import urlsplit

    from core.odata.expr import node_count
    from core.odata.query import Query, QueryError

    largest = (0, 0)
    for record in client.log.records():
        query = urlsplit(record.url).query
        try:
            parsed = Query.from_query_string(query)
        except (QueryError, ValueError):
            continue
        if parsed.filter is not None:
            largest = max(largest, (node_count(parsed.filter), len(query.encode())))
    return largest


# ``python -m benchmarks`` names a file here; each benchmark it runs adds its goals to it.
GOALS_FILE = "ODYSSEE_BENCH_GOALS"


def report_goal(figure: str, target: str, measured: str, holds: bool, baseline: str = "") -> None:
    """One of the project's performance goals as this run measured it: ``figure`` what is
    measured, ``target`` the goal in words ("≥ 6× sequential"), ``measured`` the figure,
    ``holds`` whether it meets the goal, ``baseline`` what it was compared with in the same run.
    Kept for the summary table of ``python -m benchmarks`` (one JSON line in the file that
    ODYSSEE_BENCH_GOALS names); nothing happens when a benchmark runs on its own."""
    path = os.environ.get(GOALS_FILE)
    if not path:
        return
    line = {"figure": figure, "target": target, "measured": measured, "holds": bool(holds), "baseline": baseline}
    with open(path, "a", encoding="utf-8") as goals:
        goals.write(json.dumps(line, ensure_ascii=False) + "\n")


def timed(action):
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def timed_with_cpu(action):
    """Wall seconds, this process's CPU seconds (its own work: the simulator runs in another), result."""
    started, cpu = time.perf_counter(), time.process_time()
    result = action()
    return time.perf_counter() - started, time.process_time() - cpu, result


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]], *, left: Sequence[int] = (0,)) -> None:
    """A plain-text table; columns in ``left`` are left-aligned, the others right-aligned."""
    cells = [[str(header) for header in headers]] + [[_cell(value) for value in row] for row in rows]
    widths = [max(len(row[index]) for row in cells) for index in range(len(headers))]
    for number, row in enumerate(cells):
        print("  ".join(
            (text.ljust(width) if index in left else text.rjust(width)) for index, (text, width) in enumerate(zip(row, widths))
        ).rstrip())
        if number == 0:
            print("  ".join("-" * width for width in widths))


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


__all__ = [
    "DOMAIN", "GOALS_FILE", "PASSWORD", "RETRY", "ROOT", "Remembered", "SimulatorProcess", "USER", "filled_folder",
    "largest_filter", "parse_options", "print_table", "python_process", "report_goal", "timed", "timed_with_cpu",
]
