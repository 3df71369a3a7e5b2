"""Completed work: final job approvals with their parts and hours, waiting to be written to the ERP.

- The list is :meth:`core.sync.export.CompletedWork.preview` (read in the background with
  progress and Cancel): job number and reference, job, customer, site, date, technician, parts
  and their amount, hours, and what stops an approval from being exported.
- The selected approval's parts used and time lines are shown below it, as the ERP will get them.
- "Export selected" and "Export all" write to the profile's ``export_to`` (the ERP's staging
  tables or a folder) in the background; the result is one sentence (details on request) and the
  list is read again.
- "Re-export since…" asks for a date and rewinds the export (every approval from then on is
  written again — as updates, never as duplicates).
- Approvals held back (an export could not write them: their job is missing in Odyssee, the ERP
  refused them) have a list of their own above the others, shown only while there are some, with
  the reason in words, since when, and how often they were tried. Every export tries them again;
  "Retry selected" and "Retry all" try them now, and nothing else.

Without ``export_to`` the list is still shown, with one sentence and a button to Settings.

Texts are translated in the ``WorkPage`` context, the columns' titles when the header is drawn;
the reasons core gives (problems, why an approval is held back) stay English.
"""
from __future__ import annotations

from datetime import date, datetime, time, timezone
from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QItemSelection, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.services.changes import READY_WORK, Changes, Count, changes_of
from core.state import EXPORT
from core.sync.export import CompletedWork, ExportResult, ExportTargetError, ReadyApproval, target_for_profile
from gui.models.counts import ready_count
from gui.models.formatting import amount_text, day_format, day_text, display_text, moment_text
from gui.models.list_table import Column, ListTableModel
from gui.models.sentences import core_text, error_text
from gui.models.words import counted, with_name
from gui.pages.base import TourStep
from gui.pages.list_detail import ListDetailPage
from gui.session import WINDOW_PROGRAM
from gui.tasks import TaskFailure
from gui.widgets.build import button, hbox, label, lay_out, panel
from gui.widgets.empty_state import EmptyStateStack
from gui.widgets.fit import fit_to_view
from gui.widgets.tables import DataTable

PROBLEM_COLOUR = QColor("#b3261e")
HELD_ROWS_SHOWN = 4  # the held-back list grows to this many rows, then scrolls
WARNING_COLOUR = QColor("#9a5b00")
NO_TARGET = QT_TRANSLATE_NOOP(
    "WorkPage",
    "Completed work has nowhere to go yet: set “Export completed work to” (the ERP database or a folder) in Settings.",
)
REWIND_DEFAULT_DAYS = 7


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkPage", text)


def _hours(value: Decimal) -> str:
    return display_text(Decimal(f"{value:.2f}").normalize(), "decimal") if value else "0"


def _problems(item: ReadyApproval) -> str:
    return " ".join([*item.problems, *item.warnings])


def _problem_colour(item: ReadyApproval) -> QColor | None:
    if item.problems:
        return PROBLEM_COLOUR
    return WARNING_COLOUR if item.warnings else None


def _minutes(value: object) -> str:
    """``2026-11-03 12:33``: a moment on this computer's clock, without seconds."""
    return moment_text(value)


def _approved(item: ReadyApproval) -> str:
    """When the technician made the approval: ``date_generated``, the tenant's local time as written."""
    return moment_text(item.work_order.get("date_generated"), as_written=True)


def _customer(item: ReadyApproval) -> str:
    code = item.work_order.get("customer_code")
    return with_name(code, item.name_of("Company", code))


def _technician(item: ReadyApproval) -> str:
    code = item.work_order.get("technician_code")
    return with_name(code, item.name_of("User", code))


def _site(item: ReadyApproval) -> str:
    code = item.work_order.get("site_code")
    return with_name(code, item.name_of("Project", code))


def _job_tooltip(item: ReadyApproval) -> str:
    order = item.work_order
    site = QCoreApplication.translate("WorkPage", "Site {0}").format(_site(item) or "—")
    lines = [order.get("job_name") or "", site]
    return "\n".join([*lines, *item.problems, *item.warnings])


