"""Unchanged rows known by their raw hash: a plan that converts nothing must still see every
change that matters, and no change that does not."""
from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy import text

import resources
from core.erp.mapping import Mapping
from core.erp.reader import ErpReader
from core.sync.plan import UNCHANGED, UPDATE, SettledMoments, build_plan, watermark_stream
from tests.helpers.push_env import by_action, pushed_env

EDITED_NAMES = ("CUST-1001", "CUST-1004", "CUST-1007")
EDITED_CITIES = ("CUST-1010", "CUST-1013")
EDITED_NOTES = ("CUST-1002", "CUST-1005", "CUST-1008", "CUST-1011", "CUST-1014")  # not synchronised
PADDED_NAMES = ("CUST-1003", "CUST-1006")  # only spaces the mapping trims away


def raw_hashes_stored(env) -> int:
    with env.store.engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM snapshots WHERE raw_hash IS NOT NULL")).scalar()


def changed_keys(env, entity: str = "Company") -> set[str]:
    rows = [(row.key, row.raw_hash) for row in env.reader.read(entity)]
    return env.store.changed_raw_hashes(entity, rows)


def test_a_plan_sees_every_synchronised_edit_and_none_of_the_others(env):
    pushed_env(env)
    never_pushed = changed_keys(env)  # the rows that are invalid on purpose
    for key in EDITED_NAMES:
        env.erp("UPDATE customer SET name = name || ' BV' WHERE code = :key", key=key)
    for key in EDITED_CITIES:
        env.erp("UPDATE customer SET city = 'Mechelen' WHERE code = :key", key=key)
    for key in EDITED_NOTES:
        env.erp("UPDATE customer SET notes = 'called back on Monday' WHERE code = :key", key=key)
    for key in PADDED_NAMES:
        env.erp("UPDATE customer SET name = name || '   ' WHERE code = :key", key=key)

    assert changed_keys(env) - never_pushed == set(EDITED_NAMES + EDITED_CITIES + PADDED_NAMES)
    plan = env.plan(full=True, entities=["Company"])
    assert set(by_action(plan, UPDATE, "Company")) == set(EDITED_NAMES + EDITED_CITIES)
    for key in EDITED_NAMES:
        assert [change.field for change in plan.find("Company", key).field_changes] == ["name"]
    # The padded rows were compared in full and found equal: their new raw hash is written
    # down, and the next plan knows them at once.
    assert changed_keys(env) - never_pushed == set(EDITED_NAMES + EDITED_CITIES)
    assert plan.counts["Company"][UNCHANGED] == len(env.erp_keys("customer")) - len(EDITED_NAMES + EDITED_CITIES)

    env.push(plan)
    assert changed_keys(env) == never_pushed
    again = env.plan(full=True, entities=["Company"])
    assert by_action(again, UPDATE, "Company") == {}


def test_a_changed_mapping_is_never_hidden_by_the_raw_hashes(env):
    pushed_env(env)
    mapping_text = resources.read_text("mappings", "default.toml").replace(
        'name = { column = "name", transform = "trim" }\nvat_reg_code',
        'name = { column = "name", transform = ["trim", "upper"] }\nvat_reg_code',
    )
    with ErpReader(env.engine, Mapping.parse(mapping_text)) as reader:
        plan = build_plan(reader, env.client, env.store, full=True, entities=["Company"])
    updates = by_action(plan, UPDATE, "Company")
    assert len(updates) == len(env.erp_keys("customer"))  # every demo name has lower case letters
    assert {field.field for change in updates.values() for field in change.field_changes} == {"name"}


def test_a_state_pushed_before_raw_hashes_learns_them_in_one_plan(env):
    pushed_env(env)
    known = raw_hashes_stored(env)
    assert known > 0
    with env.store.engine.begin() as connection:
        connection.execute(text("UPDATE snapshots SET raw_hash = NULL"))
    plan = env.plan(full=True)
    assert {change.action for change in plan.pending()} == {"invalid"}
    assert raw_hashes_stored(env) == known


def test_the_watermark_stops_just_before_the_first_open_row_and_passes_it_once_done(env):
    pushed_env(env)
    env.erp("DELETE FROM customer WHERE name = '' OR length(name) > 64")  # the invalid ones on purpose
    stamp = "UPDATE customer SET {change}, last_modification = :at WHERE {which}"
    env.erp(stamp.format(change="notes = 'seen'", which="code <> 'CUST-1005'"), at="2030-01-01T00:00:01.000Z")
    env.erp(stamp.format(change="name = ''", which="code = 'CUST-1005'"), at="2030-01-01T00:00:02.000Z")
    # Stamped at the same moment as the open row, and read just before it (by key).
    env.erp(stamp.format(change="notes = 'same time'", which="code = 'CUST-1003'"), at="2030-01-01T00:00:02.000Z")
    env.erp(stamp.format(change="notes = 'again'", which="code = 'CUST-1002'"), at="2030-01-01T00:00:03.000Z")
    plan = env.plan(entities=["Company"])
    assert [change.erp_key for change in plan.pending()] == ["CUST-1005"]  # invalid: no name
    env.push(plan)
    assert env.store.get_watermark(watermark_stream("Company")).value == "2030-01-01T00:00:01.000Z"

    env.erp(stamp.format(change="name = 'Garage Central'", which="code = 'CUST-1005'"), at="2030-01-01T00:00:04.000Z")
    plan = env.plan(entities=["Company"])
    assert set(by_action(plan, UPDATE)) == {"CUST-1005"}
    env.push(plan)
    assert env.store.get_watermark(watermark_stream("Company")).value == "2030-01-01T00:00:04.000Z"


def _row(moment: int | None) -> SimpleNamespace:
    from datetime import datetime, timedelta, timezone

    value = None if moment is None else datetime(2026, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=moment)
    return SimpleNamespace(modified_value=None if value is None else value.isoformat(), modified=value)


def test_settled_moments_give_the_latest_one_before_a_pending_row_and_never_one_after():
    settled = SettledMoments()
    for moment in (1, 2, 2, 3, None, 3):
        settled.add(_row(moment))
    assert settled.before(_row(4).modified) == "2026-01-01T00:03:00.000Z"
    assert settled.before(_row(3).modified) == "2026-01-01T00:02:00.000Z"  # equal is not before
    assert settled.latest == "2026-01-01T00:03:00.000Z"
    # Out of order (another database's text dates, say): an answer may come earlier than it
    # could, never later than the pending row.
    unordered = SettledMoments()
    for moment in (5, 9, 7):
        unordered.add(_row(moment))
    assert unordered.before(_row(6).modified) == "2026-01-01T00:05:00.000Z" or unordered.before(_row(6).modified) is None
    assert unordered.before(_row(4).modified) is None
    assert unordered.latest is not None and unordered.latest <= "2026-01-01T00:09:00.000Z"
