"""Parse OData `$filter` text into the expression tree of :mod:`core.odata.expr`.

The grammar is the subset Odyssee documents plus the common string functions::

    expression := term ("or" term)*
    term       := comparison ("and" comparison)*
    comparison := unary [("eq"|"ne"|"gt"|"ge"|"lt"|"le") unary | "in" "(" literal ("," literal)* ")"]
    unary      := "not"* operand
    operand    := "(" expression ")" | function "(" expression ("," expression)* ")"
                | literal | field

``not`` binds tighter than the comparisons, as in OData's operator precedence: ``not a eq 1``
reads ``(not a) eq 1``; negate a comparison with ``not (a eq 1)``.

Keywords are lower case only, as on the server: ``AND`` is an error that says so. The input is
already URL-decoded (a ``+`` in the guide's URLs is a space by then).

Any text gives a tree or a :class:`FilterSyntaxError`, never another exception: parentheses nest
at most :data:`MAX_NESTING_DEPTH` levels deep, and numbers must fit the types an OData server
reads them into (:func:`core.odata.expr.number_problem`). Chains of ``and``/``or``/``not`` are
read in loops, so their length is bounded only by the URL.
"""
from __future__ import annotations

import re
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Callable, Iterator

from core.errors import UserError, sentence
from core.odata.expr import (
    COMPARISONS,
    FUNCTIONS,
    INT64_MAX,
    And,
    Call,
    Compare,
    Expr,
    Field,
    In,
    Literal,
    Not,
    Or,
    number_problem,
)
from core.odyssee.values import parse_datetime

KEYWORDS = frozenset(("and", "or", "not", "in", "true", "false", "null", *COMPARISONS))

# Each level of parentheses costs a few frames here and in whatever walks the tree later
# (rendering; the simulator's SQL, where SQLite's parser holds about 90 nested groups and a level
# can take two). Real filters nest a handful of levels.
MAX_NESTING_DEPTH = 32
# Python refuses to read integers of more than 4,300 digits; Int64 has 19.
_MAX_INTEGER_DIGITS = 19


