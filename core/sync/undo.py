"""Undo a push: send back to Odyssee the values it had before a push run (or one row of it).

``plan_undo(store, run_id)`` reads the run's journal and says, for each record there, what an
undo does with it (:class:`UndoItem`, ``undo``):

- ``restore``: an update Odyssee took (an ``update``, or a ``conflict`` the user overwrote). Its
  fields go back from the values the push wrote (the journal's ``after``) to the values Odyssee
  had (its ``before``). The push journals Odyssee's ``modified_dateutc`` right after its PUT
  (:data:`core.sync.push.RECORD_KEY`): the undo checks against it.
- ``archive``: a create. It cannot be undone, as Odyssee keeps every record it creates; where
  the entity set has an ``archived`` field (users, companies, articles) the record can be
  archived instead, when the caller asks for it.
- ``conflict``: a later run wrote the row again (another push, or an undo of a later push).
  Undoing this older run would silently overwrite that, so it is not done.
- ``done``: already undone (or archived) by an earlier undo.
- ``none``: nothing to undo or nothing that can be: a link (nothing was written), a change that
  was not approved, failed or met a conflict, a create whose set has no ``archived``, a push
  journaled by a version that did not record Odyssee's modification time.

Every item but ``restore`` says why in ``reason``.

``undo(client, store, plan, control)`` does it. Like a push it runs under the push lease: the
caller takes it (:func:`core.state.leased`, job ``push``) and hands in the fenced store. The
journal is read again first (an undo or a push may have come since the plan was made). Then the
records are re-read in batches, as a push does before its updates; one whose ``modified_dateutc``
is no longer the one right after the push was changed in Odyssee since (by a technician, another
program) and is a ``conflict``: nothing is written. Otherwise the re-read record is PUT back
with the before-values applied (:func:`core.sync.push.update_body`): fields the push did not
write are sent as Odyssee has them now. Each outcome is journaled (action ``undo`` or
``archive``) under a run of kind ``undo``. After a success, in the same transaction, the
snapshot takes the values Odyssee now has and the entity's ERP watermark moves back below the
row: the ERP still holds the pushed values, so the next plan shows those rows as updates again.
The undo put Odyssee back; it did not change the ERP.

Progress and cancel go through the :class:`~core.sync.progress.RunControl` as for a push: a
cancel stops between records (a request on the wire finishes first); what was sent back stays
sent back and journaled, the rest is untouched and can be undone later.
"""
from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from core.errors import UserError, sentence
from core.odata import OdysseeClient
from core.odata.errors import CancelledError, OdysseeError
from core.odyssee.model import ENTITY_SETS
from core.odyssee.values import format_datetime, parse_datetime
from core.state import JournalEntry, LeaseLost, Run, Store, StoreError
from core.sync.plan import (
    CONFLICT,
    CREATE,
    LINK,
    UPDATE,
    FieldChange,
    modified_text,
    read_values,
    row_document,
    watermark_stream,
)
from core.sync.progress import RunControl
from core.sync.push import (
    CONFLICTED,
    DEFAULT_CONCURRENCY,
    FAILED,
    OK,
    RECORD_KEY,
    REREAD_PIECE,
    SKIPPED,
    PushOutcome,
    PushResult,
    SendingRun,
    reread,
    run_status,
    status_counts,
    stopped_by,
    update_body,
)
from core.sync.push import (
    RUN_KIND as PUSH_RUN_KIND,
)

RUN_KIND = "undo"  # also the journal action of a record sent back
ARCHIVE_ACTION = "archive"  # the journal action of a created record archived
ARCHIVED_FIELD = "archived"

# What an undo does with an item of the run (UndoItem.undo)
RESTORE = "restore"
ARCHIVE = "archive"
CONFLICT_LATER = "conflict"
DONE = "done"
NONE = "none"
UNDO_KINDS = (RESTORE, ARCHIVE, CONFLICT_LATER, DONE, NONE)

CANNOT_UNDO_CREATES = sentence("cannot be undone: Odyssee keeps every record it creates")


class UndoError(UserError):
    """The undo cannot be planned (no such run, not a push, nothing of it matches)."""


