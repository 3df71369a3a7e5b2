"""The push plan as Qt models: a checkable tree of changes and the field diff of one change.

:class:`PlanModel` draws a :class:`core.sync.plan.Plan` without copying it: one group row per
entity (its counts per action, a tri-state box checking all its changes) and one row per change
below it, checkable when the change can be approved. The check box *is* ``change.approved``:
what the user ticks is what the push sends. Invalid rows have no box; their reasons are in the
row and in its tooltip. The rows the user skipped are shown only in the skipped view
(:meth:`PlanModel.set_skipped_only`), and the others only outside it. After a push,
:meth:`PlanModel.set_outcomes` colours each row's result in place (the WinSCP checklist /
FreeFileSync preview grid shape: compare → review → synchronise).

:class:`FieldDiffModel` is Picard's tag diff for one change: every mapped field with Odyssee's
value and the ERP's proposal, green where a value is added, amber where it changes, red where
Odyssee was edited since the last push (a conflict) or the ERP value is the problem. The diff
rows are plain data (:func:`diff_rows`); the model only draws them.

Texts are translated when shown (context ``plan_model``); the problems a row has come from core,
and are worded in the window's language when core says what they are (:mod:`gui.models.reasons`),
else quoted in English; field names in the diff are the API's.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from core.sync.plan import CONFLICT, CREATE, INVALID, LINK, SKIPPED, UNCHANGED, UPDATE, PendingChange, Plan
from gui.models.formatting import display_text, field_type
from gui.models.list_table import RAW_ROLE, SELECTABLE, Index, column_header
from gui.models.reasons import reason_text, reasons_text
from gui.models.sentences import core_text
from gui.models.words import counted, entity_label_text, entity_title_text, field_title

# The order actions are listed in, everywhere on the page.
ACTION_ORDER = (CREATE, UPDATE, CONFLICT, LINK, INVALID, SKIPPED, UNCHANGED)
ACTION_LABELS = {
    CREATE: QT_TRANSLATE_NOOP("plan_model", "create"),
    UPDATE: QT_TRANSLATE_NOOP("plan_model", "update"),
    CONFLICT: QT_TRANSLATE_NOOP("plan_model", "conflict"),
    LINK: QT_TRANSLATE_NOOP("plan_model", "link"),
    INVALID: QT_TRANSLATE_NOOP("plan_model", "invalid"),
    SKIPPED: QT_TRANSLATE_NOOP("plan_model", "skipped"),
    UNCHANGED: QT_TRANSLATE_NOOP("plan_model", "unchanged"),
}
# How a count of each action reads: "776 creates · 4 invalid" (literal numerus messages, for
# pyside6-lupdate).
COUNT_WORDS = {
    CREATE: lambda n: QCoreApplication.translate("plan_model", "%Ln create(s)", None, n),
    UPDATE: lambda n: QCoreApplication.translate("plan_model", "%Ln update(s)", None, n),
    CONFLICT: lambda n: QCoreApplication.translate("plan_model", "%Ln conflict(s)", None, n),
    LINK: lambda n: QCoreApplication.translate("plan_model", "%Ln link(s)", None, n),
    INVALID: lambda n: QCoreApplication.translate("plan_model", "%Ln invalid", None, n),
    SKIPPED: lambda n: QCoreApplication.translate("plan_model", "%Ln skipped", None, n),
    UNCHANGED: lambda n: QCoreApplication.translate("plan_model", "%Ln unchanged", None, n),
}
# Text colours (readable on white) and light backgrounds that say the same thing.
GREEN = "#1e7b34"
AMBER = "#9a5b00"
RED = "#b3261e"
BLUE = "#2d5f99"
GREY = "#6b7580"
ACTION_COLOURS = {CREATE: GREEN, UPDATE: AMBER, CONFLICT: RED, INVALID: RED, LINK: BLUE, SKIPPED: GREY, UNCHANGED: GREY}
ADDED_BACKGROUND = "#e3f4e6"
CHANGED_BACKGROUND = "#fff1d1"
CONFLICT_BACKGROUND = "#fbe0dd"

# Push outcomes (core.sync.push statuses): label, text colour, background. A push's "skipped"
# (held back, not approved, cancelled) reads "Not sent": "Skipped" is the user's own decision.
RESULT_STYLES = {
    "ok": (QT_TRANSLATE_NOOP("plan_model", "Done"), GREEN, "#e3f4e6"),
    "failed": (QT_TRANSLATE_NOOP("plan_model", "Failed"), RED, "#fbe0dd"),
    "conflict": (QT_TRANSLATE_NOOP("plan_model", "Conflict"), RED, "#fbe0dd"),
    "skipped": (QT_TRANSLATE_NOOP("plan_model", "Not sent"), GREY, "#eef0f2"),
}

# Actions that are hidden by "Changes only": nothing to review in them.
QUIET_ACTIONS = frozenset({LINK, UNCHANGED})

CHECK_COLUMN, ACTION_COLUMN, NAME_COLUMN, DETAILS_COLUMN, RESULT_COLUMN = range(5)
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("plan_model", "ERP key"),
    QT_TRANSLATE_NOOP("plan_model", "Action"),
    QT_TRANSLATE_NOOP("plan_model", "Name"),
    QT_TRANSLATE_NOOP("plan_model", "What changes"),
    QT_TRANSLATE_NOOP("plan_model", "Result"),
)
GROUP = 0  # internalId of a group row; a change row's internalId is its group's row + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("plan_model", text)


def action_text(action: str) -> str:
    """``create``: an action as the Action column says it."""
    return _tr(ACTION_LABELS[action]) if action in ACTION_LABELS else action


def count_text(action: str, count: int) -> str:
    """``1 create``, ``776 creates``, ``4 invalid``."""
    return counted(COUNT_WORDS[action](count), count)


def fields_text(count: int) -> str:
    """``1 field``, ``3 fields``."""
    return counted(QCoreApplication.translate("plan_model", "%Ln field(s)", None, count), count)


def counts_text(counts: dict[str, int], *, with_unchanged: bool = False) -> str:
    """``20 creates · 1 update · 2 invalid`` (actions with no rows left out)."""
    parts = [
        count_text(action, counts[action])
        for action in ACTION_ORDER
        if counts.get(action) and (with_unchanged or action != UNCHANGED)
    ]
    return " · ".join(parts) or QCoreApplication.translate("plan_model", "nothing to push")


def record_name(change: PendingChange) -> str:
    """A human name for the ERP row: its name, or a person's first and last name."""
    values = change.proposed or {}
    name = str(values.get("name") or "").strip()
    if not name:
        name = " ".join(str(values.get(part) or "").strip() for part in ("firstname", "lastname")).strip()
    if not name:
        name = str(values.get("username") or values.get("description") or "").strip()
    return name


