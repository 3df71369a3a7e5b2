"""What a shared state costs: the same work with the local SQLite state and on PostgreSQL.

    python -m benchmarks.state [--rows 100000] [--pushes 1000] [--approvals 500] [--latency-ms 50]
                               [--postgres URL] [--lease-seconds 60]

The simulator runs in a process of its own (so it does not share this process's GIL) and answers
every request after ``--latency-ms``. Each scenario runs twice in the same run, once per state
location, each time from the same starting point; the table gives both times, their ratio (the
goal: a shared state costs at most 1.5 times the local one) and the API calls, which must be equal:

1. a plan of ``--rows`` ERP rows, none changed since the last push (full re-read, 0 API calls):
   the first, which compares each row in full and writes its raw hash down, then the next one;
2. ``--pushes`` creates pushed at concurrency 4, under the push lease;
3. ``--approvals`` completed approvals exported to the ERP's staging tables, under the export lease.

Then, in the same table: how long a second workstation waits for a lease whose holder was killed
(on another workstation it expires ``--lease-seconds`` after the last renewal; on the same
computer the dead process is noticed at once).

PostgreSQL comes from ``--postgres`` or ``ODYSSEE_TEST_POSTGRES_URL``; each location gets a fresh
schema, dropped afterwards.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
import uuid
from pathlib import Path

from sqlalchemy import create_engine, insert, text

from benchmarks.common import (
    SimulatorProcess,
    filled_folder,
    parse_options,
    print_table,
    python_process,
    report_goal,
    timed,
)
from benchmarks.export import fill
from benchmarks.push import SEEDED_MODIFIED, demo_erp
from core.erp.demo import create_demo_erp, sqlite_url
from core.erp.mapping import Mapping
from core.erp.reader import ErpReader
from core.odyssee.values import format_datetime, normalise_values
from core.state import Actor, Store, leased
from core.state import tables as t
from core.sync.export import CompletedWork
from core.sync.plan import build_plan, watermark_stream
from core.sync.progress import RunControl
from core.sync.push import push
from core.sync.targets import SqlTarget

KEY = "benchmark|state"
# The scenarios that have a goal (by how their names start), and how the summary names them.
GOAL_SCENARIOS = {
    "plan, unchanged rows, full re-read": "unchanged plan, full re-read",
    "push, ": "pushes",
    "export, ": "completed work to the ERP",
}
SITES_PER_CUSTOMER = 1.40


class Locations:
    """The local SQLite state and fresh PostgreSQL schemas, dropped at the end."""

    def __init__(self, folder: Path, postgres: str | None) -> None:
        self.folder = folder
        self.postgres = postgres
        self.schemas: list[str] = []

    def all(self, name: str) -> list[tuple[str, str]]:
        found = [("local SQLite", str(self.folder / f"{name}.sqlite3"))]
        if self.postgres:
            schema = f"bench_{name}_{uuid.uuid4().hex[:8]}"
            self.schemas.append(schema)
            found.append(("PostgreSQL", f"{self.postgres}?schema={schema}"))
        return found

    def drop(self) -> None:
        if not self.postgres or not self.schemas:
            return
        engine = create_engine(self.postgres)
        with engine.begin() as connection:
            for schema in self.schemas:
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        engine.dispose()


def seed_snapshots(reader: ErpReader, store: Store) -> int:
    """Every ERP row as already pushed: id map, snapshot and watermark, in bulk."""
    from core.state.store import canonical_json, snapshot_hash

    total = 0
    now = format_datetime(SEEDED_MODIFIED)
    with store.transaction() as connection:
        for entity in reader.mapping.entity_order():
            section = reader.mapping[entity]
            fields = tuple(dict.fromkeys([section.erp_key_field, *section.fields]))
            ids, snapshots = [], []
            for row in reader.read(entity):
                values = normalise_values(section.entity, row.values, fields)
                base = {"state_id": store.state_id, "entity": entity, "erp_key": row.key}
                ids.append({**base, "odyssee_id": str(uuid.uuid4()), "updated_at": now})
                snapshots.append({
                    **base, "values_json": canonical_json(values), "hash": snapshot_hash(values),
                    "pushed_at": now, "odyssee_modified": now,
                })
            for start in range(0, len(ids), 5000):
                connection.execute(insert(t.id_map), ids[start : start + 5000])
                connection.execute(insert(t.snapshots), snapshots[start : start + 5000])
            total += len(ids)
            highest = reader.max_modified(entity)
            if highest is not None:
                store.set_watermark(watermark_stream(entity), highest)
    store.refresh_statistics()  # as state migrate does after its bulk copy
    return total


def plan_scenario(folder: Path, locations: Locations, rows: int) -> list[tuple]:
    erp = demo_erp(folder, max(1, round(rows / (1 + SITES_PER_CUSTOMER))))
    data = filled_folder(folder / "plan-simulator")  # an empty tenant: an unchanged plan asks it nothing
    simulator = SimulatorProcess(data)
    results = []
    try:
        for where, location in locations.all("plan"):
            with Store(location, KEY) as store, ErpReader(sqlite_url(erp), Mapping.default()) as reader, simulator.client() as client:
                seeded = seed_snapshots(reader, store)
                # The first plan compares every row in full and writes the raw hashes down; the
                # next one knows the rows by them, as every plan after the first does.
                for scenario in ("plan, unchanged, first (no raw hashes yet)", "plan, unchanged rows, full re-read"):
                    seconds, plan = timed(lambda: build_plan(reader, client, store, full=True))
                    results.append((scenario, where, seconds, plan.api_calls, f"{seeded:,} rows, {len(plan.pending())} pending"))
    finally:
        simulator.stop()
    return results


def push_scenario(folder: Path, locations: Locations, pushes: int, latency_ms: float) -> list[tuple]:
    erp = create_demo_erp(folder / "push-erp.sqlite3", customers=0)
    with sqlite3.connect(erp) as connection:
        connection.executemany(
            "INSERT INTO customer (code, name, city, country) VALUES (?, ?, 'Gent', 'BE')",
            [(f"B-{number:05d}", f"Customer {number}") for number in range(pushes)],
        )
    results = []
    for where, location in locations.all("push"):
        data = filled_folder(folder / f"push-simulator-{len(results)}")
        simulator = SimulatorProcess(data, latency_ms=latency_ms)
        try:
            with Store(location, KEY) as store, ErpReader(sqlite_url(erp), Mapping.default()) as reader, simulator.client() as client:
                control = RunControl()
                with leased(store, "push", control, program="benchmark") as fenced:
                    plan = build_plan(reader, client, fenced, entities=["Company"])
                    seconds, result = timed(lambda: push(plan, client, fenced, control, concurrency=4))
                results.append((where, seconds, result.api_calls, f"{result.counts['ok']:,} ok, push only"))
        finally:
            simulator.stop()
    return [(f"push, {pushes:,} creates, {latency_ms:g} ms, concurrency 4", *row) for row in results]


def export_scenario(folder: Path, locations: Locations, approvals: int, latency_ms: float) -> list[tuple]:
    data = filled_folder(folder / "export-simulator", lambda simulator: fill(simulator, approvals))
    simulator = SimulatorProcess(data, latency_ms=latency_ms)
    results = []
    try:
        for where, location in locations.all("export"):
            erp = create_demo_erp(folder / f"export-erp-{len(results)}.sqlite3", customers=0)
            with Store(location, KEY) as store, simulator.client() as client:
                control = RunControl()
                with leased(store, "export", control, program="benchmark") as fenced:
                    target = SqlTarget(sqlite_url(erp))
                    seconds, result = timed(lambda: CompletedWork(client, fenced, target).export(control=control))
                    target.close()
                calls = client.stats.snapshot().requests
                results.append((where, seconds, calls, f"{len(result.exported):,} exported, {result.status}"))
    finally:
        simulator.stop()
    return [(f"export, {approvals:,} approvals, {latency_ms:g} ms", *row) for row in results]


HOLDER = """
import sys, time
from core.state import Actor, Store
store = Store(sys.argv[1], sys.argv[2], actor=Actor(sys.argv[3], "office2"))
store.acquire_lease("push", program="benchmark holder", seconds=float(sys.argv[4]))
print("HELD", flush=True)
time.sleep(3600)
"""


def lease_scenario(locations: Locations, lease_seconds: float) -> list[tuple]:
    rows = []
    me = Actor.current().workstation
    for where, location in locations.all("lease"):
        for holder_workstation, label in (("WS-DEAD", "another workstation"), (me, "this computer")):
            Store(location, KEY).close()  # the schema and the state exist before the holder starts
            holder = python_process("-c", HOLDER, location, KEY, holder_workstation, str(lease_seconds))
            assert holder.stdout.readline().strip() == "HELD"
            holder.kill()
            holder.wait()
            taker = me if holder_workstation == me else "WS-02"
            with Store(location, KEY, actor=Actor(taker, "office1")) as store:
                seconds, lease = timed(lambda: store.acquire_lease("push", wait=lease_seconds * 2))
                lease.release()
            rows.append((f"lease: a second workstation waits, holder killed on {label}", where, seconds, "-", f"lease {lease_seconds:g} s"))
    return rows


def main(argv: list[str] | None = None) -> None:
    options = parse_options(
        __doc__, argv, rows=100_000, pushes=1000, approvals=500, latency_ms=50.0,
        postgres=os.environ.get("ODYSSEE_TEST_POSTGRES_URL"), lease_seconds=60.0,
    )
    if not options.postgres:
        print("No PostgreSQL (--postgres URL or ODYSSEE_TEST_POSTGRES_URL): only the local state is measured.")

    with tempfile.TemporaryDirectory(prefix="odyssee-state-bench-") as folder_name:
        folder = Path(folder_name)
        locations = Locations(folder, options.postgres)
        try:
            measured = plan_scenario(folder, locations, options.rows)
            measured += push_scenario(folder, locations, options.pushes, options.latency_ms)
            measured += export_scenario(folder, locations, options.approvals, options.latency_ms)
            leases = lease_scenario(locations, options.lease_seconds)
        finally:
            locations.drop()

    compared = []
    lease_scenarios = {row[0] for row in leases}
    for scenario in dict.fromkeys(row[0] for row in measured + leases):
        by_place = {row[1]: row for row in measured + leases if row[0] == scenario}
        local, shared = by_place.get("local SQLite"), by_place.get("PostgreSQL")
        is_lease = scenario in lease_scenarios
        ratio = shared[2] / local[2] if local and shared and local[2] and not is_lease else None
        calls = " / ".join(str(row[3]) for row in (local, shared) if row)
        notes = "; ".join(f"{row[1]}: {row[4]}" for row in (local, shared) if row)
        if is_lease:  # no requests, and the same lease in both places
            calls, notes = "-", by_place[next(iter(by_place))][4]
        compared.append((
            scenario, local[2] if local else float("nan"), shared[2] if shared else float("nan"),
            "-" if ratio is None else f"{ratio:.2f}×", calls, notes,
        ))
        goal_name = next((name for start, name in GOAL_SCENARIOS.items() if scenario.startswith(start)), None)
        if goal_name is not None:
            report_goal(
                f"shared state (PostgreSQL): {goal_name}", "≤ 1.5× local SQLite, same API calls",
                "not measured: no PostgreSQL" if ratio is None else f"{ratio:.2f}× ({shared[2]:.2f} s)",
                ratio is not None and ratio <= 1.5 and local[3] == shared[3],
                f"local SQLite {local[2]:.2f} s" if local else "",
            )
    print_table(("scenario", "local SQLite s", "PostgreSQL s", "ratio", "calls", "notes"), compared, left=(0, 5))

if __name__ == "__main__":
    main()