@dataclass
class UndoItem:
    """One journal entry of the push run, and what an undo does with it."""

    entity: str
    erp_key: str
    action: str  # what the push did or tried: create, update, link, conflict
    result: str  # how that ended: ok, failed, rejected, skipped, conflict
    journal_id: int  # the push's journal row
    undo: str = NONE  # restore | archive | conflict | done | none
    reason: str = ""  # why it is not sent back ("" for a restore)
    odyssee_id: str | None = None
    # The fields sent back: ``current`` is the value the push wrote, ``proposed`` the value
    # Odyssee had before it (what the undo sends).
    field_changes: list[FieldChange] = field(default_factory=list)
    odyssee_modified: str | None = None  # Odyssee's modified_dateutc right after the push
    erp_modified: str | None = None  # the ERP row's modification time when it was pushed

    @property
    def key(self) -> str:
        return f"{self.entity}:{self.erp_key}"

    @property
    def restore(self) -> dict[str, Any]:
        """Field -> the value to send back."""
        return {change.field: change.proposed for change in self.field_changes}

    def to_dict(self) -> dict[str, Any]:
        return row_document(
            self, "result", "journal_id", "undo", "reason", "odyssee_id", "field_changes", "odyssee_modified", "erp_modified",
        )


@dataclass
class UndoPlan:
    """What undoing a push run would do, record by record; what a front end shows before it
    asks :func:`undo` to do it."""

    run: Run  # the push run to undo
    items: list[UndoItem]
    # The run's last journal row: a write of one of its records after it is a later run's.
    last_journal_id: int

    @property
    def run_id(self) -> int:
        return self.run.id

    def of_kind(self, *kinds: str) -> list[UndoItem]:
        return [item for item in self.items if item.undo in kinds]

    def work(self, *, archive_creates: bool = False) -> list[UndoItem]:
        """The items an undo takes up: those it sends back, those it reports as conflicts and,
        when asked, the creates it archives."""
        return self.of_kind(RESTORE, CONFLICT_LATER, *((ARCHIVE,) if archive_creates else ()))

    def counts(self) -> dict[str, int]:
        """undo kind -> items."""
        counts = {kind: 0 for kind in UNDO_KINDS}
        for item in self.items:
            counts[item.undo] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run.id,
            "run_started": self.run.started,
            "run_status": self.run.status,
            "counts": self.counts(),
            "items": [item.to_dict() for item in self.items],
        }


@dataclass
class UndoResult(PushResult):
    """What an undo did, in the shape of a push's result (outcome actions: undo, archive)."""

    undoes: int | None = None  # the push run

    def to_dict(self) -> dict[str, Any]:
        document = super().to_dict()
        document.pop("watermarks", None)
        document["undoes"] = self.undoes
        return document


# ----------------------------------------------------------------------------------------------
# The plan


def plan_undo(store: Store, run_id: int, *, entity: str | None = None, erp_key: str | None = None) -> UndoPlan:
    """What undoing the push run ``run_id`` (or only its rows of ``entity`` / ``erp_key``)
    would do, from the journal; reads the state only. See the module docstring."""
    run = store.run(run_id)
    if run is None:
        raise UndoError(sentence("There is no run {run} in this state.", run=run_id), field="run")
    if run.kind == RUN_KIND:
        raise UndoError(sentence(
            "Run {run} is an undo, and an undo is not undone: to send the ERP's values again, push "
            "(the next plan shows them).", run=run_id,
        ), field="run")
    if run.kind != PUSH_RUN_KIND:
        raise UndoError(
            sentence("Run {run} is a run of {kind}, not a push: only a push can be undone.", run=run_id, kind=run.kind),
            field="run",
        )
    entries = store.journal_rows(run_id=run_id, newest_first=False)
    last_journal_id = max((entry.id for entry in entries), default=0)
    chosen = [
        entry for entry in entries
        if (entity is None or entry.entity == entity) and (erp_key is None or entry.erp_key == erp_key)
    ]
    if not chosen and (entity is not None or erp_key is not None):
        named = " ".join(part for part in (entity, erp_key) if part)
        raise UndoError(
            sentence("Run {run} did nothing with {named}.", run=run_id, named=named), field="erp_key" if erp_key else "entity",
        )
    items = [_item(entry) for entry in chosen]
    later = _later_writes(store, items, last_journal_id)
    for item in items:
        item.undo, item.reason = later.get(item.journal_id, (item.undo, item.reason))
    return UndoPlan(run, items, last_journal_id)


