"""Pending pushes: what the ERP would change in Odyssee, reviewed row by row before anything is sent.

Compare → review → push, like WinSCP's synchronisation checklist and FreeFileSync's preview grid:

- The plan (:func:`core.sync.plan.build_plan`) is computed in the background, with progress and
  Cancel. The Overview's count builds one too and hands it on (``Changes.plan``, the window's
  ``changed`` signal); the first time this page is shown it takes that plan instead of asking the
  ERP and Odyssee again.
- A strip sums the plan up per entity ("Companies: 20 create · 2 invalid"); a box per action
  checks or unchecks all of its rows at once (bulk select by category).
- The tree has a group per entity and a checkable row per change: creates, updates and links start
  checked, conflicts unchecked, invalid rows have no box and say why (in the row and its tooltip).
  "Changes only" hides links and unchanged rows.
- The selected change's fields are shown Picard-style below (Odyssee now → ERP proposes, added
  green, changed amber, edited-in-Odyssee red).
- "Push checked" asks first (:mod:`gui.pages.push_confirm`: the counts per entity and action,
  the tenant, production or not; Cancel is the default), then sends the checked rows; each row's
  result is coloured in place. Unchecked rows are not sent and stay pending: the next comparison
  shows them again. "Compare again" makes a fresh plan.
- "Skip" (a button, and the rows' context menu) is a decision the store keeps
  (:mod:`core.sync.skip`): the rows leave the list until their ERP row changes. The "Skipped"
  filter lists them, and "Bring back" takes the decision back: they are pending again.
"""
from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QItemSelection, QModelIndex, QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStyle,
    QTreeView,
)

from core.errors import UserError
from core.services.changes import PENDING_PUSHES, Changes, changes_of
from core.state import PUSH
from core.sync.plan import (
    CONFLICT,
    CREATE,
    INVALID,
    LINK,
    SKIPPED,
    UNCHANGED,
    UPDATE,
    PendingChange,
    Plan,
    build_plan,
    reader_for_profile,
)
from core.sync.push import push
from core.sync.skip import bring_back, skip
from gui.models.counts import pending_count
from gui.models.formatting import number_text
from gui.models.plan_model import (
    ACTION_COLOURS,
    ADDED_BACKGROUND,
    CHANGED_BACKGROUND,
    CONFLICT_BACKGROUND,
    DETAILS_COLUMN,
    GREY,
    FieldDiffModel,
    PlanModel,
    action_text,
    count_text,
    record_name,
)
from gui.models.reasons import reasons_text
from gui.models.sentences import attention_lines
from gui.models.words import capitalised, counted, entity_text, entity_title_text
from gui.pages.base import TourStep
from gui.pages.list_detail import ListDetailPage
from gui.pages.push_confirm import PushConfirmation, open_question
from gui.tasks import TaskFailure
from gui.widgets.build import add_parts, button, hbox, label, panel
from gui.widgets.empty_state import EmptyStateStack
from gui.widgets.palette import readable
from gui.widgets.tables import DataTable

# English source texts, translated in the PushPage context where they are shown.
CATEGORY_TITLES = {
    CREATE: QT_TRANSLATE_NOOP("PushPage", "Creates"),
    UPDATE: QT_TRANSLATE_NOOP("PushPage", "Updates"),
    CONFLICT: QT_TRANSLATE_NOOP("PushPage", "Conflicts"),
    LINK: QT_TRANSLATE_NOOP("PushPage", "Links"),
}
NO_ERP = QT_TRANSLATE_NOOP(
    "PushPage", "This profile names no ERP database, so there is nothing to compare with Odyssee. Set the ERP in Settings.",
)
SKIP_HINT = QT_TRANSLATE_NOOP(
    "PushPage",
    "Unchecked rows are not sent and stay pending. Skip sets rows aside: they leave this list (see "
    "“Skipped”) until their ERP row changes or you bring them back. Invalid rows are never sent; correct them in the ERP.",
)
SKIPPED_HINT = QT_TRANSLATE_NOOP(
    "PushPage",
    "Skipped rows are not sent and not counted as pending until their ERP row changes. "
    "Bring back makes the selected ones pending again.",
)



