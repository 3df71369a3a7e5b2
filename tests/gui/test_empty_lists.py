"""Every list says why it is empty: a sentence in its place, never a blank table."""
from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QListWidget

from gui.widgets.empty_state import EmptyStateStack
from gui.widgets.tables import DataTable
from tests.helpers.gui import wait_idle


def says_why_when_empty(view: QAbstractItemView) -> bool:
    if isinstance(view, DataTable) and view.empty_text:
        return True
    parent = view.parentWidget()
    return isinstance(parent, EmptyStateStack) and parent.content is view


def test_every_table_and_tree_of_the_pages_has_an_empty_state(qtbot, window):
    views = [
        view for view in window.stack.findChildren(QAbstractItemView)
        if not isinstance(view, (QHeaderView, QListWidget)) and not isinstance(view.parentWidget().parentWidget(), QComboBox)
        and view is not window.pages["work"].held_table  # shown only while it has rows
    ]
    assert len(views) > 10
    missing = [f"{view.accessibleName()} ({type(view).__name__})" for view in views if not says_why_when_empty(view)]
    assert missing == []


def test_an_empty_table_shows_its_sentence_until_rows_come(qtbot):
    table = DataTable()
    qtbot.addWidget(table)
    model = QStandardItemModel(0, 2)
    table.setModel(model)
    table.set_empty_text("No parts were used on this job.")
    assert table.shows_empty_text
    model.setRowCount(1)
    assert not table.shows_empty_text


def test_the_pdf_tabs_say_why_they_are_empty(qtbot, sync_window):
    page = sync_window.go_to("pdfs")
    wait_idle(qtbot, page, timeout=20_000)
    page.show_list("downloaded")
    table = page.tables["downloaded"]
    assert table.isVisible() and table.shows_empty_text and "Nothing downloaded yet" in table.empty_text
