"""Completed work to the ERP: our batched export against the ERP-link guide's per-approval flow.

    python -m benchmarks.export [--approvals 500] [--latency-ms 50]

The simulator holds ``--approvals`` completed jobs (final approvals with their parts and time
lines, made by the field-activity ticker) and answers every request after ``--latency-ms``. Both
flows start from an empty watermark and write into their own copy of the demo ERP's staging
tables, so the table compares requests and wall time only:

- **guide**: the guide's requests, plainly: list ``JobApproval`` (``gt`` watermark, not daily,
  oldest first, following next links), then per approval ``Jobs?$select=reference_back_office``,
  ``JobPartUsage`` and ``JobNonPartUsage`` by ``jobs_id`` (1 + 3 per approval), insert the rows;
- **ours**: :class:`core.sync.export.CompletedWork` (a few batched requests per page of 100,
  upserts, journal and watermark per approval).
"""
from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from core.erp.demo import create_demo_erp, sqlite_url
from core.odata.client import OdysseeClient, RetryPolicy
from core.odata.datetimes import EMPTY_DATE
from core.odata.expr import field
from core.simulator.server import Simulator
from core.state import Store
from core.sync.export import CompletedWork, SqlTarget

RETRY = RetryPolicy(max_attempts=5, base_delay=0.05, max_delay=0.5)


def fill(simulator: Simulator, approvals: int) -> None:
    storage = simulator.storage
    storage.create("User", {"code": "TECH-1", "username": "tech@example.com", "lastname": "Tech"})
    storage.create("Company", {"code": "CUST-1", "name": "Customer One"})
    project = storage.create("Project", {"reference_back_office": "SITE-1", "name": "Boiler room", "company_code": "CUST-1"})
    for number in range(1, 11):
        storage.create("Article", {"code": f"ART-{number}", "name": f"Part {number}", "entered_price": number})
    for number in range(approvals):
        storage.create("Jobs", {
            "reference_back_office": f"WO-{number:05d}", "name": "Service", "project_id": project["id"],
            "job_type_code": "STD", "job_status_code": "Open",
        })
        simulator.activity.tick()


def guide_flow(client: OdysseeClient, erp: Path) -> int:
    """The guide's flow, one approval at a time; returns the approvals written."""
    watermark = EMPTY_DATE
    approvals = client.list(
        "JobApproval",
        field("modified_dateutc").gt(watermark) & field("is_daily_approval").eq(False),
        orderby="modified_dateutc asc",
    )
    connection = sqlite3.connect(erp)
    written = 0
    for approval in approvals:
        jobs_id = approval["jobs_id"]
        job = next(iter(client.list("Jobs", field("id").eq(_guid(jobs_id)), select="reference_back_office")), {})
        parts = list(client.list("JobPartUsage", field("jobs_id").eq(_guid(jobs_id))))
        times = list(client.list("JobNonPartUsage", field("jobs_id").eq(_guid(jobs_id))))
        reference = job.get("reference_back_office", "")
        with connection:
            connection.execute(
                "INSERT INTO work_order (job_approval_id, jobs_id, job_reference, odyssee_modified, exported_at) "
                "VALUES (?, ?, ?, ?, datetime('now'))",
                (approval["id"], jobs_id, reference, approval["modified_dateutc"]),
            )
            connection.executemany(
                "INSERT INTO work_order_part (line_id, job_approval_id, jobs_id, job_reference, article_code, quantity, "
                "price, exported_at) VALUES (?, ?, ?, ?, ?, ?, ?, datetime('now'))",
                [(p["id"], approval["id"], jobs_id, reference, p["code"], p["quantity"], p["price"]) for p in parts],
            )
            connection.executemany(
                "INSERT INTO work_order_time (line_id, job_approval_id, jobs_id, job_reference, type_code, hours, price, "
                "exported_at) VALUES (?, ?, ?, ?, ?, ?, ?, datetime('now'))",
                [(t["id"], approval["id"], jobs_id, reference, t["type_code"], t["quantity"], t["price"]) for t in times],
            )
        watermark = approval["modified_dateutc"]  # "store his modified_dateutc for the next call"
        written += 1
    connection.close()
    return written


def _guid(text: str):
    import uuid

    return uuid.UUID(text)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--approvals", type=int, default=500)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    options = parser.parse_args(argv)

    rows: list[tuple[str, int, int, float]] = []
    with tempfile.TemporaryDirectory() as folder, Simulator(pdf_delay=10_000) as simulator:
        root = Path(folder)
        started = time.perf_counter()
        fill(simulator, options.approvals)
        print(f"{options.approvals} completed jobs made in {time.perf_counter() - started:.1f} s; "
              f"latency {options.latency_ms:g} ms per request.\n")
        simulator.faults.update(latency_ms=options.latency_ms)
        with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, retry=RETRY) as client:
            for name in ("guide", "ours"):
                erp = create_demo_erp(root / f"{name}.db", customers=0)
                client.stats.reset()
                started = time.perf_counter()
                if name == "guide":
                    written = guide_flow(client, erp)
                else:
                    with Store(root / "state.sqlite3") as store:
                        result = CompletedWork(client, store, SqlTarget(sqlite_url(erp))).export()
                    assert result.status == "ok", result
                    written = len(result.exported)
                seconds = time.perf_counter() - started
                rows.append((name, written, client.stats.requests, seconds))

    print(f"{'flow':<6}  {'approvals':>9}  {'requests':>8}  {'per approval':>12}  {'seconds':>8}  {'approvals/s':>11}")
    print(f"{'-' * 6}  {'-' * 9}  {'-' * 8}  {'-' * 12}  {'-' * 8}  {'-' * 11}")
    for name, written, requests, seconds in rows:
        print(f"{name:<6}  {written:>9}  {requests:>8}  {requests / max(written, 1):>12.2f}  {seconds:>8.2f}  "
              f"{written / seconds:>11.1f}")


if __name__ == "__main__":
    main()
