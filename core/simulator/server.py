"""The embedded Odyssee-compatible HTTP server.

A real HTTP/1.1 server with keep-alive on a loopback port, answering the vendor's routes (the
entity sets of :mod:`core.odyssee.model`, ``$metadata``, ``DbFile/GetFileContent``, and the
eight requests of the ERP-link guide) under ``http://<host>:<port>/api``::

    with Simulator(seed="demo") as sim:
        httpx.get(sim.base_url + "/Company", auth=sim.auth)

Data lives in :class:`~core.simulator.storage.Storage` (SQLite; in memory unless ``data_dir`` is
given, then ``data_dir/simulator.sqlite3`` survives restarts). Faults (DECISIONS.md D9) are
switched on the ``faults`` attribute at any time; ``hooks.before_list_page`` lets a test change
data between the pages of a list. Counters tell tests and benchmarks how many calls a client
made.
"""
from __future__ import annotations

import base64
import binascii
import json
import logging
import re
import select
import socket
import threading
import time
import uuid
from collections import Counter, deque
from dataclasses import dataclass
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence
from urllib.parse import quote, unquote, unquote_plus
from xml.sax.saxutils import escape as xml_escape

from core.odata.expr import In, node_count, walk
from core.odata.query import MAX_QUERY_BYTES, Query, QueryError, decode_query_string
from core.odyssee.model import EDM_TYPES, ENTITY_SETS, EntitySet, FieldSpec
from core.odyssee.values import DECIMAL_PLACES
from core.simulator.activity import ActivityTicker
from core.simulator.faults import Faults
from core.simulator.pdfqueue import PdfQueue
from core.simulator.sql import (
    SQL_SERVER_COLLATION,
    QueryTranslationError,
    SqlFragment,
    check_select,
    compile_filter,
    compile_orderby,
    to_storage,
)
from core.simulator.storage import Storage, StorageError, ValidationError
from core.simulator.xml import XML_CONTENT_TYPE, prefers_xml, xml_body

log = logging.getLogger(__name__)

DATABASE_NAME = "simulator.sqlite3"
DEFAULT_PAGE_SIZE = 100
LEGACY_PAGE_SIZE = 20
# ASP.NET OData's MaxNodeCount default is 100 (DECISIONS.md D11); 0 means no limit.
DEFAULT_MAX_NODE_COUNT = 100
# How text compares (DECISIONS.md D12): "ci" like SQL Server's default collation
# (case-insensitive, trailing spaces ignored), or "binary".
DEFAULT_COLLATION = SQL_SERVER_COLLATION
ODATA_VERSION = "4.0"
# IIS's default maxAllowedContentLength.
MAX_REQUEST_BYTES = 30_000_000
REALM = "Odyssee"
REQUEST_LOG_SIZE = 1000
# Set in a database's meta table once it has been set up (seeded or not): it is never seeded again.
_CREATED_KEY = "created"

_SETS_BY_LOWER_NAME = {name.lower(): entity for name, entity in ENTITY_SETS.items()}
_ENTITY_PATH = re.compile(r"(?P<set>[A-Za-z_][A-Za-z0-9_]*)(?:\((?P<key>[^)]*)\))?(?P<count>/\$count)?/?\Z")
_FILE_CONTENT_PATH = "dbfile/getfilecontent"
_WRITE_METHODS = ("POST", "PUT", "DELETE")

_HTML_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>Sign in</title></head>"
    b"<body><h1>Network sign-in required</h1>"
    b"<p>This page was served instead of the Odyssee API.</p></body></html>\n"
)


def _sign_in(domain: str | None, username: str | None, password: str | None) -> tuple[str, str, str]:
    """The domain, user name and password the simulator accepts: the demo tenant's where None."""
    if domain is not None and username is not None and password is not None:
        return domain, username, password
    from core.simulator import seed

    return (
        seed.DEMO_DOMAIN if domain is None else domain,
        seed.DEMO_USERNAME if username is None else username,
        seed.DEMO_PASSWORD if password is None else password,
    )


@dataclass
class Hooks:
    """Test hooks; each is None or a callable."""

    # Called as before_list_page(entity_set, skip) before a list page is computed.
    before_list_page: Callable[[str, int], None] | None = None


