"""Safe file names for files whose names come from the server (job approval PDFs, exports).

A ``file_name`` from Odyssee is untrusted text: it may hold ``..``, path separators, a drive
letter, control characters, a Windows reserved device name or hundreds of characters. Each path
*component* goes through :func:`safe_component`, which makes it a plain, portable name; a
template such as ``{job_reference}/{file_name}`` becomes a relative path with
:func:`safe_relative_path`; :func:`inside` is the last guard before anything is written.

Rules of :func:`safe_component` (what Windows, macOS and Linux all accept):

- Unicode is normalised (NFC); control characters (C0, DEL, C1) are dropped;
- ``/ \\ : * ? " < > |`` become ``_`` (so ``C:\\x.pdf`` → ``C__x.pdf``, ``a/b\\c.pdf`` → ``a_b_c.pdf``);
- leading dots and spaces go (no hidden files, no ``..``), trailing dots and spaces go (Windows
  drops them silently, which would make two names collide);
- a Windows device name (CON, PRN, AUX, NUL, COM0-9, LPT0-9, also with an extension, in any case:
  ``con.pdf``, ``LPT1.tar.gz``) gets a ``_`` in front;
- at most :data:`MAX_COMPONENT_CHARS` characters and :data:`MAX_COMPONENT_BYTES` UTF-8 bytes
  (most file systems allow 255 bytes, and ``.part`` is added while downloading), cut in the stem
  so the extension stays;
- what is left empty becomes the fallback name.
"""
from __future__ import annotations

import os
import re
import threading
import unicodedata
from pathlib import Path
from typing import Callable

from core.errors import UserError, sentence

MAX_COMPONENT_CHARS = 150
MAX_COMPONENT_BYTES = 200
MAX_EXTENSION_CHARS = 16
DEFAULT_FALLBACK = "_"

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_FORBIDDEN = re.compile(r'[/\\:*?"<>|]')
# COM¹ etc. are reserved too on Windows ("superscript digits").
_RESERVED = re.compile(r"(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)", re.IGNORECASE)
_SEPARATORS = re.compile(r"[/\\]+")


class UnsafePathError(UserError, ValueError):
    """A path would end up outside the folder it belongs in."""


def safe_component(name: object, *, fallback: str = DEFAULT_FALLBACK) -> str:
    """``name`` as one portable path component (never empty, never ``.`` or ``..``)."""
    text = unicodedata.normalize("NFC", "" if name is None else str(name))
    text = _CONTROL.sub("", text)
    text = _FORBIDDEN.sub("_", text)
    text = text.lstrip(". ").rstrip(". ")
    if not text:
        return DEFAULT_FALLBACK if fallback == DEFAULT_FALLBACK else safe_component(fallback)
    if _RESERVED.fullmatch(text.partition(".")[0].rstrip(" ")):
        text = "_" + text
    return _bounded(text)


def _bounded(text: str) -> str:
    if len(text) <= MAX_COMPONENT_CHARS and len(text.encode("utf-8")) <= MAX_COMPONENT_BYTES:
        return text
    stem, extension = os.path.splitext(text)
    if len(extension) > MAX_EXTENSION_CHARS or not extension[1:].strip():
        stem, extension = text, ""
    room_chars = MAX_COMPONENT_CHARS - len(extension)
    room_bytes = MAX_COMPONENT_BYTES - len(extension.encode("utf-8"))
    stem = stem[:room_chars]
    while len(stem.encode("utf-8")) > room_bytes:
        stem = stem[:-1]
    stem = stem.rstrip(". ")
    return (stem or "_") + extension


def safe_relative_path(text: str, *, fallback: str = DEFAULT_FALLBACK) -> Path:
    """A relative path from text that may use ``/`` or ``\\`` between folders.

    Every component is made safe on its own; empty components (``a//b``) are dropped, and ``..``
    can never climb up since it becomes a plain name. The last component falls back to
    ``fallback`` when nothing usable is left.
    """
    parts = [part for part in _SEPARATORS.split(text or "") if part.strip(" .")]
    components = [safe_component(part) for part in parts]
    if not components:
        components = [safe_component(fallback)]
    return Path(*components)


def inside(root: Path, path: Path) -> Path:
    """``path`` resolved, if it lies inside ``root`` (links followed); UnsafePathError otherwise."""
    resolved_root = Path(root).resolve()
    resolved = (resolved_root / path).resolve()
    if resolved == resolved_root or not resolved.is_relative_to(resolved_root):
        raise UnsafePathError(sentence(
            "{path} would be written outside {root}; it was not written.", path=str(path), root=str(resolved_root),
        ))
    return resolved


def numbered(name: str, number: int) -> str:
    """``report.pdf`` → ``report (2).pdf`` (the extension stays, the length bound holds)."""
    stem, extension = os.path.splitext(name)
    if len(extension) > MAX_EXTENSION_CHARS:
        stem, extension = name, ""
    suffix = f" ({number})"
    return _bounded(stem[: max(1, MAX_COMPONENT_CHARS - len(suffix) - len(extension))] + suffix + extension)


class NameReservations:
    """Hands out file paths no other download uses, for downloads running at the same time.

    A path is free when no file exists there and no running download has reserved it; names are
    compared without case (Windows and macOS folders ignore it). ``reserve`` adds " (2)", " (3)"…
    until the name is free. ``keep`` is a path the caller may overwrite (the same file, downloaded
    again); ``reuse(path)`` says whether an existing file may be taken as it is (it already holds
    the content being saved).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._taken: set[str] = set()

    def reserve(self, path: Path, *, keep: Path | None = None, reuse: Callable[[Path], bool] | None = None) -> Path:
        with self._lock:
            candidate = path
            number = 1
            while True:
                key = _key(candidate)
                reusable = keep is not None and key == _key(keep)
                if key not in self._taken and not reusable and _exists(candidate) and reuse is not None:
                    reusable = candidate.is_file() and reuse(candidate)
                if key not in self._taken and (reusable or not _exists(candidate)):
                    self._taken.add(key)
                    return candidate
                number += 1
                candidate = path.with_name(numbered(path.name, number))

    def release(self, path: Path) -> None:
        with self._lock:
            self._taken.discard(_key(path))


def _key(path: Path) -> str:
    return os.path.normcase(str(path)).casefold()


def _exists(path: Path) -> bool:
    # On Windows and macOS the folder itself ignores case, so exists() sees "A.pdf" for "a.pdf".
    return path.exists() or path.is_symlink()


__all__ = [
    "MAX_COMPONENT_BYTES",
    "MAX_COMPONENT_CHARS",
    "NameReservations",
    "UnsafePathError",
    "inside",
    "numbered",
    "safe_component",
    "safe_relative_path",
]
