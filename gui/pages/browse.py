"""Browse Odyssee: any entity set, filtered and sorted on the server, with its related records.

- The list is a :class:`RemoteTableModel`: pages load in the background as the user scrolls.
- A header click sorts on the server (``$orderby``) and reloads from the first page.
- The quick search looks in code, reference and name (``contains(...) or ...``), only in the
  fields the entity has; the ``$filter`` box is checked by our own parser on every keystroke
  (the message names the position) and only a valid filter is sent.
- The details pane lists every field of the selected row; a job shows its parts, time lines,
  approvals and files, a company its projects, each in a small table of its own.
- Ctrl+C copies the selected rows as CSV; the URL of the last request is shown read-only.

Texts are translated in the ``BrowsePage`` context; field titles and entity names come translated
from :mod:`gui.models.words`, while the API's names (``$filter``, the URL, tooltips) stay as they are.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMenu, QTabWidget, QToolButton

from core.odata.expr import Expr, all_of, any_of, field, in_
from core.odata.parser import KEYWORDS, FilterSyntaxError, parse_filter, tokenize
from core.odyssee.model import ENTITY_SETS
from gui import ui_state
from gui.models.formatting import display_text, number_text
from gui.models.list_table import Column, ListTableModel
from gui.models.remote_table import RemoteTableModel, fetched_fields
from gui.models.sentences import error_text
from gui.models.words import counted, entity_label_text, entity_title_text, field_title, in_sentence
from gui.pages.base import Page, TourStep
from gui.widgets.build import add_parts, button, hbox, label, panel, split
from gui.widgets.empty_state import EmptyStateStack
from gui.widgets.tables import DataTable

# The columns a list opens with: its key and name first, ids and technical fields left out.
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "User": ("code", "username", "firstname", "lastname", "email", "phone", "functions", "is_team_leader", "archived"),
    "Company": ("code", "name", "city", "zip", "db_country_code", "phone", "email", "company_sales_status_code", "archived"),
    "Project": ("reference_back_office", "name", "company_code", "city", "project_type_code", "project_status_code", "serial_number"),
    "ProjectType": ("code", "name", "modified_dateutc"),
    "ProjectStatus": ("code", "name", "is_default", "is_closed"),
    "Article": ("code", "name", "article_category_code", "entered_price", "description_short", "barcode", "archived"),
    "ArticleCategory": ("code", "name", "parent_code"),
    "Jobs": ("id2", "reference_back_office", "name", "project_reference_back_office", "job_type_code", "job_status_code", "first_planning_date", "date_closed"),
    "JobType": ("code", "name", "description", "is_default"),
    "JobStatus": ("code", "name", "sequence", "archived"),
    "JobApproval": ("date_generated", "contact_name", "is_signed", "is_daily_approval", "ready_for_multi_approval", "rating", "customer_remarks"),
    "JobPartUsage": ("working_date", "code", "name", "quantity", "price", "description", "is_under_warranty"),
    "JobNonPartUsage": ("working_date", "type_code", "description", "quantity", "price", "timesheet_date_from", "timesheet_date_to"),
    "DbFile": ("name", "file_name", "mime_type", "file_size", "file_type_name", "db_table_name", "modified_dateutc"),
}

# Without an ERP key to sort on, the newest rows come first.
NEWEST_FIRST = (("modified_dateutc", True),)
SORT_KEYS = ("code", "reference_back_office", "id2", "name")
SEARCH_FIELDS = ("code", "reference_back_office", "name")
MAX_FILE_OWNERS = 24  # approval ids per DbFile query: with the job's id, 25 GUIDs fit ASP.NET's 100 $filter nodes


def _tr(text: str) -> str:
    return QCoreApplication.translate("BrowsePage", text)


def default_columns(entity: str) -> list[str]:
    fields = fetched_fields(entity)
    wanted = [name for name in DEFAULT_COLUMNS.get(entity, ()) if name in fields]
    return wanted or [name for name in fields if name != "id"][:8]


def default_order(entity: str) -> tuple[tuple[str, bool], ...]:
    fields = fetched_fields(entity)
    if entity == "Jobs":
        return (("id2", True),)
    for name in SORT_KEYS:
        if name in fields:
            return ((name, False),)
    return NEWEST_FIRST if "modified_dateutc" in fields else ()


def search_filter(entity: str, text: str) -> Expr | None:
    """``contains(code,'x') or contains(name,'x')`` over the fields the entity has."""
    text = text.strip()
    if not text:
        return None
    fields = set(fetched_fields(entity))
    return any_of(field(name).contains(text) for name in SEARCH_FIELDS if name in fields)


@dataclass(frozen=True)
class FilterCheck:
    expression: Expr | None
    error: str = ""
    position: int | None = None

    @property
    def ok(self) -> bool:
        return not self.error


def check_filter(entity: str, text: str) -> FilterCheck:
    """Parse a ``$filter`` and check its field names against the entity's fields."""
    if not text.strip():
        return FilterCheck(None)
    try:
        expression = parse_filter(text)
    except FilterSyntaxError as error:
        return FilterCheck(None, error_text(error), error.position)
    known = set(fetched_fields(entity))
    if known:
        tokens = tokenize(text)
        for token, following in zip(tokens, tokens[1:]):
            if token.kind == "word" and token.text not in KEYWORDS and following.kind != "(" and token.text not in known:
                return FilterCheck(
                    None,
                    QCoreApplication.translate("BrowsePage", "{0} has no field {1} (at position {2})").format(
                        entity, repr(token.text), token.position + 1,
                    ),
                    token.position,
                )
    return FilterCheck(expression)


