"""The undo of a push, against the simulator over loopback and a small demo ERP (SQLite; the
main cycle also with the ERP and the state on PostgreSQL when ODYSSEE_TEST_POSTGRES_URL is set)."""
from __future__ import annotations

from datetime import timedelta

import pytest

from core.state import PUSH, RUN_KINDS, Store, leased
from core.sync.plan import UPDATE, watermark_stream
from core.sync.progress import RunControl
from core.sync.push import RECORD_KEY
from core.sync.undo import (
    ARCHIVE,
    CANNOT_UNDO_CREATES,
    CONFLICT_LATER,
    DONE,
    NONE,
    RESTORE,
    RUN_KIND,
    UndoError,
    plan_undo,
    undo,
)
from tests.helpers.push_env import drop_env, make_env, pushed_env


def undone(env, plan, control: RunControl | None = None, **options):
    """Undo as a front end does it: under the push lease, with the fenced store."""
    control = control or RunControl()
    with leased(env.store, PUSH, control, program="test undo") as fenced:
        return undo(env.client, fenced, plan, control, **options)


def pushed_update(env, sql: str):
    """Run an ERP update, push what it changed; the push's result."""
    env.erp(sql)
    result = env.push(env.plan())
    assert result.status == "ok", [o for o in result.outcomes if o.status != "ok"]
    return result


def item_of(plan, erp_key: str):
    (item,) = [item for item in plan.items if item.erp_key == erp_key]
    return item


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_an_undo_sends_back_the_values_odyssee_had_and_journals_it(tmp_path, request, database):
    env = make_env(tmp_path, database=database)
    if database == "postgresql":
        env.store.close()
        env.store = Store(request.getfixturevalue("postgres_schema_url"))
    try:
        pushed_env(env)
        before = env.odyssee_row("Company", "CUST-1001")
        push = pushed_update(
            env, "UPDATE customer SET name = 'Garage Nouveau SA', phone = '+32 2 555 55 55' WHERE code = 'CUST-1001'"
        )
        assert env.odyssee_row("Company", "CUST-1001")["name"] == "Garage Nouveau SA"

        plan = plan_undo(env.store, push.run_id)
        item = item_of(plan, "CUST-1001")
        assert (item.undo, item.odyssee_id) == (RESTORE, str(before["id"]))
        assert {change.field: (change.current, change.proposed) for change in item.field_changes} == {
            "name": ("Garage Nouveau SA", before["name"]),
            "phone": ("+32 2 555 55 55", before["phone"]),
        }
        env.simulator.reset_counters()
        result = undone(env, plan)
        assert (result.status, result.counts["ok"], result.undoes) == ("ok", 1, push.run_id)
        after = env.odyssee_row("Company", "CUST-1001")
        assert (after["name"], after["phone"]) == (before["name"], before["phone"])
        assert env.simulator.count("PUT") == 1 and env.simulator.count("GET", "Company") == 1  # one batched re-read

        (entry,) = env.store.journal_rows(run_id=result.run_id)
        assert (entry.entity, entry.erp_key, entry.action, entry.result) == ("Company", "CUST-1001", RUN_KIND, "ok")
        assert entry.before == {"name": "Garage Nouveau SA", "phone": "+32 2 555 55 55"}
        assert {name: entry.after[name] for name in ("name", "phone")} == {"name": before["name"], "phone": before["phone"]}
        assert entry.after[RECORD_KEY]["undoes"] == item.journal_id
        run = env.store.run(result.run_id)
        assert (run.kind, run.status, run.counts["ok"]) == (RUN_KIND, "ok", 1)
        # The snapshot holds what Odyssee has now, as of the undo's answer.
        snapshot = env.store.snapshot("Company", "CUST-1001")
        assert snapshot.values["name"] == before["name"]
        assert snapshot.odyssee_modified == entry.after[RECORD_KEY]["odyssee_modified"]
    finally:
        drop_env(env)


def test_the_next_plan_after_an_undo_shows_those_rows_as_updates_again(env):
    # Article categories: no invalid ERP row holds their watermark back, so it reaches the row.
    pushed_env(env)
    before = env.odyssee_row("ArticleCategory", "CAT-10")
    push = pushed_update(env, "UPDATE article_category SET name = 'Renamed' WHERE code = 'CAT-10'")
    pushed_at = push.watermarks["ArticleCategory"]
    assert pushed_at == push_plan_row_modified(env, push)
    assert undone(env, plan_undo(env.store, push.run_id)).status == "ok"
    assert env.store.get_watermark(watermark_stream("ArticleCategory")).value < pushed_at

    # No overlap: the row is read again because the watermark went back below it, not by luck.
    plan = env.plan(overlap=timedelta(0))
    change = plan.find("ArticleCategory", "CAT-10")
    assert (change.action, change.approved) == (UPDATE, True)
    assert [(fc.field, fc.current, fc.proposed) for fc in change.field_changes] == [("name", before["name"], "Renamed")]
    assert env.push(plan).status == "ok"
    assert env.odyssee_row("ArticleCategory", "CAT-10")["name"] == "Renamed"
    assert env.plan(overlap=timedelta(0)).find("ArticleCategory", "CAT-10") is None


