"""OData query options -> SQLite ``WHERE`` / ``ORDER BY`` fragments, always parameterised.

Values never enter the SQL text: each literal becomes a ``?`` parameter, converted to the
column's storage form (see :mod:`core.simulator.storage`). Field names are checked against the
entity set before they are quoted into the text.

Typing follows the field, not the literal, because the vendor's guide quotes dates
(``modified_dateutc gt '2015-07-14T13:08:00.000Z'`` is a *string* literal in the tree): a quoted
text compared with a datetime field is read as a date, with a GUID field as a GUID.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Iterable, Sequence

from core.odata.datetimes import format_datetime, parse_datetime
from core.odata.expr import And, Call, Compare, Expr, Field, In, Literal, Not, Or
from core.simulator.schema import EntitySet, FieldSpec

_SQL_OPERATORS = {"eq": "=", "ne": "<>", "gt": ">", "ge": ">=", "lt": "<", "le": "<="}
# ``5 lt price`` is ``price gt 5``.
_MIRRORED = {"eq": "eq", "ne": "ne", "gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}

_TYPE_WORDS = {
    "guid": "a GUID",
    "string": "a text",
    "bool": "true or false",
    "int": "a whole number",
    "decimal": "a number",
    "datetime": "a date",
    "bytes": "binary content",
}


class QueryTranslationError(ValueError):
    """A query option that names an unknown field or compares values of the wrong type.

    ``target`` is the query option or field the problem is about (OData error ``details``).
    """

    def __init__(self, message: str, target: str) -> None:
        super().__init__(message)
        self.message = message
        self.target = target


@dataclass(frozen=True)
class SqlFragment:
    text: str
    params: tuple[object, ...] = ()


def quote_identifier(name: str) -> str:
    # Only schema field names reach here; quoting keeps SQL keywords (e.g. "notes") harmless.
    return '"' + name.replace('"', '""') + '"'


def column_expression(spec: FieldSpec) -> str:
    """The SQL expression that compares and sorts like the field's value."""
    column = quote_identifier(spec.name)
    # Decimals are stored as exact text; numeric comparison needs the number.
    return f"CAST({column} AS REAL)" if spec.type == "decimal" else column


def to_storage(spec: FieldSpec, value: object) -> object:
    """A typed value (UUID, Decimal, aware datetime, bytes, ...) in the column's storage form."""
    kind = spec.type
    if kind == "guid":
        return str(value).lower()
    if kind == "datetime":
        return format_datetime(value)  # type: ignore[arg-type]
    if kind == "decimal":
        return format(value, "f")
    if kind == "bool":
        return 1 if value else 0
    if kind == "bytes":
        return bytes(value)  # type: ignore[arg-type]
    return value


def lookup_field(entity: EntitySet, name: str, target: str) -> FieldSpec:
    spec = entity.field_map.get(name)
    if spec is None:
        raise QueryTranslationError(
            f"Could not find a property named '{name}' on type '{entity.table}'.", target
        )
    return spec


# ----------------------------------------------------------------------------------------------
# $filter


def compile_filter(expr: Expr, entity: EntitySet) -> SqlFragment:
    params: list[object] = []
    text = _boolean(expr, entity, params)
    return SqlFragment(text, tuple(params))


def _boolean(expr: Expr, entity: EntitySet, params: list[object]) -> str:
    if isinstance(expr, And):
        return f"({_boolean(expr.left, entity, params)} AND {_boolean(expr.right, entity, params)})"
    if isinstance(expr, Or):
        return f"({_boolean(expr.left, entity, params)} OR {_boolean(expr.right, entity, params)})"
    if isinstance(expr, Not):
        return f"(NOT {_boolean(expr.operand, entity, params)})"
    if isinstance(expr, Compare):
        return _comparison(expr, entity, params)
    if isinstance(expr, In):
        # One flat OR of ``eq`` comparisons, so that ``in`` matches exactly the rows of the
        # ``or`` chain it stands for (same typing, same string comparison).
        return "(" + " OR ".join(_comparison(Compare("eq", expr.left, value), entity, params) for value in expr.values) + ")"
    if isinstance(expr, Call):
        return _call(expr, entity, params)
    if isinstance(expr, Field):
        spec = lookup_field(entity, expr.name, expr.name)
        if spec.type != "bool":
            raise QueryTranslationError(
                f"The property '{spec.name}' is not a true/false field; compare it with a value.",
                spec.name,
            )
        return f"({quote_identifier(spec.name)} = 1)"
    if isinstance(expr, Literal) and isinstance(expr.value, bool):
        return "1" if expr.value else "0"
    raise QueryTranslationError("The filter must be a condition (a comparison or a function).", "$filter")


