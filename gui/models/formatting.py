"""How Odyssee values read in tables: dates without the 1980 "no date", booleans as Yes/No,
moments in the user's time zone, numbers and amounts in the user's locale.

Dates and times read as the locale writes them (``14/07/2015 15:20`` in Belgium, ``14-07-2015``
in the Netherlands), always with the full year; the C locale (no language chosen: tests, scripts)
keeps ISO ``2015-07-14 15:20``.

The API stores no nulls (:mod:`core.odyssee.model`): an empty date is 1980-01-01 and an empty
reference is the all-zero GUID. Showing those would read as real values, so they show as blanks.

Moments from the server (``modified_dateutc`` and the other dates) and from the state store are
UTC; they are shown on this computer's clock. One field is not: a job approval's
``date_generated`` holds the local wall-clock time of the tenant, written with a ``Z`` (the
vendor's ERP-link guide: ``date_generated`` 15:19:37Z where ``modified_dateutc`` says 13:20:07Z,
in July in Belgium). It is a ``wallclock`` field and is shown as written: converting it would
move it a second time.
"""
from __future__ import annotations

import time
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from core.odyssee.model import EMPTY_DATE, EMPTY_GUID_TEXT, ENTITY_SETS
from core.odyssee.values import parse_datetime, plain_text

NUMERIC_TYPES = ("int", "decimal", "money")
WALL_CLOCK = "wallclock"  # a moment written as the tenant's local time (see the module docstring)
WALL_CLOCK_FIELDS = frozenset({"date_generated"})


def field_type(entity: str, name: str, sample: object = None) -> str:
    """The field's schema type ("money" for decimal prices); for sets the schema does not know,
    guessed from a value."""
    entity_set = ENTITY_SETS.get(entity)
    if entity_set is not None and name in entity_set.field_map:
        kind = entity_set.field_map[name].type
        if kind == "datetime" and name in WALL_CLOCK_FIELDS:
            return WALL_CLOCK
        return "money" if kind == "decimal" and name.endswith("price") else kind
    if isinstance(sample, bool):
        return "bool"
    if isinstance(sample, int):
        return "int"
    if isinstance(sample, (float, Decimal)):
        return "decimal"
    return "string"


def display_text(value: object, kind: str = "string") -> str:
    """One line of text for a cell."""
    if value is None:
        return ""
    if kind == "bool" or isinstance(value, bool):
        return QCoreApplication.translate("formatting", "Yes") if value else QCoreApplication.translate("formatting", "No")
    if kind in ("datetime", WALL_CLOCK):
        return _date_text(value, kind == WALL_CLOCK)
    if kind == "guid":
        text = str(value)
        return "" if text == EMPTY_GUID_TEXT else text
    if kind == "bytes":
        return QCoreApplication.translate("formatting", "(binary content, not loaded)") if value else ""
    if kind == "money" and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return amount_text(value)
    if isinstance(value, (float, Decimal)):
        return _number_text(value)
    if isinstance(value, (dict, list)):
        return "…"
    text = str(value)
    if "\n" in text or "\r" in text:
        text = " ".join(text.split())
    return text


def _date_text(value: object, as_written: bool = False, seconds: bool | None = None) -> str:
    if isinstance(value, datetime):
        return _moment_text(value, as_written, seconds)
    return _date_string_text(str(value), as_written, seconds, _zone())


def _zone() -> tuple:
    """This computer's time zone as it stands (a test may change ``TZ``) and the locale: part of
    the cache key."""
    return time.tzname, time.timezone, time.altzone, QLocale().name()


@lru_cache(maxsize=8192)  # repaints ask for the same cells again and again
def _date_string_text(text: str, as_written: bool, seconds: bool | None, _zone_key: tuple) -> str:
    try:
        return _moment_text(parse_datetime(text), as_written, seconds)
    except (TypeError, ValueError):
        return text


def local_moment(moment: datetime) -> datetime:
    """A moment on this computer's clock (a naive one is taken as UTC, as the API's are)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone()


def _moment_text(moment: datetime, as_written: bool = False, seconds: bool | None = None) -> str:
    """``seconds``: always, never, or (None) when the moment has some."""
    if moment.replace(tzinfo=moment.tzinfo or timezone.utc) == EMPTY_DATE:
        return ""
    shown = moment if as_written else local_moment(moment)
    if seconds is None:
        seconds = bool(shown.second or shown.microsecond)
    return f"{day_text(shown)} {_time_text(shown, seconds)}"


def moment_text(value: object, *, seconds: bool = False, as_written: bool = False) -> str:
    """A moment (a datetime or the API's text) as ``2026-11-03 14:33`` (``03/11/2026 14:33`` in
    Belgium) on this computer's clock (``as_written``: a wall-clock field, shown as it is); ""
    for no date, the text itself when it is not a date."""
    if value is None or value == "":
        return ""
    return _date_text(value, as_written, seconds)


def clock_text(moment: datetime, *, seconds: bool = False) -> str:
    """``14:33`` (``14:33:05``) on this computer's clock."""
    return _time_text(local_moment(moment), seconds)


def day_format() -> str:
    """The locale's short date pattern with the full year (``dd/MM/yyyy``; ISO in the C locale),
    for a date edit and :func:`day_text`."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def day_text(day: date) -> str:
    """A day as the locale writes it: ``14/07/2015`` in Belgium, ``2015-07-14`` in the C locale."""
    return QLocale().toString(QDate(day.year, day.month, day.day), day_format())


def _time_text(moment: datetime, seconds: bool) -> str:
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return moment.strftime("%H:%M:%S" if seconds else "%H:%M")
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "ss" not in pattern:
        pattern = pattern.replace("mm", "mm:ss")
    return locale.toString(QTime(moment.hour, moment.minute, moment.second), pattern)


# --- numbers in the user's locale -----------------------------------------------------------------


def number_text(value: int) -> str:
    """A count in the user's locale (``1.234`` in Belgium, ``1,234`` in the USA)."""
    return QLocale().toString(int(value))


def amount_text(value: object, places: int = 2) -> str:
    """An amount with ``places`` decimals in the user's locale, exactly (no binary rounding)."""
    try:
        exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-places))
    except (InvalidOperation, ValueError):
        return str(value)
    return _decimal_in_locale(f"{exact:f}")


def _number_text(value: float | Decimal) -> str:
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        text = repr(value)
        if "e" in text or "inf" in text or "nan" in text:
            return text
    else:
        if not value.is_finite():
            return str(value)
        text = f"{value.normalize():f}" if value == value.to_integral_value() else f"{value:f}"
    return _decimal_in_locale(text, group=False)


def _decimal_in_locale(text: str, *, group: bool = True) -> str:
    """``-1234.50`` with the locale's decimal point (and group separator for amounts)."""
    locale = QLocale()
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    if group and not locale.numberOptions() & QLocale.NumberOption.OmitGroupSeparator and len(whole) > 3:
        separator = locale.groupSeparator()
        head = len(whole) % 3 or 3
        whole = separator.join([whole[:head], *(whole[i:i + 3] for i in range(head, len(whole), 3))])
    return sign + whole + (locale.decimalPoint() + fraction if fraction else "")


def raw_text(value: object) -> str:
    """The value as Odyssee sent it (for copying and tooltips)."""
    return plain_text(value)


__all__ = [
    "NUMERIC_TYPES", "WALL_CLOCK", "WALL_CLOCK_FIELDS", "amount_text", "clock_text", "day_format", "day_text",
    "display_text", "field_type",
    "local_moment", "moment_text", "number_text", "raw_text",
]
