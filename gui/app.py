"""Starting the desktop application: ``odyssee-sync``, ``odyssee-sync gui``, ``odyssee-sync demo``.

:func:`run_gui` picks the profile to open (the one asked for, else the last one used), makes
sure no other instance has it open (a ``QLockFile`` per profile: a second launch says so and
exits), shows the main window at once and opens the profile in the background. On a first run
(no profile yet) the window opens on Settings with an empty profile form.

The only file reads before the event loop starts are the small settings file and the lock: the
window is not on screen yet, so nothing can stall. From then on the task runner does all I/O.
"""
from __future__ import annotations

import logging
import signal
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from core.services.outcome import EXIT_FAILED, EXIT_OK
from core.settings import Settings, SettingsError
from gui.i18n import ENGLISH, choose_language, install_language, installed_language
from gui.main_window import APP_TITLE, DemoInfo, MainWindow
from gui.session import ProfileLock
from gui.tasks import TaskRunner
from gui.widgets.palette import follow_palette, is_dark


class Shade(NamedTuple):
    """A colour of the style sheet under a light palette and under a dark one."""

    light: str
    dark: str


# The colours of the style sheet: the titles, the cards and the messages stay readable when the
# desktop is dark. The sidebar is dark in both.
COLOURS: dict[str, Shade] = {
    "sidebar": Shade("#22303f", "#1a242f"),
    "title": Shade("#1d2b3a", "#e6edf5"),
    "muted": Shade("#5f6b7a", "#a9b4c0"),
    "empty_text": Shade("#5f6b7a", "#a9b4c0"),
    "empty_border": Shade("#c3cad3", "#4d5864"),
    "empty_background": Shade("#fafbfc", "#262c33"),
    "card": Shade("#ffffff", "#2a3038"),
    "card_border": Shade("#d5dbe2", "#46505b"),
    "card_number": Shade("#1f3b57", "#cfe1f4"),
    "card_title": Shade("#34414f", "#d7dfe8"),
    "error": Shade("#c0392b", "#ff8f80"),
    "invalid_background": Shade("#fff5f4", "#4a2725"),
    "url": Shade("#3a4856", "#ccd6df"),
    "url_background": Shade("#f3f5f7", "#262c33"),
    # the message strip of each page (gui/widgets/error_banner.py): background, border, text
    "error_background": Shade("#fdecea", "#4a2422"),
    "error_border": Shade("#c0392b", "#e06a5c"),
    "error_text": Shade("#7b1f16", "#ffd9d3"),
    "warning_background": Shade("#fff4e0", "#47391b"),
    "warning_border": Shade("#e08e0b", "#d9a03e"),
    "warning_text": Shade("#6b4500", "#ffe5b5"),
    "info_background": Shade("#e8f1fb", "#1f3450"),
    "info_border": Shade("#2d6cb5", "#5b9be0"),
    "info_text": Shade("#16385e", "#d7e8ff"),
    "success_background": Shade("#e9f6ec", "#1f3d2a"),
    "success_border": Shade("#2e8b57", "#4cb07a"),
    "success_text": Shade("#174a2d", "#d3f2df"),
    # who else runs the job (gui/leases.py) and the approvals held back (gui/pages/work.py)
    "busy_background": Shade("#fff6e0", "#47391b"),
    "busy_border": Shade("#e8c36a", "#b8923a"),
    "held_background": Shade("#fdf3f2", "#3d2523"),
    "held_border": Shade("#e8b9b4", "#7a3f39"),
    "held_mark": Shade("#b3261e", "#e06a5c"),
    "held_title": Shade("#8c1d18", "#ffb8ad"),
    # the push plan's summary line (gui/pages/push.py)
    "summary_background": Shade("#f4f6f8", "#262c33"),
}

