"""Reading Odyssee in batches, for the export and PDF engines (and the plan's read-ahead).

The ERP-link guide fetches everything one record at a time: per approval one ``Jobs`` GET, one
``JobPartUsage`` list and one ``JobNonPartUsage`` list (and, for a PDF, the approval and the job
again). Here a whole page of approvals (or files) is resolved at once with
:meth:`core.odata.client.OdysseeClient.list_in`: ``id in (a,b,…)`` where the server accepts it,
else ``id eq a or id eq b …`` chains, in batches within the server's query-string budget (DECISIONS.md D10) and
``$filter`` node limit (DECISIONS.md D11). A page of 100 approvals costs a handful of requests instead of
three hundred. :func:`resolve_job_references` does it for approval → job → ERP reference.

:class:`ChangedRows` walks a "changed since the watermark" list (the guide's poll) page by page
with a *key-set* cursor: every page is a new request ``modified_dateutc ge <last seen>``, never a
``$skip`` into a list that shifts while it is read (a row updated between two pages would
otherwise push another one past ``$skip`` and out of sight, behind the watermark).

:func:`read_ahead` reads the next batch in a background thread while the caller works on this one.
"""
from __future__ import annotations

import queue
import threading
import uuid
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence, TypeVar

from core.errors import sentence
from core.odata.errors import CancelledError
from core.odata.expr import Expr, all_of
from core.odata.paging import PagingGuard
from core.odata.query import Query
from core.odyssee.model import EMPTY_GUID
from core.odyssee.values import parse_datetime
from core.sync.progress import RunControl
from core.sync.watermark import MODIFIED, WatermarkCursor

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 100
NO_REFERENCE = "_no_reference"  # the folder or file-name part for a job without an ERP reference


def guid(value: object) -> uuid.UUID | None:
    """A GUID from an answer's value; None when missing, malformed or the empty GUID."""
    if isinstance(value, uuid.UUID):
        parsed = value
    else:
        try:
            parsed = uuid.UUID(str(value))
        except (TypeError, ValueError, AttributeError):
            return None
    return None if parsed == EMPTY_GUID else parsed


def key(value: object) -> str:
    """The form ids are compared in: lower-case GUID text ('' when not a GUID)."""
    parsed = guid(value)
    return "" if parsed is None else str(parsed)


def text(value: object) -> str:
    """A text field of an answer ('' for missing or null values; the API has no nulls)."""
    return "" if value is None else str(value)


def with_cancel(client, control: RunControl | None):
    """The client checking this run's cancel flag, so a cancel also stops a request in progress."""
    if control is None or not hasattr(client, "with_cancel"):
        return client
    return client.with_cancel(control.cancel)


def fetch_by_guids(
    client,
    entity: str,
    field_name: str,
    values: Iterable[object],
    *,
    select: Sequence[str] = (),
    where: Expr | None = None,
    control: RunControl | None = None,
) -> list[dict]:
    """Every row whose ``field_name`` is one of the GUIDs ``values``, all read before it returns,
    in as few requests as fit; the run's ``control`` cancels it.

    Values that are not GUIDs (or the empty GUID) are left out; each row comes once. For other
    values (ERP codes) and rows read as they come, see :func:`core.sync.plan.stream_by_values`.
    """
    wanted = sorted({parsed for value in values if (parsed := guid(value)) is not None}, key=str)
    if not wanted:
        return []
    rows: list[dict] = []
    seen: set[str] = set()
    query = Query(filter=where, select=tuple(select))
    for row in with_cancel(client, control).list_in(entity, field_name, wanted, query):
        row_key = key(row.get("id")) or repr(sorted(row.items()))
        if row_key not in seen:
            seen.add(row_key)
            rows.append(row)
    return rows


def by_id(rows: Iterable[dict]) -> dict[str, dict]:
    return {row_key: row for row in rows if (row_key := key(row.get("id")))}


def grouped(rows: Iterable[dict], field_name: str) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for row in rows:
        group = key(row.get(field_name))
        if group:
            groups.setdefault(group, []).append(row)
    return groups


# ----------------------------------------------------------------------------------------------
# approval -> job -> ERP reference


@dataclass(frozen=True)
class JobReference:
    """What a job approval belongs to, for naming files and for the ERP."""

    approval_id: str
    jobs_id: str
    reference: str  # jobs.reference_back_office: the ERP's own key ('' when the job has none)
    number: int | None  # jobs.id2, the job number technicians see
    job_name: str
    company: str  # the company's name ('' when unknown)
    company_code: str
    date_generated: str  # the approval's date_generated as the server wrote it
    found: bool  # False when the approval or its job could not be found


