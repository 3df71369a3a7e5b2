"""Completed work to the ERP, against the simulator over loopback and a demo ERP in tmp.

The simulator has a small tenant whose jobs the field-activity ticker completes
(tests/helpers/completed_work.py, shared with the PDF, crash and CLI tests).
"""
from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import uuid
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from core.erp.demo import sqlite_url
from core.odyssee.values import format_datetime
from core.simulator.server import Simulator
from core.sync.export import CompletedWork
from core.sync.targets import SqlTarget, target_for
from core.sync.targets.folder import CSV_COLUMNS
from core.sync.progress import RunControl
from tests.helpers.completed_work import complete_jobs, final_approvals
from tests.helpers.erp import erp_rows

POSTGRES_URL_VARIABLE = "ODYSSEE_TEST_POSTGRES_URL"


# ----------------------------------------------------------------------------------------------
# Helpers (the shared ones are in tests/helpers/completed_work.py; the fixtures in conftest.py)


def odyssee_lines(simulator: Simulator, table: str, jobs_ids) -> set[str]:
    ids = {str(job_id).lower() for job_id in jobs_ids}
    return {str(row[0]) for row in simulator.storage.fetch_all(f'SELECT "id", "jobs_id" FROM "{table}"') if str(row[1]) in ids}


def engine_for(client, store, erp: Path, **options) -> CompletedWork:
    return CompletedWork(client, store, SqlTarget(sqlite_url(erp)), **options)


# ----------------------------------------------------------------------------------------------
# Tests


def test_completed_work_reaches_the_staging_tables_in_one_poll_once(simulator, client, store, erp):
    approvals = complete_jobs(simulator, ["WO-1", "WO-2", "WO-3"])
    # A daily approval stored after them: never exported.
    daily = simulator.storage.create("JobApproval", {
        "jobs_id": approvals[0]["jobs_id"], "user_id": approvals[0]["user_id"], "is_daily_approval": True,
    })
    engine = engine_for(client, store, erp)

    result = engine.export()

    assert result.status == "ok"
    finals = final_approvals(simulator)
    assert set(result.exported) == set(finals)
    headers = {row[0]: row for row in erp_rows(erp, "work_order", "job_approval_id, job_reference, site_code, customer_code, technician_code")}
    assert set(headers) == set(finals)
    assert str(daily["id"]) not in headers
    assert {row[1] for row in headers.values()} == {"WO-1", "WO-2", "WO-3"}
    assert {row[2:] for row in headers.values()} == {("SITE-1", "CUST-1", "TECH-1")}
    jobs = [approval["jobs_id"] for approval in finals.values()]
    assert {row[0] for row in erp_rows(erp, "work_order_part", "line_id")} == odyssee_lines(simulator, "job_part_usage", jobs)
    assert {row[0] for row in erp_rows(erp, "work_order_time", "line_id")} == odyssee_lines(simulator, "job_non_part_usage", jobs)
    assert {row[0] for row in erp_rows(erp, "work_order_part", "article_code")} <= {"ART-1", "ART-2"}

    counts = [len(erp_rows(erp, table)) for table in ("work_order", "work_order_part", "work_order_time")]
    again = engine.export()
    assert again.status == "ok" and again.exported == []
    assert [len(erp_rows(erp, table)) for table in ("work_order", "work_order_part", "work_order_time")] == counts
    assert engine.preview() == []

    newer = complete_jobs(simulator, ["WO-4"])
    assert engine.export().exported == [str(newer[0]["id"])]
    assert store.get_watermark("job_approval").value == format_datetime(newer[0]["modified_dateutc"])


