"""The client under faults: retries, lost POST answers, Retry-After, cancel, foreign next links, TLS."""
from __future__ import annotations

import json
import shutil
import ssl
import subprocess
import threading
import uuid

import httpx
import pytest

from core.odata import OdysseeClient, RetryPolicy
from core.odata.errors import (
    CancelledError,
    ForeignNextLinkError,
    RateLimitedError,
    ServerError,
    TimeoutError,
    TlsError,
    UnexpectedAnswerError,
)
from core.odata.requestlog import gaps_between
from tests.helpers.hostile import HostileServer, Reply, Request
from tests.helpers.odata_client import CREDENTIALS, PAGE_SIZE, QUICK_RETRY, companies

PATIENT_RETRY = RetryPolicy(max_attempts=10, base_delay=0.01, max_delay=0.05, max_retry_after=2.0)


@pytest.fixture
def simulator_options():
    return {**CREDENTIALS, "page_size": PAGE_SIZE}


# ----------------------------------------------------------------------------------------------
# Retries


def test_list_completes_despite_errors_and_dropped_connections(simulator):
    simulator.storage.bulk_insert("Company", companies(300))
    simulator.faults.update(error_rate=0.1, drop_rate=0.1)
    with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, retry=PATIENT_RETRY) as client:
        listed = list(client.list("Company", orderby="code"))
    assert [row["code"] for row in listed] == [f"C{n:06d}" for n in range(300)]
    statuses = [record.status for record in client.log.records()]
    assert 503 in statuses and None in statuses, "the faults did not fire; the test proves nothing"


def test_lost_post_answers_never_make_duplicates(simulator):
    simulator.faults.update(lost_response_rate=0.3, error_rate=0.05)
    with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, retry=PATIENT_RETRY) as client:
        created = [client.create("Company", {"code": f"ERP{n:03d}", "name": f"Customer {n}"}) for n in range(60)]
    simulator.faults.clear()

    assert [row["code"] for row in created] == [f"ERP{n:03d}" for n in range(60)]
    stored = simulator.storage.count("Company")
    assert stored == 60, f"{stored} companies stored for 60 creates"
    codes = [row[0] for row in simulator.storage.fetch_all("SELECT code FROM company")]
    assert sorted(codes) == [f"ERP{n:03d}" for n in range(60)]
    lost = [r for r in client.log.records() if r.method == "POST" and r.status is None]
    assert lost, "no response was lost; the test proves nothing"


def test_a_409_for_our_own_guid_after_a_lost_answer_returns_the_row():
    """Lost answer, then a read that does not see the row yet, then 409: it did land."""
    stored: dict[str, dict] = {}
    steps: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            row = json.loads(request.content)
            if not stored:
                stored[row["id"]] = {**row, "modified_dateutc": "2024-01-01T00:00:00Z"}
                steps.append("POST lost")
                raise httpx.ReadTimeout("lost", request=request)
            steps.append("POST 409")
            return httpx.Response(409, json={"Message": f"A company with id {row['id']} already exists."})
        key = request.url.path.rsplit("(", 1)[1].rstrip(")")
        if "GET 404" not in steps:
            steps.append("GET 404")  # a replica that has not caught up
            return httpx.Response(404, json={"error": {"code": "NotFound", "message": "No company"}})
        steps.append("GET 200")
        return httpx.Response(200, json=stored[key])

    transport = httpx.MockTransport(handle)
    with OdysseeClient("https://odyssee.test/api", auth_header="Basic eA==", transport=transport, retry=QUICK_RETRY) as client:
        row = client.create("Company", {"name": "Landed"})
    assert row["name"] == "Landed" and row["id"] in stored
    assert steps == ["POST lost", "GET 404", "POST 409", "GET 200"]


def test_post_throttled_is_sent_again_without_a_lookup(simulator, client):
    simulator.faults.retry_after = 0
    simulator.faults.script("throttle")
    row = client.create("Company", {"name": "After 429"})
    methods = [(record.method, record.status) for record in client.log.records()]
    assert methods == [("POST", 429), ("POST", 201)]
    assert simulator.storage.count("Company") == 1 and row["name"] == "After 429"


def test_put_and_delete_are_retried(simulator, client):
    row = client.create("ArticleCategory", {"code": "X", "name": "Before"})
    simulator.faults.script("drop", "error")
    updated = client.update("ArticleCategory", row["id"], {**row, "name": "After"})
    assert updated["name"] == "After"
    simulator.faults.script("lost_response")  # deleted, then the answer is lost: the retry sees 404
    client.delete("ArticleCategory", row["id"])
    assert simulator.storage.get("ArticleCategory", row["id"]) is None


