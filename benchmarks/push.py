"""What a plan and a push cost against the simulator over loopback, with the demo ERP.

    python -m benchmarks.push [--rows 100000] [--changes 1000] [--latency-ms 50] [--concurrency 4]

Scenarios (one table row each):

1. ``--rows`` ERP rows, none changed since the last push (the store holds their snapshots):
   the plan as usual (from the watermarks) and a full re-read (every row compared with its
   snapshot). Both must cost 0 API calls.
2. ``--changes`` customers edited in the ERP (updates) and as many new customers (creates), with
   ``--latency-ms`` per request: wall time and API calls per change, sequential (concurrency 1)
   against the default concurrency, in the same run.
3. The same creates with 10% 503 answers and 5% lost responses (the POST is stored, the answer
   never arrives): Odyssee records per ERP row, which must be exactly 1, after as many
   plan-and-push rounds as it takes (a round gives up on a row after the client's retries).
"""
from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
import uuid
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from core.erp.demo import INVALID_ROWS, create_demo_erp, sqlite_url
from core.erp.mapping import Mapping
from core.erp.reader import ErpReader
from core.odata.client import OdysseeClient
from core.simulator.server import Simulator
from core.state import Store
from core.sync.normalise import normalise_values, wire_value
from core.sync.plan import build_plan, watermark_stream
from core.sync.push import DEFAULT_CONCURRENCY, push

SITES_PER_ACTIVE_CUSTOMER = 1.40  # rows read per customer beyond its own: sites (1 to 3 each), less the 4% inactive
SEEDED_MODIFIED = datetime(2024, 1, 1, tzinfo=timezone.utc)


def demo_erp(folder: Path, customers: int) -> Path:
    """A demo ERP without the rows that are wrong on purpose (they would be looked up every time)."""
    path = create_demo_erp(folder / f"erp-{customers}.sqlite3", customers=customers)
    with sqlite3.connect(path) as connection:
        for row in INVALID_ROWS:
            connection.execute(f"DELETE FROM {row.table} WHERE code = ?", (row.code,))
    return path


def seed_as_pushed(reader: ErpReader, store: Store, entities: list[str], simulator: Simulator | None = None) -> int:
    """Store snapshots (and Odyssee records) as if every row had been pushed; returns the rows."""
    total = 0
    for entity in entities:
        section = reader.mapping[entity]
        fields = tuple(dict.fromkeys([section.erp_key_field, *section.fields]))
        records = []
        with store.transaction():
            for row in reader.read(entity):
                values = normalise_values(section.entity, row.values, fields)
                guid = str(uuid.uuid4())
                store.set_id(entity, row.key, guid)
                store.save_snapshot(entity, row.key, values, odyssee_modified=SEEDED_MODIFIED)
                if simulator is not None:
                    record = {name: wire_value(section.entity[name], value) for name, value in values.items()}
                    records.append({**record, "id": uuid.UUID(guid), "modified_dateutc": SEEDED_MODIFIED})
                total += 1
        highest = reader.max_modified(entity)
        if highest is not None:
            store.set_watermark(watermark_stream(entity), highest)
        if simulator is not None:
            simulator.storage.bulk_insert(entity, records)
    return total


def timed(action):
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def unchanged_scenarios(folder: Path, rows: int) -> list[tuple]:
    customers = max(1, round(rows / (1 + SITES_PER_ACTIVE_CUSTOMER)))
    erp = demo_erp(folder, customers)
    results = []
    mapping = Mapping.default()
    with Simulator() as simulator, Store(folder / "unchanged.sqlite3") as store, ErpReader(sqlite_url(erp), mapping) as reader:
        seeded = seed_as_pushed(reader, store, mapping.entity_order())
        with OdysseeClient(simulator.base_url, auth_header=simulator.authorization) as client:
            for label, full in (("from the watermarks", False), ("full re-read", True)):
                seconds, plan = timed(lambda: build_plan(reader, client, store, full=full))
                read = sum(scan.rows_read for scan in plan.entities.values())
                pending = len(plan.pending())
                results.append((
                    f"plan, {seeded:,} rows unchanged, {label}", f"{read:,} read", plan.api_calls, "-",
                    seconds, f"{pending} pending",
                ))
    return results


def keep_active_only(erp: Path, original: Path, codes: list[str]) -> None:
    """Restore the ERP from ``original``, then leave only ``codes`` as active customers."""
    with sqlite3.connect(original) as source, sqlite3.connect(erp) as target:
        source.backup(target)
    with sqlite3.connect(erp) as connection:
        connection.execute("UPDATE customer SET active = 0")
        connection.executemany("UPDATE customer SET active = 1 WHERE code = ?", [(code,) for code in codes])


