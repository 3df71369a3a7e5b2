"""Diagnostics: what went wrong with the connection to Odyssee, in one sentence a user can act on.

- ``network_error()`` turns a failure on the wire into the typed error the transport raises:
  a TLS failure with its reason (an untrusted certificate, plain http on an https port, a
  certificate for another host), an unknown host (DNS), a refused connection, each timeout.
- The **connection check** (``check_connection``, ``check_profile_connection``, and
  ``OdysseeClient.check_connection`` for a client already open) tells a wrong address, an
  unreachable server, a TLS problem and wrong credentials apart, with one ``GET User?$top=1``
  (and a look at ``$metadata`` when that list is missing).
"""
from __future__ import annotations

import dataclasses
import socket
import ssl
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Literal

import httpx

from core.errors import sentence
from core.odata.errors import (
    AuthenticationError,
    BadUrlError,
    NetworkError,
    OdysseeError,
    TimeoutError,
    TlsError,
    UnexpectedAnswerError,
    is_html,
    remade,
    safe_url,
)
from core.odata.paging import page_from
from core.odata.query import Query

if TYPE_CHECKING:
    from core.odata.client import OdysseeClient
    from core.odata.transport import Transport

ConnectionKind = Literal["ok", "bad_url", "unreachable", "tls", "credentials", "unexpected"]


@dataclass(frozen=True)
class ConnectionCheck:
    ok: bool
    kind: ConnectionKind
    message: str


# ----------------------------------------------------------------------------------------------
# Failures on the wire


