"""Pending pushes: what the ERP would change in Odyssee, reviewed row by row before anything is sent.

Compare → review → push, like WinSCP's synchronisation checklist and FreeFileSync's preview grid:

- The plan (:func:`core.sync.plan.build_plan`) is computed in the background, with progress and
  Cancel. The Overview's count builds one too; the first time this page is shown it takes that
  plan instead of asking the ERP and Odyssee again (:data:`SHARED_PLANS`).
- A strip sums the plan up per entity ("Companies: 20 create · 2 invalid"); a box per action
  checks or unchecks all of its rows at once (bulk select by category).
- The tree has a group per entity and a checkable row per change: creates, updates and links start
  checked, conflicts unchecked, invalid rows have no box and say why (in the row and its tooltip).
  "Changes only" hides links and unchanged rows.
- The selected change's fields are shown Picard-style below (Odyssee now → ERP proposes, added
  green, changed amber, edited-in-Odyssee red).
- "Push checked" sends the checked rows; each row's result is coloured in place. Unchecked rows
  are rejected by the push: they stay out of later plans until their ERP row changes — the page
  says so next to the buttons. "Compare again" makes a fresh plan.
"""
from __future__ import annotations

import threading
import weakref
from html import escape
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.errors import UserError
from core.odyssee.model import entity_label, entity_title
from core.state import PUSH, LeaseBusy
from core.sync.plan import (
    CONFLICT,
    CREATE,
    INVALID,
    LINK,
    UNCHANGED,
    UPDATE,
    PendingChange,
    Plan,
    build_plan,
    reader_for_profile,
)
from core.sync.push import push
from gui import ui_state
from gui.leases import BusyLine
from gui.models.plan_model import (
    ACTION_COLOURS,
    ADDED_BACKGROUND,
    CHANGED_BACKGROUND,
    CONFLICT_BACKGROUND,
    DETAILS_COLUMN,
    FieldDiffModel,
    PlanModel,
    counts_text,
    record_name,
)
from gui.pages.base import Page, TourStep
from gui.widgets.empty_state import empty_state
from gui.pages.recount import tell_overview
from gui.tasks import Task, TaskFailure
from gui.widgets.tables import DataTable

CATEGORY_TITLES = {CREATE: "Creates", UPDATE: "Updates", CONFLICT: "Conflicts", LINK: "Links"}
NOTHING_TO_PUSH = (CREATE, UPDATE, CONFLICT)  # the actions that change Odyssee
NO_ERP = "This profile names no ERP database, so there is nothing to compare with Odyssee. Set the ERP in Settings."
SKIP_HINT = (
    "Unchecked rows are skipped: the push records them as not approved and they come back only when "
    "their ERP row changes. Invalid rows are never sent; correct them in the ERP."
)


# ----------------------------------------------------------------------------------------------
# Background work (worker threads)


def make_plan(ctx: Any) -> Plan:
    """The profile's plan, unchanged rows included (the page can show them)."""
    reader = reader_for_profile(ctx.profile)
    try:
        return build_plan(reader, ctx.client, ctx.store, ctx.control, include_unchanged=True)
    finally:
        reader.close()


class SharedPlans:
    """The latest plan of the open session, made by whoever needed one first (the Overview's
    count or this page), so that opening the page right after the Overview costs nothing."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._session: weakref.ref | None = None
        self._plan: Plan | None = None

    def publish(self, session: Any, plan: Plan) -> None:
        with self._lock:
            self._session = weakref.ref(session)
            self._plan = plan

    def latest(self, session: Any) -> Plan | None:
        with self._lock:
            if self._session is not None and self._session() is session:
                return self._plan
            return None

    def forget(self) -> None:
        with self._lock:
            self._session = None
            self._plan = None


SHARED_PLANS = SharedPlans()


def pending_push_counts(ctx: Any) -> tuple[int, str]:
    """For the Overview: changes to push (creates, updates, conflicts) and the counts per action."""
    if not ctx.profile.erp_url:
        raise UserError("No ERP database is set for this profile.", field="erp_url")
    plan = make_plan(ctx)
    SHARED_PLANS.publish(ctx.session, plan)
    totals = plan.totals()
    detail = counts_text(totals)
    if plan.problems:
        detail = f"{detail} — {len(plan.problems)} problem{'s' if len(plan.problems) != 1 else ''}"
    return sum(totals.get(action, 0) for action in NOTHING_TO_PUSH), detail


# ----------------------------------------------------------------------------------------------
# The page


def push_under_lease(ctx: Any, plan: Plan, keys) -> Any:
    """Send the approved changes while holding the profile's push lease (worker thread)."""
    with ctx.leased(PUSH) as store:
        return push(plan, ctx.client, store, ctx.control, approve=keys)


