"""OData query options -> SQLite ``WHERE`` / ``ORDER BY`` fragments, always parameterised.

Values never enter the SQL text: each literal becomes a ``?`` parameter, converted to the
column's storage form (see :mod:`core.simulator.storage`). Field names are checked against the
entity set before they are quoted into the text.

Typing follows the field, not the literal, because the vendor's guide quotes dates
(``modified_dateutc gt '2015-07-14T13:08:00.000Z'`` is a *string* literal in the tree): a quoted
text compared with a datetime field is read as a date, with a GUID field as a GUID.

Text compares like SQL Server's default collation (``core/odyssee/DECISIONS.md`` D12) unless
the collation is ``"binary"``: case-insensitively for every letter (SQLite's NOCASE folds only
ASCII), accents sorting beside their letters, and trailing spaces do not count in comparisons and
sorting (``'CUST-1 '`` is ``'cust-1'``). The string functions only ignore case. A connection must
have :func:`register_collation` run on it.
"""
from __future__ import annotations

import sqlite3
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Iterable, Sequence

from core.odata.expr import INT64_MAX, INT64_MIN, And, Call, Compare, Expr, Field, In, Literal, Not, Or, number_problem
from core.odyssee.model import EntitySet, FieldSpec
from core.odyssee.values import format_datetime, parse_datetime

# String comparison (DECISIONS.md D12): like SQL Server's default collation, or exact.
SQL_SERVER_COLLATION = "ci"
BINARY_COLLATION = "binary"
COLLATIONS = (SQL_SERVER_COLLATION, BINARY_COLLATION)
_SQLITE_COLLATION = "sql_server_ci"

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


def sql_server_key(text: str) -> tuple[str, str]:
    """What SQL Server's default collation compares of a text, in order.

    Case and trailing spaces never count. Accents do (``é`` is not ``e``), but only after the
    letters: ``école`` sorts beside ``ecole``, before ``zèbre``.
    """
    folded = text.rstrip(" ").casefold()
    if folded.isascii():
        return folded, folded
    folded = unicodedata.normalize("NFC", folded)
    letters = "".join(char for char in unicodedata.normalize("NFD", folded) if not unicodedata.combining(char))
    return letters, folded


def _compare_like_sql_server(left: str, right: str) -> int:
    left_key, right_key = sql_server_key(left), sql_server_key(right)
    return (left_key > right_key) - (left_key < right_key)


def _casefold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def register_collation(connection: sqlite3.Connection) -> None:
    """Teach a connection the SQL that ``collation="ci"`` builds."""
    connection.create_collation(_SQLITE_COLLATION, _compare_like_sql_server)
    connection.create_function("casefold", 1, _casefold, deterministic=True)


def check_collation(collation: str) -> str:
    if collation not in COLLATIONS:
        raise ValueError(f"collation must be one of {', '.join(COLLATIONS)}, not {collation!r}")
    return collation


def collated(column: str, collation: str) -> str:
    """A text column's SQL that compares and sorts under ``collation``."""
    return f"{column} COLLATE {_SQLITE_COLLATION}" if collation == SQL_SERVER_COLLATION else column


def column_expression(spec: FieldSpec, collation: str) -> str:
    """The SQL expression that compares and sorts like the field's value."""
    column = quote_identifier(spec.name)
    if spec.type == "decimal":
        # Decimals are stored as exact text; numeric comparison needs the number.
        return f"CAST({column} AS REAL)"
    return collated(column, collation) if spec.type == "string" else column


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


def compile_filter(expr: Expr, entity: EntitySet, *, collation: str = SQL_SERVER_COLLATION) -> SqlFragment:
    condition = _boolean(expr, entity, check_collation(collation))
    return SqlFragment(condition.text, tuple(condition.params))


@dataclass
class _Condition:
    text: str
    params: list[object]
    depth: int = 0  # nested groups


def _boolean(expr: Expr, entity: EntitySet, collation: str, negated: bool = False) -> _Condition:
    """SQL whose nesting follows the filter's groups, never the length of its chains.

    SQLite's parser holds about 30 groups nested after an operator, but three times as many
    nested at the start of a group, and its expression trees 1,000 levels. A URL holds ``not``
    and ``or`` chains of hundreds. So each chain becomes one flat group with its deepest term
    first, and negations move down to the comparisons (``not (a or b)`` is ``not a and not b``;
    exact, since no column is ever NULL).
    """
    while isinstance(expr, Not):
        negated = not negated
        expr = expr.operand
    if not isinstance(expr, (And, Or)):
        text, params = _condition(expr, entity, collation)
        return _Condition(f"(NOT {text})" if negated else text, params)
    conjunction = isinstance(expr, And) != negated
    terms = [_boolean(term, entity, collation, negated) for term in _chain_terms(expr)]
    terms.sort(key=lambda term: -term.depth)  # stable: the others keep their order
    return _Condition(
        _group([term.text for term in terms], "AND" if conjunction else "OR"),
        [param for term in terms for param in term.params],
        1 + terms[0].depth,
    )