def change_scenarios(folder: Path, changes: int, latency_ms: float, concurrency: int) -> list[tuple]:
    mapping = Mapping.default()
    erp = demo_erp(folder, int(changes * 2.2) + 10)
    original = folder / "original.sqlite3"
    with sqlite3.connect(erp) as connection, sqlite3.connect(original) as copy:
        connection.backup(copy)
        active = [code for (code,) in connection.execute("SELECT code FROM customer WHERE active = 1 ORDER BY code")]
    to_update, to_create = active[:changes], active[changes : 2 * changes]

    rows = []
    for kind, codes in (("update", to_update), ("create", to_create)):
        for workers in (1, concurrency):
            keep_active_only(erp, original, codes)
            run_folder = folder / f"{kind}-{workers}"
            run_folder.mkdir()
            with Simulator() as simulator, Store(run_folder / "state.sqlite3") as store, ErpReader(sqlite_url(erp), mapping) as reader:
                if kind == "update":
                    seed_as_pushed(reader, store, ["Company"], simulator)
                    with sqlite3.connect(erp) as connection:
                        connection.execute("UPDATE customer SET city = city || ' Nord' WHERE active = 1")
                simulator.faults.update(latency_ms=latency_ms)
                with OdysseeClient(simulator.base_url, auth_header=simulator.authorization) as client:
                    plan_seconds, plan = timed(lambda: build_plan(reader, client, store, entities=["Company"]))
                    pending = len([c for c in plan.pending() if c.action == kind])
                    push_seconds, result = timed(lambda: push(plan, client, store, concurrency=workers))
                calls = plan.api_calls + result.api_calls
                rows.append((
                    f"{pending:,} {kind}s, {latency_ms:g} ms latency, concurrency {workers}",
                    f"{result.counts['ok']:,} ok", calls, f"{calls / max(pending, 1):.3f}",
                    plan_seconds + push_seconds, f"plan {plan_seconds:.1f} s + push {push_seconds:.1f} s",
                ))

    # The creates again, with 10% 503s and 5% lost responses.
    keep_active_only(erp, original, to_create)
    run_folder = folder / "faults"
    run_folder.mkdir()
    with Simulator() as simulator, Store(run_folder / "state.sqlite3") as store, ErpReader(sqlite_url(erp), mapping) as reader:
        simulator.faults.update(latency_ms=latency_ms, error_rate=0.10, lost_response_rate=0.05, seed=1)
        calls = rounds = 0
        started = time.perf_counter()
        with OdysseeClient(simulator.base_url, auth_header=simulator.authorization) as client:
            while rounds < 5:
                plan = build_plan(reader, client, store, entities=["Company"])
                calls += plan.api_calls
                if not any(c.action == "create" for c in plan.changes):
                    break
                rounds += 1
                calls += push(plan, client, store, concurrency=concurrency).api_calls
        seconds = time.perf_counter() - started
        simulator.faults.clear()
        records = Counter(row["code"] for row in simulator.storage.rows("Company"))
        per_row = Counter(records[code] for code in to_create)
        spread = ", ".join(f"{rows_:,} rows with {n}" for n, rows_ in sorted(per_row.items()))
        rows.append((
            f"{len(to_create):,} creates, 10% 503 + 5% lost responses, concurrency {concurrency}",
            f"{rounds} push round(s)", calls, f"{calls / len(to_create):.3f}", seconds,
            f"Odyssee records per ERP row: {spread}; records in all {sum(records.values()):,}",
        ))
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="ERP rows for the unchanged scenario")
    parser.add_argument("--changes", type=int, default=1000, help="changed rows (updates; as many creates)")
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY)
    options = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="odyssee-push-bench-") as folder_name:
        folder = Path(folder_name)
        (folder / "unchanged").mkdir()
        results = unchanged_scenarios(folder / "unchanged", options.rows)
        results += change_scenarios(folder, options.changes, options.latency_ms, options.concurrency)

    headers = ("scenario", "result", "API calls", "calls/change", "seconds", "notes")
    widths = [max(len(str(row[i])) if i != 4 else 8 for row in [headers, *results]) for i in range(len(headers))]
    print("  ".join(f"{h:<{w}}" for h, w in zip(headers, widths)))
    print("  ".join("-" * w for w in widths))
    for row in results:
        cells = [str(row[0]), str(row[1]), f"{row[2]:,}", str(row[3]), f"{row[4]:.2f}", str(row[5])]
        print("  ".join(f"{cell:<{w}}" if i in (0, 1, 5) else f"{cell:>{w}}" for i, (cell, w) in enumerate(zip(cells, widths))))


if __name__ == "__main__":
    main()
