"""The question before a push: what is about to be sent, to which tenant, and is it production.

Nothing leaves the Pending pushes page without it. The dialog counts the checked changes per
entity and action ("Companies: 3 creates, 12 updates"), names the tenant (the profile's domain and
the host of its base URL) and says whether the profile is marked as production, in red when it
is. Cancel is the default button: Enter, Escape or closing the window send nothing; only
"Send N changes" does. The page opens it with ``open()``, not ``exec()``: the event loop goes on
while it waits, so tests and the screenshot tour can answer it.
"""
from __future__ import annotations

from html import escape
from typing import Sequence
from urllib.parse import urlsplit

from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from core.odyssee.model import entity_title
from core.settings import Profile
from core.sync.plan import CONFLICT, PendingChange
from gui.models.plan_model import ACTION_ORDER, GREY, RED, count_text
from gui.widgets.build import STRETCH, hbox, label


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
    return f"{profile.domain} at {host}" if profile.domain else host


class PushConfirmation(QDialog):
    """Asks before sending ``changes``; ``accepted`` means send them, anything else means not."""

    def __init__(
        self, parent: QWidget, changes: Sequence[PendingChange], profile: Profile, *, left_out: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.changes = list(changes)
        self.setWindowTitle("Send to Odyssee?")
        self.setMinimumWidth(520)
        number = len(self.changes)
        noun = "change" if number == 1 else "changes"

        self.heading = label(f"Send {number:,} {noun} to Odyssee?", role="pageTitle")
        self.tenant = label(
            f"Tenant: <b>{escape(tenant_text(profile))}</b> (profile “{escape(profile.name)}”)", rich=True, wrap=True,
        )
        if profile.production:
            self.production = label(
                "PRODUCTION — the tenant your technicians work in: they see these changes at once.", wrap=True,
            )
            self.production.setStyleSheet(
                f"QLabel {{ background: {RED}; color: #ffffff; font-weight: bold; border-radius: 3px; padding: 6px 8px; }}"
            )
        else:
            self.production = label("Not marked as production (a test or training tenant).", wrap=True)
            self.production.setStyleSheet(f"QLabel {{ color: {GREY}; }}")

        counts = counts_per_entity(self.changes)
        self.counts = label(
            "<br>".join(
                f"<b>{escape(entity_title(entity))}:</b> {escape(count_words(per_action))}"
                for entity, per_action in counts.items()
            ),
            rich=True, wrap=True, selectable=True,
        )
        notes = []
        if any(change.action == CONFLICT for change in self.changes):
            notes.append(f"<span style='color:{RED}'>The conflicts overwrite what was edited in Odyssee.</span>")
        if left_out:
            notes.append(f"<span style='color:{GREY}'>Not sent: {escape('; '.join(left_out))}.</span>")
        self.notes = label("<br>".join(notes), rich=True, wrap=True)
        self.notes.setVisible(bool(notes))

        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setDefault(True)  # Enter cancels: sending takes a deliberate click
        self.cancel_button.clicked.connect(self.reject)
        self.send_button = QPushButton(f"Send {number:,} {noun}")
        self.send_button.setAutoDefault(False)
        if profile.production:
            self.send_button.setStyleSheet(f"QPushButton {{ color: {RED}; font-weight: bold; }}")
        self.send_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for part in (self.heading, self.tenant, self.production, self.counts, self.notes):
            layout.addWidget(part)
        layout.addLayout(hbox(STRETCH, self.cancel_button, self.send_button))
        self.cancel_button.setFocus()


__all__ = ["PushConfirmation", "count_words", "counts_per_entity", "tenant_text"]
