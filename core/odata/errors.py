"""What can go wrong when talking to Odyssee, as a small typed hierarchy.

Every error carries a one-line sentence a user understands (``str(error)``), the HTTP status
when there was an answer, the URL (never with credentials) and the raw detail (the server's
answer text, or the underlying network error) for an expandable "details" view.

    OdysseeError
    ├── BadUrlError            the base URL cannot work (not http/https, no host)
    ├── AuthenticationError    401 / 403
    ├── NotFoundError          404
    ├── ValidationError        400 / 422, with ``.fields``
    │   └── QueryTooLargeError a query over the server's node or length limit (400, 414, IIS 404.15)
    ├── ConflictError          409
    ├── RateLimitedError       429, with ``.retry_after``
    ├── ServerError            5xx
    ├── NetworkError           refused, reset, DNS, dropped connection
    │   └── TimeoutError       no answer within the timeout
    │       └── DeadlineExceededError  an answer still arriving after the deadline (never retried)
    ├── TlsError               the secure connection could not be set up
    ├── UnexpectedAnswerError  HTML, invalid JSON, JSON of the wrong shape, redirects, endless paging
    │   └── TooLargeError      a page or file over the client's size limit (nothing of it is kept)
    ├── ForeignNextLinkError   a next link pointing at another host (never followed)
    └── CancelledError         the user cancelled

``error_from_response`` turns any non-success answer into the right class; it reads both error
body shapes the API uses (``core/odyssee/DECISIONS.md`` D3) and falls back to the raw text, so
a malformed answer never turns into a KeyError or JSONDecodeError in the caller.

``Redactor`` takes the credentials out of any text a server sent (an error body quoting the
``Authorization`` header, a proxy's page) before it is shown, logged or stored.
"""
from __future__ import annotations

import base64
import binascii
import json
import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, Callable, Mapping
from urllib.parse import quote, quote_plus

import httpx

from core.errors import CancelledError, Sentence, UserError, sentence
from core.odyssee.model import entity_label

DETAIL_LIMIT = 4000
MESSAGE_EXCERPT = 300

_WHITESPACE = re.compile(r"\s+")
# How servers word a query over their limits: ASP.NET OData's MaxNodeCount, ASP.NET's
# maxQueryStringLength, IIS request filtering (404.15) and HTTP.sys / proxies.
_NODE_LIMIT = re.compile(r"node count limit of '(\d+)'|MaxNodeCount|node count", re.IGNORECASE)
_LENGTH_LIMIT = re.compile(
    r"query ?string (?:is )?too long|query string (?:for this request )?exceeds|maxQueryString"
    r"|(?:URL|URI|request line) (?:is )?too long|too long (?:URL|URI|query)",
    re.IGNORECASE,
)
_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.IGNORECASE | re.DOTALL)


def one_line(text: object) -> str:
    return _WHITESPACE.sub(" ", str(text)).strip()


def remade(message: str, change: Callable[[str], str]) -> str:
    """``change`` (one_line, a redaction) applied to a sentence's text. A Sentence stays one, its
    params changed the same way, when that gives the same text; otherwise the plain changed text."""
    text = change(str(message))
    if not isinstance(message, Sentence):
        return text
    if text == message:
        return message
    if message.count == 1:
        return text  # made from the singular template, which the Sentence does not keep
    params = {name: remade(value, change) if isinstance(value, str) else value for name, value in message.params.items()}
    try:
        again = message.code.format(**params)
    except (KeyError, IndexError, ValueError):
        return text
    if again != text:
        return text
    made = Sentence(again, message.code, **params)
    made.count = message.count
    return made


def safe_url(url: object) -> str:
    """The URL as text without any user:password part."""
    if url is None:
        return ""
    text = str(url)
    _scheme, separator, rest = text.partition("://")
    if separator and "@" not in rest.split("/", 1)[0]:
        return text  # nothing before an '@': no second URL parse on every request
    try:
        parsed = httpx.URL(text)
    except Exception:  # noqa: BLE001 - an unparsable URL is still shown, minus anything before '@'
        text = str(url)
        return re.sub(r"//[^/@]*@", "//", text)
    if parsed.userinfo:
        parsed = parsed.copy_with(username=None, password=None)
    return str(parsed)


