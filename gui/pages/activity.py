"""Activity: the journal (what was sent to Odyssee or written to the ERP, record by record) and the
request log (every HTTP request this window made, as the client recorded it).

The journal is read from the profile's state store in the background and filtered there (run,
entity, result), and read again whenever a run ends (the window's ``changed`` signal). Its rows
say what they are about in words: a record's ERP key with its name (``C00173 — Garage
Dupont``), an exported approval by its job reference rather than its id. The request log follows
``client.log``: records arrive from worker threads,
are queued, and a timer adds them to the table in batches so a burst of requests never floods
the GUI thread. The log holds method, URL, status, timing and sizes only — by design there is no
header, so no credential, in it.
"""
from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy

from core.odata.requestlog import RequestRecord
from core.services.changes import Changes
from core.state import PUSH, JournalEntry, Run
from core.sync.export import ACTION_EXPORT, JOURNAL_ENTITY, STREAM
from gui import ui_state
from gui.models.formatting import clock_text, number_text
from gui.models.list_table import Column, ListTableModel
from gui.models.news import lease_sentence
from gui.models.sentences import attention_lines, core_text
from gui.models.words import (
    counted,
    entity_text,
    journal_action_text,
    journal_result_text,
    person_name,
    run_title,
    with_name,
)
from gui.pages.base import LatestTask, Page, TourStep
from gui.pages.push_confirm import open_question
from gui.pages.undo_confirm import UndoConfirmation
from gui.tasks import TaskFailure
from gui.widgets.build import STRETCH, button, hbox, label, panel, split
from gui.widgets.empty_state import EmptyStateStack
from gui.widgets.tables import DataTable

JOURNAL_LIMIT = 2000
REQUEST_LOG_ROWS = 1000
FLUSH_INTERVAL_MS = 200
FAILED = QColor("#c0392b")
# Column widths by column title (as Browse keeps them), remembered between runs.
JOURNAL_WIDTHS_KEY = "activity/journal/widths"
REQUEST_WIDTHS_KEY = "activity/requests/widths"
ALL = None  # the "All" entry of a filter box
UNDOABLE_ROWS = ("update", "conflict")  # journal actions of a push that an undo can send back


def _change_tooltip(entry: JournalEntry) -> str:
    parts = []
    if entry.before is not None:
        parts.append(QCoreApplication.translate("ActivityPage", "Before: {0}").format(
            json.dumps(entry.before, ensure_ascii=False, sort_keys=True)[:600]))
    if entry.after is not None:
        parts.append(QCoreApplication.translate("ActivityPage", "After: {0}").format(
            json.dumps(entry.after, ensure_ascii=False, sort_keys=True)[:600]))
    if entry.message:
        parts.insert(0, core_text(entry.message))
    return "\n".join(parts)


def _result_colour(result: str) -> QColor | None:
    return FAILED if result in ("failed", "error", "conflict") else None


@dataclass(frozen=True)
class ShownEntry(JournalEntry):
    """A journal row with the record it is about, as people know it."""

    record: str = ""


def _record_name(values: Any) -> str:
    """The name in a record's values (a company's or article's name, a person's full name)."""
    if not isinstance(values, dict):
        return ""
    return str(values.get("name") or "").strip() or person_name(values)


def _approval_text(approval_id: str, note: Any) -> str:
    """An exported approval by its job reference (else its job number), never only its id."""
    note = note if isinstance(note, dict) else {}
    reference, number = str(note.get("job_reference") or "").strip(), note.get("job_number")
    if reference:
        return QCoreApplication.translate("ActivityPage", "{0} (job #{1})").format(reference, number) if number else reference
    if number:
        return QCoreApplication.translate("ActivityPage", "job #{0}").format(number)
    shown = f"{approval_id[:8]}…" if len(approval_id) > 12 else approval_id
    return QCoreApplication.translate("ActivityPage", "approval {0}").format(shown)


