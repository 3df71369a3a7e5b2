"""The push: send the approved changes of a :class:`~core.sync.plan.Plan` to Odyssee.

``push(plan, client, store, control)`` sends the approved changes level by level (a create that
others depend on — a company before its projects — goes in an earlier level), a few at a time
within a level (worker threads share the thread-safe client and store; the client's pace,
:mod:`core.odata.pace`, decides how many have a request out at once).

Exactly once, even when killed
  Each create carries the client GUID the plan gave it. Before any create of a level is sent,
  the GUIDs are written to the store (``push_intents``), so a push that dies — even by SIGKILL —
  leaves a trace: the next plan finds the record by its ERP key if it landed, and otherwise
  sends it again with the *same* GUID; the server then says 409 if an earlier attempt landed
  after all, and the push reads ``Entity(<GUID>)`` to confirm it. Within one run the client
  already looks before it retries an ambiguous POST. So an ERP row never becomes two records.

Look again just before sending
  Right before a level's creates go out, Odyssee is asked once more, by ERP key, in batched
  requests: a record that appeared since the plan (a colleague's push, another program) is
  linked instead of created a second time. A record that landed under this create's own GUID
  (an attempt of a killed run) counts as pushed. This holds whatever else the office does,
  with or without a shared state.

Under a lease
  The caller runs a push under the push lease of its state (:mod:`core.state.leases`) and hands
  in the fenced store: before each request the run's ``control.check()`` confirms the lease,
  and each state write checks it again, so a push that lost its lease sends and writes nothing
  more; it ends ``cancelled`` with the reason in ``message``.

No lost edits (DECISIONS.md D8)
  Before the updates of a level, their records are re-read in one list call per entity (``id``
  ``or`` chains). A record whose ``modified_dateutc`` moved since the preview *and* whose
  synchronised fields no longer look as the preview showed becomes a ``conflict``: nothing is
  overwritten. PUT is a full update, so the body is that freshly read record overlaid with the
  mapped fields (protected fields left as Odyssee has them): fields the mapping does not know are
  sent back as they are, not wiped.

After each success, in one local transaction: the id map, the snapshot (normalised values, their
hash and Odyssee's ``modified_dateutc`` from the answer) and a journal row, which also keeps the
record's id and that ``modified_dateutc`` (``RECORD_KEY``): an undo (:mod:`core.sync.undo`) checks
against them once later pushes have replaced the snapshot. A failure never stops
the other rows; the rows depending on it are skipped with the reason. Changes the user did not
approve are left alone: they stay pending, and the next plan shows them again. Only an explicit
skip (:mod:`core.sync.skip`) hides a change from later plans until its ERP row changes.

At the end each entity's ERP watermark moves over the rows that are resolved — pushed, linked,
unchanged or skipped by the user — up to (not including) the oldest row that is not (failed,
invalid, not approved, held back, conflict found at push time, cancelled), so that row is read
again next time.

Progress is reported per change through the :class:`~core.sync.progress.RunControl`; a cancel
stops between changes (a request on the wire finishes first) and the result says ``cancelled``.
"""
from __future__ import annotations

import queue
import threading
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Iterable, Iterator

from core.errors import sentence
from core.odata import OdysseeClient
from core.odata.errors import CancelledError, ConflictError, NotFoundError, OdysseeError
from core.odyssee.model import ENTITY_SETS
from core.odyssee.values import format_datetime, key_fold, wire_value
from core.state import LeaseLost, Store, StoreError
from core.sync.plan import (
    CONFLICT,
    CREATE,
    INVALID,
    LINK,
    UNCHANGED,
    UPDATE,
    PendingChange,
    Plan,
    modified_text,
    read_values,
    row_document,
    stream_by_values,
    watermark_stream,
)
from core.sync.plan import (
    SKIPPED as SKIPPED_ACTION,  # a row's action; SKIPPED below is an outcome's status
)
from core.sync.progress import RunControl

# None: as many threads as the client's pace may use at most; the pace decides how many of
# them have a request out (core.odata.pace).
DEFAULT_CONCURRENCY = None
REREAD_PIECE = 50  # updates re-read per job: a couple of batched requests