@dataclass(frozen=True)
class Related:
    title: str  # English, marked for translation: :attr:`shown_title` is what the tab says
    entity: str
    link_field: str  # the field of ``entity`` holding the selected row's id

    @property
    def shown_title(self) -> str:
        return _tr(self.title)


RELATED: dict[str, tuple[Related, ...]] = {
    "Jobs": (
        Related(QT_TRANSLATE_NOOP("BrowsePage", "Parts used"), "JobPartUsage", "jobs_id"),
        Related(QT_TRANSLATE_NOOP("BrowsePage", "Time and other lines"), "JobNonPartUsage", "jobs_id"),
        Related(QT_TRANSLATE_NOOP("BrowsePage", "Approvals"), "JobApproval", "jobs_id"),
        # the job's own files and its approvals' PDFs
        Related(QT_TRANSLATE_NOOP("BrowsePage", "Files"), "DbFile", "id_in_table"),
    ),
    "Company": (Related(QT_TRANSLATE_NOOP("BrowsePage", "Projects"), "Project", "company_id"),),
}

FIELD_COLUMNS = (  # items: (field name, value, kind, its title)
    Column(QT_TRANSLATE_NOOP("BrowsePage", "Field"), lambda item: item[3], width=24, tooltip=lambda item: item[0]),
    Column(QT_TRANSLATE_NOOP("BrowsePage", "Value"), lambda item: display_text(item[1], item[2]), tooltip=lambda item: display_text(item[1], item[2])),
)


