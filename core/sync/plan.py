"""The push plan: what would change in Odyssee, field by field, before anything is sent.

A plan is plain data (:class:`Plan` → :class:`PendingChange` → :class:`FieldChange`); the GUI
draws it, the CLI prints it as a table or JSON (``to_dict()``), the push engine
(:mod:`core.sync.push`) sends its approved part.

How it is built (:func:`build_plan`), entity by entity in the mapping's dependency order
(article categories before articles, project types and companies before projects):

1. The ERP rows changed since the entity's watermark (store stream ``erp:<Entity>``) are read,
   with the reader's overlap for clock skew; ``full=True`` reads every row.
2. Each row's mapped values are normalised (:mod:`core.odyssee.values`) and hashed. A row whose
   hash equals the snapshot of its last push is ``unchanged`` and costs **no API call** (the
   ERP-link guide's BE AWARE: an ERP edit may touch no synchronised field). A row whose change
   the user skipped (:mod:`core.sync.skip`) is ``skipped`` and costs no call either, until its
   values change again; it is listed only with ``include_skipped`` (then every row is read).
3. For the other rows the current Odyssee values are fetched in batches: by ``id`` where the
   store knows it, otherwise by the ERP key field (``code`` / ``reference_back_office``), with
   ``in`` lists or ``or`` chains within the server's byte and node limits
   (:meth:`core.odata.client.OdysseeClient.list_in`), selecting
   only the mapped fields, ``id`` and ``modified_dateutc`` — never one GET per row.
4. Each row becomes a :class:`PendingChange`: ``create`` (not in Odyssee; it gets its client
   GUID now), ``update``, ``link`` (in Odyssee with equal values: only its id and snapshot are
   recorded), ``conflict`` (someone changed a synchronised field in Odyssee since our last push,
   DECISIONS.md D8: its ``modified_dateutc`` is newer than the snapshot's), ``invalid`` (the reasons: the
   reader's conversion and rule problems, a reference that resolves nowhere, a duplicate) or
   ``unchanged`` (left out of ``changes`` unless ``include_unchanged``; then every ERP row is
   read, not only those changed since the watermark, so that every unchanged row is listed, with
   the values of its last push as Odyssee's).
5. References by ERP key (``company_code``, ``project_type_code``, ``article_category_code``)
   must resolve: to a create in this plan (then ``depends_on`` names it), to a record the store
   knows, or to a record found in Odyssee (checked in batches too); otherwise the row is invalid.

Protected fields (the mapping's ``protected``) are sent on create and never overwritten on
update: they take no part in the diff. Creates, updates and links start approved; conflicts
start unapproved; invalid rows cannot be approved.

The plan reads the store but never writes it: it moves no watermark. Building one may take a
while (it reads the ERP and asks Odyssee); run it in a worker thread and cancel it through the
:class:`~core.sync.progress.RunControl`.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from core import credentials
from core.erp.mapping import EntityMapping, Mapping
from core.erp.reader import DEFAULT_OVERLAP, ErpError, ErpReader, ErpRow, ErpRows
from core.errors import Reason, sentence
from core.odata import OdysseeClient
from core.odata.errors import AuthenticationError, OdysseeError
from core.odata.query import Query
from core.odyssee.model import ENTITY_SETS, EntitySet
from core.odyssee.values import (
    EXPECTED_TYPES,
    NormaliseError,
    format_datetime,
    key_fold,
    normalise,
    normalise_values,
    parse_datetime,
    shown,
)
from core.state import Rejection, Snapshot, Store, snapshot_hash
from core.sync.batched_reads import read_ahead
from core.sync.progress import RunControl

CREATE = "create"
UPDATE = "update"
LINK = "link"
CONFLICT = "conflict"
INVALID = "invalid"
UNCHANGED = "unchanged"
SKIPPED = "skipped"  # the user skipped this change: never sent, hidden until its ERP values change
ACTIONS = (CREATE, UPDATE, LINK, CONFLICT, INVALID, SKIPPED, UNCHANGED)
# Actions a user can approve; the others are never sent.
APPROVABLE = frozenset({CREATE, UPDATE, LINK, CONFLICT})

MODIFIED = "modified_dateutc"
ERP_ROWS_PER_BATCH = 5000
WATERMARK_PREFIX = "erp:"


def watermark_stream(entity: str) -> str:
    """The store stream holding an entity's ERP watermark, e.g. ``erp:Company``."""
    return WATERMARK_PREFIX + entity


# ----------------------------------------------------------------------------------------------
# The data


