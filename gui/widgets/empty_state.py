"""What a list or a detail pane shows while it has nothing to show: one centred, muted sentence.

:class:`EmptyStateStack` holds the content (a table, tabs, a preview) and that sentence, one of
them on screen: ``show_empty("Reading…")`` until the rows are in, then ``show_content()``.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget


def empty_state(text: str) -> QLabel:
    """A centred, muted sentence for a table with nothing in it (yet)."""
    label = QLabel(text)
    label.setObjectName("emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


class EmptyStateStack(QStackedWidget):
    """``content`` or, while there is nothing in it, a sentence saying why (shown first)."""

    def __init__(self, content: QWidget, text: str) -> None:
        super().__init__()
        self.empty = empty_state(text)
        self.content = content
        self.addWidget(self.empty)
        self.addWidget(content)

    def show_empty(self, text: str | None = None) -> None:
        if text is not None:
            self.empty.setText(text)
        self.setCurrentWidget(self.empty)

    def show_content(self) -> None:
        self.setCurrentWidget(self.content)


__all__ = ["EmptyStateStack", "empty_state"]
