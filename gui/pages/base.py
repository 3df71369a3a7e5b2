"""What every page has: a title, an error banner, a progress line, the open session, tasks.

A page subclass fills ``self.body`` (a QVBoxLayout) and overrides the hooks it needs:

- ``on_session(session)``: the profile changed (None while none is open); reload.
- ``on_shown()``: the page became visible (load lazily here).
- ``open_with(**options)``: another page navigated here with options (``entity="Jobs"``).
- ``on_changes(changes, own)``: work somewhere (this page's own when ``own``) changed what pages
  show (:class:`core.services.changes.Changes`, from the window's one ``changed`` signal).
- ``task_owners()``: objects whose background tasks mean "still loading" (models).
- ``tour_steps()``: the screenshots the tour takes of this page.

The class attributes a page shows (``title``, ``subtitle``, and ``busy_then``, ``cancelled_text``,
``unreadable_text`` of a list page) are English source texts, translated when shown: mark each
with ``QT_TRANSLATE_NOOP("ThePageClass", "Text")`` in the subclass (its class name as the context)
so that pyside6-lupdate finds it. A title is also found among the navigation's (gui/pages).

Background work goes through :meth:`Page.run`; its failures land in the page's banner. Work of
which only the newest run counts goes through a :class:`LatestTask`. The splitters given to
:meth:`Page.remember_splitter` keep their sizes between runs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QSplitter, QWidget

from gui import ui_state
from gui.tasks import Task, TaskFailure
from gui.widgets.build import STRETCH, button, hbox, label, lay_out, vbox
from gui.widgets.error_banner import ErrorBanner
from gui.widgets.progress import ProgressPanel

if TYPE_CHECKING:
    from core.services.changes import Changes
    from gui.main_window import MainWindow
    from gui.session import Session

# (name, actions): the tour runs each action, waiting until the page is idle after each one.
TourStep = tuple[str, list[Callable[[], None]]]


class Page(QWidget):
    key = ""
    title = ""
    subtitle = ""
    # Keep a success or information message when the profile changes (it is often the cause).
    keeps_messages = False

    def __init__(self, window: "MainWindow") -> None:
        super().__init__()
        self.main_window = window
        self.runner = window.runner
        self._session: "Session | None" = None
        self._shown_once = False
        self._splitters: dict[str, QSplitter] = {}

        self.heading = label(self.display_title, role="pageTitle")
        self.subheading = label(self.translated(self.subtitle), role="pageSubtitle", wrap=True)
        self.subheading.setVisible(bool(self.subtitle))
        self.header_row = hbox(self.heading, STRETCH)
        self.banner = ErrorBanner()
        self.progress = ProgressPanel()
        self.body = vbox(margins=(0, 0, 0, 0))
        lay_out(
            self, self.header_row, self.subheading, self.banner, self.progress, (self.body, 1),
            margins=(16, 12, 16, 8), spacing=8,
        )
        window.changed.connect(self._changes_arrived)

    def translated(self, text: str) -> str:
        """A class attribute's text in the user's language (looked up under each class's name)."""
        return self.tr(text) if text else ""

    @property
    def display_title(self) -> str:
        """The page's title in the user's language: the page's own translation, else the navigation's."""
        shown = self.translated(self.title)
        return shown if shown != self.title else QCoreApplication.translate("pages", self.title)

    def add_header_button(
        self,
        text: str,
        on_click: Callable[[], object],
        *,
        tooltip: str = "",
        shortcut: QKeySequence | QKeySequence.StandardKey | None = QKeySequence.StandardKey.Refresh,
    ) -> QPushButton:
        """A button on the title's line, at its right (Refresh, Compare again): it reads the page
        anew, so F5 (the system's Refresh key) presses it while the page is shown."""
        widget = button(text, on_click, tooltip=tooltip, shortcut=shortcut)
        self.header_row.addWidget(widget)
        return widget

    def point_to_settings(self, text: str, detail: str = "", *, kind: str = "info") -> None:
        """Say in the banner what the profile lacks, with a button to Settings."""
        open_settings = (self.tr("Open Settings"), lambda: self.main_window.go_to("settings"))
        self.banner.show_message(text, detail, kind=kind, action=open_settings)

    # --- session -----------------------------------------------------------------------------------

    @property
    def session(self) -> "Session | None":
        return self._session

    def set_session(self, session: "Session | None") -> None:
        for owner in self.task_owners():
            self.runner.cancel_owned(owner)
        self.progress.done()
        if not (self.keeps_messages and self.banner.kind in ("success", "info", "warning")):
            self.banner.clear()
        self._session = session
        if session is None and self.key != "settings":
            self.point_to_settings(self.tr("No profile is open: set up the connection to Odyssee in Settings first."))
        self.on_session(session)

    def on_session(self, session: "Session | None") -> None:
        """The open profile changed; reload what the page shows."""

    # --- visibility and navigation -----------------------------------------------------------------

    def shown(self) -> None:
        first = not self._shown_once
        self._shown_once = True
        self.on_shown(first)

    def on_shown(self, first: bool) -> None:
        """The page became the visible one (``first`` the first time)."""

    def open_with(self, **options: Any) -> None:
        """Another page sent the user here with options."""

    def _changes_arrived(self, changes: "Changes", origin: object) -> None:
        self.on_changes(changes, origin is self)

    def on_changes(self, changes: "Changes", own: bool) -> None:
        """Work ended that changed something (``own``: this page's); update what is shown."""

    # --- what the user arranged --------------------------------------------------------------------

    def remember_splitter(self, splitter: QSplitter, key: str) -> QSplitter:
        """Give ``splitter`` the sizes it had last time and keep them as ``key`` when the window closes."""
        ui_state.restore_splitter(splitter, key)
        self._splitters[key] = splitter
        return splitter

    def save_layout(self) -> None:
        """The window is closing: keep the sizes the user left."""
        for key, splitter in self._splitters.items():
            ui_state.save_splitter(splitter, key)

    # --- background work ---------------------------------------------------------------------------

    def run(
        self,
        work: Callable[[Any], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        on_error: Callable[[TaskFailure], None] | None = None,
        label: str = "",
        progress: str | None = None,
        with_session: bool = True,
    ) -> Task | None:
        """Run ``work(ctx)`` (a TaskContext; with ``with_session=False`` a RunControl) in the
        background; failures go to the banner unless ``on_error`` is given. Returns None when
        the work needs a session and none is open."""
        if (with_session and self._session is None) or self.runner.closed:
            return None
        task = self.runner.run(
            work,
            session=self._session if with_session else None,
            on_done=on_done,
            on_error=on_error or self.banner.show_failure,
            owner=self,
            label=label,
        )
        if progress:
            self.progress.track(task, progress)
        return task

    def task_owners(self) -> list[QObject]:
        return [self]

    def is_busy(self) -> bool:
        return any(self.runner.active_count(owner) for owner in self.task_owners())

    # --- the screenshot tour -----------------------------------------------------------------------

    def tour_steps(self) -> list[TourStep]:
        """The screenshots of this page: each runs its actions (waiting for the page to be idle
        after each), then the tour grabs the window. ``name`` is added to the file name. A
        dialog a step leaves open is in the picture, and cancelled after it."""
        return [("", [])]

    def tour_finished(self) -> None:
        """The tour has its pictures of this page: undo what its steps changed, if anything."""


class LatestTask:
    """One kind of background work of a page of which only the newest run counts.

    Starting a run cancels the one before; what an older run still delivers is dropped, so a
    slow answer never replaces a newer one, nor one read for a profile closed meanwhile. By the
    time the newest run's callback is called, the slot is free (``busy`` is False again): the
    callback may start the next run.
    """

    def __init__(self, page: Page) -> None:
        self._page = page
        self.task: Task | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def run(
        self,
        work: Callable[[Any], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        on_error: Callable[[TaskFailure], None] | None = None,
        **options: Any,
    ) -> Task | None:
        """:meth:`Page.run` (same options), after cancelling the run before."""
        self.cancel()
        task: Task | None = None
        on_failure = on_error or self._page.banner.show_failure

        def done(result: Any) -> None:
            if self._ends(task) and on_done is not None:
                on_done(result)

        def failed(failure: TaskFailure) -> None:
            if self._ends(task):
                on_failure(failure)

        task = self._page.run(work, done, on_error=failed, **options)
        self.task = task
        return task

    def cancel(self) -> None:
        """Stop the running one; nothing it delivers afterwards is used."""
        if self.task is not None:
            self.task.cancel()
            self.task = None

    def _ends(self, task: Task | None) -> bool:
        """Whether ``task`` is the newest run; if so it is over, and the slot free again."""
        if task is None or task is not self.task:
            return False
        self.task = None
        return True


__all__ = ["LatestTask", "Page", "TourStep"]