class OdysseeError(UserError):
    """Base class. ``message`` is one readable line; ``detail`` the raw text behind it."""

    default_message = sentence("Odyssee could not handle the request.")

    def __init__(
        self,
        message: str | None = None,
        *,
        status: int | None = None,
        url: object = None,
        detail: str = "",
    ) -> None:
        super().__init__(remade(message or self.default_message, one_line), detail=(detail or "")[:DETAIL_LIMIT])
        self.status = status
        self.url = safe_url(url)

    def explanation(self) -> str:
        lines = [line for line in (self.url and f"URL: {self.url}", self.status and f"HTTP status: {self.status}") if line]
        return "\n".join([*lines, self.detail] if self.detail else lines)


class BadUrlError(OdysseeError, ValueError):
    default_message = sentence("The Odyssee address is not a valid http(s) URL.")


class AuthenticationError(OdysseeError):
    default_message = sentence("Odyssee refused the credentials.")


class NotFoundError(OdysseeError):
    default_message = sentence("Odyssee has no such record or address.")


class ValidationError(OdysseeError):
    """Odyssee refused the values; ``fields`` maps a field name to its messages."""

    default_message = sentence("Odyssee rejected the values.")

    def __init__(self, message: str | None = None, *, fields: Mapping[str, list[str]] | None = None, **kwargs: Any):
        super().__init__(message, **kwargs)
        self.fields: dict[str, list[str]] = {key: list(value) for key, value in (fields or {}).items()}


class QueryTooLargeError(ValidationError):
    """The server refused a query as too large: ``limit`` is "nodes" (too many ``$filter``
    nodes; ``max_nodes`` when the server named its limit) or "length" (query string too long)."""

    default_message = sentence("Odyssee refused the query as too large.")

    def __init__(self, message: str | None = None, *, limit: str, max_nodes: int | None = None, **kwargs: Any):
        super().__init__(message, **kwargs)
        self.limit = limit
        self.max_nodes = max_nodes


class ConflictError(OdysseeError):
    default_message = sentence("Odyssee reported a conflict with the record's current state.")


class RateLimitedError(OdysseeError):
    default_message = sentence("Odyssee is limiting the number of requests.")

    def __init__(self, message: str | None = None, *, retry_after: float | None = None, **kwargs: Any):
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(OdysseeError):
    default_message = sentence("Odyssee had an internal error.")


class NetworkError(OdysseeError):
    """No usable answer came. ``request_sent`` says whether the request may have reached the
    server (a dropped connection or read timeout) or certainly did not (refused, DNS)."""

    default_message = sentence("Could not reach Odyssee.")

    def __init__(self, message: str | None = None, *, request_sent: bool = True, **kwargs: Any):
        super().__init__(message, **kwargs)
        self.request_sent = request_sent


class TimeoutError(NetworkError):  # noqa: A001 - shadows the builtin only inside this module
    default_message = sentence("Odyssee did not answer in time.")


class DeadlineExceededError(TimeoutError):
    """An answer that kept arriving, slowly, past the client's deadline; sending it again would not help."""

    default_message = sentence("Odyssee's answer took too long in all.")


class TlsError(OdysseeError):
    default_message = sentence("The secure (TLS) connection to Odyssee could not be set up.")


class UnexpectedAnswerError(OdysseeError):
    default_message = sentence("Odyssee's answer was not what the assistant expected.")


class TooLargeError(UnexpectedAnswerError):
    """A page or file larger than the client accepts (``limit`` bytes); reading stopped there."""

    default_message = sentence("Odyssee's answer is larger than the assistant accepts.")

    def __init__(self, message: str | None = None, *, limit: int, **kwargs: Any):
        super().__init__(message, **kwargs)
        self.limit = limit


class ForeignNextLinkError(OdysseeError):
    """A next link that leaves the base URL's origin; nothing is ever sent there."""

    default_message = sentence("Odyssee's next-page link points to another server.")

    def __init__(self, message: str | None = None, *, host: str = "", **kwargs: Any):
        super().__init__(message, **kwargs)
        self.host = host


# ----------------------------------------------------------------------------------------------
# Keeping the credentials out of server text

