"""Writing files so that a crash or a reader never sees half of one."""
from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from pathlib import Path

_CHUNK = 1024 * 1024


def write_atomically(path: Path, content: bytes) -> None:
    """Write ``path`` so that a reader sees the old file or the new one, never a part.

    The content goes to a temporary file in the same folder, is flushed to disk, and is renamed
    over ``path``; the folder entry is then flushed too, so the rename survives a power cut.
    """
    path = Path(path)
    staged = write_staged(path, content)
    try:
        move_into_place(staged, path, replace=True)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise


def write_staged(path: Path, content: bytes) -> Path:
    """Write ``content`` to a hidden temporary file beside ``path`` (``.<name>.<random>.tmp``),
    flushed to disk, and return it; :func:`move_into_place` then makes it ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    return Path(temporary)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no such call and needs none)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def move_into_place(source: Path, destination: Path, *, replace: bool = False) -> None:
    """Rename ``source`` to ``destination`` atomically; unless ``replace``, never over an existing
    file (FileExistsError), even one another program puts there at the same moment."""
    source, destination = Path(source), Path(destination)
    if replace:
        os.replace(source, destination)
    elif os.name == "nt":
        os.rename(source, destination)  # Windows' rename refuses an existing destination
    else:
        try:
            os.link(source, destination)  # fails if the name exists, unlike rename
        except FileExistsError:
            raise
        except OSError as error:
            if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                raise
            # A file system without hard links (some shares): the small race is the lesser evil.
            if os.path.lexists(destination):
                raise FileExistsError(errno.EEXIST, "File exists", str(destination)) from None
            os.rename(source, destination)
        else:
            os.unlink(source)
    fsync_folder(destination.parent)


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's content, read in chunks; "" when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(_CHUNK), b""):
                digest.update(chunk)
    except OSError:
        return ""
    return digest.hexdigest()
