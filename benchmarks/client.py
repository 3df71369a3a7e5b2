"""How fast the OData client lists, creates and downloads against the simulator over loopback.

    python -m benchmarks.client [--rows 100000] [--gets 500] [--creates 500] [--file-mb 20]

The simulator runs in its own process (no added latency), so that it does not share the client's
GIL. One table. Its first two rows are simple GETs (one company by id) with our client and with
plain httpx sending the same headers on one keep-alive connection, eight rounds of ``--gets``
each, which goes first alternating: all the GETs sent and their seconds, the median GETs per
second of the rounds, ours as a share of plain httpx (the baseline; the goal is within 5%), and
the median of this process's CPU per GET. Then one row per scenario: requests sent, seconds,
rows (or MB) per second. Faults are off except in the "with faults" rows (10% 503, 10% dropped
connections; 30% lost POST answers).
"""
from __future__ import annotations

import statistics
import tempfile
import uuid
from pathlib import Path

import httpx

from benchmarks.common import (
    SimulatorProcess,
    filled_folder,
    parse_options,
    print_table,
    report_goal,
    timed,
    timed_with_cpu,
)
from core.simulator.server import Simulator

ROUNDS = 8
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


def get_rates(simulator: SimulatorProcess, gets: int) -> dict[str, tuple[float, float, float]]:
    """Per client, (median GETs per second, median client CPU microseconds per GET, wall seconds
    of all its rounds) over the rounds: ours, and plain httpx.

    Fair by construction: plain httpx sends our client's headers (Accept, OData-Version,
    User-Agent: the same bytes on the wire, so the simulator does the same work for both) and
    reads the JSON answer, as every caller of a GET does. The order alternates round by round
    (ours first, then plain first), so a change in the machine's load does not always fall on
    the same side; CPU time is this process's own (the simulator runs in another), which the
    load of other programs does not inflate as it does wall time."""
    with simulator.client() as client:
        some_id = next(iter(client.list("Company", select="id", top=1)))["id"]
        path = f"{simulator.base_url}/Company({some_id})"
        headers = {name: value for name, value in client._transport._http.headers.items()}
        with httpx.Client(headers=headers, timeout=60) as plain:
            def ours() -> None:
                client.get("Company", some_id)

            def theirs() -> None:
                plain.get(path).raise_for_status().json()

            ours(), theirs()  # both connections open before the clock starts
            runs: dict[str, list[tuple[float, float, float]]] = {"ours": [], "plain": []}
            for number in range(ROUNDS):
                order = (("ours", ours), ("plain", theirs)) if number % 2 == 0 else (("plain", theirs), ("ours", ours))
                for name, get in order:
                    seconds, cpu, _ = timed_with_cpu(lambda: [get() for _ in range(gets)])
                    runs[name].append((gets / seconds, cpu / gets * 1e6, seconds))
    return {
        name: (
            statistics.median(rate for rate, _, _ in rounds),
            statistics.median(cpu for _, cpu, _ in rounds),
            sum(seconds for _, _, seconds in rounds),
        )
        for name, rounds in runs.items()
    }


def main(argv: list[str] | None = None) -> None:
    options = parse_options(__doc__, argv, rows=100_000, gets=500, creates=500, file_mb=20)

    results: list[tuple[str, int, float, str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="odyssee-client-bench-") as folder_name:
        data = filled_folder(Path(folder_name) / "simulator", _fill(options.rows, options.file_mb))
        with SimulatorProcess(data) as simulator:
            rates = get_rates(simulator, options.gets)
            with simulator.client() as client:
                seconds, count = timed(lambda: sum(1 for _ in client.list("Company", select="id,code")))
                results.append(
                    (f"list {count:,} rows", client.stats.requests, seconds, f"{count / seconds:,.0f} rows/s", "-", "")
                )
                client.stats.reset()
                seconds, _ = timed(
                    lambda: [client.create("ArticleCategory", {"code": uuid.uuid4().hex[:20], "name": "x"}) for _ in range(options.creates)]
                )
                results.append((
                    f"create x{options.creates}", client.stats.requests, seconds,
                    f"{options.creates / seconds:,.0f} rows/s", "-", "",
                ))
                client.stats.reset()
                with tempfile.TemporaryDirectory() as downloads:
                    seconds, result = timed(lambda: client.download_file(FILE_ID, Path(downloads) / "big.pdf"))
                megabytes = result.size / 1024 / 1024
                results.append((
                    f"download {megabytes:.0f} MB", client.stats.requests, seconds,
                    f"{megabytes / seconds:,.1f} MB/s", "-", "",
                ))
        with SimulatorProcess(data, error_rate=0.1, drop_rate=0.1) as simulator, simulator.client() as client:
            seconds, count = timed(lambda: sum(1 for _ in client.list("Company", select="id,code", top=20_000)))
            results.append((
                f"list {count:,} rows with faults", client.stats.requests, seconds, f"{count / seconds:,.0f} rows/s",
                "-", "10% 503, 10% dropped connections",
            ))
        with SimulatorProcess(data, lost_response_rate=0.3) as simulator, simulator.client() as client:
            seconds, _ = timed(
                lambda: [client.create("ArticleCategory", {"code": uuid.uuid4().hex[:20], "name": "x"}) for _ in range(options.creates)]
            )
            results.append((
                f"create with lost answers x{options.creates}", client.stats.requests, seconds,
                f"{options.creates / seconds:,.0f} rows/s", "-", "30% of POST answers lost",
            ))

    (ours, ours_cpu, ours_seconds), (plain, plain_cpu, plain_seconds) = rates["ours"], rates["plain"]
    rounds = f"median of {ROUNDS} rounds of {options.gets:,}, alternating which goes first"
    gets = [
        (
            "simple GET by id, our client", ROUNDS * options.gets, ours_seconds, f"{ours:,.0f} GETs/s",
            f"{ours / plain:.0%}", f"{rounds}; client CPU {ours_cpu:,.0f} µs per GET",
        ),
        (
            "simple GET by id, plain httpx", ROUNDS * options.gets, plain_seconds, f"{plain:,.0f} GETs/s", "100%",
            f"the baseline: same headers, JSON read, one connection; client CPU {plain_cpu:,.0f} µs per GET",
        ),
    ]
    print_table(("scenario", "requests", "seconds", "rate", "vs baseline", "notes"), gets + results, left=(0, 5))

    report_goal(
        "simple GETs per second, zero latency", "within 5% of plain httpx", f"{ours:,.0f} GETs/s ({ours / plain:.0%})",
        ours / plain >= 0.95, baseline=f"plain httpx {plain:,.0f} GETs/s",
    )


if __name__ == "__main__":
    main()