class _Answer:
    __slots__ = ("status", "body", "content_type", "headers")

    def __init__(
        self,
        status: int,
        body: bytes = b"",
        content_type: str = "application/json; odata.metadata=minimal; charset=utf-8",
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status = status
        self.body = body
        self.content_type = content_type
        self.headers = dict(headers or {})


def _json_answer(status: int, document: object, headers: Mapping[str, str] | None = None) -> _Answer:
    return _Answer(status, json.dumps(document, ensure_ascii=False).encode("utf-8"), headers=headers)


def odata_error(status: int, code: str, message: str, target: str | None = None) -> _Answer:
    """The OData error shape (DECISIONS.md D3) for query, key and routing problems."""
    error: dict[str, object] = {"code": code, "message": message}
    if target is not None:
        error["details"] = [{"target": target, "message": message}]
    return _json_answer(status, {"error": error})


def web_api_error(status: int, message: str, model_state: Mapping[str, list[str]] | None = None) -> _Answer:
    """The ASP.NET Web API shape (DECISIONS.md D3) for validation and controller errors."""
    document: dict[str, object] = {"Message": message}
    if model_state is not None:
        document["ModelState"] = dict(model_state)
    return _json_answer(status, document)


# ----------------------------------------------------------------------------------------------
# JSON from stored values, without building intermediate dicts (lists are the hot path).


def _string(value: object) -> str:
    return json.dumps("" if value is None else value, ensure_ascii=False)


def _plain_text(default: str) -> Callable[[object], str]:
    # GUIDs and canonical dates are plain ASCII without quotes or backslashes.
    return lambda value: f'"{default if value is None else value}"'


def _encoder(spec: FieldSpec) -> Callable[[object], str]:
    default = to_storage(spec, spec.default_value)
    kind = spec.type
    if kind in ("guid", "datetime"):
        return _plain_text(default)  # type: ignore[arg-type]
    if kind == "string":
        return _string
    if kind == "bool":
        return lambda value: "true" if value else "false"
    if kind == "int":
        return lambda value: str(int(value or 0))
    if kind == "decimal":
        return lambda value: str(value) if value not in (None, "") else "0"
    if kind == "bytes":
        return lambda value: '"' + base64.b64encode(value or b"").decode("ascii") + '"'
    raise AssertionError(kind)  # pragma: no cover


_ENCODERS: dict[str, dict[str, tuple[str, Callable[[object], str]]]] = {
    entity.name: {spec.name: (json.dumps(spec.name) + ":", _encoder(spec)) for spec in entity.fields}
    for entity in ENTITY_SETS.values()
}


def encode_stored_row(entity_set: str, names: Sequence[str], values: Sequence[object]) -> str:
    encoders = _ENCODERS[entity_set]
    parts = []
    for name, value in zip(names, values):
        key, encode = encoders[name]
        parts.append(key + encode(value))
    return "{" + ",".join(parts) + "}"


def encode_typed_row(entity: EntitySet, row: Mapping[str, object], names: Sequence[str] | None = None) -> str:
    names = names or [spec.name for spec in entity.fields]
    return encode_stored_row(entity.name, names, [to_storage(entity[name], row[name]) for name in names])


# ----------------------------------------------------------------------------------------------
# $metadata

# The facets ASP.NET OData writes where the values carry them: decimals keep up to 18 places in
# SQL Server's widest decimal, dates keep milliseconds.
_EDM_FACETS = {
    "decimal": f' Precision="38" Scale="{DECIMAL_PLACES}"',
    "datetime": ' Precision="3"',
}


def metadata_document(without: Iterable[str] = ()) -> bytes:
    """A CSDL (OData v4) document listing every entity set and its properties.

    ``without`` leaves out fields (``"Company.vat_reg_code"``) or whole entity sets
    (``"ProjectType"``): a server whose model lags behind ours, for tests of the model check.
    """
    left_out = set(without)
    known = set(ENTITY_SETS) | {f"{entity.name}.{spec.name}" for entity in ENTITY_SETS.values() for spec in entity.fields}
    unknown = left_out - known
    if unknown:
        raise ValueError(f"the model has no {', '.join(sorted(unknown))} to leave out of $metadata")
    entities = [entity for entity in ENTITY_SETS.values() if entity.name not in left_out]
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">',
        "<edmx:DataServices>",
        '<Schema Namespace="Odyssee" xmlns="http://docs.oasis-open.org/odata/ns/edm">',
    ]
    for entity in entities:
        lines.append(f'<EntityType Name="{entity.table}"><Key><PropertyRef Name="id"/></Key>')
        for spec in entity.fields:
            if f"{entity.name}.{spec.name}" in left_out:
                continue
            facets = f' MaxLength="{spec.max_length}"' if spec.max_length else _EDM_FACETS.get(spec.type, "")
            lines.append(
                f'<Property Name="{spec.name}" Type="{EDM_TYPES[spec.type]}" Nullable="false"{facets}/>'
            )
        lines.append("</EntityType>")
    lines.append('<EntityContainer Name="Container">')
    for entity in entities:
        lines.append(f'<EntitySet Name="{entity.name}" EntityType="Odyssee.{xml_escape(entity.table)}"/>')
    lines += ["</EntityContainer>", "</Schema>", "</edmx:DataServices>", "</edmx:Edmx>", ""]
    return "\n".join(lines).encode("utf-8")



