"""Where the assistant keeps its files.

platformdirs' per-user folders by default. ``ODYSSEE_SYNC_HOME`` moves all of them under one
folder (tests, portable installs): ``config/``, ``data/``, ``cache/`` and ``logs/`` inside it.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import platformdirs

APP_NAME = "odyssee-sync"
APP_AUTHOR = "OdysseeSync"
HOME_VARIABLE = "ODYSSEE_SYNC_HOME"


def _folder(kind: str) -> Path:
    home = os.environ.get(HOME_VARIABLE)
    if home:
        path = Path(home).expanduser() / kind
    else:
        finder = {
            "config": platformdirs.user_config_dir,
            "data": platformdirs.user_data_dir,
            "cache": platformdirs.user_cache_dir,
            "logs": platformdirs.user_log_dir,
        }[kind]
        path = Path(finder(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    return _folder("config")


def data_dir() -> Path:
    return _folder("data")


def cache_dir() -> Path:
    return _folder("cache")


def log_dir() -> Path:
    return _folder("logs")


def profile_file_stem(profile_name: str) -> str:
    """A file name for a profile's own file: a readable slug plus a hash of the exact name.

    The hash keeps names apart that differ only in case or punctuation ("Prod", "prod", "Prod!").
    """
    slug = re.sub(r"[^a-z0-9]+", "-", profile_name.lower()).strip("-")[:40].strip("-") or "profile"
    return f"{slug}-{hashlib.sha256(profile_name.encode('utf-8')).hexdigest()[:12]}"
