"""Files shipped with the application: icons, the demo ERP, example mappings, the .desktop file.

They travel inside the installed package (``pip install .`` included), so code finds them
with :func:`path` and never with a path relative to the source tree.
"""
from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path


def path(*parts: str) -> Path:
    """The file ``resources/<parts…>`` as a real path (raises FileNotFoundError if absent)."""
    resource = files(__name__).joinpath(*parts)
    if not resource.is_file():
        raise FileNotFoundError(f"resource missing from the installation: {'/'.join(parts)}")
    with as_file(resource) as real_path:
        return Path(real_path)


def read_text(*parts: str) -> str:
    return files(__name__).joinpath(*parts).read_text(encoding="utf-8")
