"""Completed work to the ERP, and a plan of changed rows, under ASP.NET OData's 100-node limit.

    python -m benchmarks.export [--approvals 500] [--changes 1000] [--latency-ms 50]

The simulator runs in its own process, holds ``--approvals`` completed jobs (final approvals with
their parts and time lines, made by the field-activity ticker) and answers every request after
``--latency-ms``. Each run starts from an empty watermark and writes into its own copy of the demo
ERP's staging tables, so the table compares requests and wall time:

- **guide**: the guide's requests, plainly: list ``JobApproval`` (``gt`` watermark, not daily,
  oldest first, following next links), then per approval ``Jobs?$select=reference_back_office``,
  ``JobPartUsage`` and ``JobNonPartUsage`` by ``jobs_id`` (1 + 3 per approval), insert the rows;
- **bytes only**: :class:`core.sync.export.CompletedWork` batching by the 2,048-byte URL budget
  alone, as before the node limit (against a server without one: a 100-node server refuses it);
- **or chains, 100 nodes**: batched by bytes and nodes, against a server that refuses OData
  4.01's ``in`` (one refused probe, then ``or`` chains of at most 25 ids);
- **in, 100 nodes**: the same where the server accepts ``in`` (3 nodes however many ids), once
  with one ERP and state transaction per approval (as before) and once with the default batch;
  the client's CPU seconds are its own work (the simulator runs in another process).

Then the same three batchings for a plan of ``--changes`` edited ERP rows (the look-ups of the
current Odyssee values). Every run prints its largest ``$filter``: nodes and query-string bytes.

The export's goals (its calls under the 100-node limit, its local work against a transaction per
approval) are also handed to ``report_goal`` for ``python -m benchmarks``.
"""
from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from benchmarks.common import (
    Remembered,
    SimulatorProcess,
    filled_folder,
    largest_filter,
    parse_options,
    print_table,
    report_goal,
    timed_with_cpu,
)
from benchmarks.push import demo_erp, seed_as_pushed
from core.erp.demo import create_demo_erp, sqlite_url
from core.erp.mapping import Mapping
from core.erp.reader import ErpReader
from core.odata import OdysseeClient
from core.odata.expr import field
from core.odata.limits import ServerLimits
from core.odyssee.values import EMPTY_DATE
from core.simulator.server import Simulator
from core.state import Store
from core.sync.export import APPROVALS_PER_COMMIT, CompletedWork
from core.sync.plan import build_plan
from core.sync.targets import SqlTarget


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


GUIDE = "guide's flow"
# (name, simulator options, what the client knows of the server's limits at the start)
BATCHINGS = (
    ("bytes only", {"max_node_count": 0}, lambda: Remembered(ServerLimits(max_nodes=1_000_000, accepts_in=False))),
    ("or chains, 100 nodes", {"no_in": True}, Remembered),
    ("in, 100 nodes", {}, Remembered),
)
# The export's own work: approvals per ERP and state transaction, one (as before) against the default.
COMMITS = (("in, 100 nodes, a commit per approval", 1), ("in, 100 nodes", APPROVALS_PER_COMMIT))


def export_runs(root: Path, approvals: int, latency_ms: float) -> list[tuple]:
    data = filled_folder(root / "export-simulator", lambda simulator: fill(simulator, approvals))
    rows = []
    with SimulatorProcess(data, latency_ms=latency_ms, pdf_delay=100_000, max_node_count=0) as simulator:
        with simulator.client() as client:
            erp = create_demo_erp(root / "guide.db", customers=0)
            seconds, cpu, written = timed_with_cpu(lambda: guide_flow(client, erp))
            rows.append(("export", GUIDE, written, client.stats.requests, seconds, cpu, *largest_filter(client)))
    runs = [(name, options, memory, APPROVALS_PER_COMMIT) for name, options, memory in BATCHINGS[:-1]]
    runs += [(name, BATCHINGS[-1][1], BATCHINGS[-1][2], per_commit) for name, per_commit in COMMITS]
    for name, options, memory, per_commit in runs:
        with SimulatorProcess(data, latency_ms=latency_ms, pdf_delay=100_000, **options) as simulator:
            with simulator.client(limits=memory()) as client, Store(root / f"state-{name}.sqlite3") as store:
                erp = create_demo_erp(root / f"{name}.db", customers=0)
                work = CompletedWork(client, store, SqlTarget(sqlite_url(erp)), approvals_per_commit=per_commit)
                seconds, cpu, result = timed_with_cpu(work.export)
                assert result.status == "ok", result
                rows.append(("export", name, len(result.exported), client.stats.requests, seconds, cpu, *largest_filter(client)))
    return rows


