"""Accessible names for every control, from the text already around it.

A screen reader announces a control by its accessible name. Qt gives a button its text, but a
field, a list, a table or a tab set has none unless someone sets it. :func:`name_controls` walks
a window (or a page) once it is built and names each focusable widget still without one, from
what a sighted user reads next to it, in this order:

1. the label whose buddy it is (a form's row label), or whose buddy is the row holding it;
2. a button's own text (Qt reads it as it changes: nothing is set), or for a symbol such as
   "✕" its tooltip;
3. the label just before it in its row ("List", "$filter", "Request");
4. its placeholder text, then its tooltip;
5. the title of the tab it is on;
6. the nearest section title above it ("Journal", "Recent runs"), else the page's title;
7. for the parts of a combo box, a spin box or a tab set (the drop-down list, the text field, the
   bar of tabs), the name of the box.

A name set explicitly (``setAccessibleName``) always stays: pages set one where no text says
what a control is (a PDF preview, a zoom button with "+").
"""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedLayout,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from gui.widgets.elided import plain_text

TITLE_ROLES = ("sectionTitle", "pageTitle", "cardTitle")  # label object names (gui/app.py's style sheet)
OWNERS = (QComboBox, QAbstractSpinBox)  # widgets made of focusable parts that speak for them
BUDDY_LEVELS = 2  # a form row's label names a field in a row of its own (the field, a Browse… button)


def focusable(root: QWidget) -> list[QWidget]:
    """``root`` and the controls under it the Tab key reaches (a selectable label is not one:
    its text is its name)."""
    widgets = [root, *root.findChildren(QWidget)]
    return [widget for widget in widgets if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, QLabel)]


def name_controls(root: QWidget) -> list[QWidget]:
    """Name every focusable widget under ``root`` that has no accessible name (see the module
    docstring); returns those left without one."""
    widgets = focusable(root)
    # The boxes first: the parts of a combo box or a spin box are named after it.
    widgets.sort(key=lambda widget: _owner(widget) is not None)
    unnamed = []
    for widget in widgets:
        if widget.accessibleName() or _speaks_for_itself(widget):
            continue
        name = _name_for(widget)
        if name:
            widget.setAccessibleName(name)
        else:
            unnamed.append(widget)
    return unnamed


def clean(text: str) -> str:
    """A label's words without the mnemonic "&", a trailing colon or surrounding space."""
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return " ".join(text.split()).rstrip(":").strip()


def _speaks_for_itself(widget: QWidget) -> bool:
    """A button with words on it: Qt reads them (and follows when they change)."""
    return isinstance(widget, QAbstractButton) and _has_words(widget.text())


def _has_words(text: str) -> bool:
    return any(character.isalnum() for character in text)


def _name_for(widget: QWidget) -> str:
    owner = _owner(widget)
    if owner is not None:
        return owner.accessibleName() or _name_for(owner)
    if isinstance(widget, QAbstractButton):
        return clean(widget.toolTip())  # never a title nearby: the button's text comes later (a message's action)
    for source in (_buddy_label, _label_before, _own_text, _tab_title, _section_title):
        name = clean(source(widget))
        if name:
            return name
    return ""


def _owner(widget: QWidget) -> QWidget | None:
    """The box ``widget`` is a part of: a combo box's list or a spin box's field, a tab set's bar."""
    parent = widget.parentWidget()
    if isinstance(widget, QTabBar) and isinstance(parent, QTabWidget):
        return parent
    while parent is not None:
        if isinstance(parent, OWNERS):
            return parent
        parent = parent.parentWidget()
    return None


def _buddy_label(widget: QWidget) -> str:
    """The label whose buddy is ``widget``, or the row holding it (a field and its Browse… button)."""
    candidate: QWidget | None = widget
    for _level in range(BUDDY_LEVELS):
        parent = candidate.parentWidget() if candidate is not None else None
        if parent is None:
            return ""
        for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if label.buddy() is candidate:
                return plain_text(label)
        if candidate is not widget and candidate.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return ""
        candidate = parent
    return ""


def _label_before(widget: QWidget) -> str:
    """The text of the label right before ``widget`` in its row (made its buddy, too)."""
    path = _layouts_holding(widget)
    if not path:
        return ""
    layout, position = path[-1]
    for index in range(position - 1, -1, -1):
        item = layout.itemAt(index).widget()
        if item is None:
            continue  # a space or a stretch
        if isinstance(item, QLabel) and item.buddy() is None and item.text():
            item.setBuddy(widget)
            return plain_text(item)
        return ""
    return ""


def _own_text(widget: QWidget) -> str:
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) and widget.placeholderText():
        return widget.placeholderText()
    return widget.toolTip()


def _tab_title(widget: QWidget) -> str:
    """The title of the tab ``widget`` is on, or of the first tab of a tab set."""
    if isinstance(widget, QTabWidget):
        return ""  # named from its section, below: its tabs speak for themselves
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(tabs, QTabWidget):
            index = tabs.indexOf(child)
            if index >= 0:
                return re.sub(r"\s*\([\d.,\s+]*\)$", "", tabs.tabText(index))  # without its count (1,234, 1.234, 1 234)
        child, parent = parent, parent.parentWidget()
    return ""


def _section_title(widget: QWidget) -> str:
    """The nearest title above ``widget``: in its layout, an enclosing one, or its parents'."""
    child: QWidget | None = widget
    while child is not None:
        for layout, position in reversed(_layouts_holding(child)):
            for index in range(position - 1, -1, -1):
                title = _title_in(layout.itemAt(index))
                if title:
                    return title
        child = child.parentWidget()
    return ""


def _title_in(item) -> str:
    widget, layout = item.widget(), item.layout()
    if isinstance(widget, QLabel) and widget.objectName() in TITLE_ROLES:
        return plain_text(widget)
    if layout is not None:
        for index in range(layout.count()):
            title = _title_in(layout.itemAt(index))
            if title:
                return title
    return ""


def _layouts_holding(widget: QWidget) -> list[tuple[QLayout, int]]:
    """The layouts of its parent around ``widget``, outermost first, each with the position of
    what holds it; none for the pages of a stack (they are not side by side)."""
    parent = widget.parentWidget()
    top = parent.layout() if parent is not None else None
    if top is None or isinstance(top, QStackedLayout):
        return []
    return _path(top, widget) or []


def _path(layout: QLayout, widget: QWidget) -> list[tuple[QLayout, int]] | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            return [(layout, index)]
        inner = item.layout()
        if inner is not None and not isinstance(inner, QStackedLayout):
            found = _path(inner, widget)
            if found is not None:
                return [(layout, index), *found]
    return None


__all__ = ["clean", "focusable", "name_controls"]
