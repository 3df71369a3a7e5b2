"""Dates the way Odyssee writes and reads them.

Requests use ``YYYY-MM-DDThh:mm:ss.fffZ`` (three-digit milliseconds, UTC). Answers come in
several shapes (``2015-07-14T13:20:07Z``, ``2026-02-09T17:41:18.4279196+00:00``), so parsing is
lenient. The API has no nulls: an unset date is ``1980-01-01T00:00:00Z``.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone

EMPTY_DATE = datetime(1980, 1, 1, tzinfo=timezone.utc)

DATETIME_PATTERN = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2})?)(?:\.(?P<fraction>\d{1,9}))?)?"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?\Z"
)


def format_datetime(value: datetime) -> str:
    """``2015-07-14T13:08:00.000Z``; a naive datetime is taken as UTC.

    Always four year digits (``0999-…``), unlike strftime on some platforms, so that the text
    sorts like the dates it holds.
    """
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    value = value.astimezone(timezone.utc)
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:{value.minute:02d}:"
        f"{value.second:02d}.{value.microsecond // 1000:03d}Z"
    )


def parse_datetime(text: str) -> datetime:
    """Parse any date form the API uses into an aware UTC datetime; ValueError otherwise.

    Fractions beyond microseconds are cut, not rounded, so a value never moves forward in time.
    A value without a zone is UTC (every ``_dateutc`` field is).
    """
    match = DATETIME_PATTERN.match(text.strip()) if isinstance(text, str) else None
    if not match:
        raise ValueError(f"Not a date: {text!r}")
    time_part = match["time"] or "00:00:00"
    if len(time_part) == 5:
        time_part += ":00"
    fraction = (match["fraction"] or "").ljust(6, "0")[:6]
    try:
        value = datetime.fromisoformat(f"{match['date']}T{time_part}.{fraction}")
    except ValueError as error:
        raise ValueError(f"Not a date: {text!r}") from error
    zone = match["zone"]
    if zone in (None, "Z"):
        return value.replace(tzinfo=timezone.utc)
    sign = 1 if zone[0] == "+" else -1
    digits = zone[1:].replace(":", "")
    try:
        offset = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
        return value.replace(tzinfo=offset).astimezone(timezone.utc)
    except (ValueError, OverflowError):
        raise ValueError(
            f"Not a date: {text!r} (the offset must be under 24 hours, the moment in UTC between "
            "0001-01-01 and 9999-12-31)"
        ) from None


def is_datetime_text(text: str) -> bool:
    return isinstance(text, str) and DATETIME_PATTERN.match(text.strip()) is not None and "-" in text[:5]


def to_utc(value: object) -> datetime:
    """A datetime, date or date text as an aware UTC datetime (naive values are UTC).

    Raises ValueError for anything else.
    """
    if isinstance(value, datetime):
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
    if isinstance(value, date):
        return datetime.combine(value, time(), tzinfo=timezone.utc)
    if isinstance(value, str):
        return parse_datetime(value)
    raise ValueError(f"Not a date: {value!r}")
