"""The state database: contents, transactions, migrations, crashes and threads.

Contents and transactions run on a local SQLite file and, when a server is given, on PostgreSQL.
"""
from __future__ import annotations

import hashlib
import json
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

from core import paths
from core.state import Store, StoreError, local_store_path, snapshot_hash
from core.state import schema as schema_module

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request):
    if request.param == "sqlite":
        location = local_store_path("Test tenant")
    else:
        location = request.getfixturevalue("postgres_schema_url")
    with Store(location, "https://example.test/api|TESTAPI|sqlite:/erp.db") as opened:
        yield opened


@pytest.fixture
def local_store():
    with Store.open("Test tenant") as opened:
        yield opened


def table_count(path: Path, table: str, where: str = "1", parameters=()) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table} WHERE {where}", parameters).fetchone()[0]


# --- files -------------------------------------------------------------------------------------


def test_each_profile_gets_its_own_safely_named_file():
    names = ["Production", "production", "Prod!", "../../etc/passwd", "CON", "a/b\\c", "東京", " ", "x" * 300]
    files = [local_store_path(name) for name in names]
    assert len(set(files)) == len(names)
    for file in files:
        assert file.parent == paths.data_dir()
        assert re.fullmatch(r"[a-z0-9-]{1,40}-[0-9a-f]{12}\.sqlite3", file.name), file.name
    assert local_store_path("Production") == local_store_path("Production")  # stable across runs


