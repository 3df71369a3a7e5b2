"""The push plan, against the simulator over loopback and a small demo ERP in a tmp folder.

``PushEnv`` (tests/helpers/push_env.py, used by the push tests too) bundles a demo ERP (SQLite,
or PostgreSQL when ODYSSEE_TEST_POSTGRES_URL is set), a running simulator, a client and the
state store.
"""
from __future__ import annotations

import base64
import json

import pytest
from sqlalchemy import text

import resources
from core.erp.demo import INVALID_ROWS
from core.erp.mapping import Mapping
from core.erp.reader import ErpReader
from core.odata import OdysseeClient, RetryPolicy
from core.sync.plan import (
    CONFLICT,
    CREATE,
    INVALID,
    LINK,
    UNCHANGED,
    UPDATE,
    build_plan,
    mapping_for_profile,
    watermark_stream,
)
from tests.helpers.push_env import CUSTOMERS, TABLES, by_action, pushed_env

# ----------------------------------------------------------------------------------------------


def test_first_plan_creates_every_valid_row_and_explains_the_invalid_ones(env):
    plan = env.plan()
    assert plan.problems == []
    invalid = by_action(plan, INVALID)
    assert set(invalid) == {row.code for row in INVALID_ROWS}
    assert any("name" in problem and "required" in problem for problem in invalid["CUST-0901"].problems)
    assert any("64" in problem for problem in invalid["CUST-0902"].problems)
    assert any("on request" in problem for problem in invalid["A-0901"].problems)
    assert any("CUST-0900" in problem for problem in invalid["SITE-0901"].problems)
    assert not any(change.approved for change in invalid.values())
    for table_name, (entity, _key_field) in TABLES.items():
        creates = by_action(plan, CREATE, entity)
        assert set(creates) == env.erp_keys(table_name), entity
        assert all(change.approved and change.odyssee_id for change in creates.values())
    assert {c.action for c in plan.changes} == {CREATE, INVALID}
    # Never one GET per row: a handful of batched look-ups for ~140 rows.
    assert plan.api_calls == env.simulator.count("GET") <= 12
    assert env.simulator.count("POST") == 0


def test_the_demos_invalid_rows_say_what_their_reasons_are(env):
    """Each reason is core's English sentence, and a Reason that says what it is, for the window."""
    invalid = by_action(env.plan(), INVALID)
    found = {key: [(problem.code, problem.params) for problem in change.problems] for key, change in invalid.items()}
    assert found["CUST-0901"] == [("required", {"field": "name"})]
    assert found["CUST-0902"] == [("max_length", {"field": "name", "max_length": 64})]
    assert found["A-0901"] == [("not_type", {
        "field": "entered_price", "column": "price", "value": "'on request'", "type": "decimal",
    })]
    assert found["SITE-0901"] == [("reference_missing", {
        "field": "company_code", "value": "CUST-0900", "target": "Company", "target_key": "code", "problems": [],
    })]
    assert invalid["A-0901"].problems == ["entered_price (column price): 'on request' is not a number"]


def test_a_wrong_password_stops_the_plan_at_the_first_401(env):
    wrong = f"{env.simulator.username}:not-the-password@{env.simulator.domain}".encode()
    with OdysseeClient(env.simulator.base_url, auth_header="Basic " + base64.b64encode(wrong).decode()) as client:
        plan = build_plan(env.reader, client, env.store)
    assert env.simulator.request_count == 1  # six entity sets, one 401: nothing more is sent
    [problem] = plan.problems  # said once, not once per entity
    assert problem.startswith("Odyssee refused the sign-in, so nothing was compared") and "(401)" in problem


def test_plan_is_plain_json_data(env):
    plan = env.plan()
    document = json.loads(json.dumps(plan.to_dict()))
    assert document["counts"]["Company"]["create"] == CUSTOMERS
    change = next(c for c in document["changes"] if c["erp_key"] == "CUST-1001")
    assert change["action"] == "create" and change["approved"] is True
    fields = {fc["field"]: fc for fc in change["field_changes"]}
    assert fields["code"] == {"field": "code", "current": None, "proposed": "CUST-1001", "pushed": None}
    assert fields["is_client"]["proposed"] is True


def test_dependencies_follow_the_mapping_order(env):
    plan = env.plan()
    order = [c.entity for c in plan.changes]
    assert order.index("ArticleCategory") < order.index("Article")
    assert max(i for i, e in enumerate(order) if e == "Company") < order.index("Project")
    with env.engine.connect() as connection:
        customer_code, type_code = connection.execute(
            text("SELECT customer_code, site_type_code FROM site WHERE code = 'SITE-2001'")
        ).one()
        category = connection.execute(text("SELECT category_code FROM article WHERE code = 'A-3001'")).scalar()
    assert sorted(plan.find("Project", "SITE-2001").depends_on) == [("Company", customer_code), ("ProjectType", type_code)]
    assert plan.find("Article", "A-3001").depends_on == [("ArticleCategory", category)]


