"""The client against deliberately broken servers: it ends each attack in one typed error, with
bounded memory, time and requests, and never lets the credentials out.

The hostile servers are real loopback sockets (``tests.helpers.hostile``); the simulator
serves where it can produce the behaviour.
"""
from __future__ import annotations

import base64
import hashlib
import io
import itertools
import json
import logging
import tracemalloc
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.cli import EXIT_FAILED, EXIT_OK, main
from core.odata import OdysseeClient
from core.odata.downloads import _Base64InJson
from core.odata.errors import (
    AuthenticationError,
    DeadlineExceededError,
    TooLargeError,
    UnexpectedAnswerError,
    ValidationError,
)
from core.odata.query import Query
from core.odata.transport import MB
from core.simulator.server import Simulator
from core.sync.batched_reads import ChangedRows
from core.sync.watermark import WatermarkCursor
from tests.helpers.hostile import Reply
from tests.helpers.odata_client import PASSWORD, QUICK_RETRY, companies

KEY = "Basic " + base64.b64encode(f"APIUser:{PASSWORD}@TESTAPI".encode()).decode()


def json_reply(document: object, status: int = 200) -> Reply:
    return Reply(status=status, body=json.dumps(document).encode())


def peak_of(action) -> tuple[object, int]:
    """What ``action()`` returned or raised, and the peak of memory traced meanwhile."""
    tracemalloc.start()
    try:
        try:
            outcome = action()
        except Exception as error:  # noqa: BLE001 - the test looks at it
            outcome = error
        return outcome, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def endless(chunk: bytes, head: bytes = b""):
    yield head
    while True:
        yield chunk


def test_every_request_says_odata_version_4_0(hostile):
    server = hostile(lambda request: json_reply({"value": []}))
    with OdysseeClient(server.base_url, auth_header=KEY) as client:
        list(client.list("Company"))
    assert server.requests[0].headers["odata-version"] == "4.0"



def test_a_cookie_the_server_sets_is_never_sent_back(hostile):
    """A proxy or load balancer may set a cookie; Basic auth needs none, so none follows a request."""
    server = hostile(lambda request: Reply(
        body=json.dumps({"value": []}).encode(),
        headers={"Set-Cookie": "session=abc123; Path=/", "Set-Cookie2": "balancer=node-2"},
    ))
    with OdysseeClient(server.base_url, auth_header=KEY) as client:
        for _ in range(3):
            list(client.list("Company"))
        assert len(client._transport._http.cookies) == 0
    assert len(server.requests) == 3
    assert all("cookie" not in request.headers for request in server.requests)

# ----------------------------------------------------------------------------------------------
# Size


def test_an_endless_page_stops_at_the_page_limit_with_flat_memory(hostile):
    row = json.dumps({"id": str(uuid.UUID(int=1)), "name": "x" * 4000}).encode() + b","
    server = hostile(lambda request: Reply(body=endless(row * 16, b'{"value":[')))
    with OdysseeClient(server.base_url, auth_header=KEY, max_page_bytes=2 * MB, retry=QUICK_RETRY) as client:
        error, peak = peak_of(lambda: list(client.list("Company")))
    assert isinstance(error, TooLargeError)
    assert str(error).startswith("Odyssee's answer is larger than 2 MB, more than the assistant reads at once")
    assert len(server.requests) == 1  # not sent again
    assert peak < 5 * MB, peak


def test_a_huge_error_page_is_read_for_its_first_words_only(hostile):
    page = b"<html><body><h1>Proxy error</h1>" + b"<p>lorem ipsum</p>" * 10
    server = hostile(lambda request: Reply(status=502, body=endless(b"<p>padding</p>" * 4000, page), content_type="text/html"))
    with OdysseeClient(server.base_url, auth_header=KEY, retry=QUICK_RETRY) as client:
        error, peak = peak_of(lambda: client.count("Company"))
    assert str(error).startswith("Odyssee had a gateway error (502)")
    assert "Proxy error" in str(error)
    assert peak < 2 * MB, peak


