"""The per-profile state database: contents, transactions, migrations, crashes and threads."""
from __future__ import annotations

import os
import queue
import re
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from core import paths, store as store_module
from core.store import Store, StoreError, snapshot_hash, store_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store():
    with Store.open("Test tenant") as opened:
        yield opened


def table_count(path: Path, table: str, where: str = "1", parameters=()) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table} WHERE {where}", parameters).fetchone()[0]


# --- files -------------------------------------------------------------------------------------


def test_each_profile_gets_its_own_safely_named_file():
    names = ["Production", "production", "Prod!", "../../etc/passwd", "CON", "a/b\\c", "東京", " ", "x" * 300]
    files = [store_path(name) for name in names]
    assert len(set(files)) == len(names)
    for file in files:
        assert file.parent == paths.data_dir()
        assert re.fullmatch(r"[a-z0-9-]{1,40}-[0-9a-f]{12}\.sqlite3", file.name), file.name
    assert store_path("Production") == store_path("Production")  # stable across runs


def test_opening_creates_the_database_in_wal_mode(store):
    assert store.path.exists() and store.path.parent == paths.data_dir()
    assert store.schema_version == len(store_module.MIGRATIONS)
    with sqlite3.connect(store.path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_file_that_is_not_a_database_gives_a_clear_error():
    path = paths.data_dir() / "broken.sqlite3"
    path.write_bytes(b"this is not SQLite, just text " * 100)
    with pytest.raises(StoreError, match="is not a usable state database"):
        Store(path)


def test_a_closed_store_says_so(store):
    store.close()
    with pytest.raises(StoreError, match="is closed"):
        store.get_id("company", "C1")


# --- contents ----------------------------------------------------------------------------------


def test_id_map(store):
    guid = uuid.uuid4()
    store.set_id("company", "C001", str(guid).upper())
    store.set_id("company", "C002", "id-2")
    store.set_id("article", "C001", "other-entity")
    assert store.get_id("company", "C001") == str(guid)  # GUIDs are kept lower-case
    assert store.erp_key_for("company", guid) == "C001"
    assert store.ids_for("company") == {"C001": str(guid), "C002": "id-2"}
    store.set_id("company", "C002", "id-2b")
    assert store.get_id("company", "C002") == "id-2b"
    assert store.get_id("company", "missing") is None


def test_snapshots_store_canonical_values_and_their_hash(store):
    modified = datetime(2024, 3, 1, 8, 30, 15, 250000, tzinfo=timezone.utc)
    values = {"name": "Acme", "vat": Decimal("21.00"), "since": modified, "id": uuid.UUID(int=1)}
    digest = store.save_snapshot("company", "C001", values, odyssee_modified=modified)
    snapshot = store.snapshot("company", "C001")
    assert snapshot.values == {
        "name": "Acme", "vat": "21.00", "since": "2024-03-01T08:30:15.250Z",
        "id": "00000000-0000-0000-0000-000000000001",
    }
    assert snapshot.hash == digest == snapshot_hash(values) == snapshot_hash(dict(reversed(values.items())))
    assert snapshot.odyssee_modified == "2024-03-01T08:30:15.250Z"
    assert snapshot_hash({**values, "name": "Acme "}) != digest
    assert store.snapshots_for("company") == {"C001": snapshot}

    store.set_id("company", "C001", "x")
    store.forget("company", "C001")
    assert store.snapshot("company", "C001") is None and store.get_id("company", "C001") is None


def test_watermarks(store):
    assert store.get_watermark("job_approval").value is None
    store.set_watermark("job_approval", "2015-07-14T13:08:00.000Z", {"b", "a"})
    mark = store.get_watermark("job_approval")
    assert mark.value == "2015-07-14T13:08:00.000Z"
    assert mark.seen_ids == frozenset({"a", "b"})
    store.set_watermark("job_approval", datetime(2015, 7, 14, 14, tzinfo=timezone.utc))
    mark = store.get_watermark("job_approval")
    assert (mark.value, mark.seen_ids) == ("2015-07-14T14:00:00.000Z", frozenset())
    assert store.get_watermark("db_file").value is None


def test_runs_and_journal(store):
    run_id = store.start_run("push")
    assert store.run(run_id).status is None and store.run(run_id).finished is None
    store.journal("company", "C1", "create", "ok", run_id=run_id, after={"name": "A"}, http_status=201)
    store.journal("company", "C2", "update", "failed", run_id=run_id, before={"name": "B"},
                  after={"name": "B2"}, http_status=422, message="name: too long",
                  approved_at=datetime(2024, 1, 2, tzinfo=timezone.utc))
    store.journal("article", "A1", "create", "ok", run_id=run_id)
    store.finish_run(run_id, "partial", {"created": 2, "failed": 1})

    run = store.run(run_id)
    assert (run.kind, run.status, run.counts) == ("push", "partial", {"created": 2, "failed": 1})
    assert run.finished is not None
    assert [r.erp_key for r in store.journal_rows(run_id=run_id)] == ["A1", "C2", "C1"]
    failed = store.journal_rows(result="failed")
    assert len(failed) == 1
    assert failed[0].before == {"name": "B"} and failed[0].after == {"name": "B2"}
    assert (failed[0].http_status, failed[0].message) == (422, "name: too long")
    assert failed[0].approved_at == "2024-01-02T00:00:00.000Z"
    assert [r.erp_key for r in store.journal_rows(entity="company", newest_first=False)] == ["C1", "C2"]
    assert len(store.journal_rows(limit=1)) == 1
    assert store.journal_rows(since="2999-01-01T00:00:00.000Z") == []
    assert [r.id for r in store.recent_runs("push")] == [run_id]

    with pytest.raises(ValueError, match="run status must be one of"):
        store.finish_run(run_id, "done")
    with pytest.raises(StoreError, match="no run 999"):
        store.finish_run(999, "ok")
    with pytest.raises(sqlite3.IntegrityError):  # a journal row must belong to a real run
        store.journal("company", "C3", "create", "ok", run_id=999)


def test_downloads(store):
    file_id = uuid.uuid4()
    store.record_download(str(file_id).upper(), Path("/pdf/J1/report.pdf"), "ab" * 32, 1234,
                          approval_id=uuid.UUID(int=5))
    download = store.download_for(file_id)
    assert (download.path, download.sha256, download.size) == ("/pdf/J1/report.pdf", "ab" * 32, 1234)
    assert download.approval_id == "00000000-0000-0000-0000-000000000005"
    assert store.download_for(uuid.uuid4()) is None


# --- transactions ------------------------------------------------------------------------------


def test_a_failed_transaction_leaves_nothing(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.set_id("company", "C1", "id-1")
            store.save_snapshot("company", "C1", {"a": 1})
            store.journal("company", "C1", "create", "ok")
            raise RuntimeError("network went away")
    assert store.get_id("company", "C1") is None
    assert store.snapshot("company", "C1") is None
    assert store.journal_rows() == []


def test_nested_blocks_roll_back_alone(store):
    with store.transaction():
        store.set_id("company", "kept", "1")
        with pytest.raises(RuntimeError):
            with store.transaction():
                store.set_id("company", "dropped", "2")
                raise RuntimeError
        store.set_id("company", "also kept", "3")
    assert store.ids_for("company") == {"kept": "1", "also kept": "3"}


def test_other_connections_see_a_transaction_only_after_commit(store):
    with store.transaction():
        store.set_id("company", "C1", "id-1")
        assert table_count(store.path, "id_map") == 0
    assert table_count(store.path, "id_map") == 1


CRASHING_CHILD = textwrap.dedent(
    """
    import sys, time
    from core.store import Store
    ROWS, PAUSE_IN_BATCH = 40, int(sys.argv[2])
    store = Store(sys.argv[1])
    batch = 0
    while batch < 100000:
        with store.transaction():
            for row in range(ROWS):
                key = f"{batch}-{row}"
                store.set_id("company", key, f"id-{key}")
                store.save_snapshot("company", key, {"batch": batch, "row": row})
                store.journal("company", key, "create", "ok")
                if batch == PAUSE_IN_BATCH and row == ROWS // 2:
                    print("MIDDLE", flush=True)
                    time.sleep(120)
        print(f"COMMITTED {batch}", flush=True)
        batch += 1
    """
)


def start_crashing_child(tmp_path, pause_in_batch: int):
    script = tmp_path / "writer.py"
    script.write_text(CRASHING_CHILD, encoding="utf-8")
    database = tmp_path / "state.sqlite3"
    process = subprocess.Popen(
        [sys.executable, str(script), str(database), str(pause_in_batch)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l.strip()) for l in process.stdout], daemon=True).start()
    return process, database, lines


def wait_for_line(process, lines, wanted: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if lines.get(timeout=0.5) == wanted:
                return
        except queue.Empty:
            if process.poll() is not None:
                break
    process.kill()
    pytest.fail(f"the writer never printed {wanted!r}: {process.stderr.read()}")


def batch_counts(database: Path) -> dict[str, dict[int, int]]:
    counts = {}
    with sqlite3.connect(database) as connection:
        for table in ("id_map", "snapshots", "journal"):
            rows = connection.execute(
                f"SELECT CAST(substr(erp_key, 1, instr(erp_key, '-') - 1) AS INTEGER), count(*) "
                f"FROM {table} GROUP BY 1"
            ).fetchall()
            counts[table] = dict(rows)
    return counts


def test_killed_in_the_middle_of_a_transaction_keeps_all_or_nothing(tmp_path):
    process, database, lines = start_crashing_child(tmp_path, pause_in_batch=3)
    wait_for_line(process, lines, "MIDDLE")
    process.kill()  # SIGKILL on POSIX: no cleanup code runs
    process.wait(timeout=30)

    counts = batch_counts(database)
    for table in ("id_map", "snapshots", "journal"):
        assert counts[table] == {0: 40, 1: 40, 2: 40}, table  # batch 3 left no trace
    with Store(database) as reopened:
        assert reopened.get_id("company", "2-39") == "id-2-39"
        assert reopened.get_id("company", "3-0") is None


def test_killed_at_an_arbitrary_moment_never_leaves_half_a_batch(tmp_path):
    process, database, lines = start_crashing_child(tmp_path, pause_in_batch=-1)
    wait_for_line(process, lines, "COMMITTED 5")
    time.sleep(0.05)  # somewhere inside a later batch
    process.kill()
    process.wait(timeout=30)

    counts = batch_counts(database)
    assert set(range(6)) <= set(counts["id_map"])
    for table in ("id_map", "snapshots", "journal"):
        assert counts[table] == counts["id_map"], table
        assert set(counts[table].values()) == {40}, table


# --- migrations --------------------------------------------------------------------------------


def test_an_older_database_is_migrated_keeping_its_data(monkeypatch):
    with Store.open("A") as old:
        old.set_id("company", "C1", "id-1")
        path = old.path
    known = len(store_module.MIGRATIONS)
    monkeypatch.setattr(
        store_module, "MIGRATIONS",
        [*store_module.MIGRATIONS, ("ALTER TABLE id_map ADD COLUMN note TEXT",
                                    "UPDATE id_map SET note = 'migrated'")],
    )
    with Store(path) as migrated:
        assert migrated.schema_version == known + 1
        assert migrated.get_id("company", "C1") == "id-1"
    assert table_count(path, "id_map", "note = 'migrated'") == 1


def test_a_failing_migration_changes_nothing(monkeypatch):
    with Store.open("A") as old:
        old.set_id("company", "C1", "id-1")
        path = old.path
    known = len(store_module.MIGRATIONS)
    monkeypatch.setattr(
        store_module, "MIGRATIONS",
        [*store_module.MIGRATIONS, ("CREATE TABLE half_done (x)", "THIS IS NOT SQL")],
    )
    with pytest.raises(StoreError):
        Store(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == known
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables


def test_a_database_from_a_newer_program_is_refused():
    path = store_path("A")
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {len(store_module.MIGRATIONS) + 1}")
    with pytest.raises(StoreError, match="written by a newer Odyssee Sync Assistant"):
        Store(path)


def test_an_empty_version_zero_file_gets_the_full_schema():
    path = store_path("A")
    sqlite3.connect(path).close()
    with Store(path) as opened:
        opened.record_download("f", "p", "h", 1)
        assert opened.schema_version == len(store_module.MIGRATIONS)


# --- threads -----------------------------------------------------------------------------------


def test_worker_threads_can_share_one_store(store):
    errors = []

    def worker(number: int) -> None:
        try:
            for item in range(40):
                with store.transaction():
                    key = f"{number}-{item}"
                    store.set_id("company", key, f"id-{key}")
                    store.save_snapshot("company", key, {"n": number, "i": item})
                store.get_watermark("x")
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert len(store.ids_for("company")) == 160
    assert len(store.snapshots_for("company")) == 160
