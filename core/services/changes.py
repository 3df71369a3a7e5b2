"""What a piece of work changed, so that every view showing it can bring itself up to date.

In the spirit of Anki's ``OpChanges``: an engine's result says what it touched (the runs, the
journal, Odyssee's records, what waits for a push, for the ERP, for a download), and whoever
finished the work hands that on. A front end refreshes exactly what shows those things; nobody
has to know who else is watching.

A :class:`Changes` may also carry what is *known* as of now, so that no one counts it again:
``counts`` (the number a page just listed, for a summary elsewhere to show the same number) and
``plan`` (a push plan just made, for the page that reviews it).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from core.sync.export import ExportResult
from core.sync.pdfs import PdfResult
from core.sync.push import PushResult

# The counts a summary shows (the Overview's cards) by the list they come from.
PENDING_PUSHES = "pushes"  # creates, updates and conflicts of the push plan
READY_WORK = "ready_work"  # final approvals not in the ERP yet (held back ones included)
NEW_PDFS = "new_pdfs"  # job approval PDFs on the server, not downloaded yet

# The flags, in the order they are named in ``str(changes)``.
FLAGS = ("runs", "journal", "odyssee", "pushed", "exported", "completed", "pdfs")


@dataclass(frozen=True)
class Count:
    """A count with a line of detail (``12 create · 3 update``; empty: nothing to add)."""

    number: int
    detail: str = ""


@dataclass(frozen=True)
class Changes:
    runs: bool = False  # a push, export or download run was recorded (recent runs)
    journal: bool = False  # journal rows were written (what was sent, record by record)
    odyssee: bool = False  # records in Odyssee were created or changed (its counts, its lists)
    pushed: bool = False  # what waits for a push changed (the plan is out of date)
    exported: bool = False  # completed work reached the ERP, or was held back (the ready list)
    completed: bool = False  # more completed work is ready in Odyssee than was listed
    pdfs: bool = False  # job approval PDFs were downloaded (new, downloaded and waiting lists)
    counts: tuple[tuple[str, Count], ...] = ()  # (key, count) known as of now
    plan: Any = None  # a push plan just made (core.sync.plan.Plan), for whoever reviews one

    def __bool__(self) -> bool:
        return self.changed or bool(self.counts) or self.plan is not None

    @property
    def changed(self) -> bool:
        """Whether anything changed (rather than only became known)."""
        return any(getattr(self, name) for name in FLAGS)

    def touches(self, *names: str) -> bool:
        """Whether any of these flags is set."""
        return any(getattr(self, name) for name in names)

    def count(self, key: str) -> Count | None:
        for name, value in self.counts:
            if name == key:
                return value
        return None

    def with_count(self, key: str, count: Count) -> "Changes":
        """These changes, and ``count`` known as of now for ``key``."""
        kept = tuple((name, value) for name, value in self.counts if name != key)
        return replace(self, counts=(*kept, (key, count)))

    def __or__(self, other: "Changes") -> "Changes":
        """Both changes at once (the later one's counts and plan win)."""
        flags = {name: getattr(self, name) or getattr(other, name) for name in FLAGS}
        counts = dict(self.counts)
        counts.update(other.counts)
        plan = other.plan if other.plan is not None else self.plan
        return Changes(**flags, counts=tuple(counts.items()), plan=plan)

    def __str__(self) -> str:
        names = [name for name in FLAGS if getattr(self, name)]
        names += [f"{key}={value.number}" for key, value in self.counts]
        if self.plan is not None:
            names.append("plan")
        return "Changes(" + ", ".join(names) + ")"


NOTHING = Changes()


def changes_of(result: object) -> Changes:
    """What an engine's result changed: a push, an export or a download (or a poll's outcome).

    Every run is recorded (``runs``); what else changed depends on what the run did: an export
    or a download that found nothing to do changed no list.
    """
    own = getattr(result, "changes", None)
    if isinstance(own, Changes):
        return own
    ran = getattr(result, "run_id", None) is not None
    if isinstance(result, PushResult):
        sent = any(outcome.status == "ok" for outcome in result.outcomes)
        return Changes(runs=ran, journal=ran, odyssee=sent, pushed=True)
    if isinstance(result, ExportResult):
        tried = bool(result.exported or result.failed or result.recovered)
        # An exported approval's PDF now waits for Odyssee: the PDF page's "waiting" list changes.
        return Changes(runs=ran, journal=tried, exported=tried, pdfs=bool(result.exported))
    if isinstance(result, PdfResult):
        return Changes(runs=ran, pdfs=bool(result.downloaded or result.recovered))
    return NOTHING


__all__ = [
    "FLAGS", "NEW_PDFS", "NOTHING", "PENDING_PUSHES", "READY_WORK", "Changes", "Count", "changes_of",
]