def test_preview_shows_parts_hours_and_totals_and_costs_a_few_calls_per_page(simulator, client, store, erp):
    complete_jobs(simulator, [f"WO-{n}" for n in range(30)])
    simulator.reset_counters()

    ready = CompletedWork(client, store).preview()

    assert len(ready) == len(final_approvals(simulator))
    # One page of approvals; jobs, parts, time lines, articles, customers, sites, technicians.
    assert simulator.request_count <= 10
    item = ready[0]
    odyssee_parts = simulator.storage.rows("JobPartUsage")
    parts = [row for row in odyssee_parts if str(row["jobs_id"]) == item.work_order["jobs_id"]]
    assert {line["line_id"] for line in item.parts} == {str(row["id"]) for row in parts}
    expected_amount = sum(row["quantity"] * row["price"] for row in parts if not row["is_under_warranty"])
    assert item.totals.parts_amount == expected_amount
    times = [row for row in simulator.storage.rows("JobNonPartUsage") if str(row["jobs_id"]) == item.work_order["jobs_id"]]
    assert item.totals.hours == sum(row["quantity"] for row in times)
    assert item.job_reference.startswith("WO-") and item.exportable
    assert len(erp_rows(erp, "work_order")) == 0  # a preview writes nothing
    # The names people know the codes by come along (for the window), never into the ERP's rows.
    order = item.work_order
    assert item.name_of("Company", order["customer_code"]) == "Customer One"
    assert item.name_of("Project", order["site_code"]) == "Boiler room"
    assert item.name_of("User", order["technician_code"]) == "Tess Tech"
    assert not {"customer_name", "site_name", "technician_name"} & set(order) and item.name_of("User", "") == ""


def test_exporting_one_out_of_order_keeps_the_watermark_before_the_older_ones(simulator, client, store, erp):
    first, second, third = complete_jobs(simulator, ["WO-A", "WO-B", "WO-C"])
    engine = engine_for(client, store, erp)
    before = store.get_watermark("job_approval").value

    result = engine.export([str(third["id"])])

    assert result.exported == [str(third["id"])] and result.not_selected >= 2
    assert store.get_watermark("job_approval").value == before
    assert {item.id for item in engine.preview()} == {str(first["id"]), str(second["id"])} | {
        item for item in final_approvals(simulator) if item not in {str(third["id"])}
    }
    third_exported_at = erp_rows(erp, "work_order", "exported_at")[0][0]

    rest = engine.export()

    assert set(rest.exported) == set(final_approvals(simulator)) - {str(third["id"])}
    assert erp_rows(erp, "work_order", "exported_at") .count((third_exported_at,)) == 1  # not written twice
    assert len(store.journal_rows(entity="job_approval", erp_key=str(third["id"]), action="export")) == 1
    assert store.get_watermark("job_approval").value == format_datetime(third["modified_dateutc"])


def test_approvals_sharing_one_timestamp_across_pages_are_each_exported_once(simulator, client, store, erp):
    approvals = complete_jobs(simulator, [f"WO-{n}" for n in range(7)])
    # Seven more final approvals stamped with one instant, as a server batch update can do.
    same_moment = datetime(2030, 1, 2, 3, 4, 5, 678000, tzinfo=timezone.utc)
    simulator.storage.bulk_insert("JobApproval", [
        {**approval, "id": uuid.uuid4(), "modified_dateutc": same_moment} for approval in approvals
    ])
    # One approval per commit, so that the run can stop between two of the tied ones.
    engine = engine_for(client, store, erp, page_size=2, approvals_per_commit=1)

    # Stop after three of the tied ones, as a cancelled or crashed run would, then carry on.
    stop_after = len(approvals) + 3
    control = RunControl()
    control.progress = lambda done, total, message: control.cancel.set() if done == stop_after else None
    first = engine.export(control=control)
    assert first.status == "cancelled" and len(first.exported) == stop_after
    wm = store.get_watermark("job_approval")
    assert wm.value == format_datetime(same_moment) and len(wm.seen_ids) == 3

    second = engine.export()

    assert second.status == "ok"
    finals = final_approvals(simulator)
    assert sorted(first.exported + second.exported) == sorted(finals)
    assert len(erp_rows(erp, "work_order")) == len(finals)
    assert engine.export().exported == []


def test_a_row_changing_while_pages_are_read_pushes_no_other_row_out_of_sight(simulator, client, store, erp):
    approvals = complete_jobs(simulator, [f"WO-{n}" for n in range(6)])
    calls = []

    def touch_first_approval(entity_set: str, skip: int) -> None:
        calls.append(entity_set)
        if entity_set == "JobApproval" and calls.count("JobApproval") == 2:
            # Moves from the head of the list to its end: with $skip paging the next page
            # would start one row too far and skip a row for good.
            simulator.storage.change("JobApproval", approvals[0]["id"], {"customer_remarks": "changed"})

    simulator.hooks.before_list_page = touch_first_approval
    result = engine_for(client, store, erp, page_size=2).export()
    simulator.hooks.before_list_page = None

    assert result.status == "ok"
    finals = final_approvals(simulator)
    assert set(result.exported) == set(finals)
    assert result.exported.count(str(approvals[0]["id"])) == 2  # its new version too, as an upsert
    assert len(erp_rows(erp, "work_order")) == len(finals)
    assert erp_rows(erp, f"work_order WHERE job_approval_id = '{approvals[0]['id']}'", "customer_remarks") == [("changed",)]


