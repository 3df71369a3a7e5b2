"""The transport: one ``httpx.Client`` per profile, and what every request to Odyssee goes through.

- **Retries.** ``call()`` sends an idempotent request (GET, PUT, DELETE) again after a 429, 502,
  503 or 504 and after a connection failure, with bounded exponential backoff and jitter
  (:class:`RetryPolicy`), honouring ``Retry-After``. A POST never goes through ``call()``:
  ``OdysseeClient.create`` sends it with ``send()`` (one exchange) and asks whether it landed
  before sending it again.
- **Bounds.** An answer is read up to ``max_page_bytes`` (an error answer up to 64 KiB, for its
  message), or streamed into a sink (a download, :mod:`core.odata.downloads`), and no answer
  may take longer than ``deadline`` seconds in all. Each ends in one typed error.
- **Credentials.** The ``Authorization`` header goes with every request and nowhere else: no
  redirect is followed, no cookie kept. Every text from the server is redacted (``redact``,
  ``core.odata.errors.Redactor``) before it reaches an error or the request log. After one 401
  nothing more is sent: each later request fails at once with the same ``AuthenticationError``.
- **Cancel.** A ``threading.Event`` is checked before every attempt (and by a download between
  chunks); backoff sleeps wait on it, so cancelling is immediate. A request already on the wire
  finishes (or times out) first.
- **Request log** (``log``, a ring buffer for the Activity page) and per-run counters
  (``stats``), one record per exchange. Neither ever sees a header.
- **Errors.** A failure on the wire becomes a typed error with its sentence from
  :mod:`core.odata.diagnostics` (TLS, DNS, refused, timed out); a non-success answer one from
  ``core.odata.errors.error_from_response``.

Thread safety: httpx's client and its connection pool are thread-safe; the log, the counters and
the pace take a lock; everything else is set once in ``__init__``. ``with_cancel(event)`` gives a
view that shares all of it but checks another cancel flag.
"""
from __future__ import annotations

import copy
import json
import os
import random
import ssl
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Protocol

import httpx
import truststore

from core.errors import sentence
from core.odata.diagnostics import network_error
from core.odata.errors import (
    AuthenticationError,
    BadUrlError,
    CancelledError,
    DeadlineExceededError,
    NetworkError,
    OdysseeError,
    Redactor,
    TlsError,
    TooLargeError,
    UnexpectedAnswerError,
    error_from_response,
    is_html,
    parse_retry_after,
    safe_url,
    text_excerpt,
)
from core.odata.expr import IDENTIFIER
from core.odata.pace import Pace
from core.odata.paging import origin
from core.odata.query import MAX_QUERY_BYTES, Query, QueryError
from core.odata.requestlog import RequestLog, RequestRecord, RequestStats
from core.odyssee.values import encode_json

DEFAULT_TIMEOUT = 30.0
DEFAULT_CONNECT_TIMEOUT = 10.0
MB = 1024 * 1024
# A page of 100 rows is some 100 KiB; 32 MiB leaves room for wide rows (and DbFile rows that
# carry their Base64 content) while no answer can take the memory.
DEFAULT_MAX_PAGE_BYTES = 32 * MB
# An error answer is read for its message only.
ERROR_BODY_LIMIT = 64 * 1024
# The most one answer may take from sending the request to its last byte: a server dripping a
# byte at a time stays within every read timeout, but not within this.
DEFAULT_DEADLINE = 300.0
USER_AGENT = "odyssee-sync"


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


class Sink(Protocol):
    """Where an answer's body may stream to instead of memory (a download's part file)."""

    received: int  # bytes of the answer taken so far, also after a failure

    def accepts(self, response: httpx.Response) -> bool: ...

    def consume(self, response: httpx.Response, check_deadline: Callable[[], None]) -> int: ...


