"""The Odyssee OData client: one ``httpx.Client`` per profile, shared by every thread.

What it adds on top of httpx:

- **Batched look-ups.** ``list_in()`` asks for the rows of many ids (or codes) in as few requests
  as the server's limits allow: bytes of query string and ``$filter`` nodes, halved and kept
  (``core.odata.limits``) when the server refuses a batch as too large, and OData 4.01's ``in``
  where the server accepts it.
- **Paging.** ``list()`` follows every ``@odata.nextLink`` — only on the base URL's origin, so the
  credentials never travel elsewhere — and drops rows whose ``id`` it has already yielded
  (``$skip`` paging shifts when rows are inserted between pages). ``list_page()`` fetches one
  page for the GUI's ``fetchMore``.
- **Retries.** 429/502/503/504 and connection failures are retried with bounded exponential
  backoff and jitter, honouring ``Retry-After``, for GET, PUT (a full replace, so idempotent)
  and DELETE. A POST is never retried blindly: ``create()`` gives the row a client GUID, and
  after an ambiguous attempt (timeout, dropped connection, 5xx) asks ``Entity(<id>)`` whether
  it landed before trying again — so a create never makes a duplicate.
- **Errors** as the typed hierarchy of ``core.odata.errors``, each with one readable sentence.
  A malformed answer (HTML, invalid JSON, the wrong shape) is an ``UnexpectedAnswerError``.
- **Bounds.** No server can make the client hold or wait without limit: a page is read up to
  ``max_page_bytes`` (an error body up to 64 KiB, for its message), a file up to
  ``max_file_bytes`` (also when it comes as Base64 in JSON, decoded as it streams in), every
  answer within ``deadline`` seconds, and pagers stop when pages bring nothing new or more rows
  than ``@odata.count`` said. Each ends in one typed error.
- **Credentials.** Every text from the server (error bodies, proxy pages, next links) is
  redacted (``core.odata.errors.Redactor``) before it reaches an error, the request log or a
  caller. After one 401 the client sends nothing more: each later request fails at once with
  the same ``AuthenticationError`` (a new client comes with new credentials).
- **Cancel.** A ``threading.Event`` is checked before every attempt, between pages and between
  download chunks; backoff sleeps wait on it, so cancelling is immediate. A request already on
  the wire finishes (or times out) first.
- **Request log** (``client.log``, a ring buffer for the Activity page, plus ``logging``) and
  per-run counters (``client.stats``). Neither ever sees a header, so the ``Authorization``
  value is never logged.

Thread safety: an ``OdysseeClient`` may be used from several threads at once. httpx's client and
its connection pool are thread-safe; the log and the counters take a lock; everything else is
set once in ``__init__``. ``with_cancel(event)`` gives a view that shares the connection pool,
log and counters but checks another cancel flag (one per background task). ``list()``
returns a generator, which belongs to the thread that iterates it.
"""
from __future__ import annotations

import binascii
import copy
from http.cookiejar import CookieJar, DefaultCookiePolicy
import dataclasses
import functools
import hashlib
import inspect
import json
import os
import random
import re
import socket
import ssl
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Literal

import httpx

from core.files import fsync_folder
from core.odata.errors import (
    AuthenticationError,
    BadUrlError,
    CancelledError,
    ConflictError,
    DeadlineExceededError,
    ForeignNextLinkError,
    NetworkError,
    NotFoundError,
    OdysseeError,
    QueryTooLargeError,
    Redactor,
    ServerError,
    TimeoutError,
    TlsError,
    TooLargeError,
    UnexpectedAnswerError,
    ValidationError,
    entity_label,
    error_from_response,
    is_html,
    parse_retry_after,
    safe_url,
    text_excerpt,
)
from core.odyssee.model import EMPTY_GUID_TEXT
from core.odyssee.values import encode_json
from core.odata.expr import IDENTIFIER, Expr
from core.odata.limits import LearnedLimits, LimitsMemory, profile_limits
from core.odata.pace import Pace
from core.odata.query import MAX_QUERY_BYTES, InBatch, Query, QueryError, build_query
from core.odata.requestlog import RequestLog, RequestRecord, RequestStats
from core.settings import DEFAULT_CONCURRENCY_CEILING, DEFAULT_MAX_FILE_MB

DEFAULT_TIMEOUT = 30.0
DEFAULT_CONNECT_TIMEOUT = 10.0
DOWNLOAD_CHUNK = 64 * 1024
MB = 1024 * 1024
# A page of 100 rows is some 100 KiB; 32 MiB leaves room for wide rows (and DbFile rows that
# carry their Base64 content) while no answer can take the memory.
DEFAULT_MAX_PAGE_BYTES = 32 * MB
# An error answer is read for its message only.
ERROR_BODY_LIMIT = 64 * 1024
# The most one answer may take from sending the request to its last byte: a server dripping a
# byte at a time stays within every read timeout, but not within this.
DEFAULT_DEADLINE = 300.0
# Base64 is 4/3 of the bytes; the rest of a JSON file answer is a few short fields.
_JSON_FILE_OVERHEAD = 1 * MB
USER_AGENT = "odyssee-sync"

