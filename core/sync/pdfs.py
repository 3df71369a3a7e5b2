"""Job approval PDFs: downloaded into a folder as the server's queue produces them.

The PDF of a final approval is made by a queue, seconds to hours after the work is done (the
ERP-link guide, "Job Approval PDF"), so it has its own poll:

1. ``DbFile`` changed since the file watermark, ``file_type_name eq 'JOB_APPROVAL' and
   db_table_name eq 'job_approval'``, with ``$select=id,id_in_table,file_name,modified_dateutc``
   (never the content), oldest first — the guide's request 5, with the key-set cursor of
   :class:`core.sync.batched_reads.ChangedRows`.
2. For the whole page: approval → job → ``reference_back_office`` in batched requests
   (:func:`core.sync.batched_reads.resolve_job_references`), instead of the guide's two GETs per file.
3. Several downloads at once (``concurrency`` threads, by default as many as the client's pace
   may use; the pace decides how many have a request out) with the client's streaming
   download into the folder's hidden ``.incoming`` folder (``.part``, fsynced, renamed there).
   The path comes from the naming template (default ``{job_reference}/{file_name}``; also
   ``{job_number}``, ``{company}``, ``{date}``, ``{approval_id}``); every placeholder's value and
   every path component is made safe (:mod:`core.sync.filenames`) and the final path is checked
   to lie inside the download folder. A name that holds another file gets " (2)", " (3)"…; a
   name that already holds this very content is taken as it is (a colleague's copy in a shared
   folder, or a run killed before it recorded the file): never a second copy. A job without a
   reference files under ``_no_reference``.
4. Exactly once, across crashes: before a file is moved into place, the store writes down what
   is being delivered (a *delivery*: file id, final and staged path, SHA-256). The move never
   replaces another file. Then, in one transaction, the download is recorded (path relative to
   the download folder, size, SHA-256) and the delivery cleared. A run that starts finds the
   deliveries a killed run left: a file in place with the recorded SHA-256 is recorded, not saved
   again; a complete staged file is moved into place; anything else is downloaded anew.
5. The watermark moves after a page's files are in place, and never past a file that failed: the
   next poll tries it again; files already recorded are skipped (``download_again`` fetches them
   anew).

``pending()`` lists exported approvals whose PDF has not appeared yet (one batched DbFile query),
``status()`` gathers new / downloaded / pending for the GUI. Results are plain data.
"""
from __future__ import annotations

import string
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterable, Iterator

from core.errors import UserError, sentence
from core.files import move_into_place, sha256_of
from core.odata.errors import CancelledError, OdysseeError
from core.odata.expr import field as odata_field
from core.odyssee.model import JOB_APPROVAL_FILE_TYPE, JOB_APPROVAL_TABLE
from core.odyssee.values import EMPTY_DATE, format_datetime, parse_datetime
from core.settings import DEFAULT_NAMING_TEMPLATE, MAX_CONCURRENCY_CEILING
from core.state import LeaseLost
from core.sync.batched_reads import (
    DEFAULT_PAGE_SIZE,
    NO_REFERENCE,
    ChangedRows,
    JobReference,
    fetch_by_guids,
    key,
    read_ahead,
    resolve_job_references,
    text,
    with_cancel,
)
from core.sync.export import CompletedWork
from core.sync.filenames import (
    MAX_COMPONENT_CHARS,
    NameReservations,
    UnsafePathError,
    inside,
    safe_component,
    safe_relative_path,
)
from core.sync.progress import RunControl
from core.sync.watermark import WatermarkCursor

STREAM = "job_approval_pdf"
RUN_KIND = "pdfs"
FILE_SELECT = ("id", "id_in_table", "file_name", "modified_dateutc")
DEFAULT_CONCURRENCY = None  # as many threads as the client's pace may use at most
TEMPLATE_FIELDS = ("job_reference", "file_name", "job_number", "company", "date", "approval_id")
DELIVERIES = "pdf"  # the store's delivery stream of job approval PDFs
PDF_MAGIC = b"%PDF-"  # what every PDF starts with: anything else is refused, never filed as a PDF
STAGED_FILES_KEPT_SECONDS = 24 * 3600
# Inside the download folder, so that moving a finished file into place is a rename on one disk.
STAGING_FOLDER = ".incoming"


