"""The pages of one job: a list read in the background, the selected row's details, one job run on it.

Pending pushes, Completed work and Job approval PDFs are built alike: the list (or the tabs of
lists) and a detail pane in a splitter, a status line with the job's buttons under them, and the
busy line saying who else runs the job now. What they share lives here:

- ``self.loading`` reads the list, ``self.working`` runs the job (:class:`LatestTask`, so a
  stale answer or one for a closed profile is dropped);
- the list is read when the page is first shown, when a profile opens while it is shown, and
  when work elsewhere changed it (the window's ``changed`` signal: a poll, another page's job;
  ``watches`` names the flags of :class:`core.services.changes.Changes` that matter), at once if
  the page is shown, else when it is next shown; never while the job runs (its end reads it again);
- a failed read says so in the empty list and offers "Try again"; a failed job shows what it did
  anyway (the engines return that on a cancel) or its failure, and looks again at who holds the
  job's lease when another program had it.

A subclass builds its widgets, calls :meth:`ListDetailPage.lay_out_lists`, and writes
``refresh`` (:meth:`_start_reading`, then :meth:`_read_list`), ``_loaded``, ``clear_lists`` and
``_update_controls``.
"""
from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from core.state import LeaseBusy
from gui.leases import BusyLine
from gui.pages.base import LatestTask, Page
from gui.tasks import TaskFailure
from gui.widgets.build import add_parts, hbox, split
from gui.widgets.empty_state import EmptyStateStack


class ListDetailPage(Page):
    job = ""  # the lease (PUSH, EXPORT, PDFS) whose holder elsewhere the busy line names
    busy_then = ""  # the busy line's second half: what can be done here once that has ended
    watches: tuple[str, ...] = ()  # the Changes flags that make the list out of date
    cancelled_text = ""  # the empty list after Cancel
    unreadable_text = ""  # the empty list after a failed read

    list_stack: EmptyStateStack  # the subclass's list (or tabs of lists), or why it is empty

    def __init__(self, window) -> None:
        super().__init__(window)
        self._needs_load = True
        self.loading = LatestTask(self)
        self.working = LatestTask(self)
        self.busy_line = BusyLine(self.job, self.translated(self.busy_then))
        window.leases.changed.connect(self._update_controls)

    def lay_out_lists(
        self,
        lists: QWidget,
        details: QWidget,
        *,
        orientation: Qt.Orientation,
        sizes: tuple[int, int],
        status: QWidget,
        buttons: Sequence[QWidget],
    ) -> None:
        """The lists and the details in a splitter, then the busy line, then status and buttons."""
        self.splitter = split(orientation, lists, details, sizes=sizes, collapsible=False)
        self.remember_splitter(self.splitter, f"{self.key}/splitter")
        add_parts(self.body, [(self.splitter, 1), self.busy_line, hbox((status, 1), *buttons)])

    # --- page hooks ------------------------------------------------------------------------------

    def on_session(self, session) -> None:
        self.loading.cancel()
        self.working.cancel()
        self._needs_load = True
        self.clear_lists(session)
        if session is not None and self.isVisible():
            self.refresh()
        self._update_controls()

    def on_shown(self, first: bool) -> None:
        if self._needs_load:
            self.refresh()

    def clear_lists(self, session) -> None:
        """Empty the lists and the details for another profile (None: none is open)."""

    def refresh(self) -> None:
        """Read the list again."""

    def _update_controls(self) -> None:
        """Enable what can be done now (a job elsewhere, a selection, one running here)."""

    # --- reading the list ------------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        if self._needs_load and not self.loading.busy:
            self.refresh()

    def _start_reading(self) -> bool:
        """Whether the list may be read now: not without a profile, nor while the job runs."""
        if self.session is None or self.working.busy:
            return False
        self._needs_load = False
        return True

    def _read_list(self, reader: Callable[[Any], Any], label: str, progress: str) -> None:
        """Read the list in the background (``reader(ctx)``): :meth:`_loaded` gets what it returns."""
        self.loading.run(reader, self._loaded, on_error=self._load_failed, label=label, progress=progress)

    def _loaded(self, result: Any) -> None:
        """Show the list just read."""

    def _has_rows(self) -> bool:
        return False

    def _load_failed(self, failure: TaskFailure) -> None:
        self._update_controls()
        if failure.cancelled:
            self.list_stack.empty.setText(self.translated(self.cancelled_text))
            return
        if not self._has_rows():
            self.list_stack.show_empty(self.translated(self.unreadable_text))
        self.banner.show_failure(failure, action=(self.tr("Try again"), self.refresh))

    # --- the job ---------------------------------------------------------------------------------

    def _start_job(
        self,
        work: Callable[[Any], Any],
        show_result: Callable[[Any], None],
        *,
        on_error: Callable[[TaskFailure], None] | None = None,
        label: str,
        progress: str,
    ) -> None:
        """Run the job in place of reading the list (its end reads the list again); a failure
        goes to :meth:`_job_failed` unless ``on_error`` is given."""
        self.loading.cancel()
        self.banner.clear()
        self.working.run(
            work,
            show_result,
            on_error=on_error or (lambda failure: self._job_failed(failure, show_result)),
            label=label,
            progress=progress,
        )
        self._update_controls()

    def _job_failed(self, failure: TaskFailure, show_result: Callable[[Any], None]) -> None:
        if failure.result is not None:  # cancelled or stopped half-way: what was done is news
            show_result(failure.result)
            return
        self._update_controls()
        if isinstance(failure.error, LeaseBusy):
            self.main_window.leases.refresh()  # the busy line says who, from now on
        self.banner.show_failure(failure)

    # --- work elsewhere ---------------------------------------------------------------------------

    def on_changes(self, changes: Any, own: bool) -> None:
        """A poll or another page changed what the list shows: read it again (now if shown)."""
        if own or self.session is None or not changes.touches(*self.watches):
            return
        self._needs_load = True
        if self.isVisible() and not self.working.busy:
            self.refresh()


__all__ = ["ListDetailPage"]
