"""The OData client against the simulator over loopback: paging, CRUD, counts, files, errors.

Faults (retries, lost responses, cancel, foreign next links, TLS) are in test_client_faults.py.
"""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import socket
import threading
import uuid
from datetime import datetime, timezone

import httpx
import pytest

from core.odata import OdysseeClient, check_connection
from core.odata.downloads import DownloadResult
from core.odata.errors import (
    AuthenticationError,
    ConflictError,
    NetworkError,
    NotFoundError,
    OdysseeError,
    UnexpectedAnswerError,
    ValidationError,
)
from core.odata.expr import field
from core.odata.parser import FilterSyntaxError
from core.odata.query import Query, QueryError, build_query
from core.simulator.server import Simulator
from tests.helpers.odata_client import CREDENTIALS, PAGE_SIZE, PASSWORD, QUICK_RETRY, companies


@pytest.fixture
def simulator_options():
    return {**CREDENTIALS, "page_size": PAGE_SIZE}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# ----------------------------------------------------------------------------------------------
# Listing


def test_list_follows_every_page_once(simulator, client):
    rows = companies(35)
    simulator.storage.bulk_insert("Company", rows)
    simulator.reset_counters()

    listed = list(client.list("Company", orderby="code"))

    assert [row["code"] for row in listed] == [row["code"] for row in rows]
    assert simulator.count("GET", "Company") == 4  # 10 + 10 + 10 + 5
    assert client.stats.by_method["GET"] == 4 and client.stats.by_entity["Company"] == 4


def test_list_loses_and_doubles_nothing_while_rows_are_inserted_between_pages(simulator, client):
    original = companies(45, prefix="M")
    simulator.storage.bulk_insert("Company", original)
    inserted: list[dict] = []

    def insert_before_page(entity_set: str, skip: int) -> None:
        if entity_set == "Company" and skip > 0:
            # Sorted by code, these land before the page being read: every later row shifts
            # down, so $skip paging would serve rows of the previous page again.
            more = companies(3, prefix="A", start=len(inserted))
            inserted.extend(more)
            simulator.storage.bulk_insert("Company", more)

    simulator.hooks.before_list_page = insert_before_page
    listed = list(client.list("Company", orderby="code"))

    ids = [row["id"] for row in listed]
    assert len(ids) == len(set(ids)), "a row was listed twice"
    assert {str(row["id"]) for row in original} <= set(ids), "a row was lost"
    assert simulator.count("GET", "Company") >= 5


def test_big_listing_of_100000_companies(simulator, client):
    """The one big test (a few seconds): 1,000 pages at the vendor's page size of 100."""
    simulator.page_size = 100
    simulator.storage.bulk_insert("Company", companies(100_000))
    seen = set()
    for row in client.list("Company", select="id,code"):
        seen.add(row["id"])
    assert len(seen) == 100_000
    assert client.stats.requests == 1000


def test_list_accepts_text_expressions_and_queries(simulator, client):
    simulator.storage.bulk_insert("Company", companies(30))
    by_text = list(client.list("Company", "code ge 'C000010' and code lt 'C000015'", orderby="code"))
    by_expr = list(client.list("Company", field("code").ge("C000010") & field("code").lt("C000015"), orderby="code"))
    by_query = list(
        client.list("Company", Query(filter=field("code").ge("C000010") & field("code").lt("C000015"), orderby=(("code", False),)))
    )
    expected = [f"C{number:06d}" for number in range(10, 15)]
    assert [row["code"] for row in by_text] == expected
    assert by_expr == by_text == by_query


def test_list_top_limits_the_total(simulator, client):
    simulator.storage.bulk_insert("Company", companies(30))
    listed = list(client.list("Company", orderby=[("code", True)], top=13))
    assert [row["code"] for row in listed] == [f"C{number:06d}" for number in range(29, 16, -1)]


def test_rows_without_id_are_not_deduplicated(simulator, client):
    simulator.storage.bulk_insert("Company", companies(25))
    listed = list(client.list("Company", select=["is_client"]))
    assert len(listed) == 25 and listed == [{"is_client": listed[0]["is_client"]}] * 25


def test_list_page_gives_rows_next_link_and_count(simulator, client):
    simulator.storage.bulk_insert("Company", companies(25))
    first = client.list_page("Company", select="id,code", orderby="code", count=True)
    assert len(first.rows) == 10 and first.count == 25
    assert first.next_link and first.next_link.startswith(simulator.base_url)
    second = client.list_page("Company", next_link=first.next_link)
    third = client.list_page("Company", next_link=second.next_link)
    assert third.next_link is None
    codes = [row["code"] for row in first.rows + second.rows + third.rows]
    assert codes == [f"C{number:06d}" for number in range(25)]