def details_text(change: PendingChange) -> str:
    """One line saying what the push would do with this row (or why it cannot)."""
    changed = [field_change.field for field_change in change.field_changes]
    if change.action == INVALID:
        text = reasons_text(change.problems, change.entity) or QCoreApplication.translate("plan_model", "invalid")
    elif change.action == CREATE:
        text = QCoreApplication.translate("plan_model", "new, {0}").format(fields_text(len(changed)))
        if change.depends_on:
            text += QCoreApplication.translate("plan_model", " — after {0}").format(", ".join(
                f"{entity_label_text(entity)} {key}" for entity, key in change.depends_on
            ))
    elif change.action in (UPDATE, CONFLICT):
        if len(change.field_changes) == 1:
            field_change = change.field_changes[0]
            text = f"{field_change.field}: {_short(field_change.current)} → {_short(field_change.proposed)}"
        else:
            text = f"{fields_text(len(changed))}: {', '.join(changed)}"
        if change.action == CONFLICT:
            text = QCoreApplication.translate("plan_model", "edited in Odyssee since the last push — {0}").format(
                text,
            )
    elif change.action == LINK:
        text = QCoreApplication.translate("plan_model", "already in Odyssee with the same values: only linked")
    elif change.action == SKIPPED:
        text = _skipped_text(change)
    else:
        text = QCoreApplication.translate("plan_model", "no change since the last push")
    if change.action == SKIPPED and change.note:
        text += f" ({change.note.split(';')[0]})"  # when; the row's tooltip says until when
    elif change.note:
        text += f" ({change.note})"
    return text


