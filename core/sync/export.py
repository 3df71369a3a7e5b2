"""Completed work to the ERP: final job approvals with their parts used and time lines.

The flow is the ERP-link guide's ("Export data from Odyssee to the ERP"), made cheap and safe:

1. Poll ``JobApproval`` changed since the watermark, ``is_daily_approval eq false``, oldest first
   (:class:`core.sync.batched_reads.ChangedRows`: ``ge`` plus the ids already seen at that instant, and a
   key-set cursor instead of ``$skip``).
2. For a whole page of approvals at once, fetch their jobs, the jobs' ``JobPartUsage`` and
   ``JobNonPartUsage`` lines, and the codes the ERP needs (article, customer, site, technician)
   with ``id eq a or id eq b …`` chains: a few requests per page instead of three per approval.
3. Show them (:meth:`CompletedWork.preview` → :class:`ReadyApproval`), then write the chosen ones
   (:meth:`CompletedWork.export`) to the target of the profile's ``export_to``
   (:mod:`core.sync.targets`, which knows each kind by its address): the ERP's staging tables
   (a database URL, :mod:`core.sync.targets.sql`, in batches of up to 50 approvals per
   transaction), an outbox folder (:mod:`core.sync.targets.folder`, one file per approval) or a
   web service (an ``https://`` URL, :mod:`core.sync.targets.webhook`, one signed POST each).

Exactly once across crashes: a target that stages a file first
(``PreparedExport.staged``) has the delivery written down here before it makes the file visible,
and an export that starts settles what a killed one left (:meth:`ExportTarget.settle`; the
folder module tells how). The others write as upserts (the staging tables) or carry an
idempotency key (the web service), so delivering an approval again after a crash is harmless.

The watermark moves only after the approval's write has committed, and never past an approval
that is not exported yet and not written down either (not chosen): exporting one approval out of
order leaves the watermark before the older ones. Exported approvals are remembered in the journal
(with the ``modified_dateutc`` they were exported at), so they are not exported again while the
watermark catches up. A crash between the ERP commit and the watermark write exports that approval
again on the next run: the upsert makes that harmless (at-least-once plus idempotent writes).

Held back in the open: an approval that cannot be exported (its job is missing in Odyssee, the ERP
refused it) is written down in the store's ``held_back`` list with the reason, in the same
transaction that moves the watermark past it. One bad approval therefore never makes every later
poll read again everything since it. Each export tries the held ones first, with one batched
look-up by id (``id eq a or id eq b …``, resolved together with the first page of new approvals):
one that has become exportable is exported and leaves the list in the same transaction as its
journal entry; the others stay, one attempt more. The look-up reads each held approval as it is
now, so one changed in Odyssee after it was held is seen in its new version; a held approval is
only ever removed from the list once exported. While anything is held the run is ``partial``.

"Re-export since a date" (:meth:`CompletedWork.rewind`) moves the watermark back and marks the
journal, so every approval from then on is exported again — as upserts, so without duplicates.

Everything returned is plain data (dataclasses of dicts, text, Decimal), for the GUI's threads.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation
from typing import Iterable, Iterator, Mapping, Sequence

from core.errors import sentence
from core.odata.errors import CancelledError, OdysseeError
from core.odata.expr import field as odata_field
from core.odyssee.values import EMPTY_DATE, format_datetime, parse_datetime
from core.settings import DEFAULT_EXPORT_FORMAT, EXPORT_FORMATS
from core.state import HeldBack, JournalEntry, LeaseLost
from core.sync.batched_reads import (
    DEFAULT_PAGE_SIZE,
    ChangedRows,
    by_id,
    fetch_by_guids,
    grouped,
    key,
    text,
    with_cancel,
)
from core.sync.progress import RunControl
from core.sync.targets import target_for_profile
from core.sync.targets.base import ExportTarget, ExportTargetError, PreparedExport
from core.sync.watermark import WatermarkCursor

STREAM = "job_approval"
DELIVERIES = "outbox"  # the store's delivery stream of outbox files
JOURNAL_ENTITY = "job_approval"
ACTION_EXPORT = "export"
ACTION_REWIND = "rewind"
RUN_KIND = "export"

APPROVAL_SELECT = (
    "id", "jobs_id", "user_id", "is_daily_approval", "is_signed", "contact_name", "customer_remarks",
    "date_generated", "job_status_id", "modified_dateutc",
)
JOB_SELECT = ("id", "reference_back_office", "id2", "name", "company_id", "project_id")
PART_SELECT = (
    "id", "jobs_id", "user_id", "article_id", "working_date", "code", "name", "description", "remark",
    "quantity", "price", "is_under_warranty",
)
TIME_SELECT = (
    "id", "jobs_id", "user_id", "working_date", "timesheet_date_from", "timesheet_date_to", "type_code",
    "line_code", "description", "line_memo", "quantity", "price", "is_under_warranty",
)

# A target that can (the staging tables) takes this many approvals in one transaction, and the
# state records them in one: a commit per approval was a third of an export's own work.
APPROVALS_PER_COMMIT = 50

ZERO = Decimal(0)


# ----------------------------------------------------------------------------------------------
# What the preview shows


@dataclass(frozen=True)
class Totals:
    part_lines: int = 0
    part_quantity: Decimal = ZERO
    parts_amount: Decimal = ZERO  # quantity × price, warranty lines at 0
    working_hours: Decimal = ZERO
    travel_hours: Decimal = ZERO
    labour_amount: Decimal = ZERO  # hours × price, warranty lines at 0

    @property
    def hours(self) -> Decimal:
        return self.working_hours + self.travel_hours

    @property
    def amount(self) -> Decimal:
        return self.parts_amount + self.labour_amount


@dataclass(frozen=True)
class ReadyApproval:
    """A final approval ready for the ERP, with the rows that will be written for it.

    ``approval`` and ``job`` are the Odyssee rows as read; ``work_order``, ``parts`` and
    ``time_lines`` are the rows for the staging tables (``exported_at`` is added when written).
    ``problems`` explain why it cannot be exported (``exportable`` is False) or, for
    ``warnings``, what looks odd but does not stop it. ``held`` is set while it is held back
    (an earlier export could not write it): since when, how often tried, and why.
    """

    approval: dict
    job: dict
    work_order: dict
    parts: tuple[dict, ...]
    time_lines: tuple[dict, ...]
    totals: Totals
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    held: HeldBack | None = None
    # How people know the codes it names (not written to the ERP): "Company:C00173" -> its name,
    # "Project:<reference>" -> the site's name, "User:<code>" -> the technician's full name.
    names: Mapping[str, str] = field(default_factory=dict, compare=False)

    def name_of(self, entity: str, code: object) -> str:
        return self.names.get(f"{entity}:{code}", "") if code else ""

    @property
    def id(self) -> str:
        return self.work_order["job_approval_id"]

    @property
    def job_reference(self) -> str:
        return self.work_order["job_reference"]

    @property
    def job_number(self) -> int | None:
        return self.work_order["job_number"]

    @property
    def modified(self) -> str:
        return self.work_order["odyssee_modified"]

    @property
    def exportable(self) -> bool:
        return not self.problems

    @property
    def label(self) -> str:
        """How messages name it: its job reference, else its job number, else its id."""
        if self.job_reference:
            return self.job_reference
        if self.job_number:
            return sentence("job #{number}", number=self.job_number)
        return sentence("approval {id}", id=self.id)


@dataclass
class ExportResult:
    status: str = "ok"  # ok | partial | failed | cancelled (core.state.RUN_STATUSES)
    exported: list[str] = field(default_factory=list)  # approval ids, in the order written
    failed: dict[str, str] = field(default_factory=dict)  # approval id -> reason
    invalid: dict[str, str] = field(default_factory=dict)  # approval id -> problems (not written)
    not_selected: int = 0
    recovered: int = 0  # delivered by an interrupted export, found and recorded by this one
    message: str = ""  # a run-level failure (the ERP or Odyssee could not be reached, …)
    watermark: str | None = None
    run_id: int | None = None
    problems: list[str] = field(default_factory=list)  # malformed rows in Odyssee's answers
    # Every approval held back once the run ended (this run's and earlier ones'), longest first:
    # none of them has reached the ERP; each is tried again by the next export.
    held: list[HeldBack] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return {
            "exported": len(self.exported),
            "failed": len(self.failed),
            "invalid": len(self.invalid),
            "not_selected": self.not_selected,
            "held": len(self.held),
        }


# ----------------------------------------------------------------------------------------------
# The engine


class CompletedWork:
    """Preview and export of completed work for one profile (its client, store and target).

    Safe to use from a worker thread; one export at a time per store (the journal and the
    watermark are its memory).
    """

    def __init__(
        self, client, store, target: ExportTarget | None = None, *, page_size: int = DEFAULT_PAGE_SIZE,
        approvals_per_commit: int = APPROVALS_PER_COMMIT,
    ):
        self.client = client
        self.store = store
        self.target = target
        self.page_size = page_size
        self.approvals_per_commit = approvals_per_commit

    # -------------------------------------------------------------- public API

    @property
    def watermark(self) -> str | None:
        return self.store.get_watermark(STREAM).value

    def preview(self, control: RunControl | None = None, *, limit: int | None = None) -> list[ReadyApproval]:
        """The approvals waiting for the ERP (not exported yet): the held-back ones first, as they
        are in Odyssee now, then the new ones, oldest first. Nothing is written."""
        control = control or RunControl()
        ready: list[ReadyApproval] = []
        for _row, item, _retried in self._items(control, held=self._held()):
            if item is not None:
                ready.append(item)
                control.report(len(ready), None, sentence("{count} approvals ready", count=len(ready)))
                if limit is not None and len(ready) >= limit:
                    break
        return ready

    def held(self) -> list[HeldBack]:
        """The approvals held back now (read from the state, no request), the longest held first."""
        return self.store.held(STREAM)

    def retry(self, ids: Iterable[str] | None = None, control: RunControl | None = None) -> ExportResult:
        """Try the held-back approvals ``ids`` (None: all of them) now, and only those."""
        held = self._held(ids)
        return self.export(list(held), control, scan=False)

    def export(
        self, ids: Iterable[str] | None = None, control: RunControl | None = None, *, scan: bool = True,
    ) -> ExportResult:
        """Export the approvals ``ids`` (None: every ready one); see the module docstring.

        ``scan=False`` tries only the held-back ones (:meth:`retry`) and reads no new approvals.
        """
        if self.target is None:
            raise ExportTargetError(sentence("No export target: set where completed work goes (export_to)."), fatal=True)
        control = control or RunControl()
        wanted = None if ids is None else {key(value) or str(value).lower() for value in ids}
        result = ExportResult(run_id=self.store.start_run(RUN_KIND))
        committed = WatermarkCursor.from_store(self.store.get_watermark(STREAM))
        blocked = False  # an older approval is neither exported nor held: the watermark stays before it
        done = 0
        held = self._held(wanted)
        held_now = set(held)  # to take off the list once exported (those held during this run too)

        def move_past(*passed: tuple[dict, bool]) -> None:
            """Let the watermark pass each (row, retried) of ``passed``, oldest first; within the
            caller's transaction, if any, so that it lands together with what made it safe (the
            ERP's journal entry, the held-back record)."""
            nonlocal committed
            if blocked:
                return
            advanced = committed
            for row, retried in passed:
                # The retried ones come outside the scan's order: the scan passes them when it meets them.
                if not retried:
                    advanced = advanced.advance(row)
            # Written once for a whole batch: a write per approval was a quarter of an export's own CPU time.
            if advanced.value is not None and advanced != committed:
                self.store.set_watermark(STREAM, advanced.text, advanced.seen_ids)
            committed = advanced

        def hold(item: ReadyApproval, reason: str, row: dict, retried: bool) -> None:
            # Written down and passed by the watermark together: it can be neither lost nor block.
            with self.store.transaction():
                self.store.hold(
                    STREAM, item.id, reason, odyssee_modified=item.modified, label=_held_label(item), run_id=result.run_id,
                )
                move_past((row, retried))
            held_now.add(item.id)

        together = getattr(self.target, "deliver_together", None)
        if wanted is not None or self.approvals_per_commit < 2:
            together = None  # a few chosen ones: each on its own, as asked
        waiting: list[tuple[dict, ReadyApproval, bool, PreparedExport, str]] = []

        def delivered(entries: Sequence[tuple[dict, ReadyApproval, bool, PreparedExport, str]]) -> None:
            # The ERP has them. Now the journal, the held list and, unless an older one is still
            # waiting, the watermark: together, in one transaction of the state database.
            nonlocal done
            with self.store.transaction():
                for row, item, retried, prepared, note in entries:
                    self.store.journal(JOURNAL_ENTITY, item.id, ACTION_EXPORT, "ok", run_id=result.run_id, after=note)
                    if prepared.staged is not None:
                        self.store.clear_delivery(DELIVERIES, item.id)
                    if item.id in held_now:
                        self.store.clear_held(STREAM, item.id)
                move_past(*((row, retried) for row, _item, retried, _prepared, _note in entries))
            for _row, item, _retried, _prepared, _note in entries:
                held_now.discard(item.id)
                result.exported.append(item.id)
                done += 1
                control.report(done, None, sentence("Exported {label}", label=item.label))

        def refused(row: dict, item: ReadyApproval, retried: bool, error: ExportTargetError) -> None:
            if error.fatal:
                raise error
            result.failed[item.id] = error.message
            with self.store.transaction():
                self.store.journal(JOURNAL_ENTITY, item.id, ACTION_EXPORT, "failed", run_id=result.run_id, message=error.message)
                hold(item, error.message, row, retried)

        def deliver_waiting() -> None:
            """The approvals gathered for one transaction; when the ERP refuses it, each alone,
            so that only the one it refuses is held back."""
            if not waiting:
                return
            entries = list(waiting)
            waiting.clear()
            control.check()  # also confirms the lease: nothing goes out without it
            try:
                together([entry[3] for entry in entries])
            except ExportTargetError as error:
                if error.fatal:
                    raise
                for entry in entries:
                    try:
                        self.target.deliver(entry[3])
                    except ExportTargetError as alone:
                        refused(entry[0], entry[1], entry[2], alone)
                        continue
                    delivered([entry])
                return
            delivered(entries)

        try:
            result.recovered = self._settle_deliveries(result.run_id)
            for row, item, retried in self._items(control, problems=result.problems, held=held, scan=scan):
                if item is None or (wanted is not None and item.id not in wanted) or not item.exportable:
                    deliver_waiting()  # what moves the watermark goes in order
                if item is None:  # already exported, or an ignored daily approval
                    if retried:  # held, yet exported at this version (the journal says so): not twice
                        self.store.clear_held(STREAM, key(row.get("id")))
                    else:
                        move_past((row, retried))
                    continue
                if wanted is not None and item.id not in wanted:
                    result.not_selected += 1
                    blocked = True
                    continue
                if not item.exportable:
                    result.invalid[item.id] = "; ".join(item.problems)
                    hold(item, result.invalid[item.id], row, retried)
                    continue
                control.check()  # also confirms the lease: nothing goes out without it
                exported_at = format_datetime(datetime.now(timezone.utc))
                note = _journal_note(item, self.target.describe())
                try:
                    prepared = self.target.prepare(item, exported_at)
                    if together is not None:
                        waiting.append((row, item, retried, prepared, note))
                        if len(waiting) >= self.approvals_per_commit:
                            deliver_waiting()
                        continue
                    if prepared.staged is not None:
                        self.store.record_delivery(DELIVERIES, item.id, *prepared.staged, details=note, run_id=result.run_id)
                    self.target.deliver(prepared)
                except ExportTargetError as error:
                    refused(row, item, retried, error)
                    continue
                delivered([(row, item, retried, prepared, note)])
                if wanted is not None and wanted <= set(result.exported):
                    break
            deliver_waiting()
        except CancelledError as error:
            result.status = "cancelled"
            if isinstance(error, LeaseLost):
                result.message = error.message
        except ExportTargetError as error:
            result.message = error.message
            result.status = "partial" if result.exported else "failed"
        except OdysseeError as error:
            # Odyssee failed on a later page: what was read before it still goes to the ERP.
            try:
                deliver_waiting()
            except (CancelledError, ExportTargetError):
                pass
            result.message = error.message
            result.status = "partial" if result.exported else "failed"
        except BaseException:
            result.status = "failed"
            raise
        finally:
            result.watermark = self.store.get_watermark(STREAM).value
            result.held = self.store.held(STREAM)
            if result.status == "ok" and (result.failed or result.held):
                result.status = "partial"  # not everything reached the ERP
            lost = self.store.close_run(result.run_id, result.status, result.counts)
            if lost:
                result.status, result.message = "cancelled", result.message or lost
        return result

    def _settle_deliveries(self, run_id: int | None) -> int:
        """Journal the outbox files a killed export delivered but did not record; returns how many."""
        delivered = 0
        for delivery in self.store.deliveries(DELIVERIES):
            if self.target.settle(delivery):
                with self.store.transaction():
                    self.store.journal(
                        JOURNAL_ENTITY, delivery.item_id, ACTION_EXPORT, "ok", run_id=run_id, after=delivery.details,
                        message=sentence("delivered by an export that was interrupted before it recorded it"),
                    )
                    self.store.clear_delivery(DELIVERIES, delivery.item_id)
                delivered += 1
            else:
                self.store.clear_delivery(DELIVERIES, delivery.item_id)  # exported anew below
        return delivered

    def rewind(self, since: datetime | str | None) -> None:
        """Export everything changed since ``since`` again (None: from the very beginning)."""
        moment = EMPTY_DATE if since is None else (parse_datetime(since) if isinstance(since, str) else since)
        with self.store.transaction():
            self.store.set_watermark(STREAM, format_datetime(moment), ())
            self.store.journal(
                JOURNAL_ENTITY, None, ACTION_REWIND, "ok", message=sentence("re-export since {moment}", moment=format_datetime(moment)),
            )

    def exported_recently(self, limit: int = 200) -> list[dict]:
        """The latest successful exports, newest first: approval id, job reference, when."""
        return [
            {"approval_id": entry.erp_key, "exported_at": entry.time, **(entry.after or {})}
            for entry in self.store.journal_rows(
                entity=JOURNAL_ENTITY, action=ACTION_EXPORT, result="ok", limit=limit,
            )
        ]

    # -------------------------------------------------------------- scanning

    def _held(self, ids: Iterable[str] | None = None) -> dict[str, HeldBack]:
        """The held-back approvals (those among ``ids``; None: all), by id."""
        wanted = None if ids is None else {key(value) or str(value).lower() for value in ids}
        return {record.item_id: record for record in self.store.held(STREAM) if wanted is None or record.item_id in wanted}

    def _items(
        self,
        control: RunControl,
        problems: list[str] | None = None,
        *,
        held: Mapping[str, HeldBack] | None = None,
        scan: bool = True,
    ) -> Iterator[tuple[dict, ReadyApproval | None, bool]]:
        """(approval row, ReadyApproval or None when there is nothing to do, retried).

        First the held-back approvals ``held`` (``retried`` True: read again by id, resolved
        together with the first page of new ones, and never moving the watermark), then, unless
        ``scan`` is False, the approvals changed since the watermark, oldest first.
        """
        client = with_cancel(self.client, control)
        lookups: dict[str, dict[str, dict]] = {}  # codes can change between runs; within one run they are reused
        rewound_at = self._last_rewind()
        held = held or {}
        found = by_id(fetch_by_guids(client, "JobApproval", "id", held, select=APPROVAL_SELECT, control=control)) if held else {}
        pending: dict[str, dict | None] = {item_id: found.get(item_id) for item_id in held}  # None: gone from Odyssee
        # approval id -> the version the retry reads; the scan leaves that version (and older) to it
        retried = {item_id: _moment(row.get("modified_dateutc")) for item_id, row in pending.items() if row}

        def resolve(todo: list[dict]) -> tuple[list[tuple[dict, ReadyApproval | None, bool]], dict[str, ReadyApproval]]:
            """The pending held ones and ``todo``, resolved with one set of batched look-ups."""
            found_again = [row for row in pending.values() if row is not None]
            exports = self._newest_exports(found_again)
            again = [row for row in found_again if not _done(row, exports.get(key(row.get("id"))), rewound_at)]
            rows = again + todo
            resolved = {item.id: item for item in _resolve(client, rows, lookups, control)} if rows else {}
            retries = []
            for item_id, row in pending.items():
                record = held[item_id]
                if row is None:
                    row = {"id": item_id, "modified_dateutc": record.odyssee_modified}
                    retries.append((row, _gone(row, record), True))
                else:
                    item = resolved.get(item_id)
                    retries.append((row, None if item is None else replace(item, held=record), True))
            pending.clear()
            return retries, resolved

        changed = ChangedRows(
            client, "JobApproval", odata_field("is_daily_approval").eq(False), APPROVAL_SELECT,
            WatermarkCursor.from_store(self.store.get_watermark(STREAM)), self.page_size, control,
        )
        try:
            for batch in changed.batches() if scan else ():
                exports = self._newest_exports(batch)  # one question to the journal per page
                todo = [
                    row for row in batch
                    if not _covered(row, retried) and not _done(row, exports.get(key(row.get("id"))), rewound_at)
                ]
                todo_ids = {key(row.get("id")) for row in todo}
                for item_id in todo_ids:  # seen again in a newer version: the scan does it, not the retry
                    pending.pop(item_id, None)
                retries, resolved = resolve(todo)
                yield from retries
                for row in batch:
                    row_id = key(row.get("id"))
                    item = resolved.get(row_id) if row_id in todo_ids else None
                    if item is not None and row_id in held:
                        item = replace(item, held=held[row_id])
                    yield row, item, False
            if pending:  # no new approvals at all
                yield from resolve([])[0]
        finally:
            if problems is not None:
                problems.extend(changed.problems)

    def _newest_exports(self, rows: list[dict]) -> dict[str, JournalEntry]:
        """Approval id -> its newest successful export in the journal, for these rows at once."""
        return self.store.latest_journal_for(
            JOURNAL_ENTITY, (key(row.get("id")) for row in rows), action=ACTION_EXPORT, result="ok",
        )

    def _last_rewind(self) -> int:
        rows = self.store.journal_rows(entity=JOURNAL_ENTITY, action=ACTION_REWIND, limit=1)
        return rows[0].id if rows else 0