class _NoCookies(httpx.Cookies):
    """Cookies that are never kept and never sent. A Basic-auth API needs none, and a proxy's or
    a load balancer's cookie must not follow every request. httpx wraps every answer and its
    request for the standard library's cookie jar before asking the jar; here nothing is done."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None

    def set_cookie_header(self, request: httpx.Request) -> None:
        return None

    def set(self, *_arguments: object, **_options: object) -> None:
        return None


_NO_COOKIES = _NoCookies()


class _CookielessClient(httpx.Client):
    """httpx's client with :class:`_NoCookies` in place of its cookie store."""

    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, _cookies: object) -> None:
        pass


class Transport:
    """Sends requests to one Odyssee base URL: see the module's docstring."""

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
        max_page_bytes: int = DEFAULT_MAX_PAGE_BYTES,
        deadline: float = DEFAULT_DEADLINE,
        clock: Callable[[], float] = time.monotonic,
        pace: Pace | None = None,
    ) -> None:
        """``auth_header`` is the finished ``Authorization`` value (``Basic …``).

        ``timeout`` bounds each wait for the server (read/write), ``connect_timeout`` the
        connection set-up. ``ca_bundle`` adds a PEM file of trusted CAs (company proxies);
        ``verify=False`` is for local test servers only. Proxy variables (``HTTPS_PROXY``,
        ``NO_PROXY``…) are honoured unless ``trust_env=False``. ``transport`` is httpx's own
        (a ``MockTransport`` in tests). ``request_log`` is called with every request's record.
        ``max_page_bytes`` bounds one JSON answer, ``deadline`` (seconds) the time one answer
        may take in all; ``clock`` (``time.monotonic``) measures it. ``pace`` limits the requests
        in flight at once, learning the server's pace by itself (:mod:`core.odata.pace`).
        """
        self.base_url = check_base_url(base_url)
        if not isinstance(auth_header, str) or not auth_header.strip() or any(c in auth_header for c in "\r\n"):
            raise ValueError("The Authorization header value is empty or spans several lines.")
        self.retry = retry or RetryPolicy()
        self.timeout = float(timeout)
        self.connect_timeout = float(connect_timeout)
        self.log = RequestLog(log_capacity)
        self.stats = RequestStats()
        self.pace = pace or Pace()  # shared by the with_cancel views, like the connection pool
        self.max_page_bytes = int(max_page_bytes)
        self.deadline = float(deadline)
        self._clock = clock
        self.redact = Redactor(auth_header)
        # Shared with the with_cancel views: one 401 stops them all.
        self._refusal: list[AuthenticationError] = []
        if request_log is not None:
            self.log.subscribe(request_log)
        self.cancel = cancel
        self.origin = origin(httpx.URL(self.base_url))
        self._owns_http = True
        self._http = _CookielessClient(
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
        )

    # ------------------------------------------------------------------ lifetime

    @property
    def signed_out(self) -> bool:
        """Odyssee refused the credentials: nothing more is sent."""
        return bool(self._refusal)

    def with_cancel(self, cancel: threading.Event | None) -> "Transport":
        """A view sharing the connection pool, log, counters and pace, checking ``cancel``."""
        view = copy.copy(self)
        view.cancel = cancel
        view._owns_http = False
        return view

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    # ------------------------------------------------------------------ URLs

    def entity_path(self, entity: str) -> str:
        if not isinstance(entity, str) or not IDENTIFIER.match(entity):
            raise ValueError(f"Not an entity set name: {entity!r}")
        return f"{self.base_url}/{entity}"

    def entity_url(self, entity: str, key: str) -> str:
        return f"{self.entity_path(entity)}({key})"

    def collection_url(self, entity: str, query: Query) -> str:
        path = self.entity_path(entity)
        query_string = query.to_query_string()
        if len(query_string.encode()) > MAX_QUERY_BYTES:
            raise QueryError(
                "$filter",
                sentence(
                    "The query is {size} bytes long; Odyssee accepts at most {limit}. "
                    "Split long 'or' chains with Query.split_in.",
                    size=len(query_string.encode()), limit=MAX_QUERY_BYTES,
                ),
            )
        return f"{path}?{query_string}" if query_string else path

    # ------------------------------------------------------------------ answers

    def json(self, response: httpx.Response) -> Any:
        url = response.request.url
        content_type = response.headers.get("content-type", "")
        # A JSON answer needs no look for a web page (the common case, asked on every request).
        if not content_type.startswith("application/json") and is_html(
            content_type, response.content[:200].decode("utf-8", "replace")
        ):
            raise self.unexpected(
                response,
                sentence("Odyssee answered with a web page instead of data ({url}); check the base URL.", url=safe_url(url)),
            )
        try:
            return json.loads(response.content)
        except ValueError as error:
            excerpt = text_excerpt(self.text(response))[:80]
            said = sentence("Odyssee's answer is not valid JSON ({url}): {excerpt}", url=safe_url(url), excerpt=excerpt)
            raise self.unexpected(response, said) from error

    def text(self, response: httpx.Response) -> str:
        """The answer's text, without the credentials, for messages and details."""
        return self.redact(response.text)

    def unexpected(self, response: httpx.Response, said: str) -> UnexpectedAnswerError:
        """An answer that is not what was asked for, with its text as the detail."""
        return UnexpectedAnswerError(
            said, status=response.status_code, url=response.request.url, detail=self.text(response)
        )

    def raise_for_status(
        self, response: httpx.Response, entity: str, *, action: str, record_id: str | None = None
    ) -> None:
        if not response.is_success:
            raise self.error(response, entity, action, record_id)

    def error(self, response: httpx.Response, entity: str, action: str, record_id: str | None = None) -> OdysseeError:
        return error_from_response(
            response.status_code,
            response.request.url,
            self.text(response),
            headers=response.headers,
            entity=entity,
            action=action,
            record_id=record_id,
        )

    # ------------------------------------------------------------------ sending

    def call(
        self, method: str, url: str, *, entity: str, action: str, record_id: str | None = None,
        json_body: Any = None, sink: Sink | None = None, attempts: int | None = None,
    ) -> tuple[httpx.Response, bool]:
        """Send an idempotent request, retrying what is worth retrying.

        Returns the final answer (any status) and whether an earlier attempt may have reached
        the server (so a 404 after a retried DELETE means it was deleted). ``action`` names the
        request in the errors' sentences.
        """
        if method == "POST":
            raise AssertionError("POST is never retried blindly; use create()")
        max_attempts = attempts or self.retry.max_attempts
        failures = 0
        ambiguous = False
        while True:
            self.check_cancel()
            try:
                response = self.send(method, url, entity=entity, attempt=failures + 1, json_body=json_body, sink=sink)
            except NetworkError as error:
                failures += 1
                if failures >= max_attempts or isinstance(error, DeadlineExceededError):
                    raise
                ambiguous = ambiguous or error.request_sent
                self.sleep(self.retry.backoff(failures))
                continue
            if response.status_code in self.retry.retry_statuses and failures + 1 < max_attempts:
                failures += 1
                ambiguous = ambiguous or response.status_code != 429
                self.sleep(self.wait_for(response, failures))
                continue
            return response, ambiguous

    def wait_for(self, response: httpx.Response, failures: int) -> float:
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        return self.retry.wait_after(failures, retry_after)

    def send(
        self,
        method: str,
        url: str,
        *,
        entity: str,
        attempt: int,
        json_body: Any = None,
        sink: Sink | None = None,
    ) -> httpx.Response:
        """One exchange: the answer with its body read (or streamed into ``sink``), logged.

        After a 401, nothing is sent any more: the same AuthenticationError, at once.
        """
        if self._refusal:
            raise copy.copy(self._refusal[0])
        content = None
        headers = None
        if json_body is not None:
            content = encode_json(json_body)
            headers = {"Content-Type": "application/json; charset=utf-8"}
        started = time.time()
        clock = time.perf_counter()
        status: int | None = None
        received = 0
        failure = ""
        streamed: Sink | None = None
        try:
            with self.pace.slot(self.check_cancel) as in_flight:
                started = time.time()
                clock = time.perf_counter()
                deadline = self._clock() + self.deadline
                try:
                    # What httpx's stream() does, without its generator-based context manager.
                    request = self._http.build_request(method, url, content=content, headers=headers)
                    response = self._http.send(request, stream=True)
                    try:
                        status = response.status_code
                        if sink is not None and sink.accepts(response):
                            streamed = sink
                            received = sink.consume(response, lambda: self._check_deadline(deadline, url))
                        else:
                            received = self._read_body(response, deadline, url)
                        if status == 401:
                            self._refusal[:] = [self.error(response, entity, "request")]
                        return response
                    finally:
                        response.close()
                finally:
                    self.pace.answered(status, time.perf_counter() - clock, in_flight, (method, entity, sink is not None))
        except httpx.HTTPError as error:
            mapped = network_error(error, url, connect_timeout=self.connect_timeout, timeout=self.timeout)
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
                url=self.redact(safe_url(url)),
                entity=entity,
                status=status,
                duration_ms=(time.perf_counter() - clock) * 1000.0,
                bytes_sent=len(content or b""),
                bytes_received=received,
                attempt=attempt,
                error=self.redact(failure),
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
                        sentence(
                            "Odyssee's answer is larger than {size}, more than the assistant reads at once; "
                            "it stopped reading ({url}).",
                            size=size_text(limit), url=safe_url(url),
                        ),
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
                sentence(
                    "Odyssee's answer took more than {seconds:g} seconds in all; it was stopped ({url}).",
                    seconds=self.deadline, url=safe_url(url),
                ),
                url=url,
                request_sent=True,
            )

    # ------------------------------------------------------------------ cancel

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise CancelledError(sentence("Cancelled."))

    def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            self.check_cancel()
            return
        if self.cancel is None:
            time.sleep(seconds)
        elif self.cancel.wait(seconds):
            raise CancelledError(sentence("Cancelled."))


