"""The counts a page lists and a summary repeats, each defined once.

The Overview's cards, a page's status line and the tray's news show the same number for the same
thing only when they count it the same way: each count here turns what a page (or a background
poll, or the Overview's own count) just read into a :class:`core.services.changes.Count`, and
every place that shows the count takes it from there.
"""
from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QCoreApplication

from core.services.changes import Count
from core.sync.plan import CONFLICT, CREATE, UPDATE
from gui.models.plan_model import counts_text
from gui.models.words import counted

PUSHED_ACTIONS = (CREATE, UPDATE, CONFLICT)  # the actions of a plan that change Odyssee


def pending_count(plan: Any) -> Count:
    """What a push would change in Odyssee: creates, updates and conflicts, then per action."""
    totals = plan.totals()
    detail = counts_text(totals)
    if plan.problems:
        problems = len(plan.problems)
        problems_text = QCoreApplication.translate("counts", "%Ln problem(s)", None, problems)
        detail = f"{detail} — {counted(problems_text, problems)}"
    return Count(sum(totals.get(action, 0) for action in PUSHED_ACTIONS), detail)


def ready_count(items: Sequence[Any], profile: Any = None) -> Count:
    """Final approvals not in the ERP yet (held back ones included), and how many of them are
    held back or cannot go until they are corrected."""
    held = sum(1 for item in items if item.held is not None)
    blocked = sum(1 for item in items if not item.exportable and item.held is None)
    parts = [
        QCoreApplication.translate("counts", "%Ln held back", None, held) if held else "",
        QCoreApplication.translate("counts", "%Ln with problems", None, blocked) if blocked else "",
        QCoreApplication.translate("counts", "no export target set") if profile is not None and not profile.export_to else "",
    ]
    return Count(len(items), "; ".join(part for part in parts if part))


def new_pdf_count(files: Sequence[Any]) -> Count:
    """Job approval PDFs on the server, not downloaded yet."""
    return Count(len(files))


__all__ = ["PUSHED_ACTIONS", "new_pdf_count", "pending_count", "ready_count"]
