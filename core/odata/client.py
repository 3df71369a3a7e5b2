"""The Odyssee OData client: the rows, records and files of one Odyssee, one client per profile.

``OdysseeClient`` is what the engines and the window use: ``list``, ``list_page``, ``list_in``,
``count``, ``get``, ``create``, ``update``, ``delete``, ``download_file``, ``check_connection``
and ``metadata``. It holds little itself; the work is done beside it, one module each:

- :mod:`core.odata.transport` sends every request: the ``httpx.Client``, retries with backoff,
  the bounds of an answer (size, deadline), the credentials (never redirected, redacted from
  whatever the server sends back, nothing more sent after a 401), cancel, the request log.
- :mod:`core.odata.paging` reads lists: next links (on the base URL's origin only), rows seen
  twice, pagers a broken server keeps feeding, and batched ``in`` look-ups.
- :mod:`core.odata.downloads` streams files to disk through a part file, Base64 decoded on
  the fly, refused as soon as one is too large or not what it claims.
- :mod:`core.odata.diagnostics` gives a failure its sentence (TLS, DNS, refused, timeouts) and
  checks a connection.
- :mod:`core.odata.query` builds the queries (``build_query`` reads ``list()``'s loose
  arguments), :mod:`core.odata.errors` holds the typed errors.

What the client adds itself is the writes: a PUT is a full replace and a DELETE idempotent, so
the transport retries them; a POST is never retried blindly: ``create()`` gives the row a client
GUID and, after an ambiguous attempt (timeout, dropped connection, 5xx), asks ``Entity(<id>)``
whether it landed before trying again, so a create never makes a duplicate. Every error leaving
the client is redacted once more, whatever a server wrote into it.

Thread safety: an ``OdysseeClient`` may be used from several threads at once (the transport's
parts are thread-safe). ``with_cancel(event)`` gives a view that shares the connection pool, log,
counters and learned limits but checks another cancel flag (one per background task). ``list()``
returns a generator, which belongs to the thread that iterates it.
"""
from __future__ import annotations

import copy
import functools
import os
import re
import threading
import uuid
from typing import Any, Callable, Iterable, Iterator

import httpx

from core.errors import sentence
from core.odata import diagnostics, downloads, paging
from core.odata.diagnostics import ConnectionCheck
from core.odata.downloads import DownloadResult, ProgressCallback
from core.odata.errors import (
    ConflictError,
    DeadlineExceededError,
    NetworkError,
    NotFoundError,
    OdysseeError,
    entity_label,
    is_html,
    remade,
    safe_url,
)
from core.odata.limits import LearnedLimits, LimitsMemory, profile_limits
from core.odata.pace import Pace
from core.odata.paging import Page
from core.odata.query import FilterLike, OrderByLike, Query, SelectLike, build_query
from core.odata.transport import DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, MB, Transport
from core.odyssee.model import EMPTY_GUID_TEXT
from core.settings import DEFAULT_CONCURRENCY_CEILING, DEFAULT_MAX_FILE_MB