REDACTED = "[redacted]"
# A shorter secret (a password "abc", a test's token) would also match ordinary words and
# numbers; it is still redacted as part of ``user:password@domain`` and of the header.
MIN_SECRET_LENGTH = 4
# Whatever credential follows "Authorization:" in a header quoted back, ours or a proxy's rewrite.
_QUOTED_HEADER = r"(?P<header>authorization[\"']?\s*[:=]\s*[\"']?)(?:basic|bearer|negotiate|ntlm|digest)\s+[A-Za-z0-9+/=._~%-]+"


class Redactor:
    """Takes the credentials out of text a server sent, before it is shown, logged or stored.

    Built from the ``Authorization`` value: the value, its token (with and without padding), the
    decoded ``user:password@domain`` and the password alone, each also as JSON and URL escapes
    write it, plus any credential quoted after "Authorization:". Case is ignored.
    """

    def __init__(self, authorization: str) -> None:
        secrets = {authorization.strip()}
        scheme, _, token = authorization.strip().partition(" ")
        token = token.strip()
        if token:
            secrets |= {token, token.rstrip("=")}
        if scheme.lower() == "basic" and token:
            try:
                credential = base64.b64decode(token, validate=True).decode("utf-8")
            except (binascii.Error, ValueError):
                credential = ""
            if credential:
                secrets.add(credential)
                password = credential.rpartition("@")[0].partition(":")[2]
                secrets.add(password)
        forms = {form for secret in secrets if len(secret) >= MIN_SECRET_LENGTH for form in _written_forms(secret)}
        alternatives = [re.escape(form) for form in sorted(forms, key=len, reverse=True)]
        self._pattern = re.compile("|".join([_QUOTED_HEADER, *alternatives]), re.IGNORECASE)
        # Plain substring tests first: the pattern is slow on long text, and nearly every text
        # (each request's URL goes through here) holds no secret at all. A form's longest run
        # of letters and digits is in the text whenever the form is, and the runs of the
        # forms of one secret are mostly the same: a handful of tests.
        runs = {_longest_run(form) for form in forms} | {"authorization"}
        self._clues = tuple(run for run in runs if not any(other != run and other in run for other in runs))

    def __call__(self, text: str) -> str:
        if not text:
            return text
        lowered = text.lower()
        if not any(clue in lowered for clue in self._clues):
            return text
        return self._pattern.sub(_redacted, text)

    def error(self, error: OdysseeError) -> OdysseeError:
        """``error`` with its sentence, URL, detail and field messages redacted (in place)."""
        error.message = remade(error.message, self)
        error.args = (error.message,)
        error.url = self(error.url)
        error.detail = self(error.detail)
        if isinstance(error, ValidationError):
            error.fields = {self(name): [self(message) for message in messages] for name, messages in error.fields.items()}
        return error


def _written_forms(secret: str) -> set[str]:
    """The secret as it may appear in a server's text: as is, JSON-escaped (also with ``\\/``, as
    .NET's serializers write it) and URL-encoded."""
    in_json = {json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1]}
    return {secret, *in_json, *(form.replace("/", "\\/") for form in in_json), quote(secret, safe=""), quote_plus(secret)}


def _longest_run(form: str) -> str:
    return max(re.findall(r"[0-9a-z]+", form.lower()) or [form.lower()], key=len)


def _redacted(match: re.Match[str]) -> str:
    return (match["header"] or "") + REDACTED


# ----------------------------------------------------------------------------------------------
# Reading error answers