def _done(row: dict, entry: JournalEntry | None, rewound_at: int) -> bool:
    """Nothing to export: a daily approval, or exported already at this version."""
    return row.get("is_daily_approval") is True or _exported(row, entry, rewound_at)


def _exported(row: dict, entry, rewound_at: int) -> bool:
    """Exported already at this version (``entry``: its newest export), and not asked again by
    a later rewind?"""
    if entry is None or entry.id <= rewound_at:
        return False
    note = entry.after if isinstance(entry.after, dict) else {}
    try:
        return parse_datetime(str(note.get("odyssee_modified"))) >= _moment(row.get("modified_dateutc"))
    except ValueError:
        return False


def _lookup(
    client, lookups: dict[str, dict[str, dict]], entity: str, ids: Iterable[object], select: tuple[str, ...],
    control: RunControl,
) -> dict[str, dict]:
    """Rows of a small lookup set by id; each id is asked for once per run."""
    cache = lookups.setdefault(entity, {})
    missing = {key(value) for value in ids} - set(cache) - {""}
    if missing:
        found = by_id(fetch_by_guids(client, entity, "id", missing, select=select, control=control))
        for missing_id in missing:
            cache[missing_id] = found.get(missing_id, {})
    return cache


def _resolve(client, approvals: list[dict], lookups: dict[str, dict[str, dict]], control: RunControl) -> list[ReadyApproval]:
    """A page of approvals with their jobs, lines and codes, in a few batched requests."""
    jobs = by_id(fetch_by_guids(client, "Jobs", "id", (a.get("jobs_id") for a in approvals), select=JOB_SELECT, control=control))
    job_ids = list(jobs)
    parts = grouped(fetch_by_guids(client, "JobPartUsage", "jobs_id", job_ids, select=PART_SELECT, control=control), "jobs_id")
    times = grouped(fetch_by_guids(client, "JobNonPartUsage", "jobs_id", job_ids, select=TIME_SELECT, control=control), "jobs_id")
    all_parts = [line for lines in parts.values() for line in lines]
    all_times = [line for lines in times.values() for line in lines]
    articles = _lookup(client, lookups, "Article", (line.get("article_id") for line in all_parts), ("id", "code"), control)
    companies = _lookup(
        client, lookups, "Company", (job.get("company_id") for job in jobs.values()), ("id", "code", "name"), control,
    )
    projects = _lookup(
        client, lookups, "Project", (job.get("project_id") for job in jobs.values()), ("id", "reference_back_office", "name"),
        control,
    )
    user_ids = [a.get("user_id") for a in approvals] + [line.get("user_id") for line in all_parts + all_times]
    users = _lookup(client, lookups, "User", user_ids, ("id", "code", "firstname", "lastname"), control)
    codes = _Codes(articles, companies, projects, users)
    items = []
    for approval in approvals:
        jobs_id = key(approval.get("jobs_id"))
        items.append(_ready(approval, jobs.get(jobs_id, {}), parts.get(jobs_id, []), times.get(jobs_id, []), codes))
    return items