def test_a_file_over_the_limit_is_refused_before_or_while_it_streams(hostile, tmp_path):
    declared = b"%PDF-" + b"x" * (3 * MB)
    server = hostile(lambda request: Reply(body=declared if "declared" in request.path else endless(b"x" * 65536, b"%PDF-"),
                                           content_type="application/pdf"))
    with OdysseeClient(server.base_url, auth_header=KEY, max_file_bytes=1 * MB, retry=QUICK_RETRY) as client:
        file_id = uuid.uuid4()
        error, peak = peak_of(lambda: client.download_file(file_id, tmp_path / "a.pdf", expect_prefix=b"%PDF-"))
        assert isinstance(error, TooLargeError) and error.limit == MB
        assert str(error) == f"Odyssee's file {file_id} is larger than 1 MB, the most the profile accepts; it was not kept."
        assert peak < 2 * MB, peak
        server.script = lambda request: Reply(body=declared, content_type="application/pdf")
        with pytest.raises(TooLargeError):
            client.download_file(file_id, tmp_path / "a.pdf")
        assert client.log.records()[-1].bytes_received == 0  # refused on its Content-Length
    assert list(tmp_path.iterdir()) == []


def base64_answer(pattern: bytes, repeats: int):
    """``{"id": …, "file_content": "<Base64 of pattern * repeats>"}``, produced piece by piece."""
    encoded = base64.b64encode(pattern)
    yield b'{"id": "c9083c22-7da7-4161-977b-e28aa82f98ea", "file_name": "a.pdf", "file_content": "'
    for _ in range(repeats):
        yield encoded
    yield b'", "mime_type": "application/pdf"}'


def test_a_150_mb_base64_answer_is_decoded_as_it_streams_in_with_flat_memory(hostile, tmp_path):
    pattern = b"%PDF-" + bytes(range(256)) * 192 + b"e"  # 49,158 bytes: a multiple of 3, so its Base64 repeats
    repeats = 150 * 1000 * 1000 // len(pattern)
    server = hostile(lambda request: Reply(body=base64_answer(pattern, repeats)))
    expected = hashlib.sha256()
    for _ in range(repeats):
        expected.update(pattern)
    with OdysseeClient(server.base_url, auth_header=KEY, retry=QUICK_RETRY) as client:
        result, peak = peak_of(lambda: client.download_file(uuid.uuid4(), tmp_path / "big.pdf", expect_prefix=b"%PDF-"))
    assert result.size == len(pattern) * repeats > 150 * 1000 * 1000 - len(pattern)
    assert result.sha256 == expected.hexdigest()
    assert peak < 8 * MB, peak


