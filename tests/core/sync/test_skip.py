"""Skipping a change and bringing it back, through the engines alone (no Qt): a skipped row is
out of the pending rows and listed as skipped until its ERP row changes or it is brought back."""
from __future__ import annotations

import pytest

from core.errors import UserError
from core.sync.plan import CREATE, INVALID, SKIPPED, UPDATE, watermark_stream
from core.sync.skip import BROUGHT_BACK_RESULT, SKIPPED_RESULT, SkipError, bring_back, skip
from tests.helpers.push_env import pushed_env

KEY = ("Company", "CUST-1012")


def edited_env(env):
    pushed_env(env)
    env.erp("UPDATE customer SET city = 'Liège' WHERE code IN ('CUST-1011', 'CUST-1012')")
    return env


def test_a_skipped_change_is_listed_as_skipped_not_pending_and_never_sent(env):
    edited_env(env)
    plan = env.plan()
    change = plan.find(*KEY)
    skipped_at = skip(env.store, [change])
    assert env.store.rejections_for("Company")["CUST-1012"].hash == change.hash
    (entry,) = env.store.journal_rows(entity="Company", erp_key="CUST-1012", result=SKIPPED_RESULT)
    assert entry.action == UPDATE

    plan.mark_skipped([change], skipped_at)  # the plan shown now, as the next one would be
    assert change.action == SKIPPED and not change.approved and change not in plan.pending()
    assert plan.counts["Company"][SKIPPED] == 1 and plan.counts["Company"][UPDATE] == 1
    env.simulator.reset_counters()
    result = env.push(plan)  # every approved change: the skipped one is not among them
    assert result.outcome(*KEY).status == "skipped" and "update skipped on" in result.outcome(*KEY).message
    assert env.simulator.count("PUT") == 1 and env.odyssee_row("Company", "CUST-1012")["city"] != "Liège"

    later = env.plan(include_skipped=True)
    assert later.pending() == [c for c in later.pending() if c.action == INVALID]
    (listed,) = later.skipped()
    assert listed.key == "Company:CUST-1012" and "update skipped on" in listed.note
    assert [(fc.field, fc.proposed) for fc in listed.field_changes] == [("city", "Liège")]  # against the last push
    assert later.counts["Company"][SKIPPED] == 1
    assert env.plan().find(*KEY) is None  # not listed unless asked
    with pytest.raises(ValueError, match="skipped and cannot be approved"):
        env.push(later, approve=["Company:CUST-1012"])


def test_a_brought_back_change_is_pending_again_even_below_the_watermark(env):
    edited_env(env)
    env.erp("UPDATE customer SET name = 'Fixed in the ERP' WHERE code IN ('CUST-0901', 'CUST-0902')")
    plan = env.plan()
    skip(env.store, [plan.find(*KEY)])
    env.push(env.plan())  # nothing is left unresolved: the watermark moves over the skipped row
    stream = watermark_stream("Company")
    assert env.store.get_watermark(stream).value >= plan.find(*KEY).erp_modified
    assert env.plan().find(*KEY) is None

    assert bring_back(env.store, [KEY, ("Company", "NOT-SKIPPED")]) == [KEY]
    assert env.store.rejections_for("Company") == {}
    assert env.store.get_watermark(stream).value < plan.find(*KEY).erp_modified
    (entry,) = env.store.journal_rows(entity="Company", erp_key="CUST-1012", result=BROUGHT_BACK_RESULT)
    again = env.plan().find(*KEY)  # an incremental plan, as the CLI makes
    assert again.action == UPDATE and again.approved
    assert env.push(env.plan()).outcome(*KEY).status == "ok"
    assert env.odyssee_row("Company", "CUST-1012")["city"] == "Liège"


def test_a_skipped_row_comes_back_by_itself_when_its_erp_row_changes(env):
    edited_env(env)
    skip(env.store, [env.plan().find(*KEY)])
    env.erp("UPDATE customer SET city = 'Namur' WHERE code = 'CUST-1012'")
    back = env.plan().find(*KEY)
    assert back.action == UPDATE and [fc.proposed for fc in back.field_changes] == ["Namur"]


def test_a_skipped_create_holds_back_what_depends_on_it_and_only_pushable_rows_can_be_skipped(env):
    plan = env.plan(entities=["Company", "ProjectType", "Project"])
    company = plan.find("Company", "CUST-1003")
    held = [c for c in plan.changes if ("Company", "CUST-1003") in c.depends_on]
    plan.mark_skipped([company], skip(env.store, [company]))
    result = env.push(plan)
    for change in held:
        outcome = result.outcome(change.entity, change.erp_key)
        assert outcome.status == "skipped" and "CUST-1003, which is skipped" in outcome.message
    listed = env.plan(include_skipped=True).match("CUST-1003", skipped=True)
    assert [c.field_changes[0].current for c in listed] == [None] and listed[0].current is None  # never pushed: all new

    with pytest.raises(SkipError, match="invalid and cannot be skipped") as refused:
        skip(env.store, [plan.find("Company", "CUST-0901"), plan.find("Company", "CUST-1004")])
    assert isinstance(refused.value, UserError)
    assert "CUST-1004" not in env.store.rejections_for("Company")  # nothing written
    assert plan.find("Company", "CUST-1004").action == CREATE


def test_the_skip_is_dated_on_the_users_own_clock():
    from core.sync.plan import skipped_note
    from tests.helpers.timezones import local_time_zone

    with local_time_zone("Europe/Brussels"):
        assert skipped_note("update", "2026-07-01T08:30:00.000Z").startswith("update skipped on 2026-07-01 10:30;")