# ----------------------------------------------------------------------------------------------
# Rows for the staging tables


@dataclass(frozen=True)
class _Codes:
    articles: dict[str, dict]
    companies: dict[str, dict]
    projects: dict[str, dict]
    users: dict[str, dict]

    def of(self, table: dict[str, dict], value: object, name: str) -> str | None:
        code = text(table.get(key(value), {}).get(name)).strip()
        return code or None

    def names(self, job: dict, approval: dict, lines: Iterable[dict]) -> dict[str, str]:
        """How people know the customer, the site and the technicians (by their codes)."""
        found: dict[str, str] = {}
        wanted = [
            ("Company", self.companies.get(key(job.get("company_id")), {}), "code", ("name",)),
            ("Project", self.projects.get(key(job.get("project_id")), {}), "reference_back_office", ("name",)),
            *(("User", self.users.get(key(row.get("user_id")), {}), "code", ("firstname", "lastname"))
              for row in (approval, *lines)),
        ]
        for entity, row, code_field, name_fields in wanted:
            code = text(row.get(code_field)).strip()
            name = " ".join(" ".join(text(row.get(part)) for part in name_fields).split())
            if code and name:
                found[f"{entity}:{code}"] = name
        return found


def _ready(approval: dict, job: dict, part_rows: list[dict], time_rows: list[dict], codes: _Codes) -> ReadyApproval:
    problems: list[str] = []
    warnings: list[str] = []
    approval_id = key(approval.get("id"))
    jobs_id = key(approval.get("jobs_id"))
    reference = text(job.get("reference_back_office")).strip()
    if not jobs_id:
        problems.append(sentence("The approval names no job (jobs_id is empty)."))
    elif not job:
        problems.append(sentence("Its job {jobs_id} was not found in Odyssee.", jobs_id=jobs_id))
    elif not reference:
        warnings.append(sentence("Its job has no ERP reference (reference_back_office is empty)."))
    work_order = {
        "job_approval_id": approval_id,
        "jobs_id": jobs_id,
        "job_reference": reference,
        "job_number": _int(job.get("id2")),
        "job_name": text(job.get("name")),
        "site_code": codes.of(codes.projects, job.get("project_id"), "reference_back_office"),
        "customer_code": codes.of(codes.companies, job.get("company_id"), "code"),
        "technician_code": codes.of(codes.users, approval.get("user_id"), "code"),
        "date_generated": _date_text(approval.get("date_generated")),
        "contact_name": text(approval.get("contact_name")),
        "customer_remarks": text(approval.get("customer_remarks")),
        "odyssee_modified": format_datetime(_moment(approval.get("modified_dateutc"))),
    }
    common = {"job_approval_id": approval_id, "jobs_id": jobs_id, "job_reference": reference}
    parts = []
    part_quantity = parts_amount = ZERO
    for line in sorted(part_rows, key=_line_order):
        quantity, price, warranty, invoiced = _priced(line, problems)
        article_code = codes.of(codes.articles, line.get("article_id"), "code")
        if article_code is None and key(line.get("article_id")):
            article_code = text(line.get("code")).strip() or None  # the code copied onto the line
        parts.append({
            "line_id": key(line.get("id")),
            **common,
            "article_code": article_code or "",
            **_texts(line, "name", "description", "remark"),
            "quantity": quantity,
            "price": price,
            "is_under_warranty": int(warranty),
            "working_date": _date_text(line.get("working_date")),
            "technician_code": codes.of(codes.users, line.get("user_id"), "code"),
        })
        part_quantity += quantity
        parts_amount += invoiced
    time_lines = []
    hours = {"WorkingTime": ZERO, "TravelTime": ZERO}
    labour_amount = ZERO
    for line in sorted(time_rows, key=_line_order):
        quantity, price, warranty, invoiced = _priced(line, problems)
        type_code = text(line.get("type_code")) or "WorkingTime"
        time_lines.append({
            "line_id": key(line.get("id")),
            **common,
            "type_code": type_code,
            **_texts(line, "line_code", "description", "line_memo"),
            "hours": quantity,
            "price": price,
            "is_under_warranty": int(warranty),
            "working_date": _date_text(line.get("working_date")),
            "time_from": _date_text(line.get("timesheet_date_from")),
            "time_to": _date_text(line.get("timesheet_date_to")),
            "technician_code": codes.of(codes.users, line.get("user_id"), "code"),
        })
        hours[type_code] = hours.get(type_code, ZERO) + quantity
        labour_amount += invoiced
    totals = Totals(
        part_lines=len(parts),
        part_quantity=part_quantity,
        parts_amount=parts_amount,
        working_hours=sum((v for k, v in hours.items() if k != "TravelTime"), ZERO),
        travel_hours=hours["TravelTime"],
        labour_amount=labour_amount,
    )
    return ReadyApproval(
        approval=dict(approval), job=dict(job), work_order=work_order, parts=tuple(parts),
        time_lines=tuple(time_lines), totals=totals, problems=tuple(problems), warnings=tuple(warnings),
        names=codes.names(job, approval, [*part_rows, *time_rows]),
    )


