"""Error answers become typed errors with one readable line, whatever the body looks like."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime as http_date

import pytest

from core.odata.errors import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    OdysseeError,
    QueryTooLargeError,
    RateLimitedError,
    Redactor,
    ServerError,
    UnexpectedAnswerError,
    ValidationError,
    error_from_response,
    parse_error_body,
    parse_retry_after,
    safe_url,
)

URL = "https://developers.wello.solutions/api/Company"


def test_web_api_shape_gives_fields_and_the_documented_sentence():
    body = json.dumps(
        {
            "Message": "The request is invalid.",
            "ModelState": {"company.name": ["The field name must be a string with a maximum length of 64."]},
        }
    )
    error = error_from_response(400, URL, body, entity="Company", action="create")
    assert isinstance(error, ValidationError)
    assert error.fields == {"name": ["The field name must be a string with a maximum length of 64."]}
    assert str(error) == (
        "Odyssee rejected the company: name: The field name must be a string with a maximum length of 64."
    )
    assert error.status == 400 and error.url == URL and error.detail == body


def test_odata_shape_gives_fields_from_details():
    body = json.dumps(
        {
            "error": {
                "code": "InvalidQuery",
                "message": "Unknown field 'nme'",
                "details": [{"target": "$filter", "message": "Unknown field 'nme'"}],
            }
        }
    )
    error = error_from_response(400, URL + "?$filter=nme%20eq%20'x'", body, entity="Company", action="list")
    assert isinstance(error, ValidationError)
    assert error.fields == {"$filter": ["Unknown field 'nme'"]}
    assert str(error) == "Odyssee rejected the query: $filter: Unknown field 'nme'."


def test_odata_shape_without_details_uses_the_message():
    body = json.dumps({"error": {"code": "X", "message": "The code 'NOPE' matches no company."}})
    error = error_from_response(422, URL, body, entity="Project", action="create")
    assert isinstance(error, ValidationError)
    assert error.fields == {}
    assert str(error) == "Odyssee rejected the project: The code 'NOPE' matches no company."


@pytest.mark.parametrize(
    "body",
    [
        "",
        "not json at all",
        "{broken json",
        "[1, 2, 3]",
        '{"ModelState": "not a mapping", "Message": 5}',
        '{"error": ["odd"]}',
        '{"error": {"details": "nope", "message": {"value": "v3 style"}}}',
        "<html><body><h1>Bad Request</h1></body></html>",
        '"just a string"',
        "null",
    ],
)
def test_malformed_bodies_never_crash_and_stay_on_one_line(body):
    for status in (400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 418):
        error = error_from_response(status, URL, body, headers={"content-type": "text/plain"})
        assert isinstance(error, OdysseeError)
        assert "\n" not in str(error)
        assert str(error)


def test_each_status_has_its_class():
    cases = {
        401: AuthenticationError,
        403: AuthenticationError,
        404: NotFoundError,
        400: ValidationError,
        422: ValidationError,
        409: ConflictError,
        429: RateLimitedError,
        500: ServerError,
        503: ServerError,
        302: UnexpectedAnswerError,
    }
    for status, kind in cases.items():
        assert type(error_from_response(status, URL, "")) is kind, status


def test_not_found_names_the_record_when_there_is_one():
    error = error_from_response(404, URL + "(x)", "", entity="JobApproval", action="get", record_id="abc")
    assert str(error) == "Odyssee has no job approval with id abc."
    error = error_from_response(404, "https://h/api/Nope", "", entity="Nope", action="list")
    assert "https://h/api/Nope" in str(error) and "base URL" in str(error)


def test_html_error_page_is_reduced_to_its_text():
    page = "<html><head><style>p{}</style></head><body><h1>Service Unavailable</h1>\n<p>Try later</p></body></html>"
    error = error_from_response(503, URL, page, headers={"content-type": "text/html"})
    assert isinstance(error, ServerError)
    assert "Service Unavailable Try later" in str(error)
    assert "<" not in str(error)


def test_rate_limited_carries_retry_after():
    error = error_from_response(429, URL, "", headers={"retry-after": "7"})
    assert isinstance(error, RateLimitedError)
    assert error.retry_after == 7
    assert "7 seconds" in str(error)


def test_retry_after_as_seconds_or_http_date():
    now = datetime(2024, 5, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert parse_retry_after("3", now=now) == 3
    assert parse_retry_after(http_date(now + timedelta(seconds=90), usegmt=True), now=now) == 90
    assert parse_retry_after(http_date(now - timedelta(seconds=90), usegmt=True), now=now) == 0
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after("", now=now) is None
    assert parse_retry_after(None) is None


def test_urls_lose_credentials():
    assert safe_url("https://user:secret@host/api/Company") == "https://host/api/Company"
    error = error_from_response(500, "https://user:secret@host/api/Company", "boom")
    assert "secret" not in str(error) and "secret" not in error.url


def test_parse_error_body_handles_lower_case_web_api_keys():
    message, fields = parse_error_body('{"message": "bad", "modelState": {"x.code": ["too long"]}}')
    assert message == "bad"
    assert fields == {"code": ["too long"]}


# ----------------------------------------------------------------------------------------------
# Redaction

SECRET_HEADER = "Basic QVBJVXNlcjpTM2NyZXQvKz1AVEVTVEFQSQ=="  # APIUser:S3cret/+=@TESTAPI


@pytest.mark.parametrize(
    "text",
    [
        "Authorization: Basic QVBJVXNlcjpTM2NyZXQvKz1AVEVTVEFQSQ==",
        "token qvbjvxnlcjptm2nyzxqvkz1avevtvefqsq (case changed by a proxy)",
        "no padding QVBJVXNlcjpTM2NyZXQvKz1AVEVTVEFQSQ here",
        "user APIUser:S3cret/+=@TESTAPI",
        '{"Message": "bad password S3cret\\/+="}',
        "query ?pw=S3cret%2F%2B%3D",
        "form pw=S3cret%2F%2B%3D&x",
        "<pre>authorization = 'Negotiate YIIFzgYGKwYBBQUCoIIFwjCCBb6gMDAu'</pre>",
    ],
)
def test_every_written_form_of_the_credentials_is_redacted(text):
    redacted = Redactor(SECRET_HEADER)(text)
    assert "[redacted]" in redacted
    for secret in ("QVBJVXNlcjpTM2NyZXQvKz1AVEVTVEFQSQ", "S3cret/+=", "S3cret%2F", "YIIFzgYG", "S3cret\\/"):
        assert secret.lower() not in redacted.lower()


def test_text_without_secrets_is_left_alone_and_short_secrets_only_in_their_full_forms():
    redactor = Redactor("Basic " + __import__("base64").b64encode(b"api:abc@DOM").decode())
    assert redactor("Company abc has 3 rows") == "Company abc has 3 rows"  # 'abc' alone is too short to tell
    assert redactor("login api:abc@DOM refused") == "login [redacted] refused"
    error = ValidationError("Odyssee rejected api:abc@DOM", fields={"api:abc@DOM": ["api:abc@DOM"]}, detail="api:abc@DOM")
    redactor.error(error)
    assert (str(error), error.detail, error.fields) == ("Odyssee rejected [redacted]", "[redacted]", {"[redacted]": ["[redacted]"]})


@pytest.mark.parametrize(
    ("status", "body", "limit", "max_nodes"),
    [
        (400, '{"error": {"message": "The node count limit of \'100\' has been exceeded."}}', "nodes", 100),
        (400, '{"Message": "The query has exceeded the MaxNodeCount."}', "nodes", None),
        (414, "", "length", None),
        (404, "HTTP Error 404.15: the query string is too long.", "length", None),
        (400, "Bad Request - Request URL Too Long", "length", None),
    ],
)
def test_a_query_over_the_servers_limits_is_recognised(status, body, limit, max_nodes):
    error = error_from_response(status, URL, body, entity="Company", action="list")
    assert isinstance(error, QueryTooLargeError) and isinstance(error, ValidationError)
    assert (error.limit, error.max_nodes) == (limit, max_nodes)