@dataclass
class FieldChange:
    """One field: Odyssee's current value (None for a create) → the ERP's proposed value.

    ``pushed`` is the value the assistant last sent (None when unknown); on a conflict it shows
    which side moved.
    """

    field: str
    current: Any
    proposed: Any
    pushed: Any = None

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "current": self.current, "proposed": self.proposed, "pushed": self.pushed}


def row_document(record: Any, *names: str) -> dict[str, Any]:
    """The JSON document of a record about one ERP row (a pending change, a push's outcome, an
    undo's item): its entity, ERP key and action, then the attributes ``names`` in that order,
    ``field_changes`` as their own documents."""
    document = {"entity": record.entity, "erp_key": record.erp_key, "action": record.action}
    for name in names:
        value = getattr(record, name)
        document[name] = [change.to_dict() for change in value] if name == "field_changes" else value
    return document


@dataclass
class PendingChange:
    """One ERP row and what the push would do with it. Values are normalised (JSON-friendly)."""

    entity: str
    erp_key: str
    action: str
    field_changes: list[FieldChange] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    depends_on: list[tuple[str, str]] = field(default_factory=list)  # (entity, erp_key) of creates
    odyssee_id: str | None = None  # the record's GUID; for a create, the client GUID it will get
    erp_modified: str | None = None
    odyssee_modified: str | None = None  # as read for this plan (DECISIONS.md D8: checked again before a PUT)
    approved: bool = False
    proposed: dict[str, Any] = field(default_factory=dict)  # every mapped field, ERP side
    current: dict[str, Any] | None = None  # the mapped fields as Odyssee has them; None if absent
    hash: str = ""  # of ``proposed``: what the snapshot will hold once pushed
    note: str = ""  # why a row is hidden (skipped earlier) or how it was found
    raw_hash: str = ""  # of the ERP row as read (ErpRow.raw_hash): saved with the snapshot
    # The latest ERP modification time below this row's of a row that needs nothing, as far as
    # the plan knows: where the watermark may stop while this row is not done.
    settled_before: str | None = None

    @property
    def key(self) -> str:
        """``Entity:erp_key``, the way the CLI names a change."""
        return f"{self.entity}:{self.erp_key}"

    @property
    def approvable(self) -> bool:
        return self.action in APPROVABLE

    def set_approved(self, approved: bool) -> None:
        if approved and not self.approvable:
            raise ValueError(f"{self.key} is {self.action} and cannot be approved")
        self.approved = approved

    def to_dict(self) -> dict[str, Any]:
        return {
            **row_document(self, "approved", "odyssee_id", "erp_modified", "odyssee_modified", "field_changes"),
            "problems": list(self.problems),
            "depends_on": [list(dependency) for dependency in self.depends_on],
            "proposed": dict(self.proposed),
            "current": None if self.current is None else dict(self.current),
            "hash": self.hash,
            "note": self.note,
        }


@dataclass
class EntityScan:
    """What the push needs to know about one entity beyond its changes."""

    entity: str
    key_field: str
    fields: tuple[str, ...]  # the mapped Odyssee fields, ERP key field first
    protected: tuple[str, ...]
    # code field -> the reference's id field and node, for the references whose code is mapped
    reference_inputs: dict[str, tuple[str, ...]]
    tracks_modified: bool  # the section has a modification column
    complete: bool = True  # every row was read and looked up (else no watermark may move)
    rows_read: int = 0
    watermark: str | None = None  # the watermark the read started from
    # The modification times of the rows that need nothing (unchanged, hidden): the push's
    # watermark may move over them.
    settled: SettledMoments = field(default_factory=lambda: SettledMoments())

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "key_field": self.key_field,
            "fields": list(self.fields),
            "protected": list(self.protected),
            "complete": self.complete,
            "rows_read": self.rows_read,
            "watermark": self.watermark,
        }