OK = "ok"
FAILED = "failed"
SKIPPED = "skipped"
CONFLICTED = "conflict"
STATUSES = (OK, FAILED, SKIPPED, CONFLICTED)

RUN_KIND = "push"
# In the journal's ``after`` of a change Odyssee took, next to the values: the record's id,
# Odyssee's modified_dateutc right after, and the ERP row's modification time. An undo needs
# them once later pushes have replaced the snapshot. No field name starts with "@".
RECORD_KEY = "@record"


@dataclass(frozen=True)
class _Job:
    """Work for the pool: ``work()`` sends or re-reads, and may hand back further jobs; the
    changes it concerns are reported failed if it raises."""

    changes: list
    work: Callable[[], "list[_Job] | None"]


@dataclass
class PushOutcome:
    """What happened to one change of the plan."""

    entity: str
    erp_key: str
    action: str
    status: str  # ok | failed | skipped | conflict
    message: str = ""
    http_status: int | None = None
    odyssee_id: str | None = None
    # Whether the ERP row needs nothing more (the watermark may move over it).
    resolved: bool = False
    # Failed, conflict, or held back by a dependency that failed: the run is not "ok".
    needs_attention: bool = False

    @property
    def key(self) -> str:
        return f"{self.entity}:{self.erp_key}"

    def to_dict(self) -> dict[str, Any]:
        return row_document(self, "status", "message", "http_status", "odyssee_id")


@dataclass
class PushResult:
    run_id: int | None
    outcomes: list[PushOutcome]
    counts: dict[str, int]  # status -> changes
    api_calls: int
    status: str  # ok | partial | failed | cancelled (the run's status in the store)
    watermarks: dict[str, str | None] = field(default_factory=dict)  # entity -> the ERP watermark after the push
    message: str = ""  # why the run stopped early (its lease was lost), for the user

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"

    def outcome(self, entity: str, erp_key: str) -> PushOutcome | None:
        for outcome in self.outcomes:
            if outcome.entity == entity and outcome.erp_key == erp_key:
                return outcome
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "status": self.status,
            "counts": dict(self.counts),
            "api_calls": self.api_calls,
            "watermarks": dict(self.watermarks),
            "message": self.message,
            "outcomes": [outcome.to_dict() for outcome in self.outcomes],
        }


def push(
    plan: Plan,
    client: OdysseeClient,
    store: Store,
    control: RunControl | None = None,
    *,
    approve: Iterable[str | tuple[str, str] | PendingChange] | None = None,
    concurrency: int | None = DEFAULT_CONCURRENCY,
) -> PushResult:
    """Send the approved changes of ``plan``; see the module docstring.

    ``approve`` names the changes to send (``"Entity:erp_key"``, ``(entity, erp_key)`` or the
    changes themselves); None sends those whose ``approved`` flag is set. Naming a change that is
    not in the plan, or one that cannot be approved (invalid, unchanged), raises ValueError
    before anything is sent. Every other pending change stays pending (see the module docstring).
    """
    if concurrency is None:
        concurrency = client.pace.maximum
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    chosen = _chosen(plan, approve)
    control = control or RunControl()
    return _Push(plan, client.with_cancel(control.cancel), store, control, chosen, concurrency).run()


def _chosen(plan: Plan, approve: Iterable[str | tuple[str, str] | PendingChange] | None) -> set[tuple[str, str]]:
    if approve is None:
        return {(c.entity, c.erp_key) for c in plan.changes if c.approved and c.approvable}
    chosen: set[tuple[str, str]] = set()
    for item in approve:
        if isinstance(item, PendingChange):
            change = item  # the change itself: never its namesake (an invalid row with the same key)
            entity, erp_key = item.entity, item.erp_key
        else:
            entity, erp_key = item if isinstance(item, tuple) else str(item).partition(":")[::2]
            change = plan.find(entity, erp_key)
        if change is None or change.action == UNCHANGED:
            raise ValueError(f"{entity}:{erp_key} is not a pending change of this plan")
        if not change.approvable:
            reasons = "; ".join(change.problems)
            raise ValueError(f"{change.key} is {change.action} and cannot be approved" + (f": {reasons}" if reasons else ""))
        chosen.add((change.entity, change.erp_key))
    return chosen


