"""The one value codec of the Odyssee model: read, check, normalise and write field values.

Every value of a :class:`~core.odyssee.model.FieldSpec` goes through here, whoever holds it: the
ERP reader, the plan and push engines, the client, the GUI and the simulator.

Reading: one reader per field type, three entry points
------------------------------------------------------
The readers differ only in what they accept, by an explicit rule of who is reading:

- :func:`read_erp`: an ERP column value or a mapping constant. The most lenient, because ERPs
  store numbers and flags as people type them: ``"1 200,50"`` (grouping spaces, one decimal
  comma) is 1200.50, ``yes``/``no``/``1``/``0`` are flags, a 16-byte value is a SQL Server
  ``uniqueidentifier``, a number or a date goes into a text field as its text.
- :func:`read_answer`: a value of an Odyssee answer (a JSON value, or the text of an XML
  answer), a typed value, or a canonical one. Text forms of every type are accepted
  (``"12.5"``, ``"true"``), but only the exact ones: a decimal comma or a grouping space in an
  answer is a malformed answer, not a number, and hiding it would hide the server's fault.
- :func:`read_request`: a value of a JSON request body, as a strict server reads it: each type
  in its JSON form only (a number for a decimal, ``true``/``false`` for a flag, text for text,
  Base64 text for binary content). The simulator answers 400 for anything else.

Common to all three: ``None`` is the field's default (the API stores no nulls). For the two
lenient readers a blank text is the default too, for every type but text. A blank GUID is the
empty GUID everywhere (clients send ``""`` for an unset reference). Dates are read by
:func:`to_utc`: any form the API writes, naive values taken as UTC. A whole number beyond
Int32's range reads as just beyond it (2147483649 with its sign): :func:`check_value` refuses it
all the same, and ``int()`` of ``1e999999999`` would hold the process for minutes.

Checking
--------
:func:`check_value` applies the model's rules to a typed value (required, maximum length, Int32
and decimal ranges, at most 18 decimal places, a field's minimum and maximum, fixed choices), in
the server's words; an ERP row that breaks one is invalid before anything is sent.

Normalising
-----------
:func:`normalise` (``read_answer`` then one canonical form) makes equal values equal, whichever
side they come from: text trimmed, NFC, ``\\n`` line ends, an empty choice as its default
(the server stores ``Normal`` for an empty ``company_sales_status_code``); a decimal as its exact
text without trailing zeros (``"12.5"``, ``"0"``, ``"1200"``; every digit kept, and ``1E+999999999``
far out of the model's range), which JSON keeps exact; a whole
number as ``int``; a flag as ``bool``; a GUID as lower-case text (``00000000-…`` when empty); a
date as ``2015-07-14T13:08:00.000Z`` (UTC, cut to the milliseconds the server filters on,
``1980-01-01T00:00:00.000Z`` when empty); binary content as Base64 text. The plan compares and
shows normalised values, the state keeps them in snapshots.

Writing
-------
:func:`wire_value` turns a normalised value back into a request body value (a decimal becomes an
exact number again), :func:`encode_json` writes a body, :func:`format_datetime` a date as the
API's filters and bodies want it.
"""
from __future__ import annotations

import base64
import binascii
import json
import math
import re
import unicodedata
import uuid
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, Mapping

from core.errors import Reason, UserError, sentence
from core.odyssee.model import EMPTY_DATE, EMPTY_GUID, EntitySet, FieldSpec, is_empty

# The largest values ASP.NET prints for open-ended ranges (the vendor's model pages quote them).
DECIMAL_UPPER_TEXT = "1.79769313486232E+308"
_DECIMAL_UPPER = Decimal(DECIMAL_UPPER_TEXT)
DECIMAL_PLACES = 18  # the vendor's models: "at most 18 decimal digits"
INT_UPPER = 2_147_483_647  # Edm.Int32
INT_LOWER = -INT_UPPER - 1
_BEYOND_INT = Decimal(INT_UPPER + 2)  # out of range with either sign
# Longer than any decimal the model holds (309 digits before the point, 18 after).
_PLAIN_DIGITS = 400