@dataclass
class Plan:
    changes: list[PendingChange]
    counts: dict[str, dict[str, int]]  # entity -> action -> rows (unchanged included)
    problems: list[str]  # mapping, ERP or Odyssee problems that kept (part of) the plan from being made
    created_at: str
    entities: dict[str, EntityScan] = field(default_factory=dict)
    api_calls: int = 0  # requests the plan cost

    @property
    def ok(self) -> bool:
        return not self.problems

    def pending(self) -> list[PendingChange]:
        """The changes a user looks at: everything but ``unchanged`` and ``skipped``."""
        return [change for change in self.changes if change.action not in (UNCHANGED, SKIPPED)]

    def skipped(self) -> list[PendingChange]:
        """The changes the user skipped (listed with ``include_skipped``, or skipped since)."""
        return [change for change in self.changes if change.action == SKIPPED]

    def mark_skipped(self, changes: Iterable[PendingChange], skipped_at: str) -> None:
        """Show ``changes`` as skipped at ``skipped_at`` (:func:`core.sync.skip.skip` recorded
        it), as the next plan would: the counts follow, and a push never sends them."""
        for change in changes:
            if change.action == SKIPPED:
                continue
            counts = self.counts.setdefault(change.entity, {action: 0 for action in ACTIONS})
            counts[change.action] = max(0, counts.get(change.action, 0) - 1)
            counts[SKIPPED] = counts.get(SKIPPED, 0) + 1
            change.note = skipped_note(change.action, skipped_at)
            change.action = SKIPPED
            change.approved = False

    def approved(self) -> list[PendingChange]:
        return [change for change in self.changes if change.approved and change.approvable]

    def find(self, entity: str, erp_key: str) -> PendingChange | None:
        for change in self.changes:
            if change.entity == entity and change.erp_key == erp_key:
                return change
        return None

    def match(self, key: str, *, skipped: bool = False) -> list[PendingChange]:
        """The pending changes (or with ``skipped``, the skipped ones) named by ``Entity:erp_key``
        or by a bare ERP key."""
        among = self.skipped() if skipped else self.pending()
        entity, colon, erp_key = key.partition(":")
        found = []
        if colon and entity in self.counts:
            found = [c for c in among if c.entity == entity and c.erp_key == erp_key]
        if not found:
            found = [c for c in among if c.erp_key == key]
        return found

    def totals(self) -> dict[str, int]:
        """Rows per action over every entity."""
        totals = {action: 0 for action in ACTIONS}
        for per_action in self.counts.values():
            for action, number in per_action.items():
                totals[action] = totals.get(action, 0) + number
        return totals

    def to_dict(self, *, include_unchanged: bool = True) -> dict[str, Any]:
        changes = self.changes if include_unchanged else self.pending()
        return {
            "created_at": self.created_at,
            "problems": list(self.problems),
            "counts": {entity: dict(per_action) for entity, per_action in self.counts.items()},
            "api_calls": self.api_calls,
            "entities": {name: scan.to_dict() for name, scan in self.entities.items()},
            "changes": [change.to_dict() for change in changes],
        }


def skipped_note(action: str, skipped_at: str) -> str:
    """What a skipped row says: what was skipped, when, and until when."""
    try:  # on the user's own clock, like every other time shown
        when = parse_datetime(skipped_at).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        when = skipped_at
    return sentence("{action} skipped on {when}; hidden until its ERP row changes", action=action, when=when)


class SettledMoments:
    """The ERP modification times of the rows a push needs not touch (unchanged, hidden), kept
    the way the watermark needs them: in constant memory, and without reading one date per row.

    The reader gives rows oldest first, so of all those moments only the latest two distinct ones
    can be the latest below a pending row when that row is read (``before``). Should rows come
    in another order, the answers can only be earlier ones: never past a row that is not settled.
    """

    __slots__ = ("_latest", "_previous")

    def __init__(self) -> None:
        self._latest: ErpRow | None = None
        self._previous: ErpRow | None = None

    def add(self, row: ErpRow) -> None:
        value = row.modified_value
        latest = self._latest
        if value is None or (latest is not None and value == latest.modified_value):
            return
        self._previous, self._latest = latest, row

    def add_run(self, rows: ErpRows, start: int, stop: int) -> None:
        """``rows[start:stop]``, all settled, in the order read: only the last two distinct
        moments among them can count, so only those are looked at (from the end)."""
        last: list[int] = []
        for index in range(stop - 1, start - 1, -1):
            value = rows.modified_value(index)
            if value is not None and (not last or value != rows.modified_value(last[-1])):
                last.append(index)
                if len(last) == 2:
                    break
        for index in reversed(last):
            self.add(rows[index])

    def before(self, moment: datetime | None) -> str | None:
        """The latest settled moment strictly before ``moment``, as text (None: none known)."""
        if moment is None:
            return None
        for row in (self._latest, self._previous):
            if row is not None and row.modified is not None and row.modified < moment:
                return _time_text(row.modified)
        return None

    @property
    def latest(self) -> str | None:
        moments = [row.modified for row in (self._latest, self._previous) if row is not None and row.modified]
        return _time_text(max(moments)) if moments else None


# ----------------------------------------------------------------------------------------------
# Sources for a profile


def mapping_for_profile(profile: Any) -> Mapping:
    """The profile's mapping file, or the shipped default mapping when it names none."""
    mapping_file = getattr(profile, "mapping_file", None)
    if mapping_file:
        return Mapping.load(Path(mapping_file).expanduser())
    return Mapping.default()