def test_after_a_push_the_plan_shows_nothing_and_costs_no_call_for_unchanged_rows(env):
    pushed_env(env)
    env.simulator.reset_counters()
    plan = env.plan()
    assert {c.action for c in plan.pending()} == {INVALID}  # only the rows that are wrong on purpose
    # Even a full re-read, ignoring the watermarks, asks Odyssee nothing about unchanged rows;
    # the only look-ups are for the invalid site whose customer exists nowhere.
    full = env.plan(full=True, entities=["ArticleCategory", "ProjectType", "User", "Company", "Article"])
    assert full.totals()[UNCHANGED] == sum(len(env.erp_keys(t)) for t in TABLES if t != "site")
    assert full.api_calls == 0
    assert {c.action for c in full.pending()} == {INVALID}


def test_unchanged_rows_asked_for_are_every_one_with_the_values_odyssee_took(env):
    pushed_env(env)
    env.simulator.reset_counters()
    plan = env.plan(include_unchanged=True)  # what the window shows with "Changes only" off
    unchanged = by_action(plan, UNCHANGED, "Company")
    assert set(unchanged) == env.erp_keys("customer")  # every one, not those since the watermark
    assert plan.counts["Company"][UNCHANGED] == len(unchanged)
    row = env.odyssee_row("Company", "CUST-1007")
    assert unchanged["CUST-1007"].current["name"] == row["name"] == unchanged["CUST-1007"].proposed["name"]
    assert plan.api_calls <= 2  # asked nothing about them (the invalid site's unknown customer)

def test_edited_customers_become_updates_with_their_field_diffs(env):
    pushed_env(env)
    env.erp("UPDATE customer SET name = 'Garage Nouveau SA' WHERE code = 'CUST-1001'")
    env.erp("UPDATE customer SET phone = '+32 2 555 01 02', email = ' INFO@NEW.example ' WHERE code = 'CUST-1002'")
    env.erp("UPDATE customer SET notes = 'Only in the ERP' WHERE code = 'CUST-1003'")  # not synchronised
    before = env.odyssee_row("Company", "CUST-1002")
    env.simulator.reset_counters()
    plan = env.plan()
    updates = by_action(plan, UPDATE)
    assert set(updates) == {"CUST-1001", "CUST-1002"}
    assert [(fc.field, fc.proposed) for fc in updates["CUST-1001"].field_changes] == [("name", "Garage Nouveau SA")]
    diff = {fc.field: (fc.current, fc.proposed) for fc in updates["CUST-1002"].field_changes}
    assert diff == {"phone": (before["phone"], "+32 2 555 01 02"), "email": (before["email"], "info@new.example")}
    assert plan.find("Company", "CUST-1003") is None
    assert plan.counts["Company"][UNCHANGED] >= 1
    by_id = [
        target for method, target in env.simulator.request_log
        if target.startswith("/api/Company?") and ("id%20eq" in target or "id%20in" in target)
    ]
    assert len(by_id) == 1  # both looked up by id in one call
    assert env.simulator.count("GET", "Company") == 2  # and the invalid site's unknown customer, CUST-0900
    assert env.simulator.count("PUT") == 0


def test_a_customer_edited_in_odyssee_too_is_a_conflict(env):
    pushed_env(env)
    row = env.odyssee_row("Company", "CUST-1004")
    env.simulator.storage.change("Company", row["id"], {"phone": "+49 30 1111111"})  # a technician's fix
    env.erp("UPDATE customer SET phone = '+49 30 2222222' WHERE code = 'CUST-1004'")
    plan = env.plan()
    change = plan.find("Company", "CUST-1004")
    assert change.action == CONFLICT and change.approved is False
    (phone,) = change.field_changes
    assert (phone.field, phone.current, phone.proposed) == ("phone", "+49 30 1111111", "+49 30 2222222")
    assert phone.pushed == row["phone"]  # what the last push sent


def test_an_odyssee_edit_of_an_unsynchronised_field_is_no_conflict(env):
    pushed_env(env)
    row = env.odyssee_row("Company", "CUST-1005")
    env.simulator.storage.change("Company", row["id"], {"notes": "Dog on site"})
    env.erp("UPDATE customer SET city = 'Gent' WHERE code = 'CUST-1005'")
    change = env.plan().find("Company", "CUST-1005")
    assert change.action == UPDATE and change.approved
    assert [fc.field for fc in change.field_changes] == ["city"]


