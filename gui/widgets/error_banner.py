"""A strip at the top of a page: one sentence, an optional action, and the detail on request.

Failures never open a traceback dialog: the banner shows ``TaskFailure.message`` and a "Details"
button unfolds the detail (the server's answer, the URL, or a traceback) in a read-only box the
user can copy from. The same banner shows success and information in calmer colours (the
application's style sheet has them, for a light and for a dark palette).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.tasks import TaskFailure

KINDS = ("error", "warning", "info", "success")  # each has its colours in the application's style sheet


class ErrorBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.kind = "error"
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.action_button = QPushButton()
        self.action_button.hide()
        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.clear)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details of the message"))
        self.details.setMaximumHeight(160)
        self.details.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.message, 1)
        row.addWidget(self.action_button)
        row.addWidget(self.details_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addLayout(row)
        layout.addWidget(self.details)
        self._action: Callable[[], None] | None = None
        self.action_button.clicked.connect(self._run_action)
        self.hide()

    # --- showing ---------------------------------------------------------------------------------

    def show_failure(self, failure: TaskFailure, *, action: tuple[str, Callable[[], None]] | None = None) -> None:
        """Show a task's failure; cancelled tasks are not news and are ignored."""
        if failure.cancelled:
            return
        self.show_message(failure.message, failure.detail, kind="error", action=action)

    def show_message(
        self,
        text: str,
        detail: str = "",
        *,
        kind: str = "error",
        action: tuple[str, Callable[[], None]] | None = None,
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"not a kind of message: {kind}")
        self.kind = kind
        self.setProperty("bannerKind", kind)  # the style sheet's colours for it (gui/app.py), light or dark
        for widget in (self, self.message):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.message.setText(text)
        self.details.setPlainText(detail)
        self.details_button.setVisible(bool(detail.strip()))
        self.details_button.setChecked(False)
        self.details.hide()
        if action is None:
            self._action = None
            self.action_button.hide()
        else:
            self.action_button.setText(action[0])
            self._action = action[1]
            self.action_button.show()
        self.show()

    def clear(self) -> None:
        self.hide()
        self.message.clear()
        self.details.clear()
        self._action = None

    @property
    def text(self) -> str:
        return "" if self.isHidden() else self.message.text()

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)

    def _run_action(self) -> None:
        if self._action is not None:
            self._action()


__all__ = ["ErrorBanner"]
