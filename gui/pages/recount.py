"""Pages that change what the Overview counts (a push, an export, a download) tell it here."""
from __future__ import annotations

from typing import Any


def tell_overview(window: Any, key: str, number: int | None = None, detail: str = "") -> None:
    """Show ``number`` on the Overview's card ``key`` when it is known, else count it again."""
    overview = window.pages.get("overview")
    if overview is None or not hasattr(overview, "refresh_count"):
        return
    if number is None:
        overview.refresh_count(key)
    else:
        overview.show_count(key, number, detail)


__all__ = ["tell_overview"]
