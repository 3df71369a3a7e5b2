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

import base64
import binascii
import copy
import hashlib
import json
import math
import os
import random
import socket
import ssl
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Literal

import httpx

from core.files import fsync_folder
from core.odata.errors import (
    BadUrlError,
    CancelledError,
    ConflictError,
    ForeignNextLinkError,
    NetworkError,
    NotFoundError,
    OdysseeError,
    QueryTooLargeError,
    ServerError,
    TimeoutError,
    TlsError,
    UnexpectedAnswerError,
    ValidationError,
    entity_label,
    error_from_response,
    is_html,
    parse_retry_after,
    safe_url,
    text_excerpt,
)
from core.odata.datetimes import format_datetime
from core.odata.expr import IDENTIFIER, Expr
from core.odata.parser import parse_filter
from core.odata.limits import LearnedLimits, LimitsMemory, profile_limits
from core.odata.query import MAX_QUERY_BYTES, InBatch, Query, QueryError
from core.odata.requestlog import RequestLog, RequestRecord, RequestStats

DEFAULT_TIMEOUT = 30.0
DEFAULT_CONNECT_TIMEOUT = 10.0
DOWNLOAD_CHUNK = 64 * 1024
EMPTY_GUID = "00000000-0000-0000-0000-000000000000"
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
    ) -> None:
        """``auth_header`` is the finished ``Authorization`` value (``Basic …``).

        ``timeout`` bounds each wait for the server (read/write), ``connect_timeout`` the
        connection set-up. ``ca_bundle`` adds a PEM file of trusted CAs (company proxies);
        ``verify=False`` is for local test servers only. Proxy variables (``HTTPS_PROXY``,
        ``NO_PROXY``…) are honoured unless ``trust_env=False``. ``limits`` keeps what batched
        look-ups learn about the server's limits (``from_profile`` gives each profile its file);
        without it they are learned again by each client.
        """
        self.base_url = _check_base_url(base_url)
        if not isinstance(auth_header, str) or not auth_header.strip() or any(c in auth_header for c in "\r\n"):
            raise ValueError("The Authorization header value is empty or spans several lines.")
        self.retry = retry or RetryPolicy()
        self.timeout = float(timeout)
        self.connect_timeout = float(connect_timeout)
        self.log = RequestLog(log_capacity)
        self.stats = RequestStats()
        self._limits = LearnedLimits(limits)
        if request_log is not None:
            self.log.subscribe(request_log)
        self._cancel = cancel
        base = httpx.URL(self.base_url)
        self._origin = _origin(base)
        self._owns_http = True
        self._http = httpx.Client(
            headers={"Authorization": auth_header, "Accept": "application/json", "User-Agent": USER_AGENT},
            timeout=httpx.Timeout(self.timeout, connect=self.connect_timeout),
            verify=_tls_setting(ca_bundle, verify),
            transport=transport,
            trust_env=trust_env,
            follow_redirects=False,  # a redirect must never carry the credentials elsewhere
        )

    @classmethod
    def from_profile(cls, profile: Any, *, auth_header: str, **options: Any) -> "OdysseeClient":
        """A client for a ``core.settings.Profile`` (base URL, CA bundle, timeouts)."""
        settings: dict[str, Any] = {
            "timeout": getattr(profile, "read_timeout", DEFAULT_TIMEOUT),
            "connect_timeout": getattr(profile, "connect_timeout", DEFAULT_CONNECT_TIMEOUT),
            "ca_bundle": getattr(profile, "ca_bundle", None),
            "limits": profile_limits(profile.name, profile.base_url),
        }
        settings.update(options)
        return cls(profile.base_url, auth_header=auth_header, **settings)

    # ------------------------------------------------------------------ lifetime

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

    def _iterate(self, entity: str, query: Query, top: int | None, seen: set[str] | None = None) -> Iterator[dict]:
        seen = set() if seen is None else seen
        visited: set[str] = set()
        yielded = 0
        if top == 0:
            return
        url = self._collection_url(entity, query)
        while True:
            self._check_cancel()
            visited.add(url)
            page = self._fetch_page(entity, url, check_link=False)
            for row in page.rows:
                row_id = row.get("id")
                if row_id is not None:
                    key = str(row_id).lower()
                    if key in seen:
                        continue
                    seen.add(key)
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
            probing = batch.uses_in and self._limits.current.accepts_in is None
            # A server that does not know ``in`` calls it a syntax error (400), or fails on it.
            if probing and not answered and error.status in (400, 500, 501):
                return "in"
            raise
        if not answered:
            self._batch_answered(batch, in_refused)
        return None

    def _batch_answered(self, batch: InBatch, in_refused: bool) -> None:
        if self._limits.current.accepts_in is not None or len(batch.values) < 2:
            return
        if batch.uses_in:
            self._limits.learn_in(True)
        elif in_refused:
            # Only now: an ``in`` refused for another reason (a wrong field) fails as ``or`` too.
            self._limits.learn_in(False)

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

    def get(self, entity: str, id: object) -> dict:
        key = _guid(id)
        url = self._entity_url(entity, key)
        response = self._call("GET", url, entity=entity, action="get", record_id=key)[0]
        return self._row_answer(response, entity, action="get", record_id=key)

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
        text = response.text.strip().lstrip("\ufeff")
        if text.isdigit():
            return int(text)
        raise UnexpectedAnswerError(
            f"Odyssee did not report how many {entity_label(entity)} rows there are ({safe_url(response.request.url)}).",
            status=response.status_code,
            url=response.request.url,
            detail=response.text,
        )

    # ------------------------------------------------------------------ writing

    def create(self, entity: str, body: dict) -> dict:
        """POST a new row and return it as stored; never creates it twice.

        A missing (or empty-GUID) ``id`` gets a new client GUID. After an ambiguous attempt the
        client reads ``Entity(<id>)``: found means the create landed; not found means it is safe
        to send it again.
        """
        if not isinstance(body, dict):
            raise TypeError("create() needs the row as a dict")
        row = dict(body)
        if not row.get("id") or str(row["id"]) == EMPTY_GUID:
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

    def update(self, entity: str, id: object, body: dict) -> dict:
        """PUT the full row (a full replace) and return it as stored."""
        if not isinstance(body, dict):
            raise TypeError("update() needs the row as a dict")
        key = _guid(id)
        row = dict(body)
        if row.get("id") not in (None, "", EMPTY_GUID) and str(row["id"]).lower() != key:
            raise ValueError(f"The row's id {row['id']} differs from the id to update {key}.")
        row["id"] = key
        url = self._entity_url(entity, key)
        response = self._call("PUT", url, entity=entity, action="update", record_id=key, json_body=row)[0]
        self._raise_for_status(response, entity, action="update", record_id=key)
        if not response.content.strip():
            return self.get(entity, key)
        return self._row_answer(response, entity, action="update", record_id=key)

    def delete(self, entity: str, id: object) -> None:
        key = _guid(id)
        url = self._entity_url(entity, key)
        response, ambiguous = self._call("DELETE", url, entity=entity, action="delete", record_id=key)
        if response.status_code == 404 and ambiguous:
            return  # an earlier attempt deleted it
        self._raise_for_status(response, entity, action="delete", record_id=key)

    # ------------------------------------------------------------------ files

    def download_file(
        self, file_id: object, dest: str | os.PathLike[str], *, progress: ProgressCallback | None = None
    ) -> DownloadResult:
        """Save a db_file's content to ``dest`` (via ``dest.part``, fsynced, then renamed).

        Reads ``DbFile/GetFileContent?id=`` (D4): raw bytes are streamed to disk chunk by chunk;
        a JSON answer carrying Base64 is decoded. When that endpoint fails with 404/405/500 the
        Base64 ``file_content`` of ``DbFile(<id>)`` is used instead. ``progress(done, total)``
        is called as bytes arrive (``total`` is None when the size is unknown).
        """
        key = _guid(file_id)
        writer = _PartFile(Path(dest), progress, self._check_cancel)
        url = f"{self.base_url}/DbFile/GetFileContent?id={key}"
        try:
            response = self._call("GET", url, entity="DbFile", action="download", record_id=key, sink=writer)[0]
            if response.status_code in (404, 405, 500):
                content = self._file_content_of_record(key)
                writer.write_all(content)
            elif not response.is_success:
                raise self._error(response, "DbFile", "download", key)
            elif not writer.streamed:
                writer.write_all(self._decode_file_answer(response))
            return writer.finish()
        except BaseException:
            writer.discard()
            raise

    def _file_content_of_record(self, key: str) -> bytes:
        row = self.get("DbFile", key)
        content = row.get("file_content")
        if not isinstance(content, str):
            raise UnexpectedAnswerError(
                f"Odyssee's file {key} has no content (DbFile.file_content is missing).",
                url=self._entity_url("DbFile", key),
            )
        return _decode_base64(content, self._entity_url("DbFile", key))

    def _decode_file_answer(self, response: httpx.Response) -> bytes:
        url = response.request.url
        body = self._json(response)
        if isinstance(body, str):
            return _decode_base64(body, url)
        if isinstance(body, dict):
            for name in ("file_content", "content", "File_content", "Content", "value"):
                if isinstance(body.get(name), str):
                    return _decode_base64(body[name], url)
        raise UnexpectedAnswerError(
            f"Odyssee's file answer carries no content ({safe_url(url)}).",
            status=response.status_code,
            url=url,
            detail=response.text,
        )

    # ------------------------------------------------------------------ connection check

    def check_connection(self) -> ConnectionCheck:
        """Tell a wrong address, an unreachable server, a TLS problem and wrong credentials apart."""
        url = self._collection_url("User", Query(select=("id",), top=1))
        try:
            response = self._call("GET", url, entity="User", action="check", attempts=min(2, self.retry.max_attempts))[0]
        except TlsError as error:
            return ConnectionCheck(False, "tls", error.message)
        except NetworkError as error:
            return ConnectionCheck(False, "unreachable", error.message)
        except BadUrlError as error:
            return ConnectionCheck(False, "bad_url", error.message)
        except CancelledError:
            raise
        except OdysseeError as error:
            return ConnectionCheck(False, "unexpected", error.message)
        status = response.status_code
        if status in (401, 403):
            return ConnectionCheck(False, "credentials", self._error(response, "User", "check").message)
        if 300 <= status < 400:
            return ConnectionCheck(False, "bad_url", self._error(response, "User", "check").message)
        if status == 404:
            return self._check_api_root()
        if not response.is_success:
            return ConnectionCheck(False, "unexpected", self._error(response, "User", "check").message)
        if is_html(response.headers.get("content-type"), response.text[:200]):
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
            raise UnexpectedAnswerError(
                f"Odyssee's answer is not a list of {entity_label(entity)} rows ({safe_url(url)}).",
                status=response.status_code,
                url=url,
                detail=response.text,
            )
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
            raise UnexpectedAnswerError(
                f"Odyssee's answer is not a {entity_label(entity)} record ({safe_url(response.request.url)}).",
                status=response.status_code,
                url=response.request.url,
                detail=response.text,
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
        except CancelledError:
            raise
        except OdysseeError as error:
            raise _rephrase(
                error, f"Could not tell whether Odyssee created the {entity_label(entity)} {key}: {error.message}"
            ) from error

    def _json(self, response: httpx.Response) -> Any:
        url = response.request.url
        content_type = response.headers.get("content-type", "")
        if is_html(content_type, response.content[:200].decode("utf-8", "replace")):
            raise UnexpectedAnswerError(
                f"Odyssee answered with a web page instead of data ({safe_url(url)}); check the base URL.",
                status=response.status_code,
                url=url,
                detail=response.text,
            )
        try:
            return json.loads(response.content)
        except ValueError as error:
            raise UnexpectedAnswerError(
                f"Odyssee's answer is not valid JSON ({safe_url(url)}): {text_excerpt(response.text)[:80]}",
                status=response.status_code,
                url=url,
                detail=response.text,
            ) from error

    def _raise_for_status(
        self, response: httpx.Response, entity: str, *, action: str, record_id: str | None = None
    ) -> None:
        if not response.is_success:
            raise self._error(response, entity, action, record_id)

    def _error(self, response: httpx.Response, entity: str, action: str, record_id: str | None = None) -> OdysseeError:
        return error_from_response(
            response.status_code,
            response.request.url,
            response.text,
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
                if failures >= max_attempts:
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
        """One exchange: the answer with its body read (or streamed into ``sink``), logged."""
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
        try:
            with self._http.stream(method, url, content=content, headers=headers) as response:
                status = response.status_code
                if sink is not None and sink.accepts(response):
                    received = sink.consume(response)
                else:
                    received = len(response.read())
                return response
        except httpx.HTTPError as error:
            mapped = self._network_error(error, url)
            failure = mapped.message
            raise mapped from error
        except CancelledError:
            failure = "cancelled"
            raise
        finally:
            record = RequestRecord(
                started=started,
                method=method,
                url=safe_url(url),
                entity=entity,
                status=status,
                duration_ms=(time.perf_counter() - clock) * 1000.0,
                bytes_sent=len(content or b""),
                bytes_received=received,
                attempt=attempt,
                error=failure,
            )
            self.stats.count(record)
            self.log.add(record)

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
        if isinstance(error, httpx.ConnectTimeout):
            return TimeoutError(
                f"Could not connect to Odyssee at {host} within {self.connect_timeout:g} seconds ({where}).",
                url=where,
                detail=detail,
                request_sent=False,
            )
        if isinstance(error, httpx.PoolTimeout):
            return TimeoutError(
                f"No free connection to Odyssee within {self.timeout:g} seconds ({where}).",
                url=where,
                detail=detail,
                request_sent=False,
            )
        if isinstance(error, httpx.TimeoutException):
            return TimeoutError(
                f"Odyssee did not answer within {self.timeout:g} seconds ({where}).",
                url=where,
                detail=detail,
                request_sent=True,
            )
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
    except BadUrlError as error:
        return ConnectionCheck(False, "bad_url", error.message)
    except TlsError as error:
        return ConnectionCheck(False, "tls", error.message)
    with client:
        return client.check_connection()


# ----------------------------------------------------------------------------------------------
# Queries


def build_query(
    filter: Query | Expr | str | None = None,
    select: str | Iterable[str] | None = None,
    orderby: str | Iterable[str | tuple[str, bool]] | None = None,
    top: int | None = None,
    skip: int | None = None,
    count: bool = False,
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
        return Query.from_params({"$select": select}).select
    return tuple(name.strip() for name in select)


def _orderby(orderby: str | Iterable[str | tuple[str, bool]]) -> tuple[tuple[str, bool], ...]:
    if isinstance(orderby, str):
        return Query.from_params({"$orderby": orderby}).orderby
    items: list[tuple[str, bool]] = []
    for item in orderby:
        if isinstance(item, str):
            items.extend(Query.from_params({"$orderby": item}).orderby)
        else:
            name, descending = item
            items.append((name, bool(descending)))
    return tuple(items)


# ----------------------------------------------------------------------------------------------
# Request bodies


def encode_json(value: Any) -> bytes:
    """JSON for a request body: decimals as exact numbers, datetimes the way the API writes
    them (``2015-07-14T13:08:00.000Z``), GUIDs as text."""
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


# ----------------------------------------------------------------------------------------------
# Downloads


class _PartFile:
    """Writes a download to ``<dest>.part``, hashing as it goes; ``finish`` renames it into place."""

    def __init__(self, dest: Path, progress: ProgressCallback | None, check_cancel: Callable[[], None]) -> None:
        self.dest = dest
        self.part = dest.with_name(dest.name + ".part")
        self.progress = progress
        self.check_cancel = check_cancel
        self.streamed = False
        self._file = None
        self._hash = hashlib.sha256()
        self._size = 0

    def accepts(self, response: httpx.Response) -> bool:
        """Stream raw bytes; JSON (Base64) and HTML answers are read whole instead."""
        self.streamed = False
        if not response.is_success:
            return False
        content_type = response.headers.get("content-type", "").lower()
        return "json" not in content_type and "html" not in content_type

    def _open(self) -> None:
        self.close()
        self.part.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(self.part, "wb")
        self._hash = hashlib.sha256()
        self._size = 0

    def consume(self, response: httpx.Response) -> int:
        self._open()
        self.streamed = True
        total_header = response.headers.get("content-length", "")
        total = int(total_header) if total_header.isdigit() else None
        if self.progress:
            self.progress(0, total)
        for chunk in response.iter_bytes(DOWNLOAD_CHUNK):
            self.check_cancel()
            self._write(chunk)
            if self.progress:
                self.progress(self._size, total)
        return self._size

    def write_all(self, content: bytes) -> None:
        self._open()
        for start in range(0, len(content), DOWNLOAD_CHUNK):
            self._write(content[start : start + DOWNLOAD_CHUNK])
        if self.progress:
            self.progress(self._size, len(content))

    def _write(self, chunk: bytes) -> None:
        assert self._file is not None
        self._file.write(chunk)
        self._hash.update(chunk)
        self._size += len(chunk)

    def finish(self) -> DownloadResult:
        assert self._file is not None
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


def _decode_base64(text: str, url: object) -> bytes:
    compact = "".join(text.split())
    try:
        return base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError) as error:
        raise UnexpectedAnswerError(
            f"Odyssee's file content is not valid Base64 ({safe_url(url)}).", url=url, detail=text[:200]
        ) from error


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
    "RetryPolicy",
    "NO_RETRY",
    "build_query",
    "check_connection",
    "check_profile_connection",
    "encode_json",
]
