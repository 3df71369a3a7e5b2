"""Readable under a dark palette: the style sheet follows the application's palette, and a
table's coloured text is made readable on what is behind it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QHeaderView, QStyleOptionViewItem

from gui.app import COLOURS, Shade, style_sheet
from gui.widgets.palette import contrast, dark_palette, is_dark, readable
from gui.widgets.tables import DataTable, ReadableDelegate

# (text, what is behind it) in the style sheet's colours
ON_WHAT = [
    ("title", "window"), ("muted", "window"), ("card_number", "card"), ("card_title", "card"), ("muted", "card"),
    ("empty_text", "empty_background"), ("error", "window"), ("url", "url_background"),
    *[(f"{kind}_text", f"{kind}_background") for kind in ("error", "warning", "info", "success")],
    ("warning_text", "busy_background"), ("held_title", "held_background"),
]
WINDOW = {"window": Shade("#efefef", dark_palette().color(QPalette.ColorRole.Window).name())}  # Fusion's, and the tour's dark one


@pytest.fixture
def dark(qapp):
    from gui.app import application

    application()
    QApplication.setPalette(dark_palette())
    yield
    QApplication.setPalette(QPalette())


@pytest.mark.parametrize("text, behind", ON_WHAT)
@pytest.mark.parametrize("shade", [0, 1], ids=["light", "dark"])
def test_every_colour_of_the_style_sheet_reads_on_its_background(text, behind, shade):
    colours = {**COLOURS, **WINDOW}
    assert contrast(QColor(colours[text][shade]), QColor(colours[behind][shade])) >= 4.5


def test_the_style_sheet_follows_the_palette(qtbot, window, dark):
    assert is_dark()
    assert COLOURS["title"].dark in QApplication.instance().styleSheet()
    heading = window.pages["overview"].heading
    heading.ensurePolished()
    text = heading.palette().color(QPalette.ColorRole.WindowText)
    assert contrast(text, QApplication.palette().color(QPalette.ColorRole.Window)) >= 4.5
    QApplication.setPalette(QPalette())
    assert not is_dark() and COLOURS["title"].light in QApplication.instance().styleSheet()
    assert style_sheet() in QApplication.instance().styleSheet()


def test_a_message_strip_takes_the_colours_of_the_palette(qtbot, window, dark):
    banner = window.pages["overview"].banner
    banner.show_message("Could not reach Odyssee.", kind="error")
    banner.message.ensurePolished()
    text = banner.message.palette().color(QPalette.ColorRole.WindowText)
    assert text.name() == COLOURS["error_text"].dark
    with pytest.raises(ValueError):
        banner.show_message("?", kind="shout")


def test_readable_keeps_the_hue_and_reaches_the_contrast():
    dark_red, dark_base = QColor("#b3261e"), QColor("#1f2226")
    assert contrast(dark_red, dark_base) < 4.5
    lighter = readable(dark_red, dark_base)
    assert contrast(lighter, dark_base) >= 4.5 and abs(lighter.hslHue() - dark_red.hslHue()) <= 2
    white_on_green = readable(QColor("#ffffff"), QColor("#e3f4e6"))
    assert contrast(white_on_green, QColor("#e3f4e6")) >= 4.5
    assert readable(QColor("#000000"), QColor("#ffffff")) == QColor("#000000")  # already fine


def test_a_table_draws_coloured_text_readable_under_a_dark_palette(qtbot, dark):
    model = QStandardItemModel(1, 2)
    problem = QStandardItem("Job missing in Odyssee")
    problem.setForeground(QColor("#b3261e"))
    added = QStandardItem("new value")
    added.setBackground(QColor("#e3f4e6"))
    model.setItem(0, 0, problem)
    model.setItem(0, 1, added)
    table = DataTable()
    qtbot.addWidget(table)
    table.setModel(model)
    for column in (0, 1):
        option = QStyleOptionViewItem()
        option.palette = table.palette()
        table.itemDelegate().initStyleOption(option, model.index(0, column))
        behind = option.backgroundBrush.color() if option.backgroundBrush.style() != Qt.BrushStyle.NoBrush \
            else option.palette.color(QPalette.ColorRole.Base)
        assert contrast(option.palette.color(QPalette.ColorRole.Text), behind) >= 4.5


def test_every_list_and_table_of_the_pages_draws_readable_text(window):
    views = [view for view in window.stack.findChildren(QAbstractItemView)
             if not isinstance(view, QHeaderView) and not isinstance(view.parentWidget().parentWidget(), QComboBox)]
    assert len(views) > 10
    assert all(isinstance(view.itemDelegate(), ReadableDelegate) for view in views), [
        type(view).__name__ for view in views if not isinstance(view.itemDelegate(), ReadableDelegate)
    ]
