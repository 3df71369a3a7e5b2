"""The first time a profile opens: may the window work by itself in the background?

Automatic work is offered, never assumed. A profile with a download folder whose owner has not
said yet whether new job approval PDFs may arrive there by themselves
(:func:`core.services.polling.background_undecided`) gets this question once, when the window
opens it: download new PDFs as Odyssee makes them, and (where the profile exports) write
completed work to the ERP by itself. Both boxes start unticked; "Not now" (the default button,
also Escape) records a no, so the question does not come back; Settings changes it later. The
answer is saved in the profile, and the open session follows it at once. The demo profile says
yes in advance (its window says so).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QLayout, QPushButton, QVBoxLayout, QWidget

from core.settings import Profile, Settings
from gui.models.words import counted
from gui.widgets.build import STRETCH, hbox, label


def minutes_text(seconds: int) -> str:
    minutes = max(1, round(seconds / 60))
    if minutes == 1:
        return QCoreApplication.translate("BackgroundQuestion", "every minute")
    return counted(QCoreApplication.translate("BackgroundQuestion", "every %Ln minute(s)", None, minutes), minutes)


class BackgroundQuestion(QDialog):
    """Asks which background work the window may do for ``profile``; :meth:`answer` says it."""

    def __init__(self, parent: QWidget, profile: Profile) -> None:
        super().__init__(parent)
        self.profile = profile
        self.setWindowTitle(self.tr("Work in the background?"))
        self.setMinimumWidth(500)
        heading = label(self.tr("May this window work by itself for “{0}”?").format(profile.name), role="pageTitle", wrap=True)
        explanation = label(self.tr(
            "While the window (or its tray icon) is open, it can fetch new work from Odyssee without "
            "you pressing a button. Nothing runs in the background until you say so here or in Settings."
        ), wrap=True)
        self.downloads_box = QCheckBox(
            self.tr("Download new job approval PDFs as Odyssee makes them ({0}), into {1}").format(
                minutes_text(profile.poll_interval_pdf), profile.download_dir,
            )
        )
        self.export_box = QCheckBox(
            self.tr("Write completed work to the ERP by itself ({0})").format(minutes_text(profile.poll_interval_completed))
        )
        self.export_box.setVisible(bool(profile.export_to) and not profile.auto_export)
        for box in (self.downloads_box, self.export_box):
            box.toggled.connect(self._update_buttons)
        self.later_note = label(self.tr("You can change this at any time in Settings."), role="muted", wrap=True)

        self.not_now_button = QPushButton(self.tr("Not now"))
        self.not_now_button.setDefault(True)
        self.not_now_button.clicked.connect(self.reject)
        self.turn_on_button = QPushButton(self.tr("Turn on"))
        self.turn_on_button.setAutoDefault(False)
        self.turn_on_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        # At least as large as what it holds: a check box does not wrap, and its sentence (longer in
        # French or Dutch, with a long folder) must be read in full.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        for part in (heading, explanation, self.downloads_box, self.export_box, self.later_note):
            layout.addWidget(part)
        layout.addLayout(hbox(STRETCH, self.not_now_button, self.turn_on_button))
        self._update_buttons()
        self.not_now_button.setFocus()

    def _update_buttons(self) -> None:
        self.turn_on_button.setEnabled(self.downloads_box.isChecked() or self.export_box.isChecked())

    def answer(self, accepted: bool) -> Profile:
        """The profile with the answer in it: what was ticked when accepted, else a no to downloads."""
        if not accepted:
            return replace(self.profile, auto_download=False)
        return replace(
            self.profile,
            auto_download=self.downloads_box.isChecked(),
            auto_export=self.profile.auto_export or (self.export_box.isVisible() and self.export_box.isChecked()),
        )


def save_answer(profile: Profile) -> Profile:
    """Keep the answer in the settings file (only the two fields: the rest stays as saved)."""
    settings = Settings.load()
    saved = settings.get(profile.name)
    kept = settings.add(
        replace(saved, auto_download=profile.auto_download, auto_export=profile.auto_export), replace=True,
    )
    settings.save()
    return kept


def ask_about_background(window: Any, session: Any) -> BackgroundQuestion:
    """Open the question for the session's profile (not modal to the event loop: ``open()``); the
    answer goes to the settings file and to the open session, whose polls follow it."""
    dialog = BackgroundQuestion(window, session.profile)

    def answered(result: int) -> None:
        # The session follows the answer at once; the settings file is written in the background.
        session.profile = dialog.answer(result == QDialog.DialogCode.Accepted)
        if window.session is session:
            window.poller.set_session(session)
        window.runner.run(
            lambda _control: save_answer(session.profile),
            on_error=lambda failure: window.statusBar().showMessage(
                QCoreApplication.translate("BackgroundQuestion", "The answer could not be saved: {0}").format(
                    failure.message
                ),
                10_000,
            ),
            owner=window,
            label=QCoreApplication.translate("BackgroundQuestion", "Saving the answer"),
        )
        dialog.deleteLater()

    dialog.finished.connect(answered)
    dialog.open()
    return dialog


__all__ = ["BackgroundQuestion", "ask_about_background", "minutes_text", "save_answer"]