class SendingRun:
    """What a push and an undo (core.sync.undo) share: a run of their kind in the state, records
    sent from a pool of threads, one outcome per record, and progress that never goes backwards."""

    def __init__(self, client: OdysseeClient, store: Store, control: RunControl, concurrency: int, total: int) -> None:
        self.client = client
        self.store = store
        self.control = control
        self.concurrency = concurrency
        self.total = total
        self.outcomes: dict[Any, PushOutcome] = {}
        self.lock = threading.Lock()
        self.run_id: int | None = None
        self.approved_at = format_datetime(datetime.now(timezone.utc))
        self.done = 0
        self._calls_before = 0

    def start(self, kind: str) -> None:
        self._calls_before = self.client.stats.snapshot().requests
        self.run_id = self.store.start_run(kind)

    def calls(self) -> int:
        """Requests sent since :meth:`start`."""
        return self.client.stats.snapshot().requests - self._calls_before

    def journal_if_possible(self, write: Callable[..., None], *args: Any, **kwargs: Any) -> None:
        try:
            write(*args, **kwargs)
        except (StoreError, LeaseLost):
            pass  # the outcome is still reported; the journal is a record, not the state

    def record(self, key: Any, outcome: PushOutcome, *, counts: bool = True) -> None:
        """``outcome`` for ``key``; ``counts``: one more done of ``total``, and said so."""
        with self.lock:  # held while reporting, so that "done" never goes backwards
            self.outcomes[key] = outcome
            if counts:
                self.done += 1
                self.control.report(self.done, self.total, f"{outcome.entity} {outcome.erp_key}: {outcome.status}")