def job_approval_files():
    """``file_type_name eq 'JOB_APPROVAL' and db_table_name eq 'job_approval'``."""
    return odata_field("file_type_name").eq(JOB_APPROVAL_FILE_TYPE) & odata_field("db_table_name").eq(JOB_APPROVAL_TABLE)


# ----------------------------------------------------------------------------------------------
# Plain data for the GUI and the CLI


@dataclass(frozen=True)
class PdfFile:
    file_id: str
    approval_id: str
    file_name: str  # as the server gave it (untrusted; never used as a path unchecked)
    modified: str
    job_reference: str
    job_number: int | None
    company: str
    date: str  # YYYY-MM-DD of the approval (or of the file when the approval is unknown)
    relative_path: str  # where it goes inside the download folder, before " (2)" numbering
    downloaded_path: str | None = None  # set when the store knows it was downloaded


@dataclass(frozen=True)
class DownloadedPdf:
    file_id: str
    approval_id: str
    job_reference: str
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class PendingPdf:
    """An exported final approval whose PDF the server has not produced yet."""

    approval_id: str
    job_reference: str
    job_number: int | None
    exported_at: str


@dataclass
class PdfResult:
    status: str = "ok"  # ok | partial | failed | cancelled
    downloaded: list[DownloadedPdf] = field(default_factory=list)
    skipped: int = 0  # already downloaded
    recovered: int = 0  # saved by a run that was killed before it recorded them: now recorded
    failed: dict[str, str] = field(default_factory=dict)  # file id -> reason
    message: str = ""
    watermark: str | None = None
    run_id: int | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return {"downloaded": len(self.downloaded), "skipped": self.skipped, "failed": len(self.failed)}

    def mark_cancelled(self, error: CancelledError) -> None:
        self.status = "cancelled"
        if isinstance(error, LeaseLost):  # nobody pressed Cancel: say who took the job over
            self.message = error.message

    def mark_incomplete(self) -> None:
        """Not every file arrived: "partial" when some did."""
        self.status = "partial" if self.downloaded else "failed"


@dataclass(frozen=True)
class PdfStatus:
    new: list[PdfFile]
    downloaded: list[dict]  # the store's latest downloads: file_id, path, sha256, size, downloaded_at, approval_id
    pending: list[PendingPdf]


# ----------------------------------------------------------------------------------------------
# Naming


FOLDER_FIELD = "download_dir"  # the profile settings these errors concern
NAMING_FIELD = "naming_template"


class DownloadSettingsError(UserError, ValueError):
    """The download folder or the naming template cannot work; ``field`` names the setting."""


class NamingTemplate:
    """``{job_reference}/{file_name}`` and friends → a safe path relative to the download folder."""

    def __init__(self, template: str = DEFAULT_NAMING_TEMPLATE) -> None:
        template = (template or "").strip()
        if not template:
            raise DownloadSettingsError(
                sentence("The naming template is empty; the default is {default}", default=DEFAULT_NAMING_TEMPLATE),
                field=NAMING_FIELD,
            )
        try:
            names = [name for _, name, spec, conversion in string.Formatter().parse(template) if name is not None]
        except ValueError as error:
            raise DownloadSettingsError(
                sentence("The naming template {template!r} is not valid: {error}", template=template, error=str(error)),
                field=NAMING_FIELD,
            ) from None
        unknown = [name for name in names if name not in TEMPLATE_FIELDS]
        if unknown:
            raise DownloadSettingsError(
                sentence(
                    "The naming template uses {{{name}}}; the placeholders are {placeholders}",
                    name=unknown[0], placeholders=", ".join("{" + name + "}" for name in TEMPLATE_FIELDS),
                ),
                field=NAMING_FIELD,
            )
        if "file_name" not in names and "approval_id" not in names:
            raise DownloadSettingsError(
                sentence("The naming template needs {{file_name}} or {{approval_id}}, or every PDF gets the same name."),
                field=NAMING_FIELD,
            )
        self.template = template

    def relative_path(self, values: dict[str, object]) -> Path:
        """The file's path; it always ends in ``.pdf``, since only a PDF is ever saved (a name
        from the server without it, or a template ending in ``{approval_id}``, would otherwise
        give a file that no viewer opens with a double-click)."""
        safe = {name: safe_component(values.get(name)) for name in TEMPLATE_FIELDS}
        safe["job_reference"] = safe_component(values.get("job_reference"), fallback=NO_REFERENCE)
        path = safe_relative_path(self.template.format_map(safe))
        if path.suffix.lower() == ".pdf":
            return path
        return path.with_name(path.name[: MAX_COMPONENT_CHARS - len(".pdf")] + ".pdf")


