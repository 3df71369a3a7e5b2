"""A long session of Qt calls must not use up the interpreter's None and True (PySide6 6.12 on
Python 3.11 takes a reference from them on every void call and every emit; see gui/qtcompat.py)."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import gui.qtcompat


class Source(QObject):
    changed = Signal(bool)


def test_a_long_sessions_calls_leave_none_and_true_alive(qtbot):
    source = Source()
    received = [0]
    source.changed.connect(lambda value: received.__setitem__(0, received[0] + 1))
    calls = 3 * max(sys.getrefcount(None), sys.getrefcount(True)) if not gui.qtcompat.BINDING_LOSES_REFERENCES else 100_000
    calls = min(calls, 200_000)
    for _ in range(calls):
        source.changed.emit(True)  # may take a reference from True
        source.setObjectName("x")  # may take one from None
    # Without the guard the interpreter aborts during the loop (bool_dealloc / none_dealloc).
    assert received[0] == calls
    assert sys.getrefcount(None) > 0 and sys.getrefcount(True) > 0