def _item(entry: JournalEntry) -> UndoItem:
    after = dict(entry.after) if isinstance(entry.after, dict) else {}
    record = after.pop(RECORD_KEY, None) or {}
    item = UndoItem(
        entry.entity, entry.erp_key or "", entry.action, entry.result, entry.id,
        odyssee_id=_guid_text(record.get("odyssee_id")),
        odyssee_modified=record.get("odyssee_modified"),
        erp_modified=record.get("erp_modified"),
    )
    if entry.result == "rejected":
        item.reason = sentence("nothing to undo: it was not approved, so nothing was sent")
    elif entry.result != OK and entry.message:
        item.reason = sentence(
            "nothing to undo: the push did not change it ({result}: {message})", result=entry.result, message=entry.message,
        )
    elif entry.result != OK:
        item.reason = sentence("nothing to undo: the push did not change it ({result})", result=entry.result)
    elif entry.action == CREATE:
        entity_set = ENTITY_SETS.get(entry.entity)
        if entity_set is None or ARCHIVED_FIELD not in entity_set.field_map:
            item.reason = CANNOT_UNDO_CREATES
        elif item.odyssee_id is None:
            item.reason = sentence(
                "cannot be undone: Odyssee keeps every record it creates; pushed by an earlier version, which did not "
                "journal its id"
            )
        else:
            item.undo = ARCHIVE
            item.reason = sentence("cannot be undone: Odyssee keeps every record it creates; it can be archived instead")
    elif entry.action == LINK:
        item.reason = sentence("nothing to undo: it was only linked to a record Odyssee already had with these values")
    elif entry.action in (UPDATE, CONFLICT):
        before = entry.before if isinstance(entry.before, dict) else {}
        item.field_changes = [
            FieldChange(name, pushed, before[name], pushed)
            for name, pushed in after.items() if name in before and before[name] != pushed
        ]
        if item.odyssee_id is None or item.odyssee_modified is None:
            item.reason = sentence(
                "cannot be undone: pushed by an earlier version, which did not journal when Odyssee stored it, "
                "so a later edit in Odyssee could not be told apart"
            )
        elif not item.field_changes:
            item.reason = sentence("nothing to undo: the push wrote the values Odyssee already had")
        else:
            item.undo = RESTORE
    else:
        item.reason = sentence("nothing to undo: {action}", action=entry.action)
    return item


def _later_writes(store: Store, items: list[UndoItem], after_id: int) -> dict[int, tuple[str, str]]:
    """The items (to restore or archive) whose record a run after the journal row ``after_id``
    wrote again: their journal id -> (undo kind, reason)."""
    found: dict[int, tuple[str, str]] = {}
    open_items = [item for item in items if item.undo in (RESTORE, ARCHIVE, CONFLICT_LATER, DONE)]
    for entity in dict.fromkeys(item.entity for item in open_items):
        of_entity = [item for item in open_items if item.entity == entity]
        later = store.latest_journal_for(entity, [item.erp_key for item in of_entity], result=OK, after_id=after_id)
        for item in of_entity:
            entry = later.get(item.erp_key)
            if entry is None:
                continue
            run, moment = entry.run_id, _moment(entry.time)
            record = entry.after.get(RECORD_KEY) if isinstance(entry.after, dict) else None
            undid_this = isinstance(record, dict) and record.get("undoes") == item.journal_id
            if item.action == CREATE:
                if entry.action == ARCHIVE_ACTION:
                    found[item.journal_id] = (DONE, sentence("already archived (run {run}, {moment})", run=run, moment=moment))
            elif entry.action == RUN_KIND and undid_this:
                found[item.journal_id] = (DONE, sentence("already undone (run {run}, {moment})", run=run, moment=moment))
            else:
                found[item.journal_id] = (
                    CONFLICT_LATER,
                    sentence(
                        "changed again since the push ({action}, run {run}, {moment}); undoing this run would overwrite that",
                        action=entry.action, run=run, moment=moment,
                    ),
                )
    return found


# ----------------------------------------------------------------------------------------------
# The undo


