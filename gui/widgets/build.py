"""Small constructors for the widgets and layouts the pages are made of.

A page reads as what it shows (``label("Preview", role="sectionTitle")``, ``hbox((status, 1),
export_button)``) rather than as the Qt calls behind it. Nothing here decides a look of its own:
margins and spacing stay Qt's unless given, the names (``role``) are the style sheet's.
"""
from __future__ import annotations

from typing import Callable, Iterable, Union

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.elided import ElidedLabel

STRETCH = object()  # in a row or column: the empty space that takes what is left
# A widget, a layout, (either, its stretch), STRETCH, or a number: that many pixels of space.
Part = Union[QWidget, QLayout, tuple, int, object]
Margins = tuple[int, int, int, int]


def label(
    text: str = "",
    *,
    role: str = "",
    wrap: bool = False,
    selectable: bool = False,
    rich: bool = False,
) -> QLabel:
    """A QLabel; ``role`` is its object name (``muted``, ``sectionTitle``…) for the style sheet.

    Without ``wrap`` it is an :class:`ElidedLabel`: a text longer than its room ends in "…" (the
    whole of it in the tooltip) instead of widening the window."""
    widget = QLabel(text) if wrap else ElidedLabel(text)
    widget.setObjectName(role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.AutoText)
    if selectable:  # else Qt's own: links answer the mouse
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


Shortcut = Union[QKeySequence, QKeySequence.StandardKey, str, None]


def button(
    text: str,
    on_click: Callable[[], object] | None = None,
    *,
    tooltip: str = "",
    default: bool = False,
    shortcut: Shortcut = None,
) -> QPushButton:
    """A push button; a ``shortcut`` presses it (while it is on screen) and its tooltip says which."""
    widget = _pressable(QPushButton(text), on_click, tooltip, shortcut)
    widget.setDefault(default)
    return widget


def tool_button(
    text: str,
    on_click: Callable[[], object] | None = None,
    *,
    tooltip: str = "",
    shortcut: Shortcut = None,
    name: str = "",
    checkable: bool = False,
) -> QToolButton:
    """A small flat button (a toolbar's "+"); ``name`` is what a screen reader says for a symbol."""
    widget = QToolButton()
    widget.setText(text)
    _pressable(widget, on_click, tooltip, shortcut)
    widget.setAutoRaise(True)
    widget.setCheckable(checkable)
    if name:
        widget.setAccessibleName(name)
    return widget


def _pressable(widget, on_click: Callable[[], object] | None, tooltip: str, shortcut: Shortcut):
    if shortcut is not None:
        widget.setShortcut(QKeySequence(shortcut))
        tooltip = with_shortcut(tooltip or widget.text(), widget.shortcut())
    widget.setToolTip(tooltip)
    if on_click is not None:
        # Qt passes ``checked``: never let it land in an optional parameter of the action.
        widget.clicked.connect(lambda _checked=False: on_click())
    return widget


def with_shortcut(text: str, shortcut: QKeySequence | str) -> str:
    """``text (Ctrl+1)``: a tooltip that says the shortcut, written as this system writes keys."""
    keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({keys})" if keys else text


def add_parts(layout: QBoxLayout, parts: Iterable[Part]) -> QBoxLayout:
    for part in parts:
        stretch = 0
        if isinstance(part, tuple):
            part, stretch = part
        if part is STRETCH:
            layout.addStretch(1)
        elif isinstance(part, int):
            layout.addSpacing(part)
        elif isinstance(part, QLayout):
            layout.addLayout(part, stretch)
        else:
            layout.addWidget(part, stretch)
    return layout


def _spaced(layout: QBoxLayout, margins: Margins | None, spacing: int | None) -> QBoxLayout:
    if margins is not None:
        layout.setContentsMargins(*margins)
    if spacing is not None:
        layout.setSpacing(spacing)
    return layout


def hbox(*parts: Part, margins: Margins | None = None, spacing: int | None = None) -> QHBoxLayout:
    return add_parts(_spaced(QHBoxLayout(), margins, spacing), parts)


def vbox(*parts: Part, margins: Margins | None = None, spacing: int | None = None) -> QVBoxLayout:
    return add_parts(_spaced(QVBoxLayout(), margins, spacing), parts)


def lay_out(
    widget: QWidget, *parts: Part, margins: Margins = (0, 0, 0, 0), spacing: int | None = None, across: bool = False,
) -> QWidget:
    """Give ``widget`` its layout: ``parts`` in a column (``across``: in a row)."""
    add_parts(_spaced(QHBoxLayout(widget) if across else QVBoxLayout(widget), margins, spacing), parts)
    return widget


def panel(*parts: Part, margins: Margins = (0, 0, 0, 0), spacing: int | None = None, across: bool = False) -> QWidget:
    """A plain widget holding ``parts`` in a column (``across``: in a row)."""
    return lay_out(QWidget(), *parts, margins=margins, spacing=spacing, across=across)


def scroll_area(content: QWidget, *, sideways: bool = True) -> QScrollArea:
    """``content`` in a frameless scroll area that gives it the whole width (and, unless not
    ``sideways``, a horizontal scroll bar when it is wider still)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    if not sideways:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll


def split(
    orientation: Qt.Orientation,
    first: QWidget,
    second: QWidget,
    *,
    sizes: tuple[int, int],
    stretch: tuple[int, int] | None = (3, 2),
    collapsible: bool = True,
) -> QSplitter:
    """Two panes side by side (Horizontal) or one above the other (Vertical)."""
    splitter = QSplitter(orientation)
    splitter.addWidget(first)
    splitter.addWidget(second)
    if stretch is not None:
        splitter.setStretchFactor(0, stretch[0])
        splitter.setStretchFactor(1, stretch[1])
    splitter.setSizes(list(sizes))
    if not collapsible:
        splitter.setChildrenCollapsible(False)
    return splitter


__all__ = ["STRETCH", "add_parts", "button", "hbox", "label", "lay_out", "panel", "scroll_area", "split", "tool_button", "vbox", "with_shortcut"]