def test_opening_creates_the_database_in_wal_mode(local_store):
    store = local_store
    assert store.path.exists() and store.path.parent == paths.data_dir()
    assert store.schema_version == schema_module.HEAD_REVISION
    with sqlite3.connect(store.path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_programs_opening_a_new_state_file_at_the_same_moment_all_open_it(tmp_path):
    """SQLite turns a new file to WAL under an exclusive lock without waiting for it, so of two
    programs opening a new state at once one used to fail with "database is locked"."""
    failures: list[str] = []
    for round_number in range(20):
        path = tmp_path / f"state-{round_number}.sqlite3"
        start = threading.Barrier(4)

        def open_it() -> None:
            start.wait()
            try:
                with Store(path) as store:
                    store.journal("Company", f"C-{threading.get_ident()}", "create", "ok")
            except StoreError as error:
                failures.append(str(error))

        openers = [threading.Thread(target=open_it) for _ in range(4)]
        for opener in openers:
            opener.start()
        for opener in openers:
            opener.join()
    assert failures == []


def test_a_file_that_is_not_a_database_gives_a_clear_error():
    path = paths.data_dir() / "broken.sqlite3"
    path.write_bytes(b"this is not SQLite, just text " * 100)
    with pytest.raises(StoreError, match="cannot be used: file is not a database"):
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
    with pytest.raises(StoreError, match="cannot be used"):  # a journal row must belong to a real run
        store.journal("company", "C3", "create", "ok", run_id=999)
    assert store.journal_rows(erp_key="C3") == []


def test_downloads(store):
    file_id = uuid.uuid4()
    store.record_download(str(file_id).upper(), Path("/pdf/J1/report.pdf"), "ab" * 32, 1234,
                          approval_id=uuid.UUID(int=5))
    download = store.download_for(file_id)
    assert (download.path, download.sha256, download.size) == ("/pdf/J1/report.pdf", "ab" * 32, 1234)
    assert download.approval_id == "00000000-0000-0000-0000-000000000005"
    assert store.download_for(uuid.uuid4()) is None


def test_held_back_items_keep_their_first_sighting_and_count_one_attempt_per_run(store):
    run_1, run_2 = store.start_run("export"), store.start_run("export")
    store.hold("job_approval", "a1", "Its job j1 was not found in Odyssee.", odyssee_modified="2026-01-01T00:00:00.000Z",
               label="WO-1", run_id=run_1)
    store.hold("job_approval", "a2", "The ERP refused it.", odyssee_modified="2026-01-02T00:00:00.000Z", run_id=run_1)
    store.hold("job_approval", "a1", "Its job j1 was not found in Odyssee.", odyssee_modified="2026-01-01T00:00:00.000Z",
               label="WO-1", run_id=run_1)  # the same run again: still one attempt
    [first, second] = store.held("job_approval")
    assert (first.item_id, first.label, first.attempts, first.run_id) == ("a1", "WO-1", 1, run_1)
    assert (second.item_id, second.label, second.reason) == ("a2", "", "The ERP refused it.")

    store.hold("job_approval", "a1", "Its job j1 has no lines.", odyssee_modified=datetime(2026, 1, 3, tzinfo=timezone.utc),
               label="WO-1", run_id=run_2)
    again = store.held("job_approval")[0]
    assert (again.attempts, again.reason, again.odyssee_modified) == (2, "Its job j1 has no lines.", "2026-01-03T00:00:00.000Z")
    assert again.first_seen == first.first_seen and again.last_seen >= first.last_seen and again.run_id == run_2
    assert store.held("db_file") == []

    store.clear_held("job_approval", "a1")
    assert [item.item_id for item in store.held("job_approval")] == ["a2"]
    assert store.counts()["held_back"] == 1


def test_held_back_items_move_with_a_copied_state(postgres_schema_url):
    from core.state.copy import copy_state

    with Store(local_store_path("Desk"), "tenant|erp") as local, Store(postgres_schema_url, "tenant|erp") as shared:
        run_id = local.start_run("export")
        local.hold("job_approval", "a1", "Its job was not found.", odyssee_modified="2026-01-01T00:00:00.000Z",
                   label="WO-1", run_id=run_id)
        assert copy_state(local, shared).copied
        [held] = shared.held("job_approval")
        assert (held.item_id, held.label, held.reason, held.attempts) == ("a1", "WO-1", "Its job was not found.", 1)
        assert shared.run(held.run_id).kind == "export"  # pointing at the copied run


def test_a_state_moved_before_held_back_existed_still_counts_as_copied(postgres_schema_url):
    from sqlalchemy import update

    from core.state import tables
    from core.state.copy import copy_state

    with Store(local_store_path("Desk"), "tenant|erp") as local, Store(postgres_schema_url, "tenant|erp") as shared:
        local.set_id("Company", "C1", "id-1")
        assert copy_state(local, shared).copied
        shared.set_id("Company", "C2", "id-2")  # the shared state is in use since
        # What an older program wrote when it moved the state: no count for a table it did not have.
        counts = {name: number for name, number in local.state_info().moved_counts.items() if name != "held_back"}
        with local.transaction() as connection:
            connection.execute(update(tables.states).values(moved_counts_json=json.dumps(counts)))
        again = copy_state(local, shared)
        assert not again.copied and "nothing more to copy" in again.message


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


def test_other_connections_see_a_transaction_only_after_commit(local_store):
    store = local_store
    with store.transaction():
        store.set_id("company", "C1", "id-1")
        assert table_count(store.path, "id_map") == 0
    assert table_count(store.path, "id_map") == 1


CRASHING_CHILD = textwrap.dedent(
    """
    import sys, time
    from core.state import Store
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
    process.kill()  # wherever the writer got to meanwhile, most likely inside a later batch
    process.wait(timeout=30)

    counts = batch_counts(database)
    assert set(range(6)) <= set(counts["id_map"])
    for table in ("id_map", "snapshots", "journal"):
        assert counts[table] == counts["id_map"], table
        assert set(counts[table].values()) == {40}, table


# --- migrations --------------------------------------------------------------------------------

# The schema of the SQLite files written before team mode (PRAGMA user_version 2), as they were.
PRE_TEAM_SCHEMA = """
CREATE TABLE id_map (entity TEXT NOT NULL, erp_key TEXT NOT NULL, odyssee_id TEXT NOT NULL,
    updated_at TEXT NOT NULL, PRIMARY KEY (entity, erp_key));
CREATE INDEX id_map_by_odyssee_id ON id_map (entity, odyssee_id);
CREATE TABLE snapshots (entity TEXT NOT NULL, erp_key TEXT NOT NULL, values_json TEXT NOT NULL,
    hash TEXT NOT NULL, pushed_at TEXT NOT NULL, odyssee_modified TEXT, PRIMARY KEY (entity, erp_key));
CREATE TABLE watermarks (stream TEXT PRIMARY KEY, value TEXT NOT NULL,
    seen_ids_json TEXT NOT NULL DEFAULT '[]', updated_at TEXT NOT NULL);
CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, started TEXT NOT NULL,
    finished TEXT, status TEXT, counts_json TEXT NOT NULL DEFAULT '{}');
CREATE TABLE journal (id INTEGER PRIMARY KEY AUTOINCREMENT, run_id INTEGER REFERENCES runs (id),
    time TEXT NOT NULL, entity TEXT NOT NULL, erp_key TEXT, action TEXT NOT NULL, before_json TEXT,
    after_json TEXT, approved_at TEXT, result TEXT NOT NULL, http_status INTEGER, message TEXT);
CREATE INDEX journal_by_run ON journal (run_id);
CREATE INDEX journal_by_record ON journal (entity, erp_key);
CREATE TABLE downloads (file_id TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL,
    size INTEGER NOT NULL, downloaded_at TEXT NOT NULL, approval_id TEXT);
CREATE INDEX downloads_by_approval ON downloads (approval_id);
CREATE TABLE push_intents (entity TEXT NOT NULL, erp_key TEXT NOT NULL, odyssee_id TEXT NOT NULL,
    run_id INTEGER, created_at TEXT NOT NULL, PRIMARY KEY (entity, erp_key));
CREATE TABLE rejections (entity TEXT NOT NULL, erp_key TEXT NOT NULL, hash TEXT NOT NULL,
    action TEXT NOT NULL, erp_modified TEXT, run_id INTEGER, rejected_at TEXT NOT NULL,
    PRIMARY KEY (entity, erp_key));
PRAGMA user_version = 2;
"""


def write_pre_team_file(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.executescript(PRE_TEAM_SCHEMA)
        connection.executescript("""
            INSERT INTO id_map VALUES ('Company', 'C1', 'id-1', '2026-01-01T00:00:00.000Z');
            INSERT INTO snapshots VALUES ('Company', 'C1', '{"name":"Acme"}', 'h1', '2026-01-01T00:00:00.000Z', NULL);
            INSERT INTO watermarks VALUES ('job_approval', '2026-01-02T00:00:00.000Z', '["a"]', '2026-01-02T00:00:00.000Z');
            INSERT INTO runs VALUES (7, 'push', '2026-01-01T00:00:00.000Z', '2026-01-01T00:01:00.000Z', 'ok', '{"ok":1}');
            INSERT INTO journal VALUES (12, 7, '2026-01-01T00:00:30.000Z', 'Company', 'C1', 'create', NULL,
                '{"name":"Acme"}', NULL, 'ok', 201, NULL);
            INSERT INTO downloads VALUES ('f1', '/pdf/J1/a.pdf', 'ab', 10, '2026-01-03T00:00:00.000Z', 'a1');
            INSERT INTO push_intents VALUES ('Company', 'C2', 'id-2', 7, '2026-01-01T00:00:00.000Z');
            INSERT INTO rejections VALUES ('Company', 'C3', 'h3', 'update', NULL, 7, '2026-01-01T00:00:00.000Z');
        """)


def test_a_file_from_before_team_mode_is_carried_over_with_every_row():
    path = local_store_path("A")
    write_pre_team_file(path)
    with Store(path, "tenant|erp") as carried:
        assert carried.schema_version == schema_module.HEAD_REVISION
        assert carried.state_info().key == "tenant|erp"  # the file's one state is this profile's
        assert carried.get_id("Company", "C1") == "id-1"
        assert carried.snapshot("Company", "C1").values == {"name": "Acme"}
        mark = carried.get_watermark("job_approval")
        assert (mark.value, mark.seen_ids) == ("2026-01-02T00:00:00.000Z", frozenset({"a"}))
        run = carried.run(7)
        assert (run.kind, run.status, run.counts) == ("push", "ok", {"ok": 1})
        [entry] = carried.journal_rows()
        assert (entry.id, entry.run_id, entry.after, entry.http_status) == (12, 7, {"name": "Acme"}, 201)
        assert carried.download_for("f1").path == "/pdf/J1/a.pdf"
        assert carried.intents_for("Company") == {"C2": "id-2"}
        assert carried.rejections_for("Company")["C3"].hash == "h3"
        new_run = carried.start_run("export")
        assert new_run > 7  # ids go on after the carried ones
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert not any(name.startswith("legacy_") for name in tables)
    with Store(path, "tenant|erp") as again:  # opening again changes nothing
        assert again.get_id("Company", "C1") == "id-1" and len(again.journal_rows()) == 1


def copy_migrations_with(tmp_path: Path, revision_source: str) -> Path:
    """The shipped Alembic revisions plus one more (for the upgrade tests)."""
    import shutil

    folder = tmp_path / "migrations"
    shutil.copytree(schema_module.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    source = textwrap.dedent(revision_source).replace("{head}", schema_module.HEAD_REVISION)
    (folder / "versions" / "9001_test.py").write_text(source, encoding="utf-8")
    return folder


NEXT_REVISION = """
    import sqlalchemy as sa
    from alembic import op

    revision = "9001"
    down_revision = "{head}"
    branch_labels = depends_on = None

    def upgrade():
        op.add_column("id_map", sa.Column("note", sa.Unicode(50)))
        op.execute("UPDATE id_map SET note = 'migrated'")
"""


def test_an_older_revision_is_upgraded_by_alembic_keeping_its_data(tmp_path, monkeypatch):
    with Store.open("A") as old:
        old.set_id("company", "C1", "id-1")
        path = old.path
    monkeypatch.setattr(schema_module, "MIGRATIONS", copy_migrations_with(tmp_path, NEXT_REVISION))
    monkeypatch.setattr(schema_module, "HEAD_REVISION", "9001")
    with Store(path, "profile:A") as migrated:
        assert migrated.schema_version == "9001"
        assert migrated.get_id("company", "C1") == "id-1"
    assert table_count(path, "id_map", "note = 'migrated'") == 1


def test_a_failing_migration_changes_nothing(tmp_path, monkeypatch):
    with Store.open("A") as old:
        old.set_id("company", "C1", "id-1")
        path = old.path
    failing = NEXT_REVISION.replace(
        "op.execute(\"UPDATE id_map SET note = 'migrated'\")", "op.execute('THIS IS NOT SQL')"
    )
    shipped = schema_module.HEAD_REVISION
    monkeypatch.setattr(schema_module, "MIGRATIONS", copy_migrations_with(tmp_path, failing))
    monkeypatch.setattr(schema_module, "HEAD_REVISION", "9001")
    with pytest.raises(StoreError):
        Store(path, "profile:A")
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == shipped
        columns = {row[1] for row in connection.execute("PRAGMA table_info(id_map)")}
    assert "note" not in columns


def test_a_database_from_a_newer_program_is_refused():
    with Store.open("A") as old:
        path = old.path
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    with pytest.raises(StoreError, match="written by a newer Odyssee Sync Assistant"):
        Store(path)


def test_an_empty_file_gets_the_full_schema():
    path = local_store_path("A")
    sqlite3.connect(path).close()
    with Store(path) as opened:
        opened.record_download("f", "p", "h", 1)
        assert opened.schema_version == schema_module.HEAD_REVISION


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_a_state_of_the_first_team_schema_is_upgraded_keeping_its_rows(dialect, request, tmp_path):
    """Revision 0001 (team mode) to the newest, as a workstation updated after a colleague finds it."""
    from alembic import command

    from core.state.location import StateLocation

    if dialect == "sqlite":
        url = tmp_path / "first.sqlite3"
    else:
        url = request.getfixturevalue("postgres_schema_url")
    location = StateLocation.parse(url)
    engine = location.create_engine()
    with engine.begin() as connection:
        if location.schema:
            connection.exec_driver_sql(f'CREATE SCHEMA "{location.schema}"')
            connection.exec_driver_sql(f'SET search_path TO "{location.schema}"')
        command.upgrade(schema_module._alembic_config(connection, location.schema), "0001")
        key_hash = hashlib.sha256(b"tenant|erp").hexdigest()
        connection.exec_driver_sql(
            "INSERT INTO states (key_hash, key, tenant, erp, history_id, created_at, created_on, created_by) "
            f"VALUES ('{key_hash}', 'tenant|erp', '', '', 'h-1', '2026-01-01T00:00:00.000Z', 'WS-01', 'office1')"
        )
        connection.exec_driver_sql(
            "INSERT INTO watermarks (state_id, stream, value, seen_ids_json, updated_at) SELECT id, 'job_approval', "
            "'2026-01-02T00:00:00.000Z', '[\"a\"]', '2026-01-02T00:00:00.000Z' FROM states"
        )
    engine.dispose()
    with Store(url, "tenant|erp") as upgraded:
        assert upgraded.schema_version == schema_module.HEAD_REVISION
        assert (upgraded.state.history_id, upgraded.state.created_on) == ("h-1", "WS-01")
        mark = upgraded.get_watermark("job_approval")
        assert (mark.value, mark.seen_ids) == ("2026-01-02T00:00:00.000Z", frozenset({"a"}))
        upgraded.hold("job_approval", "a1", "Its job was not found.", odyssee_modified="2026-01-01T00:00:00.000Z")
        assert [item.item_id for item in upgraded.held("job_approval")] == ["a1"]


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_the_alembic_revisions_build_exactly_the_tables_of_the_model(dialect, request, tmp_path):
    """A new database is made from the model and stamped; an upgraded one runs the revisions.
    Both must give the same tables, on every dialect."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from core.state.location import StateLocation
    from core.state.tables import metadata

    if dialect == "sqlite":
        location = StateLocation.parse(tmp_path / "migrated.sqlite3")
    else:
        location = StateLocation.parse(request.getfixturevalue("postgres_schema_url"))
    engine = location.create_engine()
    with engine.begin() as connection:
        if location.schema:
            connection.exec_driver_sql(f'CREATE SCHEMA "{location.schema}"')
        schema_module._upgrade(connection, location.schema)
    with engine.connect() as connection:
        if location.schema:  # compare in the state's own schema, and check the tables went there
            from sqlalchemy import inspect

            assert "states" in inspect(connection).get_table_names(schema=location.schema)
            connection.exec_driver_sql(f'SET search_path TO "{location.schema}"')
        context = MigrationContext.configure(
            connection, opts={"include_schemas": False, "version_table_schema": location.schema}
        )
        differences = [
            difference for difference in compare_metadata(context, metadata)
            if not (difference[0] == "remove_table" and difference[1].name == "alembic_version")
        ]
        assert schema_module.current_revision(connection, location.schema) == schema_module.HEAD_REVISION
    engine.dispose()
    assert differences == []


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


def test_changed_raw_hashes_names_every_key_not_known_with_its_raw_hash(store):
    store.set_id("Company", "C1", uuid.uuid4())
    store.save_snapshot("Company", "C1", {"code": "C1"}, raw_hash="a" * 32)
    store.set_id("Company", "C2", uuid.uuid4())
    store.save_snapshot("Company", "C2", {"code": "C2"})  # pushed before raw hashes were kept
    store.save_snapshot("Company", "C3", {"code": "C3"}, raw_hash="c" * 32)  # no id: never trusted
    store.set_id("Project", "C1", uuid.uuid4())
    asked = [("C1", "a" * 32), ("C2", "b" * 32), ("C3", "c" * 32), ("C4", "d" * 32), ("c1 ", "a" * 32)]
    assert store.changed_raw_hashes("Company", asked) == {"C2", "C3", "C4", "c1 "}
    assert store.changed_raw_hashes("Company", [("C1", "e" * 32)]) == {"C1"}
    assert store.changed_raw_hashes("Project", [("C1", "a" * 32)]) == {"C1"}
    many = [(f"K{number}", "f" * 32) for number in range(4500)]  # more than one statement's worth
    assert store.changed_raw_hashes("Company", many) == {key for key, _raw in many}

    digest = store.snapshot("Company", "C2").hash
    store.remember_raw_hashes("Company", [("C2", digest, "b" * 32), ("C1", "not its hash", "z" * 32)])
    assert store.changed_raw_hashes("Company", [("C1", "a" * 32), ("C2", "b" * 32)]) == set()