def _values(row: dict, reference: JobReference | None) -> dict[str, object]:
    file_id = key(row.get("id"))
    approval_id = key(row.get("id_in_table"))
    name = text(row.get("file_name")).strip()
    if not name.strip(" ."):
        name = f"job_approval_{approval_id or file_id}.pdf"
    date = _day(reference.date_generated if reference else "") or _day(row.get("modified_dateutc"), utc=True)
    return {
        "job_reference": reference.reference if reference else "",
        "file_name": name,
        "job_number": "" if reference is None or reference.number is None else reference.number,
        "company": (reference.company or reference.company_code) if reference else "",
        "date": date,
        "approval_id": approval_id,
    }


def _day(value: object, *, utc: bool = False) -> str:
    """The day of a moment: ``date_generated`` as written (the tenant's local time), a UTC one
    (``utc``, such as ``modified_dateutc``) on this computer's clock."""
    try:
        moment = parse_datetime(str(value))
    except ValueError:
        return ""
    return "" if moment <= EMPTY_DATE else (moment.astimezone() if utc else moment).date().isoformat()


# ----------------------------------------------------------------------------------------------
# The engine


class JobApprovalPdfs:
    """Poll, download and list job approval PDFs for one profile. Safe from a worker thread."""

    def __init__(
        self,
        client,
        store,
        download_dir: str | Path,
        naming_template: str = DEFAULT_NAMING_TEMPLATE,
        *,
        concurrency: int | None = DEFAULT_CONCURRENCY,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> None:
        if not download_dir:
            raise DownloadSettingsError(sentence("No download folder is set for job approval PDFs."), field=FOLDER_FIELD)
        if concurrency is None:
            concurrency = client.pace.maximum
        if not 1 <= int(concurrency) <= MAX_CONCURRENCY_CEILING:
            raise ValueError(f"concurrency must be between 1 and {MAX_CONCURRENCY_CEILING}, not {concurrency}")
        self.client = client
        self.store = store
        self.folder = Path(download_dir).expanduser()
        self.naming = NamingTemplate(naming_template)
        self.concurrency = int(concurrency)
        self.page_size = page_size

    @classmethod
    def for_profile(cls, client, store, profile, **options) -> "JobApprovalPdfs":
        if not profile.download_dir:
            raise DownloadSettingsError(
                sentence(
                    'Profile "{name}" has no download folder; set one with '
                    '`odyssee-sync profile add "{name}" --update --download-dir DIR`.',
                    name=profile.name,
                ),
                field=FOLDER_FIELD,
            )
        return cls(client, store, profile.download_dir, profile.naming_template, **options)

    @property
    def watermark(self) -> str | None:
        return self.store.get_watermark(STREAM).value

    # -------------------------------------------------------------- reading

    def new_files(self, control: RunControl | None = None, *, limit: int | None = None) -> list[PdfFile]:
        """Files after the watermark that were not downloaded yet, oldest first; nothing is written."""
        control = control or RunControl()
        client = with_cancel(self.client, control)
        found: list[PdfFile] = []
        for batch in self._changed(client, control).batches():
            rows = self._not_downloaded(batch)
            references = self._references(client, rows, control)
            for row in rows:
                found.append(self._describe(row, references.get(key(row.get("id_in_table")))))
                if limit is not None and len(found) >= limit:
                    return found
        return found

    def pending(self, control: RunControl | None = None, *, limit: int = 200) -> list[PendingPdf]:
        """Exported final approvals (the latest ``limit``) with no JOB_APPROVAL file yet."""
        control = control or RunControl()
        client = with_cancel(self.client, control)
        exported: dict[str, dict] = {}
        for entry in CompletedWork(client, self.store).exported_recently(limit):
            exported.setdefault(entry["approval_id"], entry)
        if not exported:
            return []
        files = fetch_by_guids(
            client, "DbFile", "id_in_table", exported, select=("id", "id_in_table"),
            where=job_approval_files(), control=control,
        )
        with_file = {key(row.get("id_in_table")) for row in files}
        return [
            PendingPdf(
                approval_id=approval_id,
                job_reference=text(entry.get("job_reference")),
                job_number=entry.get("job_number") if isinstance(entry.get("job_number"), int) else None,
                exported_at=text(entry.get("exported_at")),
            )
            for approval_id, entry in exported.items()
            if approval_id not in with_file
        ]

    def downloaded(self, limit: int = 200) -> list[dict]:
        """The store's latest downloads, newest first, with their paths on this computer."""
        return [{**vars(row), "path": str(self.path_of(row.path))} for row in self.store.downloads(limit=limit)]

    def path_of(self, recorded: str) -> Path:
        """A recorded path on this computer: relative ones lie in this profile's download folder
        (which each workstation may reach under its own name)."""
        path = Path(recorded)
        return path if path.is_absolute() else self.folder / path

    def status(self, control: RunControl | None = None) -> PdfStatus:
        control = control or RunControl()
        return PdfStatus(new=self.new_files(control), downloaded=self.downloaded(), pending=self.pending(control))

    # -------------------------------------------------------------- downloading

    def download(self, control: RunControl | None = None) -> PdfResult:
        """Download every new file after the watermark; move the watermark behind them."""
        control = control or RunControl()
        client = with_cancel(self.client, control)
        result = PdfResult(run_id=self.store.start_run(RUN_KIND))
        committed = WatermarkCursor.from_store(self.store.get_watermark(STREAM))
        blocked = False
        changed = self._changed(client, control)
        try:
            self._settle_deliveries(result)
            with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="pdf-download") as pool:
                reservations = NameReservations()
                # The next page and its look-ups are read while this page's files download.
                for batch, todo, references in read_ahead(self._pages(client, changed, control), control.cancel):
                    result.skipped += len(batch) - len(todo)
                    outcome = self._download_rows(client, pool, reservations, todo, control, result, references)
                    for row in batch:
                        if outcome.get(key(row.get("id")), True) is not True:
                            blocked = True
                        if not blocked:
                            committed = committed.advance(row)
                    if committed.value is not None:
                        self.store.set_watermark(STREAM, committed.text, committed.seen_ids)
                    if outcome.get("cancelled"):
                        raise outcome["cancelled"]
        except CancelledError as error:
            result.mark_cancelled(error)
        except OdysseeError as error:
            result.message = error.message
            result.mark_incomplete()
        except OSError as error:
            result.message = sentence("Cannot write to {path}: {why}", path=str(self.folder), why=error.strerror or str(error))
            result.mark_incomplete()
        except BaseException:
            result.status = "failed"
            raise
        else:
            if result.failed:
                result.mark_incomplete()
        finally:
            result.problems.extend(changed.problems)
            self._close(result)
        return result

    def download_again(self, file_ids: Iterable[str], control: RunControl | None = None) -> PdfResult:
        """Download these files anew (the same path when it is still theirs); the watermark stays."""
        control = control or RunControl()
        client = with_cancel(self.client, control)
        result = PdfResult(run_id=self.store.start_run(RUN_KIND))
        try:
            rows = fetch_by_guids(client, "DbFile", "id", list(file_ids), select=FILE_SELECT, control=control)
            with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="pdf-download") as pool:
                outcome = self._download_rows(client, pool, NameReservations(), rows, control, result, again=True)
            if outcome.get("cancelled"):
                raise outcome["cancelled"]
            if result.failed:
                result.mark_incomplete()
        except CancelledError as error:
            result.mark_cancelled(error)
        except OdysseeError as error:
            result.message = error.message
            result.status = "failed"
        except BaseException:
            result.status = "failed"
            raise
        finally:
            self._close(result)
        return result

    def _close(self, result: PdfResult) -> None:
        try:
            (self.folder / STAGING_FOLDER).rmdir()  # only when empty: nothing is on its way
        except OSError:
            pass
        result.watermark = self.store.get_watermark(STREAM).value
        lost = self.store.close_run(result.run_id, result.status, result.counts)
        if lost:
            result.status, result.message = "cancelled", result.message or lost

    def rewind(self, since: datetime | str | None) -> None:
        """Look at every file changed since ``since`` again (files already downloaded stay skipped)."""
        moment = EMPTY_DATE if since is None else (parse_datetime(since) if isinstance(since, str) else since)
        self.store.set_watermark(STREAM, format_datetime(moment), ())

    # -------------------------------------------------------------- internals

    def _changed(self, client, control: RunControl) -> ChangedRows:
        cursor = WatermarkCursor.from_store(self.store.get_watermark(STREAM))
        return ChangedRows(client, "DbFile", job_approval_files(), FILE_SELECT, cursor, self.page_size, control)

    def _references(self, client, rows: list[dict], control: RunControl) -> dict[str, JobReference]:
        if not rows:
            return {}
        return resolve_job_references(
            client, (row.get("id_in_table") for row in rows), with_company="{company}" in self.naming.template,
            control=control,
        )

    def _describe(self, row: dict, reference: JobReference | None) -> PdfFile:
        values = _values(row, reference)
        previous = self.store.download_for(key(row.get("id")))
        return PdfFile(
            file_id=key(row.get("id")),
            approval_id=key(row.get("id_in_table")),
            file_name=text(row.get("file_name")),
            modified=text(row.get("modified_dateutc")),
            job_reference=reference.reference if reference else "",
            job_number=reference.number if reference else None,
            company=str(values["company"]),
            date=str(values["date"]),
            relative_path=self.naming.relative_path(values).as_posix(),
            downloaded_path=str(self.path_of(previous.path)) if previous else None,
        )

    def _pages(self, client, changed: ChangedRows, control: RunControl) -> Iterator[tuple[list[dict], list[dict], dict]]:
        """(page, its files not downloaded yet, their job references) for each page of the poll."""
        for batch in changed.batches():
            todo = self._not_downloaded(batch)
            yield batch, todo, self._references(client, todo, control)

    def _download_rows(
        self, client, pool: ThreadPoolExecutor, reservations: NameReservations, rows: list[dict],
        control: RunControl, result: PdfResult, references: dict | None = None, *, again: bool = False,
    ) -> dict[str, object]:
        """Download ``rows`` with the pool; file id -> True (done) or the reason it failed."""
        if not rows:
            return {}
        if references is None:
            references = self._references(client, rows, control)
        lock = threading.Lock()
        outcome: dict[str, object] = {}
        total = len(rows)

        def one(row: dict) -> None:
            file_id = key(row.get("id"))
            reference = references.get(key(row.get("id_in_table")))
            try:
                control.check()
                saved = self._download_one(client, reservations, row, reference, again)
            except CancelledError as error:
                with lock:
                    outcome["cancelled"] = error  # raised by the caller: a cancel, or a lost lease
                    outcome[file_id] = "cancelled"
                return
            except (OdysseeError, OSError, UnsafePathError) as error:
                reason = getattr(error, "message", None) or f"{type(error).__name__}: {error}"
                with lock:
                    outcome[file_id] = reason
                    result.failed[file_id] = reason
                return
            with lock:
                outcome[file_id] = True
                result.downloaded.append(saved)
                control.report(len(result.downloaded), total, sentence("Downloaded {name}", name=Path(saved.path).name))

        for future in [pool.submit(one, row) for row in rows]:
            future.result()  # a bug in a worker surfaces here, not silently
        return outcome

    def _download_one(
        self, client, reservations: NameReservations, row: dict, reference: JobReference | None, again: bool,
    ) -> DownloadedPdf:
        file_id = key(row.get("id"))
        approval_id = key(row.get("id_in_table"))
        relative = self.naming.relative_path(_values(row, reference))
        root = self._root()
        target = inside(root, relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        staged = root / STAGING_FOLDER / f"{safe_component(file_id, fallback='file')}-{uuid.uuid4().hex[:8]}.download"
        staged.parent.mkdir(parents=True, exist_ok=True)
        try:
            saved = client.download_file(file_id, staged, expect_prefix=PDF_MAGIC)
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        previous = self.store.download_for(file_id) if again else None
        keep = self.path_of(previous.path) if previous is not None else None
        while True:
            path = reservations.reserve(target, keep=keep, reuse=lambda candidate: sha256_of(candidate) == saved.sha256)
            try:
                final = self._deliver(root, file_id, approval_id, staged, path, saved, replace=path == keep)
                break
            except FileExistsError:
                continue  # another program put a file there a moment ago: the next free name
            finally:
                reservations.release(path)
        return DownloadedPdf(
            file_id=file_id,
            approval_id=approval_id,
            job_reference=reference.reference if reference else "",
            path=str(final),
            size=saved.size,
            sha256=saved.sha256,
        )

    def _root(self) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        return self.folder.resolve()

    def _deliver(self, root: Path, file_id: str, approval_id: str, staged: Path, path: Path, saved, *, replace: bool) -> Path:
        """Write down the delivery, move the staged file into place (unless that very content is
        there already), then record the download and clear the delivery in one transaction."""
        final = inside(root, path.relative_to(root))  # the last guard before anything appears
        relative = final.relative_to(root).as_posix()
        self.store.record_delivery(
            DELIVERIES, file_id, relative, staged.relative_to(root).as_posix(), saved.sha256, saved.size,
            details={"approval_id": approval_id},
        )
        if final.exists() and sha256_of(final) == saved.sha256:
            staged.unlink(missing_ok=True)
        else:
            move_into_place(staged, final, replace=replace)
        with self.store.transaction():
            self.store.record_download(file_id, relative, saved.sha256, saved.size, approval_id=approval_id or None)
            self.store.clear_delivery(DELIVERIES, file_id)
        return final

    def _settle_deliveries(self, result: PdfResult) -> None:
        """Finish what a killed run left between "written down" and "recorded" (module docstring)."""
        root = self._root()
        for delivery in self.store.deliveries(DELIVERIES):
            try:
                final = inside(root, Path(delivery.path))
                staged = inside(root, Path(delivery.staged_path))
            except UnsafePathError:
                self.store.clear_delivery(DELIVERIES, delivery.item_id)
                continue
            in_place = final.is_file() and sha256_of(final) == delivery.sha256
            if not in_place and staged.is_file() and sha256_of(staged) == delivery.sha256:
                try:
                    move_into_place(staged, final, replace=False)
                    in_place = True
                except FileExistsError:
                    pass  # another file took that name: downloaded anew under a free one
            if in_place:
                approval_id = delivery.details.get("approval_id") or None
                with self.store.transaction():
                    self.store.record_download(delivery.item_id, delivery.path, delivery.sha256, delivery.size, approval_id=approval_id)
                    self.store.clear_delivery(DELIVERIES, delivery.item_id)
                result.recovered += 1
            else:
                staged.unlink(missing_ok=True)
                self.store.clear_delivery(DELIVERIES, delivery.item_id)
        self._sweep_staging(root)

    def _sweep_staging(self, root: Path) -> None:
        """Staged files nobody will move any more (a download killed half-way), after a day: a
        younger one may belong to another workstation that shares the folder but not the state."""
        folder = root / STAGING_FOLDER
        if not folder.is_dir():
            return
        expected = {delivery.staged_path for delivery in self.store.deliveries(DELIVERIES)}
        too_old = time.time() - STAGED_FILES_KEPT_SECONDS
        for leftover in folder.iterdir():
            relative = leftover.relative_to(root).as_posix()
            try:
                if relative not in expected and leftover.is_file() and leftover.stat().st_mtime < too_old:
                    leftover.unlink()
            except OSError:
                pass

    def _not_downloaded(self, batch: list[dict]) -> list[dict]:
        recorded = self.store.downloads_for(key(row.get("id")) for row in batch)
        return [row for row in batch if key(row.get("id")) not in recorded]


__all__ = [
    "DEFAULT_CONCURRENCY",
    "DownloadedPdf",
    "JobApprovalPdfs",
    "NamingTemplate",
    "PdfFile",
    "PdfResult",
    "PdfStatus",
    "PendingPdf",
    "STREAM",
    "TEMPLATE_FIELDS",
    "job_approval_files",
]
