"""OData `$filter` expressions as data.

The same tree is produced by the builder (``field("code").eq("A")``) and by the parser
(``parse_filter("code eq 'A'")``) and is turned back into text by :func:`to_text`. Building
never concatenates user text into the query: literals are rendered by :func:`render_literal`,
field names are checked against :data:`IDENTIFIER`.

Datetimes are written the way the vendor's ERP-link guide writes them, quoted with
milliseconds and ``Z``. A quoted datetime is therefore a *string* literal in the tree; the
server side decides from the field's type that it is a date (``core.odyssee.values``).
"""
from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Iterable, Iterator, Union

from core.errors import sentence
from core.odyssee.values import format_datetime

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")

COMPARISONS = ("eq", "ne", "gt", "ge", "lt", "le")
FUNCTIONS = ("contains", "startswith", "endswith")

# Numbers a server can read a literal into: whole numbers as Edm.Int64, others as Edm.Double.
INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
DOUBLE_MAX = Decimal("1.7976931348623157E+308")
# Enough for any double written out (5E-324); ``1E-999999999`` would be a billion digits.
MAX_DECIMAL_PLACES = 324

LiteralValue = Union[str, bool, int, Decimal, uuid.UUID, datetime, None]


class Expr:
    """Base of every node. ``a & b``, ``a | b`` and ``~a`` combine boolean expressions."""

    __slots__ = ()

    def __and__(self, other: "Expr") -> "And":
        return And(self, other)

    def __or__(self, other: "Expr") -> "Or":
        return Or(self, other)

    def __invert__(self) -> "Not":
        return Not(self)

    def __str__(self) -> str:
        return to_text(self)


@dataclass(frozen=True, slots=True)
class Field(Expr):
    name: str

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not IDENTIFIER.match(self.name):
            raise ValueError(f"Not a valid field name: {self.name!r}")

    def _compare(self, op: str, value: object) -> "Compare":
        return Compare(op, self, value if isinstance(value, Expr) else literal(value))

    def eq(self, value: object) -> "Compare":
        return self._compare("eq", value)

    def ne(self, value: object) -> "Compare":
        return self._compare("ne", value)

    def gt(self, value: object) -> "Compare":
        return self._compare("gt", value)

    def ge(self, value: object) -> "Compare":
        return self._compare("ge", value)

    def lt(self, value: object) -> "Compare":
        return self._compare("lt", value)

    def le(self, value: object) -> "Compare":
        return self._compare("le", value)

    def contains(self, text: str) -> "Call":
        return Call("contains", (self, literal(str(text))))

    def startswith(self, text: str) -> "Call":
        return Call("startswith", (self, literal(str(text))))

    def endswith(self, text: str) -> "Call":
        return Call("endswith", (self, literal(str(text))))

    def is_in(self, values: Iterable[object]) -> "In":
        """OData 4.01's ``name in (v1,v2,…)``; only for servers known to accept it."""
        return In(self, tuple(literal(value) for value in values))


@dataclass(frozen=True, slots=True)
class Literal(Expr):
    """A constant: str, bool, int, Decimal, UUID, an aware datetime (unquoted form) or None."""

    value: LiteralValue


@dataclass(frozen=True, slots=True)
class Compare(Expr):
    op: str
    left: Expr
    right: Expr

    def __post_init__(self) -> None:
        if self.op not in COMPARISONS:
            raise ValueError(f"Unknown comparison operator: {self.op!r}")


@dataclass(frozen=True, slots=True)
class In(Expr):
    """``left in (v1,v2,…)`` (OData 4.01): one comparison with a list of values."""

    left: Expr
    values: tuple[Literal, ...]

    def __post_init__(self) -> None:
        if not self.values:
            raise ValueError("'in' needs at least one value")


@dataclass(frozen=True, slots=True)
class And(Expr):
    left: Expr
    right: Expr


@dataclass(frozen=True, slots=True)
class Or(Expr):
    left: Expr
    right: Expr


@dataclass(frozen=True, slots=True)
class Not(Expr):
    operand: Expr


@dataclass(frozen=True, slots=True)
class Call(Expr):
    name: str
    args: tuple[Expr, ...]

    def __post_init__(self) -> None:
        if self.name not in FUNCTIONS:
            raise ValueError(f"Unknown function: {self.name!r}")
        if len(self.args) != 2:
            raise ValueError(f"{self.name}() takes two arguments")


def field(name: str) -> Field:
    return Field(name)


def literal(value: object) -> Literal:
    """Wrap a Python value; datetimes become the guide's quoted text form."""
    if isinstance(value, Literal):
        return value
    if isinstance(value, datetime):
        return Literal(format_datetime(value))
    if isinstance(value, float):
        # Floats print with binary noise (0.1 + 0.2); decimals are what the API speaks.
        return Literal(Decimal(repr(value)))
    if value is None or isinstance(value, (str, bool, int, Decimal, uuid.UUID)):
        return Literal(value)
    raise TypeError(f"Cannot use a {type(value).__name__} as an OData literal")


def all_of(expressions: Iterable[Expr]) -> Expr | None:
    """``a and b and c`` (None for no expressions)."""
    return _chain(And, expressions)


def any_of(expressions: Iterable[Expr]) -> Expr | None:
    """``a or b or c`` (None for no expressions)."""
    return _chain(Or, expressions)