def _priced(line: dict, problems: list[str]) -> tuple[Decimal, Decimal, bool, Decimal]:
    """A part or time line's quantity, price, whether it is under warranty, and the amount it
    invoices (nothing under warranty); a value that is no number is a problem of the approval."""
    quantity = _decimal(line.get("quantity"), "quantity", line, problems)
    price = _decimal(line.get("price"), "price", line, problems)
    warranty = line.get("is_under_warranty") is True
    return quantity, price, warranty, ZERO if warranty else quantity * price


def _texts(line: dict, *names: str) -> dict[str, str]:
    """The line's fields ``names`` as they are, as text, under their own names."""
    return {name: text(line.get(name)) for name in names}


def _line_order(line: dict) -> tuple[str, str, str]:
    return (text(line.get("working_date")), text(line.get("timesheet_date_from")), key(line.get("id")))


def _decimal(value: object, name: str, line: dict, problems: list[str]) -> Decimal:
    if isinstance(value, bool):
        value = None
    try:
        number = Decimal(str(value)) if value is not None else ZERO
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        problems.append(sentence("Line {line} has no valid {field} ({value!r}).", line=key(line.get("id")) or "?", field=name, value=value))
        return ZERO
    return number


def _int(value: object) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return int(str(value))
    except ValueError:
        return None