ProgressCallback = Callable[[int, "int | None"], None]


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry. ``max_attempts`` counts the first try."""

    max_attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0
    max_retry_after: float = 120.0  # a longer Retry-After is cut to this
    jitter: float = 0.5  # each backoff is shortened by up to this fraction, at random
    retry_statuses: frozenset[int] = frozenset({429, 502, 503, 504})

    def backoff(self, failures: int) -> float:
        """Seconds to wait after the ``failures``-th failed attempt."""
        delay = min(self.max_delay, self.base_delay * (2 ** max(0, failures - 1)))
        return delay * (1.0 - self.jitter * random.random())

    def wait_after(self, failures: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(max(0.0, retry_after), self.max_retry_after)
        return self.backoff(failures)


NO_RETRY = RetryPolicy(max_attempts=1)


@dataclass(frozen=True)
class Page:
    rows: list[dict]
    next_link: str | None  # absolute URL on the base URL's origin, or None on the last page
    count: int | None  # ``@odata.count`` when asked for with count=True


@dataclass(frozen=True)
class DownloadResult:
    path: Path
    size: int
    sha256: str


ConnectionKind = Literal["ok", "bad_url", "unreachable", "tls", "credentials", "unexpected"]


@dataclass(frozen=True)
class ConnectionCheck:
    ok: bool
    kind: ConnectionKind
    message: str


def _redacting(method: Callable) -> Callable:
    """Every OdysseeError leaving ``method`` is redacted first: whatever a server wrote into a
    sentence, a URL or a detail, the credentials never travel on with it."""
    if inspect.isgeneratorfunction(method):

        @functools.wraps(method)
        def rows(self: "OdysseeClient", *args: Any, **kwargs: Any) -> Iterator[Any]:
            try:
                yield from method(self, *args, **kwargs)
            except OdysseeError as error:
                self._redact.error(error)
                raise

        return rows

    @functools.wraps(method)
    def call(self: "OdysseeClient", *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except OdysseeError as error:
            self._redact.error(error)
            raise

    return call


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
                f"Odyssee keeps sending next-page links to {label} rows already read (it seems to ignore $skip); "
                f"reading stopped after {self._rows} rows.",
                url=url,
            )
        if self._announced is None and page.count is not None:
            self._announced = page.count
        self._rows += len(fresh)
        if self._announced is not None and self._rows > self._announced + max(100, self._announced // 10):
            raise UnexpectedAnswerError(
                f"Odyssee keeps sending {label} rows beyond the {self._announced} it announced (@odata.count); "
                f"reading stopped after {self._rows} rows.",
                url=url,
            )
        return fresh


class OdysseeClient:
    def __init__(
        self,
        base_url: str,
        *,
        auth_header: str,
        timeout: float = DEFAULT_TIMEOUT,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        ca_bundle: str | os.PathLike[str] | None = None,
        verify: bool = True,
        transport: httpx.BaseTransport | None = None,
        retry: RetryPolicy | None = None,
        cancel: threading.Event | None = None,
        request_log: Callable[[RequestRecord], None] | None = None,
        log_capacity: int = 1000,
        trust_env: bool = True,
        limits: LimitsMemory | None = None,
        max_page_bytes: int = DEFAULT_MAX_PAGE_BYTES,
        max_file_bytes: int = DEFAULT_MAX_FILE_MB * MB,
        deadline: float = DEFAULT_DEADLINE,
        clock: Callable[[], float] = time.monotonic,
        pace: Pace | None = None,
    ) -> None:
        """``auth_header`` is the finished ``Authorization`` value (``Basic …``).

        ``timeout`` bounds each wait for the server (read/write), ``connect_timeout`` the
        connection set-up. ``ca_bundle`` adds a PEM file of trusted CAs (company proxies);
        ``verify=False`` is for local test servers only. Proxy variables (``HTTPS_PROXY``,
        ``NO_PROXY``…) are honoured unless ``trust_env=False``. ``limits`` keeps what batched
        look-ups learn about the server's limits (``from_profile`` gives each profile its file);
        without it they are learned again by each client. ``max_page_bytes`` bounds one JSON
        answer, ``max_file_bytes`` one downloaded file, ``deadline`` (seconds) the time one
        answer may take in all; ``clock`` (``time.monotonic``) measures it. ``pace`` limits the
        requests in flight at once, learning the server's pace by itself (:mod:`core.odata.pace`).
        """
        self.base_url = _check_base_url(base_url)
        if not isinstance(auth_header, str) or not auth_header.strip() or any(c in auth_header for c in "\r\n"):
            raise ValueError("The Authorization header value is empty or spans several lines.")
        self.retry = retry or RetryPolicy()
        self.timeout = float(timeout)
        self.connect_timeout = float(connect_timeout)
        self.log = RequestLog(log_capacity)
        self.stats = RequestStats()
        self.pace = pace or Pace()  # shared by the with_cancel views, like the connection pool
        self._limits = LearnedLimits(limits)
        self.max_page_bytes = int(max_page_bytes)
        self.max_file_bytes = int(max_file_bytes)
        self.deadline = float(deadline)
        self._clock = clock
        self._redact = Redactor(auth_header)
        # Shared with the with_cancel views: one 401 stops them all.
        self._refusal: list[AuthenticationError] = []
        if request_log is not None:
            self.log.subscribe(request_log)
        self._cancel = cancel
        base = httpx.URL(self.base_url)
        self._origin = _origin(base)
        self._owns_http = True
        self._http = httpx.Client(
            headers={
                "Authorization": auth_header,
                "Accept": "application/json",
                "OData-Version": "4.0",
                "User-Agent": USER_AGENT,
            },
            timeout=httpx.Timeout(self.timeout, connect=self.connect_timeout),
            verify=_tls_setting(ca_bundle, verify),
            transport=transport,
            trust_env=trust_env,
            follow_redirects=False,  # a redirect must never carry the credentials elsewhere
            # Basic auth on every request: no cookie is ever needed, so none is kept or sent back
            # (a proxy's or a load balancer's cookie would otherwise follow every request).
            cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),
        )

    @classmethod
    def from_profile(cls, profile: Any, *, auth_header: str, **options: Any) -> "OdysseeClient":
        """A client for a ``core.settings.Profile`` (base URL, CA bundle, timeouts)."""
        settings: dict[str, Any] = {
            "timeout": getattr(profile, "read_timeout", DEFAULT_TIMEOUT),
            "connect_timeout": getattr(profile, "connect_timeout", DEFAULT_CONNECT_TIMEOUT),
            "ca_bundle": getattr(profile, "ca_bundle", None),
            "limits": profile_limits(profile.name, profile.base_url),
            "max_file_bytes": getattr(profile, "max_file_mb", DEFAULT_MAX_FILE_MB) * MB,
            "pace": Pace(maximum=getattr(profile, "max_concurrency", DEFAULT_CONCURRENCY_CEILING)),
        }
        settings.update(options)
        return cls(profile.base_url, auth_header=auth_header, **settings)

    # ------------------------------------------------------------------ lifetime

    @property
    def signed_out(self) -> bool:
        """Odyssee refused this client's credentials: it sends nothing more (a new client
        with new credentials does)."""
        return bool(self._refusal)

    def with_cancel(self, cancel: threading.Event | None) -> "OdysseeClient":
        """A view sharing the connection pool, log and counters, checking ``cancel``."""
        view = copy.copy(self)
        view._cancel = cancel
        view._owns_http = False
        return view

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> "OdysseeClient":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"OdysseeClient({self.base_url!r})"

    @property
    def cancel_event(self) -> threading.Event | None:
        return self._cancel

    # ------------------------------------------------------------------ reading

    def list(
        self,
        entity: str,
        filter: Query | Expr | str | None = None,
        select: str | Iterable[str] | None = None,
        orderby: str | Iterable[str | tuple[str, bool]] | None = None,
        top: int | None = None,
    ) -> Iterator[dict]:
        """Every row matching the query, following next links, each ``id`` once.

        ``filter`` is a ``Query`` (then the other arguments override its parts), an expression
        from ``core.odata.expr`` or ``$filter`` text. ``top`` limits the total number of rows.
        The first request is sent when iteration starts.
        """
        query = build_query(filter, select, orderby, top)
        return self._iterate(entity, query, top)

    @_redacting
    def _iterate(self, entity: str, query: Query, top: int | None, seen: set[str] | None = None) -> Iterator[dict]:
        guard = PagingGuard(entity, seen)
        visited: set[str] = set()
        yielded = 0
        if top == 0:
            return
        url = self._collection_url(entity, query)
        while True:
            self._check_cancel()
            visited.add(url)
            page = self._fetch_page(entity, url, check_link=False)
            for row in guard.new_rows(page, url):
                yield row
                yielded += 1
                if top is not None and yielded >= top:
                    return
            if page.next_link is None:
                return
            self._same_origin(page.next_link, url)
            if page.next_link in visited:
                raise UnexpectedAnswerError(
                    f"Odyssee's next-page link repeats a page already read ({safe_url(page.next_link)}).",
                    url=url,
                )
            url = page.next_link

    def list_in(
        self,
        entity: str,
        name: str,
        values: Iterable[object],
        query: Query | None = None,
    ) -> Iterator[dict]:
        """Every row whose ``name`` is one of ``values`` (and that matches ``query``), each ``id`` once.

        The values are asked for in batches sized by the server's limits: bytes of query string
        and ``$filter`` nodes (``query``'s own filter counts too). A batch the server refuses as
        too large is halved and sent again, and the lower limit is kept for the profile. Batches
        use OData 4.01's ``in`` unless the server showed it does not accept it: the first
        ``in`` request is the probe, and a refusal falls back to ``or`` chains for good. The first
        request is sent when iteration starts.
        """
        return self._list_in(entity, name, list(dict.fromkeys(values)), query or Query())

    def _list_in(self, entity: str, name: str, values: list[object], query: Query) -> Iterator[dict]:
        seen: set[str] = set()
        start = 0
        in_refused = False  # by this server, in this call; remembered once an ``or`` chain worked
        refusal: QueryTooLargeError | None = None
        while start < len(values):
            limits = self._limits.current
            use_in = limits.accepts_in is not False and not in_refused
            batches = query.in_batches(
                name,
                values[start:],
                max_query_bytes=limits.max_query_bytes,
                max_nodes=limits.max_nodes,
                use_in=use_in,
                max_values=limits.max_in_values if use_in else None,
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
                outcome = yield from self._batch_rows(entity, batch, seen, in_refused)
                if outcome is None:
                    start += len(batch.values)
                    continue
                if isinstance(outcome, QueryTooLargeError):
                    refusal = outcome
                    if len(batch.values) == 1 or not self._limits.shrink_for(outcome, batch):
                        raise outcome
                else:
                    in_refused = True
                break  # the same values again, in batches within the new limits

    def _batch_rows(
        self, entity: str, batch: InBatch, seen: set[str], in_refused: bool
    ) -> Iterator[dict]:
        """Yield a batch's rows; return None when all came, or why the batch must be sent again:
        the server's QueryTooLargeError, or "in" when a first ``in`` was refused."""
        answered = False
        try:
            for row in self._iterate(entity, batch.query, None, seen):
                if not answered:
                    answered = True
                    self._batch_answered(batch, in_refused)
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
            self._batch_answered(batch, in_refused)
        return None

    def _batch_answered(self, batch: InBatch, in_refused: bool) -> None:
        accepts_in = self._limits.current.accepts_in
        if batch.uses_in and accepts_in is not True:
            self._limits.learn_in(True)
        elif in_refused and accepts_in is not False and len(batch.values) > 1:
            # Only now: an ``in`` refused for another reason (a wrong field) fails as ``or`` too.
            self._limits.learn_in(False)

    @_redacting
    def list_page(
        self,
        entity: str,
        filter: Query | Expr | str | None = None,
        select: str | Iterable[str] | None = None,
        orderby: str | Iterable[str | tuple[str, bool]] | None = None,
        top: int | None = None,
        skip: int | None = None,
        count: bool = False,
        *,
        next_link: str | None = None,
    ) -> Page:
        """One page. Pass the previous page's ``next_link`` to get the following one."""
        self._check_cancel()
        if next_link is not None:
            url = self._same_origin(next_link, self.base_url)
        else:
            url = self._collection_url(entity, build_query(filter, select, orderby, top, skip, count))
        return self._fetch_page(entity, url)

    @_redacting
    def get(self, entity: str, id: object) -> dict:
        key = _guid(id)
        url = self._entity_url(entity, key)
        response = self._call("GET", url, entity=entity, action="get", record_id=key)[0]
        return self._row_answer(response, entity, action="get", record_id=key)

    @_redacting
    def count(self, entity: str, filter: Query | Expr | str | None = None) -> int:
        """How many rows match: ``$count=true&$top=1``, else ``<Entity>/$count``."""
        query = build_query(filter).replace(count=True, top=1, select=("id",), orderby=(), skip=None)
        url = self._collection_url(entity, query)
        response = self._call("GET", url, entity=entity, action="count")[0]
        if response.status_code != 400:  # a server without $count says 400: try /$count
            self._raise_for_status(response, entity, action="count")
            total = self._page_from(response, entity).count
            if total is not None:
                return total
        plain = self._entity_path(entity) + "/$count"
        filter_only = build_query(filter).replace(select=(), orderby=(), top=None, skip=None, count=False)
        query_string = filter_only.to_query_string()
        response = self._call("GET", plain + ("?" + query_string if query_string else ""), entity=entity, action="count")[0]
        self._raise_for_status(response, entity, action="count")
        text = self._text(response).strip().lstrip("\ufeff")
        if text.isdigit():
            return int(text)
        raise self._unexpected(
            response, f"Odyssee did not report how many {entity_label(entity)} rows there are ({safe_url(response.request.url)})."
        )

    # ------------------------------------------------------------------ writing

    @_redacting
    def create(self, entity: str, body: dict) -> dict:
        """POST a new row and return it as stored; never creates it twice.

        A missing (or empty-GUID) ``id`` gets a new client GUID. After an ambiguous attempt the
        client reads ``Entity(<id>)``: found means the create landed; not found means it is safe
        to send it again.
        """
        if not isinstance(body, dict):
            raise TypeError("create() needs the row as a dict")
        row = dict(body)
        if not row.get("id") or str(row["id"]) == EMPTY_GUID_TEXT:
            row["id"] = str(uuid.uuid4())
        key = _guid(row["id"])
        row["id"] = key
        url = self._entity_path(entity)
        label = entity_label(entity)
        ambiguous = False
        failures = 0
        while True:
            self._check_cancel()
            attempt = failures + 1
            try:
                response = self._send("POST", url, entity=entity, attempt=attempt, json_body=row)
            except DeadlineExceededError:
                raise  # an answer dripping in for minutes: asking again would drip as well
            except NetworkError as error:
                failures += 1
                if error.request_sent:
                    # Timed out or dropped after sending: it may have landed.
                    ambiguous = True
                    self._sleep(self.retry.backoff(failures))
                    landed = self._find_created(entity, key)
                    if landed is not None:
                        return landed
                if failures >= self.retry.max_attempts:
                    raise
                if not error.request_sent:
                    # Never sent (refused, DNS). An earlier ambiguous attempt that landed shows
                    # up as a 409 for our GUID on the next try.
                    self._sleep(self.retry.backoff(failures))
                continue
            status = response.status_code
            if response.is_success:
                return self._created_row(response, entity, key)
            if status == 409 and ambiguous:
                # Our own GUID already exists: an earlier attempt landed.
                return self.get(entity, key)
            if status == 429:
                # Throttled before being handled: nothing was stored.
                failures += 1
                if failures >= self.retry.max_attempts:
                    raise self._error(response, entity, "create", key)
                self._sleep(self._wait_for(response, failures))
                continue
            if status >= 500:
                # A 5xx may come after the row was stored: look before sending again.
                failures += 1
                ambiguous = True
                self._sleep(self._wait_for(response, failures))
                landed = self._find_created(entity, key)
                if landed is not None:
                    return landed
                if status not in self.retry.retry_statuses or failures >= self.retry.max_attempts:
                    raise self._error(response, entity, "create", key)
                continue
            error = self._error(response, entity, "create", key)
            if isinstance(error, ConflictError) and key not in error.message:
                error.message = f"{error.message.rstrip('.')} (id {key} of the new {label})."
            raise error

    @_redacting
    def update(self, entity: str, id: object, body: dict) -> dict:
        """PUT the full row (a full replace) and return it as stored."""
        if not isinstance(body, dict):
            raise TypeError("update() needs the row as a dict")
        key = _guid(id)
        row = dict(body)
        if row.get("id") not in (None, "", EMPTY_GUID_TEXT) and str(row["id"]).lower() != key:
            raise ValueError(f"The row's id {row['id']} differs from the id to update {key}.")
        row["id"] = key
        url = self._entity_url(entity, key)
        response = self._call("PUT", url, entity=entity, action="update", record_id=key, json_body=row)[0]
        self._raise_for_status(response, entity, action="update", record_id=key)
        if not response.content.strip():
            return self.get(entity, key)
        return self._row_answer(response, entity, action="update", record_id=key)

    @_redacting
    def delete(self, entity: str, id: object) -> None:
        key = _guid(id)
        url = self._entity_url(entity, key)
        response, ambiguous = self._call("DELETE", url, entity=entity, action="delete", record_id=key)
        if response.status_code == 404 and ambiguous:
            return  # an earlier attempt deleted it
        self._raise_for_status(response, entity, action="delete", record_id=key)

    # ------------------------------------------------------------------ files

    @_redacting
    def download_file(
        self,
        file_id: object,
        dest: str | os.PathLike[str],
        *,
        progress: ProgressCallback | None = None,
        expect_prefix: bytes | None = None,
    ) -> DownloadResult:
        """Save a db_file's content to ``dest`` (via ``dest.part``, fsynced, then renamed).

        Reads ``DbFile/GetFileContent?id=`` (DECISIONS.md D4): raw bytes are streamed to disk chunk by chunk;
        a JSON answer carrying Base64 is decoded as it streams in. When that endpoint fails with
        404/405/500 the Base64 ``file_content`` of ``DbFile(<id>)`` is used instead.
        ``progress(done, total)`` is called as bytes arrive (``total`` is None when the size is
        unknown). A file over ``max_file_bytes``, or one that does not start with
        ``expect_prefix`` (``b"%PDF-"`` for a PDF), is refused as soon as that shows, and nothing
        of it is kept.
        """
        key = _guid(file_id)
        writer = _PartFile(
            Path(dest), progress, self._check_cancel, file_id=key, max_bytes=self.max_file_bytes, expect_prefix=expect_prefix
        )
        url = f"{self.base_url}/DbFile/GetFileContent?id={key}"

        def answer(source: str, keys: tuple[str, ...], missing: str) -> httpx.Response:
            writer.expect_json(keys, missing)
            return self._call("GET", source, entity="DbFile", action="download", record_id=key, sink=writer)[0]

        try:
            response = answer(url, _FILE_ANSWER_KEYS, f"Odyssee's file answer carries no content ({safe_url(url)}).")
            if response.status_code in (404, 405, 500):
                response = answer(
                    self._entity_url("DbFile", key),
                    ("file_content",),
                    f"Odyssee's file {key} has no content (DbFile.file_content is missing).",
                )
            self._raise_for_status(response, "DbFile", action="download", record_id=key)
            if not writer.streamed:
                self._json(response)  # a web page: says so
                raise UnexpectedAnswerError(f"Odyssee's file answer carries no content ({safe_url(url)}).", url=url)
            return writer.finish()
        except BaseException:
            writer.discard()
            raise

    # ------------------------------------------------------------------ connection check

    def check_connection(self) -> ConnectionCheck:
        """Tell a wrong address, an unreachable server, a TLS problem and wrong credentials apart."""
        check = self._check_connection()
        return dataclasses.replace(check, message=self._redact(check.message))

    def _check_connection(self) -> ConnectionCheck:
        url = self._collection_url("User", Query(select=("id",), top=1))
        try:
            response = self._call("GET", url, entity="User", action="check", attempts=min(2, self.retry.max_attempts))[0]
        except OdysseeError as error:
            return _failed_check(error)
        status = response.status_code
        if status in (401, 403):
            return ConnectionCheck(False, "credentials", self._error(response, "User", "check").message)
        if 300 <= status < 400:
            return ConnectionCheck(False, "bad_url", self._error(response, "User", "check").message)
        if status == 404:
            return self._check_api_root()
        if not response.is_success:
            return ConnectionCheck(False, "unexpected", self._error(response, "User", "check").message)
        if is_html(response.headers.get("content-type"), response.content[:200].decode("utf-8", "replace")):
            # A captive portal or a misrouted proxy as often as a wrong address.
            return ConnectionCheck(
                False,
                "unexpected",
                f"{self.base_url} answers with a web page, not the Odyssee API: check the base URL "
                "(it usually ends in /api) and any proxy or network sign-in page.",
            )
        try:
            self._page_from(response, "User")
        except UnexpectedAnswerError as error:
            return ConnectionCheck(False, "unexpected", error.message)
        return ConnectionCheck(True, "ok", f"Connected to Odyssee at {self.base_url}.")

    def _check_api_root(self) -> ConnectionCheck:
        metadata = f"{self.base_url}/$metadata"
        try:
            response = self._call("GET", metadata, entity="", action="check", attempts=1)[0]
        except OdysseeError as error:
            return ConnectionCheck(False, "unexpected", error.message)
        if response.status_code == 404:
            return ConnectionCheck(
                False,
                "bad_url",
                f"Nothing answers at {self.base_url}: the path looks wrong (the base URL usually ends in /api).",
            )
        return ConnectionCheck(
            False, "unexpected", f"Odyssee at {self.base_url} answers, but has no User list (404)."
        )

    @_redacting
    def metadata(self) -> bytes:
        """The server's ``$metadata`` document (OData CSDL XML), as it came; OdysseeError otherwise."""
        url = f"{self.base_url}/$metadata"
        response = self._call("GET", url, entity="", action="request")[0]
        self._raise_for_status(response, "", action="request")
        if is_html(response.headers.get("content-type"), response.text[:200]):
            raise self._unexpected(
                response, f"Odyssee answered {safe_url(url)} with a web page, not its model; check the base URL."
            )
        return response.content

    # ------------------------------------------------------------------ plumbing: URLs

    def _entity_path(self, entity: str) -> str:
        if not isinstance(entity, str) or not IDENTIFIER.match(entity):
            raise ValueError(f"Not an entity set name: {entity!r}")
        return f"{self.base_url}/{entity}"

    def _entity_url(self, entity: str, key: str) -> str:
        return f"{self._entity_path(entity)}({key})"

    def _collection_url(self, entity: str, query: Query) -> str:
        path = self._entity_path(entity)
        query_string = query.to_query_string()
        if len(query_string.encode()) > MAX_QUERY_BYTES:
            raise QueryError(
                "$filter",
                f"The query is {len(query_string.encode())} bytes long; Odyssee accepts at most "
                f"{MAX_QUERY_BYTES}. Split long 'or' chains with Query.split_in.",
            )
        return f"{path}?{query_string}" if query_string else path

    def _resolve(self, link: str, current_url: str) -> str:
        try:
            return str(httpx.URL(current_url).join(link))
        except Exception as error:  # noqa: BLE001 - any unparsable link is a malformed answer
            raise UnexpectedAnswerError(
                f"Odyssee's next-page link is not a valid address: {link[:200]}", url=current_url
            ) from error

    def _same_origin(self, link: str, current_url: str) -> str:
        """The absolute link, or ForeignNextLinkError when it leaves the base URL's origin."""
        target = httpx.URL(self._resolve(link, current_url))
        if _origin(target) != self._origin:
            host = target.host or "?"
            if target.port:
                host = f"{host}:{target.port}"
            raise ForeignNextLinkError(
                f"Odyssee's next-page link points to another server ({host}); it was not followed, "
                "so your credentials stay with Odyssee.",
                host=host,
                url=current_url,
                detail=safe_url(target),
            )
        return str(target)

    # ------------------------------------------------------------------ plumbing: answers

    def _fetch_page(self, entity: str, url: str, *, check_link: bool = True) -> Page:
        """One page; with ``check_link=False`` the next link is resolved but its origin is left
        for the caller to check (``list()`` yields the page's rows first)."""
        response = self._call("GET", url, entity=entity, action="list")[0]
        self._raise_for_status(response, entity, action="list")
        return self._page_from(response, entity, check_link=check_link)

    def _page_from(self, response: httpx.Response, entity: str, *, check_link: bool = True) -> Page:
        url = str(response.request.url)
        body = self._json(response)
        rows = body.get("value") if isinstance(body, dict) else None
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise self._unexpected(response, f"Odyssee's answer is not a list of {entity_label(entity)} rows ({safe_url(url)}).")
        link = body.get("@odata.nextLink")
        if link is not None and not isinstance(link, str):
            raise UnexpectedAnswerError(f"Odyssee's next-page link is not text ({safe_url(url)}).", url=url)
        if not link:
            next_link = None
        elif check_link:
            next_link = self._same_origin(link, url)
        else:
            next_link = self._resolve(link, url)
        count = body.get("@odata.count")
        if isinstance(count, str) and count.isdigit():
            count = int(count)
        if not isinstance(count, int) or isinstance(count, bool):
            count = None
        return Page(rows=rows, next_link=next_link, count=count)

    def _row_answer(self, response: httpx.Response, entity: str, *, action: str, record_id: str) -> dict:
        self._raise_for_status(response, entity, action=action, record_id=record_id)
        body = self._json(response)
        if not isinstance(body, dict) or isinstance(body.get("value"), list):
            raise self._unexpected(
                response, f"Odyssee's answer is not a {entity_label(entity)} record ({safe_url(response.request.url)})."
            )
        return {key: value for key, value in body.items() if not key.startswith("@")}

    def _created_row(self, response: httpx.Response, entity: str, key: str) -> dict:
        # A minimal or empty answer still means "created": read the stored row.
        if not response.content.strip():
            return self.get(entity, key)
        row = self._row_answer(response, entity, action="create", record_id=key)
        if set(row) <= {"id"}:
            return self.get(entity, key)
        return row

    def _find_created(self, entity: str, key: str) -> dict | None:
        try:
            return self.get(entity, key)
        except NotFoundError:
            return None
        except OdysseeError as error:
            raise _rephrase(
                error, f"Could not tell whether Odyssee created the {entity_label(entity)} {key}: {error.message}"
            ) from error

    def _json(self, response: httpx.Response) -> Any:
        url = response.request.url
        content_type = response.headers.get("content-type", "")
        if is_html(content_type, response.content[:200].decode("utf-8", "replace")):
            raise self._unexpected(
                response, f"Odyssee answered with a web page instead of data ({safe_url(url)}); check the base URL."
            )
        try:
            return json.loads(response.content)
        except ValueError as error:
            raise self._unexpected(
                response, f"Odyssee's answer is not valid JSON ({safe_url(url)}): {text_excerpt(self._text(response))[:80]}"
            ) from error

    def _text(self, response: httpx.Response) -> str:
        """The answer's text, without the credentials, for messages and details."""
        return self._redact(response.text)

    def _unexpected(self, response: httpx.Response, sentence: str) -> UnexpectedAnswerError:
        """An answer that is not what was asked for, with its text as the detail."""
        return UnexpectedAnswerError(
            sentence, status=response.status_code, url=response.request.url, detail=self._text(response)
        )

    def _raise_for_status(
        self, response: httpx.Response, entity: str, *, action: str, record_id: str | None = None
    ) -> None:
        if not response.is_success:
            raise self._error(response, entity, action, record_id)

    def _error(self, response: httpx.Response, entity: str, action: str, record_id: str | None = None) -> OdysseeError:
        return error_from_response(
            response.status_code,
            response.request.url,
            self._text(response),
            headers=response.headers,
            entity=entity,
            action=action,
            record_id=record_id,
        )

    # ------------------------------------------------------------------ plumbing: sending

    def _call(
        self,
        method: str,
        url: str,
        *,
        entity: str,
        action: str,
        record_id: str | None = None,
        json_body: Any = None,
        sink: "_PartFile | None" = None,
        attempts: int | None = None,
    ) -> tuple[httpx.Response, bool]:
        """Send an idempotent request, retrying what is worth retrying.

        Returns the final answer (any status) and whether an earlier attempt may have reached
        the server (so a 404 after a retried DELETE means it was deleted).
        """
        if method == "POST":
            raise AssertionError("POST is never retried blindly; use create()")
        max_attempts = attempts or self.retry.max_attempts
        failures = 0
        ambiguous = False
        while True:
            self._check_cancel()
            try:
                response = self._send(method, url, entity=entity, attempt=failures + 1, json_body=json_body, sink=sink)
            except NetworkError as error:
                failures += 1
                if failures >= max_attempts or isinstance(error, DeadlineExceededError):
                    raise
                ambiguous = ambiguous or error.request_sent
                self._sleep(self.retry.backoff(failures))
                continue
            if response.status_code in self.retry.retry_statuses and failures + 1 < max_attempts:
                failures += 1
                ambiguous = ambiguous or response.status_code != 429
                self._sleep(self._wait_for(response, failures))
                continue
            return response, ambiguous

    def _wait_for(self, response: httpx.Response, failures: int) -> float:
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        return self.retry.wait_after(failures, retry_after)

    def _send(
        self,
        method: str,
        url: str,
        *,
        entity: str,
        attempt: int,
        json_body: Any = None,
        sink: "_PartFile | None" = None,
    ) -> httpx.Response:
        """One exchange: the answer with its body read (or streamed into ``sink``), logged.

        After a 401, nothing is sent any more: the same AuthenticationError, at once.
        """
        if self._refusal:
            raise copy.copy(self._refusal[0])
        content = None
        headers = {}
        if json_body is not None:
            content = encode_json(json_body)
            headers["Content-Type"] = "application/json; charset=utf-8"
        started = time.time()
        clock = time.perf_counter()
        status: int | None = None
        received = 0
        failure = ""
        streamed: _PartFile | None = None
        try:
            with self.pace.slot(self._check_cancel) as in_flight:
                started = time.time()
                clock = time.perf_counter()
                deadline = self._clock() + self.deadline
                try:
                    with self._http.stream(method, url, content=content, headers=headers) as response:
                        status = response.status_code
                        if sink is not None and sink.accepts(response):
                            streamed = sink
                            received = sink.consume(response, lambda: self._check_deadline(deadline, url))
                        else:
                            received = self._read_body(response, deadline, url)
                        if status == 401:
                            self._refusal[:] = [self._error(response, entity, "request")]
                        return response
                finally:
                    self.pace.answered(status, time.perf_counter() - clock, in_flight, (method, entity, sink is not None))
        except httpx.HTTPError as error:
            mapped = self._network_error(error, url)
            failure = mapped.message
            raise mapped from error
        except CancelledError:
            failure = "cancelled"
            raise
        except OdysseeError as error:
            failure = error.message
            raise
        finally:
            if streamed is not None:
                received = streamed.received  # also what came before a refusal or a cut
            record = RequestRecord(
                started=started,
                method=method,
                url=self._redact(safe_url(url)),
                entity=entity,
                status=status,
                duration_ms=(time.perf_counter() - clock) * 1000.0,
                bytes_sent=len(content or b""),
                bytes_received=received,
                attempt=attempt,
                error=self._redact(failure),
            )
            self.stats.count(record)
            self.log.add(record)

    def _read_body(self, response: httpx.Response, deadline: float, url: str) -> int:
        """Read the body into the response, within ``max_page_bytes`` (TooLargeError beyond) and
        the deadline; an error answer is read for its first 64 KiB only, enough for its message."""
        truncate = not response.is_success
        limit = ERROR_BODY_LIMIT if truncate else self.max_page_bytes
        chunks = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                if not truncate:
                    raise TooLargeError(
                        f"Odyssee's answer is larger than {_size_text(limit)}, more than the assistant reads "
                        f"at once; it stopped reading ({safe_url(url)}).",
                        limit=limit,
                        status=response.status_code,
                        url=url,
                    )
                chunks.append(chunk[: len(chunk) - (size - limit)])
                size = limit
                break
            chunks.append(chunk)
            self._check_deadline(deadline, url)
        # What httpx's own read() does, bounded: .content, .text and json work as usual.
        response._content = b"".join(chunks)
        return size

    def _check_deadline(self, deadline: float, url: str) -> None:
        if self._clock() > deadline:
            raise DeadlineExceededError(
                f"Odyssee's answer took more than {self.deadline:g} seconds in all; it was stopped ({safe_url(url)}).",
                url=url,
                request_sent=True,
            )

    def _network_error(self, error: httpx.HTTPError, url: str) -> OdysseeError:
        where = safe_url(url)
        parsed = httpx.URL(url)
        host = parsed.host + (f":{parsed.port}" if parsed.port else "")
        detail = f"{type(error).__name__}: {error}"
        if _is_tls_failure(error):
            reason = _tls_reason(error)
            return TlsError(
                f"The secure connection to {host} failed: {reason}. If your company uses its own "
                "certificates, set a CA bundle in the profile.",
                url=where,
                detail=detail,
            )
        if isinstance(error, httpx.TimeoutException):
            if isinstance(error, httpx.ConnectTimeout):
                sentence, sent = f"Could not connect to Odyssee at {host} within {self.connect_timeout:g} seconds ({where}).", False
            elif isinstance(error, httpx.PoolTimeout):
                sentence, sent = f"No free connection to Odyssee within {self.timeout:g} seconds ({where}).", False
            else:
                sentence, sent = f"Odyssee did not answer within {self.timeout:g} seconds ({where}).", True
            return TimeoutError(sentence, url=where, detail=detail, request_sent=sent)
        if isinstance(error, httpx.ConnectError):
            if _caused_by(error, socket.gaierror) or "name or service not known" in str(error).lower():
                sentence = f"Could not find the server {parsed.host} (DNS): check the base URL and the network."
            elif _caused_by(error, ConnectionRefusedError) or "refused" in str(error).lower():
                sentence = f"Odyssee at {host} refused the connection: is the address right and the server up?"
            else:
                sentence = f"Could not connect to Odyssee at {host}: {_first_line(error)}"
            return NetworkError(sentence, url=where, detail=detail, request_sent=False)
        if isinstance(error, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
            return BadUrlError(f"The Odyssee address is not usable: {where}", url=where, detail=detail)
        if isinstance(error, httpx.DecodingError):
            return UnexpectedAnswerError(
                f"Odyssee's answer could not be decoded ({where}).", url=where, detail=detail
            )
        if isinstance(error, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
            return NetworkError(
                f"The connection to Odyssee was closed before it answered ({where}).",
                url=where,
                detail=detail,
                request_sent=True,
            )
        return NetworkError(f"Could not talk to Odyssee ({where}): {_first_line(error)}", url=where, detail=detail)

    # ------------------------------------------------------------------ plumbing: cancel

    def _check_cancel(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise CancelledError("Cancelled.")

    def _sleep(self, seconds: float) -> None:
        if seconds <= 0:
            self._check_cancel()
            return
        if self._cancel is None:
            time.sleep(seconds)
        elif self._cancel.wait(seconds):
            raise CancelledError("Cancelled.")


def check_connection(base_url: str, *, auth_header: str, **options: Any) -> ConnectionCheck:
    """``OdysseeClient(...).check_connection()``, also reporting an unusable base URL."""
    return _checked(lambda: OdysseeClient(base_url, auth_header=auth_header, **options))


def check_profile_connection(profile: Any, *, auth_header: str, **options: Any) -> ConnectionCheck:
    """``check_connection`` for a ``core.settings.Profile``."""
    return _checked(lambda: OdysseeClient.from_profile(profile, auth_header=auth_header, **options))


def _checked(make_client: Callable[[], OdysseeClient]) -> ConnectionCheck:
    try:
        client = make_client()
    except (BadUrlError, TlsError) as error:
        return _failed_check(error)
    with client:
        return client.check_connection()


# What an error raised before any answer came says about the connection; anything else is
# "unexpected".
_FAILURE_KINDS: tuple[tuple[type[OdysseeError], ConnectionKind], ...] = (
    (TlsError, "tls"),
    (NetworkError, "unreachable"),
    (BadUrlError, "bad_url"),
    (AuthenticationError, "credentials"),  # refused earlier: nothing was sent
)


def _failed_check(error: OdysseeError) -> ConnectionCheck:
    kind = next((kind for error_class, kind in _FAILURE_KINDS if isinstance(error, error_class)), "unexpected")
    return ConnectionCheck(False, kind, error.message)


# ----------------------------------------------------------------------------------------------
# Downloads


class _PartFile:
    """Writes a download to ``<dest>.part``, hashing as it goes; ``finish`` renames it into place.

    It refuses a file over ``max_bytes`` and one that does not start with ``expect_prefix`` as
    soon as either shows, so a server cannot fill the disk with a "PDF" that is not one.
    """

    def __init__(
        self,
        dest: Path,
        progress: ProgressCallback | None,
        check_cancel: Callable[[], None],
        *,
        file_id: str,
        max_bytes: int,
        expect_prefix: bytes | None,
    ) -> None:
        self.dest = dest
        self.part = dest.with_name(dest.name + ".part")
        self.progress = progress
        self.check_cancel = check_cancel
        self.file_id = file_id
        self.max_bytes = max_bytes
        self.expect_prefix = expect_prefix or b""
        self.streamed = False
        self.received = 0  # bytes of the answer being streamed
        self._content_keys: tuple[str, ...] = ()
        self._missing = ""
        self._file = None
        self._hash = hashlib.sha256()
        self._size = 0
        self._head = b""

    def expect_json(self, keys: tuple[str, ...], missing: str) -> None:
        """Where a JSON answer holds the Base64 content (DECISIONS.md D4), and what to say when it does not."""
        self._content_keys = keys
        self._missing = missing

    def accepts(self, response: httpx.Response) -> bool:
        """Stream success answers (raw bytes, or JSON through the Base64 decoder); error answers
        and web pages are read for their message instead."""
        self.streamed = False
        if not response.is_success:
            return False
        return "html" not in response.headers.get("content-type", "").lower()

    def _open(self) -> None:
        self.close()
        self.part.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(self.part, "wb")
        self._hash = hashlib.sha256()
        self._size = 0
        self._head = b""

    def consume(self, response: httpx.Response, check_deadline: Callable[[], None]) -> int:
        """Stream the body into the part file; the number of bytes received."""
        self._open()
        self.streamed = True
        url = response.request.url
        as_json = "json" in response.headers.get("content-type", "").lower()
        total = _declared_length(response)
        if total is not None and not as_json and total > self.max_bytes:
            raise self._too_large()
        if self.progress:
            self.progress(0, None if as_json else total)
        decoder = _Base64InJson(self._write, self._content_keys, self._missing, url) if as_json else None
        # Base64 is 4/3 of the file; a few other fields may come with it.
        body_limit = self.max_bytes * 4 // 3 + _JSON_FILE_OVERHEAD
        self.received = 0
        for chunk in response.iter_bytes():
            self.check_cancel()
            check_deadline()
            self.received += len(chunk)
            if decoder is None:
                self._write(chunk)
            elif self.received > body_limit:
                raise self._too_large()
            else:
                decoder.feed(chunk)
            if self.progress:
                self.progress(self._size, None if as_json else total)
        if decoder is not None:
            decoder.finish()
        return self.received

    def _write(self, chunk: bytes) -> None:
        assert self._file is not None
        if self._size + len(chunk) > self.max_bytes:
            raise self._too_large()
        if len(self._head) < len(self.expect_prefix):
            self._head += chunk[: len(self.expect_prefix) - len(self._head)]
            if not self.expect_prefix.startswith(self._head):
                raise self._not_as_expected()
        self._file.write(chunk)
        self._hash.update(chunk)
        self._size += len(chunk)

    def _too_large(self) -> TooLargeError:
        return TooLargeError(
            f"Odyssee's file {self.file_id} is larger than {_size_text(self.max_bytes)}, the most the profile "
            "accepts; it was not kept.",
            limit=self.max_bytes,
        )

    def _not_as_expected(self) -> UnexpectedAnswerError:
        expected = self.expect_prefix.decode("ascii", "backslashreplace")
        return UnexpectedAnswerError(
            f"Odyssee's file {self.file_id} does not start with {expected!r} as it should, so it is not what it "
            "claims to be; it was not kept.",
            detail=f"It starts with {self._head!r}.",
        )

    def finish(self) -> DownloadResult:
        assert self._file is not None
        if self._head != self.expect_prefix:
            raise self._not_as_expected()  # shorter than the prefix
        self._file.flush()
        os.fsync(self._file.fileno())
        self.close()
        os.replace(self.part, self.dest)
        fsync_folder(self.dest.parent)
        return DownloadResult(path=self.dest, size=self._size, sha256=self._hash.hexdigest())

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def discard(self) -> None:
        self.close()
        try:
            self.part.unlink()
        except FileNotFoundError:
            pass


# Where a JSON answer of GetFileContent may hold the Base64 content (DECISIONS.md D4).
_FILE_ANSWER_KEYS = ("file_content", "content", "File_content", "Content", "value")
_JSON_ESCAPES = {b'"': b'"', b"\\": b"\\", b"/": b"/", b"b": b"\b", b"f": b"\f", b"n": b"\n", b"r": b"\r", b"t": b"\t"}


class _Base64InJson:
    """The Base64 content of a JSON file answer, decoded while the answer streams in.

    The content is a bare JSON string, or the string of the first top-level key among ``keys``.
    Only that string is decoded, chunk by chunk, straight to ``write``; every other value is
    stepped over without being kept. So a 150 MB file costs a few chunks of memory, not the
    answer, its text, its parsed string and the decoded bytes all at once.
    """

    _STRUCTURE = re.compile(rb'["{}\[\]:,]')
    _STRING_END = re.compile(rb'["\\]')
    _KEY_LIMIT = 64  # top-level keys are short; a longer one is no key we look for

    def __init__(self, write: Callable[[bytes], None], keys: tuple[str, ...], missing: str, url: object) -> None:
        self._decoder = _Base64Stream(write)
        self._keys = {key.encode() for key in keys}
        self._missing = missing
        self._url = url
        self._depth = 0
        self._object = False  # the top level is an object
        self._in_string = False
        self._role = ""  # of the current string: "content", "key" or "other"
        self._key = b""  # the latest top-level key
        self._expect_key = False
        self._after_colon = False
        self._carry = b""  # an escape cut in two by the chunk boundary
        self._found = False
        self._started = False

    def feed(self, chunk: bytes) -> None:
        data = self._carry + chunk if self._carry else chunk
        self._carry = b""
        try:
            self._scan(data)
        except binascii.Error as error:
            raise UnexpectedAnswerError(
                f"Odyssee's file content is not valid Base64 ({safe_url(self._url)}).", url=self._url, detail=str(error)
            ) from error

    def _scan(self, data: bytes) -> None:
        position, end = 0, len(data)
        while position < end:
            if not self._in_string:
                match = self._STRUCTURE.search(data, position)
                if match is None:
                    return
                position = match.end()
                self._structure(data[match.start()])
                continue
            match = self._STRING_END.search(data, position)
            stop = match.start() if match else end
            self._string_part(data[position:stop])
            if match is None:
                return
            if data[stop] == 0x22:  # the closing quote
                self._in_string = False
                if self._role == "content":
                    self._decoder.finish()
                position = stop + 1
                continue
            size = 6 if data[stop + 1 : stop + 2] == b"u" else 2
            if stop + size > end:
                self._carry = data[stop:]
                return
            self._string_part(self._unescape(data[stop : stop + size]))
            position = stop + size

    def _unescape(self, escape: bytes) -> bytes:
        if escape[1:2] == b"u":
            try:
                return chr(int(escape[2:], 16)).encode("utf-8")
            except ValueError:
                raise self._malformed() from None
        if escape[1:2] not in _JSON_ESCAPES:
            raise self._malformed()
        return _JSON_ESCAPES[escape[1:2]]

    def _string_part(self, part: bytes) -> None:
        if self._role == "content":
            self._decoder.feed(part)
        elif self._role == "key" and len(self._key) <= self._KEY_LIMIT:
            self._key += part[: self._KEY_LIMIT + 1]

    def _structure(self, char: int) -> None:
        if char == 0x22:  # '"': a string starts
            self._in_string = True
            if self._depth == 0 and not self._started and not self._found:
                self._role = "content"  # a bare JSON string
                self._found = True
            elif self._depth == 1 and self._object and self._expect_key:
                self._role, self._key, self._expect_key = "key", b"", False
            elif self._depth == 1 and self._after_colon and not self._found and self._key in self._keys:
                self._role = "content"
                self._found = True
            else:
                self._role = "other"
            self._started = True
            self._after_colon = False
        elif char in (0x7B, 0x5B):  # '{' '['
            if self._depth == 0:
                self._object = char == 0x7B
                self._expect_key = self._object
            self._depth += 1
            self._started = True
            self._after_colon = False
        elif char in (0x7D, 0x5D):  # '}' ']'
            self._depth -= 1
            if self._depth < 0:
                raise self._malformed()
        elif self._depth == 1 and self._object:
            if char == 0x3A:  # ':'
                self._after_colon = True
            else:  # ','
                self._expect_key, self._after_colon = True, False

    def finish(self) -> None:
        if self._carry or self._in_string or self._depth != 0:
            raise self._malformed()
        if not self._found:
            raise UnexpectedAnswerError(self._missing, url=self._url)

    def _malformed(self) -> UnexpectedAnswerError:
        return UnexpectedAnswerError(f"Odyssee's file answer is not valid JSON ({safe_url(self._url)}).", url=self._url)


class _Base64Stream:
    """Decodes Base64 handed over in pieces of any length (whitespace ignored, as in MIME)."""

    def __init__(self, write: Callable[[bytes], None]) -> None:
        self._write = write
        self._pending = b""
        self._padded = False

    def feed(self, text: bytes) -> None:
        text = text.translate(None, b" \t\r\n")
        if not text:
            return
        if self._padded:
            raise binascii.Error("text after the final padding")
        if self._pending:
            text = self._pending + text
        usable = len(text) - len(text) % 4
        self._pending = text[usable:]
        if usable:
            block = text[:usable] if self._pending else text
            self._write(binascii.a2b_base64(block, strict_mode=True))
            self._padded = block.endswith(b"=")

    def finish(self) -> None:
        if self._pending:
            raise binascii.Error("the text ends inside a group of four characters")


def _declared_length(response: httpx.Response) -> int | None:
    """The body's size as announced, when it is the size of what will be read (not compressed)."""
    length = response.headers.get("content-length", "")
    if not length.isdigit() or response.headers.get("content-encoding", "identity").lower() != "identity":
        return None
    return int(length)


def _size_text(size: int) -> str:
    return f"{size / MB:g} MB" if size >= MB else f"{size} bytes"


# ----------------------------------------------------------------------------------------------
# Small helpers


def _check_base_url(base_url: object) -> str:
    text = str(base_url or "").strip()
    try:
        parsed = httpx.URL(text)
    except Exception as error:  # noqa: BLE001 - any parse failure means "not a URL"
        raise BadUrlError(f"The Odyssee address {text!r} is not a valid URL.", url=text) from error
    if parsed.scheme not in ("http", "https"):
        raise BadUrlError(
            f"The Odyssee address {safe_url(text)!r} must start with https:// (or http:// for a local server).",
            url=text,
        )
    if not parsed.host:
        raise BadUrlError(f"The Odyssee address {safe_url(text)!r} has no host name.", url=text)
    if parsed.userinfo:
        raise BadUrlError("The Odyssee address must not contain a user name or password.", url=text)
    if parsed.query or parsed.fragment:
        raise BadUrlError(f"The Odyssee address {safe_url(text)!r} must not contain '?' or '#'.", url=text)
    return str(parsed).rstrip("/")


def _origin(url: httpx.URL) -> tuple[str, str, int]:
    default = {"http": 80, "https": 443}.get(url.scheme, 0)
    return url.scheme, (url.host or "").lower(), url.port or default


def _guid(value: object) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except (ValueError, TypeError, AttributeError):
        raise ValueError(f"Not a valid Odyssee id (a GUID): {value!r}") from None


def _tls_setting(ca_bundle: str | os.PathLike[str] | None, verify: bool) -> ssl.SSLContext | bool:
    if not verify:
        return False
    context = ssl.create_default_context()
    if ca_bundle:
        try:
            context.load_verify_locations(cafile=os.fspath(ca_bundle))
        except (OSError, ssl.SSLError) as error:
            raise TlsError(f"The CA bundle {os.fspath(ca_bundle)} cannot be read: {error}") from error
    return context


def _caused_by(error: BaseException, kind: type[BaseException] | tuple[type[BaseException], ...]) -> bool:
    seen = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _is_tls_failure(error: BaseException) -> bool:
    if _caused_by(error, (ssl.SSLError, ssl.CertificateError)):
        return True
    text = str(error)
    return "[SSL" in text or "CERTIFICATE_VERIFY_FAILED" in text


def _tls_reason(error: BaseException) -> str:
    text = str(error)
    if "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text:
        detail = text.split("certificate verify failed:", 1)[-1].strip(" )") if "certificate verify failed:" in text else ""
        return "the server's certificate is not trusted" + (f" ({detail})" if detail and len(detail) < 80 else "")
    if "WRONG_VERSION_NUMBER" in text or "wrong version number" in text:
        return "the server does not speak TLS on this port (is it http:// rather than https://?)"
    if "hostname" in text.lower() and "match" in text.lower():
        return "the certificate is for another host name"
    return _first_line(error)


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def _rephrase(error: OdysseeError, message: str) -> OdysseeError:
    clone = copy.copy(error)
    clone.message = message
    clone.args = (message,)
    return clone


__all__ = [
    "ConnectionCheck",
    "DownloadResult",
    "OdysseeClient",
    "Page",
    "PagingGuard",
    "RetryPolicy",
    "NO_RETRY",
    "check_connection",
    "check_profile_connection",
]
