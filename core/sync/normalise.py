"""Values in one canonical form, so that nothing ever shows as changed when it isn't.

The same value reaches the assistant in many shapes: the ERP gives ``Decimal('12.50')``, Odyssee
answers ``12.5`` as a JSON number; a GUID comes upper-case from one side and lower-case from the
other; a date has seven fraction digits and an offset here, three digits and ``Z`` there; an
empty field is ``None`` in the ERP and ``""`` / ``0`` / ``false`` / the empty GUID /
``1980-01-01`` in Odyssee, which stores no nulls (odyssee-api.md §4).

:func:`normalise` turns any of them into one plain, JSON-friendly value per field type:

- text: trimmed, Unicode NFC, ``\\r\\n`` as ``\\n``; ``None`` is ``""``; an empty value of a field
  with fixed choices is the field's default (the server stores ``Normal`` for an empty
  ``company_sales_status_code``);
- decimal: the exact number as text without trailing zeros (``"12.5"``, ``"0"``, ``"1200"``),
  so JSON keeps it exact;
- whole number: ``int``; true/false: ``bool`` (also from ``"true"``/``1``);
- GUID: lower-case text, ``00000000-…`` when empty;
- date: ``2015-07-14T13:08:00.000Z`` (UTC, cut to milliseconds, the precision the server
  filters on), ``1980-01-01T00:00:00.000Z`` when empty;
- binary: Base64 text.

Normalised values are what the plan compares and shows, what the store keeps in snapshots (their
hash decides whether an ERP row changed since the last push) and, through :func:`wire_value`, what
the push sends.
"""
from __future__ import annotations

import base64
import unicodedata
import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, Mapping

from core.odata.datetimes import EMPTY_DATE, format_datetime, to_utc
from core.simulator.schema import EMPTY_GUID, EntitySet, FieldSpec
from core.state import snapshot_hash

EMPTY_GUID_TEXT = str(EMPTY_GUID)

_TRUE_WORDS = frozenset({"true", "1", "yes", "y", "t", "on"})
_FALSE_WORDS = frozenset({"false", "0", "no", "n", "f", "off", ""})


class NormaliseError(ValueError):
    """A value that cannot be read as its field's type (a malformed server answer, typically)."""


def normalise(spec: FieldSpec, value: Any) -> Any:
    """``value`` in the canonical form of ``spec``'s type (see the module docstring).

    Raises :class:`NormaliseError` for a value that is not of the field's type at all.
    """
    if value is None:
        value = spec.default_value
    kind = spec.type
    if kind == "string":
        return _text(spec, value)
    if kind == "decimal":
        return _decimal_text(value, spec.name)
    if kind == "int":
        number = _decimal(value, spec.name)
        if number != number.to_integral_value():
            raise NormaliseError(f"{spec.name}: {value!r} is not a whole number")
        return int(number)
    if kind == "bool":
        return _bool(value, spec.name)
    if kind == "guid":
        return _guid(value, spec.name)
    if kind == "datetime":
        return _datetime(value, spec.name)
    if kind == "bytes":
        if isinstance(value, (bytes, bytearray, memoryview)):
            return base64.b64encode(bytes(value)).decode("ascii")
        if isinstance(value, str):
            return value.strip()
        raise NormaliseError(f"{spec.name}: not binary content")
    raise AssertionError(kind)  # pragma: no cover - schema.TYPES is closed


def normalise_values(entity: EntitySet, values: Mapping[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    """The normalised values of ``fields`` (a missing one counts as empty), in ``fields`` order."""
    return {name: normalise(entity[name], values.get(name)) for name in fields}


def values_hash(values: Mapping[str, Any]) -> str:
    """The hash the store keeps with a snapshot of these normalised values."""
    return snapshot_hash(values)


def wire_value(spec: FieldSpec, value: Any) -> Any:
    """A normalised value as a request body value: decimals become exact numbers again."""
    if spec.type == "decimal" and isinstance(value, str):
        return Decimal(value)
    return value


def differs(spec: FieldSpec, left: Any, right: Any) -> bool:
    """Whether two values of ``spec`` differ once normalised (an unreadable one always differs)."""
    try:
        return normalise(spec, left) != normalise(spec, right)
    except NormaliseError:
        return True


# ----------------------------------------------------------------------------------------------


def _text(spec: FieldSpec, value: Any) -> str:
    if isinstance(value, str):
        text = value
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, (int, float, Decimal, uuid.UUID)):
        text = str(value)
    elif isinstance(value, datetime):
        text = format_datetime(value)
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        raise NormaliseError(f"{spec.name}: {type(value).__name__} is not text")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n")).strip()
    if not text and spec.choices and isinstance(spec.default_value, str):
        return spec.default_value
    return text


def _decimal(value: Any, name: str) -> Decimal:
    if isinstance(value, bool):
        raise NormaliseError(f"{name}: {value!r} is not a number")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))  # the shortest text that reads back as this float: 8.9, not 8.9000000000000003552…
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            return Decimal(0)
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise NormaliseError(f"{name}: {value!r} is not a number") from None
    else:
        raise NormaliseError(f"{name}: {type(value).__name__} is not a number")
    if not number.is_finite():
        raise NormaliseError(f"{name}: {value!r} is not a number")
    return number


def _decimal_text(value: Any, name: str) -> str:
    number = _decimal(value, name)
    if number == 0:
        return "0"  # also -0 and 0E-7
    return format(number.normalize(), "f")


def _bool(value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, Decimal)) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE_WORDS | _FALSE_WORDS:
        return value.strip().lower() in _TRUE_WORDS
    raise NormaliseError(f"{name}: {value!r} is not true or false")


def _guid(value: Any, name: str) -> str:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, str):
        text = value.strip().strip("{}")
        if not text:
            return EMPTY_GUID_TEXT
        try:
            return str(uuid.UUID(text))
        except ValueError:
            pass
    raise NormaliseError(f"{name}: {value!r} is not a GUID")


def _datetime(value: Any, name: str) -> str:
    if isinstance(value, str) and not value.strip():
        value = None
    if value is None:
        return format_datetime(EMPTY_DATE)
    try:
        return format_datetime(to_utc(value))  # format_datetime cuts to milliseconds
    except ValueError:
        raise NormaliseError(f"{name}: {value!r} is not a date") from None


__all__ = [
    "EMPTY_GUID_TEXT",
    "NormaliseError",
    "differs",
    "normalise",
    "normalise_values",
    "values_hash",
    "wire_value",
]