class _Push(SendingRun):
    def __init__(
        self,
        plan: Plan,
        client: OdysseeClient,
        store: Store,
        control: RunControl,
        chosen: set[tuple[str, str]],
        concurrency: int,
    ) -> None:
        super().__init__(client, store, control, concurrency, total=len(chosen))
        self.plan = plan
        self.chosen = chosen
        self.index = {(c.entity, c.erp_key): c for c in plan.changes if c.erp_key}

    # ------------------------------------------------------------------ the run

    def run(self) -> PushResult:
        self.start(RUN_KIND)
        with stopped_by(self.control) as stop:
            self.report_left_out()
            levels = self.levels()
            self.control.report(0, self.total, sentence("Pushing"))
            with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="push") as pool:
                for level in sorted(levels):
                    self.control.check()
                    self.push_level(pool, levels[level])
                    if self.control.cancelled:
                        self.control.check()
                        raise CancelledError(sentence("Cancelled."))
        message = stop.message
        for change in self.plan.changes:
            key = (change.entity, change.erp_key)
            if key in self.chosen and key not in self.outcomes:
                self.finish(change, SKIPPED, sentence("cancelled before it was sent"), journal=False)
        outcomes = [self.outcomes[(c.entity, c.erp_key)] for c in self.plan.changes if (c.entity, c.erp_key) in self.outcomes]
        counts = status_counts(outcomes)
        status = run_status(outcomes, stop.cancelled)
        watermarks: dict[str, str | None] = {}
        try:
            watermarks = self.move_watermarks()
            self.store.finish_run(self.run_id, status, counts)
        except LeaseLost as error:  # the new holder marks this run as interrupted
            status, message = "cancelled", message or error.message
        return PushResult(self.run_id, outcomes, counts, self.calls(), status, watermarks, message)

    def report_left_out(self) -> None:
        """What is not sent is reported, and nothing is written for it: invalid rows, rows the
        user skipped (settled: the watermark may move over them) and rows not approved (pending
        still: the watermark stops below them, so the next plan shows them again)."""
        for change in self.plan.changes:
            key = (change.entity, change.erp_key)
            if change.action == UNCHANGED or key in self.chosen:
                continue
            if change.action == INVALID:
                reasons = "; ".join(change.problems) or sentence("invalid")
                self.outcomes[key] = PushOutcome(change.entity, change.erp_key, INVALID, SKIPPED, reasons)
            elif change.action == SKIPPED_ACTION:
                self.outcomes[key] = PushOutcome(
                    change.entity, change.erp_key, change.action, SKIPPED, change.note or sentence("skipped"),
                    odyssee_id=change.odyssee_id, resolved=True,
                )
            else:
                self.outcomes[key] = PushOutcome(
                    change.entity, change.erp_key, change.action, SKIPPED, sentence("not approved: still pending"),
                    odyssee_id=change.odyssee_id,
                )

    def levels(self) -> dict[int, list[PendingChange]]:
        """Chosen changes by depth: 0 needs nothing, n needs a create of level n-1."""
        depth: dict[tuple[str, str], int] = {}

        def level_of(key: tuple[str, str], visiting: frozenset) -> int:
            if key in depth:
                return depth[key]
            change = self.index[key]
            deepest = -1
            for dependency in change.depends_on:
                if dependency in visiting or dependency not in self.index:
                    continue  # a cycle is broken where it closes; the server decides
                deepest = max(deepest, level_of(dependency, visiting | {key}))
            depth[key] = deepest + 1
            return depth[key]

        levels: dict[int, list[PendingChange]] = {}
        for change in self.plan.changes:
            key = (change.entity, change.erp_key)
            if key in self.chosen:
                levels.setdefault(level_of(key, frozenset()), []).append(change)
        return levels

    # ------------------------------------------------------------------ one level

    def push_level(self, pool: ThreadPoolExecutor, changes: list[PendingChange]) -> None:
        ready = []
        for change in changes:
            reason = self.blocked(change)
            if reason:
                self.finish(change, SKIPPED, reason, attention=self.blocked_by_trouble(change))
            else:
                ready.append(change)
        ready = self.skip_already_pushed(ready)
        jobs: list[_Job] = []
        for change in ready:
            if change.action == LINK:
                self.link(change)
        creates = self.look_again([c for c in ready if c.action == CREATE])
        for entity in dict.fromkeys(c.entity for c in creates):
            of_entity = [c for c in creates if c.entity == entity]
            guids = self.store.record_intents(entity, {c.erp_key: c.odyssee_id or str(uuid.uuid4()) for c in of_entity}, run_id=self.run_id)
            for change in of_entity:
                jobs.append(self.sending(change, ("create", guids[change.erp_key])))
        updates = [c for c in ready if c.action in (UPDATE, CONFLICT)]
        for entity in dict.fromkeys(c.entity for c in updates):
            of_entity = [c for c in updates if c.entity == entity]
            # Re-read in pieces, each in the pool: the PUTs of one piece go out while the next
            # piece is read, instead of every re-read first and then every PUT.
            for start in range(0, len(of_entity), REREAD_PIECE):
                piece = of_entity[start : start + REREAD_PIECE]
                jobs.append(_Job(piece, lambda entity=entity, piece=piece: [
                    self.sending(change, task) for change, task in self.prepare_updates(entity, piece)
                ]))
        self.run_jobs(pool, jobs)

    def sending(self, change: PendingChange, task: tuple) -> _Job:
        return _Job([change], lambda: self.send(change, task))

    def blocked(self, change: PendingChange) -> str:
        for dependency in change.depends_on:
            entity, erp_key = dependency
            if dependency not in self.chosen:
                if dependency in self.index and self.index[dependency].action == SKIPPED_ACTION:
                    return sentence("waits for {entity} {key}, which is skipped", entity=entity, key=erp_key)
                return sentence("waits for {entity} {key}, which is not approved", entity=entity, key=erp_key)
            outcome = self.outcomes.get(dependency)
            if outcome is None:
                continue  # not pushed yet only when a cycle was broken
            if outcome.status != OK:
                return sentence(
                    "waits for {entity} {key}, which was not pushed ({why})", entity=entity, key=erp_key, why=outcome.message,
                )
        return ""

    def blocked_by_trouble(self, change: PendingChange) -> bool:
        return any(
            dependency in self.chosen and (outcome := self.outcomes.get(dependency)) is not None and outcome.needs_attention
            for dependency in change.depends_on
        )

    def skip_already_pushed(self, changes: list[PendingChange]) -> list[PendingChange]:
        """A change whose values are already the store's snapshot was pushed by an earlier run
        of this same plan: nothing to send."""
        remaining = []
        for entity in dict.fromkeys(c.entity for c in changes):
            of_entity = [c for c in changes if c.entity == entity]
            keys = [c.erp_key for c in of_entity]
            snapshots = self.store.snapshots_for(entity, keys)
            ids = self.store.ids_for(entity, keys)
            for change in of_entity:
                snapshot = snapshots.get(change.erp_key)
                if snapshot is not None and snapshot.hash == change.hash and change.erp_key in ids:
                    self.finish(change, OK, sentence("already pushed"), odyssee_id=ids[change.erp_key], resolved=True, journal=False)
                else:
                    remaining.append(change)
        return remaining

    def look_again(self, creates: list[PendingChange]) -> list[PendingChange]:
        """The creates still to send, once Odyssee was asked again by key (see the module
        docstring); the others are linked, or held back with the reason."""
        remaining = []
        for entity in dict.fromkeys(c.entity for c in creates):
            of_entity = [c for c in creates if c.entity == entity]
            scan = self.plan.entities.get(entity)
            key_field = scan.key_field if scan else "code"
            fields = list(scan.fields) if scan else []
            select = tuple(dict.fromkeys(["id", "modified_dateutc", key_field, *fields]))
            try:
                self.control.check()
                rows = list(stream_by_values(self.client, entity, key_field, [c.erp_key for c in of_entity], select))
            except OdysseeError as error:
                for change in of_entity:
                    self.finish(
                        change, FAILED,
                        sentence("could not check Odyssee for it just before the create: {error}", error=error.message),
                        http_status=error.status,
                    )
                continue
            found: dict[str, list[dict]] = {}
            for row in rows:  # matched the way the server matched them (DECISIONS.md D12)
                found.setdefault(key_fold(str(row.get(key_field, ""))), []).append(row)
            intents = self.store.intents_for(entity, [c.erp_key for c in of_entity])
            protected = set(scan.protected) if scan else set()
            for change in of_entity:
                matches = found.get(key_fold(change.erp_key), [])
                if not matches:
                    remaining.append(change)
                    continue
                if len(matches) > 1:
                    self.finish(change, FAILED, sentence(
                        "Odyssee now has {count} {entity} records with {field} '{key}'; remove the duplicates in Odyssee first",
                        count=len(matches), entity=entity, field=key_field, key=change.erp_key,
                    ))
                    continue
                row = matches[0]
                odyssee_id = str(row.get("id", "")).lower()
                if odyssee_id and odyssee_id == intents.get(change.erp_key, change.odyssee_id or "").lower():
                    self.succeeded(change, odyssee_id, row, None, sentence("created by an earlier, interrupted attempt"))
                    continue
                now = read_values(entity, row, fields)
                if all(now.get(name) == value for name, value in change.proposed.items() if name not in protected):
                    self.succeeded(
                        change, odyssee_id, row, None,
                        sentence("appeared in Odyssee since the preview, with these values; linked to it"),
                    )
                    continue
                try:
                    with self.store.transaction():
                        self.store.set_id(entity, change.erp_key, odyssee_id)
                        self.store.clear_intent(entity, change.erp_key)
                except StoreError as error:
                    self.finish(change, FAILED, sentence(
                        "appeared in Odyssee since the preview, but the local state could not be saved: {error}", error=str(error),
                    ))
                    continue
                self.finish(
                    change, SKIPPED,
                    sentence(
                        "appeared in Odyssee since the preview (created elsewhere) with other values; not created again. "
                        "The next plan compares it."
                    ),
                    odyssee_id=odyssee_id, attention=True,
                )
        return remaining

    def prepare_updates(self, entity: str, changes: list[PendingChange]) -> list[tuple[PendingChange, Any]]:
        """Re-read the records (one list call per URL-sized batch) and build each PUT body."""
        wanted = {}
        for change in changes:
            try:
                wanted[str(uuid.UUID(str(change.odyssee_id)))] = change
            except ValueError:
                self.finish(change, FAILED, sentence(
                    "the plan holds no valid Odyssee id for it ({odyssee_id!r})", odyssee_id=change.odyssee_id,
                ))
        try:
            rows = reread(self.client, entity, wanted)
        except OdysseeError as error:
            for change in wanted.values():
                self.finish(
                    change, FAILED, sentence("could not re-read it before the update: {error}", error=error.message),
                    http_status=error.status,
                )
            return []
        scan = self.plan.entities.get(entity)
        protected = set(scan.protected) if scan else set()
        tasks = []
        for odyssee_id, change in wanted.items():
            row = rows.get(odyssee_id)
            if row is None:
                self.store.forget(entity, change.erp_key)
                self.finish(change, FAILED, sentence(
                    "{entity} {odyssee_id} is no longer in Odyssee; the next plan creates it again",
                    entity=entity, odyssee_id=odyssee_id,
                ))
                continue
            moved = modified_text(row) != change.odyssee_modified
            if moved and change.current is not None:
                now = read_values(entity, row, list(change.current))
                edited = sorted(
                    name for name in change.current if name not in protected and now.get(name) != change.current[name]
                )
                if edited:
                    self.finish(
                        change, CONFLICTED,
                        sentence("changed in Odyssee since the preview ({fields}); not overwritten", fields=", ".join(edited)),
                        odyssee_id=odyssee_id,
                    )
                    continue
            sent = {name: value for name, value in change.proposed.items() if name not in protected}
            tasks.append((change, ("update", odyssee_id, update_body(change.entity, row, sent))))
        return tasks

    def run_jobs(self, pool: ThreadPoolExecutor, jobs: list[_Job]) -> None:
        """Run the jobs in the pool, and the jobs they hand back, until all are done.

        Finished jobs come back through one queue, so waiting costs the same for the last of
        4,000 jobs as for the first (a wait over every pending future at each turn did not)."""
        finished: queue.SimpleQueue[tuple[_Job, Future]] = queue.SimpleQueue()
        outstanding = 0

        def submit(job: _Job) -> None:
            nonlocal outstanding
            outstanding += 1
            pool.submit(job.work).add_done_callback(lambda future, job=job: finished.put((job, future)))

        for job in jobs:
            submit(job)
        while outstanding:
            job, future = finished.get()
            outstanding -= 1
            error = future.exception()
            if error is None:
                for follow_up in future.result() or ():
                    submit(follow_up)
                continue
            for change in job.changes:
                if (change.entity, change.erp_key) not in self.outcomes:
                    reason = error.message if isinstance(error, CancelledError) else sentence("unexpected error: {error}", error=str(error))
                    self.finish(change, SKIPPED if isinstance(error, CancelledError) else FAILED, reason, journal=False)

    # ------------------------------------------------------------------ sending (worker threads)

    def send(self, change: PendingChange, task: tuple) -> None:
        try:
            self.control.check()  # a cancel, or a lease that is no longer ours: nothing goes out
        except CancelledError as error:
            reason = error.message if isinstance(error, LeaseLost) else sentence("cancelled before it was sent")
            self.finish(change, SKIPPED, reason, journal=False)
            return
        try:
            if task[0] == "create":
                self.send_create(change, task[1])
            else:
                self.send_update(change, task[1], task[2])
        except CancelledError as error:
            reason = error.message if isinstance(error, LeaseLost) else sentence("cancelled while it was being sent")
            self.finish(change, SKIPPED, reason, journal=False)

    def send_create(self, change: PendingChange, guid: str) -> None:
        entity_set = ENTITY_SETS[change.entity]
        body = {"id": guid, **{name: wire_value(entity_set[name], value) for name, value in change.proposed.items()}}
        message = ""
        try:
            row = self.client.create(change.entity, body)
        except ConflictError as error:
            # Our GUID exists: an attempt of an interrupted push landed after all, or (rarely)
            # another record has it.
            try:
                row = self.client.get(change.entity, guid)
            except NotFoundError:
                self.finish(change, FAILED, error.message, http_status=error.status)
                return
            except OdysseeError as lookup_error:
                self.finish(
                    change, FAILED, sentence("{error} ({lookup_error})", error=error.message, lookup_error=lookup_error.message),
                    http_status=error.status,
                )
                return
            scan = self.plan.entities.get(change.entity)
            key_field = scan.key_field if scan else "code"
            if key_fold(str(row.get(key_field, ""))) != key_fold(change.erp_key):
                self.store.clear_intent(change.entity, change.erp_key)  # the next plan picks a new GUID
                self.finish(
                    change, FAILED,
                    sentence(
                        "Odyssee already has another {entity} with the id {guid}; the next plan gives it a new id",
                        entity=change.entity, guid=guid,
                    ),
                    http_status=error.status,
                )
                return
            message = sentence("created by an earlier, interrupted attempt")
        except OdysseeError as error:
            self.finish(change, FAILED, error.message, http_status=error.status)
            return
        self.succeeded(change, str(row.get("id") or guid).lower(), row, 201, message)

    def send_update(self, change: PendingChange, odyssee_id: str, body: dict[str, Any]) -> None:
        try:
            row = self.client.update(change.entity, odyssee_id, body)
        except NotFoundError as error:
            self.store.forget(change.entity, change.erp_key)
            self.finish(change, FAILED, error.message, http_status=error.status)
            return
        except OdysseeError as error:
            self.finish(change, FAILED, error.message, http_status=error.status)
            return
        self.succeeded(change, odyssee_id, row, 200, "")

    def link(self, change: PendingChange) -> None:
        row = {"modified_dateutc": change.odyssee_modified} if change.odyssee_modified else {}
        self.succeeded(change, str(change.odyssee_id or "").lower(), row, None, sentence("already in Odyssee with these values"))

    def succeeded(self, change: PendingChange, odyssee_id: str, row: dict, http_status: int | None, message: str) -> None:
        try:
            with self.store.transaction():
                self.store.set_id(change.entity, change.erp_key, odyssee_id)
                self.store.save_snapshot(
                    change.entity, change.erp_key, change.proposed, odyssee_modified=modified_text(row),
                    raw_hash=change.raw_hash,
                )
                record = {"odyssee_id": odyssee_id, "odyssee_modified": modified_text(row), "erp_modified": change.erp_modified}
                self.journal(change, OK, http_status=http_status, message=message or None, record=record)
                self.store.clear_intent(change.entity, change.erp_key)
                self.store.clear_rejection(change.entity, change.erp_key)
        except (StoreError, LeaseLost) as error:
            self.finish(
                change, FAILED, sentence("done in Odyssee, but the local state could not be saved: {error}", error=str(error)),
                http_status=http_status, odyssee_id=odyssee_id, journal=False,
            )
            return
        self.finish(change, OK, message, http_status=http_status, odyssee_id=odyssee_id, resolved=True, journal=False)

    # ------------------------------------------------------------------ bookkeeping

    def journal(
        self,
        change: PendingChange,
        result: str,
        *,
        http_status: int | None = None,
        message: str | None = None,
        record: dict[str, Any] | None = None,
    ) -> None:
        scan = self.plan.entities.get(change.entity)
        protected = set(scan.protected) if scan and change.action != CREATE else set()
        after: dict[str, Any] = {name: value for name, value in change.proposed.items() if name not in protected}
        if record is not None:
            after[RECORD_KEY] = record
        self.store.journal(
            change.entity, change.erp_key, change.action, result,
            run_id=self.run_id, before=change.current, after=after,
            approved_at=self.approved_at if (change.entity, change.erp_key) in self.chosen else None,
            http_status=http_status, message=message,
        )

    def finish(
        self,
        change: PendingChange,
        status: str,
        message: str,
        *,
        http_status: int | None = None,
        odyssee_id: str | None = None,
        resolved: bool = False,
        journal: bool = True,
        attention: bool | None = None,
    ) -> None:
        if journal:
            self.journal_if_possible(self.journal, change, status, http_status=http_status, message=message)
        if attention is None:
            attention = status in (FAILED, CONFLICTED)
        outcome = PushOutcome(
            change.entity, change.erp_key, change.action, status, message, http_status,
            odyssee_id or change.odyssee_id, resolved, attention,
        )
        key = (change.entity, change.erp_key)
        self.record(key, outcome, counts=key in self.chosen)

    def move_watermarks(self) -> dict[str, str | None]:
        """Per entity: the highest ERP modification time at or below which every row is resolved."""
        result: dict[str, str | None] = {}
        for entity, scan in self.plan.entities.items():
            current = self.store.get_watermark(watermark_stream(entity)).value
            result[entity] = current
            if not scan.complete or not scan.tracks_modified:
                continue
            resolved: list[str] = []
            unresolved: list[PendingChange] = []
            for change in self.plan.changes:
                if change.entity != entity or change.action == UNCHANGED or change.erp_modified is None:
                    continue
                outcome = self.outcomes.get((change.entity, change.erp_key))
                if outcome is not None and outcome.resolved:
                    resolved.append(change.erp_modified)
                else:
                    unresolved.append(change)
            if unresolved:
                first_open = min(change.erp_modified for change in unresolved)  # type: ignore[type-var]
                settled = [
                    change.settled_before for change in unresolved
                    if change.erp_modified == first_open and change.settled_before is not None
                ]
                covered = [moment for moment in resolved if moment < first_open] + settled  # type: ignore[operator]
            else:
                covered = resolved + ([scan.settled.latest] if scan.settled.latest else [])
            if not covered:
                continue
            highest = max(covered)
            if current is None or highest > current:
                self.store.set_watermark(watermark_stream(entity), highest)
                result[entity] = highest
        return result