def _chain_terms(expr: And | Or) -> list[Expr]:
    """The operands of ``a or b or (c or d)``, left to right, however the chain is nested."""
    kind = type(expr)
    terms: list[Expr] = []
    pending: list[Expr] = [expr]
    while pending:
        node = pending.pop()
        if type(node) is kind:
            pending += (node.right, node.left)  # type: ignore[attr-defined]
        else:
            terms.append(node)
    return terms


# A flat "a OR b OR c" is as deep as it is long in SQLite's expression tree.
_MAX_GROUP_TERMS = 100


def _group(terms: list[str], keyword: str) -> str:
    separator = f" {keyword} "
    while len(terms) > _MAX_GROUP_TERMS:
        terms = [
            "(" + separator.join(terms[start : start + _MAX_GROUP_TERMS]) + ")"
            for start in range(0, len(terms), _MAX_GROUP_TERMS)
        ]
    return "(" + separator.join(terms) + ")"


def _condition(expr: Expr, entity: EntitySet, collation: str) -> tuple[str, list[object]]:
    """A comparison, a function or a true/false field, and its parameters."""
    params: list[object] = []
    return _leaf(expr, entity, collation, params), params


def _leaf(expr: Expr, entity: EntitySet, collation: str, params: list[object]) -> str:
    if isinstance(expr, Compare):
        return _comparison(expr, entity, collation, params)
    if isinstance(expr, In):
        # The ``eq`` comparisons of the ``or`` chain it stands for, so that ``in`` matches exactly
        # the same rows (typing, collation), grouped as flat as a chain.
        comparisons = [_comparison(Compare("eq", expr.left, value), entity, collation, params) for value in expr.values]
        return _group(comparisons, "OR")
    if isinstance(expr, Call):
        return _call(expr, entity, collation, params)
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


def _comparison(expr: Compare, entity: EntitySet, collation: str, params: list[object]) -> str:
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
        return f"({column_expression(spec, collation)} {_SQL_OPERATORS[op]} {column_expression(other, collation)})"
    if not isinstance(right, Literal):
        raise QueryTranslationError(
            f"'{spec.name}' can only be compared with a value or another field.", spec.name
        )
    params.append(_comparison_param(spec, right.value))
    return f"({column_expression(spec, collation)} {_SQL_OPERATORS[op]} ?)"


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
            problem = number_problem(value)
            if problem is not None:
                raise QueryTranslationError(
                    f"The property '{spec.name}' cannot be compared with this number: it {problem}.", spec.name
                )
            # SQLite's integers are 64-bit; beyond them an integer column compares with a REAL.
            if kind == "int" and INT64_MIN <= value <= INT64_MAX and value == int(value):
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


def _call(expr: Call, entity: EntitySet, collation: str, params: list[object]) -> str:
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
    # instr/substr compare exactly, unlike SQLite's LIKE (which folds ASCII only); SQL Server's
    # LIKE ignores case, but not trailing spaces.
    if collation == SQL_SERVER_COLLATION:
        column, text = f"casefold({column})", text.casefold()
    if expr.name == "contains":
        params.append(text)
        return f"(instr({column}, ?) > 0)"
    params.extend((len(text), text))
    if expr.name == "startswith":
        return f"(substr({column}, 1, ?) = ?)"
    return f"(substr({column}, -?) = ?)"


# ----------------------------------------------------------------------------------------------
# $orderby and $select


def compile_orderby(
    orderby: Iterable[tuple[str, bool]], entity: EntitySet, *, collation: str = SQL_SERVER_COLLATION
) -> str:
    """``ORDER BY`` text; ``id`` always ends it so that pages stay stable."""
    check_collation(collation)
    parts: list[str] = []
    seen: set[str] = set()
    for name, descending in orderby:
        spec = lookup_field(entity, name, "$orderby")
        if spec.type == "bytes":
            raise QueryTranslationError(f"The property '{name}' holds file content and cannot be sorted.", "$orderby")
        if name in seen:
            continue
        seen.add(name)
        parts.append(f"{column_expression(spec, collation)} {'DESC' if descending else 'ASC'}")
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