def parse_error_body(text: str) -> tuple[str, dict[str, list[str]]]:
    """(message, fields) from either error body shape; ("", {}) when the body is neither.

    Web API: ``{"Message": ..., "ModelState": {"company.name": ["..."]}}``; the ``company.``
    prefix is the action parameter's name, not part of the field, and is dropped.
    OData: ``{"error": {"code", "message", "details": [{"target", "message"}]}}``.
    """
    try:
        body = json.loads(text) if text and text.lstrip()[:1] in "{[\"" else None
    except ValueError:
        return "", {}
    fields: dict[str, list[str]] = {}
    if not isinstance(body, dict):
        return (one_line(body) if isinstance(body, str) else ""), {}
    message = ""
    # ASP.NET Web API shape (keys are case-insensitive in practice)
    lowered = {str(key).lower(): value for key, value in body.items()}
    if isinstance(lowered.get("message"), str):
        message = lowered["message"]
    model_state = lowered.get("modelstate")
    if isinstance(model_state, dict):
        for key, messages in model_state.items():
            name = _field_name(str(key))
            items = messages if isinstance(messages, list) else [messages]
            fields.setdefault(name, []).extend(one_line(item) for item in items if item not in (None, ""))
    # OData shape
    error = lowered.get("error")
    if isinstance(error, dict):
        if isinstance(error.get("message"), str):
            message = error["message"]
        elif isinstance(error.get("message"), dict) and isinstance(error["message"].get("value"), str):
            message = error["message"]["value"]  # OData v3 / verbose JSON
        details = error.get("details")
        if isinstance(details, list):
            for item in details:
                if not isinstance(item, dict) or not item.get("message"):
                    continue
                name = _field_name(str(item.get("target") or ""))
                fields.setdefault(name, []).append(one_line(item["message"]))
    elif isinstance(error, str) and not message:
        message = error
    if not message and isinstance(lowered.get("error_description"), str):
        message = lowered["error_description"]
    return one_line(message), {key: value for key, value in fields.items() if value}


def _field_name(key: str) -> str:
    if "." in key and not key.startswith("$"):
        prefix, _, rest = key.partition(".")
        if prefix and rest:
            return rest
    return key


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


def is_html(content_type: str | None, text: str = "") -> bool:
    if content_type and "html" in content_type.lower():
        return True
    head = text.lstrip()[:64].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def text_excerpt(text: str, content_type: str | None = None) -> str:
    """A short readable excerpt of an answer body (tags stripped from HTML pages)."""
    if is_html(content_type, text):
        text = _TAGS.sub(" ", text)
    text = one_line(text)
    if len(text) > MESSAGE_EXCERPT:
        text = text[: MESSAGE_EXCERPT - 1] + "…"
    return text


def describe_fields(fields: Mapping[str, list[str]]) -> str:
    parts = []
    for name, messages in fields.items():
        joined = " ".join(m if m.endswith((".", "!", "?")) else m + "." for m in messages)
        parts.append(f"{name}: {joined}" if name else joined)
    return " ".join(parts)