def test_re_export_since_a_date_updates_rows_without_duplicates_and_keeps_erp_flags(simulator, client, store, erp):
    approvals = complete_jobs(simulator, ["WO-1", "WO-2"])
    engine = engine_for(client, store, erp)
    engine.export()
    parts_before = erp_rows(erp, "work_order_part", "line_id, quantity")
    connection = sqlite3.connect(erp)
    with connection:
        connection.execute("UPDATE work_order SET processed = 1")
    connection.close()
    line = simulator.storage.rows("JobPartUsage")[0]
    simulator.storage.change("JobPartUsage", line["id"], {"quantity": Decimal("7.5")})

    engine.rewind(datetime(2000, 1, 1, tzinfo=timezone.utc))
    result = engine.export()

    assert set(result.exported) == set(final_approvals(simulator))
    parts_after = dict(erp_rows(erp, "work_order_part", "line_id, quantity"))
    assert len(parts_after) == len(parts_before)
    assert parts_after[str(line["id"])] == 7.5
    assert erp_rows(erp, "work_order", "DISTINCT processed") == [(1,)]
    assert len(erp_rows(erp, "work_order")) == len(approvals)


def test_an_approval_whose_job_is_missing_is_held_back_and_lets_the_watermark_pass(simulator, client, store, erp):
    good = complete_jobs(simulator, ["WO-1"])[0]
    orphan = simulator.storage.create("JobApproval", {"jobs_id": uuid.uuid4(), "user_id": good["user_id"]})
    later = complete_jobs(simulator, ["WO-2"])[0]
    engine = engine_for(client, store, erp)

    result = engine.export()

    assert result.status == "partial"  # one approval did not reach the ERP
    assert str(orphan["id"]) in result.invalid and "was not found" in result.invalid[str(orphan["id"])]
    assert str(later["id"]) in result.exported
    [held] = result.held
    assert (held.item_id, held.attempts) == (str(orphan["id"]), 1) and "was not found" in held.reason
    assert store.get_watermark("job_approval").value == format_datetime(later["modified_dateutc"])
    [item] = engine.preview()
    assert item.id == str(orphan["id"]) and item.held is not None and not item.exportable


def test_a_record_the_erp_refuses_is_held_back_alone_and_goes_once_the_erp_takes_it(simulator, client, store, erp):
    connection = sqlite3.connect(erp)
    with connection:
        connection.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON work_order WHEN NEW.job_reference = 'WO-BAD' "
            "BEGIN SELECT RAISE(ABORT, 'closed accounting period'); END"
        )
    connection.close()
    bad, good = complete_jobs(simulator, ["WO-BAD", "WO-OK"])
    engine = engine_for(client, store, erp)

    result = engine.export()

    assert result.status == "partial"
    assert "closed accounting period" in result.failed[str(bad["id"])]
    assert str(good["id"]) in result.exported
    assert erp_rows(erp, "work_order_part", "DISTINCT job_reference") == [("WO-OK",)]  # no half approval
    assert [(held.item_id, held.label) for held in result.held] == [(str(bad["id"]), "WO-BAD")]
    assert "closed accounting period" in result.held[0].reason
    assert store.get_watermark("job_approval").value == format_datetime(good["modified_dateutc"])

    connection = sqlite3.connect(erp)
    with connection:
        connection.execute("DROP TRIGGER refuse")
    connection.close()
    again = engine.export()

    assert (again.status, again.exported, again.held) == ("ok", [str(bad["id"])], [])
    assert sorted(row[0] for row in erp_rows(erp, "work_order", "job_reference")) == ["WO-BAD", "WO-OK"]


