"""One poll round of each background stream, written once for the window's poller and for
``odyssee-sync watch``.

- **PDFs** (:func:`download_new_pdfs`): the new job approval PDFs are downloaded.
- **Completed work** (:func:`export_completed`): the final job approvals go to the ERP;
  :func:`count_ready` only counts them, for a window whose profile does not export by itself.

Each round runs under its job's lease (``core.state.leases``), like every push, export and
download: when another workstation or program holds it, the round is skipped and its outcome says
who holds it. A round returns a :class:`PollOutcome`; each front end decides how to show it, and
its ``changes`` (:mod:`core.services.changes`) say which lists it made out of date.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.errors import counted, sentence
from core.services.changes import NOTHING, Changes, changes_of
from core.state import EXPORT, PDFS, LeaseBusy, leased
from core.sync.export import CompletedWork, ExportTarget
from core.sync.pdfs import JobApprovalPdfs
from core.sync.progress import RunControl

COMPLETED = "completed"  # the completed-work stream (its lease is the export job's)
STREAMS = (PDFS, COMPLETED)
BUSY = "busy"  # a round's status when another holder had the job's lease
MIN_INTERVAL_S = 5


@dataclass(frozen=True)
class PollOutcome:
    kind: str  # PDFS or COMPLETED
    status: str = "ok"  # the engine's run status ("ok", "partial", "failed", "cancelled"), or BUSY
    count: int = 0  # PDFs downloaded, approvals exported, or approvals ready
    message: str = ""  # one line for a status bar or a log
    notification: str = ""  # news for the user; empty when there is none
    changes: Changes = NOTHING  # what the round changed (a run recorded, files or the ERP written)
    failed: int = 0
    held: tuple = field(default=(), compare=False)  # the approvals held back (core.state.HeldBack)
    ready: tuple = field(default=(), compare=False)  # count_ready's approvals (core.sync.export.ReadyApproval)
    busy_with: str = ""  # with status BUSY: who runs the job now, one sentence
    busy: Any = field(default=None, compare=False)  # with status BUSY: that holder's LeaseInfo
    first_failure: str = ""  # the engine's sentence for the first item that failed, if any
    stopped: str = ""  # the engine's own sentence when the run stopped early (result.message)
    eventful: bool = False  # something happened worth a line in a log (a quiet round is not)

    @property
    def changed(self) -> bool:
        """Files or the ERP were written: lists showing them are out of date."""
        return self.changes.touches("exported", "pdfs")


def interval_seconds(profile: Any, kind: str) -> int:
    value = profile.poll_interval_pdf if kind == PDFS else profile.poll_interval_completed
    return max(MIN_INTERVAL_S, int(value or 0))


def stream_enabled(profile: Any, kind: str) -> bool:
    """A stream of the window's background polls runs only when its results have somewhere to
    go; downloads only once the user said yes to them (``Profile.auto_download``)."""
    if kind == PDFS:
        return bool(profile.download_dir) and profile.auto_download is True
    return bool(profile.export_to)


def background_undecided(profile: Any) -> bool:
    """Whether the window should ask before working in the background for this profile: it has
    a download folder, and no one has said yet whether new PDFs go there by themselves."""
    return bool(profile.download_dir) and profile.auto_download is None


def _then_stopped(done: str, stopped: str) -> str:
    """What a round did, then the engine's sentence for why it stopped early."""
    return sentence("{done}; {stopped}", done=done, stopped=stopped)


def _busy(kind: str, busy: LeaseBusy) -> PollOutcome:
    holder = busy.info.sentence()
    return PollOutcome(kind, BUSY, message=sentence("skipped: {holder}", holder=holder), busy_with=holder, busy=busy.info)


def download_new_pdfs(
    client, store, profile, control: RunControl, *, program: str, concurrency: int | None = None,
) -> PollOutcome:
    """Download the new job approval PDFs (worker thread); skipped while another program does.

    A download folder or naming template that cannot work raises ``DownloadSettingsError``
    before the lease is taken.
    """
    options = {} if concurrency is None else {"concurrency": concurrency}
    JobApprovalPdfs.for_profile(client, store, profile, **options)  # checks the settings
    try:
        with leased(store, PDFS, control, program=program) as fenced:
            result = JobApprovalPdfs.for_profile(client, fenced, profile, **options).download(control)
    except LeaseBusy as busy:
        return _busy(PDFS, busy)
    count = len(result.downloaded)
    first_failure = next(iter(result.failed.values())) if result.failed else ""
    if not isinstance(first_failure, str):
        first_failure = str(first_failure)
    failed = len(result.failed)
    if count and failed:
        message = counted(
            count, "{n:,} new PDF downloaded, {failed:,} failed: {first}", "{n:,} new PDFs downloaded, {failed:,} failed: {first}",
            failed=failed, first=first_failure,
        )
    elif count:
        message = counted(count, "{n:,} new PDF downloaded", "{n:,} new PDFs downloaded")
    elif failed:
        message = sentence("no new PDFs, {failed:,} failed: {first}", failed=failed, first=first_failure)
    else:
        message = sentence("no new PDFs")
    if result.message:
        message = result.message if not count else _then_stopped(message, result.message)
    return PollOutcome(
        PDFS, result.status, count, message,
        notification=counted(count, "{n:,} new job approval PDF downloaded", "{n:,} new job approval PDFs downloaded") if count else "",
        changes=changes_of(result), failed=failed, eventful=bool(count or result.failed or result.message),
        first_failure=first_failure, stopped=result.message or "",
    )


def export_completed(client, store, target: ExportTarget, control: RunControl, *, program: str) -> PollOutcome:
    """Export the completed work to ``target`` (worker thread); skipped while another program does."""
    try:
        with leased(store, EXPORT, control, program=program) as fenced:
            result = CompletedWork(client, fenced, target).export(None, control)
    except LeaseBusy as busy:
        return _busy(COMPLETED, busy)
    count = len(result.exported)
    message = counted(count, "{n:,} approval exported", "{n:,} approvals exported") if count else sentence("no completed work to export")
    if result.message:
        message = result.message if not count else _then_stopped(message, result.message)
    return PollOutcome(
        COMPLETED, result.status, count, message,
        notification=counted(
            count, "{n:,} completed job approval exported to the ERP", "{n:,} completed job approvals exported to the ERP"
        ) if count else "",
        changes=changes_of(result), failed=len(result.failed), held=tuple(result.held),
        eventful=bool(count or result.failed or result.message), stopped=result.message or "",
    )


def count_ready(client, store, control: RunControl) -> PollOutcome:
    """Count the approvals ready for the ERP, exporting nothing (worker thread)."""
    items = CompletedWork(client, store).preview(control)
    count = len(items)
    message = counted(count, "{n:,} approval ready for the ERP", "{n:,} approvals ready for the ERP")
    return PollOutcome(COMPLETED, count=count, message=message, ready=tuple(items))


def held_name(record) -> str:
    """A held-back approval as the office knows it: ``WO-7 (approval 1b2c…)``."""
    if record.label:
        return sentence("{label} (approval {id})", label=record.label, id=record.item_id)
    return sentence("approval {id}", id=record.item_id)
