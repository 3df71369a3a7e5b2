"""A one-line label that never widens the window: text too long for its room ends in "…".

A plain QLabel asks its layout for the width of its whole text, so a company with a 150-letter
name in a detail pane's title pushes the window wider than the screen. :class:`ElidedLabel`
asks for that width when there is room (it looks like a QLabel then) but can be squeezed to a
few letters; what does not fit is cut with "…" and the whole text is in its tooltip.

``text()`` stays the whole text (tests, accessibility and copying read it); rich text is shown
as plain text once it has to be cut.
"""
from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget

MIN_LETTERS = 8  # squeezed to the width of this many letters at the most


def plain_text(label: QLabel) -> str:
    """The label's text as the reader sees it (tags removed from rich text)."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    return QTextDocumentFragment.fromHtml(text).toPlainText() if rich else text


class ElidedLabel(QLabel):
    """A QLabel for one line (or a few short ones) of text that may be longer than its room."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._own_tooltip = ""  # the tooltip this label set itself (the whole text), to take back
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    @property
    def elided(self) -> bool:
        """Whether the text is cut now (it does not fit the label's width)."""
        if self.wordWrap() or not self.text():
            return False
        return super().sizeHint().width() > self.width()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.wordWrap():
            return hint
        room = self.fontMetrics().horizontalAdvance("M" * MIN_LETTERS) + self._frame_width()
        return QSize(min(hint.width(), room), hint.height())

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._update_tooltip()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self.elided:
            super().paintEvent(event)
            return
        QFrame.paintEvent(self, event)  # the frame and a style sheet's background and border
        painter = QPainter(self)
        rect = self.contentsRect()
        indent = max(self.margin(), 0)
        rect.adjust(indent, indent, -indent, -indent)
        metrics = self.fontMetrics()
        lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width()) for line in plain_text(self).splitlines()]
        self.style().drawItemText(
            painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), "\n".join(lines), self.foregroundRole(),
        )
        painter.end()

    def _frame_width(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right() + 2 * max(self.margin(), 0)

    def _update_tooltip(self) -> None:
        """The whole text as the tooltip while it is cut; a tooltip given by the page stays."""
        current = self.toolTip()
        if current and current != self._own_tooltip:
            return  # the page's own tooltip
        wanted = plain_text(self) if self.elided else ""
        if wanted != current:
            self.setToolTip(wanted)
        self._own_tooltip = wanted


__all__ = ["ElidedLabel", "plain_text"]
