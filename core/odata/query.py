"""OData system query options as data: built by clients, parsed by the simulator.

``Query(...).to_query_string()`` percent-encodes every value (a ``+`` or ``&`` inside a string
literal can never change the query), and ``Query.from_params`` reads the options back from an
already-decoded mapping; ``build_query`` makes one from the loose arguments of
``OdysseeClient.list()`` (text, expressions, names). ``Query.split_in`` turns "these 500 ids"
into as few requests as fit the server's 2,048-byte query-string budget (DECISIONS.md D10) and
its 100-node ``$filter`` limit (DECISIONS.md D11).
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Mapping
from urllib.parse import parse_qsl, quote

from core.errors import UserError, sentence
from core.odata.expr import IDENTIFIER, Expr, all_of, any_of, field, literal, node_count, to_text
from core.odata.parser import FilterSyntaxError, parse_filter

MAX_QUERY_BYTES = 2048
# Room left by split_in for what the server adds to a batch's next-page link
# ("&$skip=999999999&$top=999999999"): the link must fit the same budget.
PAGING_RESERVE = 40
BATCH_QUERY_BYTES = MAX_QUERY_BYTES - PAGING_RESERVE
# ASP.NET OData's default MaxNodeCount (DECISIONS.md D11): 25 GUIDs in an ``or`` chain.
DEFAULT_MAX_NODES = 100

SUPPORTED_OPTIONS = ("$filter", "$select", "$orderby", "$top", "$skip", "$count")
# Characters left as they are in option values: they are unambiguous in a query string and
# keep URLs readable in the request log ('...', dates with colons, function calls).
_SAFE = "'(),:"


class QueryError(UserError, ValueError):
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
                raise QueryError(option, _not_a_count(option, value))

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
                raise QueryError(key, sentence("The query option {option} is not supported", option=key))
        filter_expr = None
        text = params.get("$filter")
        if text is not None:
            try:
                filter_expr = parse_filter(text)
            except FilterSyntaxError as error:
                raise QueryError("$filter", sentence("Invalid $filter: {problem}", problem=error.message)) from error
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

    def split_in(self, name: str, values: Iterable[object], **budgets: object) -> list["Query"]:
        """This query once per batch of ``name eq v1 or name eq v2 …``, each within the budgets.

        The budgets are those of :meth:`in_batches`, which also tells which values each query holds.
        """
        return [batch.query for batch in self.in_batches(name, values, **budgets)]  # type: ignore[arg-type]

    def in_batches(
        self,
        name: str,
        values: Iterable[object],
        *,
        max_query_bytes: int = BATCH_QUERY_BYTES,
        max_nodes: int = DEFAULT_MAX_NODES,
        use_in: bool = False,
        max_values: int | None = None,
    ) -> Iterator["InBatch"]:
        """Batches of ``values`` for ``name``, each query within ``max_query_bytes`` (encoded)
        and ``max_nodes`` (:func:`core.odata.expr.node_count`, this query's own filter included).

        A batch is ``name eq v`` for one value, and for several an ``or`` chain, or with
        ``use_in`` OData 4.01's ``name in (…)`` (3 nodes however long). ``max_values`` caps the
        values per batch. The default byte budget leaves room for the paging options of the
        server's next-page links. Values are de-duplicated (first occurrence kept). Raises
        ValueError when even a single value does not fit.

        Sizes are added up value by value rather than by rendering each candidate: percent-
        encoding works character by character, so the chain's length is the sum of its parts.
        """
        unique = list(dict.fromkeys(values))
        target = field(name)
        base_nodes = node_count(self.filter) + 1 if self.filter is not None else 0  # its nodes and the 'and'
        if use_in:
            piece, separator = (lambda value: to_text(literal(value))), ","
        else:
            piece, separator = (lambda value: to_text(target.eq(value))), " or "
        separator_bytes = _encoded_length(separator)

        def several(chunk: list[object]) -> Query:
            return self.and_filter(target.is_in(chunk) if use_in else any_of(target.eq(value) for value in chunk))

        frame: int | None = None  # bytes of a batch of two beyond its two pieces: the same for every batch
        start = 0
        while start < len(unique):
            first = unique[start]
            pieces = _encoded_length(piece(first))
            end = start + 1
            query_bytes = nodes = 0
            while end < len(unique) and (max_values is None or end - start < max_values):
                count = end - start + 1
                candidate_nodes = base_nodes + (3 if use_in else 4 * count - 1)
                if candidate_nodes > max_nodes:
                    break
                cost = _encoded_length(piece(unique[end]))
                if frame is None:
                    pair = several([first, unique[end]])
                    frame = len(pair.to_query_string()) - pieces - cost
                candidate_bytes = frame + pieces + cost + (count - 2) * separator_bytes
                if candidate_bytes > max_query_bytes:
                    break
                pieces += cost
                query_bytes, nodes = candidate_bytes, candidate_nodes
                end += 1
            chunk = unique[start:end]
            if len(chunk) == 1:
                query = self.and_filter(target.eq(first))
                query_bytes, nodes = len(query.to_query_string()), base_nodes + 3
                if query_bytes > max_query_bytes or nodes > max_nodes:
                    raise ValueError(sentence(
                        "A single {name} value does not fit in {size} bytes and {nodes} nodes: {value!r}",
                        name=name, size=max_query_bytes, nodes=max_nodes, value=first,
                    ))
            else:
                query = several(chunk)
            yield InBatch(query, tuple(chunk), query_bytes, nodes, use_in and len(chunk) > 1)
            start = end


@dataclass(frozen=True)
class InBatch:
    """One request of a batched look-up: its query, the values it asks for and its size."""

    query: Query
    values: tuple[object, ...]
    query_bytes: int  # the encoded query string
    nodes: int  # of its $filter, as a server's validator counts them
    uses_in: bool  # OData 4.01's ``in`` rather than an ``or`` chain


# The loose forms in which OdysseeClient.list(), list_page() and count() take a query's parts.
FilterLike = Query | Expr | str | None
SelectLike = str | Iterable[str] | None
OrderByLike = str | Iterable[str | tuple[str, bool]] | None


def build_query(
    filter: FilterLike = None, select: SelectLike = None, orderby: OrderByLike = None,
    top: int | None = None, skip: int | None = None, count: bool = False,
) -> Query:
    """A ``Query`` from the loose arguments ``list()`` accepts.

    ``filter`` may be a Query (whose parts the other arguments override when given), an
    expression, or ``$filter`` text (parsed here, so a typo fails before anything is sent);
    ``select`` "a,b" or names; ``orderby`` "a desc,b" or names or (name, descending) pairs.
    """
    query = filter if isinstance(filter, Query) else Query()
    if isinstance(filter, str):
        query = query.replace(filter=parse_filter(filter) if filter.strip() else None)
    elif isinstance(filter, Expr):
        query = query.replace(filter=filter)
    elif filter is not None and not isinstance(filter, Query):
        raise TypeError(f"filter must be a Query, an expression or text, not {type(filter).__name__}")
    changes: dict[str, Any] = {}
    if select is not None:
        changes["select"] = _select(select)
    if orderby is not None:
        changes["orderby"] = _orderby(orderby)
    if top is not None:
        changes["top"] = top
    if skip is not None:
        changes["skip"] = skip
    if count:
        changes["count"] = True
    return query.replace(**changes) if changes else query


def _select(select: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(select, str):
        return _parse_select(select)
    return tuple(name.strip() for name in select)


def _orderby(orderby: str | Iterable[str | tuple[str, bool]]) -> tuple[tuple[str, bool], ...]:
    if isinstance(orderby, str):
        return _parse_orderby(orderby)
    items: list[tuple[str, bool]] = []
    for item in orderby:
        if isinstance(item, str):
            items.extend(_parse_orderby(item))
        else:
            name, descending = item
            items.append((name, bool(descending)))
    return tuple(items)


def _encoded_length(text: str) -> int:
    return len(quote(text, safe=_SAFE))


def decode_query_string(query_string: str) -> dict[str, str]:
    """``a=1&$filter=x+eq+'y'`` → mapping; ``+`` means a space, as in the guide's URLs.

    A repeated option keeps its last value.
    """
    return dict(parse_qsl(query_string, keep_blank_values=True))


def _check_identifier(option: str, name: str) -> None:
    if not isinstance(name, str) or not IDENTIFIER.match(name):
        raise QueryError(option, sentence("{option}: {name!r} is not a field name", option=option, name=name))


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
            raise QueryError(
                "$orderby",
                sentence("$orderby: {item!r} is not 'field', 'field asc' or 'field desc'", item=part.strip()),
            )
        items.append((match[1], match[2] == "desc"))
    return tuple(items)


def _parse_count(option: str, text: str | None) -> int | None:
    if text is None:
        return None
    if not re.fullmatch(r"\d{1,9}", text.strip()):
        raise QueryError(option, _not_a_count(option, text))
    return int(text)


def _not_a_count(option: str, value: object) -> str:
    return sentence("{option} must be a whole number of at least 0, not {value!r}", option=option, value=value)


def _parse_bool(option: str, text: str | None) -> bool:
    if text is None or text == "false":
        return False
    if text == "true":
        return True
    raise QueryError(option, sentence("{option} must be true or false, not {value!r}", option=option, value=text))