APPROVAL_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("WorkPage", "Job #"), lambda item: item.job_number, numeric=True),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Job reference"), lambda item: item.job_reference, foreground=_problem_colour, tooltip=_job_tooltip),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Approved"), _approved),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Customer"), _customer),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Technician"), _technician),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Parts"), lambda item: item.totals.part_lines, numeric=True),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Parts amount"), lambda item: item.totals.parts_amount, kind="money", numeric=True),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Hours"), lambda item: _hours(item.totals.hours), numeric=True),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Problems"), _problems, tooltip=_problems, foreground=_problem_colour),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Job"), lambda item: item.work_order.get("job_name"), tooltip=_job_tooltip),
)

def _held_reason(item: ReadyApproval) -> str:
    """Why it is held back, in words, as the last export found it."""
    return item.held.reason if item.held is not None else ""


def _held_reference(item: ReadyApproval) -> str:
    held_label = item.held.label if item.held is not None else ""
    return item.job_reference or held_label or QCoreApplication.translate("WorkPage", "(no ERP reference)")


# The reason last: it is the long text, and the last column takes the rest of the width (when it
# was last tried is in the details below, to leave the reason that room).
HELD_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("WorkPage", "Job reference"), _held_reference, foreground=lambda _item: PROBLEM_COLOUR, tooltip=_job_tooltip),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Job #"), lambda item: item.job_number, numeric=True),
    # Who and when: how the office finds an approval whose job Odyssee no longer has.
    Column(QT_TRANSLATE_NOOP("WorkPage", "Approved"), _approved),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Technician"), _technician),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Held since"), lambda item: _minutes(item.held.first_seen)),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Tries"), lambda item: item.held.attempts, numeric=True),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Why it is held back"), _held_reason, tooltip=_held_reason),
)

PART_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("WorkPage", "Article"), lambda line: line.get("article_code")),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Name"), lambda line: line.get("name"), tooltip=lambda line: line.get("description") or line.get("name") or ""),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Quantity"), lambda line: line.get("quantity"), numeric=True),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Price"), lambda line: line.get("price"), kind="money", numeric=True),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Warranty"), lambda line: bool(line.get("is_under_warranty")), kind="bool"),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Date"), lambda line: line.get("working_date"), kind="datetime"),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Technician"), lambda line: line.get("technician_code")),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Remark"), lambda line: line.get("remark")),
)

TIME_TYPES = {"WorkingTime": QT_TRANSLATE_NOOP("WorkPage", "Work"), "TravelTime": QT_TRANSLATE_NOOP("WorkPage", "Travel")}

def _time_type(code: object) -> object:
    return _tr(TIME_TYPES[code]) if code in TIME_TYPES else code


TIME_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("WorkPage", "Type"), lambda line: _time_type(line.get("type_code"))),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Description"), lambda line: line.get("description")),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Hours"), lambda line: _hours(line.get("hours") or Decimal(0)), numeric=True),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Price"), lambda line: line.get("price"), kind="money", numeric=True),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Warranty"), lambda line: bool(line.get("is_under_warranty")), kind="bool"),
    Column(QT_TRANSLATE_NOOP("WorkPage", "From"), lambda line: line.get("time_from"), kind="datetime"),
    Column(QT_TRANSLATE_NOOP("WorkPage", "To"), lambda line: line.get("time_to"), kind="datetime"),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Technician"), lambda line: line.get("technician_code")),
    Column(QT_TRANSLATE_NOOP("WorkPage", "Memo"), lambda line: line.get("line_memo")),
)


# ----------------------------------------------------------------------------------------------
# Background work


def ready_approvals(ctx: Any) -> tuple[list[ReadyApproval], str]:
    """The approvals waiting for the ERP and where they would go (a sentence, never a password)."""
    items = CompletedWork(ctx.client, ctx.store).preview(ctx.control)
    destination = ""
    if ctx.profile.export_to:
        try:
            target = target_for_profile(ctx.profile)
        except ExportTargetError as error:
            destination = error_text(error)
        else:
            try:
                destination = core_text(target.describe())
            finally:
                target.close()
    return items, destination


