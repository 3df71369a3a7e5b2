"""The application's log file: ``odyssee-sync.log`` in the user log folder, rotated.

What goes in is what the modules log (requests with method, URL, status, duration and size;
engine runs). Credentials never do: the request log has no headers, and errors carry no
secrets, which a test checks by searching every file the application writes.
"""
from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from core import paths

LOG_FILE_NAME = "odyssee-sync.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _AppFileHandler(RotatingFileHandler):
    """Marks the handler this module installed, so a second call replaces it instead of adding."""


class _EchoHandler(logging.StreamHandler):
    """The log on stderr as well, for ``--verbose``."""


def setup_logging(level: int = logging.INFO, *, echo: bool = False) -> Path:
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
    handler = _AppFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    # httpx logs every request at INFO; our request log already does, without the noise.
    for chatty in ("httpx", "httpcore"):
        logging.getLogger(chatty).setLevel(logging.WARNING)
    return path