def push_plan_row_modified(env, push) -> str:
    """The ERP modification time the push journaled for its one row."""
    (entry,) = [entry for entry in env.store.journal_rows(run_id=push.run_id) if entry.result == "ok"]
    return entry.after[RECORD_KEY]["erp_modified"]


def test_a_row_edited_in_odyssee_after_the_push_is_a_conflict_and_keeps_the_edit(env):
    pushed_env(env)
    before = {key: env.odyssee_row("Company", key) for key in ("CUST-1003", "CUST-1004")}
    push = pushed_update(env, "UPDATE customer SET name = name || ' (new)' WHERE code IN ('CUST-1003', 'CUST-1004')")
    plan = plan_undo(env.store, push.run_id)
    assert {item.erp_key: item.undo for item in plan.items} == {"CUST-1003": RESTORE, "CUST-1004": RESTORE}
    pushed = env.odyssee_row("Company", "CUST-1003")
    technician_phone = "+32 9 999 99 99"
    edited = env.simulator.storage.change("Company", pushed["id"], {"phone": technician_phone})
    assert edited["modified_dateutc"] != pushed["modified_dateutc"]

    result = undone(env, plan)
    assert result.status == "partial"
    conflict = result.outcome("Company", "CUST-1003")
    assert conflict.status == "conflict" and "Odyssee changed it since the push" in conflict.message
    kept = env.odyssee_row("Company", "CUST-1003")
    assert (kept["name"], kept["phone"]) == (pushed["name"], technician_phone)
    assert result.outcome("Company", "CUST-1004").status == "ok"
    assert env.odyssee_row("Company", "CUST-1004")["name"] == before["CUST-1004"]["name"]
    entries = {entry.erp_key: entry for entry in env.store.journal_rows(run_id=result.run_id)}
    assert (entries["CUST-1003"].action, entries["CUST-1003"].result) == (RUN_KIND, "conflict")


def test_undoing_one_row_leaves_the_others(env):
    pushed_env(env)
    before = env.odyssee_row("Company", "CUST-1005")
    push = pushed_update(env, "UPDATE customer SET city = 'Liège' WHERE code IN ('CUST-1005', 'CUST-1006')")
    plan = plan_undo(env.store, push.run_id, entity="Company", erp_key="CUST-1005")
    assert [item.key for item in plan.items] == ["Company:CUST-1005"]
    assert undone(env, plan).status == "ok"
    assert env.odyssee_row("Company", "CUST-1005")["city"] == before["city"]
    assert env.odyssee_row("Company", "CUST-1006")["city"] == "Liège"

    whole = plan_undo(env.store, push.run_id)
    assert {item.erp_key: item.undo for item in whole.items} == {"CUST-1005": DONE, "CUST-1006": RESTORE}
    with pytest.raises(UndoError, match="did nothing with Company CUST-1001"):
        plan_undo(env.store, push.run_id, entity="Company", erp_key="CUST-1001")


def test_undoing_twice_does_nothing_the_second_time(env):
    pushed_env(env)
    push = pushed_update(env, "UPDATE customer SET zip = '9999' WHERE code = 'CUST-1007'")
    first = undone(env, plan_undo(env.store, push.run_id))
    assert first.status == "ok"
    again = plan_undo(env.store, push.run_id)
    item = item_of(again, "CUST-1007")
    assert item.undo == DONE and item.reason.startswith(f"already undone (run {first.run_id}, ")
    env.simulator.reset_counters()
    runs_before = len(env.store.recent_runs())
    second = undone(env, again)
    assert (second.status, second.run_id, second.outcomes) == ("ok", None, [])
    assert second.message == f"Nothing to undo in run {push.run_id}."
    assert env.simulator.count("PUT") == 0 and env.simulator.count("GET") == 0
    assert len(env.store.recent_runs()) == runs_before


def test_a_row_a_later_push_wrote_again_is_not_overwritten_by_undoing_the_older_push(env):
    pushed_env(env)
    older = pushed_update(env, "UPDATE customer SET name = 'First BV' WHERE code = 'CUST-1008'")
    newer = pushed_update(env, "UPDATE customer SET name = 'Second BV' WHERE code = 'CUST-1008'")
    plan = plan_undo(env.store, older.run_id)
    item = item_of(plan, "CUST-1008")
    assert item.undo == CONFLICT_LATER and f"run {newer.run_id}" in item.reason
    result = undone(env, plan)
    assert result.status == "failed" and result.outcome("Company", "CUST-1008").status == "conflict"
    assert env.odyssee_row("Company", "CUST-1008")["name"] == "Second BV"
    # Undoing the newer push first is fine; the older one still is not undone over it.
    assert undone(env, plan_undo(env.store, newer.run_id)).status == "ok"
    assert env.odyssee_row("Company", "CUST-1008")["name"] == "First BV"
    assert item_of(plan_undo(env.store, older.run_id), "CUST-1008").undo == CONFLICT_LATER


