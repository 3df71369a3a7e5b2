"""How fast the OData client lists, creates and downloads against the simulator over loopback.

    python -m benchmarks.client [--rows 100000] [--creates 500] [--file-mb 20]

Prints one table row per scenario: requests sent, seconds, rows (or MB) per second. Faults are
off except in the "with faults" rows (10% 503, 10% dropped connections, 30% lost POST answers).
"""
from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from pathlib import Path

from core.odata.client import OdysseeClient, RetryPolicy
from core.simulator.server import Simulator

RETRY = RetryPolicy(max_attempts=10, base_delay=0.01, max_delay=0.1)


def _companies(count: int) -> list[dict]:
    return [{"id": uuid.uuid4(), "code": f"C{n:07d}", "name": f"Company {n}"} for n in range(count)]


def _timed(action) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--creates", type=int, default=500)
    parser.add_argument("--file-mb", type=int, default=20)
    options = parser.parse_args(argv)

    results: list[tuple[str, int, float, str]] = []
    with Simulator(domain="BENCH", username="api", password="bench") as simulator:
        simulator.storage.bulk_insert("Company", _companies(options.rows))
        with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, retry=RETRY) as client:
            for page_size in (100, 1000):
                simulator.page_size = page_size
                client.stats.reset()
                seconds, count = _timed(lambda: sum(1 for _ in client.list("Company", select="id,code")))
                results.append(
                    (f"list {count:,} rows, page {page_size}", client.stats.requests, seconds, f"{count / seconds:,.0f} rows/s")
                )

            simulator.page_size = 100
            simulator.faults.update(error_rate=0.1, drop_rate=0.1)
            client.stats.reset()
            seconds, count = _timed(lambda: sum(1 for _ in client.list("Company", select="id,code", top=20_000)))
            results.append((f"list {count:,} rows with faults", client.stats.requests, seconds, f"{count / seconds:,.0f} rows/s"))
            simulator.faults.clear()

            for label, faults in (("create", {}), ("create with lost answers", {"lost_response_rate": 0.3})):
                simulator.faults.update(**faults)
                client.stats.reset()
                seconds, _ = _timed(
                    lambda: [client.create("ArticleCategory", {"code": uuid.uuid4().hex[:20], "name": "x"}) for _ in range(options.creates)]
                )
                simulator.faults.clear()
                results.append(
                    (f"{label} x{options.creates}", client.stats.requests, seconds, f"{options.creates / seconds:,.0f} rows/s")
                )

            content = bytes(range(256)) * (options.file_mb * 4096)
            file_id = uuid.uuid4()
            simulator.storage.bulk_insert(
                "DbFile", [{"id": file_id, "name": "big.pdf", "file_name": "big.pdf", "mime_type": "application/pdf", "file_content": content}]
            )
            with tempfile.TemporaryDirectory() as folder:
                client.stats.reset()
                seconds, result = _timed(lambda: client.download_file(file_id, Path(folder) / "big.pdf"))
                megabytes = result.size / 1024 / 1024
                results.append((f"download {megabytes:.0f} MB", client.stats.requests, seconds, f"{megabytes / seconds:,.1f} MB/s"))

    width = max(len(name) for name, *_ in results)
    print(f"{'scenario':<{width}}  {'requests':>8}  {'seconds':>8}  rate")
    print(f"{'-' * width}  {'-' * 8}  {'-' * 8}  {'-' * 14}")
    for name, requests, seconds, rate in results:
        print(f"{name:<{width}}  {requests:>8}  {seconds:>8.2f}  {rate}")


if __name__ == "__main__":
    main()
