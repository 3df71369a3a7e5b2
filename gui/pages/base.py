"""What every page has: a title, an error banner, a progress line, the open session, tasks.

A page subclass fills ``self.body`` (a QVBoxLayout) and overrides the hooks it needs:

- ``on_session(session)``: the profile changed (None while none is open); reload.
- ``on_shown()``: the page became visible (load lazily here).
- ``open_with(**options)``: another page navigated here with options (``entity="Jobs"``).
- ``task_owners()``: objects whose background tasks mean "still loading" (models).
- ``tour_steps()``: the screenshots the tour takes of this page.

Background work goes through :meth:`Page.run`; its failures land in the page's banner.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.tasks import Task, TaskFailure
from gui.widgets.error_banner import ErrorBanner
from gui.widgets.progress import ProgressPanel

if TYPE_CHECKING:
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

        self.heading = QLabel(self.title)
        self.heading.setObjectName("pageTitle")
        self.subheading = QLabel(self.subtitle)
        self.subheading.setObjectName("pageSubtitle")
        self.subheading.setWordWrap(True)
        self.subheading.setVisible(bool(self.subtitle))
        self.header_row = QHBoxLayout()
        self.header_row.addWidget(self.heading)
        self.header_row.addStretch(1)
        self.banner = ErrorBanner()
        self.progress = ProgressPanel()
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(self.header_row)
        layout.addWidget(self.subheading)
        layout.addWidget(self.banner)
        layout.addWidget(self.progress)
        layout.addLayout(self.body, 1)

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
            self.banner.show_message(
                "No profile is open: set up the connection to Odyssee in Settings first.",
                kind="info",
                action=("Open Settings", lambda: self.main_window.go_to("settings")),
            )
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
        after each), then the tour grabs the window. ``name`` is added to the file name."""
        return [("", [])]


def empty_state(text: str) -> QLabel:
    """A centred, muted sentence for a table with nothing in it (yet)."""
    label = QLabel(text)
    label.setObjectName("emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


__all__ = ["Page", "TourStep", "empty_state"]