def _moment(value: object) -> datetime:
    """A datetime at the millisecond precision the server filters on."""
    moment = parse_datetime(str(value))
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def _date_text(value: object) -> str | None:
    """A date of an answer as ``2015-07-14T13:08:00.000Z``; None for the API's empty date."""
    try:
        moment = parse_datetime(str(value))
    except ValueError:
        return None
    return None if moment <= EMPTY_DATE else format_datetime(moment)


def _journal_note(item: ReadyApproval, target: str) -> dict:
    return {
        "job_reference": item.job_reference,
        "job_number": item.job_number,
        "odyssee_modified": item.modified,
        "parts": len(item.parts),
        "time_lines": len(item.time_lines),
        "target": target,
    }


def _covered(row: dict, retried: Mapping[str, datetime]) -> bool:
    """Whether the retry of a held-back approval already handles this version of it."""
    seen = retried.get(key(row.get("id")))
    return seen is not None and _moment(row.get("modified_dateutc")) <= seen


def _gone(row: dict, record: HeldBack) -> ReadyApproval:
    """A held-back approval that Odyssee no longer has: it stays held, in the open."""
    item = _ready(row, {}, [], [], _Codes({}, {}, {}, {}))
    return replace(item, problems=(sentence("The approval is no longer in Odyssee."),), warnings=(), held=record)


def _held_label(item: ReadyApproval) -> str:
    """How the office knows a held-back approval: its job reference, else its job number."""
    if item.job_reference:
        return item.job_reference
    if item.job_number:
        return sentence("job #{number}", number=item.job_number)
    return item.held.label if item.held is not None else ""


# The targets' names that the engine's callers use live in core.sync.targets; these stay here too.
__all__ = [
    "CompletedWork",
    "DEFAULT_EXPORT_FORMAT",
    "EXPORT_FORMATS",
    "ExportResult",
    "ExportTarget",
    "ExportTargetError",
    "PreparedExport",
    "ReadyApproval",
    "STREAM",
    "Totals",
    "target_for_profile",
]
