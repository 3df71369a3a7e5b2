"""Who else is at work: the leases of the open profile's state, read every few seconds.

:class:`LeaseWatch` (one per window) asks the state database in the background which jobs (push,
export, PDFs) another program holds: another workstation of the office, a scheduled task, or a
command line on this PC. Pages use :meth:`LeaseWatch.held_elsewhere` to keep their button disabled
and :class:`BusyLine` to say, in one sentence, who holds it and since when. A lease this very
program holds (the page's own running task) does not count: that page shows its progress.
"""
from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from core.state import Actor, LeaseInfo
from gui.models.news import lease_sentence
from gui.tasks import Task, TaskRunner

CHECK_EVERY_MS = 5000


class LeaseWatch(QObject):
    changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QObject | None = None, *, interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session: Any = None
        self._others: dict[str, LeaseInfo] = {}
        self._task: Task | None = None
        self._me = Actor.current().workstation
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.refresh)

    def set_session(self, session: Any) -> None:
        self.session = session
        self._task = None
        self._set({})
        if session is None:
            self._timer.stop()
            return
        self._timer.start()
        self.refresh()

    def held_elsewhere(self, job: str) -> LeaseInfo | None:
        """The lease of ``job`` when another program holds it now, else None."""
        return self._others.get(job)

    def refresh(self) -> None:
        session = self.session
        if session is None or self._task is not None or self.runner.closed:
            return
        task = self.runner.run(
            lambda ctx: ctx.store.leases(),
            session=session,
            on_done=lambda leases: self._read(session, leases),
            on_finished=lambda: self._finished(task),
            on_error=lambda _failure: None,  # the next check tries again; pages report real failures
            owner=self,
            label=self.tr("Checking who else is at work"),
        )
        self._task = task

    def _finished(self, task: Task) -> None:
        if self._task is task:
            self._task = None

    def _read(self, session: Any, leases: list[LeaseInfo]) -> None:
        if session is not self.session:
            return
        self._set({
            lease.job: lease for lease in leases
            if lease.held and not (lease.workstation == self._me and lease.pid == os.getpid())
        })

    def _set(self, others: dict[str, LeaseInfo]) -> None:
        def shown(leases: dict[str, LeaseInfo]) -> dict:
            return {job: (info.holder_id, info.token) for job, info in leases.items()}

        if shown(others) != shown(self._others):
            self._others = others
            self.changed.emit()


class BusyLine(QLabel):
    """One sentence under a page's buttons: who runs this job now, and when it can be done here."""

    def __init__(self, job: str, what_then: str) -> None:
        super().__init__()
        self.job = job
        self.what_then = what_then
        self.setObjectName("busyLine")
        self.setWordWrap(True)  # its colours are the application's style sheet's (gui/app.py)
        self.hide()

    def show_lease(self, lease: LeaseInfo | None) -> None:
        if lease is None:
            self.hide()
            return
        self.setText(f"{lease_sentence(lease)} {self.what_then}")
        self.show()


__all__ = ["BusyLine", "CHECK_EVERY_MS", "LeaseWatch"]
