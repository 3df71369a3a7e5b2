"""The push engine against the simulator over loopback and a small demo ERP (SQLite; one cycle on
PostgreSQL when ODYSSEE_TEST_POSTGRES_URL is set)."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from core.erp.demo import INVALID_ROWS
from core.sync.plan import CONFLICT, CREATE, INVALID, UPDATE, watermark_stream
from core.sync.progress import RunControl
from core.sync.push import push
from tests.helpers.push_env import (
    FAST_RETRY,
    TABLES,
    by_action,
    drop_env,
    make_env,
    pushed_env,
)

INVALID_KEYS = {row.code for row in INVALID_ROWS}


def assert_each_erp_row_once(env) -> None:
    for table_name, (entity, key_field) in TABLES.items():
        in_odyssee = env.odyssee_keys(entity, key_field)
        assert set(in_odyssee) == env.erp_keys(table_name), entity
        assert set(in_odyssee.values()) == {1}, [key for key, n in in_odyssee.items() if n > 1]


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_push_cycle_creates_once_then_updates_only_what_changed(tmp_path, database):
    env = make_env(tmp_path, database=database)
    try:
        result = env.push(env.plan())
        assert result.status == "ok"
        assert result.counts["ok"] == sum(len(env.erp_keys(t)) for t in TABLES)
        assert {o.erp_key for o in result.outcomes if o.status != "ok"} == INVALID_KEYS
        assert_each_erp_row_once(env)
        assert env.simulator.count("POST") == result.counts["ok"]
        # Projects refer to their company by code; the server resolved it to the new record.
        site = env.odyssee_row("Project", "SITE-2001", "reference_back_office")
        company = env.odyssee_row("Company", site["company_code"])
        assert site["company_id"] == company["id"]
        assert env.store.get_id("Company", company["code"]) == str(company["id"])

        assert {c.action for c in env.plan().pending()} == {INVALID}

        env.erp("UPDATE customer SET name = 'Garage Nouveau SA' WHERE code = 'CUST-1001'")
        env.erp("UPDATE customer SET zip = '1050' WHERE code = 'CUST-1002'")
        env.erp("UPDATE customer SET notes = 'ERP only' WHERE code = 'CUST-1003'")
        plan = env.plan()
        assert set(by_action(plan, UPDATE)) == {"CUST-1001", "CUST-1002"}
        env.simulator.reset_counters()
        result = env.push(plan)
        assert result.status == "ok"
        assert env.simulator.count("PUT") == 2 and env.simulator.count("POST") == 0
        assert env.odyssee_row("Company", "CUST-1001")["name"] == "Garage Nouveau SA"
        assert env.odyssee_row("Company", "CUST-1002")["zip"] == "1050"
        assert {c.action for c in env.plan().pending()} == {INVALID}
    finally:
        drop_env(env)


def test_a_put_keeps_the_odyssee_fields_the_mapping_does_not_send(env):
    pushed_env(env)
    company = env.odyssee_row("Company", "CUST-1006")
    env.simulator.storage.change("Company", company["id"], {"notes": "Gate code 4711", "url": "https://example.com"})
    env.erp("UPDATE customer SET name = 'Renamed BV' WHERE code = 'CUST-1006'")
    env.erp("UPDATE site SET customer_code = 'CUST-1007' WHERE code = (SELECT MIN(code) FROM site WHERE customer_code = 'CUST-1006')")
    result = env.push(env.plan())
    assert result.status == "ok"
    after = env.odyssee_row("Company", "CUST-1006")
    assert (after["name"], after["notes"], after["url"]) == ("Renamed BV", "Gate code 4711", "https://example.com")
    with env.engine.connect() as connection:
        moved_site = connection.execute(
            text("SELECT code FROM site WHERE customer_code = 'CUST-1007' ORDER BY last_modification DESC LIMIT 1")
        ).scalar()
    site = env.odyssee_row("Project", moved_site, "reference_back_office")
    # The code sent wins over the stored company_id of the full object read back.
    assert site["company_id"] == env.odyssee_row("Company", "CUST-1007")["id"]


def test_an_edit_in_odyssee_after_the_preview_becomes_a_conflict_not_an_overwrite(env):
    pushed_env(env)
    env.erp("UPDATE customer SET phone = '+32 9 111 11 11' WHERE code = 'CUST-1008'")
    env.erp("UPDATE customer SET city = 'Brugge' WHERE code = 'CUST-1009'")
    plan = env.plan()
    assert set(by_action(plan, UPDATE)) == {"CUST-1008", "CUST-1009"}
    technician_phone = "+32 9 999 99 99"
    env.simulator.storage.change("Company", env.odyssee_row("Company", "CUST-1008")["id"], {"phone": technician_phone})
    env.simulator.storage.change("Company", env.odyssee_row("Company", "CUST-1009")["id"], {"notes": "unmapped"})
    env.simulator.reset_counters()
    result = env.push(plan)
    assert result.outcome("Company", "CUST-1008").status == CONFLICT
    assert "phone" in result.outcome("Company", "CUST-1008").message
    assert result.status == "partial"
    assert env.odyssee_row("Company", "CUST-1008")["phone"] == technician_phone
    # Moved too, but only in a field the mapping does not send: updated, the edit kept.
    assert result.outcome("Company", "CUST-1009").status == "ok"
    assert (env.odyssee_row("Company", "CUST-1009")["city"], env.odyssee_row("Company", "CUST-1009")["notes"]) == ("Brugge", "unmapped")
    assert env.simulator.count("GET", "Company") == 1  # the re-read before the level's updates, batched
    again = env.plan().find("Company", "CUST-1008")
    assert again.action == CONFLICT and not again.approved


def test_an_approved_conflict_overwrites_odyssee(env):
    pushed_env(env)
    row = env.odyssee_row("Company", "CUST-1010")
    env.simulator.storage.change("Company", row["id"], {"email": "tech@odyssee.example"})
    env.erp("UPDATE customer SET email = 'office@erp.example' WHERE code = 'CUST-1010'")
    plan = env.plan()
    assert plan.find("Company", "CUST-1010").action == CONFLICT
    result = env.push(plan, approve=["Company:CUST-1010"])
    assert result.outcome("Company", "CUST-1010").status == "ok"
    assert env.odyssee_row("Company", "CUST-1010")["email"] == "office@erp.example"


def test_a_failed_create_skips_its_dependants_and_the_rest_goes_on(env):
    plan = env.plan()
    squatted = plan.find("Company", "CUST-1001")
    env.simulator.storage.create("Company", {"id": squatted.odyssee_id, "code": "OTHER", "name": "Someone else"})
    sites = [c.erp_key for c in plan.changes if ("Company", "CUST-1001") in c.depends_on]
    assert sites
    result = env.push(plan)
    assert result.status == "partial"
    failed = result.outcome("Company", "CUST-1001")
    assert failed.status == "failed" and squatted.odyssee_id in failed.message
    for site in sites:
        outcome = result.outcome("Project", site)
        assert outcome.status == "skipped" and "CUST-1001" in outcome.message
    assert result.outcome("Company", "CUST-1002").status == "ok"
    assert env.odyssee_keys("Company")["CUST-1001"] == 0
    # The Company watermark stays below the failed row, so the next plan reads it again ...
    wm = env.store.get_watermark(watermark_stream("Company")).value
    assert wm is None or wm < squatted.erp_modified
    retry = env.plan()
    again = retry.find("Company", "CUST-1001")
    assert again.action == CREATE and again.odyssee_id != squatted.odyssee_id  # ... with a new GUID
    assert env.push(retry).status == "ok"
    assert env.odyssee_keys("Company")["CUST-1001"] == 1
    projects = env.odyssee_keys("Project", "reference_back_office")
    assert all(projects[site] == 1 for site in sites)


def test_a_change_not_approved_stays_pending_for_the_next_plan(env):
    pushed_env(env)
    env.erp("UPDATE customer SET city = 'Liège' WHERE code IN ('CUST-1011', 'CUST-1012')")
    plan = env.plan()
    assert set(by_action(plan, UPDATE)) == {"CUST-1011", "CUST-1012"}
    result = env.push(plan, approve=["Company:CUST-1011"], concurrency=1)
    assert result.status == "ok"
    left = result.outcome("Company", "CUST-1012")
    assert (left.status, left.message) == ("skipped", "not approved: still pending")
    assert env.store.journal_rows(entity="Company", erp_key="CUST-1012", run_id=result.run_id) == []
    assert env.store.rejections_for("Company") == {}
    assert env.odyssee_row("Company", "CUST-1012")["city"] != "Liège"
    again = env.plan().find("Company", "CUST-1012")  # the watermark stopped below it: read again
    assert again.action == UPDATE and again.approved
    assert env.plan().find("Company", "CUST-1011") is None


def test_a_create_whose_dependency_is_not_approved_is_held_back(env):
    plan = env.plan(entities=["Company", "ProjectType", "Project"])
    held = [c for c in plan.changes if ("Company", "CUST-1003") in c.depends_on]
    approve = [c for c in plan.approved() if c.key != "Company:CUST-1003"]
    result = env.push(plan, approve=approve)
    assert result.status == "ok"  # the user's choice, not a failure
    for change in held:
        outcome = result.outcome(change.entity, change.erp_key)
        assert outcome.status == "skipped" and "not approved" in outcome.message
        assert env.odyssee_keys("Project", "reference_back_office")[change.erp_key] == 0


def test_the_watermark_moves_only_over_resolved_rows(env):
    plan = env.plan(entities=["Company"])
    env.push(plan)
    invalid_modified = min(plan.find("Company", key).erp_modified for key in ("CUST-0901", "CUST-0902"))
    valid = [c.erp_modified for c in plan.changes if c.action == CREATE and c.erp_modified < invalid_modified]
    assert env.store.get_watermark(watermark_stream("Company")).value == max(valid)
    assert env.store.get_watermark(watermark_stream("Project")).value is None  # not planned


def test_the_journal_records_each_change_in_one_transaction_with_its_state(env):
    plan = env.plan(entities=["ArticleCategory"])
    result = env.push(plan)
    rows = env.store.journal_rows(run_id=result.run_id, newest_first=False)
    assert [(r.entity, r.action, r.result, r.http_status) for r in rows] == [("ArticleCategory", CREATE, "ok", 201)] * 7
    assert rows[0].approved_at is not None and rows[0].after["code"] == rows[0].erp_key
    for change in plan.changes:
        assert env.store.get_id("ArticleCategory", change.erp_key) == change.odyssee_id
        snapshot = env.store.snapshot("ArticleCategory", change.erp_key)
        assert snapshot.hash == change.hash and snapshot.odyssee_modified is not None
    assert env.store.intents_for("ArticleCategory") == {}
    run = env.store.run(result.run_id)
    assert (run.status, run.counts["ok"]) == ("ok", 7)


def test_pushing_the_same_plan_twice_sends_nothing_twice(env):
    plan = env.plan()
    env.push(plan)
    env.simulator.reset_counters()
    again = env.push(plan)
    assert env.simulator.count("POST") == 0 and env.simulator.count("PUT") == 0
    assert again.status == "ok"
    assert_each_erp_row_once(env)


def test_naming_a_change_that_cannot_be_pushed_sends_nothing(env):
    plan = env.plan()
    with pytest.raises(ValueError, match="invalid"):
        env.push(plan, approve=["Company:CUST-0901"])
    with pytest.raises(ValueError, match="not a pending change"):
        env.push(plan, approve=["Company:NOPE"])
    assert env.simulator.count("POST") == 0


def test_a_cancelled_push_stops_between_changes_and_a_later_one_finishes_the_job(env):
    control = RunControl()
    reports = []

    def progress(done, total, message):
        reports.append((done, total))
        if done >= 20:
            control.cancel.set()

    control.progress = progress
    result = env.push(env.plan(), control=control, concurrency=2)
    assert result.status == "cancelled"
    sent = env.simulator.count("POST")
    assert 20 <= sent < 100
    assert any(o.message.startswith("cancelled") for o in result.outcomes)
    assert reports[-1][1] == reports[0][1]  # the same total throughout
    finish = env.push(env.plan())
    assert finish.status == "ok"
    assert_each_erp_row_once(env)


def test_with_503s_and_lost_responses_every_erp_row_ends_up_exactly_once(tmp_path):
    env = make_env(tmp_path, retry=FAST_RETRY)
    try:
        env.simulator.faults.update(error_rate=0.10, lost_response_rate=0.05, seed=7)
        rounds = 0
        while True:
            rounds += 1
            plan = env.plan()
            if not by_action(plan, CREATE) or rounds > 3:
                break
            env.push(plan)
        env.simulator.faults.clear()
        assert_each_erp_row_once(env)
        assert env.client.stats.failures >= 10  # the faults did happen
    finally:
        drop_env(env)


def test_push_concurrency_must_be_positive(env):
    with pytest.raises(ValueError):
        push(env.plan(), env.client, env.store, concurrency=0)


def test_a_create_that_landed_after_the_plan_looked_is_confirmed_not_duplicated(env):
    plan = env.plan(entities=["Company"])
    late = plan.find("Company", "CUST-1004")
    # An interrupted push's POST with this GUID reached Odyssee only after the plan's look-up.
    env.simulator.storage.create("Company", {"id": late.odyssee_id, **{k: v for k, v in late.proposed.items()}})
    result = env.push(plan)
    outcome = result.outcome("Company", "CUST-1004")
    assert (outcome.status, outcome.message) == ("ok", "created by an earlier, interrupted attempt")
    assert env.odyssee_keys("Company")["CUST-1004"] == 1
    assert env.store.get_id("Company", "CUST-1004") == late.odyssee_id


def test_erp_keys_odyssee_takes_for_one_are_all_invalid_and_the_rest_is_pushed(env):
    env.erp("INSERT INTO customer (code, name, city, country) VALUES ('TWIN-1', 'Upper', 'Gent', 'BE')")
    env.erp("INSERT INTO customer (code, name, city, country) VALUES ('twin-1', 'Lower', 'Gent', 'BE')")
    env.erp("INSERT INTO customer (code, name, city, country) VALUES ('PAD-7 ', 'Padded', 'Gent', 'BE')")
    env.erp("INSERT INTO customer (code, name, city, country) VALUES ('PAD-7', 'Plain', 'Gent', 'BE')")
    plan = env.plan()
    invalid = by_action(plan, INVALID, "Company")
    for key in ("TWIN-1", "twin-1", "PAD-7"):
        assert key in invalid and "not unique for Odyssee" in invalid[key].problems[0]
    assert "'TWIN-1', 'twin-1'" in invalid["TWIN-1"].problems[0]
    result = env.push(plan)  # every approved change, as push --approve all: no ValueError
    assert result.counts["ok"] > 0
    codes = env.odyssee_keys("Company")
    assert not {code for code in codes if code.strip().lower() in ("twin-1", "pad-7")}  # neither went
    assert set(codes.values()) == {1}


def test_a_record_the_server_finds_by_key_in_another_case_is_linked_not_created_again(env):
    env.erp("INSERT INTO customer (code, name, city, country) VALUES ('MIXED-1', 'Mixed', 'Gent', 'BE')")
    env.simulator.storage.create("Company", {"code": "mixed-1", "name": "Mixed"})  # typed in Odyssee
    plan = env.plan(entities=["Company"])
    change = plan.find("Company", "MIXED-1")
    assert change.action in ("update", "link") and change.odyssee_id  # found, under SQL Server's collation
    env.push(plan)
    assert sum(1 for code in env.odyssee_keys("Company") if code.lower() == "mixed-1") == 1


def test_text_that_is_not_utf8_makes_its_row_invalid_with_key_and_column_and_the_rest_goes_on(env):
    import sqlite3

    with sqlite3.connect(env.erp_url.removeprefix("sqlite:///")) as connection:
        connection.execute(
            "INSERT INTO customer (code, name, city, country) VALUES ('BAD-UTF8', CAST(X'4D61C3' AS TEXT), 'Gent', 'BE')"
        )
    plan = env.plan(entities=["Company"])
    bad = plan.find("Company", "BAD-UTF8")
    assert bad.action == INVALID and "column name holds text that is not valid UTF-8" in bad.problems[0]
    assert plan.entities["Company"].complete and not plan.problems  # the entity was read all the same
    result = env.push(plan)
    assert result.counts["ok"] > 0 and "BAD-UTF8" not in env.odyssee_keys("Company")
