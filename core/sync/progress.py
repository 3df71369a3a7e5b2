"""How engines report progress and notice a cancel, without knowing who is watching.

The GUI adapts :class:`RunControl` to Qt signals, the CLI to a line on the terminal, tests to a
list. Engines call ``control.report(done, total, message)`` as they go and ``control.check()``
between items: a cancel takes effect between items, never half-way through one.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Callable

from core.errors import sentence
from core.odata.errors import CancelledError

# done, total (None while unknown), a short sentence such as "Company 12 of 40"
ProgressCallback = Callable[[int, "int | None", str], None]


def no_progress(done: int, total: int | None, message: str) -> None:
    """The progress callback of a caller that does not watch."""


@dataclass
class RunControl:
    progress: ProgressCallback = no_progress
    cancel: threading.Event = field(default_factory=threading.Event)
    # Called by check(): raises when the run may not go on (its lease was lost, see core.state).
    guard: Callable[[], None] | None = None

    def report(self, done: int, total: int | None, message: str = "") -> None:
        self.progress(done, total, message)

    def check(self) -> None:
        """Raise CancelledError once a cancel was asked for, or the guard's error.

        Engines call it between items and right before they send anything anywhere."""
        if self.guard is not None:
            self.guard()
        if self.cancel.is_set():
            raise CancelledError(sentence("Cancelled."))

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()