def _chain(node: type, expressions: Iterable[Expr]) -> Expr | None:
    result: Expr | None = None
    for expression in expressions:
        result = expression if result is None else node(result, expression)
    return result


def walk(expr: Expr) -> Iterator[Expr]:
    """Every node of ``expr`` (an ``in``'s values excepted), without recursion: a long ``or``
    chain is a deep tree."""
    stack = [expr]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, (Compare, And, Or)):
            stack += (node.left, node.right)
        elif isinstance(node, Not):
            stack.append(node.operand)
        elif isinstance(node, Call):
            stack += node.args
        elif isinstance(node, In):
            stack.append(node.left)


def node_count(expr: Expr) -> int:
    """How many nodes a server's filter validator counts in ``expr``.

    ASP.NET OData rejects a ``$filter`` whose tree holds more than ``MaxNodeCount`` nodes (100
    by default). Every field, literal, comparison, ``and``/``or``, ``not`` and function call is
    one node, so ``id eq <guid>`` is 3 and each further ``or id eq <guid>`` adds 4. An ``in`` is
    3 however many values it lists: the property, the operator and the collection.
    """
    return sum(2 if isinstance(node, In) else 1 for node in walk(expr))


def in_(name: str, values: Iterable[object]) -> Expr | None:
    """``name eq v1 or name eq v2 …``; see ``core.odata.query.Query.split_in`` for URL budgets."""
    target = Field(name)
    return any_of(target.eq(value) for value in values)


# ----------------------------------------------------------------------------------------------
# Rendering

_PRECEDENCE = {Or: 1, And: 2}


def number_problem(value: int | Decimal) -> str | None:
    """Why a number cannot be a literal (completing "The number 1e400 …"), or None when it can."""
    if isinstance(value, int):
        if INT64_MIN <= value <= INT64_MAX:
            return None
        return sentence("is out of range: whole numbers go from {low} to {high}", low=INT64_MIN, high=INT64_MAX)
    if not value.is_finite():
        return sentence("is not a finite number")
    # copy_abs and comparisons are exact: no rounding context that could overflow on 1E+999999999.
    if value.copy_abs() > DOUBLE_MAX:
        return sentence("is out of range: numbers go from -{high} to {high}", high=DOUBLE_MAX)
    if value.as_tuple().exponent < -MAX_DECIMAL_PLACES:  # type: ignore[operator]
        return sentence("has more than {places} decimal places", places=MAX_DECIMAL_PLACES)
    return None


def render_literal(value: LiteralValue) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, (int, Decimal)):
        problem = number_problem(value)
        if problem is not None:
            # Not the value itself: str() of a huge int is slow, or refused.
            raise ValueError(sentence("Cannot send this number: it {problem}", problem=problem))
        if isinstance(value, int):
            return str(value)
        text = format(value, "f")
        return text if "." in text else text + ".0"
    raise TypeError(f"Cannot render {value!r} as an OData literal")


def to_text(expr: Expr) -> str:
    """The canonical text of an expression (lower-case keywords, minimal parentheses).

    Chains (``a or b or c``, ``not not a``) are walked in loops: the builder and the parser make
    them as deep trees, as long as the URL allows.
    """
    if isinstance(expr, Field):
        return expr.name
    if isinstance(expr, Literal):
        return render_literal(expr.value)
    if isinstance(expr, Compare):
        return f"{_operand(expr.left)} {expr.op} {_operand(expr.right)}"
    if isinstance(expr, (And, Or)):
        return _chain_text(expr)
    if isinstance(expr, In):
        return f"{_operand(expr.left)} in ({','.join(to_text(value) for value in expr.values)})"
    if isinstance(expr, Not):
        negations = 0
        while isinstance(expr, Not):
            negations += 1
            expr = expr.operand
        inner = to_text(expr)
        # "not" binds tighter than comparisons, "and" and "or": "not (a eq 1)" needs them.
        if isinstance(expr, (And, Or, Compare, In)):
            inner = f"({inner})"
        return "not " * negations + inner
    if isinstance(expr, Call):
        return f"{expr.name}({', '.join(to_text(arg) for arg in expr.args)})"
    raise TypeError(f"Not an OData expression: {expr!r}")


def _chain_text(expr: And | Or) -> str:
    """``a or b or c`` from the left-deep tree that reading it gives."""
    kind = type(expr)
    precedence = _PRECEDENCE[kind]
    rights: list[Expr] = []
    node: Expr = expr
    while type(node) is kind:
        rights.append(node.right)  # type: ignore[attr-defined]
        node = node.left  # type: ignore[attr-defined]
    first = to_text(node)
    if _precedence(node) < precedence:
        first = f"({first})"
    parts = [first]
    for right in reversed(rights):
        text = to_text(right)
        # A right operand of the same kind keeps its parentheses, so the tree reads back the same.
        parts.append(f"({text})" if _precedence(right) <= precedence else text)
    keyword = " and " if kind is And else " or "
    return keyword.join(parts)


def _operand(expr: Expr) -> str:
    text = to_text(expr)
    return f"({text})" if isinstance(expr, (And, Or, Compare, In, Not)) else text


def _precedence(expr: Expr) -> int:
    return _PRECEDENCE.get(type(expr), 3)
