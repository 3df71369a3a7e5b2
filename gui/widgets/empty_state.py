"""What a list or a detail pane shows while it has nothing to show: one centred, muted sentence.

:class:`EmptyStateStack` holds the content (a table, tabs, a preview) and that sentence, one of
them on screen: ``show_empty("Reading…")`` until the rows are in, then ``show_content()``.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStackedWidget, QVBoxLayout, QWidget

BUSY_BAR_WIDTH = 220


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
        self.busy_text = QLabel()
        self.busy_text.setObjectName("muted")
        self.busy_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_text.setWordWrap(True)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # moving: how long it takes is not known
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedWidth(BUSY_BAR_WIDTH)
        self.busy = QWidget()
        column = QVBoxLayout(self.busy)
        column.addStretch(1)
        column.addWidget(self.busy_text)
        column.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.addWidget(self.empty)
        self.addWidget(content)
        self.addWidget(self.busy)

    def show_empty(self, text: str | None = None) -> None:
        if text is not None:
            self.empty.setText(text)
        self.setCurrentWidget(self.empty)

    def show_busy(self, text: str) -> None:
        """``text`` over a moving bar, until :meth:`show_content` or :meth:`show_empty`."""
        self.busy_text.setText(text)
        self.setCurrentWidget(self.busy)

    @property
    def is_busy(self) -> bool:
        return self.currentWidget() is self.busy

    def show_content(self) -> None:
        self.setCurrentWidget(self.content)


__all__ = ["EmptyStateStack", "empty_state"]