class FilterSyntaxError(UserError, ValueError):
    """A `$filter` that cannot be read; ``position`` is the 0-based offset of the problem."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(sentence("{problem} (at position {position})", problem=message, position=position + 1))
        self.reason = message
        self.position = position


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # "(" ")" "," "string" "guid" "datetime" "number" "word" "end"
    text: str
    position: int
    value: object = None


_GUID = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![\w-])")
_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})(?![\w.:-])"
)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w.])")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SPACE = re.compile(r"\s+")


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    length = len(text)
    while position < length:
        space = _SPACE.match(text, position)
        if space:
            position = space.end()
            continue
        char = text[position]
        if char in "(),":
            tokens.append(Token(char, char, position))
            position += 1
            continue
        if char == "'":
            position = _read_string(text, position, tokens)
            continue
        match = _GUID.match(text, position)
        if match:
            tokens.append(Token("guid", match.group(), position, uuid.UUID(match.group())))
            position = match.end()
            continue
        match = _DATETIME.match(text, position)
        if match:
            try:
                value = parse_datetime(match.group())
            except ValueError:
                raise FilterSyntaxError(sentence("Not a valid date: {value!r}", value=match.group()), position) from None
            tokens.append(Token("datetime", match.group(), position, value))
            position = match.end()
            continue
        match = _NUMBER.match(text, position)
        if match:
            tokens.append(Token("number", match.group(), position, _number(match.group(), position)))
            position = match.end()
            continue
        match = _WORD.match(text, position)
        if match:
            tokens.append(Token("word", match.group(), position))
            position = match.end()
            continue
        raise FilterSyntaxError(sentence("Unexpected character {char!r}", char=char), position)
    tokens.append(Token("end", "", length))
    return tokens


def _read_string(text: str, start: int, tokens: list[Token]) -> int:
    parts: list[str] = []
    position = start + 1
    while True:
        quote = text.find("'", position)
        if quote < 0:
            raise FilterSyntaxError(sentence("Unterminated string: a closing ' is missing"), start)
        parts.append(text[position:quote])
        if text.startswith("''", quote):
            parts.append("'")
            position = quote + 2
            continue
        value = "".join(parts)
        tokens.append(Token("string", text[start : quote + 1], start, value))
        return quote + 1


def _number(text: str, position: int) -> int | Decimal:
    value: int | Decimal
    if re.fullmatch(r"-?\d+", text):
        if len(text.lstrip("-").lstrip("0")) > _MAX_INTEGER_DIGITS:
            # Beyond Int64 for sure; int() would be slow on thousands of digits, or refuse them.
            raise FilterSyntaxError(_bad_number(text, number_problem(INT64_MAX + 1)), position)
        value = int(text)
    else:
        try:
            value = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern only admits valid numbers
            raise FilterSyntaxError(sentence("Not a number: {value}", value=_shorten(text)), position) from None
    problem = number_problem(value)
    if problem is not None:
        raise FilterSyntaxError(_bad_number(text, problem), position)
    return value


def _bad_number(text: str, problem: str) -> str:
    """"The number 1e400 is out of range: …", ``problem`` completing it (expr.number_problem)."""
    return sentence("The number {number} {problem}", number=_shorten(text), problem=problem)


def _shorten(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


# What a missing ')' says, after a group, a function's arguments or an 'in' list.
_CLOSING = sentence("expected a closing parenthesis")


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.index = 0
        self.depth = 0

    @property
    def current(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def at_word(self, *words: str) -> bool:
        token = self.current
        return token.kind == "word" and token.text in words

    def expect(self, kind: str, expected: str) -> Token:
        """The current token, of ``kind``; else the error saying what was ``expected`` ("expected …")."""
        if self.current.kind != kind:
            raise self.error(expected)
        return self.advance()

    def error(self, expected: str) -> FilterSyntaxError:
        token = self.current
        if token.kind == "end":
            said = sentence("Unexpected end of the filter: {expected}", expected=expected)
        else:
            said = sentence("Unexpected {token!r}: {expected}", token=token.text, expected=expected)
        return FilterSyntaxError(said, token.position)

    def parse(self) -> Expr:
        if self.current.kind == "end":
            raise FilterSyntaxError(sentence("The filter is empty"), 0)
        expression = self.expression()
        if self.current.kind != "end":
            self._reject_upper_case_keyword()
            raise self.error(sentence("expected 'and', 'or' or the end of the filter"))
        return expression

    def expression(self) -> Expr:
        return self._joined("or", Or, self.term)

    def term(self) -> Expr:
        return self._joined("and", And, self.comparison)

    def _joined(self, word: str, join: Callable[[Expr, Expr], Expr], operand: Callable[[], Expr]) -> Expr:
        """``operand word operand word …``, grouped from the left."""
        left = operand()
        while self.at_word(word):
            self.advance()
            left = join(left, operand())
        return left

    def comparison(self) -> Expr:
        left = self.unary()
        if self.at_word(*COMPARISONS):
            op = self.advance().text
            right = self.unary()
            if self.at_word(*COMPARISONS):
                raise self.error(sentence("comparisons cannot be chained; combine them with 'and'"))
            return Compare(op, left, right)
        if self.at_word("in"):
            return self.in_list(left)
        return left

    def in_list(self, left: Expr) -> Expr:
        """OData 4.01's ``name in (v1,v2,…)``: a parenthesised list of values only."""
        self.advance()  # "in"
        self.expect("(", sentence("expected '(' and the list of values after 'in'"))
        values = [self.in_value()]
        while self.current.kind == ",":
            self.advance()
            values.append(self.in_value())
        self.expect(")", _CLOSING)
        return In(left, tuple(values))

    def in_value(self) -> Literal:
        value = self.operand()
        if not isinstance(value, Literal):
            raise FilterSyntaxError(
                sentence("The list after 'in' may hold values only"), self.tokens[self.index - 1].position
            )
        return value

    def unary(self) -> Expr:
        negations = 0
        while self.at_word("not"):
            self.advance()
            negations += 1
        expression = self.operand()
        for _ in range(negations):
            expression = Not(expression)
        return expression

    def operand(self) -> Expr:
        token = self.current
        if token.kind == "(":
            self.advance()
            with self.nested(token):
                inner = self.expression()
            self.expect(")", _CLOSING)
            return inner
        if token.kind in ("string", "guid", "datetime", "number"):
            self.advance()
            return Literal(token.value)
        if token.kind == "word":
            self._reject_upper_case_keyword()
            if token.text in ("true", "false"):
                self.advance()
                return Literal(token.text == "true")
            if token.text == "null":
                self.advance()
                return Literal(None)
            if token.text in KEYWORDS:
                raise self.error(sentence("expected a field name or a value"))
            self.advance()
            if self.current.kind == "(":
                return self.call(token)
            return Field(token.text)
        raise self.error(sentence("expected a field name or a value"))

    @contextmanager
    def nested(self, parenthesis: Token) -> Iterator[None]:
        if self.depth >= MAX_NESTING_DEPTH:
            raise FilterSyntaxError(
                sentence("The filter nests parentheses more than {depth} levels deep", depth=MAX_NESTING_DEPTH),
                parenthesis.position,
            )
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1

    def call(self, name: Token) -> Expr:
        if name.text not in FUNCTIONS:
            known = ", ".join(FUNCTIONS)
            raise FilterSyntaxError(sentence("Unknown function {name!r} (known: {known})", name=name.text, known=known), name.position)
        parenthesis = self.advance()
        with self.nested(parenthesis):
            args = [self.expression()]
            while self.current.kind == ",":
                self.advance()
                args.append(self.expression())
        self.expect(")", _CLOSING)
        if len(args) != 2:
            raise FilterSyntaxError(
                sentence("{name}() takes two arguments, got {count}", name=name.text, count=len(args)), name.position
            )
        return Call(name.text, tuple(args))

    def _reject_upper_case_keyword(self) -> None:
        token = self.current
        if token.kind == "word" and token.text not in KEYWORDS and token.text.lower() in KEYWORDS:
            raise FilterSyntaxError(
                sentence(
                    "OData keywords are lower case: write {keyword!r}, not {word!r}",
                    keyword=token.text.lower(), word=token.text,
                ),
                token.position,
            )


def parse_filter(text: str) -> Expr:
    """Parse `$filter` text; raises :class:`FilterSyntaxError` with a readable message."""
    if not isinstance(text, str):
        raise TypeError("the filter must be text")
    return _Parser(text).parse()