def network_error(error: httpx.HTTPError, url: str, *, connect_timeout: float, timeout: float) -> OdysseeError:
    """The typed error for httpx's ``error`` on a request to ``url``; ``request_sent`` says
    whether the request may have reached the server (what a retry must take into account)."""
    where = safe_url(url)
    parsed = httpx.URL(url)
    host = parsed.host + (f":{parsed.port}" if parsed.port else "")
    detail = f"{type(error).__name__}: {error}"
    if _is_tls_failure(error):
        reason = _tls_reason(error)
        return TlsError(
            sentence(
                "The secure connection to {host} failed: {reason}. If your company uses its own "
                "certificates, set a CA bundle in the profile.",
                host=host, reason=reason,
            ),
            url=where,
            detail=detail,
        )
    if isinstance(error, httpx.TimeoutException):
        if isinstance(error, httpx.ConnectTimeout):
            said = sentence(
                "Could not connect to Odyssee at {host} within {seconds:g} seconds ({url}).",
                host=host, seconds=connect_timeout, url=where,
            )
            sent = False
        elif isinstance(error, httpx.PoolTimeout):
            said = sentence("No free connection to Odyssee within {seconds:g} seconds ({url}).", seconds=timeout, url=where)
            sent = False
        else:
            said = sentence("Odyssee did not answer within {seconds:g} seconds ({url}).", seconds=timeout, url=where)
            sent = True
        return TimeoutError(said, url=where, detail=detail, request_sent=sent)
    if isinstance(error, httpx.ConnectError):
        if _caused_by(error, socket.gaierror) or "name or service not known" in str(error).lower():
            said = sentence(
                "Could not find the server {host} (DNS): check the base URL and the network.", host=parsed.host
            )
        elif _caused_by(error, ConnectionRefusedError) or "refused" in str(error).lower():
            said = sentence("Odyssee at {host} refused the connection: is the address right and the server up?", host=host)
        else:
            said = sentence("Could not connect to Odyssee at {host}: {why}", host=host, why=_first_line(error))
        return NetworkError(said, url=where, detail=detail, request_sent=False)
    if isinstance(error, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return BadUrlError(sentence("The Odyssee address is not usable: {url}", url=where), url=where, detail=detail)
    if isinstance(error, httpx.DecodingError):
        return UnexpectedAnswerError(
            sentence("Odyssee's answer could not be decoded ({url}).", url=where), url=where, detail=detail
        )
    if isinstance(error, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        return NetworkError(
            sentence("The connection to Odyssee was closed before it answered ({url}).", url=where),
            url=where,
            detail=detail,
            request_sent=True,
        )
    return NetworkError(
        sentence("Could not talk to Odyssee ({url}): {why}", url=where, why=_first_line(error)), url=where, detail=detail
    )


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
        if detail and len(detail) < 80:
            return sentence("the server's certificate is not trusted ({detail})", detail=detail)
        return sentence("the server's certificate is not trusted")
    if "WRONG_VERSION_NUMBER" in text or "wrong version number" in text:
        return sentence("the server does not speak TLS on this port (is it http:// rather than https://?)")
    if "hostname" in text.lower() and "match" in text.lower():
        return sentence("the certificate is for another host name")
    return _first_line(error)


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


# ----------------------------------------------------------------------------------------------
# The connection check

# What an error raised before any answer came says about the connection; anything else is
# "unexpected".
_FAILURE_KINDS: tuple[tuple[type[OdysseeError], ConnectionKind], ...] = (
    (TlsError, "tls"),
    (NetworkError, "unreachable"),
    (BadUrlError, "bad_url"),
    (AuthenticationError, "credentials"),  # refused earlier: nothing was sent
)


def check_connection(base_url: str, *, auth_header: str, **options: Any) -> ConnectionCheck:
    """``OdysseeClient(...).check_connection()``, also reporting an unusable base URL."""
    return _checked(lambda client_class: client_class(base_url, auth_header=auth_header, **options))


def check_profile_connection(profile: Any, *, auth_header: str, **options: Any) -> ConnectionCheck:
    """``check_connection`` for a ``core.settings.Profile``."""
    return _checked(lambda client_class: client_class.from_profile(profile, auth_header=auth_header, **options))


def _checked(open_client: Callable[[type["OdysseeClient"]], "OdysseeClient"]) -> ConnectionCheck:
    # Imported when a check is made, not at the top: the client's transport imports this module
    # for its failure sentences, so a top-level import would be circular.
    from core.odata.client import OdysseeClient

    try:
        client = open_client(OdysseeClient)
    except (BadUrlError, TlsError) as error:
        return _failed_check(error)
    with client:
        return client.check_connection()


def check(transport: "Transport") -> ConnectionCheck:
    """The connection check over an open transport; the message never holds the credentials."""
    result = _check(transport)
    return dataclasses.replace(result, message=remade(result.message, transport.redact))


def _check(transport: "Transport") -> ConnectionCheck:
    url = transport.collection_url("User", Query(select=("id",), top=1))
    try:
        attempts = min(2, transport.retry.max_attempts)
        response = transport.call("GET", url, entity="User", action="check", attempts=attempts)[0]
    except OdysseeError as error:
        return _failed_check(error)
    status = response.status_code
    if status in (401, 403):
        return ConnectionCheck(False, "credentials", transport.error(response, "User", "check").message)
    if 300 <= status < 400:
        return ConnectionCheck(False, "bad_url", transport.error(response, "User", "check").message)
    if status == 404:
        return _check_api_root(transport)
    if not response.is_success:
        return ConnectionCheck(False, "unexpected", transport.error(response, "User", "check").message)
    if is_html(response.headers.get("content-type"), response.content[:200].decode("utf-8", "replace")):
        # A captive portal or a misrouted proxy as often as a wrong address.
        return ConnectionCheck(
            False,
            "unexpected",
            sentence(
                "{url} answers with a web page, not the Odyssee API: check the base URL "
                "(it usually ends in /api) and any proxy or network sign-in page.",
                url=transport.base_url,
            ),
        )
    try:
        page_from(transport, response, "User")
    except UnexpectedAnswerError as error:
        return ConnectionCheck(False, "unexpected", error.message)
    return ConnectionCheck(True, "ok", sentence("Connected to Odyssee at {url}.", url=transport.base_url))


def _check_api_root(transport: "Transport") -> ConnectionCheck:
    metadata = f"{transport.base_url}/$metadata"
    try:
        response = transport.call("GET", metadata, entity="", action="check", attempts=1)[0]
    except OdysseeError as error:
        return ConnectionCheck(False, "unexpected", error.message)
    if response.status_code == 404:
        return ConnectionCheck(
            False,
            "bad_url",
            sentence(
                "Nothing answers at {url}: the path looks wrong (the base URL usually ends in /api).",
                url=transport.base_url,
            ),
        )
    return ConnectionCheck(
        False, "unexpected", sentence("Odyssee at {url} answers, but has no User list (404).", url=transport.base_url)
    )


def _failed_check(error: OdysseeError) -> ConnectionCheck:
    kind = next((kind for error_class, kind in _FAILURE_KINDS if isinstance(error, error_class)), "unexpected")
    return ConnectionCheck(False, kind, error.message)


__all__ = ["ConnectionCheck", "ConnectionKind", "check_connection", "check_profile_connection", "network_error"]