# ----------------------------------------------------------------------------------------------
# Background work (worker threads)


def make_plan(ctx: Any) -> Plan:
    """The profile's plan, unchanged and skipped rows included (the page can show them)."""
    reader = reader_for_profile(ctx.profile)
    try:
        return build_plan(reader, ctx.client, ctx.store, ctx.control, include_unchanged=True, include_skipped=True)
    finally:
        reader.close()


def pending_push_counts(ctx: Any) -> Changes:
    """For the Overview: the changes to push, counted, and the plan they come from (for this page)."""
    if not ctx.profile.erp_url:
        raise UserError(QCoreApplication.translate("PushPage", "No ERP database is set for this profile."), field="erp_url")
    plan = make_plan(ctx)
    return Changes(plan=plan).with_count(PENDING_PUSHES, pending_count(plan))


# ----------------------------------------------------------------------------------------------
# The page


def push_under_lease(ctx: Any, plan: Plan, keys) -> Any:
    """Send the approved changes while holding the profile's push lease (worker thread)."""
    with ctx.leased(PUSH) as store:
        return push(plan, ctx.client, store, ctx.control, approve=keys)


# A skip or a bring-back writes what the next push reads (and a bring-back moves the watermark
# back): under the push lease, so that neither lands in the middle of a colleague's push.

def skip_under_lease(ctx: Any, changes: list[PendingChange]) -> str:
    with ctx.leased(PUSH) as store:
        return skip(store, changes)


def bring_back_under_lease(ctx: Any, keys: list[tuple[str, str]]) -> list[tuple[str, str]]:
    with ctx.leased(PUSH) as store:
        return bring_back(store, keys)


def _legend() -> QLabel:
    chips = (
        (ADDED_BACKGROUND, ACTION_COLOURS[CREATE], QCoreApplication.translate("PushPage", "new value")),
        (CHANGED_BACKGROUND, ACTION_COLOURS[UPDATE], QCoreApplication.translate("PushPage", "changed")),
        (CONFLICT_BACKGROUND, ACTION_COLOURS[CONFLICT], QCoreApplication.translate("PushPage", "edited in Odyssee / problem")),
    )
    text = "&nbsp;&nbsp;".join(
        f"<span style='background:{background}; color:{colour}'>&nbsp;{meaning}&nbsp;</span>" for background, colour, meaning in chips
    )
    return label(text, role="muted")


