"""A progress line with a Cancel button, following one task at a time.

``panel.track(task, "Loading companies…")`` shows the panel while the task runs: a busy bar
while the total is unknown, a filling bar with "12 of 40" once the task reports one. Cancel sets
the task's cancel flag (the engine stops at its next check) and the panel hides at once.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from gui.models.sentences import core_text
from gui.tasks import Task


class ProgressPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(260)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._task: Task | None = None
        self._on_cancel: Callable[[], None] | None = None
        self.hide()

    def track(self, task: Task, text: str, *, on_cancel: Callable[[], None] | None = None) -> None:
        """Follow ``task`` until it finishes; ``on_cancel`` runs after Cancel was pressed."""
        self._task = task
        self._on_cancel = on_cancel
        self.label.setText(text)
        self.bar.setRange(0, 0)
        task.progressed.connect(self._progressed)
        task.finished.connect(lambda: self._finished(task))
        self.show()

    def show_busy(self, text: str, on_cancel: Callable[[], None]) -> None:
        """Show without a Task (a model's own loading); ``on_cancel`` stops the work."""
        self._task = None
        self._on_cancel = on_cancel
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.show()

    def done(self) -> None:
        self._task = None
        self._on_cancel = None
        self.hide()

    def cancel(self) -> None:
        task, callback = self._task, self._on_cancel
        if task is not None:
            task.cancel()
        self.done()
        if callback is not None:
            callback()

    def _progressed(self, done: int, total: object, message: str) -> None:
        if isinstance(total, int) and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if message:
            self.label.setText(core_text(message))  # core's words, recognised from the text the signal carried

    def _finished(self, task: Task) -> None:
        if task is self._task:
            self.done()


__all__ = ["ProgressPanel"]