# ----------------------------------------------------------------------------------------------


class _ConnectionDrop(Exception):
    """Close the connection without an answer."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], handler: type, simulator: "Simulator") -> None:
        self.simulator = simulator
        super().__init__(address, handler)

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients that vanish mid-answer (resets, broken pipes) are normal here, not news.
        log.debug("simulator: connection from %s ended with an error", client_address, exc_info=True)

    # Counted from the accept, not from the handler thread's start: a connection is never in
    # neither place, so Simulator.wait_quiet cannot miss one on its way in.
    def get_request(self) -> tuple[socket.socket, object]:
        connection, address = super().get_request()
        self.simulator._track_connection(connection, open_=True)
        return connection, address

    def shutdown_request(self, request: socket.socket) -> None:  # type: ignore[override]
        try:
            super().shutdown_request(request)
        finally:
            self.simulator._track_connection(request, open_=False)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "OdysseeSimulator/1.0"
    # An idle keep-alive connection is closed after this many seconds.
    timeout = 120
    server: _Server

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without this, Nagle's algorithm and the
        # client's delayed ACK add ~40 ms to every answer.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        log.debug("%s " + format, self.address_string(), *args)

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def do_PATCH(self) -> None:
        self._handle("PATCH")

    def _handle(self, method: str) -> None:
        simulator = self.server.simulator
        length = (self.headers.get("Content-Length") or "0").strip()
        # Strictly digits: read(-1) would wait for the client to close, and int() takes "1_000".
        if not length.isdigit() or not length.isascii():
            self._send(web_api_error(400, "The Content-Length header is not a number."))
            self.close_connection = True
            return
        if int(length) > MAX_REQUEST_BYTES:
            self._send(web_api_error(413, f"The request body is larger than {MAX_REQUEST_BYTES} bytes."))
            self.close_connection = True
            return
        body = self.rfile.read(int(length))
        try:
            answer = simulator._answer(method, self.path, self.headers, body)
        except _ConnectionDrop:
            self._drop()
            return
        self._send(answer)

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _send(self, answer: _Answer) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        # ASP.NET OData names its protocol version on every answer, errors included.
        self.send_header("OData-Version", ODATA_VERSION)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if answer.body:
            self.wfile.write(answer.body)


class Simulator:
    """An Odyssee API on a loopback port; ``start()`` it or use it as a context manager."""

    def __init__(
        self,
        data_dir: Path | str | None = None,
        *,
        domain: str | None = None,
        username: str | None = None,
        password: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        page_size: int | None = None,
        legacy: bool = False,
        seed: str = "none",
        scale: int = 200,
        pdf_delay: float = 0.0,
        activity_interval: float | None = None,
        faults: Faults | None = None,
        max_node_count: int | None = None,
        accept_in: bool = True,
        collation: str | None = None,
        metadata_without: Iterable[str] = (),
    ) -> None:
        """``metadata_without`` names fields (``"Company.vat_reg_code"``) or entity sets that
        ``$metadata`` leaves out, for tests of a client against a server whose model differs;
        the data and the routes keep them."""
        if seed not in ("none", "demo"):
            raise ValueError(f"seed must be 'none' or 'demo', not {seed!r}")
        self.domain, self.username, self.password = _sign_in(domain, username, password)
        self.host = host
        self.port = port
        self.legacy = legacy
        self.page_size = page_size or (LEGACY_PAGE_SIZE if legacy else DEFAULT_PAGE_SIZE)
        if self.page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.max_node_count = DEFAULT_MAX_NODE_COUNT if max_node_count is None else int(max_node_count)
        if self.max_node_count < 0:
            raise ValueError("max_node_count must be 0 (no limit) or more")
        # False: answer OData 4.01's ``in`` operator like a server that only knows OData 4.0.
        self.accept_in = accept_in
        self._metadata = metadata_document(without=metadata_without)
        self.data_dir = Path(data_dir) if data_dir is not None else None
        self.faults = faults or Faults()
        self.hooks = Hooks()
        self.request_count = 0
        self.requests: Counter[tuple[str, str]] = Counter()
        # The latest requests as received: (method, raw target), e.g. ("GET", "/api/Jobs?$top=1").
        self.request_log: deque[tuple[str, str]] = deque(maxlen=REQUEST_LOG_SIZE)
        self._counter_lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        # TCP connections accepted so far (keep-alive clients reuse one).
        self.connection_count = 0
        self._connections_lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._in_flight = 0
        self._in_flight_done = threading.Condition()
        self._stopped = False

        database = None
        if self.data_dir is not None:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            database = self.data_dir / DATABASE_NAME
        self.storage = Storage(database, collation=DEFAULT_COLLATION if collation is None else collation)
        self.collation = self.storage.collation
        self.pdf_queue = PdfQueue(self.storage, delay=pdf_delay)
        fresh = self.storage.get_meta(_CREATED_KEY) is None
        if fresh and seed == "demo":
            self._seed_demo(scale)
        # After the seed, which brings its own default project status and job type.
        self.storage.ensure_system_data()
        if fresh:
            self.storage.set_meta(_CREATED_KEY, f"seed={seed} scale={scale}")
        self.activity = ActivityTicker(self.storage, interval=activity_interval)

    # ------------------------------------------------------------------ life cycle

    def _seed_demo(self, scale: int) -> None:
        """Fill a new database with the demo tenant (bulk, not through the API rules)."""
        from core.simulator import seed

        with self.storage.transaction():
            for entity_set, rows in seed.generate(scale):
                self.storage.bulk_insert(entity_set, rows)

    def start(self) -> "Simulator":
        """Serve in background threads; a stopped simulator cannot start again (make a new one)."""
        if self._stopped:
            raise RuntimeError("this simulator was stopped; create a new one on the same data_dir")
        if self._server is not None:
            return self
        self._server = _Server((self.host, self.port), _Handler, self)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name=f"simulator:{self.port}", daemon=True
        )
        self._thread.start()
        self.pdf_queue.start()
        self.activity.start()
        return self

    def stop(self) -> None:
        """Stop serving, close open connections, end the background threads, close the database."""
        if self._stopped:
            return
        self._stopped = True
        self.activity.stop()
        self.pdf_queue.stop()
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            with self._connections_lock:
                connections = list(self._connections)
            for connection in connections:
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            server.server_close()
            if self._thread is not None:
                self._thread.join(timeout=5)
            with self._in_flight_done:
                self._in_flight_done.wait_for(lambda: self._in_flight == 0, timeout=5)
        self.storage.close()

    def __enter__(self) -> "Simulator":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _track_connection(self, connection: socket.socket, *, open_: bool) -> None:
        with self._connections_lock:
            if open_:
                self._connections.add(connection)
                self.connection_count += 1
            else:
                self._connections.discard(connection)
        if not open_:
            with self._in_flight_done:
                self._in_flight_done.notify_all()

    def wait_quiet(self, timeout: float = 30.0) -> bool:
        """Wait until no connection is open, none waits to be accepted and no request is being
        answered: what a client that went away had on its way has landed. False after ``timeout``
        seconds. Close your own clients first: their keep-alive connections count too."""

        def quiet() -> bool:
            with self._connections_lock:
                if self._connections:
                    return False
            server = self._server
            waiting = server is not None and bool(select.select([server.socket], [], [], 0)[0])
            return self._in_flight == 0 and not waiting

        with self._in_flight_done:
            return self._in_flight_done.wait_for(quiet, timeout)

    # ------------------------------------------------------------------ facts for clients and tests

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/api"

    @property
    def auth(self) -> tuple[str, str]:
        """``(user, password@domain)``: httpx/requests basic auth that yields ``user:password@domain``."""
        return (self.username, f"{self.password}@{self.domain}")

    @property
    def authorization(self) -> str:
        """The finished ``Authorization`` header value (the portal's "API key", DECISIONS.md D1)."""
        token = f"{self.username}:{self.password}@{self.domain}".encode("utf-8")
        return "Basic " + base64.b64encode(token).decode("ascii")

    def reset_counters(self) -> None:
        with self._counter_lock:
            self.request_count = 0
            self.requests.clear()
            self.request_log.clear()

    def count(self, method: str | None = None, entity_set: str | None = None) -> int:
        """Requests received for a method and/or entity set (None = any)."""
        with self._counter_lock:
            return sum(
                number
                for (seen_method, seen_set), number in self.requests.items()
                if (method is None or seen_method == method) and (entity_set is None or seen_set == entity_set)
            )

    def _count(self, method: str, target: str, raw_target: str) -> None:
        with self._counter_lock:
            self.request_count += 1
            self.requests[(method, target)] += 1
            self.request_log.append((method, raw_target))

    # ------------------------------------------------------------------ requests

    def _answer(self, method: str, raw_target: str, headers: Mapping[str, str], body: bytes) -> _Answer:
        with self._in_flight_done:
            self._in_flight += 1
            over_limit = 0 < self.faults.max_in_flight < self._in_flight
        try:
            if over_limit:
                self._count(method, "", raw_target)
                answer = web_api_error(429, "Too many requests at once. Please slow down.")
                answer.headers["Retry-After"] = str(int(self.faults.retry_after))
                return answer
            answer = self._answer_request(method, raw_target, headers, body)
            return _as_xml(answer) if prefers_xml(headers.get("Accept")) else answer
        finally:
            with self._in_flight_done:
                self._in_flight -= 1
                self._in_flight_done.notify_all()

    def _answer_request(self, method: str, raw_target: str, headers: Mapping[str, str], body: bytes) -> _Answer:
        raw_path, _, raw_query = raw_target.partition("?")
        path = unquote(raw_path)
        if not (path == "/api" or path.startswith("/api/")):
            self._count(method, "", raw_target)
            return odata_error(404, "NotFound", f"No resource was found at {path}.")
        route = path[len("/api/") :]
        self._count(method, _counter_target(route), raw_target)

        fault = self.faults.choose(method) if self.faults.active else None
        if self.faults.latency_ms:
            time.sleep(self.faults.latency_ms / 1000)
        if fault == "drop":
            raise _ConnectionDrop()
        if fault == "error":
            status = self.faults.error_status
            return web_api_error(status, "The service is temporarily unavailable. Please try again later.")
        if fault == "throttle":
            answer = web_api_error(429, "Too many requests. Please slow down.")
            answer.headers["Retry-After"] = str(int(self.faults.retry_after))
            return answer
        if fault == "html":
            return _Answer(200, _HTML_PAGE, content_type="text/html; charset=utf-8")

        if len(raw_query.encode("latin-1", "replace")) > MAX_QUERY_BYTES:
            return odata_error(
                414, "QueryTooLong", f"The query string is longer than {MAX_QUERY_BYTES} bytes.", "query"
            )
        if not self._authorized(headers.get("Authorization")):
            answer = web_api_error(401, "Authorization has been denied for this request.")
            answer.headers["WWW-Authenticate"] = f'Basic realm="{REALM}"'
            return answer
        try:
            answer = self._route(method, route, raw_query, headers, body)
        except StorageError as error:
            answer = _storage_error_answer(error)
        except Exception:  # a bug must not kill the connection thread; the client sees a 500
            log.exception("simulator: %s %s failed", method, raw_target)
            answer = web_api_error(500, "An error has occurred.")
        if fault == "lost_response":
            raise _ConnectionDrop()
        return answer

    def _authorized(self, header: str | None) -> bool:
        if not header:
            return False
        scheme, _, token = header.strip().partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            text = base64.b64decode(token.strip(), validate=True).decode("utf-8")
        except (binascii.Error, ValueError):
            return False
        credentials, at, domain = text.rpartition("@")
        if not at:
            return False
        user, colon, password = credentials.partition(":")
        if not colon:
            return False
        return (
            domain.lower() == self.domain.lower()
            and user.lower() == self.username.lower()
            and password == self.password
        )

    def _route(self, method: str, route: str, raw_query: str, headers: Mapping[str, str], body: bytes) -> _Answer:
        if route.strip("/") == "":
            if method != "GET":
                return _method_not_allowed("GET")
            return self._service_document()
        if route == "$metadata":
            if method != "GET":
                return _method_not_allowed("GET")
            return _Answer(200, self._metadata, content_type="application/xml; charset=utf-8")
        if route.lower().rstrip("/") == _FILE_CONTENT_PATH:
            if method != "GET":
                return _method_not_allowed("GET")
            return self._file_content(raw_query)
        match = _ENTITY_PATH.match(route)
        entity = _SETS_BY_LOWER_NAME.get(match["set"].lower()) if match else None
        if entity is None:
            name = match["set"] if match else route
            return odata_error(404, "NotFound", f"No entity set named '{name}' was found.", name)
        key_text = match["key"]
        if match["count"]:
            if key_text is not None or method != "GET":
                return _method_not_allowed("GET")
            return self._count_rows(entity, raw_query)
        if key_text is None:
            if method == "GET":
                return self._list(entity, raw_query)
            if method == "POST":
                return self._write(entity, None, headers, body)
            return _method_not_allowed("GET, POST")
        row_id = _parse_key(key_text)
        if row_id is None:
            return odata_error(
                400, "InvalidKey", f"The key '{key_text}' is not a valid GUID.", f"{entity.name}({key_text})"
            )
        if method == "GET":
            return self._single(entity, row_id, raw_query)
        if method == "PUT":
            return self._write(entity, row_id, headers, body)
        if method == "DELETE":
            self.storage.delete(entity.name, row_id)
            return _Answer(204)
        return _method_not_allowed("GET, PUT, DELETE")

    # ------------------------------------------------------------------ reads

    def _service_document(self) -> _Answer:
        """The OData service root: the entity sets and where they live."""
        return _json_answer(200, {
            "@odata.context": f"{self.base_url}/$metadata",
            "value": [{"name": name, "kind": "EntitySet", "url": name} for name in ENTITY_SETS],
        })

    def _context(self, entity: EntitySet, select: Sequence[str] | None = None, single: bool = False) -> str:
        context = f"{self.base_url}/$metadata#{entity.name}"
        if select:
            context += "(" + ",".join(select) + ")"
        return context + ("/$entity" if single else "")

    def _list(self, entity: EntitySet, raw_query: str) -> _Answer:
        try:
            options = Query.from_query_string(raw_query)
            self._validate_filter(options)
            select = check_select(options.select or None, entity)
            where = self._where(options, entity)
            order_by = compile_orderby(options.orderby, entity, collation=self.collation)
        except QueryError as error:
            return odata_error(400, "InvalidQuery", str(error), error.option)
        except QueryTranslationError as error:
            return odata_error(400, "InvalidQuery", error.message, error.target)
        skip = options.skip or 0
        top = options.top
        if self.hooks.before_list_page is not None:
            self.hooks.before_list_page(entity.name, skip)
        limit = self.page_size if top is None else min(self.page_size, top)
        names = list(select) if select else [spec.name for spec in entity.fields]
        rows = self.storage.query(
            entity.name, where=where, order_by=order_by, limit=limit + 1, offset=skip, columns=names
        )
        more = len(rows) > limit
        rows = rows[:limit]
        parts = ['{"@odata.context":', json.dumps(self._context(entity, select))]
        if options.count:
            parts += [',"@odata.count":', str(self.storage.count(entity.name, where))]
        parts.append(',"value":[')
        parts.append(",".join(encode_stored_row(entity.name, names, row) for row in rows))
        parts.append("]")
        remaining = None if top is None else top - len(rows)
        if more and rows and (remaining is None or remaining > 0):
            next_link = self._next_link(entity, raw_query, skip + len(rows), remaining)
            parts += [',"@odata.nextLink":', json.dumps(next_link)]
        parts.append("}")
        return _Answer(200, "".join(parts).encode("utf-8"))

    def _where(self, options: Query, entity: EntitySet) -> SqlFragment | None:
        if options.filter is None:
            return None
        return compile_filter(options.filter, entity, collation=self.collation)

    def _validate_filter(self, options: Query) -> None:
        """ASP.NET OData's ``MaxNodeCount`` validation, with its own words, and ``in`` when refused."""
        if not self.accept_in and options.filter is not None and any(isinstance(node, In) for node in walk(options.filter)):
            raise QueryError(
                "$filter",
                "The query specified in the URI is not valid. Syntax error: the 'in' operator is not supported.",
            )
        if self.max_node_count and options.filter is not None and node_count(options.filter) > self.max_node_count:
            raise QueryError(
                "$filter",
                f"The query specified in the URI is not valid. The node count limit of '{self.max_node_count}' "
                "has been exceeded. To increase the limit, set the 'MaxNodeCount' property on "
                "EnableQueryAttribute or ODataValidationSettings.",
            )

    def _next_link(self, entity: EntitySet, raw_query: str, skip: int, top: int | None) -> str:
        """The same request with ``$skip`` advanced (and ``$top`` reduced to what is left)."""
        kept = [
            part
            for part in raw_query.split("&")
            if part and unquote_plus(part.partition("=")[0]) not in ("$skip", "$top")
        ]
        if top is not None:
            kept.append(f"$top={top}")
        kept.append(f"$skip={skip}")
        return f"{self.base_url}/{entity.name}?" + "&".join(kept)

    def _count_rows(self, entity: EntitySet, raw_query: str) -> _Answer:
        try:
            options = Query.from_query_string(raw_query)
            self._validate_filter(options)
            where = self._where(options, entity)
        except QueryError as error:
            return odata_error(400, "InvalidQuery", str(error), error.option)
        except QueryTranslationError as error:
            return odata_error(400, "InvalidQuery", error.message, error.target)
        total = self.storage.count(entity.name, where)
        return _Answer(200, str(total).encode("ascii"), content_type="text/plain; charset=utf-8")

    def _single(self, entity: EntitySet, row_id: uuid.UUID, raw_query: str) -> _Answer:
        try:
            options = Query.from_query_string(raw_query)
            select = check_select(options.select or None, entity)
        except QueryError as error:
            return odata_error(400, "InvalidQuery", str(error), error.option)
        except QueryTranslationError as error:
            return odata_error(400, "InvalidQuery", error.message, error.target)
        row = self.storage.get(entity.name, row_id)
        if row is None:
            return odata_error(404, "NotFound", f"No {entity.table} has the id {row_id}.", f"{entity.name}({row_id})")
        return self._entity_answer(200, entity, row, select)

    def _entity_answer(
        self, status: int, entity: EntitySet, row: Mapping[str, object], select: Sequence[str] | None = None
    ) -> _Answer:
        encoded = encode_typed_row(entity, row, select)
        context = '{"@odata.context":' + json.dumps(self._context(entity, select, single=True))
        body = context + ("," + encoded[1:] if len(encoded) > 2 else "}")
        return _Answer(status, body.encode("utf-8"))

    def _file_content(self, raw_query: str) -> _Answer:
        params = {key.lower(): value for key, value in decode_query_string(raw_query).items()}
        text = params.get("id")
        file_id = _parse_key(text) if text is not None else None
        if file_id is None:
            return odata_error(400, "InvalidKey", "GetFileContent needs ?id=<the file's GUID>.", "id")
        row = self.storage.get("DbFile", file_id)
        if row is None:
            return odata_error(404, "NotFound", f"No db_file has the id {file_id}.", "id")
        name = str(row["file_name"] or row["name"] or f"{file_id}")
        return _Answer(
            200,
            bytes(row["file_content"]),  # type: ignore[arg-type]
            content_type=str(row["mime_type"] or "application/octet-stream"),
            headers={"Content-Disposition": _content_disposition(name)},
        )

    # ------------------------------------------------------------------ writes

    def _write(self, entity: EntitySet, row_id: uuid.UUID | None, headers: Mapping[str, str], body: bytes) -> _Answer:
        content_type = (headers.get("Content-Type") or "").lower()
        if "xml" in content_type:
            return web_api_error(415, "The simulator reads JSON bodies only; send Content-Type: application/json.")
        try:
            payload = json.loads(body.decode("utf-8-sig"), parse_float=Decimal, parse_constant=_reject_constant)
        except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: [[[[… nested too deep
            payload = None
        if not isinstance(payload, dict):
            raise ValidationError({entity.table: ["The request body must be a JSON object."]})
        if row_id is None:
            row = self.storage.create(entity.name, payload)
            status = 201
        else:
            row = self.storage.replace(entity.name, row_id, payload)
            status = 200
        location = {"Location": f"{self.base_url}/{entity.name}({row['id']})"} if row_id is None else {}
        if _wants_minimal(headers.get("Prefer")):
            document = {"@odata.context": self._context(entity, single=True), "id": str(row["id"])}
            return _json_answer(status, document, {**location, "Preference-Applied": "return=minimal"})
        answer = self._entity_answer(status, entity, row)
        answer.headers.update(location)
        return answer


# ----------------------------------------------------------------------------------------------


def _as_xml(answer: _Answer) -> _Answer:
    """A JSON answer in XML (core/simulator/xml.py); raw bytes, text, $metadata and HTML stay as they are."""
    if not answer.body or not answer.content_type.startswith("application/json"):
        return answer
    body = xml_body(answer.status, answer.body)
    if body is None:
        return answer
    return _Answer(answer.status, body, XML_CONTENT_TYPE, answer.headers)


def _counter_target(route: str) -> str:
    """What a request is counted under: the entity set name, ``$metadata`` or ``DbFile/GetFileContent``."""
    if route.lower().rstrip("/") == _FILE_CONTENT_PATH:
        return "DbFile/GetFileContent"
    match = _ENTITY_PATH.match(route)
    if match:
        entity = _SETS_BY_LOWER_NAME.get(match["set"].lower())
        if entity is not None:
            return entity.name
    return route


def _parse_key(text: str) -> uuid.UUID | None:
    text = text.strip()
    if text.lower().startswith("guid'"):
        text = text[4:]
    if len(text) >= 2 and text[0] == text[-1] == "'":
        text = text[1:-1]
    if text.lower().startswith("id="):
        text = text[3:]
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def _wants_minimal(prefer: str | None) -> bool:
    if not prefer:
        return False
    return any(part.strip().lower() == "return=minimal" for part in prefer.split(","))


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number")


def _content_disposition(file_name: str) -> str:
    ascii_name = file_name.encode("ascii", "replace").decode("ascii").replace("\\", "_").replace('"', "'")
    value = f'attachment; filename="{ascii_name}"'
    if ascii_name != file_name:
        value += f"; filename*=UTF-8''{quote(file_name, safe='')}"
    return value


def _method_not_allowed(allowed: str) -> _Answer:
    answer = web_api_error(405, f"The requested resource does not support this method (allowed: {allowed}).")
    answer.headers["Allow"] = allowed
    return answer


def _storage_error_answer(error: StorageError) -> _Answer:
    if isinstance(error, ValidationError):
        return web_api_error(error.status, error.message, error.model_state)
    if error.status == 404:
        return odata_error(404, "NotFound", error.message)
    return web_api_error(error.status, error.message)