def reader_for_profile(profile: Any, *, password: str | None = None) -> ErpReader:
    """An ERP reader for the profile's ERP URL and mapping; ErpError when it names no ERP."""
    if not getattr(profile, "erp_url", None):
        raise ErpError(sentence(
            "Profile {name} names no ERP database; set one with "
            '`odyssee-sync profile add "{name}" --update --erp-url URL`.',
            name=profile.name,
        ))
    if password is None:
        password = credentials.erp_password_for(profile, profile.erp_url)
    return ErpReader(profile.erp_url, mapping_for_profile(profile), password=password)


# ----------------------------------------------------------------------------------------------
# Building a plan


def build_plan(
    reader: ErpReader,
    client: OdysseeClient,
    store: Store,
    control: RunControl | None = None,
    *,
    entities: Iterable[str] | None = None,
    include_unchanged: bool = False,
    include_skipped: bool = False,
    full: bool = False,
    overlap: timedelta = DEFAULT_OVERLAP,
) -> Plan:
    """Compare the ERP with Odyssee and the last push; see the module docstring.

    ``entities`` limits the plan to some sections (names of the mapping's sections); ``full``
    ignores the watermarks and reads every ERP row, as listing them does: ``include_unchanged``
    lists the unchanged rows, ``include_skipped`` those the user skipped. Problems with the mapping, the ERP or
    Odyssee end up in ``Plan.problems`` (the entity concerned is left incomplete); a cancel
    raises :class:`~core.odata.errors.CancelledError`.
    """
    control = control or RunControl()
    view = client.with_cancel(control.cancel)
    builder = _Builder(
        reader, view, store, control,
        include_unchanged=include_unchanged, include_skipped=include_skipped, full=full, overlap=overlap,
    )
    return builder.build(entities)


@dataclass
class _Candidate:
    row: ErpRow
    proposed: dict[str, Any]
    hash: str
    snapshot: Snapshot | None
    known_id: str | None
    settled_before: str | None