def check_base_url(base_url: object) -> str:
    """The base URL as the transport uses it (no trailing slash), or BadUrlError."""
    text = str(base_url or "").strip()
    try:
        parsed = httpx.URL(text)
    except Exception as error:  # noqa: BLE001 - any parse failure means "not a URL"
        raise BadUrlError(sentence("The Odyssee address {address!r} is not a valid URL.", address=text), url=text) from error
    if parsed.scheme not in ("http", "https"):
        raise BadUrlError(
            sentence(
                "The Odyssee address {address!r} must start with https:// (or http:// for a local server).",
                address=safe_url(text),
            ),
            url=text,
        )
    if not parsed.host:
        raise BadUrlError(sentence("The Odyssee address {address!r} has no host name.", address=safe_url(text)), url=text)
    if parsed.userinfo:
        raise BadUrlError(sentence("The Odyssee address must not contain a user name or password."), url=text)
    if parsed.query or parsed.fragment:
        raise BadUrlError(
            sentence("The Odyssee address {address!r} must not contain '?' or '#'.", address=safe_url(text)), url=text
        )
    return str(parsed).rstrip("/")


def size_text(size: int) -> str:
    """A size as a sentence names it: "32 MB", "500 bytes"."""
    return sentence("{megabytes:g} MB", megabytes=size / MB) if size >= MB else sentence("{size} bytes", size=size)


def _tls_setting(ca_bundle: str | os.PathLike[str] | None, verify: bool) -> ssl.SSLContext | bool:
    """Whom the client trusts: the operating system's certificate store (through truststore: the
    Windows store and the macOS keychain, where a company's proxy has its root put by IT), or,
    when a ``ca_bundle`` is set, OpenSSL's defaults plus that PEM file: the override for a proxy
    whose root is not in the system store."""
    if not verify:
        return False
    if not ca_bundle:
        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context = ssl.create_default_context()
    try:
        context.load_verify_locations(cafile=os.fspath(ca_bundle))
    except (OSError, ssl.SSLError) as error:
        raise TlsError(
            sentence("The CA bundle {path} cannot be read: {error}", path=os.fspath(ca_bundle), error=str(error))
        ) from error
    return context


__all__ = ["MB", "NO_RETRY", "RetryPolicy", "Sink", "Transport"]
