"""The main window: navigation on the left, the pages on the right, the state below.

The navigation, the page stack and the Overview's buttons all come from
:data:`gui.pages.PAGES`. The status bar shows the open profile, the connection state (checked in
the background when a profile opens) and the last time the assistant heard from Odyssee, at its
right, where a passing message never covers them.

Whoever finishes work that changes something (a page's push, export or download, a background
poll) hands its :class:`core.services.changes.Changes` to :meth:`MainWindow.announce`; the one
:attr:`MainWindow.changed` signal carries it to every page, and each page brings itself up to date. A
profile marked as production is marked in red: a badge under the name, the status bar and the
window title.

Opening a profile (at start, or from Settings) happens in the background: the settings file, the
keyring and the state database are read by a task, and the pages get the new
:class:`gui.session.Session` when it is ready. The previous session is retired, which closes it
once its last task has ended.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from core.odata import ConnectionCheck
from core.services.changes import Changes
from core.services.polling import background_undecided
from gui import ui_state
from gui.background_question import BackgroundQuestion, ask_about_background
from gui.leases import LeaseWatch
from gui.models.formatting import clock_text
from gui.models.sentences import core_text
from gui.pages import PAGES, PageSpec
from gui.pages.base import Page
from gui.polling import Poller
from gui.session import Session, open_session
from gui.tasks import TaskFailure, TaskRunner
from gui.tray import Tray
from gui.widgets.access import name_controls
from gui.widgets.build import with_shortcut
from gui.widgets.elided import ElidedLabel
from gui.widgets.palette import legible_icon, readable
from gui.widgets.tables import make_readable

APP_TITLE = "Odyssee Sync Assistant"
PRODUCTION_RED = "#b3261e"
DEFAULT_SIZE = QSize(1280, 800)
# The sidebar is dark under any palette (gui/app.py): its icons are drawn to read on it.
SIDEBAR_BACKGROUND, SIDEBAR_TEXT = "#22303f", "#dde5ee"

# The connection's state in the status bar (translated when shown).
CONNECTION_LABELS = {
    "ok": (QT_TRANSLATE_NOOP("MainWindow", "Connected"), "#2e8b57"),
    "credentials": (QT_TRANSLATE_NOOP("MainWindow", "Wrong credentials"), "#c0392b"),
    "unreachable": (QT_TRANSLATE_NOOP("MainWindow", "Unreachable"), "#c0392b"),
    "tls": (QT_TRANSLATE_NOOP("MainWindow", "TLS problem"), "#c0392b"),
    "bad_url": (QT_TRANSLATE_NOOP("MainWindow", "Wrong address"), "#c0392b"),
    "unexpected": (QT_TRANSLATE_NOOP("MainWindow", "Unexpected answer"), "#c0392b"),
}
NOT_CONNECTED = (QT_TRANSLATE_NOOP("MainWindow", "Not connected"), "#c0392b")


@dataclass(frozen=True)
class DemoInfo:
    """Shown when the window runs against the embedded demo Odyssee."""

    base_url: str
    sign_in: str = ""  # e.g. "domain DEMO, user api, password demo"


class MainWindow(QMainWindow):
    session_changed = Signal(object)  # Session or None
    connection_checked = Signal(object)  # ConnectionCheck
    polled = Signal(object)  # datetime of the last answer from Odyssee
    changed = Signal(object, object)  # Changes, and whose work it was (a page, the poller) or None

    def __init__(self, runner: TaskRunner, *, demo: DemoInfo | None = None) -> None:
        super().__init__()
        self.runner = runner
        self.demo = demo
        self.session: Session | None = None
        self.connection: ConnectionCheck | None = None
        self.last_poll: datetime | None = None
        self._opening = None
        self._pending_open: tuple[str | None, Any] | None = None
        # Background polling (gui/polling.py) exists before the pages: they listen to it.
        self.poller = Poller(runner, self)
        self.background_question: BackgroundQuestion | None = None  # asked once per profile, see there
        self.poller.polled.connect(lambda _kind, outcome: self.announce(outcome.changes, self.poller))
        # Who else runs a push, an export or a download on this profile's state (gui/leases.py).
        self.leases = LeaseWatch(runner, self)
        self._quitting = False
        self.setWindowTitle(self._title(production=False))
        icon = _app_icon()
        if icon is not None:
            self.setWindowIcon(icon)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for spec in PAGES:
            self._add_page(spec)
        self.navigation.currentRowChanged.connect(self._show_row)

        side = QWidget()
        side.setObjectName("sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 10, 8, 10)
        side_layout.setSpacing(8)
        brand = QLabel("Odyssee Sync")
        brand.setObjectName("brand")
        side_layout.addWidget(brand)
        if demo is not None:
            self.demo_badge = QLabel(self.tr("DEMO"))
            self.demo_badge.setObjectName("demoBadge")
            self.demo_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tip = self.tr(
                "Demo mode: a simulated Odyssee at {0}. Nothing here touches a real tenant. "
                "New PDFs are downloaded in the background, as a profile does once its owner said yes "
                "(a real profile is asked first; Settings turns it off)."
            ).format(demo.base_url)
            if demo.sign_in:
                tip += "\n" + self.tr("Sign in: {0}.").format(demo.sign_in)
            self.demo_badge.setToolTip(tip)
            side_layout.addWidget(self.demo_badge)
        self.production_badge = QLabel(self.tr("PRODUCTION"))
        self.production_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.production_badge.setStyleSheet(
            f"QLabel {{ background: {PRODUCTION_RED}; color: #ffffff; font-weight: bold; border-radius: 4px; padding: 5px; }}"
        )
        self.production_badge.setToolTip(
            self.tr("This profile is marked as production: the tenant your technicians work in.")
        )
        self.production_badge.hide()
        side_layout.addWidget(self.production_badge)
        side_layout.addWidget(self.navigation, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, DEFAULT_SIZE.width() - 200])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.profile_label = ElidedLabel(self.tr("No profile"))  # a long profile name never widens the window
        self.connection_label = QLabel("")
        self.poll_label = QLabel(self.tr("Last poll: none yet"))
        self.busy_label = QLabel("")
        # Messages (tray news, a failed poll) take the left; what always holds stays on the right.
        status = self.statusBar()
        status.addPermanentWidget(self.busy_label)
        if demo is not None:
            self.demo_status = QLabel(" " + self.tr("Demo: simulated Odyssee") + " ")
            self.demo_status.setObjectName("demoStatus")
            self.demo_status.setToolTip(self.demo_badge.toolTip())
            status.addPermanentWidget(self.demo_status)
        for mark in (self.profile_label, self.connection_label, self.poll_label):
            mark.setContentsMargins(8, 0, 4, 0)  # apart from each other, as separate facts
            status.addPermanentWidget(mark)
        runner.busy_changed.connect(self._busy_changed)

        # --- the tray icon and its polls (gui/tray.py) ------------------------------------------
        self.tray = Tray(self, self.poller)
        self.tray.quit_requested.connect(self.quit_application)
        self.session_changed.connect(self.poller.set_session)
        self.session_changed.connect(self.leases.set_session)

        for number, spec in enumerate(PAGES[:9], start=1):
            shortcut = QShortcut(page_shortcut(number), self)
            shortcut.activated.connect(lambda key=spec.key: self.go_to(key))

        self.resize(DEFAULT_SIZE)
        self._restore_layout()
        self.navigation.setCurrentRow(0)
        name_controls(self)  # every control has an accessible name (gui/widgets/access.py)

    def _title(self, *, production: bool) -> str:
        """The window's title: the program, and whether it is the demo or a production tenant."""
        if production:
            return (self.tr("{0} — Demo — PRODUCTION") if self.demo else self.tr("{0} — PRODUCTION")).format(APP_TITLE)
        return self.tr("{0} — Demo").format(APP_TITLE) if self.demo else APP_TITLE

    def _profile_text(self, session: Session | None) -> str:
        """The status bar's profile: its name, and a red mark for a production tenant."""
        if session is None:
            return self.tr("No profile")
        if session.profile.production:
            production = self.tr("PRODUCTION")
            mark = f"<b style='color:{PRODUCTION_RED}'>{production}</b>"
            return self.tr("Profile: {0} {1}").format(escape(session.name), mark)
        return self.tr("Profile: {0}").format(session.name)

    def _busy_changed(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def announce(self, changes: Changes, origin: object = None) -> None:
        """Work ended that changed something (or made something known): every page hears of it.

        ``origin`` is whose work it was (a page, the poller): a page does not act twice on its own."""
        if changes:
            self.changed.emit(changes, origin)

    # --- pages -----------------------------------------------------------------------------------

    def _add_page(self, spec: PageSpec) -> None:
        page_class = spec.page_class()
        page = page_class(self)
        page.key = spec.key
        make_readable(page)
        name_controls(page)
        self.pages[spec.key] = page
        self.stack.addWidget(page)
        icon = self.style().standardIcon(getattr(QStyle.StandardPixmap, spec.icon))
        icon = legible_icon(icon, SIDEBAR_BACKGROUND, SIDEBAR_TEXT, self.navigation.iconSize().width())
        item = QListWidgetItem(icon, spec.display_title)
        item.setData(Qt.ItemDataRole.UserRole, spec.key)
        item.setToolTip(with_shortcut(spec.display_summary, page_shortcut(len(self.pages))))
        item.setSizeHint(QSize(0, 36))
        self.navigation.addItem(item)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            page = self.pages[PAGES[row].key]
            leaving = self.stack.currentWidget()
            if page is not leaving and not self._may_leave(lambda key=page.key: self.go_to(key)):
                self.navigation.blockSignals(True)  # the page asks first: its row stays chosen
                self.navigation.setCurrentRow(self.stack.currentIndex())
                self.navigation.blockSignals(False)
                return
            self.stack.setCurrentWidget(page)
            page.shown()
            name_controls(page)  # and what the page built since

    def go_to(self, key: str, **options: Any) -> Page:
        """Show the page ``key``; ``options`` go to its ``open_with``."""
        page = self.pages[key]
        row = [spec.key for spec in PAGES].index(key)
        if options:
            page.open_with(**options)
        self.navigation.setCurrentRow(row)
        return page

    def _may_leave(self, then) -> bool:
        """Whether the shown page lets the user go now; one with unsaved edits (Settings) asks
        first, without blocking, and calls ``then`` once they are saved or discarded."""
        can_leave = getattr(self.stack.currentWidget(), "can_leave", None)
        return can_leave is None or can_leave(then)

    @property
    def current_page(self) -> Page:
        return self.stack.currentWidget()  # type: ignore[return-value]

    # --- profile ---------------------------------------------------------------------------------

    def open_profile(self, name: str | None, *, lock: Any = None) -> None:
        """Open a profile in the background; the pages get it when it is ready.

        While another profile is opening, this one waits its turn (an opening session holds a
        lock and files: it is never dropped half-way)."""
        if self._opening is not None:
            self._pending_open = (name, lock)
            return
        demo = self.demo is not None and name is not None
        if lock is None and self.session is not None and self.session.name == name:
            lock = self.session.lock  # reopening the same profile: this window already holds it
        self.profile_label.setText(self.tr("Opening profile {0}…").format(name) if name else self.tr("Opening profile…"))
        self._opening = self.runner.run(
            lambda control: open_session(name, control, demo=demo, lock=lock),
            on_done=self._opened,
            on_error=self._open_failed,
            owner=self,
            label=self.tr("Opening profile {0}").format(name) if name else self.tr("Opening the profile"),
        )

    @property
    def opening(self) -> bool:
        return self._opening is not None or self._pending_open is not None

    def _opened(self, session: Session) -> None:
        self._opening = None
        self.set_session(session)
        self._open_pending()

    def _open_failed(self, failure: TaskFailure) -> None:
        self._opening = None
        if not failure.cancelled:
            self.profile_label.setText(self._profile_text(self.session))
            settings_page = self.go_to("settings")
            settings_page.banner.show_failure(failure)
        self._open_pending()

    def _open_pending(self) -> None:
        if self._pending_open is not None:
            name, lock = self._pending_open
            self._pending_open = None
            self.open_profile(name, lock=lock)

    def set_session(self, session: Session | None) -> None:
        previous, self.session = self.session, session
        self.connection = None
        production = session is not None and session.profile.production
        self.profile_label.setText(self._profile_text(session))
        self.production_badge.setVisible(production)
        self.setWindowTitle(self._title(production=production))
        self.connection_label.setText("")
        for page in self.pages.values():
            page.set_session(session)
        self.session_changed.emit(session)
        if previous is not None and previous is not session:
            if session is not None and previous.lock is session.lock:
                previous.lock = None  # handed over to the new session of the same profile
            self.runner.run(lambda control: previous.retire(), label=self.tr("Closing the previous profile"))
        if session is not None:
            self.check_connection()
            if not session.demo and background_undecided(session.profile):
                self.background_question = ask_about_background(self, session)

    def start_first_run(self) -> None:
        """No profile exists yet: Settings with a new-profile form."""
        self.set_session(None)
        page = self.go_to("settings")
        page.open_with(new_profile=True, welcome=True)

    # --- connection state ------------------------------------------------------------------------

    def check_connection(self) -> None:
        session = self.session
        if session is None:
            return
        if session.client is None:
            self._show_connection(ConnectionCheck(False, "credentials", session.missing_secret or self.tr("No password saved.")))
            return
        self.connection_label.setText(self.tr("Checking the connection…"))
        self.runner.run(
            lambda ctx: ctx.client.check_connection(),
            session=session,
            on_done=lambda check: self._connection_checked(session, check),
            on_error=lambda failure: self._connection_failed(session, failure),
            owner=self,
            label=self.tr("Checking the connection"),
        )

    def _connection_checked(self, session: Session, check: ConnectionCheck) -> None:
        if session is not self.session:
            return
        self._show_connection(check)
        if check.ok:
            self.record_poll()

    def _connection_failed(self, session: Session, failure: TaskFailure) -> None:
        if session is self.session and not failure.cancelled:
            self._show_connection(ConnectionCheck(False, "unexpected", failure.message))

    def _show_connection(self, check: ConnectionCheck) -> None:
        self.connection = check
        text, colour = CONNECTION_LABELS.get(check.kind, NOT_CONNECTED)
        text = self.tr(text)
        colour = readable(colour, self.statusBar().palette().color(QPalette.ColorRole.Window), 3.0).name()  # a dark palette too
        self.connection_label.setText(f"<span style='color:{colour}'>●</span> {text}")
        self.connection_label.setToolTip(core_text(check.message))
        self.connection_checked.emit(check)

    def record_poll(self, moment: datetime | None = None) -> None:
        """Odyssee answered a background check or refresh (pollers call this too)."""
        self.last_poll = moment or datetime.now().astimezone()
        self.poll_label.setText(self.tr("Last poll: {0}").format(clock_text(self.last_poll, seconds=True)))
        self.polled.emit(self.last_poll)

    # --- layout memory ---------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = ui_state.ui_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        ui_state.restore_splitter(self.splitter, "window/splitter")

    def save_layout(self) -> None:
        settings = ui_state.ui_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        for page in self.pages.values():
            save = getattr(page, "save_layout", None)
            if save is not None:
                save()
        settings.sync()

    def quit_application(self) -> None:
        """Quit from the tray menu: the window closes for good and the event loop ends."""
        self._quitting = True
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and not self._may_leave(self.close):
            event.ignore()  # a page with unsaved edits asks first (Quit and a stop signal do not wait)
            return
        if self.tray.keeps_running() and not self._quitting:
            # With a tray icon, closing the window leaves the assistant polling in the tray.
            event.ignore()
            self.save_layout()
            self.hide()
            self.tray.window_hidden()
            return
        self.tray.hide_icon()
        self.save_layout()
        self.runner.cancel_all()
        super().closeEvent(event)


def page_shortcut(number: int) -> QKeySequence:
    """Ctrl+1 for the first page of the navigation, and so on to Ctrl+9 (none after)."""
    return QKeySequence(f"Ctrl+{number}") if 1 <= number <= 9 else QKeySequence()


def _app_icon() -> QIcon | None:
    try:
        import resources

        return QIcon(str(resources.path("icons", "odyssee-sync.svg")))
    except FileNotFoundError:
        return None


__all__ = ["APP_TITLE", "DEFAULT_SIZE", "DemoInfo", "MainWindow"]