# What each type is, in a sentence: "'maybe' is not true or false".
EXPECTED = {
    "guid": "a GUID",
    "string": "text",
    "bool": "true or false",
    "int": "a whole number",
    "decimal": "a number",
    "datetime": "a date",
    "bytes": "binary content",
}
# "a number" -> "decimal": which type a FieldValueError's ``expected`` names
EXPECTED_TYPES = {text: name for name, text in EXPECTED.items()}

_TRUE_WORDS = frozenset({"true", "1", "yes", "y", "t", "on"})
_FALSE_WORDS = frozenset({"false", "0", "no", "n", "f", "off"})


class FieldValueError(UserError, ValueError):
    """A value that is not of its field's type. ``str()`` is the reason alone ("'x' is not a
    number"), for callers that name the field their own way; ``field``, ``value`` and
    ``expected`` let a server word it as it does."""

    def __init__(self, field: str, value: object, expected: str) -> None:
        self.value = value
        self.expected = expected
        self.reason = _not_of_type(shown(value), expected)
        super().__init__(self.reason, field=field)


class NormaliseError(FieldValueError):
    """:func:`normalise`'s error: its sentence names the field, since it stands alone (a reason
    why a plan row is invalid)."""

    def __str__(self) -> str:
        return sentence("{field}: {problem}", field=self.field, problem=self.reason)


def _not_of_type(value: str, expected: str) -> str:
    """"'x' is not a number": ``value`` as shown, ``expected`` one of :data:`EXPECTED`."""
    kind = EXPECTED_TYPES.get(expected)
    if kind == "decimal":
        return sentence("{value} is not a number", value=value)
    if kind == "int":
        return sentence("{value} is not a whole number", value=value)
    if kind == "datetime":
        return sentence("{value} is not a date", value=value)
    if kind == "bool":
        return sentence("{value} is not true or false", value=value)
    if kind == "guid":
        return sentence("{value} is not a GUID", value=value)
    if kind == "string":
        return sentence("{value} is not text", value=value)
    if kind == "bytes":
        return sentence("{value} is not binary content", value=value)
    return sentence("{value} is not {expected}", value=value, expected=expected)


def shown(value: object) -> str:
    """A value as an error sentence quotes it: texts quoted, at most 60 characters."""
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


# ----------------------------------------------------------------------------------------------
# Dates

DATETIME_PATTERN = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2})?)(?:\.(?P<fraction>\d{1,9}))?)?"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?\Z"
)