class _Builder:
    def __init__(
        self,
        reader: ErpReader,
        client: OdysseeClient,
        store: Store,
        control: RunControl,
        *,
        include_unchanged: bool,
        include_skipped: bool,
        full: bool,
        overlap: timedelta,
    ) -> None:
        self.reader = reader
        self.mapping = reader.mapping
        self.client = client
        self.store = store
        self.control = control
        self.include_unchanged = include_unchanged
        self.include_skipped = include_skipped
        # Listing every unchanged (or skipped) row takes reading every row: those below the
        # watermark too.
        self.full = full or include_unchanged or include_skipped
        self.overlap = overlap
        self.changes: list[PendingChange] = []
        self.by_entity: dict[str, dict[str, PendingChange]] = {}
        self.skipped_keys: dict[str, set[str]] = {}
        self.counts: dict[str, dict[str, int]] = {}
        self.problems: list[str] = []
        self.scans: dict[str, EntityScan] = {}
        self.rows_done = 0
        self.signed_out = False  # Odyssee refused the credentials

    # ------------------------------------------------------------------ the whole plan

    def build(self, entities: Iterable[str] | None) -> Plan:
        created_at = format_datetime(datetime.now(timezone.utc))
        calls_before = self.client.stats.snapshot().requests
        problems = self.reader.check()
        if problems:
            return Plan([], {}, [str(problem) for problem in problems], created_at)
        order = self.mapping.entity_order()
        if entities is not None:
            wanted = list(dict.fromkeys(entities))
            unknown = [name for name in wanted if name not in self.mapping]
            for name in unknown:
                self.problems.append(sentence(
                    "The mapping has no section [{name}]; it maps {sections}.",
                    name=name, sections=", ".join(order) or sentence("nothing"),
                ))
            order = [name for name in order if name in wanted]
        for entity in order:
            self.control.check()
            self.plan_entity(self.mapping[entity])
            if self.signed_out:
                break  # every later request would be refused the same way: say it once
        calls = self.client.stats.snapshot().requests - calls_before
        return Plan(self.changes, self.counts, self.problems, created_at, self.scans, calls)

    def plan_entity(self, section: EntityMapping) -> None:
        entity = section.name
        fields = tuple(dict.fromkeys([section.erp_key_field, *section.fields]))
        reference_inputs = {
            reference.code_field: tuple(name for name in (reference.id_field, reference.node) if name)
            for reference in section.entity.references
            if reference.code_field in section.fields
        }
        watermark = self.store.get_watermark(watermark_stream(entity))
        scan = EntityScan(
            entity=entity,
            key_field=section.erp_key_field,
            fields=fields,
            protected=tuple(sorted(section.protected)),
            reference_inputs=reference_inputs,
            tracks_modified=bool(section.modified),
            watermark=watermark.value,
        )
        self.scans[entity] = scan
        self.by_entity[entity] = {}
        self.skipped_keys[entity] = set()
        self.counts[entity] = {action: 0 for action in ACTIONS}
        since = None
        if section.modified and watermark.value and not self.full:
            try:
                since = parse_datetime(watermark.value)
            except ValueError:
                since = None  # an unreadable watermark: read everything, harmlessly
        try:
            # Keys Odyssee would take for one (case, spaces) make every row sharing them invalid,
            # the unchanged ones included: which of them would win is not the program's choice.
            clashes = self.reader.key_clashes(entity)
            batches = self.reader.read_batches(entity, since, overlap=self.overlap, size=ERP_ROWS_PER_BATCH)
            # The next batch is read (and its rows hashed) while this one is looked up in the
            # state: both databases work outside the interpreter lock.
            for batch in read_ahead(batches, self.control.cancel):
                self.control.check()
                self.plan_batch(section, scan, batch, clashes)
                self.rows_done += len(batch)
                self.control.report(self.rows_done, None, sentence("{entity}: {rows} rows read", entity=entity, rows=scan.rows_read))
            self.check_references(section, scan)
        except ErpError as error:
            scan.complete = False
            self.problems.append(sentence("{entity}: {error}", entity=entity, error=error.message))
        except AuthenticationError as error:
            scan.complete = False
            self.signed_out = True
            self.problems.append(sentence("Odyssee refused the sign-in, so nothing was compared: {error}", error=error.message))
        except OdysseeError as error:
            scan.complete = False
            self.problems.append(sentence("{entity}: could not read Odyssee: {error}", entity=entity, error=error.message))

    # ------------------------------------------------------------------ one batch of ERP rows

    def plan_batch(self, section: EntityMapping, scan: EntityScan, batch: ErpRows, clashes: dict[str, list[str]]) -> None:
        entity = section.name
        entity_set = section.entity
        settled = scan.settled
        # Rows exactly as they were when pushed (the raw hash matches) are unchanged at once: not
        # converted, not normalised, their snapshot not read. The others are compared in full, and
        # all are when the plan is to show unchanged rows with their values.
        keys = batch.keys
        if self.include_unchanged:
            compared = {key for key in keys if key}
        else:
            compared = self.store.changed_raw_hashes(entity, [pair for pair in zip(keys, batch.raw_hashes) if pair[0]])
        snapshots = self.store.snapshots_for(entity, compared) if compared else {}
        known_ids = self.store.ids_for(entity, compared) if compared else {}
        rejections = self.store.rejections_for(entity, compared) if compared else {}
        raw_hashes_found: list[tuple[str, str, str]] = []
        candidates: list[_Candidate] = []
        scan.rows_read += len(batch)
        known_unchanged = 0
        run_start = 0  # where the current run of rows known by their raw hash began
        for index, key in enumerate(keys):
            clash = clashes.get(key_fold(key)) if clashes and key else None
            if key and not clash and key not in compared:
                known_unchanged += 1
                continue
            row = batch[index]
            settled.add_run(batch, run_start, index)
            run_start = index + 1
            before = settled.before(row.modified)
            if clash:
                others = ", ".join(f"'{key}'" for key in clash)
                self.add(self.invalid(row, [sentence(
                    "the ERP key '{key}' is not unique for Odyssee: the ERP has {others}, and Odyssee tells "
                    "keys apart without case or spaces at the end; make them differ in the ERP",
                    key=row.key, others=others,
                )], _converted_values(entity_set, row, scan.fields), before))
                continue
            if not row.ok:
                self.add(self.invalid(row, list(row.problems), _converted_values(entity_set, row, scan.fields), before))
                continue
            try:
                proposed = normalise_values(entity_set, row.values, scan.fields)
            except NormaliseError as error:
                reason = Reason(
                    str(error), "not_type", field=error.field, column="", value=shown(error.value),
                    type=EXPECTED_TYPES.get(error.expected, ""),
                )
                self.add(self.invalid(row, [reason], _converted_values(entity_set, row, scan.fields), before))
                continue
            digest = snapshot_hash(proposed)
            snapshot = snapshots.get(row.key)
            known_id = known_ids.get(row.key)
            rejection = rejections.get(row.key)
            if snapshot is not None and known_id is not None and snapshot.hash == digest:
                raw_hashes_found.append((row.key, digest, row.raw_hash))
                self.unchanged(scan, row, proposed, digest, known_id, snapshot)
            elif rejection is not None and rejection.hash == digest:
                self.skipped(scan, row, proposed, digest, known_id, snapshot, rejection)
            else:
                candidates.append(_Candidate(row, proposed, digest, snapshot, known_id, before))
        settled.add_run(batch, run_start, len(batch))
        self.counts[entity][UNCHANGED] += known_unchanged
        # Rows pushed before raw hashes were kept, or changed only in ways that normalise away:
        # the next plan recognises them at once.
        self.store.remember_raw_hashes(entity, raw_hashes_found)
        if candidates:
            self.compare_with_odyssee(section, scan, candidates)

    def compare_with_odyssee(self, section: EntityMapping, scan: EntityScan, candidates: list[_Candidate]) -> None:
        entity = section.name
        key_field = scan.key_field
        select = tuple(dict.fromkeys(["id", MODIFIED, *scan.fields]))
        by_id: dict[str, dict] = {}
        wanted_ids = []
        for candidate in candidates:
            if candidate.known_id:
                try:
                    wanted_ids.append(uuid.UUID(candidate.known_id))
                except ValueError:
                    candidate.known_id = None
        for row in stream_by_values(self.client, entity, "id", wanted_ids, select):
            row_id = _id_text(row.get("id"))
            if row_id:
                by_id[row_id] = row
        by_key: dict[str, list[dict]] = {}
        missing_keys = [c.row.key for c in candidates if not (c.known_id and c.known_id in by_id)]
        for row in stream_by_values(self.client, entity, key_field, missing_keys, select):
            by_key.setdefault(key_fold(_text(row.get(key_field))), []).append(row)  # as the server matched it
        intents = self.store.intents_for(entity, [c.row.key for c in candidates if not (c.known_id and c.known_id in by_id)])
        for candidate in candidates:
            found = by_id.get(candidate.known_id) if candidate.known_id else None
            note = ""
            if found is None:
                matches = by_key.get(key_fold(candidate.row.key), [])
                if len(matches) > 1:
                    ids = ", ".join(sorted(_id_text(match.get("id")) for match in matches))
                    self.add(
                        self.invalid(
                            candidate.row,
                            [sentence(
                                "Odyssee has {count} {entity} records with {field} '{key}' ({ids}); "
                                "remove the duplicates in Odyssee first",
                                count=len(matches), entity=entity, field=key_field, key=candidate.row.key, ids=ids,
                            )],
                            candidate.proposed,
                            candidate.settled_before,
                        )
                    )
                    continue
                if matches:
                    found = matches[0]
                    if candidate.known_id:
                        note = sentence(
                            "the {entity} known as {odyssee_id} is gone; found by {field}",
                            entity=entity, odyssee_id=candidate.known_id, field=key_field,
                        )
                    elif candidate.row.key in intents:
                        note = sentence("created by an interrupted push")
                elif candidate.known_id:
                    note = sentence(
                        "the {entity} known as {odyssee_id} is no longer in Odyssee; it is created again",
                        entity=entity, odyssee_id=candidate.known_id,
                    )
            if found is None:
                guid = intents.get(candidate.row.key) or str(uuid.uuid4())
                self.add(self.create(scan, candidate, guid, note))
            else:
                self.add(self.existing(scan, candidate, found, note))

    # ------------------------------------------------------------------ one change

    def create(self, scan: EntityScan, candidate: _Candidate, guid: str, note: str) -> PendingChange:
        row = candidate.row
        return PendingChange(
            entity=row.entity,
            erp_key=row.key,
            action=CREATE,
            field_changes=[FieldChange(name, None, candidate.proposed[name]) for name in scan.fields],
            odyssee_id=guid,
            erp_modified=_time_text(row.modified),
            approved=True,
            proposed=candidate.proposed,
            hash=candidate.hash,
            note=note,
            raw_hash=row.raw_hash,
            settled_before=candidate.settled_before,
        )

    def existing(self, scan: EntityScan, candidate: _Candidate, found: dict, note: str) -> PendingChange:
        row = candidate.row
        entity_set = ENTITY_SETS[row.entity]
        current = _read_values(entity_set, found, scan.fields)
        odyssee_modified = _modified_text(found)
        compared = [name for name in scan.fields if name not in scan.protected]
        different = [name for name in compared if current.get(name) != candidate.proposed[name]]
        snapshot = candidate.snapshot
        action = LINK if not different else UPDATE
        if different and snapshot is not None:
            edited_in_odyssee = [
                name for name in compared if name in snapshot.values and current.get(name) != snapshot.values[name]
            ]
            last_seen = _ms_text(snapshot.odyssee_modified)
            moved = last_seen is None or (odyssee_modified is not None and odyssee_modified > last_seen)
            if edited_in_odyssee and moved:
                action = CONFLICT
        pushed = snapshot.values if snapshot is not None else {}
        return PendingChange(
            entity=row.entity,
            erp_key=row.key,
            action=action,
            field_changes=[
                FieldChange(name, current.get(name), candidate.proposed[name], pushed.get(name)) for name in different
            ],
            odyssee_id=_id_text(found.get("id")),
            erp_modified=_time_text(row.modified),
            odyssee_modified=odyssee_modified,
            approved=action != CONFLICT,
            proposed=candidate.proposed,
            current=current,
            hash=candidate.hash,
            note=note,
            raw_hash=row.raw_hash,
            settled_before=candidate.settled_before,
        )

    def invalid(
        self, row: ErpRow, problems: list[str], proposed: dict[str, Any] | None, settled_before: str | None
    ) -> PendingChange:
        proposed = proposed or {}
        return PendingChange(
            entity=row.entity,
            erp_key=row.key,
            action=INVALID,
            field_changes=[FieldChange(name, None, value) for name, value in proposed.items()],
            problems=problems,
            erp_modified=_time_text(row.modified),
            proposed=proposed,
            settled_before=settled_before,
        )

    def unchanged(
        self, scan: EntityScan, row: ErpRow, proposed: dict[str, Any], digest: str, known_id: str, snapshot: Snapshot,
    ) -> None:
        self.counts[row.entity][UNCHANGED] += 1
        scan.settled.add(row)
        if self.include_unchanged:
            self.changes.append(PendingChange(
                entity=row.entity,
                erp_key=row.key,
                action=UNCHANGED,
                odyssee_id=known_id,
                erp_modified=_time_text(row.modified),
                odyssee_modified=snapshot.odyssee_modified,
                proposed=proposed,
                # Not asked again (that is what makes unchanged rows free): Odyssee took these
                # values at the last push.
                current=dict(snapshot.values),
                hash=digest,
                raw_hash=row.raw_hash,
            ))

    def skipped(
        self,
        scan: EntityScan,
        row: ErpRow,
        proposed: dict[str, Any],
        digest: str,
        known_id: str | None,
        snapshot: Snapshot | None,
        rejection: Rejection,
    ) -> None:
        """A row whose change the user skipped: needs nothing until its values change. Listed
        compared with its last push (Odyssee is not asked), or as new when never pushed."""
        self.counts[row.entity][SKIPPED] += 1
        self.skipped_keys[row.entity].add(row.key)
        scan.settled.add(row)
        if not self.include_skipped:
            return
        pushed = snapshot.values if snapshot is not None else None
        self.changes.append(PendingChange(
            entity=row.entity,
            erp_key=row.key,
            action=SKIPPED,
            field_changes=[
                FieldChange(name, None if pushed is None else pushed.get(name), value)
                for name, value in proposed.items()
                if pushed is None or pushed.get(name) != value
            ],
            odyssee_id=known_id,
            erp_modified=_time_text(row.modified),
            odyssee_modified=snapshot.odyssee_modified if snapshot is not None else None,
            proposed=proposed,
            current=None if pushed is None else dict(pushed),
            hash=digest,
            note=skipped_note(rejection.action, rejection.rejected_at),
            raw_hash=row.raw_hash,
        ))

    def add(self, change: PendingChange) -> None:
        self.changes.append(change)
        self.counts[change.entity][change.action] += 1
        if change.erp_key:
            self.by_entity[change.entity].setdefault(change.erp_key, change)

    def make_invalid(self, change: PendingChange, problem: str) -> None:
        self.counts[change.entity][change.action] -= 1
        self.counts[change.entity][INVALID] += 1
        change.action = INVALID
        change.approved = False
        change.depends_on = []
        change.problems.append(problem)

    # ------------------------------------------------------------------ references

    def check_references(self, section: EntityMapping, scan: EntityScan) -> None:
        """Every reference code of a change must name a record in this plan, the store or Odyssee."""
        entity_set = section.entity
        needs: dict[tuple[str, str, str], dict[str, list[PendingChange]]] = {}
        for change in self.by_entity[section.name].values():
            if change.action not in (CREATE, UPDATE, CONFLICT):
                continue
            changed = {field_change.field for field_change in change.field_changes}
            for reference in entity_set.references:
                code_field = reference.code_field
                if code_field not in scan.reference_inputs:
                    continue
                value = change.proposed.get(code_field)
                if not value or (change.action != CREATE and code_field not in changed):
                    continue
                group = needs.setdefault((code_field, reference.target, reference.target_key), {})
                group.setdefault(value, []).append(change)
        for (code_field, target, target_key), by_value in needs.items():
            planned = self.by_entity.get(target, {})
            unresolved: dict[str, list[PendingChange]] = {}
            for value, changes in by_value.items():
                target_change = planned.get(value)
                if target_change is not None and target_change.action == CREATE:
                    for change in changes:
                        if (target, value) != (change.entity, change.erp_key):
                            change.depends_on.append((target, value))
                elif target_change is not None and target_change.action in (UPDATE, LINK, CONFLICT):
                    continue  # in Odyssee already
                else:
                    unresolved[value] = changes
            if not unresolved:
                continue
            for value in self.store.ids_for(target, unresolved):
                unresolved.pop(value, None)
            if unresolved:
                found = {
                    key_fold(_text(row.get(target_key)))
                    for row in stream_by_values(self.client, target, target_key, list(unresolved), ("id", target_key))
                }
                for value in [value for value in unresolved if key_fold(value) in found]:
                    unresolved.pop(value)
            for value, changes in unresolved.items():
                target_change = planned.get(value)
                problems: list[str] = []
                if target_change is not None and target_change.action == INVALID:
                    problems = list(target_change.problems)
                    where, code = f"its ERP row is invalid ({'; '.join(problems)})", "reference_invalid"
                elif value in self.skipped_keys.get(target, set()):
                    where, code = "its ERP row is skipped (bring it back to push it)", "reference_skipped"
                elif target in self.mapping and target not in self.scans:
                    where, code = f"plan {target} too, or push it first", "reference_unplanned"
                else:
                    where, code = "nor among the ERP rows to push", "reference_missing"
                for change in changes:
                    self.make_invalid(change, Reason(
                        f"{code_field} '{value}': no {target} with {target_key} '{value}' in Odyssee, {where}", code,
                        field=code_field, value=value, target=target, target_key=target_key, problems=problems,
                    ))


