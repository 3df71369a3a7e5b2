"""The task runner: every network, database and keyring call runs here, off the GUI thread.

One ``TaskRunner`` per application owns a ``QThreadPool``. A task is a plain function that gets a
:class:`core.sync.progress.RunControl` (or, with ``session=``, a :class:`gui.session.TaskContext`
carrying the profile's client and store plus that control) and returns a result::

    task = runner.run(
        lambda control: client.with_cancel(control.cancel).count("Company"),
        on_done=self.show_count,          # called on the GUI thread with the result
        on_error=self.banner.show_failure,  # called on the GUI thread with a TaskFailure
        owner=self,                       # callbacks are dropped once this widget is gone
        label="Counting companies",
    )
    task.cancel()                         # sets control.cancel; the Cancel button does this

Results, errors and progress come back on the GUI thread through queued signals of a
:class:`Task` (a QObject living in the GUI thread). Progress reports are coalesced: however fast
the worker reports, the GUI sees at most one pending update, always the latest.

Errors become a :class:`TaskFailure`: one sentence for the user (``str(OdysseeError)`` and the
other errors our core raises are written as such sentences) and the detail behind it (server
answer, traceback) for an expandable view. A cancelled task reports a failure with
``cancelled=True``; most callers ignore those. Work that still returned after the cancel (the
engines return what they did so far) hands that on as ``failure.result``.

The pattern follows Anki's ``taskman.py``/``QueryOp`` and calibre's threaded jobs: a function, an
abort flag, a progress channel, results delivered on the main thread.
"""
from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from core.sync.progress import RunControl

MAX_THREADS = 6  # network-bound work: a few parallel requests, never a flood


@dataclass(frozen=True)
class TaskFailure:
    """Why a task did not give a result: a sentence, its detail, and the exception itself."""

    message: str
    detail: str = ""
    cancelled: bool = False
    error: BaseException | None = None
    result: Any = None  # what cancelled work returned anyway (e.g. a push stopped half-way)

    def __str__(self) -> str:
        return self.message


def describe_failure(error: BaseException, label: str = "", trace: str = "") -> TaskFailure:
    """Turn an exception into a TaskFailure whose message is one sentence.

    Errors raised on purpose (``core.errors.UserError``) already carry a sentence for the user;
    so do the operating system's file errors. Anything else is a defect: the sentence says what
    we were doing and the traceback goes into the detail.
    """
    from core.errors import CancelledError, UserError
    from core.state import LeaseBusy, LeaseLost
    from gui.models.news import lease_busy_text
    from gui.models.sentences import error_text

    if isinstance(error, LeaseLost):  # who took the job over: a sentence, not a plain cancel
        return TaskFailure(error_text(error), error=error)
    if isinstance(error, CancelledError):
        return TaskFailure(cancelled_text(), cancelled=True, error=error)
    if isinstance(error, LeaseBusy):  # who holds the job, in the window's language
        return TaskFailure(lease_busy_text(error), error.explanation(), error=error)
    if isinstance(error, UserError):
        return TaskFailure(error_text(error).strip() or type(error).__name__, error.explanation(), error=error)
    if isinstance(error, (ValueError, OSError)):
        return TaskFailure(error_text(error).strip() or type(error).__name__, trace, error=error)
    details = str(error).strip() or QCoreApplication.translate("tasks", "no details")
    if label:
        message = QCoreApplication.translate("tasks", "Something went wrong while {0}: {1}: {2}.").format(
            label[0].lower() + label[1:], type(error).__name__, details
        )
    else:
        message = QCoreApplication.translate("tasks", "Something went wrong: {0}: {1}.").format(type(error).__name__, details)
    return TaskFailure(message, trace, error=error)


def cancelled_text() -> str:
    return QCoreApplication.translate("tasks", "Cancelled.")


class Task(QObject):
    """A running (or finished) background call. Lives in the GUI thread."""

    progressed = Signal(int, object, str)  # done, total (None while unknown), message
    succeeded = Signal(object)
    failed = Signal(object)  # TaskFailure
    finished = Signal()

    # Emitted from the worker thread; queued to the GUI thread because this object lives there.
    _result_ready = Signal(object)
    _failure_ready = Signal(object)
    _progress_ready = Signal()

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.control = RunControl(progress=self._report_progress)
        self.result: Any = None
        self.failure: TaskFailure | None = None
        self.running = True
        self._progress_lock = threading.Lock()
        self._latest_progress: tuple[int, int | None, str] | None = None
        self._result_ready.connect(self._deliver_result)
        self._failure_ready.connect(self._deliver_failure)
        self._progress_ready.connect(self._deliver_progress)

    def cancel(self) -> None:
        """Ask the work to stop; it notices at its next check (between requests, pages, items)."""
        self.control.cancel.set()

    @property
    def cancelled(self) -> bool:
        return self.control.cancel.is_set()

    # --- worker side ---------------------------------------------------------------------------

    def _report_progress(self, done: int, total: int | None, message: str) -> None:
        with self._progress_lock:
            pending = self._latest_progress is not None
            self._latest_progress = (done, total, message)
        if not pending:
            self._progress_ready.emit()

    # --- GUI side --------------------------------------------------------------------------------

    @Slot()
    def _deliver_progress(self) -> None:
        with self._progress_lock:
            latest, self._latest_progress = self._latest_progress, None
        if latest is not None and self.running:
            self.progressed.emit(*latest)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self._deliver_progress()
        self.running = False
        if self.cancelled:
            self.failure = TaskFailure(cancelled_text(), cancelled=True, result=result)
            self.failed.emit(self.failure)
        else:
            self.result = result
            self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _deliver_failure(self, failure: TaskFailure) -> None:
        self._deliver_progress()
        self.running = False
        if self.cancelled and not failure.cancelled:
            # Work that was cancelled and then tripped over (a closed connection…) was cancelled.
            failure = TaskFailure(cancelled_text(), failure.detail, cancelled=True, error=failure.error)
        self.failure = failure
        self.failed.emit(failure)
        self.finished.emit()