@pytest.mark.parametrize("export_format", ["json", "csv"])
def test_outbox_folder_gets_one_file_per_approval_written_atomically(simulator, client, store, tmp_path, export_format):
    approvals = complete_jobs(simulator, ["WO/1", "WO-2"])
    outbox = tmp_path / "outbox"
    engine = CompletedWork(client, store, target_for(str(outbox), export_format=export_format))

    assert engine.export().status == "ok"
    engine.rewind(None)
    assert engine.export().status == "ok"  # exported twice: still one file each

    finals = final_approvals(simulator)
    files = sorted(outbox.iterdir())
    assert len(files) == len(finals)
    assert all(path.suffix == f".{export_format}" for path in files)
    first = outbox / f"WO_1_{approvals[0]['id']}.{export_format}"
    assert first.is_file()
    if export_format == "json":
        document = json.loads(first.read_text("utf-8"))
        assert document["work_order"]["job_reference"] == "WO/1"
        parts = simulator.storage.rows("JobPartUsage")
        expected = {str(row["id"]): row["quantity"] for row in parts if row["jobs_id"] == approvals[0]["jobs_id"]}
        assert {line["line_id"]: Decimal(str(line["quantity"])) for line in document["parts"]} == expected
    else:
        lines = list(csv.DictReader(io.StringIO(first.read_text("utf-8-sig"))))
        assert list(lines[0]) == list(CSV_COLUMNS)
        assert {line["record"] for line in lines} <= {"part", "time"}
        assert {line["job_reference"] for line in lines} == {"WO/1"}


def test_export_survives_503s_and_dropped_connections(simulator, client, store, erp):
    complete_jobs(simulator, [f"WO-{n}" for n in range(12)])
    engine = engine_for(client, store, erp, page_size=5)
    simulator.faults.update(error_rate=0.25, drop_rate=0.15, seed=7)
    outcomes = []
    for _ in range(10):  # a failed run is simply run again: nothing is lost, nothing doubled
        outcomes.append(engine.export())
        if outcomes[-1].status == "ok":
            break
    simulator.faults.clear()

    assert client.stats.snapshot().failures > 0  # the faults did happen
    assert outcomes[-1].status == "ok"
    finals = final_approvals(simulator)
    exported = [approval for result in outcomes for approval in result.exported]
    assert sorted(exported) == sorted(finals)
    assert len(erp_rows(erp, "work_order")) == len(finals)
    jobs = [approval["jobs_id"] for approval in finals.values()]
    assert len(erp_rows(erp, "work_order_part")) == len(odyssee_lines(simulator, "job_part_usage", jobs))


@pytest.fixture
def postgresql_staging():
    """The demo ERP's staging tables in a PostgreSQL schema of their own: (engine, schema)."""
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_URL_VARIABLE} to a SQLAlchemy URL to run this")
    from sqlalchemy import create_engine, text

    import resources

    schema = f"export_test_{uuid.uuid4().hex[:10]}"
    engine = create_engine(url)
    statements = [
        statement for statement in resources.read_text("demo_erp", "schema.sql").split(";")
        if "work_order" in statement and "CREATE" in statement
    ]
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        connection.execute(text(f'SET search_path TO "{schema}"'))
        for statement in statements:
            connection.execute(text("\n".join(line.split("--")[0] for line in statement.splitlines())))
    yield engine, schema
    with engine.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


def test_postgresql_staging_tables_get_upserts(simulator, client, store, postgresql_staging):
    from sqlalchemy import text

    engine, schema = postgresql_staging
    complete_jobs(simulator, ["WO-1", "WO-2"])
    work = CompletedWork(client, store, SqlTarget(engine, schema=schema))
    assert work.export().status == "ok"
    work.rewind(None)
    assert work.export().status == "ok"
    with engine.connect() as connection:
        headers = connection.execute(text(f'SELECT count(*) FROM "{schema}".work_order')).scalar()
        parts = connection.execute(text(f'SELECT count(*) FROM "{schema}".work_order_part')).scalar()
    assert headers == len(final_approvals(simulator))
    assert parts == simulator.storage.count("JobPartUsage")


# --- lines deleted in Odyssee after an export


def job_with_lines(simulator) -> tuple[dict, list[str], list[str]]:
    """A completed job with at least one part and one time line: (its approval, part ids, time ids)."""
    for number in range(50):
        approval = complete_jobs(simulator, [f"WO-L{number}"])[0]
        parts = sorted(odyssee_lines(simulator, "job_part_usage", [approval["jobs_id"]]))
        times = sorted(odyssee_lines(simulator, "job_non_part_usage", [approval["jobs_id"]]))
        if parts and times:
            return approval, parts, times
    raise AssertionError("the ticker never completed a job with both kinds of lines")