def _redacting(method: Callable) -> Callable:
    """Every OdysseeError leaving ``method`` is redacted first: whatever a server wrote into a
    sentence, a URL or a detail, the credentials never travel on with it."""

    @functools.wraps(method)
    def call(self: "OdysseeClient", *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except OdysseeError as error:
            self._transport.redact.error(error)
            raise

    return call


def _of_transport(name: str, doc: str) -> property:
    """The transport's attribute ``name`` as one of the client's own, to read and to set."""

    def get(client: "OdysseeClient") -> Any:
        return getattr(client._transport, name)

    def set_(client: "OdysseeClient", value: Any) -> None:
        setattr(client._transport, name, value)

    return property(get, set_, doc=doc)


class OdysseeClient:
    def __init__(
        self,
        base_url: str,
        *,
        auth_header: str,
        limits: LimitsMemory | None = None,
        max_file_bytes: int = DEFAULT_MAX_FILE_MB * MB,
        **options: Any,
    ) -> None:
        """``auth_header`` is the finished ``Authorization`` value (``Basic …``).

        ``limits`` keeps what batched look-ups learn about the server's limits (``from_profile``
        gives each profile its file); without it they are learned again by each client.
        ``max_file_bytes`` bounds one downloaded file. The other options are the transport's
        (:class:`core.odata.transport.Transport`): ``timeout``, ``connect_timeout``,
        ``ca_bundle``, ``verify``, ``transport``, ``retry``, ``cancel``, ``request_log``,
        ``log_capacity``, ``trust_env``, ``max_page_bytes``, ``deadline``, ``clock`` and ``pace``.
        """
        self._transport = Transport(base_url, auth_header=auth_header, **options)
        self.base_url = self._transport.base_url
        self._limits = LearnedLimits(limits)
        self.max_file_bytes = int(max_file_bytes)

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

    retry = _of_transport("retry", "How often and how long requests are retried (core.odata.transport.RetryPolicy).")
    log = _of_transport("log", "The request log, a ring buffer for the Activity page (it never sees a header).")
    stats = _of_transport("stats", "Per-run counters of requests, retries and bytes.")
    pace = _of_transport("pace", "How many requests may be in flight at once (core.odata.pace).")

    @property
    def signed_out(self) -> bool:
        """Odyssee refused this client's credentials: it sends nothing more (a new client
        with new credentials does)."""
        return self._transport.signed_out

    @property
    def cancel_event(self) -> threading.Event | None:
        return self._transport.cancel

    def with_cancel(self, cancel: threading.Event | None) -> "OdysseeClient":
        """A view sharing the connection pool, log and counters, checking ``cancel``."""
        view = copy.copy(self)
        view._transport = self._transport.with_cancel(cancel)
        return view

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> "OdysseeClient":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"OdysseeClient({self.base_url!r})"

    # ------------------------------------------------------------------ reading

    def list(
        self, entity: str, filter: FilterLike = None, select: SelectLike = None, orderby: OrderByLike = None,
        top: int | None = None,
    ) -> Iterator[dict]:
        """Every row matching the query, following next links, each ``id`` once.

        ``filter`` is a ``Query`` (then the other arguments override its parts), an expression
        from ``core.odata.expr`` or ``$filter`` text. ``top`` limits the total number of rows.
        The first request is sent when iteration starts.
        """
        query = build_query(filter, select, orderby, top)
        return paging.rows(self._transport, entity, query, top)

    def list_in(
        self,
        entity: str,
        name: str,
        values: Iterable[object],
        query: Query | None = None,
    ) -> Iterator[dict]:
        """Every row whose ``name`` is one of ``values`` (and that matches ``query``), each ``id`` once.

        The values are asked for in batches within the server's limits, learned and kept for the
        profile (:func:`core.odata.paging.rows_in`). The first request is sent when iteration
        starts.
        """
        values = list(dict.fromkeys(values))
        return paging.rows_in(self._transport, self._limits, entity, name, values, query or Query())

    @_redacting
    def list_page(
        self, entity: str, filter: FilterLike = None, select: SelectLike = None, orderby: OrderByLike = None,
        top: int | None = None, skip: int | None = None, count: bool = False, *, next_link: str | None = None,
    ) -> Page:
        """One page. Pass the previous page's ``next_link`` to get the following one."""
        transport = self._transport
        transport.check_cancel()
        if next_link is not None:
            url = paging.same_origin(transport, next_link, self.base_url)
        else:
            url = transport.collection_url(entity, build_query(filter, select, orderby, top, skip, count))
        return paging.fetch_page(transport, entity, url)

    @_redacting
    def get(self, entity: str, id: object) -> dict:
        key = _guid(id)
        url = self._transport.entity_url(entity, key)
        response = self._transport.call("GET", url, entity=entity, action="get", record_id=key)[0]
        return self._row_answer(response, entity, action="get", record_id=key)

    @_redacting
    def count(self, entity: str, filter: FilterLike = None) -> int:
        """How many rows match: ``$count=true&$top=1``, else ``<Entity>/$count``."""
        transport = self._transport
        query = build_query(filter).replace(count=True, top=1, select=("id",), orderby=(), skip=None)
        url = transport.collection_url(entity, query)
        response = transport.call("GET", url, entity=entity, action="count")[0]
        if response.status_code != 400:  # a server without $count says 400: try /$count
            transport.raise_for_status(response, entity, action="count")
            total = paging.page_from(transport, response, entity).count
            if total is not None:
                return total
        plain = transport.entity_path(entity) + "/$count"
        filter_only = build_query(filter).replace(select=(), orderby=(), top=None, skip=None, count=False)
        query_string = filter_only.to_query_string()
        plain_url = plain + ("?" + query_string if query_string else "")
        response = transport.call("GET", plain_url, entity=entity, action="count")[0]
        transport.raise_for_status(response, entity, action="count")
        text = transport.text(response).strip().lstrip("\ufeff")
        if text.isdigit():
            return int(text)
        raise transport.unexpected(
            response,
            sentence(
                "Odyssee did not report how many {label} rows there are ({url}).",
                label=entity_label(entity), url=safe_url(response.request.url),
            ),
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
        transport = self._transport
        retry = transport.retry
        url = transport.entity_path(entity)
        label = entity_label(entity)
        ambiguous = False
        failures = 0
        while True:
            transport.check_cancel()
            attempt = failures + 1
            try:
                response = transport.send("POST", url, entity=entity, attempt=attempt, json_body=row)
            except DeadlineExceededError:
                raise  # an answer dripping in for minutes: asking again would drip as well
            except NetworkError as error:
                failures += 1
                if error.request_sent:
                    # Timed out or dropped after sending: it may have landed.
                    ambiguous = True
                    transport.sleep(retry.backoff(failures))
                    landed = self._find_created(entity, key)
                    if landed is not None:
                        return landed
                if failures >= retry.max_attempts:
                    raise
                if not error.request_sent:
                    # Never sent (refused, DNS). An earlier ambiguous attempt that landed shows
                    # up as a 409 for our GUID on the next try.
                    transport.sleep(retry.backoff(failures))
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
                if failures >= retry.max_attempts:
                    raise transport.error(response, entity, "create", key)
                transport.sleep(transport.wait_for(response, failures))
                continue
            if status >= 500:
                # A 5xx may come after the row was stored: look before sending again.
                failures += 1
                ambiguous = True
                transport.sleep(transport.wait_for(response, failures))
                landed = self._find_created(entity, key)
                if landed is not None:
                    return landed
                if status not in retry.retry_statuses or failures >= retry.max_attempts:
                    raise transport.error(response, entity, "create", key)
                continue
            error = transport.error(response, entity, "create", key)
            if isinstance(error, ConflictError) and key not in error.message:
                error.message = sentence(
                    "{problem} (id {id} of the new {label}).",
                    problem=remade(error.message, lambda text: text.rstrip(".")), id=key, label=label,
                )
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
        url = self._transport.entity_url(entity, key)
        response = self._transport.call("PUT", url, entity=entity, action="update", record_id=key, json_body=row)[0]
        self._transport.raise_for_status(response, entity, action="update", record_id=key)
        if not response.content.strip():
            return self.get(entity, key)
        return self._row_answer(response, entity, action="update", record_id=key)

    @_redacting
    def delete(self, entity: str, id: object) -> None:
        key = _guid(id)
        url = self._transport.entity_url(entity, key)
        response, ambiguous = self._transport.call("DELETE", url, entity=entity, action="delete", record_id=key)
        if response.status_code == 404 and ambiguous:
            return  # an earlier attempt deleted it
        self._transport.raise_for_status(response, entity, action="delete", record_id=key)

    # ------------------------------------------------------------------ files, checks, model

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
        return downloads.download(
            self._transport, _guid(file_id), dest,
            max_bytes=self.max_file_bytes, progress=progress, expect_prefix=expect_prefix,
        )

    def check_connection(self) -> ConnectionCheck:
        """Tell a wrong address, an unreachable server, a TLS problem and wrong credentials apart."""
        return diagnostics.check(self._transport)

    @_redacting
    def metadata(self) -> bytes:
        """The server's ``$metadata`` document (OData CSDL XML), as it came; OdysseeError otherwise."""
        transport = self._transport
        url = f"{self.base_url}/$metadata"
        response = transport.call("GET", url, entity="", action="request")[0]
        transport.raise_for_status(response, "", action="request")
        if is_html(response.headers.get("content-type"), response.text[:200]):
            raise transport.unexpected(
                response,
                sentence("Odyssee answered {url} with a web page, not its model; check the base URL.", url=safe_url(url)),
            )
        return response.content

    # ------------------------------------------------------------------ answers

    def _row_answer(self, response: httpx.Response, entity: str, *, action: str, record_id: str) -> dict:
        self._transport.raise_for_status(response, entity, action=action, record_id=record_id)
        body = self._transport.json(response)
        if not isinstance(body, dict) or isinstance(body.get("value"), list):
            raise self._transport.unexpected(
                response,
                sentence(
                    "Odyssee's answer is not a {label} record ({url}).",
                    label=entity_label(entity), url=safe_url(response.request.url),
                ),
            )
        for annotation in [key for key in body if key[:1] == "@"]:  # @odata.context, @odata.etag…
            del body[annotation]
        return body

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
                error,
                sentence(
                    "Could not tell whether Odyssee created the {label} {id}: {problem}",
                    label=entity_label(entity), id=key, problem=error.message,
                ),
            ) from error


# A GUID as str(uuid.UUID(...)) writes it: most ids come so (from the state, from Odyssee) and
# need no parse (a tenth of the client's own time per GET).
_CANONICAL_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _guid(value: object) -> str:
    if value.__class__ is str and _CANONICAL_GUID.fullmatch(value):  # type: ignore[arg-type]
        return value  # type: ignore[return-value]
    try:
        return str(uuid.UUID(str(value)))
    except (ValueError, TypeError, AttributeError):
        raise ValueError(sentence("Not a valid Odyssee id (a GUID): {value!r}", value=value)) from None


def _rephrase(error: OdysseeError, message: str) -> OdysseeError:
    clone = copy.copy(error)
    clone.message = message
    clone.args = (message,)
    return clone


__all__ = ["OdysseeClient"]
