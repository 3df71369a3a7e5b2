"""Background polling in the window: job approval PDFs and completed work, each at the
profile's interval.

Two streams, each a QTimer that starts one background task (:meth:`Poller.poll_now`); a stream
never runs two polls at once — a tick while its poll is still running is skipped. A round itself
is ``core.services.polling`` (the same as ``odyssee-sync watch``); :func:`poll_pdfs` and
:func:`poll_completed` call it with a :class:`gui.session.TaskContext`, so they are tested
without a timer or a tray icon. New PDFs are downloaded at once (the office wants them "as
Odyssee generates them"); completed work is exported only when the profile says so
(``Profile.auto_export``), otherwise the poll counts the approvals ready
for the ERP and says when there are more than last time.

A round's line and news are the window's own sentences (:mod:`gui.models.news`), in its language.
News ("3 new job approval PDFs") goes to :class:`gui.tray.Tray`, which shows it without taking
the focus; where there is no system tray (offscreen, some desktops) it goes to the status bar.
What a round changed (``outcome.changes``, a count of the approvals ready included) goes to the
window, which hands it to every page. Polls start only for a profile that has somewhere to put
the results, and can be paused.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from core.errors import UserError
from core.services.changes import READY_WORK, Changes
from core.services.polling import (
    COMPLETED,
    PDFS,
    PollOutcome,
    count_ready,
    download_new_pdfs,
    export_completed,
    interval_seconds,
    stream_enabled,
)
from core.sync.export import target_for_profile
from gui.models.counts import ready_count
from gui.models.formatting import number_text
from gui.models.news import poll_message, poll_notification
from gui.session import BACKGROUND_PROGRAM
from gui.tasks import Task, TaskFailure, TaskRunner

KINDS = (PDFS, COMPLETED)
FIRST_POLL_DELAY_S = 30  # after a profile opens: let the window and its pages load first


def _in_words(outcome: PollOutcome, *, exported: bool = True) -> PollOutcome:
    """The round's line and news in the window's language (core's stay English, for the command line)."""
    return replace(outcome, message=poll_message(outcome, exported=exported), notification=poll_notification(outcome))


def _shown(outcome: PollOutcome) -> PollOutcome:
    """A round that failed outright is a failure for the window (an error line, not a status)."""
    outcome = _in_words(outcome)
    if outcome.status == "failed" and not outcome.count:
        raise UserError(outcome.message)
    return outcome


def poll_pdfs(ctx: Any) -> PollOutcome:
    """Download the new job approval PDFs (worker thread); skipped while another program does."""
    if not ctx.profile.download_dir:
        return PollOutcome(PDFS, message=QCoreApplication.translate("Poller", "no download folder set"))
    return _shown(download_new_pdfs(ctx.client, ctx.store, ctx.profile, ctx.control, program=BACKGROUND_PROGRAM))


def poll_completed(ctx: Any) -> PollOutcome:
    """Export completed work when the profile allows it, else count what is ready (worker thread)."""
    profile = ctx.profile
    if not (profile.export_to and profile.auto_export):
        outcome = _in_words(count_ready(ctx.client, ctx.store, ctx.control), exported=False)
        # Counted as the Completed work page counts them: the same number on every page.
        return replace(outcome, changes=outcome.changes.with_count(READY_WORK, ready_count(outcome.ready, profile)))
    target = target_for_profile(profile)
    try:
        # The line says the approvals held back at every poll while they wait: they have not reached the ERP.
        return _shown(export_completed(ctx.client, ctx.store, target, ctx.control, program=BACKGROUND_PROGRAM))
    finally:
        target.close()


POLLS: dict[str, Callable[[Any], PollOutcome]] = {PDFS: poll_pdfs, COMPLETED: poll_completed}


class Poller(QObject):
    """The two polling streams of the open session."""

    polled = Signal(str, object)  # kind, PollOutcome
    poll_failed = Signal(str, object)  # kind, TaskFailure
    notify = Signal(str)  # one sentence of news
    paused_changed = Signal(bool)
    running_changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QObject | None = None, *, first_delay_s: float = FIRST_POLL_DELAY_S) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session: Any = None
        self.first_delay_s = first_delay_s
        self.paused = False
        self.last_poll: datetime | None = None
        self.last_outcome: dict[str, PollOutcome] = {}
        self._tasks: dict[str, Task] = {}
        self._timers: dict[str, QTimer] = {}
        self._ready_seen: int | None = None
        for kind in KINDS:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda kind=kind: self._tick(kind))
            self._timers[kind] = timer

    # --- control ---------------------------------------------------------------------------------

    def set_session(self, session: Any) -> None:
        """A profile opened (or closed): polls start after a short delay, at its intervals."""
        for task in self._tasks.values():
            task.cancel()
        self._tasks.clear()
        self.session = session
        self.last_outcome = {}
        self._ready_seen = None
        self._schedule_all(self.first_delay_s)
        self.running_changed.emit()

    def set_paused(self, paused: bool) -> None:
        if paused == self.paused:
            return
        self.paused = paused
        if paused:
            for timer in self._timers.values():
                timer.stop()
        else:
            self._schedule_all(self.first_delay_s)
        self.paused_changed.emit(paused)

    def enabled(self, kind: str) -> bool:
        session = self.session
        return session is not None and session.client is not None and stream_enabled(session.profile, kind)

    def is_polling(self, kind: str | None = None) -> bool:
        return any(k in self._tasks for k in ((kind,) if kind else KINDS))

    def scheduled(self, kind: str) -> bool:
        return self._timers[kind].isActive()

    def poll_now(self, kind: str | None = None) -> list[str]:
        """Start a poll of ``kind`` (None: both) unless one is running; the kinds started."""
        started = []
        for name in (kind,) if kind else KINDS:
            if self._start(name):
                started.append(name)
        return started

    # --- internals -------------------------------------------------------------------------------

    def _schedule_all(self, delay_s: float) -> None:
        for kind, timer in self._timers.items():
            timer.stop()
            if self.enabled(kind) and not self.paused:
                timer.start(int(min(delay_s, interval_seconds(self.session.profile, kind)) * 1000))

    def _schedule(self, kind: str) -> None:
        if self.enabled(kind) and not self.paused:
            self._timers[kind].start(interval_seconds(self.session.profile, kind) * 1000)

    def _tick(self, kind: str) -> None:
        if not self._start(kind):
            self._schedule(kind)

    def _start(self, kind: str) -> bool:
        session = self.session
        if kind in self._tasks or not self.enabled(kind) or self.runner.closed:
            return False
        self._timers[kind].stop()
        task = self.runner.run(
            POLLS[kind],
            session=session,
            on_done=lambda outcome: self._done(session, kind, outcome),
            on_error=lambda failure: self._failed(session, kind, failure),
            on_finished=lambda: self._finished(session, kind, task),
            owner=self,
            label=self.tr("Polling job approval PDFs") if kind == PDFS else self.tr("Polling completed work"),
        )
        self._tasks[kind] = task
        self.running_changed.emit()
        return True

    def _finished(self, session: Any, kind: str, task: Task) -> None:
        if self._tasks.get(kind) is task:
            del self._tasks[kind]
            self.running_changed.emit()
        if session is self.session:
            self._schedule(kind)

    def _done(self, session: Any, kind: str, outcome: PollOutcome) -> None:
        if session is not self.session:
            return
        self.last_poll = datetime.now().astimezone()
        if kind == COMPLETED and outcome.changes.count(READY_WORK) is not None:
            # Without automatic export: news only when more approvals wait than last time, said
            # with the number every page shows; the lists showing them are out of date when the
            # number moved (someone else may have exported some).
            more = outcome.count - self._ready_seen if self._ready_seen is not None else 0
            outcome = replace(outcome, changes=outcome.changes | Changes(completed=more != 0))
            if more > 0:
                notification = self.tr("%Ln new completed job approval(s): {0} not in the ERP yet", "", more)
                outcome = replace(outcome, notification=notification.format(number_text(outcome.count)))
            self._ready_seen = outcome.count
        self.last_outcome[kind] = outcome
        self.polled.emit(kind, outcome)
        if outcome.notification:
            self.notify.emit(outcome.notification)

    def _failed(self, session: Any, kind: str, failure: TaskFailure) -> None:
        if session is self.session and not failure.cancelled:
            self.poll_failed.emit(kind, failure)


__all__ = [
    "COMPLETED",
    "FIRST_POLL_DELAY_S",
    "KINDS",
    "PDFS",
    "PollOutcome",
    "Poller",
    "interval_seconds",
    "poll_completed",
    "poll_pdfs",
    "stream_enabled",
]