def export_approvals(
    ctx: Any, ids: list[str] | None, *, program: str = WINDOW_PROGRAM, held_only: bool = False,
) -> ExportResult:
    """Export while holding the profile's export lease (worker thread); LeaseBusy when taken.

    ``held_only``: try only the held-back approvals ``ids`` (None: all of them).
    """
    target = target_for_profile(ctx.profile)
    try:
        with ctx.leased(EXPORT, program=program) as store:
            work = CompletedWork(ctx.client, store, target)
            return work.retry(ids, ctx.control) if held_only else work.export(ids, ctx.control)
    finally:
        target.close()


def rewind_export(ctx: Any, moment: datetime) -> None:
    with ctx.leased(EXPORT) as store:
        CompletedWork(ctx.client, store).rewind(moment)


def ready_approval_counts(ctx: Any) -> Count:
    """For the Overview: the approvals not in the ERP yet, counted as this page counts them."""
    return ready_count(CompletedWork(ctx.client, ctx.store).preview(ctx.control), ctx.profile)


def rewind_moment(day: date) -> datetime:
    """Midnight at the start of ``day`` on this computer's clock, in UTC."""
    return datetime.combine(day, time.min).astimezone().astimezone(timezone.utc)


# ----------------------------------------------------------------------------------------------
# The date dialog