def test_retry_after_is_honoured(simulator, client):
    simulator.storage.bulk_insert("Company", companies(5))
    simulator.faults.retry_after = 1
    simulator.faults.script("throttle")
    assert len(list(client.list("Company"))) == 5
    records = client.log.records()
    assert [record.status for record in records] == [429, 200]
    assert gaps_between(records)[0] >= 0.9  # waited for Retry-After, not the 10 ms backoff


def test_retry_after_is_capped(simulator):
    simulator.faults.retry_after = 3600
    simulator.faults.script("throttle")
    policy = RetryPolicy(max_attempts=3, base_delay=0.01, max_retry_after=0.2)
    with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, retry=policy) as client:
        assert client.count("Company") == 0
        gap = gaps_between(client.log.records())[0]
    assert 0.15 <= gap < 60


def test_persistent_throttling_ends_in_rate_limited_error(simulator, client):
    simulator.faults.update(throttle_rate=1.0, retry_after=0)
    with pytest.raises(RateLimitedError) as caught:
        client.count("Company")
    assert caught.value.retry_after == 0
    assert client.stats.requests == QUICK_RETRY.max_attempts


def test_persistent_503_ends_in_server_error(simulator, client):
    simulator.faults.error_rate = 1.0
    with pytest.raises(ServerError) as caught:
        list(client.list("Company"))
    assert caught.value.status == 503
    assert "503" in str(caught.value)
    assert simulator.count("GET", "Company") == QUICK_RETRY.max_attempts


def test_timeout_names_the_wait_and_the_url(simulator):
    simulator.faults.latency_ms = 800
    policy = RetryPolicy(max_attempts=2, base_delay=0.01)
    with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, timeout=0.2, retry=policy) as client:
        with pytest.raises(TimeoutError) as caught:
            client.count("Company")
    assert str(caught.value).startswith("Odyssee did not answer within 0.2 seconds (http://127.0.0.1:")
    assert "/api/Company" in str(caught.value)
    assert client.stats.requests == 2  # a read timeout on a GET is retried
    assert simulator.wait_quiet()  # the slow answers end before the simulator is stopped


# ----------------------------------------------------------------------------------------------
# Cancel


def test_cancel_stops_between_pages(simulator):
    simulator.storage.bulk_insert("Company", companies(50))
    cancel = threading.Event()

    def cancel_during_second_page(entity_set: str, skip: int) -> None:
        if skip == 10:
            cancel.set()

    simulator.hooks.before_list_page = cancel_during_second_page
    with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, cancel=cancel) as client:
        listed = []
        with pytest.raises(CancelledError):
            for row in client.list("Company"):
                listed.append(row)
    assert len(listed) == 20  # the page in flight is delivered, the next one never asked for
    assert simulator.count("GET", "Company") == 2


def test_cancel_interrupts_a_backoff_wait(simulator):
    simulator.faults.update(throttle_rate=1.0, retry_after=30)
    cancel = CancelWhenWaitedOn()
    policy = RetryPolicy(max_attempts=5, max_retry_after=60)
    with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, retry=policy) as shared:
        client = shared.with_cancel(cancel)
        with pytest.raises(CancelledError):
            client.count("Company")
        # One request: the 30 s wait for the second one ended with the cancel, not by running out.
        assert shared.stats.requests == 1  # the view shares the counters
    assert cancel.waited == [30]


class CancelWhenWaitedOn(threading.Event):
    """A cancel flag that is set the moment someone waits on it for a while: a cancel in the
    middle of a wait, at a moment the test knows rather than after a guessed number of seconds."""

    def __init__(self) -> None:
        super().__init__()
        self.waited: list[float] = []

    def wait(self, timeout: float | None = None) -> bool:
        if timeout:  # a wait of zero is a look, not a wait
            self.waited.append(timeout)
            self.set()
        return super().wait(timeout)


def test_a_set_cancel_flag_sends_nothing(simulator):
    cancel = threading.Event()
    cancel.set()
    with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, cancel=cancel) as client:
        with pytest.raises(CancelledError):
            client.create("Company", {"name": "never"})
    assert simulator.request_count == 0


# ----------------------------------------------------------------------------------------------
# Next links to other servers


@pytest.fixture
def recorders(hostile):
    """Loopback servers answering one list page with a next link the test can change."""

    def start(next_link: str | None = None) -> HostileServer:
        def page(request: Request) -> Reply:
            return Reply(body=json.dumps({"value": [{"id": str(uuid.uuid4())}], "@odata.nextLink": server.next_link}).encode())

        server = hostile(page)
        server.next_link = next_link
        return server

    return start