class PushPage(ListDetailPage):
    key = "push"
    title = "Pending pushes"
    subtitle = QT_TRANSLATE_NOOP("PushPage", "What the ERP would change in Odyssee, row by row. Nothing is sent until you press Push.")
    job = PUSH
    busy_then = QT_TRANSLATE_NOOP("PushPage", "You can push from here when it has ended; compare again then.")

    def __init__(self, window) -> None:
        super().__init__(window)
        self._pushed = False
        self._pushed_keys: set[tuple[str, str]] = set()
        self._offered: Plan | None = None  # the latest plan made elsewhere for this profile (the Overview's)
        # After a bring-back the plan is made again: the checks the user made carry over, and the
        # rows brought back are selected.
        self._checks_to_keep: dict[tuple[str, str], tuple[str, bool]] = {}
        self._select_after_load: set[tuple[str, str]] = set()
        self._tour_skipped: list[tuple[str, str]] = []

        # What the list shows, on the title's line: the line of check boxes below is wide already.
        self.changes_only = QCheckBox(self.tr("Changes only"))
        self.changes_only.setToolTip(self.tr("Hide the rows already equal in Odyssee (links) and those without a change"))
        self.changes_only.setChecked(True)
        self.changes_only.toggled.connect(self._view_changed)
        self.skipped_filter = QCheckBox(self.tr("Skipped"))
        self.skipped_filter.setToolTip(self.tr("List only the rows skipped earlier: “Bring back” makes them pending again"))
        self.skipped_filter.toggled.connect(self._view_changed)
        add_parts(self.header_row, [self.changes_only, self.skipped_filter, 12])
        self.compare_button = self.add_header_button(
            self.tr("Compare again"), self.compare, tooltip=self.tr("Read the ERP again and compare it with Odyssee"),
        )

        self.summary = label(role="planSummary", wrap=True, rich=True)

        self.category_boxes: dict[str, QCheckBox] = {}
        categories = QHBoxLayout()
        categories.addWidget(QLabel(self.tr("Check:")))
        for action, title in CATEGORY_TITLES.items():
            box = QCheckBox(self.tr(title))
            box.setTristate(True)
            box.clicked.connect(lambda _checked=False, action=action: self._category_clicked(action))
            self.category_boxes[action] = box
            categories.addWidget(box)
        self.invalid_label = QLabel()
        self._colour_categories()
        categories.addSpacing(8)
        # It takes the rest of the line and wraps there: a long sentence (in Dutch) never widens the page.
        self.invalid_label.setWordWrap(True)
        categories.addWidget(self.invalid_label, 1)

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
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 110, 250, 400)):  # the action as wide as the longest word (Dutch)
            header.resizeSection(column, width)
        self.list_stack = EmptyStateStack(self.tree, self.tr("Comparing the ERP with Odyssee…"))

        self.diff_title = label(self.tr("Fields"), role="sectionTitle", rich=True)
        self.diff_problems = label(wrap=True, selectable=True)
        self.diff_problems.setStyleSheet(f"color: {ACTION_COLOURS[INVALID]};")
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
        self.diff_stack = EmptyStateStack(
            self.diff_table, self.tr("Select a row to see its fields: what Odyssee has now and what the ERP proposes."),
        )
        diff_box = panel(
            hbox((self.diff_title, 1), _legend()), self.diff_problems, (self.diff_stack, 1), margins=(0, 4, 0, 0),
        )

        self.skip_hint = label(self.tr(SKIP_HINT), role="muted", wrap=True)
        self.skip_button = button(
            self.tr("Skip selected"), self.skip_selected,
            tooltip=self.tr("Set the selected rows aside: not sent, and out of this list until their ERP row changes"),
        )
        self.bring_back_button = button(
            self.tr("Bring back selected"), self.bring_back_selected,
            tooltip=self.tr("Take back the skip: the selected rows are pending again"),
        )
        self.bring_back_button.hide()
        self.push_button = button(self.tr("Push checked"), self.push_checked, default=True)
        self.body.addWidget(self.summary)
        self.body.addLayout(categories)
        self.lay_out_lists(
            self.list_stack, diff_box, orientation=Qt.Orientation.Vertical, sizes=(380, 260),
            status=self.skip_hint, buttons=(self.skip_button, self.bring_back_button, self.push_button),
        )

        self.model.modelReset.connect(self._model_reset)
        self.model.approvals_changed.connect(self._update_controls)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self._show_plan(None)

    # --- page hooks ------------------------------------------------------------------------------

    def _colour_categories(self) -> None:
        """The "Check:" boxes in their actions' colours, made readable on the palette of the moment."""
        background = self.palette().color(QPalette.ColorRole.Window)
        for action, box in self.category_boxes.items():
            box.setStyleSheet(f"QCheckBox {{ color: {readable(ACTION_COLOURS[action], background).name()}; }}")
        self.invalid_label.setStyleSheet(f"color: {readable(ACTION_COLOURS[INVALID], background).name()};")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the desktop went dark (or light) meanwhile
            self._colour_categories()

    def clear_lists(self, session) -> None:
        self._offered = None
        self._show_plan(None, "" if session is not None else self.tr("Open a profile to compare its ERP with Odyssee."))

    def on_changes(self, changes: Changes, own: bool) -> None:
        """A plan made elsewhere (the Overview's count) is kept for when this page needs one."""
        if own:
            return
        if changes.plan is not None:
            self._offered = changes.plan
        elif changes.pushed:
            self._offered = None

    def tour_steps(self) -> list[TourStep]:
        return [
            ("plan", [self.ensure_plan, lambda: self.select_first(entity="Company", action=CREATE)]),
            ("invalid", [lambda: self.select_first(action=INVALID)]),
            # The tour cancels the question once it has its picture: nothing is sent.
            ("confirm", [lambda: self.select_first(entity="Company", action=CREATE), self.push_checked]),
            ("skipped", [self._skip_one_for_the_tour, lambda: self.show_skipped(True)]),
        ]

    def tour_finished(self) -> None:
        """Take back the tour's skip: the demo's state stays as the tour found it."""
        if self._tour_skipped:
            self.bring_back(self._tour_skipped)
            self._tour_skipped = []

    def _skip_one_for_the_tour(self) -> None:
        # A project: nothing depends on it, so the rest of the plan reads as before.
        change = self.select_first(entity="Project", action=CREATE) or self.select_first(action=CREATE)
        if change is not None:
            self._tour_skipped = [(change.entity, change.erp_key)]
            self.skip([change])

    # --- the plan --------------------------------------------------------------------------------

    @property
    def plan(self) -> Plan | None:
        return self.model.plan

    def ensure_plan(self) -> None:
        """Compare unless a plan is shown or being made (the tour and tests use it)."""
        if self.plan is None and not self.loading.busy:
            self.compare(use_shared=True)

    def refresh(self) -> None:
        """A profile opened, or the page is first shown: the plan the Overview just made will do."""
        self.compare(use_shared=True)

    def compare(self, *, use_shared: bool = False) -> None:
        """Make a fresh plan in the background (or take the one the Overview just made)."""
        if not self._start_reading():
            return
        session = self.session
        if not session.profile.erp_url:
            self._show_plan(None, self.tr(NO_ERP))
            self.point_to_settings(self.tr(NO_ERP))
            return
        if use_shared:
            shared, self._offered = self._offered, None
            if shared is not None:
                self.banner.clear()
                self._show_plan(shared)
                return
        self.banner.clear()
        self._show_plan(None, self.tr("Comparing the ERP with Odyssee…"))
        self._read_list(make_plan, self.tr("Comparing the ERP with Odyssee"), self.tr("Reading the ERP and comparing it with Odyssee…"))
        self._update_controls()

    def _loaded(self, plan: Plan) -> None:
        kept, self._checks_to_keep = self._checks_to_keep, {}
        for change in plan.pending():
            hash_and_check = kept.get((change.entity, change.erp_key))
            if hash_and_check is not None and hash_and_check[0] == change.hash and change.approvable:
                change.approved = hash_and_check[1]
        wanted, self._select_after_load = self._select_after_load, set()
        self._show_plan(plan)
        brought = [change for change in self.model.visible_changes() if (change.entity, change.erp_key) in wanted]
        if brought:
            self.select_change(brought[0])
        self.main_window.announce(Changes(plan=plan), self)

    def _load_failed(self, failure: TaskFailure) -> None:
        if failure.cancelled:
            self._show_plan(None, self.tr("Comparison cancelled. Press “Compare again” to start it anew."))
            return
        self._show_plan(None, self.tr("No comparison: see the message above."))
        self.banner.show_failure(failure, action=(self.tr("Try again"), self.compare))

    def _show_plan(self, plan: Plan | None, empty_text: str = "") -> None:
        self._pushed = False
        self.model.set_plan(plan)
        if plan is None:
            self.list_stack.show_empty(empty_text or self.tr("Comparing the ERP with Odyssee…"))
        else:
            self._show_rows_or_why_none()
        if plan is not None and plan.problems:
            kind = "warning" if plan.changes else "error"
            first = plan.problems[0]
            others = len(plan.problems) - 1
            if others:
                sentence = counted(self.tr(
                    "Part of the comparison could not be made: {0} (and %Ln more problem(s))", "", others,
                ), others).format(first)
            else:
                sentence = self.tr("Part of the comparison could not be made: {0}").format(first)
            self.point_to_settings(sentence, "\n".join(plan.problems), kind=kind)
        self._update_summary()
        self._update_controls()
        self._show_change(None)
        if plan is not None and self.model.rowCount():
            self.select_first()

    def _model_reset(self) -> None:
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()

    def show_skipped(self, shown: bool) -> None:
        """Switch the "Skipped" filter (the tour and tests use it) and select the first row."""
        self.skipped_filter.setChecked(shown)
        if self._current_change() is None:
            self.select_first()

    def _view_changed(self) -> None:
        """"Changes only" or "Skipped" toggled: the same rows stay selected where still shown."""
        current = self._current_change()
        skipped_only = self.skipped_filter.isChecked()
        self.model.set_view(changes_only=self.changes_only.isChecked(), skipped_only=skipped_only)
        self.skip_hint.setText(self.tr(SKIPPED_HINT if skipped_only else SKIP_HINT))
        self.skip_button.setVisible(not skipped_only)
        self.bring_back_button.setVisible(skipped_only)
        self.changes_only.setEnabled(not skipped_only)
        self._update_controls()
        if self.plan is not None:
            self._show_rows_or_why_none()
        if current is not None and self.model.index_of(current).isValid():
            self.select_change(current)
        else:
            self._show_change(None)

    def _show_rows_or_why_none(self) -> None:
        if self.model.rowCount():
            self.list_stack.show_content()
        elif self.plan is not None:
            self.list_stack.show_empty(_nothing_to_review(self.plan, skipped_view=self.model.skipped_only))

    # --- the summary and the category boxes ------------------------------------------------------

    def _update_summary(self) -> None:
        plan = self.plan
        if plan is None:
            self.summary.setText("<span style='color:#5f6b7a'>{0}</span>".format(escape(self.tr("No comparison yet."))))
            return
        parts = []
        for entity, counts in plan.counts.items():
            words = " · ".join(
                f"<span style='color:{ACTION_COLOURS[action]}'>{count_text(action, counts[action])}</span>"
                for action in (CREATE, UPDATE, CONFLICT, LINK, INVALID, SKIPPED)
                if counts.get(action)
            )
            if not words:
                words = "<span style='color:#6b7580'>{0}</span>".format(escape(self.tr("nothing to push")))
            entry = self.tr("<b>{0}:</b> {1}").format(escape(entity_title_text(entity)), words)
            parts.append(f"<span style='white-space:nowrap'>{entry}</span>")
        text = "&nbsp;&nbsp;&nbsp; ".join(parts) or escape(self.tr("The mapping names no entity."))
        self.summary.setText(text)
        self.summary.setToolTip(
            counted(self.tr("Compared at {0} with %Ln request(s) to Odyssee.", "", plan.api_calls), plan.api_calls)
            .format(plan.created_at)
        )

    def _category_clicked(self, action: str) -> None:
        checked = self.model.action_state(action) != Qt.CheckState.Checked
        self.model.set_action_approved(action, checked)

    def _update_controls(self) -> None:
        counts = self.model.action_counts()
        locked = self._pushed or self.working.busy
        for action, box in self.category_boxes.items():
            number = counts.get(action, 0)
            box.blockSignals(True)
            box.setText(f"{self.tr(CATEGORY_TITLES[action])} ({number_text(number)})")
            box.setCheckState(self.model.action_state(action))
            box.setEnabled(bool(number) and not locked)
            box.blockSignals(False)
        invalid = counts.get(INVALID, 0)
        self.invalid_label.setText(counted(self.tr("%Ln invalid: cannot be pushed", "", invalid), invalid) if invalid else "")
        checked = len(self.model.checked_changes())
        elsewhere = self.main_window.leases.held_elsewhere(PUSH)
        self.busy_line.show_lease(elsewhere if not self.working.busy else None)
        self.push_button.setText(self.tr("Push checked ({0})").format(number_text(checked)) if checked else self.tr("Push checked"))
        self.push_button.setEnabled(bool(checked) and not locked and not self.loading.busy and elsewhere is None)
        self.skip_button.setEnabled(self.plan is not None and not locked)
        self.bring_back_button.setEnabled(self.plan is not None and not self.working.busy and not self.loading.busy)
        skipped = len(self.plan.skipped()) if self.plan is not None else 0
        self.skipped_filter.setText(self.tr("Skipped ({0})").format(number_text(skipped)) if skipped else self.tr("Skipped"))
        self.skipped_filter.setEnabled(bool(skipped) or self.skipped_filter.isChecked())
        self.compare_button.setEnabled(self.session is not None and not self.working.busy)

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
        outcome = self.model.outcome(change) if change is not None else None
        self.diff_model.set_change(change, sent=outcome is not None and outcome.status == "ok")
        if change is None:
            self.diff_title.setText(self.tr("Fields") if selected <= 1 else counted(self.tr("%Ln row(s) selected", "", selected), selected))
            self.diff_problems.hide()
            self.diff_stack.show_empty()
            return
        colour = ACTION_COLOURS.get(change.action, "#1d2b3a")
        name = record_name(change)
        self.diff_title.setText(
            f"{escape(entity_text(change.entity))} <b>{escape(change.erp_key)}</b>"
            + (f" · {escape(name)}" if name else "")
            + f" — <span style='color:{colour}'>{escape(action_text(change.action))}</span>"
        )
        colour = ACTION_COLOURS[INVALID]
        if change.problems:
            self.diff_problems.setText(self.tr("Cannot be pushed: {0}").format(reasons_text(change.problems, change.entity)))
        elif change.action == CONFLICT:
            self.diff_problems.setText(self.tr(
                "Someone edited this record in Odyssee since the last push. Check the row to overwrite their edit with the ERP's values."
            ))
        elif change.action == SKIPPED:
            colour = GREY
            self.diff_problems.setText(
                self.tr("{0}. It is not sent; “Bring back” makes it pending again.").format(capitalised(change.note))
            )
        self.diff_problems.setStyleSheet(f"color: {colour};")
        self.diff_problems.setVisible(bool(change.problems) or change.action in (CONFLICT, SKIPPED))
        self.diff_table.setColumnHidden(3, not self.diff_model.has_pushed_values)
        self.diff_stack.show_content()

    # --- skipping and pushing --------------------------------------------------------------------

    def selected_changes(self) -> list[PendingChange]:
        """The selected rows; a selected group stands for its shown rows."""
        changes: list[PendingChange] = []
        for index in self.tree.selectionModel().selectedRows(0):
            change = self.model.change(index)
            if change is not None:
                changes.append(change)
            else:
                entity = self.model.group_entity(index)
                changes.extend(c for c in self.model.visible_changes() if c.entity == entity)
        return list({id(change): change for change in changes}.values())  # a row and its group: once

    def unchecked_changes(self) -> list[PendingChange]:
        """The rows that could be pushed but are not checked: they stay pending unless skipped."""
        return [change for change in (self.plan.pending() if self.plan else []) if change.approvable and not change.approved]

    def skip_selected(self) -> None:
        self.skip(self.selected_changes())

    def skip(self, changes: list[PendingChange]) -> None:
        """Record that these rows are skipped (in the background), then list them under Skipped."""
        changes = [change for change in changes if change.approvable]
        if not changes or self.working.busy or self._pushed:
            return
        self._start_job(
            lambda ctx: skip_under_lease(ctx, changes),
            lambda skipped_at: self._skipped(changes, skipped_at),
            label=self.tr("Skipping rows"), progress=counted(self.tr("Skipping %Ln row(s)…", "", len(changes)), len(changes)),
        )

    def _skipped(self, changes: list[PendingChange], skipped_at: str) -> None:
        self.model.mark_skipped(changes, skipped_at)
        self._show_change(None)
        self._show_rows_or_why_none()
        self._update_summary()
        self._update_controls()
        self.main_window.announce(Changes(plan=self.plan, journal=True), self)  # the counts, and the journal row
        keys = [(change.entity, change.erp_key) for change in changes]
        number = len(changes)
        self.banner.show_message(
            self.tr("1 row skipped: not sent, and listed under “Skipped” until its ERP row changes.") if number == 1
            else counted(self.tr("%Ln rows skipped: not sent, and listed under “Skipped” until their ERP row changes.", "", number), number),
            kind="info", action=(self.tr("Bring back"), lambda: self.bring_back(keys)),
        )

    def bring_back_selected(self) -> None:
        self.bring_back([(c.entity, c.erp_key) for c in self.selected_changes() if c.action == SKIPPED])

    def bring_back(self, keys: list[tuple[str, str]]) -> None:
        """Take back the skip of these rows, then compare again: they are pending rows again,
        and the checks made meanwhile stay as they were."""
        if not keys or self.working.busy:
            return
        self._start_job(
            lambda ctx: bring_back_under_lease(ctx, keys),
            self._brought_back,
            label=self.tr("Bringing rows back"), progress=counted(self.tr("Bringing back %Ln row(s)…", "", len(keys)), len(keys)),
        )

    def _brought_back(self, keys: list[tuple[str, str]]) -> None:
        if self.plan is not None and not self._pushed:
            self._checks_to_keep = {(c.entity, c.erp_key): (c.hash, c.approved) for c in self.plan.pending() if c.approvable}
        self._select_after_load = set(keys)
        self.skipped_filter.setChecked(False)
        self.compare()
        self.banner.show_message(counted(self.tr("%Ln row(s) brought back: pending again.", "", len(keys)), len(keys)), kind="success")

    def _context_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        if index.isValid() and not self.tree.selectionModel().isRowSelected(index.row(), index.parent()):
            self.tree.setCurrentIndex(index)
            self.tree.selectionModel().select(
                index, self.tree.selectionModel().SelectionFlag.ClearAndSelect | self.tree.selectionModel().SelectionFlag.Rows
            )
        menu = self.context_menu()
        if not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(position))

    def context_menu(self) -> QMenu:
        """What can be done with the selected rows (and the unchecked ones)."""
        menu = QMenu(self)
        selected = self.selected_changes()
        if self.model.skipped_only:
            back = [(c.entity, c.erp_key) for c in selected if c.action == SKIPPED]
            action = menu.addAction(counted(self.tr("Bring back %Ln row(s)", "", len(back)), len(back)), lambda: self.bring_back(back))
            action.setEnabled(bool(back) and self.bring_back_button.isEnabled())
            return menu
        skippable = [change for change in selected if change.approvable]
        unchecked = self.unchecked_changes()
        enabled = self.skip_button.isEnabled()
        skip_text = counted(self.tr("Skip %Ln row(s)", "", len(skippable)), len(skippable))
        menu.addAction(skip_text, lambda: self.skip(skippable)).setEnabled(bool(skippable) and enabled)
        menu.addAction(
            self.tr("Skip the unchecked rows ({0})").format(number_text(len(unchecked))), lambda: self.skip(unchecked),
        ).setEnabled(bool(unchecked) and enabled)
        return menu

    def push_checked(self) -> None:
        """Ask first (the counts, the tenant, production or not); send only on "Send"."""
        plan = self.plan
        chosen = self.model.checked_changes()
        if plan is None or not chosen or self.working.busy or self._pushed or self.session is None:
            return
        left_out = []
        unchecked = len(self.unchecked_changes())
        totals = plan.totals()
        if unchecked == 1:
            left_out.append(self.tr("1 row unchecked (it stays pending)"))
        elif unchecked:
            left_out.append(counted(self.tr("%Ln rows unchecked (they stay pending)", "", unchecked), unchecked))
        for action in (SKIPPED, INVALID):
            if totals.get(action):
                left_out.append(count_text(action, totals[action]))
        PushConfirmation(self, chosen, self.session.profile, left_out=left_out).ask(lambda: self._send(plan, chosen))

    @property
    def confirmation(self) -> PushConfirmation | None:
        """The question before a push, while it is on screen."""
        return open_question(self, PushConfirmation)

    def _send(self, plan: Plan, chosen: list[PendingChange]) -> None:
        if plan is not self.plan or self.working.busy or self._pushed:
            return  # the plan changed while the question was open: what was confirmed is gone
        keys = [(change.entity, change.erp_key) for change in chosen]
        self._pushed_keys = set(keys)
        self.model.set_locked(True)
        self._start_job(
            lambda ctx: push_under_lease(ctx, plan, keys),
            self._show_outcomes,
            on_error=self._push_failed,
            label=self.tr("Pushing to Odyssee"),
            progress=counted(self.tr("Pushing %Ln change(s) to Odyssee…", "", len(keys)), len(keys)),
        )

    def _push_failed(self, failure: TaskFailure) -> None:
        if failure.result is None:
            self.model.set_locked(False)
        self._job_failed(failure, self._show_outcomes)

    def _show_outcomes(self, result) -> None:
        self._pushed = True
        self._offered = None
        self.model.set_outcomes(result.outcomes)
        counts = result.counts
        chosen = self._pushed_keys
        sent = [outcome for outcome in result.outcomes if (outcome.entity, outcome.erp_key) in chosen]
        not_sent = [o for o in result.outcomes if (o.entity, o.erp_key) not in chosen]
        pending = sum(1 for outcome in not_sent if outcome.action not in (INVALID, SKIPPED))
        invalid = sum(1 for outcome in not_sent if outcome.action == INVALID)
        done = counts.get("ok", 0)
        parts = [counted(self.tr("%Ln done", "", done), done)]
        if counts.get("failed"):
            parts.append(counted(self.tr("%Ln failed", "", counts["failed"]), counts["failed"]))
        if counts.get("conflict"):
            parts.append(counted(self.tr("%Ln conflict(s)", "", counts["conflict"]), counts["conflict"]))
        held_back = sum(1 for outcome in sent if outcome.status == "skipped")
        if held_back:
            parts.append(counted(self.tr("%Ln not sent", "", held_back), held_back))
        summary = ", ".join(parts)
        left_out = []
        if pending:
            left_out.append(counted(self.tr("%Ln unchecked, still pending", "", pending), pending))
        if invalid:
            left_out.append(counted(self.tr("%Ln invalid, not sent", "", invalid), invalid))
        after = f" {capitalised('; '.join(left_out))}." if left_out else ""
        compare = (self.tr("Compare again"), self.compare)
        if result.cancelled:
            self.banner.show_message(
                self.tr("Push cancelled: {0}. The rest was not sent.").format(summary), kind="warning", action=compare,
            )
        elif result.status == "ok":
            requests = counted(self.tr("Pushed to Odyssee: {0} (%Ln request(s)).", "", result.api_calls), result.api_calls)
            self.banner.show_message(requests.format(summary) + after, kind="success", action=compare)
        else:
            problems = attention_lines(result.outcomes)
            self.banner.show_message(
                self.tr("Pushed with problems: {0}. The rows in red say why.").format(summary), "\n".join(problems),
                kind="warning", action=compare,
            )
        self._update_controls()
        self.main_window.announce(changes_of(result), self)

    # --- for tests --------------------------------------------------------------------------------

    def row_texts(self, column: int = DETAILS_COLUMN) -> dict[str, str]:
        """``Entity:erp_key`` → the text of a column, for every shown change."""
        result = {}
        for change in self.model.visible_changes():
            result[change.key] = self.model.index_of(change, column).data() or ""
        return result


