"""Colours that stay readable whatever the palette: light (Qt's default) or dark (the user's).

- :func:`is_dark` tells the two apart by the lightness of the palette's window colour.
- :func:`pick` chooses one of two colours (written for a light and for a dark palette).
- :func:`readable` makes a text colour readable on what is behind it: a colour too close to its
  background (a dark red on a dark table, white text on a light-green row) is made lighter or
  darker, keeping its hue, until it has the contrast WCAG asks of text (4.5:1).
- :func:`follow_palette` calls back whenever the application's palette changes (the user
  switches the desktop to dark mode while the window is open), so the style sheet follows.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

MIN_CONTRAST = 4.5  # WCAG AA for text


def application_palette() -> QPalette:
    return QApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's when None) is a dark one: light text on dark."""
    palette = palette or application_palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def pick(light: str, dark: str, palette: QPalette | None = None) -> str:
    """``light`` under a light palette, ``dark`` under a dark one."""
    return dark if is_dark(palette) else light


def luminance(colour: QColor) -> float:
    """The relative luminance of WCAG 2 (0 for black, 1 for white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """The contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable(text: QColor | str, background: QColor | str, minimum: float = MIN_CONTRAST) -> QColor:
    """``text``, or the nearest colour of the same hue that reads on ``background``."""
    text, background = QColor(text), QColor(background)
    if contrast(text, background) >= minimum:
        return text
    hue, saturation, lightness, alpha = text.getHsl()
    step = 8 if luminance(background) < 0.18 else -8  # lighter on dark, darker on light
    candidate = QColor(text)
    while 0 <= lightness + step <= 255:
        lightness += step
        candidate = QColor.fromHsl(max(hue, 0), saturation, lightness, alpha)
        if contrast(candidate, background) >= minimum:
            return candidate
    return candidate


class _PaletteWatch(QObject):
    def __init__(self, app: QApplication, callback: Callable[[QPalette], None]) -> None:
        super().__init__(app)
        self._callback = callback
        self._calling = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ApplicationPaletteChange and watched is QApplication.instance() and not self._calling:
            self._calling = True  # what the callback changes must not call it again
            try:
                self._callback(QApplication.palette())
            finally:
                self._calling = False
        return False


def follow_palette(app: QApplication, callback: Callable[[QPalette], None]) -> QObject:
    """Call ``callback(palette)`` whenever the application's palette changes; returns the watcher
    (parented to ``app``: it lives as long as the application)."""
    watch = _PaletteWatch(app, callback)
    app.installEventFilter(watch)
    return watch


def legible_icon(icon: QIcon, background: QColor | str, colour: QColor | str, size: int = 20) -> QIcon:
    """``icon``, or when its drawing is too dark (or light) for ``background`` (a black arrow on
    the dark sidebar), its shape in ``colour``. Icons in colour that read already stay as they are."""
    image = icon.pixmap(size, size).toImage()
    weight = red = green = blue = 0.0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            alpha = pixel.alphaF()
            weight += alpha
            red, green, blue = red + pixel.redF() * alpha, green + pixel.greenF() * alpha, blue + pixel.blueF() * alpha
    if weight == 0:
        return icon
    average = QColor.fromRgbF(red / weight, green / weight, blue / weight)
    if contrast(average, QColor(background)) >= 3.0:  # what graphics need (WCAG 1.4.11)
        return icon
    shape = QPixmap(icon.pixmap(size, size))
    painter = QPainter(shape)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(shape.rect(), QColor(colour))
    painter.end()
    return QIcon(shape)


def dark_palette() -> QPalette:
    """A dark palette as a desktop's dark mode gives one (with the Fusion style), for the
    screenshot tour and the tests."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2e33"), (roles.WindowText, "#e6e8eb"), (roles.Base, "#1f2226"),
        (roles.AlternateBase, "#282c31"), (roles.ToolTipBase, "#33373d"), (roles.ToolTipText, "#e6e8eb"),
        (roles.PlaceholderText, "#8d949c"), (roles.Text, "#e6e8eb"), (roles.Button, "#363a40"),
        (roles.ButtonText, "#e6e8eb"), (roles.BrightText, "#ff6b6b"), (roles.Light, "#4a4f56"),
        (roles.Midlight, "#3f444a"), (roles.Mid, "#2f3338"), (roles.Dark, "#1a1c1f"), (roles.Shadow, "#0d0e10"),
        (roles.Highlight, "#3b78d8"), (roles.HighlightedText, "#ffffff"), (roles.Link, "#7fb2ff"),
        (roles.LinkVisited, "#b99cff"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d838a"))
    return palette


__all__ = ["contrast", "dark_palette", "follow_palette", "is_dark", "legible_icon", "luminance", "pick", "readable"]
