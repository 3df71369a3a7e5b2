"""A web service that takes completed work: one signed ``POST`` per approval to an ``https://`` URL.

The body is the document the folder target writes as JSON (:func:`core.sync.targets.folder.json_document`),
and each POST carries three headers:

- ``Idempotency-Key: <approval id>:<its modified_dateutc>``. The same approval at the same version
  always has the same key, so a POST repeated (a retry after a dropped connection, or the whole
  export again after a crash between the answer and the journal) is one the receiver answers as a
  no-op. A newer version of the approval has a new key and is delivered anew. That is this target's
  share of the engine's exactly-once bookkeeping: it stages nothing (``settle`` is always False).
- ``X-Odyssee-Timestamp``: Unix seconds when the attempt was signed, so a receiver can refuse an
  old message replayed.
- ``X-Odyssee-Signature: sha256=<hex>``: HMAC-SHA256, under the shared secret, of the timestamp, a
  ``.``, and the exact body bytes. The receiver computes the same and compares.

The secret is the one the keyring keeps for the profile's export target (its own entry, which
``odyssee-sync login --export`` saves). It is never logged, never put in a message, and cut out
of any answer quoted.

Answers: any 2xx is delivered. 5xx, 429 and dropped connections or timeouts are tried again, a
few times with exponential backoff (honouring ``Retry-After`` up to a cap); when they go on, the
run stops (the service is down and every approval would fail alike; the next export tries again).
A 401 stops it too: the receiver has another secret. Any other 4xx holds that approval back with
the receiver's status and the first line of its answer.

Plain ``http://`` is refused except to this computer (``localhost``, ``127.0.0.1``, ``::1``): the
body carries customer names and remarks.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import time
from typing import TYPE_CHECKING, Callable
from urllib.parse import urlsplit

import httpx

from core import credentials
from core.errors import sentence
from core.odata.errors import parse_retry_after, text_excerpt
from core.odata.transport import USER_AGENT, RetryPolicy
from core.sync.targets.base import ExportTargetError, PreparedExport, TargetKind
from core.sync.targets.folder import json_document

if TYPE_CHECKING:
    from core.sync.export import ReadyApproval

log = logging.getLogger(__name__)

WEB_SCHEMES = ("https", "http")
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
IDEMPOTENCY_HEADER = "Idempotency-Key"
TIMESTAMP_HEADER = "X-Odyssee-Timestamp"
SIGNATURE_HEADER = "X-Odyssee-Signature"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Few attempts and short waits: an approval that cannot go now waits for the next export anyway.
DEFAULT_RETRY = RetryPolicy(
    max_attempts=4, base_delay=0.5, max_delay=8.0, max_retry_after=30.0,
    retry_statuses=frozenset({429, *range(500, 600)}),
)


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """The ``X-Odyssee-Signature`` value of a body signed at ``timestamp``."""
    digest = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


def idempotency_key(item: ReadyApproval) -> str:
    return f"{item.id}:{item.modified}"


class WebhookTarget:
    """Posts each approval, signed, to one URL (see the module docstring)."""

    def __init__(
        self,
        url: str,
        *,
        secret: str | None,
        retry: RetryPolicy = DEFAULT_RETRY,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.url = checked_url(url)
        self._where = _host_text(self.url)
        if not secret:
            raise ExportTargetError(sentence(
                "No secret is saved to sign what goes to the web service at {where}: save it with "
                "`odyssee-sync login --export`, the same secret the service has.",
                where=self._where,
            ), fatal=True)
        self._secret = secret
        self._retry = retry
        self._timeout = timeout
        self._sleep = sleep
        self._http: httpx.Client | None = None  # opened by the first POST: describing needs none

    def __repr__(self) -> str:  # never the secret
        return f"<WebhookTarget {self.describe()}>"

    def describe(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{self._where}{parts.path}"  # no query: it may hold a token

    def prepare(self, item: ReadyApproval, exported_at: str) -> PreparedExport:
        return PreparedExport(item, exported_at)  # nothing to stage: the POST is all or nothing

    def deliver(self, prepared: PreparedExport) -> None:
        item = prepared.item
        body = json_document(item, prepared.exported_at)
        failures = 0
        while True:
            try:
                response = self._post(body, idempotency_key(item))
            except httpx.TransportError as error:
                problem = _first_line(str(error)) or type(error).__name__
                retry_after = None
            else:
                if response.is_success:
                    return
                if response.status_code not in self._retry.retry_statuses:
                    raise self._refusal(item, response)
                problem = _status_text(response)
                retry_after = parse_retry_after(response.headers.get("retry-after"))
            failures += 1
            if failures >= self._retry.max_attempts:
                # Down or overloaded for every approval alike: the run stops, and the next export tries again.
                raise ExportTargetError(sentence(
                    "The web service at {where} did not take {label} after {count} attempts "
                    "(the last: {problem}); the next export tries again.",
                    where=self._where, label=item.label, count=failures, problem=problem,
                ), fatal=True)
            wait = self._retry.wait_after(failures, retry_after)
            log.warning("POST of approval %s to %s: %s; again in %.1f s", item.id, self._where, problem, wait)
            self._sleep(wait)

    def settle(self, delivery) -> bool:
        return False  # stages nothing; the idempotency key makes a repeat harmless

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def _post(self, body: bytes, key: str) -> httpx.Response:
        if self._http is None:
            self._http = httpx.Client(timeout=self._timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT})
        timestamp = str(int(time.time()))
        return self._http.post(self.url, content=body, headers={
            "Content-Type": "application/json; charset=utf-8",
            IDEMPOTENCY_HEADER: key,
            TIMESTAMP_HEADER: timestamp,
            SIGNATURE_HEADER: signature(self._secret, timestamp, body),
        })

    def _refusal(self, item: ReadyApproval, response: httpx.Response) -> ExportTargetError:
        status = _status_text(response)
        said = text_excerpt(_first_line(response.text).replace(self._secret, "…"), response.headers.get("content-type"))
        where = self._where
        if response.status_code == 401 and said:
            return ExportTargetError(sentence(
                "The web service at {where} refused the signature ({status}: {said}): it has another secret than "
                "the one saved for this profile; save the same one with `odyssee-sync login --export`.",
                where=where, status=status, said=said,
            ), fatal=True)
        if response.status_code == 401:
            return ExportTargetError(sentence(
                "The web service at {where} refused the signature ({status}): it has another secret than "
                "the one saved for this profile; save the same one with `odyssee-sync login --export`.",
                where=where, status=status,
            ), fatal=True)
        if 400 <= response.status_code < 500 and said:
            return ExportTargetError(sentence(
                "The web service at {where} refused approval {id} ({label}): {status}: {said}",
                where=where, id=item.id, label=item.label, status=status, said=said,
            ))
        if 400 <= response.status_code < 500:
            return ExportTargetError(sentence(
                "The web service at {where} refused approval {id} ({label}): {status}",
                where=where, id=item.id, label=item.label, status=status,
            ))
        where_to = urlsplit(response.headers.get("location") or "")._replace(query="", fragment="").geturl()
        if 300 <= response.status_code < 400 and where_to:
            return ExportTargetError(sentence(
                "The web service at {where} answered {status} (to {where_to}: put that address in export_to), "
                "which is not a delivery.",
                where=where, status=status, where_to=where_to,
            ), fatal=True)
        return ExportTargetError(sentence(
            "The web service at {where} answered {status}, which is not a delivery.", where=where, status=status,
        ), fatal=True)


def checked_url(text: str) -> str:
    """The URL if completed work may be posted there; else ExportTargetError, one sentence."""
    text = text.strip()
    not_a_url = ExportTargetError(
        sentence("The web service address {address} is not a URL like https://host.example/path.", address=text), fatal=True,
    )
    try:
        parts = urlsplit(text)
        host = parts.hostname
        _ = parts.port  # a port that is not a number raises ValueError here
    except ValueError:
        raise not_a_url from None
    if parts.scheme.lower() not in WEB_SCHEMES or not host:
        raise not_a_url
    if parts.username or parts.password:
        raise ExportTargetError(sentence(
            "The web service address must not hold a user or password: the secret that signs each POST is kept "
            "in the keyring (`odyssee-sync login --export`)."
        ), fatal=True)
    if parts.scheme.lower() == "http" and host not in LOOPBACK_HOSTS:
        raise ExportTargetError(sentence(
            "The web service address {address} is plain http, which would send customer data unencrypted: use an "
            "https:// address (http:// is accepted only to this computer: localhost, 127.0.0.1 or ::1).",
            address=text,
        ), fatal=True)
    return text


def _host_text(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{parts.port}" if parts.port else host


def _status_text(response: httpx.Response) -> str:
    return f"{response.status_code} {response.reason_phrase}".strip()


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _recognises(text: str) -> bool:
    return urlsplit(text).scheme.lower() in WEB_SCHEMES


def _open(text: str, *, export_format: str = "", secret: str | None = None) -> WebhookTarget:
    return WebhookTarget(text, secret=secret)


def _describe(text: str, _export_format: str) -> str:
    try:
        where = _host_text(text)
    except ValueError:  # not a usable URL: said when it is used
        where = ""
    return sentence("web service at {where} (signed POST)", where=where or text)


KIND = TargetKind(
    name="web service", recognises=_recognises, open=_open, describe=_describe,
    needs_secret=lambda _text: True, secret_of=credentials.export_secret_for, normalise=checked_url,
)
