"""Work-arounds for defects of the Qt binding, detected at import rather than assumed.

**PySide6 6.12.0 on Python 3.11 gives away references it does not own.** Every call of a
``void`` Qt method from Python (``label.setText(...)``, ``view.update()``…) returns ``None``
without a reference, and every ``signal.emit(...)`` does the same with ``True``. Each call
takes one reference from the interpreter's ``None`` or ``True``; once the count reaches zero
the process aborts ("Fatal Python error: none_dealloc" / "bool_dealloc"). A GUI makes such
calls thousands of times a minute: scrolling a long list crashes it within minutes.
PySide6 6.11 does not do this, and from Python 3.12 on these objects are immortal, so the loss
does not matter there.

When the probe below sees the loss, ``None``, ``True`` and ``False`` are given 2**40 extra
references — what Python 3.12 does for them by design — so no realistic session can use them
up. The probe runs once, when ``gui`` is imported; with a sound binding nothing is changed.
"""
from __future__ import annotations

import ctypes
import sys
from typing import Callable

from PySide6.QtCore import QObject, Signal

PROBES = 64
EXTRA_REFERENCES = 1 << 40


class _Probe(QObject):
    ping = Signal()


def _loses_references(target: object, action: Callable[[], object]) -> bool:
    before = sys.getrefcount(target)
    for _ in range(PROBES):
        action()
    return before - sys.getrefcount(target) >= PROBES // 2


def _make_immortal(target: object) -> None:
    # CPython before 3.12: an object's address is its id and starts with its reference count.
    ctypes.c_ssize_t.from_address(id(target)).value += EXTRA_REFERENCES


def _apply() -> bool:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    probe = _Probe()
    defective = _loses_references(None, lambda: probe.setObjectName("probe")) or _loses_references(
        True, probe.ping.emit
    )
    if defective:
        for target in (None, True, False):
            _make_immortal(target)
    return defective


BINDING_LOSES_REFERENCES = _apply()

__all__ = ["BINDING_LOSES_REFERENCES"]