# ----------------------------------------------------------------------------------------------
# Shared with the undo (core.sync.undo)


@dataclass
class RunStop:
    """Why a run stopped early, if it did: a cancel, or a lease lost (then ``message`` says so)."""

    cancelled: bool = False
    message: str = ""


@contextmanager
def stopped_by(control: RunControl) -> Iterator[RunStop]:
    """The work inside ends quietly on a cancel, also one a worker thread saw, or on a lost
    lease; the :class:`RunStop` says which. A lease lost while the last requests went out is
    found here too, so that the result can say why nothing more was written."""
    stop = RunStop()
    try:
        yield stop
        if control.cancelled:
            control.check()
            raise CancelledError(sentence("Cancelled."))
    except LeaseLost as error:
        stop.cancelled, stop.message = True, error.message
    except CancelledError:
        stop.cancelled = True
    if not stop.message and control.guard is not None:
        try:
            control.guard()
        except LeaseLost as error:
            stop.message = error.message


def status_counts(outcomes: list[PushOutcome]) -> dict[str, int]:
    """status -> outcomes, every status present."""
    counts = {status: 0 for status in STATUSES}
    for outcome in outcomes:
        counts[outcome.status] += 1
    return counts


def run_status(outcomes: list[PushOutcome], cancelled: bool) -> str:
    """ok | partial | failed | cancelled: how a run of these outcomes ended."""
    if cancelled:
        return "cancelled"
    succeeded = any(o.status == OK for o in outcomes)
    if not any(o.needs_attention for o in outcomes):
        return "ok"
    return "partial" if succeeded else "failed"


