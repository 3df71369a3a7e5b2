"""Copying a state from one location to another: "grow from one to many".

``odyssee-sync state migrate --to URL`` moves a profile's local state to the database the office
shares (:func:`copy_state`). Every row comes along (runs and journal rows get new ids there, the
journal still pointing at its runs), in one transaction of the destination: all or nothing.

Each state carries a *history id*, made when it was started. That is how a copy knows what it
finds at the destination:

- no state for this tenant and ERP yet, or an empty one (a colleague opened it, nothing was done):
  the copy is made there, keeping the history id;
- the same history, holding what the source holds: copied before (the command was run twice, or
  was interrupted after the copy): nothing to do;
- the same history, but the source changed since it was copied, or another history with rows of
  its own: refused, with a sentence, and nothing is written. Two histories are never merged
  silently; which one to keep is a person's decision.

The source is marked as moved (where to, when, what it held), and kept as it was: a backup.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import insert, select, update

from core.errors import sentence
from core.odyssee.values import format_datetime
from core.state import tables as t
from core.state.store import Store, StoreError, canonical_json

# Compared to tell "copied already" from "changed since": every table but the leases, which
# each state has of its own.
COMPARED_TABLES = tuple(table.name for table in t.STATE_TABLES if table is not t.leases)
# Copied by their natural keys (the others, runs and journal, get new ids).
_KEYED_TABLES = (
    t.id_map, t.snapshots, t.watermarks, t.downloads, t.push_intents, t.rejections, t.deliveries, t.held_back,
)


class StateCopyRefused(StoreError):
    """The destination holds another history (or the source moved on); nothing was written."""


@dataclass(frozen=True)
class CopyResult:
    copied: bool  # False: the destination already held this state
    counts: dict[str, int]  # rows per table, as the destination holds them now
    message: str


def copy_state(source: Store, destination: Store) -> CopyResult:
    """Copy ``source``'s state into ``destination`` (opened for the same key); see the module."""
    if source.key != destination.key:
        raise StoreError(sentence("The states differ: {source} is not {destination}.", source=source.key, destination=destination.key))
    wanted = {name: number for name, number in source.counts().items() if name in COMPARED_TABLES}
    history = source.state.history_id
    there = destination.state_info()
    found = {name: number for name, number in destination.counts().items() if name in COMPARED_TABLES}
    where = destination.describe()
    if there.history_id == history:
        # Copied before: nothing new here since (the copy there may have moved on: it is in use).
        moved = _all_tables(source.state_info().moved_counts)
        if found == wanted or moved == wanted:
            _mark_moved(source, where, wanted)
            return CopyResult(
                False, found, sentence("The state was copied to {where} before; nothing more to copy.", where=where)
            )
        raise StateCopyRefused(sentence(
            "The state on this computer changed after it was copied to {where} ({differences}). "
            "Nothing was copied: two histories are never merged; keep one of the two.",
            where=where, differences=_differences(wanted, moved or found),
        ))
    if any(found.values()):
        raise StateCopyRefused(sentence(
            "{where} already holds another history for this tenant and ERP (started on {computer} "
            "by {user} on {day}, {journal} journal rows). Two histories are never merged: nothing was copied.",
            where=where, computer=there.created_on or sentence("an unknown computer"),
            user=there.created_by or sentence("an unknown user"), day=there.created_at[:10], journal=found.get("journal", 0),
        ))
    with source._reading() as reading, destination.transaction() as connection:
        connection.execute(
            update(t.states).where(t.states.c.id == destination.state_id).values(history_id=history)
        )
        run_ids: dict[int, int] = {}
        for row in reading.execute(select(t.runs).where(t.runs.c.state_id == source.state_id).order_by(t.runs.c.id)).mappings():
            values = {**row, "state_id": destination.state_id}
            del values["id"]
            run_ids[row["id"]] = int(connection.execute(insert(t.runs).values(values)).inserted_primary_key[0])
        for row in reading.execute(select(t.journal).where(t.journal.c.state_id == source.state_id).order_by(t.journal.c.id)).mappings():
            values = {**row, "state_id": destination.state_id, "run_id": run_ids.get(row["run_id"])}
            del values["id"]
            connection.execute(insert(t.journal).values(values))
        for table in _KEYED_TABLES:
            rows = [
                {**row, "state_id": destination.state_id, **({"run_id": run_ids.get(row["run_id"])} if "run_id" in row else {})}
                for row in reading.execute(select(table).where(table.c.state_id == source.state_id)).mappings()
            ]
            if rows:
                connection.execute(insert(table), rows)
    destination.refresh_statistics()
    _mark_moved(source, where, wanted)
    copied = {name: number for name, number in destination.counts().items() if name in COMPARED_TABLES}
    if copied != wanted:  # a check of the copy itself, not expected to fire
        raise StoreError(
            sentence("The copy to {where} is incomplete ({differences}).", where=where, differences=_differences(wanted, copied))
        )
    total = sum(copied.values())
    return CopyResult(True, copied, sentence("Copied {total} rows of state to {where}.", total=total, where=where))


def _mark_moved(source: Store, where: str, counts: dict[str, int]) -> None:
    with source.transaction() as connection:
        connection.execute(
            update(t.states).where(t.states.c.id == source.state_id).values(
                moved_to=where, moved_at=format_datetime(datetime.now(timezone.utc)), moved_counts_json=canonical_json(counts),
            )
        )


def _all_tables(counts: dict[str, int] | None) -> dict[str, int] | None:
    """Counts written when a state was moved, with 0 for the tables a later schema added."""
    return None if counts is None else {name: counts.get(name, 0) for name in COMPARED_TABLES}


def _differences(wanted: dict[str, int], found: dict[str, int]) -> str:
    """``journal 3 then, 5 now; runs 1 then, 2 now``: each table's rows that differ, as sentences
    joined two by two (so that a window words every one)."""
    parts = [
        sentence("{table} {then} then, {now} now", table=name, then=found.get(name, 0), now=number)
        for name, number in wanted.items()
        if found.get(name, 0) != number
    ]
    if not parts:
        return sentence("no difference in rows")
    joined = parts[-1]
    for part in reversed(parts[:-1]):
        joined = sentence("{first}; {rest}", first=part, rest=joined)
    return joined


__all__ = ["COMPARED_TABLES", "CopyResult", "StateCopyRefused", "copy_state"]