# ----------------------------------------------------------------------------------------------
# Helpers shared with the push engine


def stream_by_values(
    client: OdysseeClient, entity: str, field_name: str, values: Sequence[object], select: Sequence[str] = ()
) -> Iterator[dict]:
    """Odyssee rows whose ``field_name`` is one of ``values`` (ids or codes, as they are), read as
    the caller iterates, in as few requests as fit (DECISIONS.md D10, D11).

    For GUIDs only, all read at once, see :func:`core.sync.batched_reads.fetch_by_guids`.
    """
    if not values:
        return iter(())
    return client.list_in(entity, field_name, values, Query(select=tuple(select)))


def read_values(entity: str, row: dict, fields: Sequence[str]) -> dict[str, Any]:
    """An Odyssee row's ``fields``, normalised; a value that cannot be read stays as text."""
    return _read_values(ENTITY_SETS[entity], row, fields)


def _read_values(entity_set: EntitySet, row: dict, fields: Sequence[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in fields:
        if name not in row:
            values[name] = None  # not in the answer: shown as unknown, and so as a change
            continue
        try:
            values[name] = normalise(entity_set[name], row[name])
        except NormaliseError:
            values[name] = repr(row[name])
    return values


def _converted_values(entity_set: EntitySet, row: ErpRow, fields: Sequence[str]) -> dict[str, Any]:
    """The normalised values of an invalid row, leaving out those that did not convert."""
    values: dict[str, Any] = {}
    for name in fields:
        if name in row.values:
            try:
                values[name] = normalise(entity_set[name], row.values[name])
            except NormaliseError:
                continue
    return values


def modified_text(row: dict) -> str | None:
    """A row's ``modified_dateutc`` as ``…T…:…:….fffZ`` (None when missing or unreadable)."""
    return _modified_text(row)


def _modified_text(row: dict) -> str | None:
    value = row.get(MODIFIED)
    if value is None:
        return None
    return _ms_text(value)


def _ms_text(value: object) -> str | None:
    try:
        return format_datetime(parse_datetime(value) if isinstance(value, str) else value)  # type: ignore[arg-type]
    except (ValueError, TypeError, AttributeError):
        return None


def _time_text(value: datetime | None) -> str | None:
    return None if value is None else format_datetime(value)


def _id_text(value: object) -> str:
    if value is None:
        return ""
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        return str(value).lower()


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


__all__ = [
    "ACTIONS",
    "APPROVABLE",
    "CONFLICT",
    "CREATE",
    "EntityScan",
    "FieldChange",
    "INVALID",
    "LINK",
    "PendingChange",
    "Plan",
    "SKIPPED",
    "UNCHANGED",
    "UPDATE",
    "build_plan",
    "mapping_for_profile",
    "modified_text",
    "read_values",
    "reader_for_profile",
    "skipped_note",
    "stream_by_values",
    "watermark_stream",
]
