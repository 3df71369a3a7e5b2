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

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from core.settings import Profile
from core.sync.undo import ARCHIVE, CONFLICT_LATER, DONE, RESTORE, UndoItem, UndoPlan
from gui.models.formatting import display_text, moment_text, number_text
from gui.models.words import counted, entity_text, field_title, run_counts_text
from gui.pages.push_confirm import SendConfirmation, notes_label
from gui.widgets.build import label

SHOWN_ITEMS = 6  # records listed with their fields; the rest are counted
SHOWN_FIELDS = 3  # fields per record


def _value(value: object) -> str:
    text = display_text(value)
    if not text:
        return QCoreApplication.translate("UndoConfirmation", "(empty)")
    return QCoreApplication.translate("UndoConfirmation", "“{0}”").format(text)


def item_text(item: UndoItem) -> str:
    """``Company C00173: phone “02 999 00 00” → “02 123 45 67”`` (what the push wrote, then what goes back)."""
    fields = [
        QCoreApplication.translate("UndoConfirmation", "{0} {1} → {2}").format(
            field_title(change.field, item.entity), _value(change.current), _value(change.proposed),
        )
        for change in item.field_changes[:SHOWN_FIELDS]
    ]
    more = len(item.field_changes) - SHOWN_FIELDS
    if more > 0:
        fields.append(counted(QCoreApplication.translate("UndoConfirmation", "%Ln more field(s)", None, more), more))
    return QCoreApplication.translate("UndoConfirmation", "{0} {1}: {2}").format(
        entity_text(item.entity), item.erp_key, ", ".join(fields),
    )


def run_line(run) -> str:
    """``Started 2 Dec 2026 10:02 on WS-03 (user office2): 3 created · 2 updated``."""
    counts = run_counts_text(run.counts, run.kind)
    if run.workstation:
        return QCoreApplication.translate("UndoConfirmation", "Started {0} on {1} (user {2}): {3}").format(
            moment_text(run.started), run.workstation, run.os_user, counts,
        )
    return QCoreApplication.translate("UndoConfirmation", "Started {0}: {1}").format(moment_text(run.started), counts)


def send_text(restores: int, archives: int) -> str:
    """The send button: ``Send back 3`` / ``Send back 3 and archive 2`` / ``Archive 2``."""
    if restores and archives:
        return QCoreApplication.translate("UndoConfirmation", "Send back {0} and archive {1}").format(number_text(restores), number_text(archives))
    if archives:
        return QCoreApplication.translate("UndoConfirmation", "Archive {0}").format(number_text(archives))
    if not restores:
        return QCoreApplication.translate("UndoConfirmation", "Nothing to send back")
    return QCoreApplication.translate("UndoConfirmation", "Send back {0}").format(number_text(restores))


class UndoConfirmation(SendConfirmation):
    """Asks before undoing ``plan``; when accepted, :attr:`archive_creates` says whether to archive."""

    def __init__(self, parent: QWidget, plan: UndoPlan, profile: Profile, *, row: str = "") -> None:
        self.plan = plan
        self.restores = plan.of_kind(RESTORE)
        self.archivable = plan.of_kind(ARCHIVE)
        if row:
            heading = QCoreApplication.translate("UndoConfirmation", "Undo {0} in push run {1}?").format(row, plan.run_id)
        else:
            heading = QCoreApplication.translate("UndoConfirmation", "Undo push run {0}?").format(plan.run_id)
        # Before QDialog.__init__ there is no self.tr: what goes to it is translated here.
        super().__init__(
            parent, profile, title=QCoreApplication.translate("UndoConfirmation", "Undo in Odyssee?"), heading=heading,
            send_text=send_text(len(self.restores), 0),
        )
        self.run_line = self.add_part(label(run_line(plan.run), role="muted", wrap=True))
        self.restore_part = self.add_part(label(self._restore_html(), rich=True, wrap=True, selectable=True))

        archivable = len(self.archivable)
        self.archive_box = QCheckBox(
            self.tr("Archive it instead (1 record this push created)") if archivable == 1
            else counted(self.tr("Archive them instead (%Ln records this push created)", "", archivable), archivable)
        )
        self.archive_box.setToolTip(self.tr("An archived record stays in Odyssee but is no longer offered to technicians"))
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
            return self.tr("<b>Nothing to send back</b>: no update of this push can be undone now.")
        number = len(self.restores)
        heading = (
            self.tr("1 record gets back the values Odyssee had before the push:") if number == 1
            else counted(self.tr("%Ln records get back the values Odyssee had before the push:", "", number), number)
        )
        lines = [f"<b>{escape(heading)}</b>"]
        lines += [f"• {escape(item_text(item))}" for item in self.restores[:SHOWN_ITEMS]]
        if len(self.restores) > SHOWN_ITEMS:
            lines.append(escape(self.tr("… and {0} more").format(number_text(len(self.restores) - SHOWN_ITEMS))))
        return "<br>".join(lines)

    def _notes(self) -> tuple[list[str], list[str]]:
        counts = self.plan.counts()
        warnings, remarks = [], []
        later = counts[CONFLICT_LATER]
        if later:
            warnings.append(
                self.tr("1 record written again since this push: kept as it is (undo the later push first).")
                if later == 1 else counted(self.tr(
                    "%Ln records written again since this push: kept as they are (undo the later push first).", "", later,
                ), later)
            )
        creates = len([item for item in self.plan.items if item.action == "create" and item.result == "ok"])
        if creates:
            warnings.append(counted(
                self.tr("%Ln create(s) cannot be undone: Odyssee keeps every record it creates.", "", creates), creates,
            ))
        if counts[DONE]:
            remarks.append(counted(self.tr("%Ln record(s) already undone or archived.", "", counts[DONE]), counts[DONE]))
        if self.restores:
            remarks.append(self.tr(
                "A record changed in Odyssee since the push keeps its values and is reported as a conflict. "
                "The ERP is not changed: the next comparison offers these rows as updates again."
            ))
        return warnings, remarks

    def _update_send(self) -> None:
        archives = len(self.archivable) if self.archive_creates else 0
        self.send_button.setText(send_text(len(self.restores), archives))
        self.send_button.setEnabled(bool(self.restores or archives))


__all__ = ["UndoConfirmation", "item_text", "run_line", "send_text"]
