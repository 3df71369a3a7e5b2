"""Every control of the window has an accessible name, the one a screen reader announces."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTableView, QToolButton, QWidget

from gui.pages import PAGES
from gui.widgets.access import focusable, name_controls
from gui.widgets.build import hbox, label, lay_out
from tests.helpers.gui import wait_idle


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says: the accessible name, else a button's words."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and any(character.isalnum() for character in widget.text()):
        return widget.text()
    return ""


def test_every_control_of_the_main_window_has_a_name(qtbot, demo_window):
    for key, page in demo_window.pages.items():
        demo_window.go_to(key)
        wait_idle(qtbot, page, timeout=20_000)
    controls = [widget for widget in focusable(demo_window) if not widget.isHidden()]
    assert len(controls) > 100
    unnamed = [f"{type(widget).__name__} {widget.objectName()}" for widget in controls if not spoken_name(widget)]
    assert unnamed == []
    fields = [widget for widget in controls if not isinstance(widget, QAbstractButton)]
    assert all(widget.accessibleName() for widget in fields)  # a field, a list or a table names itself never
    assert demo_window.navigation.accessibleName() == "Pages"
    assert demo_window.pages["pdfs"].view.accessibleName() == "PDF preview"
    assert demo_window.pages["activity"].journal_table.accessibleName() == "Journal"
    assert demo_window.pages["browse"].filter_box.accessibleName() == "$filter"


def test_names_come_from_the_text_around_a_control(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    customer = QLineEdit()
    search = QLineEdit()
    search.setPlaceholderText("Search code or name")
    close = QToolButton()
    close.setText("✕")
    close.setToolTip("Hide this message")
    table = QTableView()
    named = QLineEdit()
    named.setAccessibleName("Chosen by the page")
    lay_out(
        page,
        label("Orders", role="pageTitle"),
        hbox(QLabel("Customer:"), customer, search, close),
        label("Recent runs", role="sectionTitle"),
        table,
        named,
    )
    assert name_controls(page) == []
    assert customer.accessibleName() == "Customer"
    assert page.findChildren(QLabel)[1].buddy() is customer  # Alt and the label's letter reach it, too
    assert search.accessibleName() == "Search code or name"
    assert close.accessibleName() == "Hide this message"
    assert table.accessibleName() == "Recent runs"
    assert named.accessibleName() == "Chosen by the page"


def test_the_page_shortcuts_are_in_the_navigation_tooltips_and_work(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for row in range(window.navigation.count()):
        keys = QKeySequence(f"Ctrl+{row + 1}").toString(QKeySequence.SequenceFormat.NativeText)
        assert window.navigation.item(row).toolTip().endswith(f"({keys})")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page.key == PAGES[2].key


@pytest.mark.parametrize("key", ["pdfs", "browse", "activity"])
def test_a_pages_refresh_button_says_its_key_and_answers_it(qtbot, window, key):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.go_to(key)
    refresh = page.refresh_button
    keys = QKeySequence(QKeySequence.StandardKey.Refresh).toString(QKeySequence.SequenceFormat.NativeText)
    assert keys and refresh.toolTip() == f"Refresh ({keys})"
    refresh.setEnabled(True)
    with qtbot.waitSignal(refresh.clicked, timeout=10_000):
        qtbot.keyClick(window, QKeySequence(QKeySequence.StandardKey.Refresh)[0].key())
    overview = window.pages["overview"].refresh_button
    assert overview.shortcut() == refresh.shortcut() and not overview.isVisible()  # only the shown page's answers