def _nothing_to_review(plan: Plan, *, skipped_view: bool = False) -> str:
    totals = plan.totals()
    if skipped_view:
        return QCoreApplication.translate("PushPage", "No skipped rows: every ERP change is pending or pushed.")
    sentences = [QCoreApplication.translate("PushPage", "Nothing to review: Odyssee has every ERP change.")]
    skipped, links, unchanged = totals.get(SKIPPED, 0), totals.get(LINK, 0), totals.get(UNCHANGED, 0)
    if skipped:
        sentences.append(counted(QCoreApplication.translate("PushPage", "%Ln row(s) skipped (see “Skipped”).", None, skipped), skipped))
    if links == 1:
        sentences.append(QCoreApplication.translate(
            "PushPage", "1 ERP row is already in Odyssee with the same values: pushing only records which record is "
            "theirs (untick “Changes only” to see them).",
        ))
    elif links:
        sentences.append(counted(QCoreApplication.translate(
            "PushPage", "%Ln ERP rows are already in Odyssee with the same values: pushing only records which record is "
            "theirs (untick “Changes only” to see them).", None, links,
        ), links))
    if unchanged == 1:
        sentences.append(QCoreApplication.translate("PushPage", "1 row is unchanged since the last push."))
    elif unchanged:
        sentences.append(counted(
            QCoreApplication.translate("PushPage", "%Ln rows are unchanged since the last push.", None, unchanged), unchanged,
        ))
    return " ".join(sentences)


__all__ = ["PushPage", "make_plan", "pending_push_counts"]