def plan_runs(root: Path, changes: int, latency_ms: float) -> list[tuple]:
    mapping = Mapping.default()
    rows = []
    for name, options, memory in BATCHINGS:
        folder = root / f"plan-{name}"
        folder.mkdir()
        erp = demo_erp(folder, changes)
        with Store(folder / "state.sqlite3") as store, ErpReader(sqlite_url(erp), mapping) as reader:
            data = filled_folder(folder / "simulator", lambda simulator: seed_as_pushed(reader, store, ["Company"], simulator))
            with sqlite3.connect(erp) as connection:
                connection.execute("UPDATE customer SET city = city || ' Nord' WHERE active = 1")
            with SimulatorProcess(data, latency_ms=latency_ms, **options) as simulator, simulator.client(limits=memory()) as client:
                seconds, cpu, plan = timed_with_cpu(lambda: build_plan(reader, client, store, entities=["Company"]))
                pending = len(plan.pending())
                assert not plan.problems, plan.problems
                rows.append(("plan", name, pending, plan.api_calls, seconds, cpu, *largest_filter(client)))
    return rows


# The project's goals for 500 approvals (in proportion for any other number), under ASP.NET
# OData's node limit.
CALLS_PER_500_APPROVALS = {"or chains, 100 nodes": ("or", 75), "in, 100 nodes": ("in", 60)}
NODE_LIMIT = 100


def report_export_goals(approvals: int, rows: list[tuple]) -> None:
    """The goals the export rows of :func:`export_runs` answer."""
    exports = {row[1]: row for row in rows if row[0] == "export"}
    guide_calls = exports[GUIDE][3]
    for name, (operator, calls) in CALLS_PER_500_APPROVALS.items():
        _work, _name, _items, requests, _seconds, _cpu, nodes, _bytes = exports[name]
        target_calls = calls * approvals / 500
        report_goal(
            f"export of {approvals:,} approvals, {NODE_LIMIT}-node limit, `{operator}`",
            f"≤ {target_calls:.4g} calls",
            f"{requests:,} calls, at most {nodes:,} nodes", requests <= target_calls and nodes <= NODE_LIMIT,
            baseline=f"guide's flow: {guide_calls:,} calls",
        )
    (per_approval_name, _), (batched_name, _) = COMMITS
    batched_cpu, per_approval_cpu = exports[batched_name][5], exports[per_approval_name][5]
    share = batched_cpu / per_approval_cpu
    report_goal(
        "export's local work halved", "≤ 50% of a transaction per approval", f"{batched_cpu:.2f} s CPU ({share:.0%})",
        share <= 0.5, baseline=f"{per_approval_cpu:.2f} s CPU, a transaction per approval",
    )


def main(argv: list[str] | None = None) -> None:
    options = parse_options(__doc__, argv, approvals=500, changes=1000, latency_ms=50.0)

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        rows = export_runs(root, options.approvals, options.latency_ms)
        rows += plan_runs(root, options.changes, options.latency_ms)
    print(f"{options.approvals:,} approvals and {options.changes:,} changed ERP rows, {options.latency_ms:g} ms per request\n")
    print_table(
        ("work", "batching", "items", "requests", "seconds", "client CPU s", "largest $filter, nodes", "its query bytes"),
        rows, left=(0, 1),
    )
    report_export_goals(options.approvals, rows)


if __name__ == "__main__":
    main()