def _skipped_text(change: PendingChange) -> str:
    """What a skipped row would have done: new, or the fields it changes."""
    if change.current is None:
        return QCoreApplication.translate("plan_model", "new, {0}").format(fields_text(len(change.field_changes)))
    if len(change.field_changes) == 1:
        field_change = change.field_changes[0]
        return f"{field_change.field}: {_short(field_change.current)} → {_short(field_change.proposed)}"
    if not change.field_changes:
        return QCoreApplication.translate("plan_model", "no field changes")
    return f"{fields_text(len(change.field_changes))}: {', '.join(fc.field for fc in change.field_changes)}"


def _short(value: object, limit: int = 40) -> str:
    text = display_text(value) if value not in (None, "") else QCoreApplication.translate("plan_model", "(empty)")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


def _bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


@dataclass
class _Group:
    entity: str
    changes: list[PendingChange]  # the visible ones
    counts: dict[str, int]  # every row of the entity, by action (unchanged included)


class PlanModel(QAbstractItemModel):
    """Entity groups → changes; column 0 holds the check box that is ``change.approved``."""

    approvals_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self._groups: list[_Group] = []
        self._changes_only = True
        self._skipped_only = False
        self._outcomes: dict[tuple[str, str], Any] = {}
        self._locked = False
        self._warning_icon: Any = None

    # --- what to show ----------------------------------------------------------------------------

    def set_plan(self, plan: Plan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self._outcomes = {}
        self._locked = False
        self._build_groups()
        self.endResetModel()
        self.approvals_changed.emit()

    def set_changes_only(self, changes_only: bool) -> None:
        """Hide links and unchanged rows (nothing to review in them); they stay approved."""
        self.set_view(changes_only=changes_only)

    def set_skipped_only(self, skipped_only: bool) -> None:
        """Show only the rows the user skipped (else every row but those)."""
        self.set_view(skipped_only=skipped_only)

    def set_view(self, *, changes_only: bool | None = None, skipped_only: bool | None = None) -> None:
        """Either filter, or both (None: as it is)."""
        view = (
            self._changes_only if changes_only is None else changes_only,
            self._skipped_only if skipped_only is None else skipped_only,
        )
        if view != (self._changes_only, self._skipped_only):
            with self._regrouped():
                self._changes_only, self._skipped_only = view

    @property
    def changes_only(self) -> bool:
        return self._changes_only

    @property
    def skipped_only(self) -> bool:
        return self._skipped_only

    def mark_skipped(self, changes: Sequence[PendingChange], skipped_at: str) -> None:
        """The store has recorded these skips: show the rows as skipped, in the skipped view."""
        if self.plan is not None:
            with self._regrouped():
                self.plan.mark_skipped(changes, skipped_at)
            self.approvals_changed.emit()

    @contextmanager
    def _regrouped(self) -> Iterator[None]:
        """What is shown changes in the block; the groups are made again after it."""
        self.beginResetModel()
        try:
            yield
        finally:
            self._build_groups()
            self.endResetModel()

    def set_locked(self, locked: bool) -> None:
        """While a push runs the boxes cannot change (the push already took its list)."""
        if locked != self._locked:
            self._locked = locked
            self._all_rows_changed()

    def set_outcomes(self, outcomes: Iterable[Any]) -> None:
        """Colour each row with what the push did (``PushOutcome``: entity, erp_key, status, message)."""
        self._outcomes = {(outcome.entity, outcome.erp_key): outcome for outcome in outcomes}
        self._all_rows_changed()

    def set_warning_icon(self, icon: Any) -> None:
        self._warning_icon = icon

    def _build_groups(self) -> None:
        self._groups = []
        if self.plan is None:
            return
        by_entity: dict[str, list[PendingChange]] = {}
        for change in self.plan.changes:
            by_entity.setdefault(change.entity, [])
            if self._shows(change):
                by_entity[change.entity].append(change)
        order = list(self.plan.counts) + [entity for entity in by_entity if entity not in self.plan.counts]
        for entity in order:
            changes = sorted(by_entity.get(entity, []), key=lambda change: (ACTION_ORDER.index(change.action), change.erp_key))
            counts = dict(self.plan.counts.get(entity, {}))
            if changes:
                self._groups.append(_Group(entity, changes, counts))

    def _shows(self, change: PendingChange) -> bool:
        if self._skipped_only or change.action == SKIPPED:
            return self._skipped_only and change.action == SKIPPED
        return not (self._changes_only and change.action in QUIET_ACTIONS)

    def _all_rows_changed(self) -> None:
        last_column = self.columnCount() - 1
        for row, group in enumerate(self._groups):
            group_index = self.index(row, 0)
            self.dataChanged.emit(group_index, self.index(row, last_column))
            if group.changes:
                self.dataChanged.emit(self.index(0, 0, group_index), self.index(len(group.changes) - 1, last_column, group_index))

    # --- reading ---------------------------------------------------------------------------------

    def change(self, index: Index) -> PendingChange | None:
        """The change of a change row (None for a group row or an invalid index)."""
        if not index.isValid() or index.internalId() == GROUP:
            return None
        group = self._groups[index.internalId() - 1]
        return group.changes[index.row()] if 0 <= index.row() < len(group.changes) else None

    def group_entity(self, index: Index) -> str | None:
        if index.isValid() and index.internalId() == GROUP and 0 <= index.row() < len(self._groups):
            return self._groups[index.row()].entity
        return None

    def index_of(self, change: PendingChange, column: int = 0) -> QModelIndex:
        for group_row, group in enumerate(self._groups):
            for row, candidate in enumerate(group.changes):
                if candidate is change:
                    return self.index(row, column, self.index(group_row, 0))
        return QModelIndex()

    def visible_changes(self) -> list[PendingChange]:
        return [change for group in self._groups for change in group.changes]

    def checked_changes(self) -> list[PendingChange]:
        """Every approved change of the plan, shown or hidden (hidden links are approved too)."""
        if self.plan is None:
            return []
        return [change for change in self.plan.changes if change.approved and change.approvable]

    def outcome(self, change: PendingChange) -> Any:
        return self._outcomes.get((change.entity, change.erp_key))

    def action_counts(self) -> dict[str, int]:
        return self.plan.totals() if self.plan is not None else {}

    def action_state(self, action: str) -> Qt.CheckState:
        """All, some or none of the plan's changes with ``action`` checked."""
        changes = self._approvable(action)
        checked = sum(1 for change in changes if change.approved)
        if changes and checked == len(changes):
            return Qt.CheckState.Checked
        return Qt.CheckState.PartiallyChecked if checked else Qt.CheckState.Unchecked

    # --- checking --------------------------------------------------------------------------------

    def set_action_approved(self, action: str, approved: bool) -> None:
        """Bulk select by category: check or uncheck every change with ``action``."""
        self._set_approved(self._approvable(action), approved)

    def set_approved(self, changes: Sequence[PendingChange], approved: bool) -> None:
        self._set_approved([change for change in changes if change.approvable], approved)

    def _approvable(self, action: str) -> list[PendingChange]:
        if self.plan is None:
            return []
        return [change for change in self.plan.changes if change.action == action and change.approvable]

    def _set_approved(self, changes: Sequence[PendingChange], approved: bool) -> None:
        if self._locked:
            return
        touched = False
        for change in changes:
            if change.approved != approved:
                change.set_approved(approved)
                touched = True
        if touched:
            self._all_rows_changed()
            self.approvals_changed.emit()

    # --- Qt: structure ---------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(COLUMN_TITLES) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != GROUP or parent.column() != 0 or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()].changes):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == GROUP and parent.column() == 0 and parent.row() < len(self._groups):
            return len(self._groups[parent.row()].changes)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMN_TITLES)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return column_header(section, orientation, role, COLUMN_TITLES, context="plan_model")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = SELECTABLE
        if index.column() != CHECK_COLUMN or self._locked:
            return flags
        if index.internalId() == GROUP:
            if any(change.approvable for change in self._groups[index.row()].changes):
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            return flags
        change = self.change(index)
        if change is not None and change.approvable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    # --- Qt: data --------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == GROUP:
            if index.row() >= len(self._groups):
                return None
            return self._group_data(self._groups[index.row()], index.column(), role)
        change = self.change(index)
        return None if change is None else self._change_data(change, index.column(), role)

    def _group_data(self, group: _Group, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CHECK_COLUMN:
                counts = {SKIPPED: len(group.changes)} if self._skipped_only else group.counts
                return f"{entity_title_text(group.entity)}  —  {counts_text(counts)}"
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == CHECK_COLUMN:
            approvable = [change for change in group.changes if change.approvable]
            if not approvable:
                return None
            checked = sum(1 for change in approvable if change.approved)
            if checked == len(approvable):
                return Qt.CheckState.Checked
            return Qt.CheckState.PartiallyChecked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and column == CHECK_COLUMN:
            return _bold_font()
        if role == RAW_ROLE and column == CHECK_COLUMN:
            return group.entity
        return None

    def _change_data(self, change: PendingChange, column: int, role: int) -> Any:
        outcome = self.outcome(change)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CHECK_COLUMN:
                return change.erp_key
            if column == ACTION_COLUMN:
                return action_text(change.action)
            if column == NAME_COLUMN:
                return record_name(change)
            if column == DETAILS_COLUMN:
                return details_text(change)
            if column == RESULT_COLUMN:
                return _result_text(outcome)
            return None
        if role == RAW_ROLE:
            return (change.erp_key, change.action, record_name(change), details_text(change), _result_text(outcome))[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == CHECK_COLUMN:
            if not change.approvable:
                return None
            return Qt.CheckState.Checked if change.approved else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == CHECK_COLUMN and change.action == INVALID:
            return self._warning_icon
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ACTION_COLUMN:
                return _brush(ACTION_COLOURS.get(change.action, GREY))
            if column == DETAILS_COLUMN and change.action in (INVALID, CONFLICT):
                return _brush(RED)
            if column == RESULT_COLUMN and outcome is not None:
                return _brush(RESULT_STYLES.get(outcome.status, ("", GREY, ""))[1])
            if change.action == INVALID or (change.approvable and not change.approved):
                return _brush(GREY)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and column == RESULT_COLUMN and outcome is not None:
            return _brush(RESULT_STYLES.get(outcome.status, ("", "", "#ffffff"))[2])
        if role == Qt.ItemDataRole.ToolTipRole:
            return _change_tooltip(change, outcome)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != CHECK_COLUMN:
            return False
        if not (self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable):
            return False
        approved = _check_value(value) == Qt.CheckState.Checked.value
        if index.internalId() == GROUP:
            self._set_approved([c for c in self._groups[index.row()].changes if c.approvable], approved)
            return True
        change = self.change(index)
        if change is None:
            return False
        self._set_approved([change], approved)
        return True


def _check_value(value: Any) -> int:
    if isinstance(value, Qt.CheckState):
        return value.value
    try:
        return int(value)
    except (TypeError, ValueError):
        return Qt.CheckState.Unchecked.value


def _result_text(outcome: Any) -> str:
    if outcome is None:
        return ""
    label = _tr(RESULT_STYLES[outcome.status][0]) if outcome.status in RESULT_STYLES else outcome.status
    return f"{label}: {core_text(outcome.message)}" if outcome.message else label


def _change_tooltip(change: PendingChange, outcome: Any) -> str:
    lines = [f"{entity_title_text(change.entity)} {change.erp_key}: {action_text(change.action)}"]
    if change.problems:
        lines.append(QCoreApplication.translate("plan_model", "Cannot be pushed:"))
        lines.extend(f"• {reason_text(problem, change.entity)}" for problem in change.problems)
    elif change.action == CONFLICT:
        lines.append(QCoreApplication.translate(
            "plan_model", "Someone changed this record in Odyssee since the last push. Check it to overwrite their edit.",
        ))
    if change.note:
        lines.append(change.note)
    if outcome is not None:
        lines.append(_result_text(outcome))
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------------
# The field diff of one change

ADDED = "added"
CHANGED = "changed"
CONFLICTING = "conflict"
PROBLEM = "problem"
SAME = "same"
DIFF_BACKGROUNDS = {ADDED: ADDED_BACKGROUND, CHANGED: CHANGED_BACKGROUND, CONFLICTING: CONFLICT_BACKGROUND, PROBLEM: CONFLICT_BACKGROUND}
DIFF_FOREGROUNDS = {ADDED: GREEN, CHANGED: AMBER, CONFLICTING: RED, PROBLEM: RED}
DIFF_LABELS = {
    ADDED: QT_TRANSLATE_NOOP("plan_model", "new"),
    CHANGED: QT_TRANSLATE_NOOP("plan_model", "changes"),
    CONFLICTING: QT_TRANSLATE_NOOP("plan_model", "edited in Odyssee"),
    PROBLEM: QT_TRANSLATE_NOOP("plan_model", "problem"),
    SAME: QT_TRANSLATE_NOOP("plan_model", "same"),
}


@dataclass(frozen=True)
class DiffRow:
    field: str
    current: Any
    proposed: Any
    pushed: Any
    state: str  # added | changed | conflict | problem | same
    kind: str = "string"  # schema type, for display


def diff_rows(change: PendingChange | None, *, sent: bool = False) -> list[DiffRow]:
    """Every mapped field of a change with how it differs (changed fields first). Once ``sent``
    (pushed), Odyssee has what the ERP proposed; the fields the push changed keep their colour."""
    rows = _diff_rows(change)
    if sent:
        return [DiffRow(row.field, row.proposed, row.proposed, row.pushed, row.state, row.kind) for row in rows]
    return rows


def _diff_rows(change: PendingChange | None) -> list[DiffRow]:
    if change is None:
        return []
    entity = change.entity
    kinds = {name: field_type(entity, name, value) for name, value in (change.proposed or {}).items()}
    if change.action == CREATE or (change.action == SKIPPED and change.current is None):
        return [
            DiffRow(fc.field, None, fc.proposed, None, ADDED, kinds.get(fc.field, field_type(entity, fc.field, fc.proposed)))
            for fc in change.field_changes
        ]
    if change.action == INVALID:
        named = _fields_named(change.problems, [fc.field for fc in change.field_changes])
        rows = [
            DiffRow(fc.field, None, fc.proposed, None, PROBLEM if fc.field in named else SAME, kinds.get(fc.field, "string"))
            for fc in change.field_changes
        ]
        return sorted(rows, key=lambda row: row.state == SAME)
    changed = {fc.field: fc for fc in change.field_changes}
    current = change.current or {}
    rows = []
    for name, proposed in (change.proposed or {}).items():
        kind = kinds.get(name, "string")
        if name in changed:
            field_change = changed[name]
            edited_in_odyssee = change.action == CONFLICT and field_change.pushed is not None and field_change.current != field_change.pushed
            state = CONFLICTING if edited_in_odyssee else CHANGED
            rows.append(DiffRow(name, field_change.current, field_change.proposed, field_change.pushed, state, kind))
        else:
            rows.append(DiffRow(name, current.get(name), proposed, None, SAME, kind))
    return sorted(rows, key=lambda row: row.state == SAME)


def _fields_named(problems: Sequence[str], fields: Sequence[str]) -> set[str]:
    text = " ".join(problems)
    return {name for name in fields if re.search(rf"\b{re.escape(name)}\b", text)}


DIFF_COLUMNS = (
    QT_TRANSLATE_NOOP("plan_model", "Field"),
    QT_TRANSLATE_NOOP("plan_model", "Odyssee now"),
    QT_TRANSLATE_NOOP("plan_model", "ERP proposes"),
    QT_TRANSLATE_NOOP("plan_model", "Last pushed"),
)


class FieldDiffModel(QAbstractTableModel):
    """Field | Odyssee now | ERP proposes | Last pushed, coloured by how each field differs."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[DiffRow] = []
        self.change: PendingChange | None = None
        self.sent = False

    def set_change(self, change: PendingChange | None, *, sent: bool = False) -> None:
        """Show ``change``; ``sent``: the push just did it (Odyssee now has the ERP's values)."""
        self.beginResetModel()
        self.change = change
        self.sent = sent
        self.rows = diff_rows(change, sent=sent)
        self.endResetModel()

    @property
    def has_pushed_values(self) -> bool:
        return any(row.pushed is not None for row in self.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DIFF_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return column_header(section, orientation, role, DIFF_COLUMNS, context="plan_model")

    def flags(self, index: Index) -> Qt.ItemFlag:
        return SELECTABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) or not (0 <= index.column() < len(DIFF_COLUMNS)):
            return None
        row = self.rows[index.row()]
        column = index.column()
        values = (row.field, row.current, row.proposed, row.pushed)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:  # the field in words; its API name is in the tooltip
                return field_title(row.field, self.change.entity if self.change is not None else "")
            if column == 1 and row.current is None and self.change is not None and self.change.action in (CREATE, INVALID, SKIPPED):
                return "—"
            if column == 2 and row.state == PROBLEM and values[column] in (None, ""):
                return QCoreApplication.translate("plan_model", "(empty)")
            return display_text(values[column], row.kind)
        if role == RAW_ROLE:
            return values[column]
        if role == Qt.ItemDataRole.BackgroundRole and row.state in DIFF_BACKGROUNDS and column in (0, 2):
            return _brush(DIFF_BACKGROUNDS[row.state])
        if role == Qt.ItemDataRole.BackgroundRole and row.state == CONFLICTING and column == 1:
            return _brush(CONFLICT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.state == SAME or (column == 1 and row.state in (ADDED, PROBLEM) and not self.sent) or (column == 2 and row.state == PROBLEM and values[2] in (None, "")):
                return _brush(GREY)
            if column in (0, 2) or (column == 1 and row.state == CONFLICTING):
                return _brush(DIFF_FOREGROUNDS[row.state])
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            text = display_text(values[column], row.kind) if column else row.field
            return f"{row.field}: {_tr(DIFF_LABELS[row.state])}" + (f"\n{text}" if column and text else "")
        return None


__all__ = [
    "ACTION_COLOURS",
    "ACTION_LABELS",
    "ACTION_ORDER",
    "DiffRow",
    "FieldDiffModel",
    "PlanModel",
    "action_text",
    "count_text",
    "counts_text",
    "details_text",
    "diff_rows",
    "record_name",
]
