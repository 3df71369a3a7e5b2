"""Window size, splitters and column layouts, remembered between runs.

Kept with ``QSettings`` in an INI file in :func:`core.paths.config_dir` (never the Windows
registry), so ``ODYSSEE_SYNC_HOME`` moves it along with everything else and tests stay isolated.
Keys are grouped per page: ``window/geometry``, ``browse/Company/columns``…

One QSettings object per file serves the whole window: values are kept in memory and Qt writes
the small file in its own deferred sync, so remembering a column width never reads the disk.
"""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter

from core import paths

FILE_NAME = "window-state.ini"


_open: dict[str, QSettings] = {}


def ui_settings() -> QSettings:
    path = str(paths.config_dir() / FILE_NAME)
    settings = _open.get(path)
    if settings is None:
        settings = _open[path] = QSettings(path, QSettings.Format.IniFormat)
    return settings


def load_json(key: str, default: Any = None) -> Any:
    """A JSON value (lists of columns, width maps); the default when absent or unreadable."""
    text = ui_settings().value(key)
    if not isinstance(text, str):
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


def save_json(key: str, value: Any) -> None:
    ui_settings().setValue(key, json.dumps(value))


def restore_splitter(splitter: QSplitter, key: str) -> None:
    state = ui_settings().value(key)
    if isinstance(state, QByteArray) and not state.isEmpty():
        splitter.restoreState(state)


def save_splitter(splitter: QSplitter, key: str) -> None:
    ui_settings().setValue(key, splitter.saveState())


def restore_header(header: QHeaderView, key: str) -> bool:
    state = ui_settings().value(key)
    if isinstance(state, QByteArray) and not state.isEmpty():
        return header.restoreState(state)
    return False


def save_header(header: QHeaderView, key: str) -> None:
    ui_settings().setValue(key, header.saveState())


__all__ = [
    "FILE_NAME",
    "load_json",
    "restore_header",
    "restore_splitter",
    "save_header",
    "save_json",
    "save_splitter",
    "ui_settings",
]