STYLE_TEMPLATE = """
QWidget#sidebar {{ background: {sidebar}; }}
QLabel#brand {{ color: #ffffff; font-size: 16px; font-weight: bold; padding: 6px 6px 4px 6px; }}
QLabel#demoBadge {{ background: #e67e22; color: #ffffff; font-weight: bold; border-radius: 4px;
                   padding: 5px; letter-spacing: 3px; }}
QListWidget#navigation {{ background: transparent; border: none; color: #dde5ee; outline: 0; }}
QListWidget#navigation::item {{ padding: 4px 8px; border-radius: 4px; }}
QListWidget#navigation::item:selected {{ background: #3b78d8; color: #ffffff; }}
QListWidget#navigation::item:hover:!selected {{ background: #30404f; }}
QLabel#pageTitle {{ font-size: 20px; font-weight: bold; color: {title}; }}
QLabel#sectionTitle {{ font-size: 14px; font-weight: bold; color: {title}; }}
QLabel#muted, QLabel#pageSubtitle {{ color: {muted}; }}
QLabel#emptyState {{ color: {empty_text}; padding: 24px; border: 1px dashed {empty_border}; border-radius: 6px;
                    background: {empty_background}; }}
QFrame#card {{ background: {card}; border: 1px solid {card_border}; border-radius: 6px; }}
QLabel#cardNumber {{ font-size: 28px; font-weight: bold; color: {card_number}; }}
QLabel#cardTitle {{ font-size: 13px; font-weight: bold; color: {card_title}; }}
QLabel#fieldError {{ color: {error}; }}
QLineEdit[invalid="true"], QSpinBox[invalid="true"], QComboBox[invalid="true"] {{
    border: 1px solid {error}; background: {invalid_background}; }}
QLineEdit#urlBox {{ color: {url}; background: {url_background}; }}
QLabel#demoStatus {{ background: #e67e22; color: #ffffff; font-weight: bold; border-radius: 3px; }}
QFrame#banner {{ border-radius: 4px; }}
QFrame#banner[bannerKind="error"] {{ background: {error_background}; border: 1px solid {error_border}; }}
QFrame#banner[bannerKind="error"] QLabel {{ color: {error_text}; }}
QFrame#banner[bannerKind="warning"] {{ background: {warning_background}; border: 1px solid {warning_border}; }}
QFrame#banner[bannerKind="warning"] QLabel {{ color: {warning_text}; }}
QFrame#banner[bannerKind="info"] {{ background: {info_background}; border: 1px solid {info_border}; }}
QFrame#banner[bannerKind="info"] QLabel {{ color: {info_text}; }}
QFrame#banner[bannerKind="success"] {{ background: {success_background}; border: 1px solid {success_border}; }}
QFrame#banner[bannerKind="success"] QLabel {{ color: {success_text}; }}
QLabel#busyLine {{ background: {busy_background}; border: 1px solid {busy_border}; border-radius: 4px;
                  padding: 5px 8px; color: {warning_text}; }}
QFrame#heldBox {{ background: {held_background}; border: 1px solid {held_border}; border-left: 4px solid {held_mark};
                 border-radius: 4px; }}
QLabel#heldTitle {{ color: {held_title}; font-weight: bold; }}
QLabel#productionMarker {{ background: #b3261e; color: #ffffff; font-weight: bold; border-radius: 3px;
                          padding: 6px 8px; }}
QPushButton#productionSend {{ color: {error}; font-weight: bold; }}
QLabel#planSummary {{ background: {summary_background}; border: 1px solid {card_border}; border-radius: 4px;
                     padding: 6px 8px; color: {title}; }}
"""


def style_sheet(palette: QPalette | None = None) -> str:
    """The application's style sheet in the colours for ``palette`` (the application's)."""
    dark = is_dark(palette)
    return STYLE_TEMPLATE.format_map({name: shade.dark if dark else shade.light for name, shade in COLOURS.items()})


log = logging.getLogger("odyssee.gui")

# Several profiles and none chosen: the settings page says so (translated when shown).
CHOOSE_PROFILE = QT_TRANSLATE_NOOP("app", "Choose the profile to work with, then press “Open this profile”.")

# Windows groups taskbar buttons, pins and notifications by this id; the installer's Start-menu
# shortcut carries the same one (packaging/windows/odyssee-sync.iss), so a pinned shortcut and
# the running window are one taskbar button instead of a python-looking second one.
APP_USER_MODEL_ID = "OdysseeSync.OdysseeSyncAssistant"
# resources/odyssee-sync.desktop, without ".desktop": Wayland compositors and Linux docks match
# the window to that entry (its name and icon) through this.
DESKTOP_FILE_NAME = "odyssee-sync"


def _set_windows_app_user_model_id() -> None:
    """Claim our AppUserModelID for this process (Windows only; it must precede any window)."""
    if sys.platform != "win32":
        return
    import ctypes

    try:
        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_USER_MODEL_ID)
    except (AttributeError, OSError) as error:  # a Windows without the call: only the grouping suffers
        log.info("The taskbar id could not be set: %s", error)


