"""The tray icon: background polling keeps going while the window is closed, news never steals focus.

Where the desktop has a system tray (``QSystemTrayIcon.isSystemTrayAvailable()``) the icon's menu
shows the window, polls now, pauses polling and quits; closing the window then only hides it, and
the polls of :class:`gui.polling.Poller` go on. News ("3 new job approval PDFs downloaded") is a
tray balloon (``showMessage``): it never raises or activates the window. Without a tray (offscreen,
some Linux desktops) the same news goes to the status bar and closing the window quits as before.

The tooltip and the status bar say when the last poll was and whether polling is paused; the
tooltip also names the last run of each job (read again whenever the window says a run ended).
A balloon stays a few seconds: on some desktops it covers the window's corner.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon

from core.state import JOBS
from gui.models.formatting import clock_text, moment_text
from gui.models.words import run_counts_text, run_kind_text, run_status_text
from gui.polling import PDFS, Poller, PollOutcome
from gui.tasks import TaskFailure

if TYPE_CHECKING:
    from gui.main_window import MainWindow

NOTIFICATION_MS = 4000  # a balloon: long enough to read one sentence
STATUS_MESSAGE_MS = 15000
APP_NAME = "Odyssee Sync Assistant"  # a product name: the same in every language


class Tray(QObject):
    """Polling news for the user: a tray icon where there is one, else the status bar."""

    notified = Signal(str)  # every piece of news shown (tests and logs)
    quit_requested = Signal()

    def __init__(self, window: "MainWindow", poller: Poller, *, use_tray: bool | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.poller = poller
        self.messages: list[str] = []
        self._told_hidden = False
        available = QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None else use_tray
        self.icon: QSystemTrayIcon | None = None
        self.menu = QMenu(window)
        self.show_action = QAction(self.tr("Show Odyssee Sync"), self.menu)
        self.show_action.triggered.connect(self.show_window)
        self.poll_action = QAction(self.tr("Check for new PDFs and completed work now"), self.menu)
        self.poll_action.triggered.connect(lambda: self.poller.poll_now())
        self.pause_action = QAction(self.tr("Pause polling"), self.menu)
        self.pause_action.setCheckable(True)
        self.pause_action.toggled.connect(self.poller.set_paused)
        self.quit_action = QAction(self.tr("Quit"), self.menu)
        self.quit_action.triggered.connect(self.quit_requested.emit)
        for action in (self.show_action, self.poll_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.pause_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        if available:
            self.icon = QSystemTrayIcon(_tray_icon(window), self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self._message_clicked)
            self.icon.show()
        poller.notify.connect(self.show_news)
        poller.polled.connect(self._polled)
        poller.poll_failed.connect(self._poll_failed)
        poller.paused_changed.connect(self._paused_changed)
        window.changed.connect(self._changes_arrived)
        window.session_changed.connect(lambda _session: self._read_runs())
        self._last_kind = PDFS
        self._last_runs: list = []
        self._update_tooltip()

    @property
    def available(self) -> bool:
        return self.icon is not None

    # --- news ------------------------------------------------------------------------------------

    def show_news(self, text: str) -> None:
        """A balloon from the tray (never activating the window), else a status bar message."""
        self.messages.append(text)
        if self.icon is not None:
            self.icon.showMessage("Odyssee Sync", text, QSystemTrayIcon.MessageIcon.Information, NOTIFICATION_MS)
        else:
            self.window.statusBar().showMessage(text, STATUS_MESSAGE_MS)
        self.notified.emit(text)

    def _polled(self, kind: str, outcome: PollOutcome) -> None:
        self._last_kind = kind
        self.window.record_poll(self.poller.last_poll)
        self._update_tooltip()

    def _poll_failed(self, kind: str, failure: TaskFailure) -> None:
        text = self.tr("The PDF poll failed: {0}") if kind == PDFS else self.tr("The completed work poll failed: {0}")
        self.window.statusBar().showMessage(text.format(failure.message), STATUS_MESSAGE_MS)

    def _paused_changed(self, paused: bool) -> None:
        self.pause_action.blockSignals(True)
        self.pause_action.setChecked(paused)
        self.pause_action.blockSignals(False)
        self.window.statusBar().showMessage(self.tr("Polling paused.") if paused else self.tr("Polling resumed."), STATUS_MESSAGE_MS)
        self._update_tooltip()

    def _changes_arrived(self, changes, _origin: object) -> None:
        if changes.runs:
            self._read_runs()

    def _read_runs(self) -> None:
        """The last run of each job, for the tooltip (a read of the state, in the background)."""
        session = self.window.session
        if session is None or self.window.runner.closed:
            self._last_runs = []
            self._update_tooltip()
            return

        def last_runs(ctx) -> list:
            return [run for job in JOBS for run in ctx.store.recent_runs(job, limit=1)]

        self.window.runner.run(
            last_runs, session=session, on_done=self._runs_read, on_error=lambda _failure: None, owner=self,
            label=self.tr("Reading the last runs"),
        )

    def _runs_read(self, runs: list) -> None:
        self._last_runs = runs
        self._update_tooltip()

    def tooltip_text(self) -> str:
        last = self.poller.last_poll
        text = APP_NAME
        if self.poller.paused:
            text = self.tr("{0} — polling paused").format(APP_NAME)
        elif last is not None:
            text = self.tr("{0} — last poll {1}").format(APP_NAME, clock_text(last))
        for run in self._last_runs:
            text += "\n" + self.tr("{0}, {1}: {2}, {3}").format(
                run_kind_text(run.kind), moment_text(run.started), run_status_text(run.status).lower(),
                run_counts_text(run.counts, run.kind),
            )
        return text

    def _update_tooltip(self) -> None:
        if self.icon is not None:
            self.icon.setToolTip(self.tooltip_text())

    # --- the window ------------------------------------------------------------------------------

    def keeps_running(self) -> bool:
        """Closing the window hides it (the tray keeps polling) rather than quitting."""
        return self.icon is not None and self.icon.isVisible()

    def window_hidden(self) -> None:
        if self.icon is not None and not self._told_hidden:
            self._told_hidden = True
            self.icon.showMessage(
                "Odyssee Sync", self.tr("Still running in the tray and checking for new PDFs. Quit from the tray menu."),
                QSystemTrayIcon.MessageIcon.Information, NOTIFICATION_MS,
            )

    def show_window(self) -> None:
        """The user asked for the window (menu or click): only then is it raised."""
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    def _message_clicked(self) -> None:
        self.show_window()
        self.window.go_to("pdfs" if self._last_kind == PDFS else "work")

    def hide_icon(self) -> None:
        if self.icon is not None:
            self.icon.hide()


def _tray_icon(window) -> QIcon:
    icon = window.windowIcon()
    if icon.isNull():
        icon = (QApplication.instance().style() if QApplication.instance() else window.style()).standardIcon(
            QStyle.StandardPixmap.SP_ComputerIcon
        )
    return icon


__all__ = ["Tray"]
