"""How Odyssee values read in tables: dates without the 1980 "no date", booleans as Yes/No.

The API stores no nulls (:mod:`core.odyssee.model`): an empty date is 1980-01-01 and an empty
reference is the all-zero GUID. Showing those would read as real values, so they show as blanks.
"""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from functools import lru_cache

from core.odyssee.model import EMPTY_DATE, EMPTY_GUID_TEXT, ENTITY_SETS
from core.odyssee.values import parse_datetime, plain_text

NUMERIC_TYPES = ("int", "decimal", "money")


def field_type(entity: str, name: str, sample: object = None) -> str:
    """The field's schema type ("money" for decimal prices); for sets the schema does not know,
    guessed from a value."""
    entity_set = ENTITY_SETS.get(entity)
    if entity_set is not None and name in entity_set.field_map:
        kind = entity_set.field_map[name].type
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
        return "Yes" if value else "No"
    if kind == "datetime":
        return _date_text(value)
    if kind == "guid":
        text = str(value)
        return "" if text == EMPTY_GUID_TEXT else text
    if kind == "bytes":
        return "(binary content, not loaded)" if value else ""
    if kind == "money" and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return f"{value:.2f}"
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, (dict, list)):
        return "…"
    text = str(value)
    if "\n" in text or "\r" in text:
        text = " ".join(text.split())
    return text


def _date_text(value: object) -> str:
    if isinstance(value, datetime):
        return _moment_text(value)
    return _date_string_text(str(value))


@lru_cache(maxsize=8192)  # repaints ask for the same cells again and again
def _date_string_text(text: str) -> str:
    try:
        return _moment_text(parse_datetime(text))
    except (TypeError, ValueError):
        return text


def _moment_text(moment: datetime) -> str:
    if moment == EMPTY_DATE:
        return ""
    if moment.second == 0 and moment.microsecond == 0:
        return moment.strftime("%Y-%m-%d %H:%M")
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _number_text(value: float) -> str:
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def raw_text(value: object) -> str:
    """The value as Odyssee sent it (for copying and tooltips)."""
    return plain_text(value)


__all__ = ["NUMERIC_TYPES", "display_text", "field_type", "raw_text"]
