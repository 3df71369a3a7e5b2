"""Polling Odyssee for rows changed since a watermark, the way the ERP-link guide describes.

The guide keeps the highest ``modified_dateutc`` processed and asks for ``gt`` that value. Two
rows can share a timestamp, and a run can stop between them; asking ``gt`` would then skip the
second one forever. So the cursor asks ``ge`` the watermark and remembers the ids already
processed at exactly that instant (the store keeps them with the watermark), which makes a
restart exact: nothing skipped, nothing done twice.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core.odata.expr import Expr, field
from core.odyssee.values import format_datetime, parse_datetime

MODIFIED = "modified_dateutc"


@dataclass(frozen=True)
class WatermarkCursor:
    value: datetime | None  # None: nothing processed yet
    seen_ids: frozenset[str] = frozenset()

    @classmethod
    def from_store(cls, watermark) -> "WatermarkCursor":
        """From a :class:`core.state.Watermark` (its value is text or None)."""
        value = parse_datetime(watermark.value) if watermark.value else None
        return cls(value, frozenset(str(i).lower() for i in watermark.seen_ids))

    def filter(self) -> Expr | None:
        """``modified_dateutc ge '<watermark>'`` (None before the first run: everything)."""
        return None if self.value is None else field(MODIFIED).ge(self.value)

    def is_new(self, row: dict) -> bool:
        """False for a row this cursor has already processed."""
        if self.value is None:
            return True
        modified = _modified(row)
        if modified < self.value:
            return False
        return not (modified == self.value and str(row.get("id", "")).lower() in self.seen_ids)

    def advance(self, row: dict) -> "WatermarkCursor":
        """The cursor after ``row`` is durably processed (rows must come oldest first)."""
        modified = _modified(row)
        row_id = str(row.get("id", "")).lower()
        if self.value is not None and modified < self.value:
            return self
        if self.value is not None and modified == self.value:
            return WatermarkCursor(modified, self.seen_ids | {row_id})
        return WatermarkCursor(modified, frozenset({row_id}))

    @property
    def text(self) -> str | None:
        return None if self.value is None else format_datetime(self.value)


def _modified(row: dict) -> datetime:
    value = row.get(MODIFIED)
    if isinstance(value, datetime):
        return value
    # Millisecond precision is what the server filters on; finer digits would never match.
    parsed = parse_datetime(str(value))
    return parsed.replace(microsecond=parsed.microsecond // 1000 * 1000)