def format_datetime(value: datetime) -> str:
    """``2015-07-14T13:08:00.000Z``, the form requests use; a naive datetime is taken as UTC.

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
    """Any date form the API uses (``2015-07-14T13:20:07Z``, ``2026-02-09T17:41:18.4279196+00:00``)
    as an aware UTC datetime; ValueError otherwise.

    Fractions beyond microseconds are cut, not rounded, so a value never moves forward in time.
    A value without a zone is UTC (every ``_dateutc`` field is).
    """
    match = DATETIME_PATTERN.match(text.strip()) if isinstance(text, str) else None
    if not match:
        raise ValueError(_not_a_date(text))
    time_part = match["time"] or "00:00:00"
    if len(time_part) == 5:
        time_part += ":00"
    fraction = (match["fraction"] or "").ljust(6, "0")[:6]
    try:
        value = datetime.fromisoformat(f"{match['date']}T{time_part}.{fraction}")
    except ValueError as error:
        raise ValueError(_not_a_date(text)) from error
    zone = match["zone"]
    if zone in (None, "Z"):
        return value.replace(tzinfo=timezone.utc)
    sign = 1 if zone[0] == "+" else -1
    digits = zone[1:].replace(":", "")
    try:
        offset = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
        return value.replace(tzinfo=offset).astimezone(timezone.utc)
    except (ValueError, OverflowError):
        raise ValueError(sentence(
            "Not a date: {value!r} (the offset must be under 24 hours, the moment in UTC between "
            "0001-01-01 and 9999-12-31)",
            value=text,
        )) from None


def _not_a_date(value: object) -> str:
    return sentence("Not a date: {value!r}", value=value)


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
    raise ValueError(_not_a_date(value))


# ----------------------------------------------------------------------------------------------
# Reading


def read_erp(spec: FieldSpec, value: object) -> object:
    """An ERP column value or a mapping constant as ``spec``'s type (see the module docstring).

    Raises :class:`FieldValueError`.
    """
    return _read(spec, value, _ERP)


def read_answer(spec: FieldSpec, value: object) -> object:
    """A value of an Odyssee answer (or a typed or normalised one) as ``spec``'s type.

    Raises :class:`FieldValueError`.
    """
    return _read(spec, value, _ANSWER)


def read_request(spec: FieldSpec, value: object) -> object:
    """A value of a JSON request body as ``spec``'s type, read as strictly as a server does.

    Raises :class:`FieldValueError`.
    """
    return _read(spec, value, _REQUEST)


def erp_decimal(value: object) -> Decimal | None:
    """An ERP value read as a number the way :func:`read_erp` reads one; None when blank."""
    if _is_blank(value):
        return None
    return _decimal(value, "value", _ERP)


class _Reader:
    """Who is reading; see the module docstring."""

    def __init__(self, *, text_forms: bool, erp: bool) -> None:
        self.text_forms = text_forms  # other types given as text and text given as other types
        self.erp = erp  # the ERP's own forms: decimal comma and spaces, GUID bytes


_ERP = _Reader(text_forms=True, erp=True)
_ANSWER = _Reader(text_forms=True, erp=False)
_REQUEST = _Reader(text_forms=False, erp=False)


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read(spec: FieldSpec, value: object, reader: _Reader) -> object:
    if isinstance(value, memoryview):
        value = bytes(value)
    if value is None or (reader.text_forms and spec.type != "string" and _is_blank(value)):
        return spec.default_value
    return _READERS[spec.type](value, spec.name, reader)


def _text(value: object, name: str, reader: _Reader) -> str:
    if isinstance(value, str):
        return value
    if reader.text_forms:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, (int, float, Decimal, uuid.UUID)):
            return str(value)
        if isinstance(value, (datetime, date)):
            return value.isoformat()
    raise FieldValueError(name, value, EXPECTED["string"])


def _decimal(value: object, name: str, reader: _Reader) -> Decimal:
    number: Decimal | None = None
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int) and not isinstance(value, bool):  # True is no number, though Python says 1
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))  # the shortest text that reads back as this float: 8.9, not 8.9000000000000003552…
    elif isinstance(value, str) and reader.text_forms:
        text = value.strip()
        if reader.erp:
            text = text.replace(" ", "")
            if "," in text and "." not in text and text.count(",") == 1:
                text = text.replace(",", ".")  # a decimal comma, as European ERPs often store text
        try:
            number = Decimal(text)
        except InvalidOperation:
            pass
    if number is None or not number.is_finite():
        raise FieldValueError(name, value, EXPECTED["decimal"])
    return number


def _whole(value: object, name: str, reader: _Reader) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if not reader.text_forms and not isinstance(value, Decimal):
        raise FieldValueError(name, value, EXPECTED["int"])
    try:
        number = _decimal(value, name, reader)
    except FieldValueError:
        raise FieldValueError(name, value, EXPECTED["int"]) from None
    if number != number.to_integral_value():
        raise FieldValueError(name, value, EXPECTED["int"])
    if number.copy_abs() > _BEYOND_INT:
        number = _BEYOND_INT.copy_sign(number)
    return int(number)


def _flag(value: object, name: str, reader: _Reader) -> bool:
    if isinstance(value, bool):
        return value
    if reader.text_forms:
        if isinstance(value, (int, Decimal)) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in _TRUE_WORDS | _FALSE_WORDS:
            return value.strip().lower() in _TRUE_WORDS
    raise FieldValueError(name, value, EXPECTED["bool"])


def _guid(value: object, name: str, reader: _Reader) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        if isinstance(value, str):
            return uuid.UUID(value.strip()) if value.strip() else EMPTY_GUID
        if reader.erp and isinstance(value, bytes) and len(value) == 16:
            return uuid.UUID(bytes_le=value)  # SQL Server's uniqueidentifier byte order
    except ValueError:
        pass
    raise FieldValueError(name, value, EXPECTED["guid"])


def _moment(value: object, name: str, reader: _Reader) -> datetime:
    try:
        return to_utc(value)
    except ValueError:
        raise FieldValueError(name, value, EXPECTED["datetime"]) from None


def _content(value: object, name: str, reader: _Reader) -> bytes:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, str) and not reader.erp:
        try:
            return base64.b64decode(value.strip(), validate=True)
        except (binascii.Error, ValueError):
            pass
    raise FieldValueError(name, value, EXPECTED["bytes"])


_READERS = {
    "string": _text,
    "decimal": _decimal,
    "int": _whole,
    "bool": _flag,
    "guid": _guid,
    "datetime": _moment,
    "bytes": _content,
}


# ----------------------------------------------------------------------------------------------
# Checking


def check_value(spec: FieldSpec, value: object) -> list[str]:
    """The model's rules for a typed value, in the server's words; [] when it passes."""
    problems: list[str] = []
    if spec.required and is_empty(value):
        problems.append(Reason(f"The {spec.name} field is required.", "required", field=spec.name))
        return problems
    if spec.type == "string" and spec.max_length is not None and len(value) > spec.max_length:  # type: ignore[arg-type]
        problems.append(Reason(
            f"The field {spec.name} must be a string with a maximum length of {spec.max_length}.",
            "max_length", field=spec.name, max_length=spec.max_length,
        ))
    if spec.type == "int" and not INT_LOWER <= value <= INT_UPPER:  # type: ignore[operator]
        problems.append(_between(spec.name, str(INT_LOWER), str(INT_UPPER)))
        return problems
    if spec.type == "decimal":
        # Not abs(): it rounds to the decimal context and overflows on a JSON number like 1e999999999.
        if value.copy_abs() > _DECIMAL_UPPER:  # type: ignore[union-attr]
            problems.append(_between(spec.name, f"-{DECIMAL_UPPER_TEXT}", DECIMAL_UPPER_TEXT))
            return problems
        if -value.as_tuple().exponent > DECIMAL_PLACES:  # type: ignore[union-attr, operator]
            problems.append(Reason(
                f"The field {spec.name} must have at most {DECIMAL_PLACES} decimals.",
                "decimals", field=spec.name, places=DECIMAL_PLACES,
            ))
            return problems
    if spec.type in ("int", "decimal") and (spec.minimum is not None or spec.maximum is not None):
        low = spec.minimum
        high = spec.maximum
        if (low is not None and value < low) or (high is not None and value > high):  # type: ignore[operator]
            upper = str(high) if high is not None else (DECIMAL_UPPER_TEXT if spec.type == "decimal" else str(INT_UPPER))
            lower = str(low) if low is not None else "-" + upper
            problems.append(_between(spec.name, lower, upper))
    if spec.choices and value != "" and value not in spec.choices:
        problems.append(Reason(
            f"The field {spec.name} must be one of: {', '.join(spec.choices)}.",
            "choices", field=spec.name, choices=list(spec.choices),
        ))
    return problems


def _between(name: str, lower: str, upper: str) -> Reason:
    return Reason(f"The field {name} must be between {lower} and {upper}.", "between", field=name, lower=lower, upper=upper)


# ----------------------------------------------------------------------------------------------
# Normalising


def normalise(spec: FieldSpec, value: Any) -> Any:
    """``value`` in the canonical form of ``spec``'s type (see the module docstring).

    Raises :class:`NormaliseError` for a value that is not of the field's type at all.
    """
    try:
        typed = read_answer(spec, value)
    except FieldValueError as error:
        raise NormaliseError(error.field, error.value, error.expected) from None
    return _CANONICAL[spec.type](spec, typed)


def normalise_values(entity: EntitySet, values: Mapping[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    """The normalised values of ``fields`` (a missing one counts as empty), in ``fields`` order."""
    return {name: normalise(entity[name], values.get(name)) for name in fields}


def differs(spec: FieldSpec, left: Any, right: Any) -> bool:
    """Whether two values of ``spec`` differ once normalised (an unreadable one always differs)."""
    try:
        return normalise(spec, left) != normalise(spec, right)
    except NormaliseError:
        return True


def _canonical_text(spec: FieldSpec, value: str) -> str:
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n")).strip()
    if not text and spec.choices and isinstance(spec.default_value, str):
        return spec.default_value
    return text


def _canonical_decimal(spec: FieldSpec, value: Decimal) -> str:
    if value == 0:
        return "0"  # also -0 and 0E-7
    # Trailing zeros off by hand: normalize() rounds to the context's 28 digits (and overflows
    # beyond its exponent range), so two different numbers could compare equal.
    sign, digits, exponent = value.as_tuple()
    kept = len(digits)
    while digits[kept - 1] == 0:
        kept -= 1
    exponent += len(digits) - kept
    exact = Decimal((sign, digits[:kept], exponent))
    if kept + max(exponent, 0) > _PLAIN_DIGITS or -exponent > _PLAIN_DIGITS:
        return str(exact)  # far outside the model's range: 1E+999999999, not a billion digits
    return format(exact, "f")


_CANONICAL = {
    "string": _canonical_text,
    "decimal": _canonical_decimal,
    "int": lambda spec, value: value,
    "bool": lambda spec, value: value,
    "guid": lambda spec, value: str(value),
    "datetime": lambda spec, value: format_datetime(value),  # cuts to milliseconds
    "bytes": lambda spec, value: base64.b64encode(value).decode("ascii"),
}


# ----------------------------------------------------------------------------------------------
# Writing


def wire_value(spec: FieldSpec, value: Any) -> Any:
    """A normalised value as a request body value: decimals become exact numbers again."""
    if spec.type == "decimal" and isinstance(value, str):
        return Decimal(value)
    return value


def encode_json(value: Any) -> bytes:
    """JSON for a request body: decimals as exact numbers, datetimes the way the API writes
    them (``2015-07-14T13:08:00.000Z``), GUIDs as text, bytes as Base64."""
    return _encode(value).encode("utf-8")


def _encode(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(str(key), ensure_ascii=False)}:{_encode(item)}" for key, item in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_encode(item) for item in value) + "]"
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"Not a finite number: {value}")
        return format(value, "f")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"Not a finite number: {value}")
    if isinstance(value, datetime):
        return json.dumps(format_datetime(value))
    if isinstance(value, (uuid.UUID, date)):
        return json.dumps(str(value) if isinstance(value, uuid.UUID) else value.isoformat())
    if isinstance(value, bytes):
        return json.dumps(base64.b64encode(value).decode("ascii"))
    return json.dumps(value, ensure_ascii=False)


def key_fold(key: str) -> str:
    """An ERP key as Odyssee tells keys apart (DECISIONS.md D12): trimmed, as it is sent, then
    compared like SQL Server's default collation, without case or trailing spaces. Two ERP keys
    with the same fold would be one record in Odyssee."""
    key = key.strip()
    if key.isascii():
        return key.lower()
    return unicodedata.normalize("NFC", key.casefold())



def plain_text(value: object) -> str:
    """A value as Odyssee sent it, as text for a CSV cell or a clipboard: JSON's spelling of
    booleans and nested values, whole numbers without a trailing ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def field_names(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """The fields of ``rows`` in the order first seen, without OData's annotations (``@odata.…``)."""
    names: dict[str, None] = {}
    for row in rows:
        for name in row:
            if not name.startswith("@"):
                names.setdefault(name, None)
    return list(names)

__all__ = [
    "field_names",
    "plain_text",
    "key_fold",
    "DECIMAL_PLACES",
    "EMPTY_DATE",
    "EXPECTED",
    "EXPECTED_TYPES",
    "FieldValueError",
    "NormaliseError",
    "check_value",
    "differs",
    "encode_json",
    "erp_decimal",
    "format_datetime",
    "is_datetime_text",
    "normalise",
    "normalise_values",
    "parse_datetime",
    "read_answer",
    "read_erp",
    "read_request",
    "shown",
    "to_utc",
    "wire_value",
]
