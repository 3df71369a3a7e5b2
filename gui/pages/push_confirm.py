"""The questions before anything is sent to Odyssee: what goes, to which tenant, is it production.

Nothing leaves the Pending pushes page without :class:`PushConfirmation`, and nothing is sent back
from Activity without :class:`gui.pages.undo_confirm.UndoConfirmation`; both are a
:class:`SendConfirmation`. The push question counts the checked changes per entity and action
("Companies: 3 creates, 12 updates"). Each names the tenant (the profile's domain and the host of
its base URL) and says whether the profile is marked as production, in red when it is. Cancel is
the default button: Enter, Escape or closing the window send nothing; only the send button does.
The pages open them with ``open()``, not ``exec()``: the event loop goes on while they wait, so
tests and the screenshot tour can answer them.
"""
from __future__ import annotations

from html import escape
from typing import Callable, Sequence, TypeVar
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from core.settings import Profile
from core.sync.plan import CONFLICT, PendingChange
from gui.models.plan_model import ACTION_ORDER, GREY, RED, count_text
from gui.models.words import counted, entity_title_text
from gui.widgets.build import STRETCH, hbox, label
from gui.widgets.palette import application_palette, readable


def counts_per_entity(changes: Sequence[PendingChange]) -> dict[str, dict[str, int]]:
    """Entity → action → changes, entities in the order the push sends them."""
    counts: dict[str, dict[str, int]] = {}
    for change in changes:
        per_action = counts.setdefault(change.entity, {})
        per_action[change.action] = per_action.get(change.action, 0) + 1
    return counts


def count_words(per_action: dict[str, int]) -> str:
    """``3 creates, 12 updates``."""
    return ", ".join(
        count_text(action, per_action[action])
        for action in ACTION_ORDER
        if per_action.get(action)
    )


def tenant_text(profile: Profile) -> str:
    """The tenant as a user knows it: its domain at the base URL's host (``TESTAPI at developers.wello.solutions``)."""
    host = urlsplit(profile.base_url).hostname or profile.base_url
    return QCoreApplication.translate("SendConfirmation", "{0} at {1}").format(profile.domain, host) if profile.domain else host


class SendConfirmation(QDialog):
    """A question before sending to the profile's tenant; ``accepted`` means send, anything else not.

    A subclass passes its heading and the send button's text, and adds what it says about the
    work with :meth:`add_part` before :meth:`finish_layout`."""

    def __init__(self, parent: QWidget, profile: Profile, *, title: str, heading: str, send_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.heading = label(heading, role="pageTitle", wrap=True)
        self.tenant = label(
            self.tr("Tenant: <b>{0}</b> (profile “{1}”)").format(escape(tenant_text(profile)), escape(profile.name)),
            rich=True, wrap=True,
        )
        if profile.production:
            self.production = label(
                self.tr("PRODUCTION — the tenant your technicians work in: they see these changes at once."),
                role="productionMarker", wrap=True,
            )
        else:
            self.production = label(self.tr("Not marked as production (a test or training tenant)."), role="muted", wrap=True)

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setDefault(True)  # Enter cancels: sending takes a deliberate click
        self.cancel_button.clicked.connect(self.reject)
        self.send_button = QPushButton(send_text)
        self.send_button.setAutoDefault(False)
        self.send_button.setObjectName("productionSend" if profile.production else "")
        self.send_button.clicked.connect(self.accept)

        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(10)
        for part in (self.heading, self.tenant, self.production):
            self._layout.addWidget(part)

    def ask(self, on_send: Callable[[], None]) -> None:
        """Open the question without blocking the event loop; ``on_send`` runs only on the send
        button. Once answered either way, the dialog goes away."""
        self.accepted.connect(on_send)
        self.finished.connect(lambda _result: self.deleteLater())
        self.open()

    def add_part(self, widget: QWidget) -> QWidget:
        self._layout.addWidget(widget)
        return widget

    def finish_layout(self) -> None:
        """The buttons, under what the subclass added; the focus on Cancel."""
        self._layout.addLayout(hbox(STRETCH, self.cancel_button, self.send_button))
        self.cancel_button.setFocus()


Question = TypeVar("Question", bound="SendConfirmation")


def open_question(parent: QWidget, kind: type[Question]) -> Question | None:
    """The question of ``kind`` that ``parent`` has on screen now, if any."""
    return next((dialog for dialog in parent.findChildren(kind) if dialog.isVisible()), None)


def note_lines(warnings: Sequence[str] = (), remarks: Sequence[str] = ()) -> str:
    """Rich text: warnings first (in red), then remarks (muted), one per line, in colours that
    read on the dialog's background under the palette of the moment (light or dark)."""
    background = application_palette().color(QPalette.ColorRole.Window)
    red, muted = readable(RED, background).name(), readable(GREY, background).name()
    lines = [f"<span style='color:{red}'>{escape(text)}</span>" for text in warnings]
    lines += [f"<span style='color:{muted}'>{escape(text)}</span>" for text in remarks]
    return "<br>".join(lines)


class PushConfirmation(SendConfirmation):
    """Asks before sending ``changes``."""

    def __init__(
        self, parent: QWidget, changes: Sequence[PendingChange], profile: Profile, *, left_out: Sequence[str] = (),
    ) -> None:
        self.changes = list(changes)
        number = len(self.changes)
        # Before QDialog.__init__ there is no self.tr: what goes to it is translated here.
        super().__init__(
            parent, profile, title=QCoreApplication.translate("PushConfirmation", "Send to Odyssee?"),
            heading=counted(QCoreApplication.translate("PushConfirmation", "Send %Ln change(s) to Odyssee?", None, number), number),
            send_text=counted(QCoreApplication.translate("PushConfirmation", "Send %Ln change(s)", None, number), number),
        )
        counts = counts_per_entity(self.changes)
        self.counts = self.add_part(label(
            "<br>".join(
                self.tr("<b>{0}:</b> {1}").format(escape(entity_title_text(entity)), escape(count_words(per_action)))
                for entity, per_action in counts.items()
            ),
            rich=True, wrap=True, selectable=True,
        ))
        warnings = [self.tr("The conflicts overwrite what was edited in Odyssee.")] if any(
            change.action == CONFLICT for change in self.changes
        ) else []
        remarks = [self.tr("Not sent: {0}.").format("; ".join(left_out))] if left_out else []
        self.notes = self.add_part(notes_label(warnings, remarks))
        self.finish_layout()


def notes_label(warnings: Sequence[str], remarks: Sequence[str]):
    """The dialog's notes (hidden when there are none), coloured from the palette's style sheet."""
    notes = label(note_lines(warnings, remarks), rich=True, wrap=True)
    notes.setVisible(bool(warnings or remarks))
    return notes


__all__ = [
    "PushConfirmation", "SendConfirmation", "open_question", "count_words", "counts_per_entity", "note_lines", "notes_label", "tenant_text",
]