def test_bad_filter_text_fails_before_anything_is_sent(simulator, client):
    with pytest.raises(FilterSyntaxError):
        list(client.list("Company", "name eq"))
    with pytest.raises(QueryError):
        build_query(select="id,not a field")
    assert simulator.request_count == 0


def test_an_overlong_query_is_refused_before_sending(simulator, client):
    huge = " or ".join(f"code eq 'CODE{number:05d}'" for number in range(200))
    with pytest.raises(QueryError, match="2048"):
        list(client.list("Company", huge))
    assert simulator.request_count == 0


def test_seed_flow_requests_work(simulator, client):
    watermark = datetime(2015, 7, 14, 13, 8, tzinfo=timezone.utc)
    query = Query(
        filter=field("modified_dateutc").gt(watermark) & field("is_daily_approval").eq(False),
        orderby=(("modified_dateutc", False),),
    )
    assert list(client.list("JobApproval", query)) == []
    files = client.list(
        "DbFile",
        field("modified_dateutc").gt(watermark)
        & field("file_type_name").eq("JOB_APPROVAL")
        & field("db_table_name").eq("job_approval"),
        select="id,id_in_table,file_name",
        orderby="modified_dateutc asc",
    )
    assert list(files) == []


# ----------------------------------------------------------------------------------------------
# Single rows, writes, counts


def test_create_get_update_delete_round_trip(simulator, client):
    created = client.create("ArticleCategory", {"code": "CAT1", "name": "Pumps"})
    uuid.UUID(created["id"])  # a client-generated GUID
    assert created["name"] == "Pumps" and created["modified_dateutc"]
    assert "@odata.context" not in created

    assert client.get("ArticleCategory", created["id"])["code"] == "CAT1"

    updated = client.update("ArticleCategory", created["id"], {**created, "name": "Pumps and valves"})
    assert updated["name"] == "Pumps and valves"
    assert client.get("ArticleCategory", created["id"])["name"] == "Pumps and valves"

    client.delete("ArticleCategory", created["id"])
    with pytest.raises(NotFoundError) as caught:
        client.get("ArticleCategory", created["id"])
    assert str(caught.value) == f"Odyssee has no article category with id {created['id']}."


def test_create_keeps_a_given_id(client):
    wanted = str(uuid.uuid4())
    assert client.create("Company", {"id": wanted, "name": "Given"})["id"] == wanted


def test_update_refuses_a_body_for_another_id(client):
    with pytest.raises(ValueError):
        client.update("Company", uuid.uuid4(), {"id": str(uuid.uuid4()), "name": "x"})


def test_ids_and_entity_names_are_checked(simulator, client):
    with pytest.raises(ValueError):
        client.get("Company", "1 or 1=1")
    with pytest.raises(ValueError):
        client.get("Company/../User", uuid.uuid4())
    assert simulator.request_count == 0


def test_count(simulator, client):
    simulator.storage.bulk_insert("Company", companies(42))
    assert client.count("Company") == 42
    assert client.count("Company", "code lt 'C000010'") == 10
    assert client.count("Company", field("code").eq("nope")) == 0


# ----------------------------------------------------------------------------------------------
# Errors the simulator produces


def test_wrong_password_is_an_authentication_error(simulator):
    header = "Basic " + base64.b64encode(b"APIUser:wrong@TESTAPI").decode()
    with OdysseeClient(simulator.base_url, auth_header=header, retry=QUICK_RETRY) as client:
        with pytest.raises(AuthenticationError) as caught:
            client.get("Company", uuid.uuid4())
    assert caught.value.status == 401
    assert "check the user name, password and domain" in str(caught.value)


def test_unknown_entity_set_is_not_found(client, simulator):
    with pytest.raises(NotFoundError) as caught:
        list(client.list("NoSuchThing"))
    assert f"{simulator.base_url}/NoSuchThing" in str(caught.value)


def test_validation_error_has_fields_and_the_documented_sentence(client):
    with pytest.raises(ValidationError) as caught:
        client.create("Company", {"name": "x" * 70})
    error = caught.value
    assert error.status == 400
    assert error.fields == {"name": ["The field name must be a string with a maximum length of 64."]}
    assert str(error) == (
        "Odyssee rejected the company: name: The field name must be a string with a maximum length of 64."
    )