@settings(max_examples=200, deadline=None)
@given(
    data=st.binary(max_size=300),
    cuts=st.lists(st.integers(min_value=0, max_value=2000), max_size=12),
    style=st.sampled_from(["key", "bare", "escaped", "late key"]),
)
def test_base64_in_json_gives_the_bytes_back_however_the_answer_is_cut(data, cuts, style):
    text = base64.b64encode(data).decode()
    if style == "escaped":  # how other JSON encoders write it: \/, \u002B, MIME line breaks
        text = "\r\n".join(text[i : i + 8] for i in range(0, len(text), 8))
        answer = json.dumps({"file_content": text}).replace("/", "\\/").replace("+", "\\u002B").encode()
    elif style == "bare":
        answer = json.dumps(text).encode()
    elif style == "late key":
        answer = json.dumps({"name": "a \"b\" \\ c", "list": [{"content": "no"}], "n": 1, "content": text}).encode()
    else:
        answer = json.dumps({"file_content": text, "content": "ignored"}).encode()
    written = []
    decoder = _Base64InJson(written.append, ("file_content", "content"), "none", "x")
    edges = sorted({0, len(answer), *(cut % (len(answer) + 1) for cut in cuts)})
    for start, end in zip(edges, edges[1:]):
        decoder.feed(answer[start:end])
    decoder.finish()
    assert b"".join(written) == data


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        (b'{"file_content": "QUJD', "is not valid JSON"),
        (b'{"file_content": "QUJ*"}', "is not valid Base64"),
        (b'{"file_content": "QUJD=QUJD"}', "is not valid Base64"),
        (b'{"name": "a.pdf", "file_content": 5}', "carries no content"),
        (b'[1, 2]', "carries no content"),
    ],
)
def test_a_broken_json_file_answer_says_what_is_wrong_and_leaves_nothing(hostile, tmp_path, body, sentence):
    server = hostile(lambda request: Reply(body=body))
    with OdysseeClient(server.base_url, auth_header=KEY, retry=QUICK_RETRY) as client:
        with pytest.raises(UnexpectedAnswerError, match=sentence):
            client.download_file(uuid.uuid4(), tmp_path / "a.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_what_it_claims_is_not_kept(tmp_path):
    with Simulator(domain="TESTAPI", username="APIUser", password=PASSWORD) as simulator:
        with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, retry=QUICK_RETRY) as client:
            files = {}
            for name, content in (("real.pdf", b"%PDF-1.7 an approval"), ("fake.pdf", b"<html>not a pdf</html>"), ("tiny.pdf", b"%PD")):
                files[name] = client.create("DbFile", {
                    "file_name": name, "name": name, "file_content": content, "mime_type": "application/pdf",
                })["id"]
            assert client.download_file(files["real.pdf"], tmp_path / "real.pdf", expect_prefix=b"%PDF-").size == 20
            for name in ("fake.pdf", "tiny.pdf"):
                with pytest.raises(UnexpectedAnswerError) as caught:
                    client.download_file(files[name], tmp_path / name, expect_prefix=b"%PDF-")
                assert str(caught.value) == (
                    f"Odyssee's file {files[name]} does not start with '%PDF-' as it should, so it is not what it "
                    "claims to be; it was not kept."
                )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["real.pdf"]


# ----------------------------------------------------------------------------------------------
# Time


def test_a_dripping_answer_ends_at_the_deadline_and_is_not_sent_again(hostile, tmp_path):
    """One byte at a time, each within the read timeout: the clock says 4 s pass per byte."""
    server = hostile(lambda request: Reply(body=endless(b"x", b"%PDF-"), content_type="application/pdf"))
    ticks = itertools.count(0, 4)
    with OdysseeClient(server.base_url, auth_header=KEY, deadline=300, clock=lambda: next(ticks), retry=QUICK_RETRY) as client:
        with pytest.raises(DeadlineExceededError) as caught:
            client.download_file(uuid.uuid4(), tmp_path / "slow.pdf")
        assert str(caught.value).startswith("Odyssee's answer took more than 300 seconds in all; it was stopped (")
        server.script = lambda request: Reply(body=endless(b" ", b'{"value": ['))
        with pytest.raises(DeadlineExceededError):
            list(client.list("Company"))
    assert len(server.requests) == 2
    assert list(tmp_path.iterdir()) == []


# ----------------------------------------------------------------------------------------------
# Paging


def test_a_server_ignoring_skip_stops_every_pager(hostile):
    rows = [{"id": str(uuid.UUID(int=n)), "modified_dateutc": "2024-01-01T00:00:00Z"} for n in range(1, 101)]

    def same_page(request):
        skip = int(request.params.get("$skip", 0))
        return json_reply({"value": rows, "@odata.nextLink": f"{server.base_url}/Company?$skip={skip + 100}"})

    server = hostile(same_page)
    with OdysseeClient(server.base_url, auth_header=KEY, retry=QUICK_RETRY) as client:
        listed = []
        with pytest.raises(UnexpectedAnswerError) as caught:
            listed.extend(client.list("Company"))
        assert str(caught.value) == (
            "Odyssee keeps sending next-page links to company rows already read (it seems to ignore $skip); "
            "reading stopped after 100 rows."
        )
        assert len(listed) == 100 and len(server.requests) == 3
        server.requests.clear()
        changed = ChangedRows(client, "Company", None, ("id", "modified_dateutc"), WatermarkCursor(None))
        batches = []
        with pytest.raises(UnexpectedAnswerError, match="ignore \\$skip"):
            batches.extend(changed.batches())
    assert [len(batch) for batch in batches] == [100]
    assert len(server.requests) == 4