class BrowsePage(Page):
    key = "browse"
    title = QT_TRANSLATE_NOOP("BrowsePage", "Browse Odyssee")  # the base class translates it in this context

    def __init__(self, window) -> None:
        super().__init__(window)
        self._entity = ""
        self._needs_load = True
        self._fitted = False
        self._related_for: object = None

        self.entity_box = QComboBox()
        for name in ENTITY_SETS:
            title = entity_title_text(name)
            self.entity_box.addItem(f"{title}  ({name})" if title != name else name, name)
        self.entity_box.setMinimumContentsLength(28)
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("Search code or name"))
        self.columns_button = QToolButton()
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self.columns_button)
        self.columns_button.setMenu(self.columns_menu)
        self.refresh_button = button(self.tr("Refresh"), self.refresh, shortcut=QKeySequence.StandardKey.Refresh)
        top = hbox(QLabel(self.tr("List")), self.entity_box, 12, (self.search_box, 1), self.columns_button, self.refresh_button)

        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("filterBox")
        self.filter_box.setPlaceholderText(self.tr("$filter, e.g.  {0}").format("city eq 'Gent' and archived eq false"))
        monospace = QFont("DejaVu Sans Mono")
        monospace.setStyleHint(QFont.StyleHint.Monospace)
        self.filter_box.setFont(monospace)
        self.apply_button = button(self.tr("Apply filter"), self._apply_filters)
        self.filter_error = label(role="fieldError", wrap=True)
        self.filter_error.hide()
        filter_label = QLabel("$filter")
        filter_label.setFont(monospace)
        filter_row = hbox(filter_label, (self.filter_box, 1), self.apply_button)

        self.model = RemoteTableModel(self.runner, self)
        self.table = DataTable()
        self.table.setModel(self.model)
        self.table.set_empty_text(
            self.tr("No record to show. A search or a $filter may match none: clear them to see the whole list.")
        )
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)

        self.details_model = ListTableModel(FIELD_COLUMNS, self, context="BrowsePage")
        self.details = DataTable()
        self.details.setModel(self.details_model)
        self.details.horizontalHeader().setSectionsMovable(False)
        self.details_title = label(self.tr("Details"), role="sectionTitle")
        self.details_stack = EmptyStateStack(
            self.details,
            self.tr("Select a row to see all its fields here; a job or a company also shows its related records below."),
        )
        details_box = panel(self.details_title, (self.details_stack, 1))

        self.related_tabs = QTabWidget()
        self.related_tabs.setDocumentMode(True)
        self.related_models: list[tuple[Related, RemoteTableModel, DataTable]] = []

        self.top_splitter = split(Qt.Orientation.Horizontal, self.table, details_box, sizes=(640, 400), stretch=(3, 1))
        self.splitter = split(Qt.Orientation.Vertical, self.top_splitter, self.related_tabs, sizes=(420, 220))

        self.status = label(role="muted")
        self.more_button = button(self.tr("Load more"), self.model.resume)
        self.more_button.hide()
        self.url_box = QLineEdit()
        self.url_box.setReadOnly(True)
        self.url_box.setObjectName("urlBox")
        self.url_box.setToolTip(self.tr("The request sent for the last page of this list"))
        bottom = hbox(self.status, self.more_button, 16, QLabel(self.tr("Request")), (self.url_box, 1))
        add_parts(self.body, [top, filter_row, self.filter_error, (self.splitter, 1), bottom])

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self._apply_filters)

        self.entity_box.currentIndexChanged.connect(lambda _index: self._select_entity(self.entity_box.currentData()))
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self._apply_filters)
        self.filter_box.textChanged.connect(self._validate_filter)
        self.filter_box.returnPressed.connect(self._apply_filters)
        header.sortIndicatorChanged.connect(self.model.sort)
        self.model.order_changed.connect(self._order_changed)
        self.model.loading_changed.connect(self._loading_changed)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.failed.connect(self._list_failed)
        self.model.request_sent.connect(self._show_url)
        self.model.modelReset.connect(self._model_reset)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        remembered = ui_state.ui_settings().value("browse/entity")
        start = remembered if isinstance(remembered, str) and remembered in ENTITY_SETS else "Company"
        self.entity_box.blockSignals(True)
        self.entity_box.setCurrentIndex(max(0, self.entity_box.findData(start)))
        self.entity_box.blockSignals(False)
        self._entity = start
        self._prepare_entity_ui(start)
        self.remember_splitter(self.splitter, "browse/splitter")
        self.remember_splitter(self.top_splitter, "browse/top_splitter")

    # --- page hooks ------------------------------------------------------------------------------

    def on_session(self, session) -> None:
        self._needs_load = True
        self.details_model.set_items([])
        if self.isVisible() or session is None:
            self._load()

    def on_shown(self, first: bool) -> None:
        if self._needs_load:
            self._load()

    def open_with(self, entity: str | None = None, **options: Any) -> None:
        if entity in ENTITY_SETS:
            self.entity_box.setCurrentIndex(self.entity_box.findData(entity))

    def task_owners(self) -> list:
        return [self, self.model, *(model for _, model, _ in self.related_models)]

    def tour_steps(self) -> list[TourStep]:
        return [
            ("jobs", [lambda: self.open_with(entity="Jobs"), lambda: self.select_first("job_status_code", "Completed")]),
            ("companies", [lambda: self.open_with(entity="Company"), lambda: self.select_row(0)]),
            ("filter", [lambda: self.open_with(entity="Project"), lambda: self.show_filter("city eq 'Brugge' and project_type_code eq 'SITE'")]),
            ("filter-error", [lambda: self.filter_box.setText("city eq 'Brugge' AND project_type_code eq 'SITE'")]),
        ]

    def show_filter(self, text: str) -> None:
        """Type a $filter and apply it, as a user would (the tour and tests use it)."""
        self.filter_box.setText(text)
        self._apply_filters()

    def save_layout(self) -> None:
        self._remember_columns()
        super().save_layout()

    # --- the list --------------------------------------------------------------------------------

    @property
    def entity(self) -> str:
        return self._entity

    def _select_entity(self, entity: str) -> None:
        if entity == self._entity:
            return
        self._remember_columns()
        self._entity = entity
        ui_state.ui_settings().setValue("browse/entity", entity)
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.blockSignals(False)
        self._validate_filter("")
        self._prepare_entity_ui(entity)
        self._load()

    def _prepare_entity_ui(self, entity: str) -> None:
        searchable = [name for name in SEARCH_FIELDS if name in fetched_fields(entity)]
        self.search_box.setEnabled(bool(searchable))
        titles = [in_sentence(field_title(name, entity)) for name in searchable]
        self.search_box.setPlaceholderText(
            self.tr("Search {0}").format((" " + self.tr("or") + " ").join(titles))
            if searchable
            else self.tr("{0} have no code or name to search: use $filter").format(entity_title_text(entity))
        )
        self._build_related(entity)

    def _load(self) -> None:
        """(Re)load the current entity from the first page."""
        self._needs_load = False
        self._fitted = False
        entity = self._entity
        columns = ui_state.load_json(f"browse/{entity}/columns") or default_columns(entity)
        remembered_order = ui_state.load_json(f"browse/{entity}/order")
        order = (tuple(remembered_order),) if _valid_order(remembered_order, entity) else default_order(entity)
        if self.session is not None:
            self.banner.clear()
        self.details_model.set_items([])
        self.details_stack.show_empty()
        self.details_title.setText(self.tr("Details"))
        self._clear_related()
        self.model.set_source(self.session, entity, columns=columns, filter=self._current_filter(), orderby=order)
        self._build_columns_menu()
        self._update_status()

    def refresh(self) -> None:
        self._load()

    def _current_filter(self) -> Expr | None:
        check = check_filter(self._entity, self.filter_box.text())
        parts = [search_filter(self._entity, self.search_box.text()), check.expression if check.ok else None]
        return all_of(part for part in parts if part is not None)

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        check = check_filter(self._entity, self.filter_box.text())
        if not check.ok:
            return  # the error is on screen; an invalid filter is never sent
        self.banner.clear()
        self.model.set_filter(self._current_filter())

    def _validate_filter(self, text: str) -> FilterCheck:
        check = check_filter(self._entity, text)
        self.filter_box.setProperty("invalid", not check.ok)
        self.filter_box.style().unpolish(self.filter_box)
        self.filter_box.style().polish(self.filter_box)
        self.apply_button.setEnabled(check.ok)
        if check.ok:
            self.filter_error.hide()
            self.filter_error.clear()
        else:
            self.filter_error.setText(check.error)
            self.filter_error.show()
        return check

    def _model_reset(self) -> None:
        section = self.model.sort_section()
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        if section is None:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            header.setSortIndicator(*section)
        header.blockSignals(False)
        header.viewport().update()
        self._fitted = False

    def _order_changed(self, field_name: str, descending: bool) -> None:
        ui_state.save_json(f"browse/{self._entity}/order", [field_name, descending])

    def _loading_changed(self, loading: bool) -> None:
        if loading:
            self.progress.show_busy(self.tr("Loading {0}…").format(entity_title_text(self._entity).lower()), self.model.stop)
        else:
            self.progress.done()
        self._update_status()

    def _page_loaded(self) -> None:
        if not self._fitted and self.model.rowCount() > 0:
            self._fitted = True
            self.table.fit_columns(ui_state.load_json(f"browse/{self._entity}/widths") or {})
        self.main_window.record_poll()
        self._update_status()

    def _list_failed(self, failure) -> None:
        self.banner.show_failure(failure, action=(self.tr("Try again"), self.model.resume))
        self._update_status()

    def _update_status(self) -> None:
        model = self.model
        loaded = model.rowCount()

        def rows(count: int) -> str:
            # The entity's own word after the number: "1 company", "12 companies".
            noun = entity_label_text(self._entity) if count == 1 else entity_title_text(self._entity).lower()
            return f"{number_text(count)} {noun}"

        if self.session is None:
            text = self.tr("Open a profile in Settings to browse Odyssee.")
        elif model.loading and loaded == 0:
            text = self.tr("Loading…")
        elif model.total is not None and model.exhausted:
            text = rows(loaded) if loaded == model.total else self.tr("{0} shown ({1} on the server)").format(
                rows(loaded), number_text(model.total),
            )
        elif model.total is not None:
            text = self.tr("{0} of {1} loaded — scroll for more").format(number_text(loaded), rows(model.total))
        else:
            text = self.tr("{0} loaded").format(rows(loaded))
        if model.stopped and not model.exhausted:
            text += " — " + self.tr("loading stopped")
        self.status.setText(text)
        self.more_button.setVisible((model.stopped or model.failure is not None) and not model.exhausted)

    def _show_url(self, url: str) -> None:
        self.url_box.setText(url)
        self.url_box.setCursorPosition(0)

    # --- columns ---------------------------------------------------------------------------------

    def _build_columns_menu(self) -> None:
        self.columns_menu.clear()
        shown = set(self.model.column_names)
        for name in self.model.fields:
            title = field_title(name, self._entity)
            action = QAction(f"{title}  ({name})" if title.lower() != name.replace("_", " ") else title, self.columns_menu)
            action.setCheckable(True)
            action.setChecked(name in shown)
            action.toggled.connect(lambda checked, name=name: self._toggle_column(name, checked))
            self.columns_menu.addAction(action)
        self.columns_menu.addSeparator()
        reset = self.columns_menu.addAction(self.tr("Default columns"))
        reset.triggered.connect(self._reset_columns)

    def _toggle_column(self, name: str, shown: bool) -> None:
        columns = self._visible_column_names()
        if shown and name not in columns:
            columns.append(name)
        elif not shown and name in columns and len(columns) > 1:
            columns.remove(name)
        self._set_columns(columns)

    def _reset_columns(self) -> None:
        ui_state.save_json(f"browse/{self._entity}/widths", {})
        self._set_columns(default_columns(self._entity))
        self._build_columns_menu()

    def _set_columns(self, columns: list[str]) -> None:
        widths = {**(ui_state.load_json(f"browse/{self._entity}/widths") or {}), **self.table.column_widths()}
        self.model.set_columns(columns)
        ui_state.save_json(f"browse/{self._entity}/columns", columns)
        self.table.fit_columns(widths)

    def _visible_column_names(self) -> list[str]:
        names = self.model.column_names
        return [names[column] for column in self.table.visible_columns() if column < len(names)]

    def _remember_columns(self) -> None:
        if not self._entity or not self.model.column_names or not self._fitted:
            return
        ui_state.save_json(f"browse/{self._entity}/columns", self._visible_column_names())
        ui_state.save_json(f"browse/{self._entity}/widths", self.table.column_widths())

    # --- details and related records --------------------------------------------------------------

    def select_first(self, field_name: str, value: object) -> int:
        """Select the first loaded row whose ``field_name`` equals ``value`` (else the first row)."""
        for row in range(self.model.rowCount()):
            if self.model.value(row, field_name) == value:
                self.select_row(row)
                return row
        self.select_row(0)
        return 0

    def select_row(self, row: int) -> None:
        self.table.select_row(row)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selected_rows()
        if len(rows) != 1:
            self.details_model.set_items([])
            self.details_stack.show_empty()
            self.details_title.setText(
                self.tr("Details") if not rows else counted(self.tr("%Ln row(s) selected", "", len(rows)), len(rows))
            )
            self._clear_related()
            return
        record = self.model.record(rows[0])
        self.details_model.set_items(
            [(name, value, self.model.kind(name), field_title(name, self._entity)) for name, value in record.items()]
        )
        self.details_stack.show_content()
        self.details.resizeColumnToContents(0)
        self.details_title.setText(self.tr("Details of {0}").format(_record_title(self._entity, record)))
        self._load_related(record)

    def _build_related(self, entity: str) -> None:
        for _, model, table in self.related_models:
            model.set_source(None, "")
            table.deleteLater()
            model.deleteLater()
        self.related_tabs.clear()
        self.related_models = []
        for related in RELATED.get(entity, ()):
            model = RemoteTableModel(self.runner, self)
            table = DataTable()
            table.setModel(model)
            table.set_empty_text(self.tr("Nothing under “{0}” for the selected record.").format(related.shown_title))
            model.page_loaded.connect(lambda model=model, related=related: self._related_loaded(related, model))
            model.failed.connect(self.banner.show_failure)
            self.related_tabs.addTab(table, related.shown_title)
            self.related_models.append((related, model, table))
        self.related_tabs.setVisible(bool(self.related_models))

    def _clear_related(self) -> None:
        self._related_for = None
        for index, (related, model, _) in enumerate(self.related_models):
            model.set_source(None, related.entity, columns=_related_columns(related))
            self.related_tabs.setTabText(index, related.shown_title)

    def _load_related(self, record: dict[str, object]) -> None:
        record_id = record.get("id")
        if not self.related_models or record_id is None or self.session is None:
            return
        self._related_for = record_id
        for index, (related, model, _table) in enumerate(self.related_models):
            self.related_tabs.setTabText(index, f"{related.shown_title} …")
            columns = _related_columns(related)
            if related.entity == "DbFile" and self._entity == "Jobs":
                continue  # once the approvals are in: their PDFs are files of the job too
            model.set_source(
                self.session,
                related.entity,
                columns=columns,
                filter=field(related.link_field).eq(uuid.UUID(str(record_id))),
                orderby=default_order(related.entity),
            )
        if self._entity == "Jobs":
            self._load_job_files_when_ready(record_id)

    def _load_job_files_when_ready(self, job_id: object) -> None:
        approvals = self._related_model("JobApproval")
        files = self._related_model("DbFile")
        if approvals is None or files is None:
            return

        def start() -> None:
            if self._related_for != job_id:
                return
            owners = [job_id] + [approvals.value(row, "id") for row in range(min(approvals.rowCount(), MAX_FILE_OWNERS))]
            files.set_source(
                self.session,
                "DbFile",
                columns=default_columns("DbFile"),
                filter=in_("id_in_table", [uuid.UUID(str(owner)) for owner in owners]),
                orderby=default_order("DbFile"),
            )

        self._when_loaded(approvals, start)

    def _when_loaded(self, model: RemoteTableModel, callback: Callable[[], None]) -> None:
        if model.exhausted and not model.loading:
            callback()
            return

        def check() -> None:
            if model.exhausted or model.failure is not None:
                model.page_loaded.disconnect(check)
                callback()

        model.page_loaded.connect(check)

    def _related_model(self, entity: str) -> RemoteTableModel | None:
        for related, model, _ in self.related_models:
            if related.entity == entity:
                return model
        return None

    def _related_loaded(self, related: Related, model: RemoteTableModel) -> None:
        for index, (candidate, candidate_model, table) in enumerate(self.related_models):
            if candidate_model is model:
                count = model.total if model.total is not None else model.rowCount()
                self.related_tabs.setTabText(index, f"{related.shown_title} ({number_text(count)})")
                if model.pages_loaded == 1:
                    table.fit_columns()


def _related_columns(related: Related) -> list[str]:
    return [name for name in default_columns(related.entity) if name != related.link_field]


def _valid_order(value: object, entity: str) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and isinstance(value[0], str)
        and isinstance(value[1], bool)
        and value[0] in fetched_fields(entity)
    )


def _record_title(entity: str, record: dict[str, object]) -> str:
    noun = entity_label_text(entity)
    for name in ("code", "reference_back_office", "id2", "name", "file_name"):
        value = record.get(name)
        if value not in (None, "", 0):
            return f"{noun} {value}"
    return noun


__all__ = ["BrowsePage", "FilterCheck", "check_filter", "default_columns", "default_order", "search_filter"]