class RewindDialog(QDialog):
    """"Export again every approval since…" with a calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Re-export completed work"))
        self.date_edit = QDateEdit(QDate.currentDate().addDays(-REWIND_DEFAULT_DAYS))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(day_format())
        self.date_edit.setMaximumDate(QDate.currentDate())
        text = QLabel(self.tr(
            "Every final approval changed since this date is written to the ERP again. Rows the ERP already "
            "has are updated, never added twice; what the ERP marked as processed stays so."
        ))
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Re-export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Since")))
        row.addWidget(self.date_edit)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def chosen(self) -> date:
        return self.date_edit.date().toPython()


# ----------------------------------------------------------------------------------------------
# The page


class WorkPage(ListDetailPage):
    key = "work"
    # Shown by the page's base classes, which translate them in this class's context.
    title = QT_TRANSLATE_NOOP("WorkPage", "Completed work")
    subtitle = QT_TRANSLATE_NOOP("WorkPage", "Final job approvals with their parts and hours, waiting to be written to the ERP.")
    job = EXPORT
    busy_then = QT_TRANSLATE_NOOP("WorkPage", "You can export from here when it has ended.")
    watches = ("exported", "completed")
    cancelled_text = QT_TRANSLATE_NOOP("WorkPage", "Reading cancelled. Press Refresh to read the completed work again.")
    unreadable_text = QT_TRANSLATE_NOOP("WorkPage", "The completed work could not be read: see the message above.")

    def __init__(self, window) -> None:
        super().__init__(window)
        self._fitted = False

        self.refresh_button = self.add_header_button(self.tr("Refresh"), self.refresh)

        self.model = ListTableModel(APPROVAL_COLUMNS, self, context="WorkPage")
        self.table = DataTable()
        self.table.setModel(self.model)
        self.list_stack = EmptyStateStack(self.table, self.tr("Reading the completed work…"))
        self.empty = self.list_stack.empty

        self.held_model = ListTableModel(HELD_COLUMNS, self, context="WorkPage")
        self.held_table = DataTable()
        self.held_table.setModel(self.held_model)
        self.held_table.setAccessibleName(self.tr("Approvals held back"))
        self.held_title = label(role="heldTitle", wrap=True)
        self.held_hint = label(role="muted", wrap=True)
        self.retry_selected_button = button(
            self.tr("Retry selected"), self.retry_selected, tooltip=self.tr("Try the selected held-back approvals again now"),
        )
        self.retry_all_button = button(
            self.tr("Retry all"), self.retry_all, tooltip=self.tr("Try every held-back approval again now"),
        )
        for held_button in (self.retry_selected_button, self.retry_all_button):  # a long title never squeezes them
            held_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.held_box = QFrame()
        self.held_box.setObjectName("heldBox")  # its colours are the application's style sheet's (gui/app.py)
        lay_out(
            self.held_box,
            hbox((self.held_title, 1), self.retry_selected_button, self.retry_all_button),
            self.held_hint,
            self.held_table,
            margins=(10, 6, 8, 8),
            spacing=4,
        )
        # As tall as its rows, never more: the other approvals get the rest of the height.
        self.held_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.held_box.hide()
        lists = panel(self.held_box, (self.list_stack, 1), spacing=8)
        self._syncing_selection = False

        self.details_title = label(self.tr("Parts and hours"), role="sectionTitle", rich=True)
        self.details_text = label(role="muted", wrap=True, selectable=True)
        self.parts_model = ListTableModel(PART_COLUMNS, self, context="WorkPage")
        self.parts_table = DataTable()
        self.parts_table.setModel(self.parts_model)
        self.parts_table.set_empty_text(self.tr("No parts were used on this job."))
        self.time_model = ListTableModel(TIME_COLUMNS, self, context="WorkPage")
        self.time_table = DataTable()
        self.time_table.setModel(self.time_model)
        self.time_table.set_empty_text(self.tr("No time was written on this job."))
        self.lines_tabs = QTabWidget()
        self.lines_tabs.setDocumentMode(True)
        self.lines_tabs.addTab(self.parts_table, self.tr("Parts used"))
        self.lines_tabs.addTab(self.time_table, self.tr("Time lines"))
        self.details_stack = EmptyStateStack(
            self.lines_tabs, self.tr("Select an approval to see the parts and hours that go to the ERP with it."),
        )
        details = panel(self.details_title, self.details_text, (self.details_stack, 1), margins=(0, 4, 0, 0))

        self.status = label(role="muted", wrap=True)
        self.rewind_button = button(
            self.tr("Re-export since…"), self.ask_rewind, tooltip=self.tr("Write every approval since a date to the ERP again"),
        )
        self.export_selected_button = button(self.tr("Export selected"), self.export_selected)
        self.export_all_button = button(self.tr("Export all"), self.export_all, default=True)
        self.lay_out_lists(
            lists, details, orientation=Qt.Orientation.Vertical, sizes=(360, 260),
            status=self.status, buttons=(self.rewind_button, self.export_selected_button, self.export_all_button),
        )

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.held_table.selectionModel().selectionChanged.connect(self._held_selection_changed)
        self._destination = ""
        self._update_controls()

    # --- page hooks ------------------------------------------------------------------------------

    def clear_lists(self, session) -> None:
        self._destination = ""
        self.model.set_items([])
        self._show_held([])
        self._show_details(None)
        self.list_stack.show_empty(
            self.tr("Reading the completed work…") if session is not None else self.tr("Open a profile to see its completed work.")
        )

    def tour_steps(self) -> list[TourStep]:
        return [("", [self.ensure_loaded, lambda: self.select_row(self._richest_row())])]

    # --- the list --------------------------------------------------------------------------------

    @property
    def items(self) -> list[ReadyApproval]:
        """The approvals waiting for the ERP that are not held back."""
        return list(self.model.items)

    @property
    def held_items(self) -> list[ReadyApproval]:
        return list(self.held_model.items)

    def refresh(self) -> None:
        if not self._start_reading():
            return
        self.banner.clear()
        self._show_target_problem()
        reading = self.tr("Reading the completed work from Odyssee…")
        self._read_list(ready_approvals, "Reading the completed work", reading)  # the label is for the log
        if not self.model.rowCount():
            self.list_stack.empty.setText(reading)
        self._update_controls()

    def _show_target_problem(self) -> None:
        if self.session is not None and not self.session.profile.export_to:
            self.point_to_settings(self.tr(NO_TARGET))

    def _loaded(self, result: tuple[list[ReadyApproval], str]) -> None:
        everything, self._destination = result
        selected = self._selected_ids()
        items = [item for item in everything if item.held is None]
        self.model.set_items(items)
        self._show_held([item for item in everything if item.held is not None])
        if items:
            self.list_stack.show_content()
            if not self._fitted:
                self._fitted = True
                fit_to_view(self.table)
        else:
            self.list_stack.show_empty(
                self.tr(
                    "No other completed work is waiting: every final job approval has been exported. "
                    "New ones appear here when technicians finish their jobs."
                )
                if self.held_model.rowCount() else
                self.tr(
                    "No completed work is waiting: every final job approval has been exported. "
                    "New ones appear here when technicians finish their jobs."
                )
            )
        rows = [row for row, item in enumerate(items) if item.id in selected]
        held_rows = [row for row, item in enumerate(self.held_model.items) if item.id in selected]
        if rows:
            self.select_row(rows[0])
        elif held_rows:
            self.held_table.selectRow(held_rows[0])
        else:
            self._show_details(None)
        self._update_controls()
        self.main_window.record_poll()
        if self.session is not None:
            self.main_window.announce(Changes().with_count(READY_WORK, ready_count(everything, self.session.profile)), self)
    def _show_held(self, held: list[ReadyApproval]) -> None:
        self.held_model.set_items(held)
        self.held_box.setVisible(bool(held))
        if not held:
            return
        count = len(held)
        self.held_title.setText(counted(self.tr("%Ln approval(s) held back: not in the ERP yet", "", count), count))
        self.held_hint.setText(counted(self.tr(
            "Every export tries the held-back approval(s) again by itself. To send sooner, fix the cause shown in "
            "Odyssee (or in the ERP), then press Retry.", "", count,
        ), count))
        fit_to_view(self.held_table)
        rows = min(count, HELD_ROWS_SHOWN)
        header = self.held_table.horizontalHeader().sizeHint().height()
        row_height = self.held_table.verticalHeader().defaultSectionSize()
        self.held_table.setFixedHeight(header + rows * row_height + 2 * self.held_table.frameWidth() + 2)

    def _has_rows(self) -> bool:
        return self.model.rowCount() > 0

    def _update_controls(self) -> None:
        items = self.model.items
        busy = self.working.busy
        has_target = self.session is not None and bool(self.session.profile.export_to)
        exportable = sum(1 for item in items if item.exportable)
        if self.session is None:
            text = ""
        elif self.loading.busy and not items:
            text = self.tr("Reading…")
        else:
            # The number the Overview and the tray say for the same approvals (gui.models.counts).
            count = ready_count([*items, *self.held_model.items], self.session.profile)
            text = counted(self.tr("%Ln approval(s) not in the ERP yet", "", count.number), count.number)
            if count.detail:
                text += f" ({count.detail})"
            if self._destination and has_target:
                text += " · " + self.tr("goes to {0}").format(self._destination)
        self.status.setText(text)
        selected = [item for item in self._selected_items() if item.exportable]
        elsewhere = self.main_window.leases.held_elsewhere(EXPORT)
        self.busy_line.show_lease(elsewhere if not busy else None)
        free = has_target and not busy and elsewhere is None
        self.export_selected_button.setEnabled(free and bool(selected))
        self.export_selected_button.setText(
            self.tr("Export selected ({0})").format(len(selected)) if selected else self.tr("Export selected")
        )
        self.export_all_button.setEnabled(free and exportable > 0)
        held_selected = self._selected_held()
        self.retry_selected_button.setEnabled(free and bool(held_selected))
        self.retry_selected_button.setText(
            self.tr("Retry selected ({0})").format(len(held_selected)) if held_selected else self.tr("Retry selected")
        )
        self.retry_all_button.setEnabled(free and self.held_model.rowCount() > 0)
        self.rewind_button.setEnabled(free and self.session is not None)
        self.refresh_button.setEnabled(self.session is not None and not busy)

    # --- selection and details -------------------------------------------------------------------

    def select_row(self, row: int) -> None:
        self.table.select_row(row)

    def _richest_row(self) -> int:
        """The approval with the most lines (the tour shows it)."""
        items = self.model.items
        if not items:
            return 0
        return max(range(len(items)), key=lambda row: (len(items[row].parts) + len(items[row].time_lines), -row))

    def _selected_items(self) -> list[ReadyApproval]:
        return self.model.items_at(self.table.selected_rows())

    def _selected_held(self) -> list[ReadyApproval]:
        return self.held_model.items_at(self.held_table.selected_rows())

    def _selected_ids(self) -> set[str]:
        return {item.id for item in self._selected_items() + self._selected_held()}

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._follow_selection(self._selected_items(), self.held_table)

    def _held_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._follow_selection(self._selected_held(), self.table)

    def _follow_selection(self, items: list[ReadyApproval], other: DataTable) -> None:
        """The details follow the list last clicked; the other list's selection is cleared."""
        if self._syncing_selection:
            return
        if items:
            self._syncing_selection = True
            try:
                other.clearSelection()
            finally:
                self._syncing_selection = False
        self._show_details(items[0] if len(items) == 1 else None, len(items))
        self._update_controls()

    def _show_details(self, item: ReadyApproval | None, selected: int = 0) -> None:
        if item is None:
            self.parts_model.set_items([])
            self.time_model.set_items([])
            self.details_title.setText(
                self.tr("Parts and hours") if selected <= 1 else counted(self.tr("%Ln approval(s) selected", "", selected), selected)
            )
            self.details_text.clear()
            self.details_text.hide()
            self.details_stack.show_empty()
            return
        order = item.work_order
        reference = escape(item.job_reference or self.tr("(no ERP reference)"))
        number = self.tr("Job #{0}").format(item.job_number) + " " if item.job_number is not None else ""
        name = f" — {escape(order['job_name'])}" if order.get("job_name") else ""
        self.details_title.setText(f"{number}<b>{reference}</b>{name}")
        totals = item.totals
        facts = [
            self.tr("Customer {0}").format(_customer(item) or "—"),
            self.tr("site {0}").format(_site(item) or "—"),
            self.tr("technician {0}").format(_technician(item) or "—"),
            self.tr("signed by {0}").format(order.get("contact_name")) if order.get("contact_name") else "",
            self.tr("parts {0}, labour {1}, {2} h work + {3} h travel").format(
                amount_text(totals.parts_amount), amount_text(totals.labour_amount),
                _hours(totals.working_hours), _hours(totals.travel_hours),
            ),
        ]
        text = " · ".join(fact for fact in facts if fact)
        if order.get("customer_remarks"):
            text += "\n" + self.tr("Remarks: {0}").format(order["customer_remarks"])
        if item.held is not None:
            held = item.held
            since = self.tr("Held back since {0} (%Ln attempt(s), the last at {1}): {2}", "", held.attempts)
            text += "\n" + counted(since, held.attempts).format(_minutes(held.first_seen), _minutes(held.last_seen), held.reason)
            if item.exportable:
                text += "\n" + self.tr("Odyssee has everything it needs now: Retry sends it.")
        elif item.problems:
            text += "\n" + self.tr("Not exported until solved: {0}").format(" ".join(item.problems))
        if item.warnings:
            text += "\n" + self.tr("Note: {0}").format(" ".join(item.warnings))
        self.details_text.setText(text)
        self.details_text.show()
        self.parts_model.set_items(item.parts)
        self.time_model.set_items(item.time_lines)
        self.lines_tabs.setTabText(0, self.tr("Parts used ({0})").format(len(item.parts)))
        self.lines_tabs.setTabText(1, self.tr("Time lines ({0})").format(len(item.time_lines)))
        self.details_stack.show_content()
        fit_to_view(self.parts_table)
        fit_to_view(self.time_table)

    # --- exporting -------------------------------------------------------------------------------

    def export_selected(self) -> None:
        items = [item for item in self._selected_items() if item.exportable]
        if items:
            self._export([item.id for item in items])

    def export_all(self) -> None:
        if any(item.exportable for item in self.model.items):
            self._export(None)

    def retry_selected(self) -> None:
        items = self._selected_held()
        if items:
            self._export([item.id for item in items], held_only=True)

    def retry_all(self) -> None:
        if self.held_model.rowCount():
            self._export(None, held_only=True)

    def _export(self, ids: list[str] | None, *, held_only: bool = False) -> None:
        if self.session is None or self.working.busy:
            return
        if not self.session.profile.export_to:
            self._show_target_problem()
            return
        if held_only:
            number = len(ids) if ids is not None else self.held_model.rowCount()
            progress = counted(self.tr("Trying %Ln held-back approval(s) again…", "", number), number)
        else:
            number = len(ids) if ids is not None else sum(1 for item in self.model.items if item.exportable)
            progress = counted(self.tr("Exporting %Ln approval(s) to the ERP…", "", number), number)
        self._start_job(
            lambda ctx: export_approvals(ctx, ids, held_only=held_only),
            self._exported,
            label="Exporting completed work",
            progress=progress,
        )

    def _exported(self, result: ExportResult) -> None:
        count = len(result.exported)
        held = [record.item_id for record in result.held]
        detail_lines = [f"{approval}: {reason}" for approval, reason in {**result.failed, **result.invalid}.items() if approval not in held]
        detail_lines.extend(f"{record.label or record.item_id}: {record.reason}" for record in result.held)
        detail_lines.extend(result.problems)
        if result.status == "cancelled":
            self.banner.show_message(
                counted(self.tr("Export cancelled after %Ln approval(s).", "", count), count), kind="warning",
            )
        elif result.message:
            self.banner.show_message(
                self.tr("Exported %Ln, then stopped: {0}", "", count).format(core_text(result.message)), "\n".join(detail_lines),
                kind="error", action=(self.tr("Try again"), self.export_all),
            )
        elif result.held:
            held_back = self.tr("%Ln held back, not in the ERP yet: see the held-back list.", "", len(result.held))
            self.banner.show_message(
                self.tr("Exported %Ln; {0}", "", count).format(held_back), "\n".join(detail_lines), kind="warning",
            )
        elif result.failed:
            not_written = self.tr("%Ln could not be written (details).", "", len(result.failed))
            self.banner.show_message(
                self.tr("Exported %Ln; {0}", "", count).format(not_written), "\n".join(detail_lines), kind="warning",
            )
        else:
            exported = (
                counted(self.tr("Exported %Ln approval(s) to {0}.", "", count), count).format(self._destination)
                if self._destination else counted(self.tr("Exported %Ln approval(s).", "", count), count)
            )
            self.banner.show_message(exported, "\n".join(detail_lines), kind="success")
        self.refresh_after_change(changes_of(result))

    def refresh_after_change(self, changes: Changes) -> None:
        """Read the list again, keeping the message of what just happened."""
        self._needs_load = True
        banner = (self.banner.kind, self.banner.message.text(), self.banner.details.toPlainText()) if not self.banner.isHidden() else None
        self.refresh()
        if banner is not None:
            kind, text, detail = banner
            self.banner.show_message(text, detail, kind=kind)
        self.main_window.announce(changes, self)

    # --- re-export -------------------------------------------------------------------------------

    def ask_rewind(self) -> None:
        dialog = RewindDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.rewind_since(dialog.chosen())

    def rewind_since(self, day: date) -> None:
        if self.session is None or self.working.busy:
            return
        moment = rewind_moment(day)
        self.working.run(
            lambda ctx: rewind_export(ctx, moment),
            lambda _result: self._rewound(day),
            on_error=self._rewind_failed,
            label="Preparing the re-export",
        )
        self._update_controls()

    def _rewound(self, day: date) -> None:
        self.banner.show_message(
            self.tr("Every approval since {0} is listed again; export them to write them to the ERP once more.").format(
                day_text(day),
            ),
            kind="info",
        )
        self.refresh_after_change(Changes(exported=True))

    def _rewind_failed(self, failure: TaskFailure) -> None:
        self._update_controls()
        self.banner.show_failure(failure)


__all__ = ["RewindDialog", "WorkPage", "export_approvals", "ready_approval_counts", "ready_approvals", "rewind_moment"]