def shown_entries(store: Any, rows: list[JournalEntry]) -> list[ShownEntry]:
    """The rows with their records in words (worker thread: a few reads of the state store)."""
    approvals = sorted({row.erp_key for row in rows if row.entity == JOURNAL_ENTITY and row.erp_key})
    notes: dict[str, Any] = {}
    if approvals:
        for record in store.held(STREAM):
            if record.label:
                notes.setdefault(record.item_id, {"job_reference": record.label})
        latest = store.latest_journal_for(JOURNAL_ENTITY, approvals, action=ACTION_EXPORT, result="ok")
        notes.update({key: entry.after for key, entry in latest.items() if isinstance(entry.after, dict)})
    shown = []
    for row in rows:
        key = row.erp_key or ""
        if row.entity == JOURNAL_ENTITY:
            record = _approval_text(key, row.after if isinstance(row.after, dict) else notes.get(key))
        else:
            record = with_name(key, _record_name(row.after) or _record_name(row.before))
        shown.append(ShownEntry(**vars(row), record=record))
    return shown


JOURNAL_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ActivityPage", "Time"), lambda entry: entry.time, kind="datetime"),
    Column(QT_TRANSLATE_NOOP("ActivityPage", "Run"), lambda entry: entry.run_id, numeric=True),
    Column(QT_TRANSLATE_NOOP("ActivityPage", "Entity"), lambda entry: entity_text(entry.entity)),
    Column(QT_TRANSLATE_NOOP("ActivityPage", "Record"), lambda entry: getattr(entry, "record", "") or entry.erp_key, tooltip=lambda entry: entry.erp_key or ""),
    Column(QT_TRANSLATE_NOOP("ActivityPage", "Action"), lambda entry: journal_action_text(entry.action)),
    Column(QT_TRANSLATE_NOOP("ActivityPage", "Result"), lambda entry: journal_result_text(entry.result), foreground=lambda entry: _result_colour(entry.result)),
    Column(QT_TRANSLATE_NOOP("ActivityPage", "HTTP"), lambda entry: entry.http_status, numeric=True),
    Column(QT_TRANSLATE_NOOP("ActivityPage", "Workstation"), lambda entry: entry.workstation),
    Column(QT_TRANSLATE_NOOP("ActivityPage", "User"), lambda entry: entry.os_user),
    Column(QT_TRANSLATE_NOOP("ActivityPage", "Message"), lambda entry: core_text(entry.message), tooltip=_change_tooltip),
)


def _clock(record: RequestRecord) -> str:
    moment = datetime.fromtimestamp(record.started).astimezone()
    return f"{clock_text(moment, seconds=True)}.{moment.microsecond // 1000:03d}"


def _status_colour(record: RequestRecord) -> QColor | None:
    return FAILED if record.status is None or record.status >= 400 else None


REQUEST_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ActivityPage", "Time"), _clock),
    Column(QT_TRANSLATE_NOOP("ActivityPage", "Method"), lambda record: record.method),
    Column(QT_TRANSLATE_NOOP("ActivityPage", "Status"), lambda record: record.status if record.status is not None else "—", numeric=True, foreground=_status_colour),
    Column(QT_TRANSLATE_NOOP("ActivityPage", "ms"), lambda record: round(record.duration_ms), numeric=True),
    Column(QT_TRANSLATE_NOOP("ActivityPage", "Bytes"), lambda record: record.bytes_received, numeric=True),
    Column(QT_TRANSLATE_NOOP("ActivityPage", "Try"), lambda record: record.attempt, numeric=True),
    Column(QT_TRANSLATE_NOOP("ActivityPage", "Error"), lambda record: record.error),
    Column(QT_TRANSLATE_NOOP("ActivityPage", "URL"), lambda record: record.url, tooltip=lambda record: record.summary()),
)


class RequestFeed:
    """Carries request records from worker threads to the GUI thread, in batches."""

    def __init__(self) -> None:
        self._queue: deque[RequestRecord] = deque(maxlen=REQUEST_LOG_ROWS)
        self._lock = threading.Lock()

    def add(self, record: RequestRecord) -> None:  # any thread
        with self._lock:
            self._queue.append(record)

    def take(self) -> list[RequestRecord]:
        with self._lock:
            records = list(self._queue)
            self._queue.clear()
        return records


