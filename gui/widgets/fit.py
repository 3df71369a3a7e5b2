"""Column widths for tables whose last column holds long text (a job name, a file name).

``DataTable.fit_columns`` sizes every column to its content (capped); when the sum is wider than
the view, the long last column would push a horizontal scroll bar in. :func:`fit_to_view` fits
the columns, then gives the last one what is left of the view's width (at least its header), so
the table reads at a glance and the full text stays in the tooltip. When even the other columns
are wider than the view (a code with its name is long), the widest of them give up width first,
down to :data:`MIN_SHRUNK_COLUMN`, so that the numbers at the right stay in sight.

A table on a hidden tab has no real width yet (a stacked layout sizes only its current page), so
:func:`fit_to_view` waits until such a table is first shown.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer

from gui.widgets.tables import DataTable

MIN_LAST_COLUMN = 120
MIN_SHRUNK_COLUMN = 150


def fit_to_view(table: DataTable) -> None:
    """Fit now when the table is on screen, else as soon as it is shown."""
    if table.isVisible():
        _fit(table)
        return
    waiting = table.findChild(_FitWhenShown)
    if waiting is None:
        table.installEventFilter(_FitWhenShown(table))


class _FitWhenShown(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, DataTable):
            watched.removeEventFilter(self)
            self.deleteLater()
            QTimer.singleShot(0, watched, lambda: _fit(watched))  # after the layout gave it its size
        return False


def _fit(table: DataTable) -> None:
    model = table.model()
    if model is None or model.columnCount() == 0:
        return
    table.fit_columns()
    header = table.horizontalHeader()
    last = model.columnCount() - 1
    others = sum(header.sectionSize(column) for column in range(last) if not header.isSectionHidden(column))
    title = str(model.headerData(last, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
    floor = max(MIN_LAST_COLUMN, table.fontMetrics().horizontalAdvance(title) + 24)
    available = table.viewport().width()
    rows_height = model.rowCount() * table.verticalHeader().defaultSectionSize()
    if rows_height > table.viewport().height() and not table.verticalScrollBar().isVisible():
        available -= table.verticalScrollBar().sizeHint().width()  # about to appear
    others = _shrink(table, range(last), others - (available - floor))
    header.resizeSection(last, max(floor, available - others))


def _shrink(table: DataTable, columns: range, excess: int) -> int:
    """Take ``excess`` pixels from the widest of ``columns``, in proportion to what each can
    spare above :data:`MIN_SHRUNK_COLUMN`; the width they take afterwards."""
    header = table.horizontalHeader()
    shown = [column for column in columns if not header.isSectionHidden(column)]
    spare = {column: header.sectionSize(column) - MIN_SHRUNK_COLUMN for column in shown}
    spare = {column: room for column, room in spare.items() if room > 0}
    total = sum(spare.values())
    if excess > 0 and total:
        for column, room in spare.items():
            header.resizeSection(column, header.sectionSize(column) - min(room, excess * room // total + 1))
    return sum(header.sectionSize(column) for column in shown)


__all__ = ["fit_to_view"]