def _comparison(expr: Compare, entity: EntitySet, params: list[object]) -> str:
    left, right, op = expr.left, expr.right, expr.op
    if isinstance(left, Literal) and isinstance(right, Field):
        left, right, op = right, left, _MIRRORED[op]
    if not isinstance(left, Field):
        raise QueryTranslationError(
            "Each comparison needs a field name on one side, e.g. code eq 'A'.", "$filter"
        )
    spec = lookup_field(entity, left.name, left.name)
    _ensure_comparable(spec)
    if isinstance(right, Field):
        other = lookup_field(entity, right.name, right.name)
        _ensure_comparable(other)
        if _comparison_family(other) != _comparison_family(spec):
            raise QueryTranslationError(
                f"Cannot compare '{spec.name}' ({spec.type}) with '{other.name}' ({other.type}).",
                spec.name,
            )
        return f"({column_expression(spec)} {_SQL_OPERATORS[op]} {column_expression(other)})"
    if not isinstance(right, Literal):
        raise QueryTranslationError(
            f"'{spec.name}' can only be compared with a value or another field.", spec.name
        )
    params.append(_comparison_param(spec, right.value))
    return f"({column_expression(spec)} {_SQL_OPERATORS[op]} ?)"


def _ensure_comparable(spec: FieldSpec) -> None:
    if spec.type == "bytes":
        raise QueryTranslationError(f"The property '{spec.name}' holds file content and cannot be filtered.", spec.name)


def _comparison_family(spec: FieldSpec) -> str:
    return "number" if spec.type in ("int", "decimal") else spec.type


def _comparison_param(spec: FieldSpec, value: object) -> object:
    """The literal as the parameter its column compares with; QueryTranslationError otherwise."""
    if value is None:
        # The API stores no nulls: "null" means the field's default.
        value = spec.default_value
        return to_storage(spec, value) if spec.type != "decimal" else float(value)  # type: ignore[arg-type]
    kind = spec.type
    if kind == "guid":
        if isinstance(value, uuid.UUID):
            return str(value)
        if isinstance(value, str):
            try:
                return str(uuid.UUID(value))
            except ValueError:
                pass
    elif kind == "string":
        if isinstance(value, str):
            return value
    elif kind == "datetime":
        if isinstance(value, datetime):
            return format_datetime(value)
        if isinstance(value, str):
            try:
                return format_datetime(parse_datetime(value))
            except ValueError:
                pass
    elif kind == "bool":
        if isinstance(value, bool):
            return 1 if value else 0
    elif kind in ("int", "decimal"):
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            if kind == "int" and (isinstance(value, int) or value == value.to_integral_value()):
                return int(value)
            return float(value)
    raise QueryTranslationError(
        f"The property '{spec.name}' expects {_TYPE_WORDS[kind]}, not {_describe(value)}.", spec.name
    )


def _describe(value: object) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _call(expr: Call, entity: EntitySet, params: list[object]) -> str:
    target, argument = expr.args
    if not isinstance(target, Field) or not isinstance(argument, Literal) or not isinstance(argument.value, str):
        raise QueryTranslationError(
            f"{expr.name}() takes a text field and a quoted text, e.g. {expr.name}(name, 'abc').", "$filter"
        )
    spec = lookup_field(entity, target.name, target.name)
    if spec.type != "string":
        raise QueryTranslationError(f"{expr.name}() needs a text field; '{spec.name}' is not one.", spec.name)
    column = quote_identifier(spec.name)
    text = argument.value
    if not text:
        return "1"
    # instr/substr compare exactly (case-sensitive), unlike SQLite's LIKE.
    if expr.name == "contains":
        params.append(text)
        return f"(instr({column}, ?) > 0)"
    params.extend((len(text), text))
    if expr.name == "startswith":
        return f"(substr({column}, 1, ?) = ?)"
    return f"(substr({column}, -?) = ?)"


# ----------------------------------------------------------------------------------------------
# $orderby and $select


def compile_orderby(orderby: Iterable[tuple[str, bool]], entity: EntitySet) -> str:
    """``ORDER BY`` text; ``id`` always ends it so that pages stay stable."""
    parts: list[str] = []
    seen: set[str] = set()
    for name, descending in orderby:
        spec = lookup_field(entity, name, "$orderby")
        if spec.type == "bytes":
            raise QueryTranslationError(f"The property '{name}' holds file content and cannot be sorted.", "$orderby")
        if name in seen:
            continue
        seen.add(name)
        parts.append(f"{column_expression(spec)} {'DESC' if descending else 'ASC'}")
    if "id" not in seen:
        parts.append('"id" ASC')
    return "ORDER BY " + ", ".join(parts)


def check_select(select: Sequence[str] | None, entity: EntitySet) -> tuple[str, ...] | None:
    """The selected field names in request order (duplicates dropped); None means all fields."""
    if select is None:
        return None
    names: list[str] = []
    for name in select:
        if name == "*":
            return None
        lookup_field(entity, name, "$select")
        if name not in names:
            names.append(name)
    return tuple(names)