def error_from_response(
    status: int,
    url: object,
    text: str,
    *,
    headers: Mapping[str, str] | None = None,
    entity: str | None = None,
    action: str = "request",
    record_id: object = None,
) -> OdysseeError:
    """The typed error for a non-success answer.

    ``action`` says what the request was for (``list``, ``get``, ``create``, ``update``,
    ``delete``, ``count``, ``download``, ``request``), so the sentence can name it.
    """
    headers = headers or {}
    content_type = headers.get("content-type", "")
    text = text or ""
    message, fields = parse_error_body(text)
    if not message and not fields:
        message = text_excerpt(text, content_type)
    where = safe_url(url)
    label = entity_label(entity)
    kwargs: dict[str, Any] = {"status": status, "url": where, "detail": text}
    reason = describe_fields(fields) or message

    if status in (401, 403):
        if status == 401:
            said = sentence(
                "Odyssee refused the credentials (401) for {url}: check the user name, "
                "password and domain, or the API key.",
                url=where,
            )
        else:
            said = sentence("Odyssee refused access (403) to {url}: the API user may not use this data.", url=where)
        return AuthenticationError(_with_reason(said, message), **kwargs)
    if status == 414 or status in (400, 404, 413) and _LENGTH_LIMIT.search(text):
        return QueryTooLargeError(
            sentence(
                "Odyssee refused the request because its address is too long ({status}): {url}…",
                status=status, url=where[:120],
            ),
            limit="length",
            **kwargs,
        )
    nodes = _NODE_LIMIT.search(text) if status == 400 else None
    if nodes:
        said = (
            sentence("Odyssee rejected the query as too large: {reason}", reason=reason) if reason
            else sentence("Odyssee rejected the query as too large.")
        )
        return QueryTooLargeError(said, limit="nodes", max_nodes=int(nodes[1]) if nodes[1] else None, **kwargs)
    if status == 404:
        if record_id is not None and action in ("get", "update", "delete", "download"):
            return NotFoundError(sentence("Odyssee has no {label} with id {id}.", label=label, id=record_id), **kwargs)
        said = sentence(
            "Odyssee does not know the address {url} (404): check the base URL and the entity name.", url=where
        )
        return NotFoundError(_with_reason(said, message), **kwargs)
    if status in (400, 422):
        if action in ("list", "count", "check", "request"):
            said = (
                sentence("Odyssee rejected the query: {reason}", reason=reason) if reason
                else sentence("Odyssee rejected the query ({status}).", status=status)
            )
        else:
            said = (
                sentence("Odyssee rejected the {label}: {reason}", label=label, reason=reason) if reason
                else sentence("Odyssee rejected the {label} ({status}).", label=label, status=status)
            )
        return ValidationError(said, fields=fields, **kwargs)
    if status == 409:
        said = (
            sentence("Odyssee reported a conflict for the {label}: {reason}", label=label, reason=reason) if reason
            else sentence("Odyssee reported a conflict for the {label} (409) at {url}.", label=label, url=where)
        )
        return ConflictError(said, **kwargs)
    if status == 405:
        doing = _DOING.get(action)
        if doing and message:
            said = sentence("Odyssee does not allow {doing} a {label} (405): {message}", doing=doing, label=label, message=message)
        elif doing:
            said = sentence("Odyssee does not allow {doing} a {label} (405).", doing=doing, label=label)
        elif message:
            said = sentence("Odyssee does not allow this request (405) at {url}: {message}", url=where, message=message)
        else:
            said = sentence("Odyssee does not allow this request (405) at {url}.", url=where)
        return OdysseeError(said, **kwargs)
    if status == 429:
        retry_after = parse_retry_after(headers.get("retry-after"))
        said = (
            sentence("Odyssee is limiting requests (429); it asks to wait {seconds:g} seconds.", seconds=retry_after)
            if retry_after is not None else sentence("Odyssee is limiting requests (429).")
        )
        return RateLimitedError(said, retry_after=retry_after, **kwargs)
    if status >= 500:
        if status == 503 and message:
            said = sentence("Odyssee is unavailable ({status}) at {url}: {message}", status=status, url=where, message=message)
        elif status == 503:
            said = sentence("Odyssee is unavailable ({status}) at {url}.", status=status, url=where)
        else:
            what = _SERVER_TROUBLE.get(status) or sentence("a server error")
            said = (
                sentence("Odyssee had {what} ({status}) at {url}: {message}", what=what, status=status, url=where, message=message)
                if message else sentence("Odyssee had {what} ({status}) at {url}.", what=what, status=status, url=where)
            )
        return ServerError(said, **kwargs)
    if 300 <= status < 400:
        location = headers.get("location", "")
        said = (
            sentence(
                "Odyssee answered with a redirect ({status}) to {location}; use that address as the base URL.",
                status=status, location=safe_url(location),
            )
            if location else sentence("Odyssee answered with a redirect ({status}).", status=status)
        )
        return UnexpectedAnswerError(said, **kwargs)
    said = (
        sentence("Odyssee answered {status} at {url}: {message}", status=status, url=where, message=message) if message
        else sentence("Odyssee answered {status} at {url}.", status=status, url=where)
    )
    return OdysseeError(said, **kwargs)


# What a 405 says the request was doing, by its action ("Odyssee does not allow deleting a job").
_DOING = {"delete": sentence("deleting"), "update": sentence("updating"), "create": sentence("creating")}
# What a 5xx other than 503 says Odyssee had ("Odyssee had a gateway error (502) at …").
_SERVER_TROUBLE = {500: sentence("an internal error"), 502: sentence("a gateway error"), 504: sentence("a gateway timeout")}


def _with_reason(said: str, reason: str) -> str:
    """``said`` with the server's short ``reason`` in parentheses after it."""
    if not reason:
        return said
    return sentence("{sentence} ({reason})", sentence=said, reason=reason.rstrip(".")) if len(reason) < 160 else said


__all__ = [
    "AuthenticationError",
    "BadUrlError",
    "CancelledError",
    "ConflictError",
    "DeadlineExceededError",
    "ForeignNextLinkError",
    "NetworkError",
    "NotFoundError",
    "OdysseeError",
    "QueryTooLargeError",
    "RateLimitedError",
    "Redactor",
    "ServerError",
    "TimeoutError",
    "TlsError",
    "TooLargeError",
    "UnexpectedAnswerError",
    "ValidationError",
    "error_from_response",
    "parse_error_body",
    "parse_retry_after",
]