@pytest.mark.parametrize("foreign_host", ["127.0.0.1", "localhost"])
def test_a_next_link_to_another_origin_is_refused_and_nothing_is_sent_there(recorders, foreign_host):
    foreign = recorders()
    foreign_port = foreign.server_address[1]
    home = recorders(f"http://{foreign_host}:{foreign_port}/api/Company?$skip=1")
    base_url = f"http://127.0.0.1:{home.server_address[1]}/api"

    with OdysseeClient(base_url, auth_header="Basic c2VjcmV0", retry=QUICK_RETRY) as client:
        rows = []
        with pytest.raises(ForeignNextLinkError) as caught:
            for row in client.list("Company"):
                rows.append(row)
    assert len(rows) == 1
    assert foreign.requests == []
    assert caught.value.host == f"{foreign_host}:{foreign_port}"
    assert f"{foreign_host}:{foreign_port}" in str(caught.value)


def test_a_next_link_from_http_to_https_on_the_same_host_is_refused(recorders):
    home = recorders()
    port = home.server_address[1]
    home.next_link = f"https://127.0.0.1:{port}/api/Company?$skip=1"
    with OdysseeClient(f"http://127.0.0.1:{port}/api", auth_header="Basic eA==") as client:
        with pytest.raises(ForeignNextLinkError):
            list(client.list("Company"))
    assert len(home.requests) == 1


def test_a_relative_next_link_on_the_same_origin_is_followed(recorders):
    home = recorders("/api/Company?$skip=1")
    with OdysseeClient(f"http://127.0.0.1:{home.server_address[1]}/api", auth_header="Basic eA==") as client:
        first = client.list_page("Company")
        assert first.next_link == f"http://127.0.0.1:{home.server_address[1]}/api/Company?$skip=1"
        client.list_page("Company", next_link=first.next_link)
    assert [request.path for request in home.requests] == ["/api/Company", "/api/Company?$skip=1"]


def test_a_next_link_that_repeats_a_page_is_an_unexpected_answer(recorders):
    home = recorders()
    home.next_link = f"http://127.0.0.1:{home.server_address[1]}/api/Company"
    with OdysseeClient(f"http://127.0.0.1:{home.server_address[1]}/api", auth_header="Basic eA==") as client:
        with pytest.raises(UnexpectedAnswerError, match="repeats"):
            list(client.list("Company"))
    assert len(home.requests) == 1


# ----------------------------------------------------------------------------------------------
# TLS


def test_https_to_a_plain_http_port_is_a_tls_error(simulator):
    https = simulator.base_url.replace("http://", "https://")
    with OdysseeClient(https, auth_header=simulator.authorization, retry=QUICK_RETRY) as client:
        with pytest.raises(TlsError) as caught:
            client.count("Company")
    assert "TLS" in str(caught.value) or "secure connection" in str(caught.value)
    assert client.stats.requests == 1  # never retried


@pytest.fixture
def tls_server(tmp_path, recorders):
    """A loopback HTTPS server with a self-signed certificate for 127.0.0.1."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )
    server = recorders()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    return server, cert


def test_an_untrusted_certificate_is_a_tls_error_and_a_ca_bundle_fixes_it(tls_server):
    server, cert = tls_server
    base_url = f"https://127.0.0.1:{server.server_address[1]}/api"
    with OdysseeClient(base_url, auth_header="Basic eA==", retry=QUICK_RETRY) as client:
        with pytest.raises(TlsError) as caught:
            client.list_page("Company")
    assert "not trusted" in str(caught.value)
    assert "CA bundle" in str(caught.value)
    with OdysseeClient(base_url, auth_header="Basic eA==", ca_bundle=cert) as client:
        assert len(client.list_page("Company").rows) == 1


def test_without_a_ca_bundle_the_systems_trust_store_decides(tls_server, monkeypatch):
    # On Linux the system's store is OpenSSL's default file, which SSL_CERT_FILE names; a company
    # proxy's root put there by IT is trusted without a CA bundle in the profile.
    server, cert = tls_server
    base_url = f"https://127.0.0.1:{server.server_address[1]}/api"
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    with OdysseeClient(base_url, auth_header="Basic eA==", retry=QUICK_RETRY) as client:
        assert len(client.list_page("Company").rows) == 1


def test_a_missing_ca_bundle_is_reported():
    with pytest.raises(TlsError, match="CA bundle"):
        OdysseeClient("https://odyssee.test/api", auth_header="Basic eA==", ca_bundle="/no/such/bundle.pem")


def test_a_post_answered_500_is_looked_up_and_not_sent_again(simulator, client):
    simulator.faults.error_status = 500
    simulator.faults.script("error")
    with pytest.raises(ServerError):
        client.create("Company", {"name": "Maybe"})
    assert [(r.method, r.status) for r in client.log.records()] == [("POST", 500), ("GET", 404)]
    assert simulator.storage.count("Company") == 0


def test_a_dropped_post_that_landed_is_returned_after_a_lookup(simulator, client):
    simulator.faults.script("lost_response")
    row = client.create("Company", {"name": "Landed once"})
    assert [(r.method, r.status) for r in client.log.records()] == [("POST", None), ("GET", 200)]
    assert row["name"] == "Landed once" and simulator.storage.count("Company") == 1