def test_a_server_inventing_pages_beyond_its_count_is_stopped(hostile):
    def fresh_rows(request):
        skip = int(request.params.get("$skip", 0))
        page = [{"id": str(uuid.uuid4())} for _ in range(10)]
        return json_reply({"@odata.count": 10, "value": page, "@odata.nextLink": f"{server.base_url}/Company?$skip={skip + 10}"})

    server = hostile(fresh_rows)
    with OdysseeClient(server.base_url, auth_header=KEY, retry=QUICK_RETRY) as client:
        with pytest.raises(UnexpectedAnswerError, match="beyond the 10 it announced"):
            list(client.list("Company"))
    assert len(server.requests) == 12  # 10 + 100 rows allowed (rows inserted during the read); the 12th page goes past


def test_paging_over_the_simulator_still_reads_every_row_once(tmp_path):
    with Simulator(domain="TESTAPI", username="APIUser", password=PASSWORD, page_size=7) as simulator:
        simulator.storage.bulk_insert("Company", companies(50))
        with OdysseeClient(simulator.base_url, auth_header=simulator.authorization) as client:
            assert len(list(client.list("Company", orderby="code"))) == 50
            assert sum(map(len, ChangedRows(client, "Company", None, ("id", "modified_dateutc"), WatermarkCursor(None), 7).batches())) == 50


# ----------------------------------------------------------------------------------------------
# Credentials


SECRETS = [
    KEY.split()[1],
    KEY.split()[1].rstrip("="),
    f"APIUser:{PASSWORD}@TESTAPI",
    PASSWORD,
]


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret.lower() not in text.lower(), f"{secret!r} in {text!r}"


def echo_page(request) -> bytes:
    header = request.headers.get("authorization", "")
    return (
        f"<html><body><h1>Access denied</h1><pre>GET {request.path}\nAuthorization: {header}\n"
        f"user {header and 'APIUser:' + PASSWORD + '@TESTAPI'}</pre></body></html>"
    ).encode()


