"""How fast the OData client lists, creates and downloads against the simulator over loopback.

    python -m benchmarks.client [--rows 100000] [--gets 500] [--creates 500] [--file-mb 20]

The simulator runs in its own process (no added latency), so that it does not share the client's
GIL. First simple GETs (one company by id) with our client and with plain httpx on one
keep-alive connection, alternating five rounds of ``--gets`` each, medians side by side: the goal
is our client within 5% of httpx. Then one table row per scenario: requests sent, seconds, rows
(or MB) per second. Faults are off except in the "with faults" rows (10% 503, 10% dropped
connections; 30% lost POST answers).
"""
from __future__ import annotations

import statistics
import tempfile
import uuid
from pathlib import Path

import httpx

from benchmarks.common import SimulatorProcess, filled_folder, parse_options, print_table, timed
from core.simulator.server import Simulator

ROUNDS = 5
FILE_ID = uuid.UUID("00000000-0000-4000-8000-00000000f11e")


def _companies(count: int) -> list[dict]:
    return [{"id": uuid.uuid4(), "code": f"C{n:07d}", "name": f"Company {n}"} for n in range(count)]


def _fill(rows: int, file_mb: int):
    def fill(simulator: Simulator) -> None:
        simulator.storage.bulk_insert("Company", _companies(rows))
        content = bytes(range(256)) * (file_mb * 4096)
        simulator.storage.bulk_insert("DbFile", [{
            "id": FILE_ID, "name": "big.pdf", "file_name": "big.pdf", "mime_type": "application/pdf", "file_content": content,
        }])
    return fill


def get_rates(simulator: SimulatorProcess, gets: int) -> tuple[float, float]:
    """Median GETs per second over the rounds: (ours, plain httpx). Both read the JSON answer, as
    every caller of a GET does."""
    with simulator.client() as client:
        some_id = next(iter(client.list("Company", select="id", top=1)))["id"]
        path = f"{simulator.base_url}/Company({some_id})"
        with httpx.Client(headers={"Authorization": simulator.authorization}, timeout=60) as plain:
            client.get("Company", some_id)
            plain.get(path).raise_for_status()  # both connections open before the clock starts
            ours, theirs = [], []
            for _round in range(ROUNDS):
                seconds, _ = timed(lambda: [client.get("Company", some_id) for _ in range(gets)])
                ours.append(gets / seconds)
                seconds, _ = timed(lambda: [plain.get(path).raise_for_status().json() for _ in range(gets)])
                theirs.append(gets / seconds)
    return statistics.median(ours), statistics.median(theirs)


def main(argv: list[str] | None = None) -> None:
    options = parse_options(__doc__, argv, rows=100_000, gets=500, creates=500, file_mb=20)

    results: list[tuple[str, int, float, str]] = []
    with tempfile.TemporaryDirectory(prefix="odyssee-client-bench-") as folder_name:
        data = filled_folder(Path(folder_name) / "simulator", _fill(options.rows, options.file_mb))
        with SimulatorProcess(data) as simulator:
            ours, plain = get_rates(simulator, options.gets)
            with simulator.client() as client:
                seconds, count = timed(lambda: sum(1 for _ in client.list("Company", select="id,code")))
                results.append((f"list {count:,} rows", client.stats.requests, seconds, f"{count / seconds:,.0f} rows/s"))
                client.stats.reset()
                seconds, _ = timed(
                    lambda: [client.create("ArticleCategory", {"code": uuid.uuid4().hex[:20], "name": "x"}) for _ in range(options.creates)]
                )
                results.append((f"create x{options.creates}", client.stats.requests, seconds, f"{options.creates / seconds:,.0f} rows/s"))
                client.stats.reset()
                with tempfile.TemporaryDirectory() as downloads:
                    seconds, result = timed(lambda: client.download_file(FILE_ID, Path(downloads) / "big.pdf"))
                megabytes = result.size / 1024 / 1024
                results.append((f"download {megabytes:.0f} MB", client.stats.requests, seconds, f"{megabytes / seconds:,.1f} MB/s"))
        with SimulatorProcess(data, error_rate=0.1, drop_rate=0.1) as simulator, simulator.client() as client:
            seconds, count = timed(lambda: sum(1 for _ in client.list("Company", select="id,code", top=20_000)))
            results.append((f"list {count:,} rows with faults", client.stats.requests, seconds, f"{count / seconds:,.0f} rows/s"))
        with SimulatorProcess(data, lost_response_rate=0.3) as simulator, simulator.client() as client:
            seconds, _ = timed(
                lambda: [client.create("ArticleCategory", {"code": uuid.uuid4().hex[:20], "name": "x"}) for _ in range(options.creates)]
            )
            results.append((f"create with lost answers x{options.creates}", client.stats.requests, seconds, f"{options.creates / seconds:,.0f} rows/s"))

    print_table(
        ("simple GET by id, zero latency", "GETs/s (median of 5 rounds)", "vs plain httpx"),
        [("our client", f"{ours:,.0f}", f"{ours / plain:.0%}"), ("plain httpx, JSON read, same connection reuse", f"{plain:,.0f}", "100%")],
    )
    print()
    print_table(("scenario", "requests", "seconds", "rate"), results)


if __name__ == "__main__":
    main()
