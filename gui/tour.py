"""The screenshot tour: visit every page with its data loaded and save a PNG of each.

``odyssee-sync demo --tour DIR`` runs it against the demo Odyssee (CI does too, offscreen), so
every page can be looked at without a display. Each page says what to show through
``Page.tour_steps()``; after each step the tour waits until the page's background work is done,
lets the window paint, and grabs it, with any dialog the step left open painted over it (a grab
of the window alone leaves its dialogs out); the dialog is then cancelled. After a page's steps,
``Page.tour_finished()`` undoes what they changed. Last, ``NN-overview-dark.png``: the Overview
under a dark palette (the Fusion style in dark colours, as a desktop in dark mode gives), then
the window's own palette and style again. In French or Dutch (``--lang fr``) the names end in
the language's code: ``01-overview-fr.png``. A page still loading after the time limit, or showing
an error banner, makes the tour exit with status 2 (the PNG is saved anyway, to look at).
"""
from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from PySide6.QtCore import QEventLoop, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QDialog

from core.services.outcome import EXIT_FAILED, EXIT_OK
from gui.i18n import ENGLISH
from gui.main_window import MainWindow
from gui.pages import PAGES
from gui.pages.base import Page
from gui.widgets.palette import dark_palette

STEP_TIMEOUT = 30.0  # seconds a page may take to load its data
SETTLE_SECONDS = 0.25  # quiet time before a grab, for queued repaints and layouts
# A dialog's own window frame is the system's, not in a grab: the tour draws a plain one.
CAPTION_HEIGHT = 26
CAPTION_COLOUR = "#3c4650"


def wait_until(condition: Callable[[], bool], timeout: float, *, quiet_for: float = 0.0, interval_ms: int = 20) -> bool:
    """Run the event loop until ``condition`` has held for ``quiet_for`` seconds (or time is up)."""
    deadline = time.monotonic() + timeout
    held_since: float | None = None
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(interval_ms)
    result = False

    def poll() -> None:
        nonlocal held_since, result
        now = time.monotonic()
        if condition():
            held_since = held_since if held_since is not None else now
            if now - held_since >= quiet_for:
                result = True
                loop.quit()
                return
        else:
            held_since = None
        if now >= deadline:
            loop.quit()

    timer.timeout.connect(poll)
    timer.start()
    poll()
    if not result and time.monotonic() < deadline:
        loop.exec()
    timer.stop()
    return result


def _idle(window: MainWindow, page: Page) -> bool:
    return not page.is_busy() and not window.opening and not window.runner.active_count(window)


def _open_dialogs(window: MainWindow) -> list[QDialog]:
    return [dialog for dialog in window.findChildren(QDialog) if dialog.isVisible()]


def _grab(window: MainWindow) -> QPixmap:
    """The window and, centred over it, the dialogs open on it, each in a plain frame with its
    title (the window is not dimmed: its markers, such as Demo, stay as they are)."""
    picture = window.grab()
    dialogs = _open_dialogs(window)
    if not dialogs:
        return picture
    painter = QPainter(picture)
    for dialog in dialogs:
        shot = dialog.grab()
        frame = QRect(0, 0, shot.width() + 2, shot.height() + CAPTION_HEIGHT + 1)
        frame.moveCenter(picture.rect().center())
        painter.fillRect(frame, QColor(CAPTION_COLOUR))
        painter.setPen(QColor("#ffffff"))
        caption = QRect(frame.left() + 10, frame.top(), frame.width() - 20, CAPTION_HEIGHT)
        painter.drawText(caption, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, dialog.windowTitle())
        painter.drawPixmap(frame.left() + 1, frame.top() + CAPTION_HEIGHT, shot)
    painter.end()
    return picture


def run_tour(
    window: MainWindow, out_dir: Path, *, pages: tuple[str, ...] | None = None, language: str = ENGLISH
) -> int:
    """Grab every page (or the ``pages`` keys) into ``out_dir``; 0 when all loaded cleanly. In
    another language than English each file name ends in its code: ``01-overview-fr.png``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    suffix = "" if language == ENGLISH else f"-{language}"
    problems: list[str] = []
    if not wait_until(lambda: not window.opening, STEP_TIMEOUT):
        problems.append("the profile did not open in time")
    number = 1
    for spec in PAGES:
        if pages is not None and spec.key not in pages:
            continue
        page = window.go_to(spec.key)
        for step_name, actions in page.tour_steps():
            name = "-".join(part for part in (f"{number:02d}", spec.key, step_name) if part)
            _step(window, page, actions, out_dir / f"{name}{suffix}.png", problems)
            number += 1
        page.tour_finished()
        if not wait_until(lambda: _idle(window, page), STEP_TIMEOUT, quiet_for=SETTLE_SECONDS):
            problems.append(f"{spec.title}: still undoing what the tour changed after {STEP_TIMEOUT:g} seconds")
    if pages is None or "overview" in pages:
        with _dark(QApplication.instance()):
            overview = window.go_to("overview")
            _step(window, overview, [], out_dir / f"{number:02d}-overview-dark{suffix}.png", problems)
    for problem in problems:
        print(f"tour: {problem}", file=sys.stderr)
    return EXIT_FAILED if problems else EXIT_OK


def _step(window: MainWindow, page: Page, actions: list[Callable[[], None]], path: Path, problems: list[str]) -> None:
    """Run the step's actions, each until the page is idle, then grab the window into ``path``."""
    app = QApplication.instance()
    for action in [lambda: None, *actions]:
        action()
        if not wait_until(lambda: _idle(window, page), STEP_TIMEOUT, quiet_for=SETTLE_SECONDS):
            problems.append(f"{page.title}: still loading after {STEP_TIMEOUT:g} seconds")
    if app is not None:
        app.processEvents()
    if not _grab(window).save(str(path)):
        problems.append(f"{path} could not be written")
    print(f"tour: {path}", flush=True)
    for dialog in _open_dialogs(window):
        dialog.reject()  # a picture of a question, never its answer
    if not page.banner.isHidden() and page.banner.kind == "error":
        problems.append(f"{page.title}: {page.banner.message.text()}")


@contextmanager
def _dark(app: QApplication | None) -> Iterator[None]:
    """The Fusion style in dark colours while the block runs; then the style and palette before."""
    if app is None:
        yield
        return
    style = app.style().name()
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    try:
        yield
    finally:
        app.setStyle(style)
        app.setPalette(QPalette())  # back to the desktop's own


__all__ = ["run_tour", "wait_until"]