def test_credentials_never_leave_in_what_a_server_writes(hostile, caplog):
    caplog.set_level(logging.DEBUG)
    token = KEY.split()[1]

    def script(request):
        if "$skip" in request.path:
            return Reply(status=500, body=b'{"Message": "An error has occurred."}')
        if request.path.startswith("/api/Company"):
            return json_reply({"value": [{"id": str(uuid.uuid4())}], "@odata.nextLink": f"{server.base_url}/Company?$skip=1&key={token}"})
        if request.path.startswith("/api/Jobs"):
            return Reply(body=echo_page(request), content_type="text/html")
        return json_reply({
            "Message": f"The request is invalid: Authorization {request.headers['authorization']}",
            "ModelState": {"user": [f"APIUser:{PASSWORD}@TESTAPI is unknown", f"password '{PASSWORD}' expired"]},
        }, status=400)

    server = hostile(script)
    failures = []
    with OdysseeClient(server.base_url, auth_header=KEY, retry=QUICK_RETRY) as client:
        for attempt in (lambda: list(client.list("Company")), lambda: client.count("Jobs"), lambda: client.get("User", uuid.uuid4())):
            with pytest.raises(Exception) as caught:
                attempt()
            failures.append(caught.value)
        records = client.log.records()
        check = client.check_connection()
    assert isinstance(failures[2], ValidationError) and failures[2].fields["user"]
    for error in failures:
        assert_no_secret(str(error), error.detail, error.url, repr(error.args), json.dumps(getattr(error, "fields", {})))
    assert "[redacted]" in failures[2].detail and "Access denied" in failures[1].detail
    # httpx's own request lines are silenced by core.logs; everything the application logs counts.
    logged = [r.getMessage() for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    assert_no_secret(check.message, *logged, *(record.summary() for record in records))
    assert any("key=[redacted]" in record.url for record in records)


def test_the_command_line_never_shows_or_keeps_a_quoted_credential(hostile, capsys, monkeypatch, isolated_home):
    def script(request):
        if "GetFileContent" in request.path:
            return Reply(status=404, body=echo_page(request), content_type="text/html")
        if request.path.startswith("/api/DbFile("):
            return json_reply({"Message": f"Denied for {request.headers['authorization']}"}, status=400)
        if request.path.startswith("/api/DbFile?") and not request.params.get("$skip"):
            return json_reply({"value": [{
                "id": str(uuid.UUID(int=7)), "id_in_table": str(uuid.UUID(int=8)), "file_name": "a.pdf",
                "modified_dateutc": "2024-05-01T10:00:00.000Z", "file_type_name": "JOB_APPROVAL",
            }] if "ge" not in request.params["$filter"] and "gt" not in request.params["$filter"] else []})
        if request.path.startswith("/api/Company"):
            return json_reply({"Message": f"Cannot read {request.headers['authorization']}"}, status=400)
        return json_reply({"value": []})

    server = hostile(script)
    assert main(["profile", "add", "Tenant", "--url", server.base_url, "--domain", "TESTAPI", "--username", "APIUser",
                 "--download-dir", str(isolated_home / "pdfs"), "--use"]) == EXIT_OK
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["login"]) == EXIT_OK
    capsys.readouterr()
    assert main(["browse", "Company"]) == EXIT_FAILED
    browse = capsys.readouterr()
    assert "Cannot read [redacted]" in browse.err
    main(["pdfs"])
    pdfs = capsys.readouterr()
    assert "Denied for [redacted]" in pdfs.err or "Denied for [redacted]" in pdfs.out
    assert_no_secret(browse.out, browse.err, pdfs.out, pdfs.err)
    logging.shutdown()
    for path in (path for path in isolated_home.rglob("*") if path.is_file()):
        content = path.read_bytes()
        for secret in SECRETS:
            assert secret.encode() not in content, f"{secret!r} in {path}"


def test_after_one_401_nothing_more_is_sent(tmp_path):
    with Simulator(domain="TESTAPI", username="APIUser", password=PASSWORD) as simulator:
        wrong = "Basic " + base64.b64encode(b"APIUser:wrong-password@TESTAPI").decode()
        with OdysseeClient(simulator.base_url, auth_header=wrong, retry=QUICK_RETRY) as client:
            with pytest.raises(AuthenticationError) as first:
                list(client.list("Company"))
            view = client.with_cancel(None)
            attempts = [
                lambda: client.count("Company"),
                lambda: client.get("Company", uuid.uuid4()),
                lambda: client.create("Company", {"name": "x"}),
                lambda: list(view.list_in("Company", "id", [uuid.uuid4(), uuid.uuid4()], Query(select=("id",)))),
                lambda: view.download_file(uuid.uuid4(), tmp_path / "a.pdf"),
            ]
            for attempt in attempts:
                with pytest.raises(AuthenticationError) as later:
                    attempt()
                assert str(later.value) == str(first.value)
            check = client.check_connection()
        assert check.kind == "credentials" and check.message == str(first.value)
        assert simulator.request_count == 1
        assert str(first.value).startswith("Odyssee refused the credentials (401)")


def test_the_profiles_maximum_file_size_bounds_its_downloads(hostile, tmp_path):
    from core.settings import Profile

    server = hostile(lambda request: Reply(body=endless(b"x" * 65536, b"%PDF-"), content_type="application/pdf"))
    profile = Profile(name="Small files", base_url=server.base_url, domain="TESTAPI", username="APIUser", max_file_mb=3)
    with OdysseeClient.from_profile(profile, auth_header=KEY, retry=QUICK_RETRY) as client:
        with pytest.raises(TooLargeError, match="larger than 3 MB"):
            client.download_file(uuid.uuid4(), tmp_path / "a.pdf")
        received = client.log.records()[-1].bytes_received
    assert 3 * MB <= received < 4 * MB
