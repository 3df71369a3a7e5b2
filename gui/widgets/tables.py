"""The table view every page uses: whole-row selection, Ctrl+C copies rows as CSV, tidy widths,
text readable under any palette, and a sentence in the empty table saying why it is empty."""
from __future__ import annotations

import csv
import io

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from gui.models.formatting import raw_text
from gui.models.list_table import RAW_ROLE
from gui.widgets.palette import readable

MAX_FITTED_WIDTH = 320  # a long description must not push every other column off screen
MIN_FITTED_WIDTH = 60


class ReadableDelegate(QStyledItemDelegate):
    """Cells whose model gives a colour (a red problem, a light-green row) are drawn in a text
    colour that reads on their background, under a light palette and under a dark one."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        palette = option.palette
        brush = option.backgroundBrush
        background = brush.color() if brush.style() != Qt.BrushStyle.NoBrush else palette.color(QPalette.ColorRole.Base)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            text = palette.color(group, QPalette.ColorRole.Text)
            palette.setColor(group, QPalette.ColorRole.Text, readable(text, background))
        option.palette = palette


def make_readable(root: QWidget) -> None:
    """Give every list, table and tree under ``root`` that draws with Qt's plain delegate the
    :class:`ReadableDelegate` (a page's own tree of coloured rows, say)."""
    for view in root.findChildren(QAbstractItemView):
        if type(view.itemDelegate()) is QStyledItemDelegate:
            view.setItemDelegate(ReadableDelegate(view))


class DataTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ReadableDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionsMovable(True)
        self.copy_action = QAction(self.tr("Copy rows as CSV"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.addAction(self.copy_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.empty_text = ""

    # --- when there is nothing in it -------------------------------------------------------------

    def set_empty_text(self, text: str) -> None:
        """The sentence the table shows while it has no rows (and is not reading any): why it is
        empty, and what would fill it. A table alone on screen uses an EmptyStateStack instead;
        this is for one on a tab, or one whose rows come and go."""
        self.empty_text = text
        self.viewport().update()

    @property
    def shows_empty_text(self) -> bool:
        model = self.model()
        if not self.empty_text or model is None or model.rowCount() > 0:
            return False
        return not getattr(model, "loading", False) and getattr(model, "exhausted", True)  # a remote list read to its end

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 (Qt's name)
        super().setModel(model)
        loading_changed = getattr(model, "loading_changed", None)
        if loading_changed is not None:
            loading_changed.connect(lambda _loading: self.viewport().update())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.shows_empty_text:
            painter = QPainter(self.viewport())
            palette = self.palette()
            base = palette.color(QPalette.ColorRole.Base)
            painter.setPen(readable(palette.color(QPalette.ColorRole.PlaceholderText), base))
            room = self.viewport().rect().adjusted(24, 24, -24, -24)
            painter.drawText(room, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_text)
            painter.end()

    def selected_rows(self) -> list[int]:
        selection = self.selectionModel()
        if selection is None:
            return []
        return sorted({index.row() for index in selection.selectedRows()} | {index.row() for index in selection.selectedIndexes()})

    def select_row(self, row: int) -> None:
        """Select ``row`` and scroll to it; nothing when the model has no such row."""
        model = self.model()
        if model is not None and 0 <= row < model.rowCount():
            self.selectRow(row)
            self.scrollTo(model.index(row, 0))

    def visible_columns(self) -> list[int]:
        """Logical columns in the order the user sees them, hidden ones left out."""
        header = self.horizontalHeader()
        model = self.model()
        if model is None:
            return []
        columns = [column for column in range(model.columnCount()) if not header.isSectionHidden(column)]
        return sorted(columns, key=header.visualIndex)

    def selection_as_csv(self) -> str:
        return rows_as_csv(self.model(), self.selected_rows(), self.visible_columns())

    def copy_selection(self) -> None:
        text = self.selection_as_csv()
        if text:
            QGuiApplication.clipboard().setText(text)

    def fit_columns(self, saved_widths: dict[str, int] | None = None) -> None:
        """Widths to the content (capped), or the widths the user left last time."""
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        saved = saved_widths or {}
        for column in range(model.columnCount()):
            name = column_key(model, column)
            if isinstance(saved.get(name), int) and saved[name] > 0:
                header.resizeSection(column, saved[name])
                continue
            self.resizeColumnToContents(column)
            width = header.sectionSize(column)
            header.resizeSection(column, max(MIN_FITTED_WIDTH, min(MAX_FITTED_WIDTH, width + 12)))

    def column_widths(self) -> dict[str, int]:
        model = self.model()
        if model is None:
            return {}
        header = self.horizontalHeader()
        return {column_key(model, column): header.sectionSize(column) for column in range(model.columnCount())}


def column_key(model: QAbstractItemModel, column: int) -> str:
    """A column's lasting name: the field it shows (``RAW_ROLE`` of the header), else its title."""
    for role in (RAW_ROLE, Qt.ItemDataRole.DisplayRole):
        name = model.headerData(column, Qt.Orientation.Horizontal, role)
        if name is not None:
            return str(name)
    return str(column)


def rows_as_csv(model: QAbstractItemModel | None, rows: list[int], columns: list[int]) -> str:
    """CSV text (header line + rows) of the raw values, as Odyssee sent them."""
    if model is None or not rows or not columns:
        return ""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([column_key(model, column) for column in columns])
    for row in rows:
        writer.writerow([raw_text(model.index(row, column).data(RAW_ROLE)) for column in columns])
    return out.getvalue()


__all__ = ["DataTable", "ReadableDelegate", "column_key", "make_readable", "rows_as_csv"]