def _log_failure(failure) -> None:
    """Failures shown in the window also go to the log file, with their detail."""
    log.warning("%s%s", failure.message, f"\n{failure.detail}" if failure.detail else "")


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named and styled."""
    app = QApplication.instance()
    if app is None:
        _set_windows_app_user_model_id()
        app = QApplication(argv or [sys.argv[0]])
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setApplicationName("odyssee-sync")
    app.setOrganizationName("OdysseeSync")
    if installed_language() is None:
        # Until a language is chosen (run_gui), the sources' English, with its plural forms.
        install_language(ENGLISH, app)
    if app.property("odysseeStyled") is not True:
        app.setProperty("odysseeStyled", True)
        app.setProperty("odysseeBaseSheet", app.styleSheet())  # whatever was there before ours
        _restyle(app, app.palette())
        follow_palette(app, lambda palette: _restyle(app, palette))
    return app  # type: ignore[return-value]


def _restyle(app: QApplication, palette: QPalette) -> None:
    """Our style sheet in the colours of ``palette``, after the one the application had."""
    app.setStyleSheet(str(app.property("odysseeBaseSheet") or "") + style_sheet(palette))


def show_already_open(profile_name: str) -> None:
    """Tell the user the profile is open elsewhere (a second launch)."""
    english = (
        f'The profile "{profile_name}" is already open in another Odyssee Sync Assistant window. '
        "Switch to that window, or open another profile."
    )
    print(f"odyssee-sync: {english}", file=sys.stderr)  # the terminal speaks English, like every command
    message = QCoreApplication.translate(
        "app",
        'The profile "{0}" is already open in another Odyssee Sync Assistant window. '
        "Switch to that window, or open another profile.",
    ).format(profile_name)
    QMessageBox.information(None, APP_TITLE, message)


def claim_profile(profile_name: str, *, interactive: bool = True, lock: ProfileLock | None = None) -> ProfileLock | None:
    """This process's lock on a profile, or None (after telling the user) when another has it."""
    if lock is None or lock.profile_name != profile_name:
        lock = ProfileLock(profile_name)
    if lock.held or lock.acquire():
        return lock
    if interactive:
        install_language(choose_language(), application())  # the question in the user's language
        show_already_open(profile_name)
    else:
        print(f'odyssee-sync: the profile "{profile_name}" is already open in another window.', file=sys.stderr)
    return None


def profile_to_open(requested: str | None) -> tuple[str | None, str | None]:
    """(profile name or None, a sentence when the settings cannot say which one)."""
    if requested:
        return requested, None
    try:
        settings = Settings.load()
    except SettingsError as error:
        return None, str(error)
    if settings.current_name in settings.profiles:
        return settings.current_name, None
    if len(settings.profiles) == 1:
        return next(iter(settings.profiles)), None
    if settings.profiles:
        return None, CHOOSE_PROFILE
    return None, None


def run_gui(
    profile: str | None = None,
    *,
    demo: DemoInfo | None = None,
    tour_dir: Path | None = None,
    lock: ProfileLock | None = None,
    language: str | None = None,
) -> int:
    """Open the main window (or, with ``tour_dir``, take the screenshot tour) and run until closed.

    ``language`` (``--lang``) wins over the one chosen in Settings and the system's (gui/i18n.py)."""
    app = application()
    language = install_language(choose_language(language), app)
    name, problem = profile_to_open(profile)
    if name is not None:
        lock = claim_profile(name, interactive=tour_dir is None, lock=lock)
        if lock is None:
            return EXIT_FAILED

    runner = TaskRunner(app)
    runner.task_failed.connect(_log_failure)
    window = MainWindow(runner, demo=demo)
    if tour_dir is not None:
        window.resize(1280, 800)
        window.poller.set_paused(True)  # the tour shows the pages as they are, not what a poll did meanwhile
    # With a tray icon the assistant keeps polling after its window is closed; Quit is in its menu.
    app.setQuitOnLastWindowClosed(not window.tray.keeps_running())
    window.show()
    if name is not None:
        window.open_profile(name, lock=lock)
    elif problem:
        shown = QCoreApplication.translate("app", problem) if problem == CHOOSE_PROFILE else problem
        window.go_to("settings").banner.show_message(shown, kind="warning" if problem == CHOOSE_PROFILE else "error")
    else:
        window.start_first_run()

    if tour_dir is not None:
        from gui.tour import run_tour

        code = run_tour(window, Path(tour_dir), language=language)
    else:
        with _quit_on_stop_signals(app, window.quit_application):
            logging.getLogger(__name__).info("The main window is open.")
            code = app.exec()
        code = EXIT_OK if code == 0 else EXIT_FAILED

    runner.shutdown(3000)
    session = window.session
    window.session = None
    if session is not None:
        session.retire()
    if lock is not None:
        lock.release()
    window.close()
    window.deleteLater()
    return code


@contextmanager
def _quit_on_stop_signals(app: QApplication, quit_application: Callable[[], None]) -> Iterator[None]:
    """Ctrl-C in the terminal and a session's SIGTERM quit like the Quit command does.

    Python runs signal handlers only between its own instructions; while Qt waits for events none
    run, so a short timer gives it the chance. The previous handlers come back afterwards.
    """
    def request_quit(signum, frame) -> None:
        QTimer.singleShot(0, quit_application)

    stop_signals = (signal.SIGINT, signal.SIGTERM)
    previous = {number: signal.signal(number, request_quit) for number in stop_signals}
    heartbeat = QTimer(app)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(250)
    try:
        yield
    finally:
        heartbeat.stop()
        for number, handler in previous.items():
            signal.signal(number, handler)


__all__ = [
    "APP_USER_MODEL_ID", "COLOURS", "DESKTOP_FILE_NAME", "Shade", "application", "claim_profile", "profile_to_open",
    "run_gui", "show_already_open", "style_sheet",
]
