"""An Odyssee list as a Qt table: pages are fetched in the background as the view scrolls.

Qt's "fetch more with a worker" pattern: ``canFetchMore`` says whether another page exists;
``fetchMore`` starts one background page request (``client.list_page`` with the previous page's
next link) and returns at once; at most one request is in flight. When the page arrives the new
rows are inserted with ``beginInsertRows``/``endInsertRows``. Rows already shown are dropped by
``id`` (``$skip`` paging shifts when the data changes between pages).

Sorting and filtering go to the server: ``sort()`` (a header click) and ``set_filter()`` re-query
from the first page with ``$orderby``/``$filter``; half-loaded rows are never sorted locally. A
secondary ``id`` order keeps the paging stable when many rows share the sort value.

Headers read as titles (``ERP reference``), with the API's field name in the tooltip for writing
a ``$filter``. Every field except binary content is fetched (``$select``), so choosing columns never needs a
new request; rows are kept as tuples in field order (a dict per row would cost several times the
memory at 100,000 rows), converted in the worker thread.
"""
from __future__ import annotations

import gc
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from core.odata.expr import Expr
from core.odata.paging import PagingGuard
from core.odata.query import Query
from core.odyssee.model import ENTITY_SETS
from core.odyssee.values import field_names
from gui.models.formatting import NUMERIC_TYPES, display_text, field_type
from gui.models.list_table import ALIGN_LEFT, ALIGN_RIGHT, RAW_ROLE, Index
from gui.models.words import field_title
from gui.tasks import Task, TaskFailure, TaskRunner


def fetched_fields(entity: str) -> list[str]:
    """The fields a list of ``entity`` asks for: all of them except binary content."""
    entity_set = ENTITY_SETS.get(entity)
    if entity_set is None:
        return []  # unknown set: whatever the first page holds
    return [spec.name for spec in entity_set.fields if spec.type != "bytes"]


class RemoteTableModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    page_loaded = Signal()  # rows were added (or the last page said there are no more)
    failed = Signal(object)  # TaskFailure of a page request (never for a cancel)
    request_sent = Signal(str)  # the URL of a page request, as sent
    order_changed = Signal(str, bool)  # field, descending

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session: Any = None
        self.entity = ""
        self.query = Query()
        self._fields: list[str] = []
        self._field_index: dict[str, int] = {}
        self._kinds: list[str] = []
        self._wanted_columns: list[str] = []
        self._columns: list[int] = []
        self._rows: list[tuple] = []
        self._guard = PagingGuard("")  # rows already shown; stops a server that ignores $skip
        self._next_link: str | None = None
        self._exhausted = True
        self._stopped = False
        self._fetching: Task | None = None
        self._generation = 0
        self.total: int | None = None
        self.failure: TaskFailure | None = None
        self.last_url = ""
        self.pages_loaded = 0

    # --- what to show ----------------------------------------------------------------------------

    def set_source(
        self,
        session: Any,
        entity: str,
        *,
        columns: Sequence[str] = (),
        filter: Expr | None = None,
        orderby: Sequence[tuple[str, bool]] = (),
    ) -> None:
        """Show ``entity`` of ``session`` (None: show nothing) and request its first page."""
        self._session = session
        self.entity = entity
        fields = fetched_fields(entity)
        self.query = Query(filter=filter, select=tuple(fields), orderby=_stable_order(orderby))
        self._wanted_columns = list(columns)
        self._restart(fields)

    def set_filter(self, filter: Expr | None) -> None:
        if filter == self.query.filter:
            return
        self.query = self.query.replace(filter=filter)
        self._restart(self._fields)

    def set_order(self, field: str, descending: bool) -> None:
        orderby = _stable_order(((field, descending),))
        if orderby == self.query.orderby:
            return
        self.query = self.query.replace(orderby=orderby)
        self.order_changed.emit(field, descending)
        self._restart(self._fields)

    def refresh(self) -> None:
        self._restart(self._fields)

    def set_columns(self, names: Sequence[str]) -> None:
        """Which fields are columns, in order (no new request: every field is fetched)."""
        self.beginResetModel()
        self._wanted_columns = list(names)
        self._columns = [self._field_index[name] for name in names if name in self._field_index]
        self.endResetModel()

    @property
    def order(self) -> tuple[str, bool] | None:
        return self.query.orderby[0] if self.query.orderby else None

    @property
    def fields(self) -> list[str]:
        return list(self._fields)

    @property
    def column_names(self) -> list[str]:
        return [self._fields[i] for i in self._columns]

    @property
    def loading(self) -> bool:
        return self._fetching is not None

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    @property
    def stopped(self) -> bool:
        return self._stopped

    def record(self, row: int) -> dict[str, object]:
        """Every fetched field of one row."""
        values = self._rows[row]
        return {name: values[i] for i, name in enumerate(self._fields)}

    def value(self, row: int, field: str) -> object:
        return self._rows[row][self._field_index[field]]

    def kind(self, field: str) -> str:
        return self._kinds[self._field_index[field]]

    # --- loading ---------------------------------------------------------------------------------

    def _restart(self, fields: list[str]) -> None:
        self._cancel_fetch()
        self.beginResetModel()
        self._generation += 1
        self._set_fields(fields)
        self._rows = []
        self._guard = PagingGuard(self.entity or "")
        self._next_link = None
        self.total = None
        self.failure = None
        self.pages_loaded = 0
        self._stopped = False
        self._exhausted = self._session is None or not self.entity
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def _set_fields(self, fields: list[str]) -> None:
        self._fields = list(fields)
        self._field_index = {name: i for i, name in enumerate(self._fields)}
        self._kinds = [field_type(self.entity, name) for name in self._fields]
        wanted = self._wanted_columns or self._fields
        self._columns = [self._field_index[name] for name in wanted if name in self._field_index]

    def stop(self) -> None:
        """Stop loading (the Cancel button); scrolling no longer asks for pages until resume()."""
        if self._fetching is not None:
            self._cancel_fetch()
            self._stopped = True
            self.loading_changed.emit(False)

    def resume(self) -> None:
        """Load the next page again after stop() or a failure."""
        self._stopped = False
        self.failure = None
        self.fetchMore(QModelIndex())

    def _cancel_fetch(self) -> None:
        if self._fetching is not None:
            self._fetching.cancel()
            self._fetching = None
            self._generation += 1

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return False
        return not (
            self._exhausted or self._stopped or self.failure is not None or self._session is None or self._runner.closed
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self._fetching is not None or not self.canFetchMore(parent):
            return
        generation = self._generation
        entity, query, link = self.entity, self.query, self._next_link
        fields = list(self._fields)
        guard = self._guard
        first_page = link is None
        if first_page:
            query = query.replace(count=True)

        def load_page(ctx) -> tuple[list[tuple], list[str], str | None, int | None, str]:
            client = ctx.client
            url = link or f"{client.base_url}/{entity}?{query.to_query_string()}"
            page = client.list_page(entity, query, next_link=link)
            fresh = guard.new_rows(page, url)  # rows shifted in from an earlier page are dropped
            names = fields or field_names(page.rows)
            rows = [tuple(row.get(name) for name in names) for row in fresh]
            return rows, names, page.next_link, page.count, url

        self._fetching = self._runner.run(
            load_page,
            session=self._session,
            on_done=lambda result: self._page_arrived(generation, result),
            on_error=lambda failure: self._page_failed(generation, failure),
            owner=self,
            label=f"Loading {entity}",
        )
        self.loading_changed.emit(True)

    def _page_arrived(self, generation: int, result: tuple) -> None:
        if generation != self._generation:
            return
        rows, names, next_link, count, url = result
        self._fetching = None
        self.last_url = url
        self.request_sent.emit(url)
        if not self._fields and names:
            self.beginResetModel()
            self._set_fields(names)
            self.endResetModel()
        fresh = rows
        self._next_link = next_link
        self._exhausted = next_link is None
        if count is not None:
            self.total = count
        self.pages_loaded += 1
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
            # The rows stay for as long as the list is shown: out of the collector's sight, a
            # full collection (which any thread may start, holding the GIL) never walks through
            # 100,000 of them while the user scrolls. They are still freed when the list goes.
            gc.freeze()
        self.loading_changed.emit(False)
        self.page_loaded.emit()
        if not fresh and not self._exhausted:
            # A page of rows already shown (the data shifted): no view would ask again.
            self.fetchMore(QModelIndex())

    def _page_failed(self, generation: int, failure: TaskFailure) -> None:
        if generation != self._generation:
            return
        self._fetching = None
        self.loading_changed.emit(False)
        if failure.cancelled:
            self._stopped = True
            return
        self.failure = failure
        self.failed.emit(failure)

    # --- Qt --------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(self._columns)):
            return None
        field_position = self._columns[column]
        value = self._rows[row][field_position]
        kind = self._kinds[field_position]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(value, kind)
        if role == RAW_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(ALIGN_RIGHT if kind in NUMERIC_TYPES else ALIGN_LEFT)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = display_text(value, kind)
            return text if len(text) > 30 else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self._columns)):
            return None
        position = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return field_title(self._fields[position], self.entity)
        if role == RAW_ROLE:
            return self._fields[position]  # the API's name: CSV headers and remembered widths
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0} ({1}): click to sort on the server").format(self._fields[position], self._kinds[position])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(ALIGN_RIGHT if self._kinds[position] in NUMERIC_TYPES else ALIGN_LEFT)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: re-query the server with ``$orderby`` on that field."""
        if not (0 <= column < len(self._columns)):
            return
        self.set_order(self._fields[self._columns[column]], order == Qt.SortOrder.DescendingOrder)

    def sort_section(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and direction to show in the header for the current order."""
        order = self.order
        if order is None or order[0] not in self.column_names:
            return None
        direction = Qt.SortOrder.DescendingOrder if order[1] else Qt.SortOrder.AscendingOrder
        return self.column_names.index(order[0]), direction


def _stable_order(orderby: Sequence[tuple[str, bool]]) -> tuple[tuple[str, bool], ...]:
    order = tuple((name, bool(descending)) for name, descending in orderby)
    if order and all(name != "id" for name, _ in order):
        order += (("id", False),)
    return order


__all__ = ["RemoteTableModel", "fetched_fields"]