def undo(
    client: OdysseeClient,
    store: Store,
    plan: UndoPlan,
    control: RunControl | None = None,
    *,
    archive_creates: bool = False,
    concurrency: int | None = DEFAULT_CONCURRENCY,
) -> UndoResult:
    """Send back what ``plan`` can undo (and archive its creates, when asked); see the module
    docstring. Nothing to do (everything already undone, say) starts no run and sends nothing:
    the result says so in ``message``."""
    if concurrency is None:
        concurrency = client.pace.maximum
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    work = plan.work(archive_creates=archive_creates)
    if not work:
        return UndoResult(
            None, [], status_counts([]), 0, "ok",
            message=sentence("Nothing to undo in run {run}.", run=plan.run_id), undoes=plan.run_id,
        )
    control = control or RunControl()
    return _Undo(client.with_cancel(control.cancel), store, plan, work, control, concurrency).run()


class _Undo(SendingRun):
    """Its outcomes are keyed by the journal id of the push's entry."""

    def __init__(
        self, client: OdysseeClient, store: Store, plan: UndoPlan, work: list[UndoItem], control: RunControl, concurrency: int
    ) -> None:
        super().__init__(client, store, control, concurrency, total=len(work))
        self.plan = plan
        self.work = work

    def run(self) -> UndoResult:
        self.start(RUN_KIND)
        with stopped_by(self.control) as stop:
            self.control.report(0, self.total, sentence("Undoing"))
            items = self.still_open()
            with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="undo") as pool:
                for entity, piece in _pieces(items):
                    self.control.check()
                    for item, row, values in self.prepare(entity, piece):
                        pool.submit(self.send, item, row, values)
        for item in self.work:
            if item.journal_id not in self.outcomes:
                self.finish(item, SKIPPED, sentence("cancelled before it was sent"), journal=False)
        outcomes = [self.outcomes[item.journal_id] for item in self.work]
        counts = status_counts(outcomes)
        status = run_status(outcomes, stop.cancelled)
        message = stop.message
        lost = self.store.close_run(self.run_id, status, counts)
        if lost:  # the new holder marks this run as interrupted
            status, message = "cancelled", message or lost
        return UndoResult(self.run_id, outcomes, counts, self.calls(), status, message=message, undoes=self.plan.run_id)

    def still_open(self) -> list[UndoItem]:
        """The items to send, once the journal was read again under the lease: an undo or a
        push may have written some of them since the plan was made."""
        later = _later_writes(self.store, self.work, self.plan.last_journal_id)
        open_items = []
        for item in self.work:
            kind, reason = later.get(item.journal_id, (item.undo, item.reason))
            if kind == CONFLICT_LATER:
                self.finish(item, CONFLICTED, reason)
            elif kind == DONE:
                self.finish(item, SKIPPED, reason)
            else:
                open_items.append(item)
        return open_items

    def prepare(self, entity: str, piece: list[UndoItem]) -> list[tuple[UndoItem, dict, dict[str, Any]]]:
        """Re-read the records and check each against the moment right after the push."""
        try:
            rows = reread(self.client, entity, [item.odyssee_id for item in piece])
        except OdysseeError as error:
            for item in piece:
                self.finish(
                    item, FAILED, sentence("could not re-read it before sending it back: {error}", error=error.message),
                    http_status=error.status,
                )
            return []
        ready = []
        for item in piece:
            row = rows.get(str(item.odyssee_id))
            if row is None:
                self.finish(item, FAILED, sentence(
                    "{entity} {odyssee_id} is no longer in Odyssee", entity=entity, odyssee_id=item.odyssee_id,
                ))
                continue
            if item.undo == ARCHIVE:
                if row.get(ARCHIVED_FIELD) is True:
                    self.finish(item, SKIPPED, sentence("already archived in Odyssee"))
                    continue
                ready.append((item, row, _values_to_send(item)))
                continue
            now = modified_text(row)
            if now != item.odyssee_modified:
                self.finish(
                    item, CONFLICTED,
                    sentence("Odyssee changed it since the push (modified {moment}); nothing sent back", moment=_moment(now)),
                )
                continue
            ready.append((item, row, _values_to_send(item)))
        return ready

    # ------------------------------------------------------------------ sending (worker threads)

    def send(self, item: UndoItem, row: dict, values: dict[str, Any]) -> None:
        try:
            self.control.check()  # a cancel, or a lease that is no longer ours: nothing goes out
            answer = self.client.update(item.entity, item.odyssee_id, update_body(item.entity, row, values))
        except CancelledError as error:
            reason = error.message if isinstance(error, LeaseLost) else sentence("cancelled before it was sent")
            self.finish(item, SKIPPED, reason, journal=False)
            return
        except OdysseeError as error:
            self.finish(item, FAILED, error.message, http_status=error.status)
            return
        except Exception as error:  # noqa: BLE001 - one record's defect never stops the others
            self.finish(item, FAILED, sentence("unexpected error: {error}", error=str(error)))
            return
        self.succeeded(item, row, values, answer)

    def succeeded(self, item: UndoItem, row: dict, values: dict[str, Any], answer: dict) -> None:
        modified = modified_text(answer)
        try:
            with self.store.transaction():
                self.remember(item, values, modified)
                self.journal(
                    item, OK, http_status=200, before=read_values(item.entity, row, list(values)),
                    after={**values, RECORD_KEY: {
                        "odyssee_id": item.odyssee_id, "odyssee_modified": modified, "undoes": item.journal_id,
                    }},
                )
        except (StoreError, LeaseLost) as error:
            self.finish(
                item, FAILED, sentence("sent back to Odyssee, but the local state could not be saved: {error}", error=str(error)),
                http_status=200, journal=False,
            )
            return
        self.finish(item, OK, "", http_status=200, journal=False)

    def remember(self, item: UndoItem, values: dict[str, Any], modified: str | None) -> None:
        """The snapshot takes what Odyssee now has, and the ERP watermark goes back below a row
        sent back, so that the next plan compares it again (the ERP still has the pushed values)."""
        snapshot = self.store.snapshot(item.entity, item.erp_key)
        if snapshot is not None:
            values_now = {**snapshot.values, **{name: value for name, value in values.items() if name in snapshot.values}}
            # No raw hash: the ERP row as read no longer matches what Odyssee has.
            self.store.save_snapshot(item.entity, item.erp_key, values_now, odyssee_modified=modified)
        if item.undo != RESTORE or not item.erp_modified:
            return
        stream = watermark_stream(item.entity)
        current = self.store.get_watermark(stream).value
        try:
            below = format_datetime(parse_datetime(item.erp_modified) - timedelta(milliseconds=1))
        except ValueError:
            return
        if current is not None and below < current:
            self.store.set_watermark(stream, below)

    # ------------------------------------------------------------------ bookkeeping

    def journal(
        self, item: UndoItem, result: str, *, http_status: int | None = None, message: str | None = None,
        before: Any = None, after: Any = None,
    ) -> None:
        self.store.journal(
            item.entity, item.erp_key, ARCHIVE_ACTION if item.undo == ARCHIVE else RUN_KIND, result,
            run_id=self.run_id, before=before, after=after if after is not None else _values_to_send(item),
            approved_at=self.approved_at, http_status=http_status, message=message,
        )

    def finish(
        self, item: UndoItem, status: str, message: str, *, http_status: int | None = None, journal: bool = True
    ) -> None:
        if journal:
            self.journal_if_possible(self.journal, item, status, http_status=http_status, message=message)
        outcome = PushOutcome(
            item.entity, item.erp_key, ARCHIVE_ACTION if item.undo == ARCHIVE else RUN_KIND, status, message,
            http_status, item.odyssee_id, resolved=status == OK, needs_attention=status in (FAILED, CONFLICTED),
        )
        self.record(item.journal_id, outcome)


def _values_to_send(item: UndoItem) -> dict[str, Any]:
    return {ARCHIVED_FIELD: True} if item.undo == ARCHIVE else item.restore


def _pieces(items: list[UndoItem]):
    """(entity, items) in pieces a re-read takes in a couple of batched requests."""
    for entity in dict.fromkeys(item.entity for item in items):
        of_entity = [item for item in items if item.entity == entity]
        for start in range(0, len(of_entity), REREAD_PIECE):
            yield entity, of_entity[start : start + REREAD_PIECE]


def _guid_text(value: object) -> str | None:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        return None


def _moment(text: str | None) -> str:
    """A UTC time of the state or of Odyssee, to the second, for a sentence."""
    if not text:
        return sentence("at an unknown time")
    try:
        return parse_datetime(text).strftime("%Y-%m-%d %H:%M:%S UTC")
    except ValueError:
        return text


__all__ = [
    "ARCHIVE",
    "CANNOT_UNDO_CREATES",
    "CONFLICT_LATER",
    "DONE",
    "NONE",
    "RESTORE",
    "UNDO_KINDS",
    "UndoError",
    "UndoItem",
    "UndoPlan",
    "UndoResult",
    "plan_undo",
    "undo",
]