def test_unresolved_code_is_a_validation_error(client):
    with pytest.raises(ValidationError) as caught:
        client.create("Project", {"name": "Boiler", "company_code": "NOPE"})
    assert caught.value.status == 422
    assert "company_code" in caught.value.fields
    assert str(caught.value).startswith("Odyssee rejected the project: company_code: ")


def test_query_error_in_odata_shape(client):
    with pytest.raises(ValidationError) as caught:
        client.list_page("Company", Query(filter=field("no_such_field").eq(1)))
    assert caught.value.status == 400
    assert caught.value.fields
    assert str(caught.value).startswith("Odyssee rejected the query: ")
    assert "no_such_field" in str(caught.value)


def test_existing_id_is_a_conflict(client):
    row = client.create("Company", {"name": "First"})
    with pytest.raises(ConflictError) as caught:
        client.create("Company", {"id": row["id"], "name": "Second"})
    assert caught.value.status == 409
    assert row["id"] in str(caught.value)


def test_deleting_a_company_is_refused_readably(client):
    row = client.create("Company", {"name": "Kept"})
    with pytest.raises(OdysseeError) as caught:
        client.delete("Company", row["id"])
    assert caught.value.status == 405
    assert str(caught.value).startswith("Odyssee does not allow deleting a company (405)")


def test_html_instead_of_data_is_an_unexpected_answer(simulator, client):
    simulator.faults.html_rate = 1.0
    with pytest.raises(UnexpectedAnswerError) as caught:
        list(client.list("Company"))
    assert "web page" in str(caught.value)


def test_connection_refused_is_a_network_error():
    port = free_port()
    with OdysseeClient(f"http://127.0.0.1:{port}/api", auth_header="Basic eA==", retry=QUICK_RETRY) as client:
        with pytest.raises(NetworkError) as caught:
            client.get("Company", uuid.uuid4())
    assert "refused the connection" in str(caught.value)
    assert caught.value.request_sent is False
    assert client.stats.requests == QUICK_RETRY.max_attempts


def test_malformed_json_never_crashes_the_caller():
    answers = iter(
        [
            httpx.Response(200, content=b"{not json", headers={"content-type": "application/json"}),
            httpx.Response(200, json={"value": "not a list"}),
            httpx.Response(200, json=[1, 2]),
            httpx.Response(200, json={"value": [1, 2]}),
            httpx.Response(200, json={"value": [], "@odata.nextLink": 5}),
            httpx.Response(200, json=["not", "a", "row"]),
        ]
    )
    transport = httpx.MockTransport(lambda request: next(answers))
    with OdysseeClient("https://odyssee.test/api", auth_header="Basic eA==", transport=transport) as client:
        for _ in range(5):
            with pytest.raises(UnexpectedAnswerError) as caught:
                list(client.list("Company"))
            assert "\n" not in str(caught.value)
        with pytest.raises(UnexpectedAnswerError):
            client.get("Company", uuid.uuid4())


# ----------------------------------------------------------------------------------------------
# Files


def _store_file(simulator: Simulator, content: bytes, mime_type: str = "application/pdf") -> str:
    file_id = uuid.uuid4()
    simulator.storage.bulk_insert(
        "DbFile",
        [{"id": file_id, "name": "approval.pdf", "file_name": "approval.pdf", "mime_type": mime_type, "file_content": content}],
    )
    return str(file_id)


def test_download_streams_raw_bytes_into_place(simulator, client, tmp_path):
    content = os.urandom(300_000)
    file_id = _store_file(simulator, content)
    seen: list[tuple[int, int | None]] = []
    dest = tmp_path / "pdfs" / "approval.pdf"

    result = client.download_file(file_id, dest, progress=lambda done, total: seen.append((done, total)))

    assert result == DownloadResult(dest, len(content), hashlib.sha256(content).hexdigest())
    assert dest.read_bytes() == content
    assert not (tmp_path / "pdfs" / "approval.pdf.part").exists()
    assert seen[-1] == (len(content), len(content))
    assert simulator.count("GET", "DbFile/GetFileContent") == 1