def resolve_job_references(
    client,
    approval_ids: Iterable[object],
    *,
    with_company: bool = False,
    control: RunControl | None = None,
) -> dict[str, JobReference]:
    """approval id → its job's reference, for many approvals at once (2-4 requests per ~35)."""
    approval_ids = [value for value in approval_ids]
    approvals = by_id(fetch_by_guids(
        client, "JobApproval", "id", approval_ids, select=("id", "jobs_id", "date_generated"), control=control,
    ))
    jobs = by_id(fetch_by_guids(
        client, "Jobs", "id", (row.get("jobs_id") for row in approvals.values()),
        select=("id", "reference_back_office", "id2", "name", "company_id"), control=control,
    ))
    companies: dict[str, dict] = {}
    if with_company:
        companies = by_id(fetch_by_guids(
            client, "Company", "id", (job.get("company_id") for job in jobs.values()),
            select=("id", "code", "name"), control=control,
        ))
    result = {}
    for approval_id in {key(value) for value in approval_ids} - {""}:
        approval = approvals.get(approval_id, {})
        job = jobs.get(key(approval.get("jobs_id")), {})
        company = companies.get(key(job.get("company_id")), {})
        result[approval_id] = JobReference(
            approval_id=approval_id,
            jobs_id=key(approval.get("jobs_id")),
            reference=text(job.get("reference_back_office")).strip(),
            number=_job_number(job.get("id2")),
            job_name=text(job.get("name")),
            company=text(company.get("name")).strip(),
            company_code=text(company.get("code")).strip(),
            date_generated=text(approval.get("date_generated")),
            found=bool(job),
        )
    return result


def _job_number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


# ----------------------------------------------------------------------------------------------
# the "changed since" poll


@dataclass
class ChangedRows:
    """Rows of ``entity`` changed at or after ``cursor`` (and matching ``where``), oldest first.

    ``batches()`` yields lists of rows never seen before, one list per request. Rows without a
    usable ``id`` or ``modified_dateutc`` (a malformed answer) are left out and described in
    ``problems``: they cannot be placed behind a watermark.
    """

    client: object
    entity: str
    where: Expr | None
    select: tuple[str, ...]
    cursor: WatermarkCursor
    page_size: int = DEFAULT_PAGE_SIZE
    control: RunControl | None = None
    problems: list[str] = field(default_factory=list)

    def batches(self) -> Iterator[list[dict]]:
        scan = self.cursor
        reported: set[str] = set()
        while True:
            query = Query(
                filter=all_of(e for e in (self.where, scan.filter()) if e is not None),
                select=self.select,
                orderby=((MODIFIED, False),),
                top=self.page_size,
            )
            skip = 0
            # A server that ignores $skip would send the same page here for ever.
            guard = PagingGuard(self.entity)
            while True:
                if self.control is not None:
                    self.control.check()
                page = self.client.list_page(self.entity, query.replace(skip=skip or None))
                last_page = not page.rows or (len(page.rows) < self.page_size and page.next_link is None)
                fresh = []
                for row in guard.new_rows(page, more=not last_page):
                    problem = _unusable(row)
                    if problem:
                        marker = repr(row.get("id"))
                        if marker not in reported:
                            reported.add(marker)
                            self.problems.append(sentence(
                                "{entity} row {id!r}: {problem}; skipped.", entity=self.entity, id=row.get("id"), problem=problem,
                            ))
                        continue
                    if scan.is_new(row):
                        fresh.append(row)
                if fresh or last_page:
                    break
                # A whole page of rows already seen: more rows share one instant than a page
                # holds. Step over them within this request's result.
                skip += len(page.rows)
            if not fresh:
                return
            fresh.sort(key=_modified_of)
            yield fresh
            for row in fresh:
                scan = scan.advance(row)
            if last_page:
                return


def read_ahead(items: Iterator[T], cancel: threading.Event | None = None) -> Iterator[T]:
    """The items of ``items``, the next one read in a background thread while the caller works
    on the current one (the next page's look-ups during this page's downloads).

    The reader's errors come out where its item would have; a consumer that stops early (an
    error, a cancel) stops the reader too."""
    handoff: queue.Queue = queue.Queue(maxsize=1)
    stopped = threading.Event()
    end = object()

    def put(item) -> bool:
        while not stopped.is_set() and not (cancel is not None and cancel.is_set()):
            try:
                handoff.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for item in items:
                if not put((True, item)):
                    return
            put((True, end))
        except BaseException as error:  # handed to the consumer, raised there
            put((False, error))

    threading.Thread(target=read, name="read-ahead", daemon=True).start()
    try:
        while True:
            try:
                ok, item = handoff.get(timeout=0.2)
            except queue.Empty:
                if cancel is not None and cancel.is_set():
                    raise CancelledError(sentence("Cancelled.")) from None
                continue
            if not ok:
                raise item
            if item is end:
                return
            yield item
    finally:
        stopped.set()


def _unusable(row: object) -> str:
    if not isinstance(row, dict):
        return sentence("not a record")
    if guid(row.get("id")) is None:
        return sentence("no valid id")
    try:
        parse_datetime(str(row.get(MODIFIED)))
    except ValueError:
        return sentence("no valid {field} ({value!r})", field=MODIFIED, value=row.get(MODIFIED))
    return ""


def _modified_of(row: dict):
    return parse_datetime(str(row[MODIFIED]))


__all__ = [
    "ChangedRows",
    "DEFAULT_PAGE_SIZE",
    "JobReference",
    "NO_REFERENCE",
    "by_id",
    "fetch_by_guids",
    "grouped",
    "guid",
    "key",
    "resolve_job_references",
    "text",
    "with_cancel",
]