def test_creates_cannot_be_undone_and_are_archived_only_when_asked(env):
    pushed_env(env)
    env.erp("INSERT INTO customer (code, name, city, country) VALUES ('NEW-1', 'Newcomer', 'Gent', 'BE')")
    env.erp("INSERT INTO article_category (code, name) VALUES ('CAT-NEW', 'Fresh')")
    env.erp("UPDATE customer SET city = 'Namur' WHERE code = 'CUST-1009'")
    push = env.push(env.plan())
    assert push.status == "ok"
    plan = plan_undo(env.store, push.run_id)
    company, category = item_of(plan, "NEW-1"), item_of(plan, "CAT-NEW")
    assert (company.undo, company.reason) == (ARCHIVE, f"{CANNOT_UNDO_CREATES}; it can be archived instead")
    assert (category.undo, category.reason) == (NONE, CANNOT_UNDO_CREATES)  # article categories have no 'archived'
    assert item_of(plan, "CUST-1009").undo == RESTORE

    result = undone(env, plan)
    assert [outcome.erp_key for outcome in result.outcomes] == ["CUST-1009"]
    assert env.odyssee_row("Company", "NEW-1")["archived"] is False

    archived = undone(env, plan_undo(env.store, push.run_id), archive_creates=True)
    assert archived.status == "ok"
    assert [(o.erp_key, o.action, o.status) for o in archived.outcomes] == [("NEW-1", "archive", "ok")]
    created = env.odyssee_row("Company", "NEW-1")
    assert (created["archived"], created["name"]) == (True, "Newcomer")
    assert env.odyssee_row("ArticleCategory", "CAT-NEW") is not None
    assert item_of(plan_undo(env.store, push.run_id), "NEW-1").undo == DONE


def test_a_cancelled_undo_stops_between_rows_and_leaves_a_consistent_state(env):
    pushed_env(env)
    keys = [f"CUST-10{number}" for number in range(11, 21)]
    before = {key: env.odyssee_row("Company", key)["city"] for key in keys}
    listed = ", ".join(f"'{key}'" for key in keys)
    push = pushed_update(env, f"UPDATE customer SET city = 'Arlon' WHERE code IN ({listed})")
    control = RunControl()

    def progress(done, total, message):
        if done >= 3:
            control.cancel.set()

    control.progress = progress
    result = undone(env, plan_undo(env.store, push.run_id), control, concurrency=1)
    assert result.status == "cancelled"
    sent_back = {o.erp_key for o in result.outcomes if o.status == "ok"}
    assert 0 < len(sent_back) < len(keys)
    assert all(o.message == "cancelled before it was sent" for o in result.outcomes if o.erp_key not in sent_back)
    journaled = {entry.erp_key for entry in env.store.journal_rows(run_id=result.run_id)}
    assert journaled == sent_back
    for key in keys:
        assert env.odyssee_row("Company", key)["city"] == (before[key] if key in sent_back else "Arlon"), key

    rest = plan_undo(env.store, push.run_id)
    assert {item.erp_key for item in rest.items if item.undo == RESTORE} == set(keys) - sent_back
    assert undone(env, rest).status == "ok"
    assert {key: env.odyssee_row("Company", key)["city"] for key in keys} == before


def test_only_a_push_run_that_exists_can_be_undone(tmp_path):
    with Store(tmp_path / "state.sqlite3") as store:
        with pytest.raises(UndoError, match="There is no run 41"):
            plan_undo(store, 41)
        export = store.start_run("export")
        with pytest.raises(UndoError, match="not a push"):
            plan_undo(store, export)
        own = store.start_run(RUN_KIND)
        with pytest.raises(UndoError, match="an undo is not undone"):
            plan_undo(store, own)


def test_an_undo_whose_holder_died_is_marked_interrupted_by_the_next_push_lease(tmp_path):
    assert RUN_KIND in RUN_KINDS[PUSH]
    with Store(tmp_path / "state.sqlite3") as store:
        left = store.start_run(RUN_KIND)  # its holder is gone: the lease below is free
        with leased(store, PUSH, RunControl(), program="test"):
            pass
        assert store.run(left).status == "interrupted"


def test_an_undo_that_runs_under_a_live_push_lease_is_not_taken_for_abandoned(tmp_path):
    with Store(tmp_path / "state.sqlite3") as store:
        with leased(store, PUSH, RunControl(), program="test undo"):
            running = store.start_run(RUN_KIND)
            assert store.end_abandoned_runs() == 0
            assert store.run(running).status is None
        assert store.end_abandoned_runs() == 1  # its holder let go without finishing it
        assert store.run(running).status == "interrupted"