def test_download_of_a_missing_file_is_not_found_and_leaves_nothing(client, tmp_path):
    with pytest.raises(NotFoundError):
        client.download_file(uuid.uuid4(), tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def _file_server(file_content_answer, record_content: bytes | None = None):
    """A MockTransport for GetFileContent answers the simulator does not give (DECISIONS.md D4)."""
    calls: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path.endswith("/GetFileContent"):
            return file_content_answer
        if record_content is not None:
            return httpx.Response(200, json={"id": "x", "file_content": base64.b64encode(record_content).decode()})
        return httpx.Response(404, json={"error": {"code": "NotFound", "message": "No db_file"}})

    return httpx.MockTransport(handle), calls


@pytest.mark.parametrize(
    "answer",
    [
        lambda data: httpx.Response(200, json={"file_content": base64.b64encode(data).decode()}),
        lambda data: httpx.Response(200, json={"content": base64.b64encode(data).decode()}),
        lambda data: httpx.Response(200, json=base64.b64encode(data).decode()),
    ],
    ids=["file_content", "content", "json-string"],
)
def test_download_accepts_json_base64_answers(answer, tmp_path):
    data = b"%PDF-1.4 fake approval\n" * 100
    transport, calls = _file_server(answer(data))
    with OdysseeClient("https://odyssee.test/api", auth_header="Basic eA==", transport=transport) as client:
        result = client.download_file(uuid.uuid4(), tmp_path / "a.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == data
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert len(calls) == 1


@pytest.mark.parametrize("status", [404, 405, 500])
def test_download_falls_back_to_the_db_file_record(status, tmp_path):
    data = os.urandom(5000)
    transport, calls = _file_server(httpx.Response(status, text="nope"), record_content=data)
    with OdysseeClient("https://odyssee.test/api", auth_header="Basic eA==", transport=transport) as client:
        result = client.download_file(uuid.uuid4(), tmp_path / "a.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == data and result.size == 5000
    assert calls[-1].startswith("/api/DbFile(")


def test_download_with_bad_base64_fails_cleanly(tmp_path):
    transport, _ = _file_server(httpx.Response(200, json={"file_content": "***not base64***"}))
    with OdysseeClient("https://odyssee.test/api", auth_header="Basic eA==", transport=transport) as client:
        with pytest.raises(UnexpectedAnswerError):
            client.download_file(uuid.uuid4(), tmp_path / "a.pdf")
    assert list(tmp_path.iterdir()) == []


def test_download_memory_does_not_grow_with_file_size(tmp_path):
    """A 64 MB raw stream is written with a peak of a few chunks in memory.

    MockTransport rather than the simulator: the simulator lives in this process and holds the
    whole file in memory itself, which tracemalloc would count.
    """
    import tracemalloc

    chunk = b"\x25" * 65536
    chunks = 1024  # 64 MiB

    def body():
        for _ in range(chunks):
            yield chunk

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=_Iterated(body()), headers={"content-type": "application/pdf"})

    with OdysseeClient("https://odyssee.test/api", auth_header="Basic eA==", transport=httpx.MockTransport(handle)) as client:
        tracemalloc.start()
        try:
            result = client.download_file(uuid.uuid4(), tmp_path / "big.pdf")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert result.size == len(chunk) * chunks
    assert peak < 4 * 1024 * 1024, f"peak {peak} bytes"


class _Iterated(httpx.SyncByteStream):
    def __init__(self, iterator):
        self._iterator = iterator

    def __iter__(self):
        yield from self._iterator


# ----------------------------------------------------------------------------------------------
# Request log, counters, secrets


def test_request_log_records_and_never_shows_the_secret(simulator, client, caplog):
    caplog.set_level(logging.DEBUG, logger="odyssee.requests")
    heard = []
    client.log.subscribe(heard.append)
    simulator.storage.bulk_insert("Company", companies(12))
    list(client.list("Company"))
    client.create("Company", {"name": "Logged"})
    with pytest.raises(NotFoundError):
        client.get("Company", uuid.uuid4())

    records = client.log.records()
    assert [(r.method, r.status) for r in records] == [("GET", 200), ("GET", 200), ("POST", 201), ("GET", 404)]
    assert heard == records
    assert all(r.duration_ms >= 0 and r.bytes_received > 0 for r in records)
    assert records[2].bytes_sent > 0 and records[0].entity == "Company"

    token = simulator.authorization.split()[1]
    everything = repr(records) + caplog.text + repr(client) + repr(client.stats)
    for secret in (PASSWORD, token, simulator.authorization):
        assert secret not in everything


def test_stats_reset_returns_what_was_counted(client):
    client.create("Company", {"name": "A"})
    client.count("Company")
    before = client.stats.reset()
    assert before.requests == 2 and before.by_method == {"POST": 1, "GET": 1}
    assert client.stats.requests == 0 and client.stats.by_method == {}


def test_request_log_is_bounded(simulator):
    with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, log_capacity=3) as client:
        for _ in range(5):
            client.count("Company")
        assert len(client.log) == 3
        assert client.stats.requests == 5


def test_one_client_serves_many_threads(simulator, client):
    simulator.storage.bulk_insert("Company", companies(30))
    results: list[int] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            results.append(len(list(client.list("Company"))))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and results == [30] * 6
    assert client.stats.requests == 6 * 3


# ----------------------------------------------------------------------------------------------
# Connection check


def test_check_connection_ok(simulator):
    result = check_connection(simulator.base_url, auth_header=simulator.authorization)
    assert result.ok and result.kind == "ok"


def test_check_connection_wrong_credentials(simulator):
    header = "Basic " + base64.b64encode(b"APIUser:nope@TESTAPI").decode()
    result = check_connection(simulator.base_url, auth_header=header)
    assert (result.ok, result.kind) == (False, "credentials")
    assert "401" in result.message


@pytest.mark.parametrize("url", ["ftp://example.test/api", "http://", "not a url", "https:///api"])
def test_check_connection_bad_url(url):
    result = check_connection(url, auth_header="Basic eA==")
    assert (result.ok, result.kind) == (False, "bad_url")


def test_check_connection_wrong_path(simulator):
    wrong = simulator.base_url.replace("/api", "/odyssee")
    result = check_connection(wrong, auth_header=simulator.authorization)
    assert (result.ok, result.kind) == (False, "bad_url")
    assert "path" in result.message


def test_check_connection_unreachable():
    result = check_connection(f"http://127.0.0.1:{free_port()}/api", auth_header="Basic eA==", retry=QUICK_RETRY)
    assert (result.ok, result.kind) == (False, "unreachable")


def test_check_connection_tls(simulator):
    https = simulator.base_url.replace("http://", "https://")
    result = check_connection(https, auth_header=simulator.authorization)
    assert (result.ok, result.kind) == (False, "tls")
    assert "TLS" in result.message or "secure connection" in result.message


def test_check_connection_unexpected_answer(simulator):
    simulator.faults.html_rate = 1.0
    result = check_connection(simulator.base_url, auth_header=simulator.authorization)
    assert (result.ok, result.kind) == (False, "unexpected")
    assert "web page" in result.message


def test_client_refuses_a_base_url_with_credentials():
    with pytest.raises(ValueError):
        OdysseeClient("https://user:pw@odyssee.test/api", auth_header="Basic eA==")
    with pytest.raises(ValueError):
        OdysseeClient("https://odyssee.test/api", auth_header="Basic eA==\r\nX-Evil: 1")


def test_post_bodies_are_json(simulator, client):
    # Decimal-ish and date values go out as JSON text the simulator accepts.
    created = client.create("Company", {"name": "Ünïcødé GmbH", "notes": json.dumps({"k": "v"})})
    assert client.get("Company", created["id"])["name"] == "Ünïcødé GmbH"


def test_metadata_is_the_servers_csdl_document(client):
    document = client.metadata()
    assert document.startswith(b"<?xml") and b'<EntitySet Name="Company"' in document


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (httpx.Response(200, html="<html><body>Sign in to the network</body></html>"), UnexpectedAnswerError),
        (httpx.Response(404, text="Not Found"), NotFoundError),
    ],
)
def test_metadata_that_is_not_there_says_so(answer, error):
    transport = httpx.MockTransport(lambda request: answer)  # answers the simulator never gives for $metadata
    with OdysseeClient("https://odyssee.test/api", auth_header="Basic eA==", transport=transport) as odyssee:
        with pytest.raises(error):
            odyssee.metadata()


def test_decimal_prices_round_trip(client):
    from decimal import Decimal

    category = client.create("ArticleCategory", {"code": "P", "name": "Parts"})
    article = client.create(
        "Article", {"code": "A1", "name": "Valve", "entered_price": Decimal("19.95"), "article_category_id": category["id"]}
    )
    assert Decimal(str(client.get("Article", article["id"])["entered_price"])) == Decimal("19.95")
    assert client.stats.by_request[("POST", "Article")] == 1
    assert client.stats.by_request[("GET", "Article")] == 1


def test_batches_from_split_in_page_through_next_links_within_the_url_budget(client, simulator):
    """A full batch whose answer spans several pages: the next links must stay under 2,048 bytes."""
    codes = [f"CUSTOMER-WITH-A-LONG-CODE-{n:04d}" for n in range(120)]
    simulator.storage.bulk_insert("Company", [{"id": uuid.uuid4(), "code": code, "name": code} for code in codes])
    batches = Query(select=("id", "code")).split_in("code", codes)
    assert len(batches) >= 2
    found = [row["code"] for batch in batches for row in client.list("Company", filter=batch)]
    assert sorted(found) == codes
