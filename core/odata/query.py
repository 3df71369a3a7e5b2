"""OData system query options as data: built by clients, parsed by the simulator.

``Query(...).to_query_string()`` percent-encodes every value (a ``+`` or ``&`` inside a string
literal can never change the query), and ``Query.from_params`` reads the options back from an
already-decoded mapping. ``Query.split_in`` turns "these 500 ids" into as few requests as fit the
server's 2,048-byte query-string budget (D10).
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Iterable, Mapping
from urllib.parse import parse_qsl, quote

from core.odata.expr import IDENTIFIER, Expr, all_of, any_of, field, to_text
from core.odata.parser import FilterSyntaxError, parse_filter

MAX_QUERY_BYTES = 2048
# Room left by split_in for what the server adds to a batch's next-page link
# ("&$skip=999999999&$top=999999999"): the link must fit the same budget.
PAGING_RESERVE = 40

SUPPORTED_OPTIONS = ("$filter", "$select", "$orderby", "$top", "$skip", "$count")
# Characters left as they are in option values: they are unambiguous in a query string and
# keep URLs readable in the request log ('...', dates with colons, function calls).
_SAFE = "'(),:"


class QueryError(ValueError):
    """A system query option that is unknown or malformed; ``option`` names it."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(message)
        self.option = option


@dataclass(frozen=True)
class Query:
    filter: Expr | None = None
    select: tuple[str, ...] = ()
    orderby: tuple[tuple[str, bool], ...] = ()  # (field, descending)
    top: int | None = None
    skip: int | None = None
    count: bool = False

    def __post_init__(self) -> None:
        for name in self.select:
            _check_identifier("$select", name)
        for name, _descending in self.orderby:
            _check_identifier("$orderby", name)
        for option, value in (("$top", self.top), ("$skip", self.skip)):
            if value is not None and (not isinstance(value, int) or value < 0):
                raise QueryError(option, f"{option} must be a whole number of at least 0, not {value!r}")

    def replace(self, **changes: object) -> "Query":
        return dataclasses.replace(self, **changes)

    def and_filter(self, extra: Expr | None) -> "Query":
        """This query with ``extra`` added to its filter by ``and``."""
        return self.replace(filter=all_of(e for e in (self.filter, extra) if e is not None))

    # ------------------------------------------------------------------ rendering

    def to_params(self) -> list[tuple[str, str]]:
        params: list[tuple[str, str]] = []
        if self.select:
            params.append(("$select", ",".join(self.select)))
        if self.filter is not None:
            params.append(("$filter", to_text(self.filter)))
        if self.orderby:
            params.append(("$orderby", ",".join(f"{n} {'desc' if d else 'asc'}" for n, d in self.orderby)))
        if self.top is not None:
            params.append(("$top", str(self.top)))
        if self.skip is not None:
            params.append(("$skip", str(self.skip)))
        if self.count:
            params.append(("$count", "true"))
        return params

    def to_query_string(self) -> str:
        """Percent-encoded, ``$`` kept literal: ``$filter=code%20eq%20'A'&$top=5``."""
        return "&".join(f"{key}={quote(value, safe=_SAFE)}" for key, value in self.to_params())

    # ------------------------------------------------------------------ parsing

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> "Query":
        """Read the system options out of decoded query parameters; others are ignored."""
        for key in params:
            if key.startswith("$") and key not in SUPPORTED_OPTIONS:
                raise QueryError(key, f"The query option {key} is not supported")
        filter_expr = None
        text = params.get("$filter")
        if text is not None:
            try:
                filter_expr = parse_filter(text)
            except FilterSyntaxError as error:
                raise QueryError("$filter", f"Invalid $filter: {error}") from error
        return cls(
            filter=filter_expr,
            select=_parse_select(params.get("$select")),
            orderby=_parse_orderby(params.get("$orderby")),
            top=_parse_count("$top", params.get("$top")),
            skip=_parse_count("$skip", params.get("$skip")),
            count=_parse_bool("$count", params.get("$count")),
        )

    @classmethod
    def from_query_string(cls, query_string: str) -> "Query":
        return cls.from_params(decode_query_string(query_string))

    # ------------------------------------------------------------------ batching

    def split_in(
        self, name: str, values: Iterable[object], *, max_query_bytes: int = MAX_QUERY_BYTES - PAGING_RESERVE
    ) -> list["Query"]:
        """This query once per batch of ``name eq v1 or name eq v2 …``, each within the budget.

        The default budget leaves room for the paging options of the server's next-page links.
        Values are de-duplicated (first occurrence kept). Raises ValueError when even a single
        value does not fit.
        """
        target = field(name)
        unique = list(dict.fromkeys(values))
        batches: list[Query] = []
        current: list[Expr] = []

        def with_terms(terms: list[Expr]) -> Query:
            return self.and_filter(any_of(terms))

        for value in unique:
            term = target.eq(value)
            candidate = with_terms(current + [term])
            if len(candidate.to_query_string().encode()) <= max_query_bytes:
                current.append(term)
                continue
            if not current:
                raise ValueError(f"A single {name} value does not fit in {max_query_bytes} bytes: {value!r}")
            batches.append(with_terms(current))
            current = [term]
            if len(with_terms(current).to_query_string().encode()) > max_query_bytes:
                raise ValueError(f"A single {name} value does not fit in {max_query_bytes} bytes: {value!r}")
        if current:
            batches.append(with_terms(current))
        return batches


def decode_query_string(query_string: str) -> dict[str, str]:
    """``a=1&$filter=x+eq+'y'`` → mapping; ``+`` means a space, as in the guide's URLs.

    A repeated option keeps its last value.
    """
    return dict(parse_qsl(query_string, keep_blank_values=True))


def _check_identifier(option: str, name: str) -> None:
    if not isinstance(name, str) or not IDENTIFIER.match(name):
        raise QueryError(option, f"{option}: {name!r} is not a field name")


def _parse_select(text: str | None) -> tuple[str, ...]:
    if text is None or text.strip() in ("", "*"):
        return ()
    names = tuple(part.strip() for part in text.split(","))
    for name in names:
        _check_identifier("$select", name)
    return names


_ORDER_ITEM = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s+(asc|desc))?\s*\Z")


def _parse_orderby(text: str | None) -> tuple[tuple[str, bool], ...]:
    if text is None or not text.strip():
        return ()
    items = []
    for part in text.split(","):
        match = _ORDER_ITEM.match(part)
        if not match:
            raise QueryError("$orderby", f"$orderby: {part.strip()!r} is not 'field', 'field asc' or 'field desc'")
        items.append((match[1], match[2] == "desc"))
    return tuple(items)


def _parse_count(option: str, text: str | None) -> int | None:
    if text is None:
        return None
    if not re.fullmatch(r"\d{1,9}", text.strip()):
        raise QueryError(option, f"{option} must be a whole number of at least 0, not {text!r}")
    return int(text)


def _parse_bool(option: str, text: str | None) -> bool:
    if text is None or text == "false":
        return False
    if text == "true":
        return True
    raise QueryError(option, f"{option} must be true or false, not {text!r}")