class ActivityPage(Page):
    key = "activity"
    title = "Activity"  # the navigation's translation

    def __init__(self, window) -> None:
        super().__init__(window)
        self._unsubscribe = None
        self._journal_loaded = False
        self.journal_reads = LatestTask(self)
        self._journal_fitted = False  # widths set once (remembered ones first), then left to the user

        self.run_box = QComboBox()
        self.entity_box = QComboBox()
        self.result_box = QComboBox()
        everything = ((self.run_box, self.tr("All runs")), (self.entity_box, self.tr("All entities")),
                      (self.result_box, self.tr("All results")))
        for box, text in everything:
            box.addItem(text, ALL)
            box.setMinimumContentsLength(8)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            # As narrow as 8 characters in a small window, as wide as its entries ("All results", in
            # any language) where there is room.
            box.setMinimumWidth(box.minimumSizeHint().width())
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(lambda _index: self.load_journal())
        self.refresh_button = button(self.tr("Refresh"), self.refresh, shortcut=QKeySequence.StandardKey.Refresh)
        self.undo_run_button = button(
            self.tr("Undo push…"), self.undo_selected_run,
            tooltip=self.tr("Send back to Odyssee the values it had before the push of the selected row (it asks first)"),
        )
        self.undo_row_button = button(
            self.tr("Undo this row…"), self.undo_selected_row,
            tooltip=self.tr("Send back to Odyssee the values this record had before that push (it asks first)"),
        )
        filters = hbox(
            QLabel(self.tr("Run")), self.run_box, QLabel(self.tr("Entity")), self.entity_box,
            QLabel(self.tr("Result")), self.result_box,
            STRETCH, self.refresh_button,
        )
        self._runs: dict[int, Run] = {}  # the recent runs, by id: which rows belong to a push
        self.undo_reads = LatestTask(self)
        self.undoing = LatestTask(self)
        window.leases.changed.connect(self._update_undo_buttons)

        self.journal_model = ListTableModel(JOURNAL_COLUMNS, self, context="ActivityPage")
        self.journal_table = DataTable()
        self.journal_table.setModel(self.journal_model)
        self.journal_table.selectionModel().selectionChanged.connect(lambda *_: self._update_undo_buttons())
        for text, slot in ((self.tr("Undo this push…"), self.undo_selected_run), (self.tr("Undo this row…"), self.undo_selected_row)):
            action = QAction(text, self.journal_table)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.journal_table.addAction(action)
        self.undo_actions = self.journal_table.actions()[-2:]
        self.journal_stack = EmptyStateStack(
            self.journal_table,
            self.tr(
                "The journal is empty: every record a push sends to Odyssee, and every completed job "
                "written to the ERP, will be listed here with its result."
            ),
        )
        self.journal_empty = self.journal_stack.empty
        journal_box = panel(
            hbox(label(self.tr("Journal"), role="sectionTitle"), STRETCH, self.undo_run_button, self.undo_row_button),
            filters, (self.journal_stack, 1),
        )

        self.requests_note = label(role="muted")
        self.requests_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clear_button = button(self.tr("Clear"), self._clear_requests)
        self.requests_model = ListTableModel(REQUEST_COLUMNS, self, context="ActivityPage")
        self.requests_table = DataTable()
        self.requests_table.setModel(self.requests_model)
        self.requests_table.set_empty_text(self.tr("No request to Odyssee yet: each one this window sends is listed here, as it goes."))
        requests_box = panel(
            hbox(label(self.tr("Requests to Odyssee"), role="sectionTitle"), 16, (self.requests_note, 1), self.clear_button),
            (self.requests_table, 1),
        )

        self.splitter = split(Qt.Orientation.Vertical, journal_box, requests_box, sizes=(300, 400), stretch=None)
        self.remember_splitter(self.splitter, "activity/splitter")
        self.body.addWidget(self.splitter, 1)

        self.feed = RequestFeed()
        self.flush_timer = QTimer(self)
        self.flush_timer.setInterval(FLUSH_INTERVAL_MS)
        self.flush_timer.timeout.connect(self._flush_requests)
        self._requests_fitted = False

    # --- page hooks ------------------------------------------------------------------------------

    def on_session(self, session) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.feed.take()
        self.requests_model.set_items([])
        self.journal_model.set_items([])
        self.journal_stack.show_empty()
        self._journal_loaded = False
        self._runs = {}
        self._update_undo_buttons()
        self._set_choices(self.run_box, [])
        self._set_choices(self.entity_box, [])
        self._set_choices(self.result_box, [])
        if session is None:
            self.flush_timer.stop()
            self._update_requests_note()
            return
        if session.client is not None:
            log = session.client.log
            self._unsubscribe = log.subscribe(self.feed.add)
            self.requests_model.append_items(log.records(), keep_last=REQUEST_LOG_ROWS)
            self.flush_timer.start()
        self._update_requests_note()
        if self.isVisible():
            self.refresh()

    def on_shown(self, first: bool) -> None:
        self._flush_requests()
        if not self._journal_loaded:
            self.refresh()

    def on_changes(self, changes, own: bool) -> None:
        """A run ended (here or in the background): the journal and the runs are read again."""
        if self.session is None or not changes.touches("runs", "journal"):
            return
        self._journal_loaded = False
        if self.isVisible():
            self.refresh()

    def tour_steps(self) -> list[TourStep]:
        # The demo has no push yet: the tour pushes one company to show what an undo says of it.
        return [("", [self.refresh]), ("undo", [self._push_one_for_the_tour, self._select_tour_push, self.undo_selected_run])]

    def save_layout(self) -> None:
        super().save_layout()
        # A table never filled this run still has Qt's default widths: keep the remembered ones.
        if self._journal_fitted:
            ui_state.save_json(JOURNAL_WIDTHS_KEY, self.journal_table.column_widths())
        if self._requests_fitted:
            ui_state.save_json(REQUEST_WIDTHS_KEY, self.requests_table.column_widths())

    # --- journal ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the filter choices (runs, entities, results), then the journal."""
        if self.session is None:
            return

        def read_choices(ctx):
            runs = ctx.store.recent_runs(limit=100)
            rows = ctx.store.journal_rows(limit=JOURNAL_LIMIT)
            return runs, sorted({row.entity for row in rows}), sorted({row.result for row in rows})

        self.run(read_choices, self._choices_read, label=self.tr("Reading the journal"))

    def _choices_read(self, choices) -> None:
        runs, entities, results = choices
        self._runs = {run.id: run for run in runs}
        self._set_choices(self.run_box, [(run_title(run), run.id) for run in runs])
        self._set_choices(self.entity_box, [(entity_text(name), name) for name in entities])
        self._set_choices(self.result_box, [(journal_result_text(name), name) for name in results])
        self.load_journal()

    def _set_choices(self, box: QComboBox, choices: list[tuple[str, object]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for text, value in choices:
            box.addItem(text, value)
        index = box.findData(current) if current is not ALL else 0
        box.setCurrentIndex(max(0, index))
        box.blockSignals(False)

    def load_journal(self) -> None:
        if self.session is None:
            return
        run_id, entity, result = self.run_box.currentData(), self.entity_box.currentData(), self.result_box.currentData()
        self.journal_reads.run(
            lambda ctx: shown_entries(
                ctx.store, ctx.store.journal_rows(run_id=run_id, entity=entity, result=result, limit=JOURNAL_LIMIT),
            ),
            self._journal_read,
            label=self.tr("Reading the journal"),
        )

    def _journal_read(self, rows: list[JournalEntry]) -> None:
        self._journal_loaded = True
        self.journal_model.set_items(rows)
        self._update_undo_buttons()
        filtered = any(box.currentData() is not ALL for box in (self.run_box, self.entity_box, self.result_box))
        if rows or filtered:
            self.journal_stack.show_content()
            if rows and not self._journal_fitted:
                self._journal_fitted = True
                self.journal_table.fit_columns(ui_state.load_json(JOURNAL_WIDTHS_KEY) or {})
        else:
            self.journal_stack.show_empty()

    # --- undo ------------------------------------------------------------------------------------

    def selected_entry(self) -> ShownEntry | None:
        rows = self.journal_table.selected_rows()
        return self.journal_model.item(rows[0]) if len(rows) == 1 else None

    def _push_run_of(self, entry: JournalEntry | None) -> Run | None:
        run = self._runs.get(entry.run_id) if entry is not None and entry.run_id is not None else None
        return run if run is not None and run.kind == PUSH and run.status is not None else None

    def _undoable_row(self, entry: JournalEntry | None) -> bool:
        return self._push_run_of(entry) is not None and entry.action in UNDOABLE_ROWS and entry.result == "ok"

    def _update_undo_buttons(self) -> None:
        entry = self.selected_entry()
        idle = self.session is not None and not (self.undo_reads.busy or self.undoing.busy)
        elsewhere = self.main_window.leases.held_elsewhere(PUSH)
        run_ok = idle and not elsewhere and self._push_run_of(entry) is not None
        row_ok = idle and not elsewhere and self._undoable_row(entry)
        self.undo_run_button.setEnabled(run_ok)
        self.undo_row_button.setEnabled(row_ok)
        for action, enabled in zip(self.undo_actions, (run_ok, row_ok)):
            action.setEnabled(enabled)
        if elsewhere:
            self.undo_run_button.setToolTip(lease_sentence(elsewhere))
        else:
            self.undo_run_button.setToolTip(
                self.tr("Send back to Odyssee the values it had before the push of the selected row (it asks first)")
                if run_ok else self.tr("Select a row of a push to undo that push")
            )

    def undo_selected_run(self) -> None:
        entry = self.selected_entry()
        if self._push_run_of(entry) is not None:
            self.ask_undo(entry.run_id)

    def undo_selected_row(self) -> None:
        entry = self.selected_entry()
        if self._undoable_row(entry):
            self.ask_undo(entry.run_id, entity=entry.entity, erp_key=entry.erp_key, row=entry.record or entry.erp_key)

    def ask_undo(self, run_id: int, *, entity: str | None = None, erp_key: str | None = None, row: str = "") -> None:
        """Read what an undo of the run (or of one row) would do, then ask before doing it."""
        from core.sync.undo import plan_undo

        if self.session is None or self.undoing.busy:
            return
        self.banner.clear()
        self.undo_reads.run(
            lambda ctx: plan_undo(ctx.store, run_id, entity=entity, erp_key=erp_key),
            lambda plan: self._ask(plan, row, entity, erp_key),
            label=self.tr("Reading what the push did"),
        )
        self._update_undo_buttons()

    def _ask(self, plan, row: str, entity: str | None, erp_key: str | None) -> None:
        self._update_undo_buttons()
        if self.session is None:
            return
        dialog = UndoConfirmation(self, plan, self.session.profile, row=row)
        dialog.ask(lambda: self._start_undo(plan.run_id, entity, erp_key, dialog.archive_creates))

    @property
    def undo_question(self) -> UndoConfirmation | None:
        """The question before an undo, while it is on screen."""
        return open_question(self, UndoConfirmation)

    def _start_undo(self, run_id: int, entity: str | None, erp_key: str | None, archive_creates: bool) -> None:
        from core.sync.undo import plan_undo, undo

        def work(ctx):
            with ctx.leased(PUSH) as store:
                # Read again under the lease: a push or an undo may have come since the question.
                fresh = plan_undo(store, run_id, entity=entity, erp_key=erp_key)
                return fresh, undo(ctx.client, store, fresh, ctx.control, archive_creates=archive_creates)

        self.undoing.run(
            work, self._undone, on_error=self._undo_failed, label=self.tr("Undoing a push"),
            progress=self.tr("Sending back what push run {0} changed…").format(run_id),
        )
        self._update_undo_buttons()

    def _undone(self, done) -> None:
        plan, result = done
        self._update_undo_buttons()
        counts = result.counts
        if result.run_id is None:
            self.banner.show_message(core_text(result.message), kind="info")
        else:
            sent = counts.get("ok", 0)
            parts = [counted(self.tr("%Ln sent back or archived", "", sent), sent)]
            conflicts = counts.get("conflict", 0)
            if conflicts == 1:
                parts.append(self.tr("1 conflict: changed in Odyssee since, kept as it is"))
            elif conflicts:
                parts.append(counted(self.tr("%Ln conflicts: changed in Odyssee since, kept as they are", "", conflicts), conflicts))
            if counts.get("failed"):
                parts.append(counted(self.tr("%Ln failed", "", counts["failed"]), counts["failed"]))
            problems = attention_lines(result.outcomes)
            kind = "success" if result.status == "ok" else "warning"
            sentence = (
                self.tr("Undo of push run {0} cancelled: {1}. The ERP still has its values: Pending pushes offers them again.")
                if result.cancelled else
                self.tr("Undo of push run {0} done: {1}. The ERP still has its values: Pending pushes offers them again.")
            )
            self.banner.show_message(sentence.format(plan.run_id, ", ".join(parts)), "\n".join(problems), kind=kind)
        self.main_window.announce(Changes(runs=True, journal=True, odyssee=True, pushed=True), self)
        self._journal_loaded = False
        self.refresh()

    def _undo_failed(self, failure: TaskFailure) -> None:
        if failure.result is not None:
            self._undone(failure.result)
            return
        self._update_undo_buttons()
        self.banner.show_failure(failure)

    def _push_one_for_the_tour(self) -> None:
        """Push one company of the demo (a create), so that the tour can show an undo question."""
        if self.session is None or any(run.kind == PUSH for run in self._runs.values()):
            return

        def work(ctx):
            from core.sync.push import push
            from gui.pages.push import make_plan

            plan = make_plan(ctx)
            change = next((c for c in plan.changes if c.entity == "Company" and c.action == "create"), None)
            if change is None:
                return None
            with ctx.leased(PUSH) as store:
                return push(plan, ctx.client, store, ctx.control, approve=[(change.entity, change.erp_key)])

        self.run(work, lambda _result: self.refresh(), label=self.tr("Pushing one company for the tour"))

    def _select_tour_push(self) -> None:
        for row in range(self.journal_model.rowCount()):
            if self._push_run_of(self.journal_model.item(row)) is not None:
                self.journal_table.select_row(row)
                return

    # --- request log -----------------------------------------------------------------------------

    def _flush_requests(self) -> None:
        records = self.feed.take()
        if not records:
            return
        scrollbar = self.requests_table.verticalScrollBar()
        at_bottom = scrollbar.value() >= scrollbar.maximum() - 2
        self.requests_model.append_items(records, keep_last=REQUEST_LOG_ROWS)
        if at_bottom:
            self.requests_table.scrollToBottom()
        if not self._requests_fitted and self.isVisible():
            self._fit_requests()
        self._update_requests_note()

    def _clear_requests(self) -> None:
        if self.session is not None and self.session.client is not None:
            self.session.client.log.clear()
        self.feed.take()
        self.requests_model.set_items([])
        self._update_requests_note()

    def _update_requests_note(self) -> None:
        count = self.requests_model.rowCount()
        failures = sum(1 for record in self.requests_model.items if record.status is None or record.status >= 400)
        kept = number_text(REQUEST_LOG_ROWS)
        if failures:
            text = counted(self.tr("%Ln request(s) this session (the latest {0} are kept), {1} without success", "", count), count)
            text = text.format(kept, number_text(failures))
        else:
            text = counted(self.tr("%Ln request(s) this session (the latest {0} are kept)", "", count), count).format(kept)
        self.requests_note.setText(text)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._requests_fitted and self.requests_model.rowCount():
            self._fit_requests()

    def _fit_requests(self) -> None:
        self._requests_fitted = True
        self.requests_table.fit_columns(ui_state.load_json(REQUEST_WIDTHS_KEY) or {})


__all__ = ["ActivityPage", "JOURNAL_COLUMNS", "REQUEST_COLUMNS", "RequestFeed", "ShownEntry", "shown_entries"]