def delete_a_line_of_each_kind(simulator, parts: list[str], times: list[str]) -> tuple[str, str]:
    simulator.storage.delete("JobPartUsage", parts[0])
    simulator.storage.delete("JobNonPartUsage", times[0])
    return parts[0], times[0]


class StagingRows:
    """The line ids of one approval in the staging tables, on SQLite or PostgreSQL."""

    def __init__(self, engine, schema: str | None = None) -> None:
        self.engine, self.prefix = engine, f'"{schema}".' if schema else ""

    def lines(self, table: str, approval_id: str, where: str = "1 = 1") -> set[str]:
        from sqlalchemy import text

        with self.engine.connect() as connection:
            rows = connection.execute(
                text(f"SELECT line_id FROM {self.prefix}{table} WHERE job_approval_id = :id AND {where}"),
                {"id": approval_id},
            )
            return {row[0] for row in rows}

    def add_deleted_columns(self) -> None:
        from sqlalchemy import text

        with self.engine.begin() as connection:
            for table in ("work_order_part", "work_order_time"):
                connection.execute(text(f"ALTER TABLE {self.prefix}{table} ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0"))


@pytest.fixture(params=["sqlite", "postgresql"])
def staging(request, erp):
    """(SqlTarget, StagingRows) on the demo ERP's SQLite file or on PostgreSQL."""
    if request.param == "sqlite":
        from sqlalchemy import create_engine

        engine = create_engine(sqlite_url(erp))
        yield SqlTarget(engine), StagingRows(engine)
        engine.dispose()
    else:
        engine, schema = request.getfixturevalue("postgresql_staging")
        yield SqlTarget(engine, schema=schema), StagingRows(engine, schema)


def test_lines_deleted_in_odyssee_leave_the_staging_tables_when_the_approval_goes_again(simulator, client, store, staging):
    target, rows = staging
    approval, parts, times = job_with_lines(simulator)
    approval_id = str(approval["id"])
    engine = CompletedWork(client, store, target)
    assert engine.export().status == "ok"
    assert rows.lines("work_order_part", approval_id) == set(parts)
    part, time_line = delete_a_line_of_each_kind(simulator, parts, times)

    simulator.storage.change("JobApproval", approval["id"], {"customer_remarks": "one part taken back"})
    assert engine.export().exported == [approval_id]

    assert rows.lines("work_order_part", approval_id) == set(parts) - {part}
    assert rows.lines("work_order_time", approval_id) == set(times) - {time_line}


def test_a_staging_table_with_a_deleted_column_keeps_the_line_marked_deleted(simulator, client, store, staging):
    target, rows = staging
    rows.add_deleted_columns()
    approval, parts, times = job_with_lines(simulator)
    approval_id = str(approval["id"])
    engine = CompletedWork(client, store, target)
    engine.export()
    part, time_line = delete_a_line_of_each_kind(simulator, parts, times)

    engine.rewind(None)
    assert approval_id in engine.export().exported

    assert rows.lines("work_order_part", approval_id) == set(parts)  # kept…
    assert rows.lines("work_order_part", approval_id, "deleted = 1") == {part}  # …marked for the ERP
    assert rows.lines("work_order_time", approval_id, "deleted = 1") == {time_line}
    assert rows.lines("work_order_time", approval_id, "deleted = 0") == set(times) - {time_line}


def test_an_outbox_file_written_again_no_longer_has_a_deleted_line(simulator, client, store, tmp_path):
    approval, parts, times = job_with_lines(simulator)
    outbox = tmp_path / "outbox"
    engine = CompletedWork(client, store, target_for(str(outbox)))
    engine.export()
    part, time_line = delete_a_line_of_each_kind(simulator, parts, times)

    engine.rewind(None)
    engine.export()

    [document] = [json.loads(path.read_text("utf-8")) for path in outbox.glob(f"*_{approval['id']}.json")]
    assert {line["line_id"] for line in document["parts"]} == set(parts) - {part}
    assert {line["line_id"] for line in document["time_lines"]} == set(times) - {time_line}
