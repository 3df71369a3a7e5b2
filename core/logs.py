"""The application's log file: ``odyssee-sync.log`` in the user log folder, rotated.

The window, its tray and a scheduled ``watch`` write the same file at the same time. A plain
RotatingFileHandler renames the file under the others' feet (on Windows the rename fails,
WinError 32, and records are lost); concurrent-log-handler takes a lock file for each write and
each rotation, so every process's records arrive whole, in one file.

What goes in is what the modules log (requests with method, URL, status, duration and size;
engine runs). Credentials never do: the request log has no headers, and errors carry no
secrets, which a test checks by searching every file the application writes.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from concurrent_log_handler import ConcurrentRotatingFileHandler

from core import paths

LOG_FILE_NAME = "odyssee-sync.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _AppFileHandler(ConcurrentRotatingFileHandler):
    """Marks the handler this module installed, so a second call replaces it instead of adding."""


class _EchoHandler(logging.StreamHandler):
    """The log on stderr as well, for ``--verbose``."""


def setup_logging(
    level: int = logging.INFO, *, echo: bool = False, max_bytes: int = 2_000_000, backup_count: int = 3,
) -> Path:
    """Send log records of ``level`` and above to the log file (and to stderr with ``echo``);
    returns its path."""
    path = paths.log_dir() / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _EchoHandler):
            root.removeHandler(handler)
    if echo:
        stream = _EchoHandler(sys.stderr)
        stream.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(stream)
    root.setLevel(level)
    for handler in list(root.handlers):
        if isinstance(handler, _AppFileHandler):
            if Path(handler.baseFilename) == path.resolve():
                handler.setLevel(level)
                return path
            root.removeHandler(handler)
            handler.close()
    # The file is opened for each write, so that another process's rotation never meets it open.
    handler = _AppFileHandler(path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8", keep_file_open=False)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    # httpx logs every request at INFO; our request log already does, without the noise.
    for chatty in ("httpx", "httpcore"):
        logging.getLogger(chatty).setLevel(logging.WARNING)
    return path
