"""The question before an undo: what goes back to Odyssee, what stays, and what cannot be undone.

Activity opens it for a push run, or for one row of it, with the :class:`core.sync.undo.UndoPlan`
read from the journal. It says, in this order: how many records get back the values Odyssee had
before the push (the first few with their fields), how many were written again since and stay
as they are, that creates cannot be undone (Odyssee keeps every record it creates) and, where
the entity set has ``archived``, offers to archive them instead; what was undone already. Like
the question before a push it names the tenant and says whether it is production; Cancel is the
default button, and the send button says what it will do.
"""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QCheckBox, QWidget

from core.settings import Profile
from core.sync.undo import ARCHIVE, CONFLICT_LATER, DONE, RESTORE, UndoItem, UndoPlan
from gui.models.formatting import display_text, moment_text, number_text
from gui.models.words import entity_text, field_title, plural, run_counts_text
from gui.pages.push_confirm import SendConfirmation, notes_label
from gui.widgets.build import label

SHOWN_ITEMS = 6  # records listed with their fields; the rest are counted
SHOWN_FIELDS = 3  # fields per record


def _value(value: object) -> str:
    text = display_text(value)
    return f"“{text}”" if text else "(empty)"


def item_text(item: UndoItem) -> str:
    """``Company C00173: phone “02 999 00 00” → “02 123 45 67”`` (what the push wrote, then what goes back)."""
    fields = [
        f"{field_title(change.field, item.entity)} {_value(change.current)} → {_value(change.proposed)}"
        for change in item.field_changes[:SHOWN_FIELDS]
    ]
    more = len(item.field_changes) - SHOWN_FIELDS
    if more > 0:
        fields.append(f"{plural(more, 'more field')}")
    return f"{entity_text(item.entity)} {item.erp_key}: {', '.join(fields)}"


def run_line(run) -> str:
    """``Started 2 Dec 2026 10:02 on WS-03 (user office2): 3 created · 2 updated``."""
    where = f" on {run.workstation} (user {run.os_user})" if run.workstation else ""
    return f"Started {moment_text(run.started)}{where}: {run_counts_text(run.counts, run.kind)}"


def send_text(restores: int, archives: int) -> str:
    """The send button: ``Send back 3`` / ``Send back 3 and archive 2`` / ``Archive 2``."""
    if restores and archives:
        return f"Send back {number_text(restores)} and archive {number_text(archives)}"
    if archives:
        return f"Archive {number_text(archives)}"
    if not restores:
        return "Nothing to send back"
    return f"Send back {number_text(restores)}"


class UndoConfirmation(SendConfirmation):
    """Asks before undoing ``plan``; when accepted, :attr:`archive_creates` says whether to archive."""

    def __init__(self, parent: QWidget, plan: UndoPlan, profile: Profile, *, row: str = "") -> None:
        self.plan = plan
        self.restores = plan.of_kind(RESTORE)
        self.archivable = plan.of_kind(ARCHIVE)
        what = f"{row} in push run {plan.run_id}" if row else f"push run {plan.run_id}"
        super().__init__(
            parent, profile, title="Undo in Odyssee?", heading=f"Undo {what}?",
            send_text=send_text(len(self.restores), 0),
        )
        self.run_line = self.add_part(label(run_line(plan.run), role="muted", wrap=True))
        self.restore_part = self.add_part(label(self._restore_html(), rich=True, wrap=True, selectable=True))

        self.archive_box = QCheckBox(
            f"Archive {'it' if len(self.archivable) == 1 else 'them'} instead "
            f"({plural(len(self.archivable), 'record')} this push created)"
        )
        self.archive_box.setToolTip("An archived record stays in Odyssee but is no longer offered to technicians")
        self.archive_box.setVisible(bool(self.archivable))
        self.archive_box.toggled.connect(self._update_send)
        self.add_part(self.archive_box)

        self.notes = self.add_part(notes_label(*self._notes()))
        self.finish_layout()
        self._update_send()

    @property
    def archive_creates(self) -> bool:
        return self.archive_box.isChecked()

    def _restore_html(self) -> str:
        if not self.restores:
            return "<b>Nothing to send back</b>: no update of this push can be undone now."
        verb = "gets" if len(self.restores) == 1 else "get"
        lines = [
            f"<b>{escape(plural(len(self.restores), 'record'))} {verb} back the values Odyssee had before the push:</b>"
        ]
        lines += [f"• {escape(item_text(item))}" for item in self.restores[:SHOWN_ITEMS]]
        if len(self.restores) > SHOWN_ITEMS:
            lines.append(f"… and {escape(number_text(len(self.restores) - SHOWN_ITEMS))} more")
        return "<br>".join(lines)

    def _notes(self) -> tuple[list[str], list[str]]:
        counts = self.plan.counts()
        warnings, remarks = [], []
        if counts[CONFLICT_LATER]:
            kept = "kept as it is" if counts[CONFLICT_LATER] == 1 else "kept as they are"
            warnings.append(
                f"{plural(counts[CONFLICT_LATER], 'record')} written again since this push: {kept} "
                "(undo the later push first)."
            )
        creates = [item for item in self.plan.items if item.action == "create" and item.result == "ok"]
        if creates:
            warnings.append(
                f"{plural(len(creates), 'create')} cannot be undone: Odyssee keeps every record it creates."
            )
        if counts[DONE]:
            remarks.append(f"{plural(counts[DONE], 'record')} already undone or archived.")
        if self.restores:
            remarks.append(
                "A record changed in Odyssee since the push keeps its values and is reported as a conflict. "
                "The ERP is not changed: the next comparison offers these rows as updates again."
            )
        return warnings, remarks

    def _update_send(self) -> None:
        archives = len(self.archivable) if self.archive_creates else 0
        self.send_button.setText(send_text(len(self.restores), archives))
        self.send_button.setEnabled(bool(self.restores or archives))


__all__ = ["UndoConfirmation", "item_text", "run_line", "send_text"]