def reread(client: OdysseeClient, entity: str, odyssee_ids: Iterable[str]) -> dict[str, dict]:
    """The records as Odyssee has them now, by lower-case id, in one list call per URL-sized
    batch: what an update is checked against and built on. Missing ids are simply absent."""
    return {
        str(row.get("id", "")).lower(): row
        for row in stream_by_values(client, entity, "id", [uuid.UUID(str(key)) for key in odyssee_ids])
    }


def update_body(entity: str, row: dict, values: dict[str, Any]) -> dict[str, Any]:
    """The body of a PUT that sets ``values`` (normalised) on the freshly read ``row``.

    PUT is a full update: every other field goes back as Odyssee has it, so nothing the caller
    does not set is wiped. Annotations and read-only fields are left out, and so are the id and
    node of a reference whose code is among ``values``: else the stored ``<x>_id`` would win
    over the code sent."""
    entity_set = ENTITY_SETS[entity]
    dropped: set[str] = set()
    for reference in entity_set.references:
        if reference.code_field in values:
            dropped.update(name for name in (reference.id_field, reference.node) if name)
    body: dict[str, Any] = {}
    for name, value in row.items():
        spec = entity_set.field_map.get(name)
        if name.startswith("@") or name in dropped or (spec is not None and spec.read_only):
            continue
        body[name] = value
    for name, value in values.items():
        body[name] = wire_value(entity_set[name], value)
    return body


__all__ = [
    "DEFAULT_CONCURRENCY",
    "PushOutcome",
    "PushResult",
    "RECORD_KEY",
    "RunStop",
    "STATUSES",
    "push",
    "reread",
    "run_status",
    "status_counts",
    "stopped_by",
    "update_body",
]
