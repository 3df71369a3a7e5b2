"""Sentences the window composes itself, in its language, from the structured results core returns.

Core writes its own sentences in English for the command line (``LeaseInfo.sentence()``,
``PollOutcome.message``); the window does not show those but builds its own from their fields:

- :func:`lease_sentence`: who runs a job now (``Push is running on WS-03 (user office2) since
  10:02.``), for the busy lines and :func:`lease_busy_text`, a LeaseBusy failure's banner text;
- :func:`poll_message` and :func:`poll_notification`: a background poll's status line and its news
  (``3 new job approval PDFs downloaded``).

The English reads as core's. What core only has as a sentence (why a file failed, why a run
stopped) is quoted as core wrote it.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from core.services.polling import BUSY, COMPLETED, PDFS, PollOutcome
from core.state import EXPORT, PUSH, LeaseBusy, LeaseInfo
from gui.models.formatting import clock_text, local_moment, moment_text, number_text
from gui.models.sentences import core_text
from gui.models.words import counted

# --- leases ----------------------------------------------------------------------------------------


def since_text(lease: LeaseInfo) -> str:
    """When the holder took the lease: ``10:02`` today, else the day too, as the locale writes them."""
    moment = lease.acquired
    if moment is None:
        return lease.acquired_at
    if local_moment(moment).date() == datetime.now().astimezone().date():
        return clock_text(moment)
    return moment_text(moment)


def lease_sentence(lease: LeaseInfo) -> str:
    """``Push is running on WS-03 (user office2, odyssee-sync push) since 10:02.``"""
    who = QCoreApplication.translate("news", "user {0}").format(lease.os_user)
    if lease.program:
        who = QCoreApplication.translate("news", "{0}, {1}").format(who, lease.program)
    if lease.job == PUSH:
        text = QCoreApplication.translate("news", "Push is running on {0} ({1}) since {2}.")
    elif lease.job == EXPORT:
        text = QCoreApplication.translate("news", "Export of completed work is running on {0} ({1}) since {2}.")
    elif lease.job == PDFS:
        text = QCoreApplication.translate("news", "PDF download is running on {0} ({1}) since {2}.")
    else:
        text = QCoreApplication.translate("news", "{0} is running on {1} ({2}) since {3}.")
        return text.format(lease.title, lease.workstation, who, since_text(lease))
    return text.format(lease.workstation, who, since_text(lease))


def lease_busy_text(busy: LeaseBusy) -> str:
    """A LeaseBusy failure in one sentence: who holds the job, and when it is free."""
    seconds = int(getattr(busy, "lease_seconds", 0) or 0)
    if not seconds:
        return lease_sentence(busy.info)
    free = QCoreApplication.translate("news", "It is free when that ends, or {0} s after that program stops answering.")
    free = free.format(number_text(seconds))
    return f"{lease_sentence(busy.info)} {free}"


# --- background polls ------------------------------------------------------------------------------


def _then_stopped(message: str, outcome: PollOutcome) -> str:
    if not outcome.stopped:
        return message
    if not outcome.count:
        return core_text(outcome.stopped)
    return QCoreApplication.translate("news", "{0}; {1}").format(message, core_text(outcome.stopped))


def poll_message(outcome: PollOutcome, *, exported: bool = True) -> str:
    """One line for the status bar: ``no new PDFs``, ``3 approvals exported, 1 held back``…

    ``exported``: a completed-work round that exported (else it only counted the approvals ready)."""
    count = outcome.count
    if outcome.status == BUSY:
        if outcome.busy is None:
            return core_text(outcome.message)
        return QCoreApplication.translate("news", "skipped: {0}").format(lease_sentence(outcome.busy))
    if outcome.kind == PDFS:
        if count:
            message = counted(QCoreApplication.translate("news", "%Ln new PDF(s) downloaded", "", count), count)
        else:
            message = QCoreApplication.translate("news", "no new PDFs")
        if outcome.failed:
            failed = counted(QCoreApplication.translate("news", "%Ln failed: {0}", "", outcome.failed), outcome.failed)
            message = QCoreApplication.translate("news", "{0}, {1}").format(message, failed.format(core_text(outcome.first_failure)))
        return _then_stopped(message, outcome)
    if outcome.kind == COMPLETED and not exported:
        return counted(QCoreApplication.translate("news", "%Ln approval(s) ready for the ERP", "", count), count)
    if outcome.kind == COMPLETED:
        if count:
            message = counted(QCoreApplication.translate("news", "%Ln approval(s) exported", "", count), count)
        else:
            message = QCoreApplication.translate("news", "no completed work to export")
        message = _then_stopped(message, outcome)
        if outcome.held:  # said at every poll while they wait: they have not reached the ERP
            held = counted(QCoreApplication.translate("news", "%Ln held back", "", len(outcome.held)), len(outcome.held))
            message = QCoreApplication.translate("news", "{0}, {1}").format(message, held)
        return message
    return core_text(outcome.message)


def poll_notification(outcome: PollOutcome) -> str:
    """The news of a round that downloaded or exported something, else ""."""
    if outcome.status == BUSY or not outcome.count or not outcome.notification:
        return ""
    count = outcome.count
    if outcome.kind == PDFS:
        return counted(QCoreApplication.translate("news", "%Ln new job approval PDF(s) downloaded", "", count), count)
    if outcome.kind == COMPLETED:
        text = QCoreApplication.translate("news", "%Ln completed job approval(s) exported to the ERP", "", count)
        return counted(text, count)
    return outcome.notification


__all__ = ["lease_busy_text", "lease_sentence", "poll_message", "poll_notification", "since_text"]