def test_rows_already_in_odyssee_with_equal_values_are_linked(env):
    plan = env.plan(entities=["ArticleCategory"])
    for change in plan.changes:  # someone entered the categories in Odyssee by hand
        env.simulator.storage.create("ArticleCategory", {"code": change.erp_key, "name": f"  {change.proposed['name']} "})
    env.simulator.storage.create("ArticleCategory", {"code": "CAT-10-OLD", "name": "not in the ERP"})
    env.simulator.storage.change(
        "ArticleCategory", env.odyssee_row("ArticleCategory", "CAT-20")["id"], {"name": "Pumps"}
    )
    plan = env.plan(entities=["ArticleCategory"])
    assert set(by_action(plan, UPDATE)) == {"CAT-20"}
    links = by_action(plan, LINK)
    assert set(links) == {"CAT-10", "CAT-30", "CAT-40", "CAT-50", "CAT-60", "CAT-70"}
    assert links["CAT-10"].odyssee_id == str(env.odyssee_row("ArticleCategory", "CAT-10")["id"])
    result = env.push(plan)
    assert result.status == "ok"
    assert env.simulator.count("POST") == 0 and env.simulator.count("PUT") == 1
    assert env.store.get_id("ArticleCategory", "CAT-10") == links["CAT-10"].odyssee_id
    assert env.plan(entities=["ArticleCategory"]).pending() == []


def test_protected_fields_are_sent_on_create_and_left_alone_on_update(env):
    mapping_text = resources.read_text("mappings", "default.toml").replace(
        '# protected = ["phone"]', 'protected = ["phone"]'
    )
    env.reader = ErpReader(env.engine, Mapping.parse(mapping_text))
    plan = env.plan(entities=["Company"])
    assert "phone" in {fc.field for fc in plan.find("Company", "CUST-1003").field_changes}
    env.push(plan)
    created = env.odyssee_row("Company", "CUST-1003")
    with env.engine.connect() as connection:
        erp_phone = connection.execute(text("SELECT phone FROM customer WHERE code = 'CUST-1003'")).scalar()
    assert created["phone"] == (erp_phone or "").strip()
    env.simulator.storage.change("Company", created["id"], {"phone": "+31 6 12345678"})
    env.erp("UPDATE customer SET phone = '+31 70 000 00 00', city = 'Delft' WHERE code = 'CUST-1003'")
    change = env.plan(entities=["Company"]).find("Company", "CUST-1003")
    assert change.action == UPDATE and [fc.field for fc in change.field_changes] == ["city"]
    env.push(env.plan(entities=["Company"]))
    after = env.odyssee_row("Company", "CUST-1003")
    assert (after["city"], after["phone"]) == ("Delft", "+31 6 12345678")


def test_a_reference_is_checked_in_odyssee_when_its_target_is_not_planned(env):
    pushed_env(env)
    env.erp("UPDATE site SET customer_code = 'CUST-1002' WHERE code = 'SITE-2001'")
    env.erp("UPDATE site SET customer_code = 'CUST-7777' WHERE code = 'SITE-2002'")
    env.simulator.reset_counters()
    plan = env.plan(entities=["Project"])
    moved = plan.find("Project", "SITE-2001")
    assert moved.action == UPDATE and moved.depends_on == []
    assert [(fc.field, fc.proposed) for fc in moved.field_changes] == [("company_code", "CUST-1002")]
    broken = plan.find("Project", "SITE-2002")
    assert broken.action == INVALID and "CUST-7777" in broken.problems[0]
    assert env.simulator.count("GET", "Company") == 1  # one batched check, the known code costs nothing


def test_the_plan_moves_no_watermark_and_reads_only_what_changed(env):
    plan = env.plan()
    assert all(env.store.get_watermark(watermark_stream(entity)).value is None for entity in plan.entities)
    pushed_env(env)
    watermark = env.store.get_watermark(watermark_stream("Company")).value
    assert watermark is not None
    rows_read = env.plan(entities=["Company"]).entities["Company"].rows_read
    assert rows_read < CUSTOMERS  # the overlap window and the invalid rows, not the whole table
    assert env.store.get_watermark(watermark_stream("Company")).value == watermark


def test_mapping_problems_stop_the_plan_before_any_call(env):
    env.reader = ErpReader(env.engine, Mapping.parse('[Company]\ntable = "customer"\nkey = "code"\n[Company.fields]\nname = "nom"\n'))
    plan = env.plan()
    assert plan.changes == [] and plan.api_calls == 0
    assert any("nom" in problem for problem in plan.problems)
    assert env.simulator.request_count == 0


def test_an_unreachable_odyssee_is_a_problem_not_a_crash(env):
    env.simulator.stop()
    env.client.retry = RetryPolicy(max_attempts=1)
    plan = env.plan(entities=["Company"])
    assert plan.problems and "Company" in plan.problems[0]
    assert plan.entities["Company"].complete is False


def test_the_profile_mapping_defaults_to_the_shipped_one(tmp_path):
    from core.settings import Profile

    assert set(mapping_for_profile(Profile(name="P")).sections) == set(Mapping.default().sections)
    custom = tmp_path / "m.toml"
    custom.write_text('[Company]\ntable = "customer"\nkey = "code"\n[Company.fields]\nname = "name"\n', encoding="utf-8")
    assert list(mapping_for_profile(Profile(name="P", mapping_file=str(custom))).sections) == ["Company"]


def test_a_plan_can_be_cancelled(env):
    from core.odata.errors import CancelledError
    from core.sync.progress import RunControl

    control = RunControl()
    control.cancel.set()
    with pytest.raises(CancelledError):
        build_plan(env.reader, env.client, env.store, control)