class _Job(QRunnable):
    def __init__(self, task: Task, work: Callable[[RunControl], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.task = task
        self.work = work

    def run(self) -> None:  # worker thread
        task = self.task
        try:
            task.control.check()
            result = self.work(task.control)
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the GUI
            failure = describe_failure(error, task.label, traceback.format_exc())
            try:
                task._failure_ready.emit(failure)
            except RuntimeError:  # the runner was torn down while we worked
                pass
        else:
            try:
                task._result_ready.emit(result)
            except RuntimeError:
                pass


class TaskRunner(QObject):
    """Runs functions on a thread pool and hands their outcome back on the GUI thread."""

    busy_changed = Signal(bool)
    task_failed = Signal(object)  # every non-cancelled failure, for logging

    def __init__(self, parent: QObject | None = None, *, max_threads: int = MAX_THREADS) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._tasks: dict[Task, QObject | None] = {}
        self._closed = False

    def run(
        self,
        work: Callable[[Any], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[TaskFailure], None] | None = None,
        on_progress: Callable[[int, int | None, str], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        owner: QObject | None = None,
        session: Any = None,
        label: str = "",
    ) -> Task:
        """Start ``work`` in the pool and return its Task at once.

        ``work`` gets the task's RunControl; with ``session`` (a :class:`gui.session.Session`) it
        gets a TaskContext instead (``.client``, ``.store``, ``.profile``, ``.control``) and the
        session stays open until the work ends. Callbacks run on the GUI thread and are skipped
        when ``owner`` has been destroyed. ``on_error`` gets cancelled failures too
        (``failure.cancelled``); without ``on_error`` failures only reach ``task_failed``.
        """
        if self._closed:
            raise RuntimeError("the task runner has been shut down")
        task = Task(label, self)
        alive = (lambda: shiboken6.isValid(owner)) if owner is not None else (lambda: True)
        if on_done is not None:
            task.succeeded.connect(lambda result: alive() and on_done(result))
        if on_error is not None:
            task.failed.connect(lambda failure: alive() and on_error(failure))
        if on_progress is not None:
            task.progressed.connect(lambda done, total, message: alive() and on_progress(done, total, message))
        task.failed.connect(self._note_failure)
        if on_finished is not None:
            task.finished.connect(lambda: alive() and on_finished())
        task.finished.connect(lambda: self._forget(task))
        was_busy = bool(self._tasks)
        self._tasks[task] = owner
        if session is not None:
            function = work
            work = lambda control: session.call(function, control)  # noqa: E731
        self.pool.start(_Job(task, work))
        if not was_busy:
            self.busy_changed.emit(True)
        return task

    def _note_failure(self, failure: TaskFailure) -> None:
        if not failure.cancelled:
            self.task_failed.emit(failure)

    def _forget(self, task: Task) -> None:
        self._tasks.pop(task, None)
        # Deleted later: this runs inside one of the task's own signal emissions.
        task.deleteLater()
        if not self._tasks:
            self.busy_changed.emit(False)

    def tasks(self, owner: QObject | None = None) -> list[Task]:
        """Running tasks (of one owner, when given)."""
        return [task for task, task_owner in self._tasks.items() if owner is None or task_owner is owner]

    def active_count(self, owner: QObject | None = None) -> int:
        return len(self.tasks(owner))

    def cancel_owned(self, owner: QObject) -> None:
        for task in self.tasks(owner):
            task.cancel()

    def cancel_all(self) -> None:
        for task in self.tasks():
            task.cancel()

    @property
    def closed(self) -> bool:
        """Shut down: ``run`` refuses new work (views may still ask while the window closes)."""
        return self._closed

    def shutdown(self, timeout_ms: int = 3000) -> bool:
        """Cancel everything and wait (at most ``timeout_ms``) for the workers: only at exit."""
        self._closed = True
        self.cancel_all()
        return self.pool.waitForDone(timeout_ms)


__all__ = ["MAX_THREADS", "Task", "TaskFailure", "TaskRunner", "describe_failure"]
