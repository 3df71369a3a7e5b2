"""Skipping a pending change, and bringing it back: a decision the user can see and take back.

A push sends the changes it is given and leaves the others alone: a change nobody approved stays
pending, and the next plan shows it again. To keep a change out of the plans, the user *skips*
it: :func:`skip` records it in the store's rejections (with the hash of its values), and from
then on a plan counts the row as ``skipped`` (:data:`core.sync.plan.SKIPPED`) and sends nothing
for it, until its ERP values change; ``build_plan(include_skipped=True)`` lists those rows.

:func:`bring_back` takes the decision back: the rejection is removed, and the entity's ERP
watermark is set back to just before the row, for an incremental plan (which reads only the rows
changed since the watermark, and a push moves it over skipped rows) to read it again: the row is
pending in the next plan.

Both are journaled (``rejected``, ``brought back``) with the workstation and user, like a push.
"""
from __future__ import annotations

from datetime import timedelta
from typing import Iterable

from core.errors import UserError, sentence
from core.odyssee.values import format_datetime, parse_datetime
from core.state import Rejection, Store
from core.sync.plan import APPROVABLE, PendingChange, watermark_stream

SKIPPED_RESULT = "rejected"  # the journal's word for a skip, as the store's table is named
BROUGHT_BACK_RESULT = "brought back"


class SkipError(UserError):
    """A change that cannot be skipped (invalid, unchanged, or skipped already)."""


def skip(store: Store, changes: Iterable[PendingChange]) -> str:
    """Record that the user skipped ``changes``; returns when (the time each rejection holds).

    Only changes a push could send (create, update, link, conflict) can be skipped; naming
    another raises :class:`SkipError` before anything is written. The changes themselves are not
    touched: :meth:`core.sync.plan.Plan.mark_skipped` shows them as skipped in their plan.
    """
    changes = list(changes)
    for change in changes:
        if change.action not in APPROVABLE:
            raise SkipError(sentence("{key} is {action} and cannot be skipped.", key=change.key, action=change.action))
    with store.transaction():
        for change in changes:
            store.reject(change.entity, change.erp_key, change.hash, change.action, erp_modified=change.erp_modified)
            store.journal(
                change.entity, change.erp_key, change.action, SKIPPED_RESULT,
                message=sentence("skipped: not sent, hidden until its ERP row changes"),
            )
    recorded = _rejections(store, [(change.entity, change.erp_key) for change in changes])
    return max((rejection.rejected_at for rejection in recorded), default="")


def bring_back(store: Store, keys: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Take back the skip of each ``(entity, erp_key)``; returns those that were skipped."""
    rejections = _rejections(store, keys)
    earliest: dict[str, str] = {}  # entity -> the oldest ERP modification among its rows
    for rejection in rejections:
        if rejection.erp_modified and (rejection.entity not in earliest or rejection.erp_modified < earliest[rejection.entity]):
            earliest[rejection.entity] = rejection.erp_modified
    with store.transaction():
        for rejection in rejections:
            store.clear_rejection(rejection.entity, rejection.erp_key)
            store.journal(
                rejection.entity, rejection.erp_key, rejection.action, BROUGHT_BACK_RESULT,
                message=sentence("no longer skipped: pending again"),
            )
        for entity, moment in earliest.items():
            stream = watermark_stream(entity)
            watermark = store.get_watermark(stream)
            before = _just_before(moment)
            if watermark.value is not None and before is not None and watermark.value > before:
                store.set_watermark(stream, before, watermark.seen_ids)
    return [(rejection.entity, rejection.erp_key) for rejection in rejections]


def _rejections(store: Store, keys: Iterable[tuple[str, str]]) -> list[Rejection]:
    """The rejections of ``keys`` that exist, read in one query per entity."""
    by_entity: dict[str, list[str]] = {}
    for entity, erp_key in dict.fromkeys(keys):
        by_entity.setdefault(entity, []).append(erp_key)
    found = []
    for entity, erp_keys in by_entity.items():
        of_entity = store.rejections_for(entity, erp_keys)
        found.extend(of_entity[erp_key] for erp_key in erp_keys if erp_key in of_entity)
    return found


def _just_before(moment: str) -> str | None:
    """A millisecond before ``moment``: a read from there takes the row, whatever its overlap."""
    try:
        return format_datetime(parse_datetime(moment) - timedelta(milliseconds=1))
    except (ValueError, TypeError):
        return None


__all__ = ["BROUGHT_BACK_RESULT", "SKIPPED_RESULT", "SkipError", "bring_back", "skip"]