def _legend() -> QLabel:
    chips = (
        (ADDED_BACKGROUND, ACTION_COLOURS[CREATE], "new value"),
        (CHANGED_BACKGROUND, ACTION_COLOURS[UPDATE], "changed"),
        (CONFLICT_BACKGROUND, ACTION_COLOURS[CONFLICT], "edited in Odyssee / problem"),
    )
    text = "&nbsp;&nbsp;".join(
        f"<span style='background:{background}; color:{colour}'>&nbsp;{label}&nbsp;</span>" for background, colour, label in chips
    )
    label = QLabel(text)
    label.setObjectName("muted")
    return label


class PushPage(Page):
    key = "push"
    title = "Pending pushes"
    subtitle = "What the ERP would change in Odyssee, row by row. Nothing is sent until you press Push."

    def __init__(self, window) -> None:
        super().__init__(window)
        self._plan_task: Task | None = None
        self._push_task: Task | None = None
        self._pushed = False
        self._pushed_keys: set[tuple[str, str]] = set()
        self._needs_plan = True

        self.compare_button = QPushButton("Compare again")
        self.compare_button.setToolTip("Read the ERP again and compare it with Odyssee")
        self.compare_button.clicked.connect(lambda: self.compare())
        self.header_row.addWidget(self.compare_button)

        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setStyleSheet(
            "QLabel#planSummary { background: #f4f6f8; border: 1px solid #d5dbe2; border-radius: 4px; padding: 6px 8px; }"
        )

        self.category_boxes: dict[str, QCheckBox] = {}
        categories = QHBoxLayout()
        categories.addWidget(QLabel("Check:"))
        for action, title in CATEGORY_TITLES.items():
            box = QCheckBox(title)
            box.setTristate(True)
            box.setStyleSheet(f"QCheckBox {{ color: {ACTION_COLOURS[action]}; }}")
            box.clicked.connect(lambda _checked=False, action=action: self._category_clicked(action))
            self.category_boxes[action] = box
            categories.addWidget(box)
        self.invalid_label = QLabel()
        self.invalid_label.setStyleSheet(f"color: {ACTION_COLOURS[INVALID]};")
        categories.addSpacing(8)
        categories.addWidget(self.invalid_label)
        categories.addStretch(1)
        self.changes_only = QCheckBox("Changes only")
        self.changes_only.setToolTip("Hide the rows already equal in Odyssee (links) and those without a change")
        self.changes_only.setChecked(True)
        self.changes_only.toggled.connect(self._changes_only_toggled)
        categories.addWidget(self.changes_only)

        self.model = PlanModel(self)
        self.model.set_warning_icon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setStyleSheet("QTreeView::item { padding: 2px 0px; }")
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 80, 250, 400)):
            header.resizeSection(column, width)
        self.tree_empty = empty_state("Comparing the ERP with Odyssee…")
        self.tree_stack = QStackedWidget()
        self.tree_stack.addWidget(self.tree_empty)
        self.tree_stack.addWidget(self.tree)

        self.diff_title = QLabel("Fields")
        self.diff_title.setObjectName("sectionTitle")
        self.diff_title.setTextFormat(Qt.TextFormat.RichText)
        self.diff_problems = QLabel()
        self.diff_problems.setWordWrap(True)
        self.diff_problems.setStyleSheet(f"color: {ACTION_COLOURS[INVALID]};")
        self.diff_problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.diff_problems.hide()
        self.diff_model = FieldDiffModel(self)
        self.diff_table = DataTable()
        self.diff_table.setModel(self.diff_model)
        diff_header = self.diff_table.horizontalHeader()
        diff_header.setSectionsMovable(False)
        diff_header.setStretchLastSection(False)
        diff_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            diff_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.diff_hint = empty_state("Select a row to see its fields: what Odyssee has now and what the ERP proposes.")
        self.diff_stack = QStackedWidget()
        self.diff_stack.addWidget(self.diff_hint)
        self.diff_stack.addWidget(self.diff_table)
        diff_box = QWidget()
        diff_layout = QVBoxLayout(diff_box)
        diff_layout.setContentsMargins(0, 4, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.diff_title, 1)
        title_row.addWidget(_legend())
        diff_layout.addLayout(title_row)
        diff_layout.addWidget(self.diff_problems)
        diff_layout.addWidget(self.diff_stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tree_stack)
        self.splitter.addWidget(diff_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([380, 260])
        self.splitter.setChildrenCollapsible(False)

        self.skip_hint = QLabel(SKIP_HINT)
        self.skip_hint.setObjectName("muted")
        self.skip_hint.setWordWrap(True)
        self.skip_button = QPushButton("Skip selected")
        self.skip_button.setToolTip("Uncheck the selected rows: they are not sent")
        self.skip_button.clicked.connect(self.skip_selected)
        self.push_button = QPushButton("Push checked")
        self.push_button.setDefault(True)
        self.push_button.clicked.connect(self.push_checked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_hint, 1)
        bottom.addWidget(self.skip_button)
        bottom.addWidget(self.push_button)
        self.busy_line = BusyLine(PUSH, "You can push from here when it has ended; compare again then.")

        self.body.addWidget(self.summary)
        self.body.addLayout(categories)
        self.body.addWidget(self.splitter, 1)
        self.body.addWidget(self.busy_line)
        self.body.addLayout(bottom)
        window.leases.changed.connect(self._update_controls)

        self.model.modelReset.connect(self._model_reset)
        self.model.approvals_changed.connect(self._update_controls)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        ui_state.restore_splitter(self.splitter, "push/splitter")
        self._show_plan(None)

    # --- page hooks ------------------------------------------------------------------------------

    def on_session(self, session) -> None:
        self._plan_task = None
        self._push_task = None
        self._needs_plan = True
        self._show_plan(None, "" if session is not None else "Open a profile to compare its ERP with Odyssee.")
        if session is not None and self.isVisible():
            self.compare(use_shared=True)

    def on_shown(self, first: bool) -> None:
        if self._needs_plan:
            self.compare(use_shared=True)

    def tour_steps(self) -> list[TourStep]:
        return [
            ("plan", [self.ensure_plan, lambda: self.select_first(entity="Company", action=CREATE)]),
            ("invalid", [lambda: self.select_first(action=INVALID)]),
        ]

    def save_layout(self) -> None:
        ui_state.save_splitter(self.splitter, "push/splitter")

    # --- the plan --------------------------------------------------------------------------------

    @property
    def plan(self) -> Plan | None:
        return self.model.plan

    def ensure_plan(self) -> None:
        """Compare unless a plan is shown or being made (the tour and tests use it)."""
        if self.plan is None and self._plan_task is None:
            self.compare(use_shared=True)

    def compare(self, *, use_shared: bool = False) -> None:
        """Make a fresh plan in the background (or take the one the Overview just made)."""
        session = self.session
        if session is None or self._push_task is not None:
            return
        self._needs_plan = False
        if not session.profile.erp_url:
            self._show_plan(None, NO_ERP)
            self.banner.show_message(NO_ERP, kind="info", action=("Open Settings", lambda: self.main_window.go_to("settings")))
            return
        if use_shared:
            shared = SHARED_PLANS.latest(session)
            if shared is not None:
                self.banner.clear()
                self._show_plan(shared)
                return
        if self._plan_task is not None:
            self._plan_task.cancel()
        self.banner.clear()
        self._show_plan(None, "Comparing the ERP with Odyssee…")
        task = self.run(
            make_plan,
            lambda plan: self._plan_made(session, task, plan),
            on_error=lambda failure: self._plan_failed(task, failure),
            label="Comparing the ERP with Odyssee",
            progress="Reading the ERP and comparing it with Odyssee…",
        )
        self._plan_task = task
        self._update_controls()

    def _plan_made(self, session, task: Task | None, plan: Plan) -> None:
        if task is not self._plan_task or session is not self.session:
            return
        self._plan_task = None
        SHARED_PLANS.publish(session, plan)
        self._show_plan(plan)
        self._refresh_overview()

    def _plan_failed(self, task: Task | None, failure: TaskFailure) -> None:
        if task is not self._plan_task:
            return
        self._plan_task = None
        if failure.cancelled:
            self._show_plan(None, "Comparison cancelled. Press “Compare again” to start it anew.")
            return
        self._show_plan(None, "No comparison: see the message above.")
        self.banner.show_failure(failure, action=("Try again", self.compare))

    def _show_plan(self, plan: Plan | None, empty_text: str = "") -> None:
        self._pushed = False
        self.model.set_plan(plan)
        if plan is None:
            self.tree_empty.setText(empty_text or "Comparing the ERP with Odyssee…")
            self.tree_stack.setCurrentWidget(self.tree_empty)
        elif not self.model.rowCount():
            self.tree_empty.setText(_nothing_to_review(plan))
            self.tree_stack.setCurrentWidget(self.tree_empty)
        else:
            self.tree_stack.setCurrentWidget(self.tree)
        if plan is not None and plan.problems:
            kind = "warning" if plan.changes else "error"
            first = plan.problems[0]
            more = f" (and {len(plan.problems) - 1} more problems)" if len(plan.problems) > 1 else ""
            self.banner.show_message(
                f"Part of the comparison could not be made: {first}{more}", "\n".join(plan.problems), kind=kind,
                action=("Open Settings", lambda: self.main_window.go_to("settings")),
            )
        self._update_summary()
        self._update_controls()
        self._show_change(None)
        if plan is not None and self.model.rowCount():
            self.select_first()

    def _model_reset(self) -> None:
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()

    def _changes_only_toggled(self, checked: bool) -> None:
        current = self._current_change()
        self.model.set_changes_only(checked)
        if self.plan is not None:
            self.tree_empty.setText(_nothing_to_review(self.plan))
            self.tree_stack.setCurrentWidget(self.tree if self.model.rowCount() else self.tree_empty)
        if current is not None and self.model.index_of(current).isValid():
            self.select_change(current)
        else:
            self._show_change(None)

    # --- the summary and the category boxes ------------------------------------------------------

    def _update_summary(self) -> None:
        plan = self.plan
        if plan is None:
            self.summary.setText("<span style='color:#5f6b7a'>No comparison yet.</span>")
            return
        parts = []
        for entity, counts in plan.counts.items():
            words = " · ".join(
                f"<span style='color:{ACTION_COLOURS[action]}'>{counts[action]:,} {action}</span>"
                for action in (CREATE, UPDATE, CONFLICT, LINK, INVALID)
                if counts.get(action)
            )
            if not words:
                words = "<span style='color:#6b7580'>nothing to push</span>"
            parts.append(f"<span style='white-space:nowrap'><b>{entity_title(entity)}:</b> {words}</span>")
        text = "&nbsp;&nbsp;&nbsp; ".join(parts) or "The mapping names no entity."
        self.summary.setText(text)
        self.summary.setToolTip(
            f"Compared at {plan.created_at} with {plan.api_calls} requests to Odyssee."
        )

    def _category_clicked(self, action: str) -> None:
        checked = self.model.action_state(action) != Qt.CheckState.Checked
        self.model.set_action_approved(action, checked)

    def _update_controls(self) -> None:
        counts = self.model.action_counts()
        locked = self._pushed or self._push_task is not None
        for action, box in self.category_boxes.items():
            number = counts.get(action, 0)
            box.blockSignals(True)
            box.setText(f"{CATEGORY_TITLES[action]} ({number:,})")
            box.setCheckState(self.model.action_state(action))
            box.setEnabled(bool(number) and not locked)
            box.blockSignals(False)
        invalid = counts.get(INVALID, 0)
        self.invalid_label.setText(f"{invalid:,} invalid: cannot be pushed" if invalid else "")
        checked = len(self.model.checked_changes())
        elsewhere = self.main_window.leases.held_elsewhere(PUSH)
        self.busy_line.show_lease(elsewhere if self._push_task is None else None)
        self.push_button.setText(f"Push checked ({checked:,})" if checked else "Push checked")
        self.push_button.setEnabled(bool(checked) and not locked and self._plan_task is None and elsewhere is None)
        self.skip_button.setEnabled(self.plan is not None and not locked)
        self.compare_button.setEnabled(self.session is not None and self._push_task is None)

    # --- selection and the diff ------------------------------------------------------------------

    def select_first(self, *, entity: str | None = None, action: str | None = None) -> PendingChange | None:
        """Select the first shown change (of an entity and/or action); the tour and tests use it."""
        for change in self.model.visible_changes():
            if (entity is None or change.entity == entity) and (action is None or change.action == action):
                self.select_change(change)
                return change
        return None

    def select_change(self, change: PendingChange) -> None:
        index = self.model.index_of(change)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.selectionModel().select(
                index, self.tree.selectionModel().SelectionFlag.ClearAndSelect | self.tree.selectionModel().SelectionFlag.Rows
            )
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _current_change(self) -> PendingChange | None:
        return self.model.change(self.tree.currentIndex())

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.tree.selectionModel().selectedRows(0)
        changes = [self.model.change(index) for index in rows]
        changes = [change for change in changes if change is not None]
        self._show_change(changes[0] if len(changes) == 1 and len(rows) == 1 else None, selected=len(rows))

    def _show_change(self, change: PendingChange | None, *, selected: int = 0) -> None:
        self.diff_model.set_change(change)
        if change is None:
            self.diff_title.setText("Fields" if selected <= 1 else f"{selected} rows selected")
            self.diff_problems.hide()
            self.diff_stack.setCurrentWidget(self.diff_hint)
            return
        colour = ACTION_COLOURS.get(change.action, "#1d2b3a")
        name = record_name(change)
        self.diff_title.setText(
            f"{entity_label(change.entity).capitalize()} <b>{escape(change.erp_key)}</b>"
            + (f" · {escape(name)}" if name else "")
            + f" — <span style='color:{colour}'>{change.action}</span>"
        )
        if change.problems:
            self.diff_problems.setText("Cannot be pushed: " + "; ".join(change.problems))
            self.diff_problems.show()
        elif change.action == CONFLICT:
            self.diff_problems.setText(
                "Someone edited this record in Odyssee since the last push. Check the row to overwrite their edit with the ERP's values."
            )
            self.diff_problems.show()
        else:
            self.diff_problems.hide()
        self.diff_table.setColumnHidden(3, not self.diff_model.has_pushed_values)
        self.diff_stack.setCurrentWidget(self.diff_table)

    # --- skipping and pushing --------------------------------------------------------------------

    def skip_selected(self) -> None:
        changes = []
        for index in self.tree.selectionModel().selectedRows(0):
            change = self.model.change(index)
            if change is not None:
                changes.append(change)
            else:
                entity = self.model.group_entity(index)
                changes.extend(c for c in self.model.visible_changes() if c.entity == entity)
        self.model.set_approved(changes, False)

    def push_checked(self) -> None:
        plan = self.plan
        chosen = self.model.checked_changes()
        if plan is None or not chosen or self._push_task is not None or self._pushed:
            return
        keys = [(change.entity, change.erp_key) for change in chosen]
        self._pushed_keys = set(keys)
        self.model.set_locked(True)
        self.banner.clear()
        task = self.run(
            lambda ctx: push_under_lease(ctx, plan, keys),
            lambda result: self._push_done(task, result),
            on_error=lambda failure: self._push_failed(task, failure),
            label="Pushing to Odyssee",
            progress=f"Pushing {len(keys):,} changes to Odyssee…",
        )
        self._push_task = task
        self._update_controls()

    def _push_done(self, task: Task | None, result) -> None:
        if task is not self._push_task:
            return  # the profile changed meanwhile: this page shows another plan now
        self._push_task = None
        self._show_outcomes(result)

    def _push_failed(self, task: Task | None, failure: TaskFailure) -> None:
        if task is not self._push_task:
            return
        self._push_task = None
        if failure.result is not None:
            self._show_outcomes(failure.result)
            return
        self.model.set_locked(False)
        self._update_controls()
        if isinstance(failure.error, LeaseBusy):
            self.main_window.leases.refresh()  # the line under the buttons says who, from now on
        if not failure.cancelled:
            self.banner.show_failure(failure)

    def _show_outcomes(self, result) -> None:
        self._pushed = True
        SHARED_PLANS.forget()
        self.model.set_outcomes(result.outcomes)
        counts = result.counts
        chosen = self._pushed_keys
        sent = [outcome for outcome in result.outcomes if (outcome.entity, outcome.erp_key) in chosen]
        rejected = sum(1 for o in result.outcomes if (o.entity, o.erp_key) not in chosen and o.action != INVALID)
        invalid = sum(1 for outcome in result.outcomes if outcome.action == INVALID)
        parts = [f"{counts.get('ok', 0):,} done"]
        for status, word in (("failed", "failed"), ("conflict", "conflicts")):
            if counts.get(status):
                parts.append(f"{counts[status]:,} {word}")
        skipped = sum(1 for outcome in sent if outcome.status == "skipped")
        if skipped:
            parts.append(f"{skipped:,} skipped")
        summary = ", ".join(parts)
        left_out = []
        if rejected:
            left_out.append(f"{rejected:,} not approved (hidden until their ERP row changes)")
        if invalid:
            left_out.append(f"{invalid:,} invalid, not sent")
        after = f" {'; '.join(left_out).capitalize()}." if left_out else ""
        compare = ("Compare again", self.compare)
        if result.cancelled:
            self.banner.show_message(f"Push cancelled: {summary}. The rest was not sent.", kind="warning", action=compare)
        elif result.status == "ok":
            self.banner.show_message(
                f"Pushed to Odyssee: {summary} ({result.api_calls:,} requests).{after}",
                kind="success", action=compare,
            )
        else:
            problems = [f"{o.key}: {o.status} — {o.message}" for o in result.outcomes if o.needs_attention]
            self.banner.show_message(
                f"Pushed with problems: {summary}. The rows in red say why.", "\n".join(problems), kind="warning", action=compare,
            )
        self._update_controls()
        self._refresh_overview()

    def _refresh_overview(self) -> None:
        if self._pushed:
            tell_overview(self.main_window, "pushes")
        elif self.plan is not None:
            totals = self.plan.totals()
            tell_overview(self.main_window, "pushes", sum(totals.get(action, 0) for action in NOTHING_TO_PUSH), counts_text(totals))

    # --- for tests --------------------------------------------------------------------------------

    def row_texts(self, column: int = DETAILS_COLUMN) -> dict[str, str]:
        """``Entity:erp_key`` → the text of a column, for every shown change."""
        result = {}
        for change in self.model.visible_changes():
            result[change.key] = self.model.index_of(change, column).data() or ""
        return result


def _nothing_to_review(plan: Plan) -> str:
    totals = plan.totals()
    text = "Nothing to review: Odyssee has every ERP change."
    if totals.get(LINK):
        text += (
            f" {totals[LINK]:,} ERP rows are already in Odyssee with the same values: pushing only records "
            "which record is theirs (untick “Changes only” to see them)."
        )
    if totals.get(UNCHANGED):
        text += f" {totals[UNCHANGED]:,} rows are unchanged since the last push."
    return text


__all__ = ["PushPage", "SHARED_PLANS", "SharedPlans", "make_plan", "pending_push_counts"]
