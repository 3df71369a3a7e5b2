"""A table model over a Python list of items, with its columns described as data.

Used for the small, local tables: journal rows, runs, the request log, a record's fields. Each
:class:`Column` says how to read a cell from an item; the model does the Qt side once.

Column titles are English source texts, marked where they are written
(``QT_TRANSLATE_NOOP("WorkPage", "Job #")``) and translated when the header is drawn, in the
``context`` the model is given: the header follows the language installed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from gui.models.formatting import display_text

Index = QModelIndex | QPersistentModelIndex
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RAW_ROLE = Qt.ItemDataRole.UserRole  # the value itself, for copying and tests
SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # a read-only cell


def column_header(
    section: int, orientation: Qt.Orientation, role: int, titles: Sequence[str], numeric: Sequence[bool] = (),
    context: str = "",
) -> Any:
    """``headerData`` for columns with these titles (translated in ``context`` when given):
    left-aligned, the ``numeric`` ones right-aligned."""
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(titles):
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return QCoreApplication.translate(context, titles[section]) if context else titles[section]
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return int(ALIGN_RIGHT if section < len(numeric) and numeric[section] else ALIGN_LEFT)
    return None


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], object]
    kind: str = "string"  # schema type, for display_text
    numeric: bool = False  # right-aligned
    tooltip: Callable[[Any], str] | None = None
    width: int | None = None  # a default width in characters
    foreground: Callable[[Any], object] | None = None  # a QColor or None


class ListTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None, *, context: str = "") -> None:
        """``context``: where the column titles were marked for translation (none: shown as they are)."""
        super().__init__(parent)
        self.columns = list(columns)
        self.context = context
        self.items: list[Any] = []

    # --- changing the items ----------------------------------------------------------------------

    def set_items(self, items: Iterable[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def append_items(self, items: Sequence[Any], *, keep_last: int | None = None) -> None:
        """Add items at the end; with ``keep_last`` drop the oldest beyond that many."""
        if items:
            first = len(self.items)
            self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
            self.items.extend(items)
            self.endInsertRows()
        if keep_last is not None and len(self.items) > keep_last:
            excess = len(self.items) - keep_last
            self.beginRemoveRows(QModelIndex(), 0, excess - 1)
            del self.items[:excess]
            self.endRemoveRows()

    def item(self, row: int) -> Any:
        return self.items[row]

    def items_at(self, rows: Iterable[int]) -> list[Any]:
        """The items of ``rows`` (a view's selection), leaving out rows the model no longer has."""
        return [self.items[row] for row in rows if row < len(self.items)]

    # --- Qt --------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.items)) or not (0 <= index.column() < len(self.columns)):
            return None
        column = self.columns[index.column()]
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(column.value(item), column.kind)
        if role == RAW_ROLE:
            return column.value(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(item) or None
            text = display_text(column.value(item), column.kind)
            return text if len(text) > 40 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(ALIGN_RIGHT if column.numeric else ALIGN_LEFT)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(item)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        columns = self.columns
        return column_header(
            section, orientation, role, [c.title for c in columns], [c.numeric for c in columns], self.context,
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        return SELECTABLE if index.isValid() else Qt.ItemFlag.NoItemFlags


__all__ = ["ALIGN_LEFT", "ALIGN_RIGHT", "Column", "ListTableModel", "RAW_ROLE", "SELECTABLE", "column_header"]
