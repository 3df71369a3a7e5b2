"""Paging: reading lists of rows, page by page, through the transport.

- ``rows()`` follows every ``@odata.nextLink``, only on the base URL's origin (the credentials
  never travel elsewhere), and drops rows whose ``id`` it has already yielded: ``$skip`` paging
  shifts when rows are inserted between pages (DECISIONS.md D6). :class:`PagingGuard` stops a
  server that keeps sending pages with nothing new, or more rows than it announced.
- ``fetch_page()`` reads one page (the GUI's ``fetchMore``, the key-set cursors of the engines).
- ``rows_in()`` is the batched look-up: the rows of many ids (or codes) in as few requests as
  the server's limits allow, bytes of query string (DECISIONS.md D10) and ``$filter`` nodes
  (DECISIONS.md D11), halved and kept (``core.odata.limits``) when the server refuses a batch
  as too large, and OData 4.01's ``in`` where the server accepts it.

``OdysseeClient.list``, ``list_page`` and ``list_in`` are the way in; these functions take the
client's transport (:mod:`core.odata.transport`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

import httpx

from core.errors import sentence
from core.odata.errors import (
    ForeignNextLinkError,
    OdysseeError,
    QueryTooLargeError,
    ServerError,
    UnexpectedAnswerError,
    ValidationError,
    entity_label,
    safe_url,
)
from core.odata.query import InBatch, Query

# For annotations only: the transport imports this module, so importing it back would be circular.
if TYPE_CHECKING:
    from core.odata.limits import LearnedLimits
    from core.odata.transport import Transport


@dataclass(frozen=True)
class Page:
    rows: list[dict]
    next_link: str | None  # absolute URL on the base URL's origin, or None on the last page
    count: int | None  # ``@odata.count`` when asked for with count=True


class PagingGuard:
    """Stops a pager that a broken server keeps feeding, and drops rows already seen.

    ``$skip`` paging may shift by a few rows between pages (DECISIONS.md D6), so a row can come twice: it is
    dropped (by ``id``). But a second page in a row with nothing new is a server ignoring
    ``$skip`` (the same page again under ever new next links), and more rows than the
    ``@odata.count`` it announced, beyond what inserts during the read explain, a server
    inventing pages. Either ends in UnexpectedAnswerError.
    """

    STALE_PAGES = 2

    def __init__(self, entity: str, seen: set[str] | None = None) -> None:
        self.entity = entity
        self.seen = set() if seen is None else seen
        self._stale = 0
        self._rows = 0  # distinct rows so far, counting rows without an id
        self._announced: int | None = None

    def new_rows(self, page: Page, url: object = None, *, more: bool | None = None) -> list[dict]:
        """The page's rows not seen before; rows without an ``id`` always count as new.

        ``more`` says whether the pager would ask for another page (by default: when the page
        has a next link); only then is a page with nothing new an endless loop.
        """
        more = page.next_link is not None if more is None else more
        fresh = []
        for row in page.rows:
            row_id = row.get("id")
            if row_id is not None:
                key = str(row_id).lower()
                if key in self.seen:
                    continue
                self.seen.add(key)
            fresh.append(row)
        label = entity_label(self.entity)
        self._stale = 0 if fresh else self._stale + 1
        if self._stale >= self.STALE_PAGES and more:
            raise UnexpectedAnswerError(
                sentence(
                    "Odyssee keeps sending next-page links to {label} rows already read (it seems to ignore $skip); "
                    "reading stopped after {rows} rows.",
                    label=label, rows=self._rows,
                ),
                url=url,
            )
        if self._announced is None and page.count is not None:
            self._announced = page.count
        self._rows += len(fresh)
        if self._announced is not None and self._rows > self._announced + max(100, self._announced // 10):
            raise UnexpectedAnswerError(
                sentence(
                    "Odyssee keeps sending {label} rows beyond the {announced} it announced (@odata.count); "
                    "reading stopped after {rows} rows.",
                    label=label, announced=self._announced, rows=self._rows,
                ),
                url=url,
            )
        return fresh


# ----------------------------------------------------------------------------------------------
# Following next links


def rows(
    transport: "Transport", entity: str, query: Query, top: int | None = None, seen: set[str] | None = None
) -> Iterator[dict]:
    """Every row of ``entity`` matching ``query``, following next links, each ``id`` once (also
    across calls sharing ``seen``); at most ``top`` rows. The first request is sent when
    iteration starts."""
    guard = PagingGuard(entity, seen)
    visited: set[str] = set()
    yielded = 0
    if top == 0:
        return
    try:
        url = transport.collection_url(entity, query)
        while True:
            transport.check_cancel()
            visited.add(url)
            page = fetch_page(transport, entity, url, check_link=False)
            for row in guard.new_rows(page, url):
                yield row
                yielded += 1
                if top is not None and yielded >= top:
                    return
            if page.next_link is None:
                return
            same_origin(transport, page.next_link, url)
            if page.next_link in visited:
                raise UnexpectedAnswerError(
                    sentence("Odyssee's next-page link repeats a page already read ({url}).", url=safe_url(page.next_link)),
                    url=url,
                )
            url = page.next_link
    except OdysseeError as error:
        # What a server wrote into a next link or an answer may quote the credentials.
        transport.redact.error(error)
        raise


def fetch_page(transport: "Transport", entity: str, url: str, *, check_link: bool = True) -> Page:
    """One page; with ``check_link=False`` the next link is resolved but its origin is left
    for the caller to check (``rows()`` yields the page's rows first)."""
    response = transport.call("GET", url, entity=entity, action="list")[0]
    transport.raise_for_status(response, entity, action="list")
    return page_from(transport, response, entity, check_link=check_link)


def page_from(transport: "Transport", response: httpx.Response, entity: str, *, check_link: bool = True) -> Page:
    """The page an answer holds, or UnexpectedAnswerError when it holds no list of rows."""
    url = str(response.request.url)
    body = transport.json(response)
    page_rows = body.get("value") if isinstance(body, dict) else None
    if not isinstance(page_rows, list) or not all(isinstance(row, dict) for row in page_rows):
        raise transport.unexpected(
            response,
            sentence("Odyssee's answer is not a list of {label} rows ({url}).", label=entity_label(entity), url=safe_url(url)),
        )
    link = body.get("@odata.nextLink")
    if link is not None and not isinstance(link, str):
        raise UnexpectedAnswerError(sentence("Odyssee's next-page link is not text ({url}).", url=safe_url(url)), url=url)
    if not link:
        next_link = None
    elif check_link:
        next_link = same_origin(transport, link, url)
    else:
        next_link = _resolve(link, url)
    count = body.get("@odata.count")
    if isinstance(count, str) and count.isdigit():
        count = int(count)
    if not isinstance(count, int) or isinstance(count, bool):
        count = None
    return Page(rows=page_rows, next_link=next_link, count=count)


def same_origin(transport: "Transport", link: str, current_url: str) -> str:
    """The absolute link, or ForeignNextLinkError when it leaves the base URL's origin."""
    target = httpx.URL(_resolve(link, current_url))
    if origin(target) != transport.origin:
        host = target.host or "?"
        if target.port:
            host = f"{host}:{target.port}"
        raise ForeignNextLinkError(
            sentence(
                "Odyssee's next-page link points to another server ({host}); it was not followed, "
                "so your credentials stay with Odyssee.",
                host=host,
            ),
            host=host,
            url=current_url,
            detail=safe_url(target),
        )
    return str(target)


def origin(url: httpx.URL) -> tuple[str, str, int]:
    """Scheme, host and port: where the credentials may go."""
    default = {"http": 80, "https": 443}.get(url.scheme, 0)
    return url.scheme, (url.host or "").lower(), url.port or default


def _resolve(link: str, current_url: str) -> str:
    try:
        return str(httpx.URL(current_url).join(link))
    except Exception as error:  # noqa: BLE001 - any unparsable link is a malformed answer
        raise UnexpectedAnswerError(
            sentence("Odyssee's next-page link is not a valid address: {link}", link=link[:200]), url=current_url
        ) from error


# ----------------------------------------------------------------------------------------------
# Batched look-ups


def rows_in(
    transport: "Transport", limits: "LearnedLimits", entity: str, name: str, values: list[object], query: Query
) -> Iterator[dict]:
    """Every row whose ``name`` is one of ``values`` (and that matches ``query``), each ``id`` once.

    The values are asked for in batches sized by the server's limits: bytes of query string
    and ``$filter`` nodes (``query``'s own filter counts too). A batch the server refuses as
    too large is halved and sent again, and the lower limit is kept in ``limits``. Batches
    use OData 4.01's ``in`` unless the server showed it does not accept it: the first
    ``in`` request is the probe, and a refusal falls back to ``or`` chains for good.
    """
    seen: set[str] = set()
    start = 0
    in_refused = False  # by this server, in this call; remembered once an ``or`` chain worked
    refusal: QueryTooLargeError | None = None
    while start < len(values):
        current = limits.current
        use_in = current.accepts_in is not False and not in_refused
        batches = query.in_batches(
            name,
            values[start:],
            max_query_bytes=current.max_query_bytes,
            max_nodes=current.max_nodes,
            use_in=use_in,
            max_values=current.max_in_values if use_in else None,
        )
        while True:
            try:
                batch = next(batches, None)
            except ValueError:
                if refusal is not None:
                    raise refusal from None  # the limits left fit not even one value
                raise
            if batch is None:
                break
            outcome = yield from _batch_rows(transport, limits, entity, batch, seen, in_refused)
            if outcome is None:
                start += len(batch.values)
                continue
            if isinstance(outcome, QueryTooLargeError):
                refusal = outcome
                if len(batch.values) == 1 or not limits.shrink_for(outcome, batch):
                    raise outcome
            else:
                in_refused = True
            break  # the same values again, in batches within the new limits


def _batch_rows(
    transport: "Transport", limits: "LearnedLimits", entity: str, batch: InBatch, seen: set[str], in_refused: bool
) -> Iterator[dict]:
    """Yield a batch's rows; return None when all came, or why the batch must be sent again:
    the server's QueryTooLargeError, or "in" when a first ``in`` was refused."""
    answered = False
    try:
        for row in rows(transport, entity, batch.query, None, seen):
            if not answered:
                answered = True
                _batch_answered(limits, batch, in_refused)
            yield row
    except QueryTooLargeError as error:
        return error
    except (ValidationError, ServerError) as error:
        # A server that does not know ``in`` calls it a syntax error (400), or fails on it;
        # also one that accepted it before (a downgrade), so a remembered "yes" is not a trap.
        if batch.uses_in and not answered and error.status in (400, 500, 501):
            return "in"
        raise
    if not answered:
        _batch_answered(limits, batch, in_refused)
    return None


def _batch_answered(limits: "LearnedLimits", batch: InBatch, in_refused: bool) -> None:
    accepts_in = limits.current.accepts_in
    if batch.uses_in and accepts_in is not True:
        limits.learn_in(True)
    elif in_refused and accepts_in is not False and len(batch.values) > 1:
        # Only now: an ``in`` refused for another reason (a wrong field) fails as ``or`` too.
        limits.learn_in(False)


__all__ = ["Page", "PagingGuard", "fetch_page", "page_from", "origin", "rows", "rows_in", "same_origin"]
