"""The web service target against a real receiver on 127.0.0.1, and the registry that picks it.

The receiver checks each POST's HMAC with the shared secret, keeps one document per
idempotency key (a repeat is answered 200 and changes nothing), and answers the faults queued
for it: 5xx, 429 with Retry-After, a dropped connection (before or after it kept the document),
any other status with a body.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from core import credentials
from core.odyssee.values import format_datetime
from core.services.outcome import EXIT_FAILED
from core.settings import Profile
from core.sync.export import CompletedWork
from core.sync.targets import (
    ExportTargetError,
    FolderTarget,
    SqlTarget,
    describe_destination,
    kind_of,
    target_for,
    target_for_profile,
)
from core.sync.targets.webhook import DEFAULT_RETRY, WebhookTarget
from tests.helpers.cli import run_cli
from tests.helpers.completed_work import complete_jobs, final_approvals

SECRET = "shared-Secret-9"
PASS = None  # answer as usual
DROP = "drop"  # close the connection without answering
STORE_THEN_DROP = "store-then-drop"  # keep the document, then close without answering: the answer is lost


class Receiver:
    """An ERP's web service: verifies, dedups, stores, and fails on demand."""

    def __init__(self, secret: str = SECRET):
        self.secret = secret.encode("utf-8")
        self.documents: dict[str, dict] = {}  # idempotency key -> the document kept
        self.answers: list[int | str] = []  # per POST: its status, or how it was dropped
        self.faults: list[tuple | None] = []  # per POST, in order: PASS or (status or DROP/STORE_THEN_DROP, headers, body)
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - the name http.server calls
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.handle(self, body)

            def log_message(self, *_args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/work-orders?token=not-for-logs"

    def fail_with(self, *faults) -> None:
        self.faults.extend(fault if isinstance(fault, tuple) or fault is PASS else (fault, {}, b"") for fault in faults)

    def approval_ids(self) -> list[str]:
        return sorted(document["work_order"]["job_approval_id"] for document in self.documents.values())

    def handle(self, request: BaseHTTPRequestHandler, body: bytes) -> None:
        with self._lock:
            fault = self.faults.pop(0) if self.faults else None
            if fault is not None and fault[0] == DROP:
                self._drop(request, DROP)
                return
            timestamp = request.headers.get("X-Odyssee-Timestamp", "")
            expected = "sha256=" + hmac.new(self.secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
            if not hmac.compare_digest(expected, request.headers.get("X-Odyssee-Signature", "")):
                self._answer(request, 401, {}, b"signature does not match\nchecked with the receiver's secret")
                return
            key = request.headers.get("Idempotency-Key", "")
            if fault is not None and fault[0] == STORE_THEN_DROP:
                self.documents.setdefault(key, json.loads(body))
                self._drop(request, STORE_THEN_DROP)
                return
            if fault is not None:
                self._answer(request, *fault)
                return
            if key in self.documents:
                self._answer(request, 200, {}, b'{"duplicate": true}')  # a repeat: a no-op
                return
            self.documents[key] = json.loads(body)
            self._answer(request, 201, {}, b'{"stored": true}')

    def _answer(self, request, status: int, headers: dict, body: bytes) -> None:
        self.answers.append(status)
        request.send_response(status)
        for name, value in headers.items():
            request.send_header(name, value)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    def _drop(self, request, how: str) -> None:
        self.answers.append(how)
        request.close_connection = True  # the handler returns with nothing written: the socket closes


def never_sleep(seconds: float) -> None:
    raise AssertionError(f"nothing should be tried again (asked to wait {seconds} s)")


@pytest.fixture
def receiver():
    receiver = Receiver()
    receiver.thread.start()
    yield receiver
    receiver.server.shutdown()
    receiver.server.server_close()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def webhook(receiver, sleeps):
    target = WebhookTarget(receiver.url, secret=SECRET, sleep=sleeps.append)
    yield target
    target.close()


# ----------------------------------------------------------------------------------------------
# The registry


@pytest.mark.parametrize("destination, kind", [
    ("https://erp.example/odyssee/work-orders", "web service"),
    ("HTTPS://erp.example/hook", "web service"),
    ("http://127.0.0.1:8080/hook", "web service"),
    ("sqlite:///C:/ERP/erp.db", "database"),
    ("sqlite:////srv/erp/erp.sqlite3", "database"),
    ("postgresql+psycopg://erp_reader@erp-db:5432/erp", "database"),
    ("mssql+pyodbc://erp_reader@SQLSERVER01/ERP?driver=ODBC+Driver+18+for+SQL+Server", "database"),
    ("/srv/erp/outbox", "folder"),
    ("C:\\ERP\\outbox", "folder"),
    ("outbox", "folder"),
])
def test_the_kind_of_a_destination_is_told_by_its_text(destination, kind):
    assert kind_of(destination).name == kind
    assert kind_of(destination).uses_outbox_format is (kind == "folder")


def test_which_destinations_need_the_keyring_secret():
    assert kind_of("https://erp.example/hook").needs_secret("https://erp.example/hook")
    assert kind_of("postgresql+psycopg://erp_reader@erp-db/erp").needs_secret("postgresql+psycopg://erp_reader@erp-db/erp")
    assert not kind_of("sqlite:///erp.db").needs_secret("sqlite:///erp.db")
    assert not kind_of("/srv/outbox").needs_secret("/srv/outbox")


def test_target_for_opens_the_target_of_each_kind(tmp_path):
    assert isinstance(target_for("https://erp.example/hook", secret=SECRET), WebhookTarget)
    assert isinstance(target_for(f"sqlite:///{tmp_path / 'erp.db'}"), SqlTarget)
    folder = target_for(str(tmp_path / "outbox"), export_format="csv")
    assert isinstance(folder, FolderTarget) and folder.export_format == "csv"
    with pytest.raises(ExportTargetError, match="No export target"):
        target_for("  ")


def test_each_destination_is_described_in_plain_words():
    assert describe_destination("sqlite:////srv/erp/erp.sqlite3") == "ERP database erp.sqlite3, staging tables"
    assert describe_destination("postgresql+psycopg://erp_reader:pw@erp-db/erp") == "ERP database erp on erp-db, staging tables"
    assert describe_destination("/srv/erp/outbox") == "folder /srv/erp/outbox (JSON files)"
    assert describe_destination("/srv/erp/outbox", export_format="csv") == "folder /srv/erp/outbox (CSV files)"
    assert describe_destination("https://erp.example/hook?code=abc") == "web service at erp.example (signed POST)"
    assert describe_destination("https://erp.example:8443/hook") == "web service at erp.example:8443 (signed POST)"
    assert "pw" not in describe_destination("postgresql+psycopg://erp_reader:pw@erp-db/erp")


def test_the_target_describes_its_address_without_the_query():
    target = WebhookTarget("https://erp.example/hook?code=a-token", secret=SECRET)
    assert target.describe() == "https://erp.example/hook"
    assert SECRET not in repr(target) and "a-token" not in repr(target)


@pytest.mark.parametrize("url", ["http://erp.example/hook", "http://192.168.1.20/hook", "http://[fe80::1]/hook"])
def test_plain_http_beyond_this_computer_is_refused(url):
    with pytest.raises(ExportTargetError, match="plain http") as refused:
        target_for(url, secret=SECRET)
    assert refused.value.fatal and "https://" in str(refused.value)


@pytest.mark.parametrize("url", ["http://localhost:8080/hook", "http://127.0.0.1/hook", "http://[::1]:9000/hook"])
def test_plain_http_to_this_computer_is_accepted(url):
    assert isinstance(target_for(url, secret=SECRET), WebhookTarget)


def test_a_user_or_password_in_the_address_is_refused():
    with pytest.raises(ExportTargetError, match="keyring"):
        target_for("https://hook:pass@erp.example/hook", secret=SECRET)


def test_the_command_line_refuses_a_plain_http_target_and_keeps_the_profile(capsys):
    assert run_cli(capsys, "profile", "add", "Prod", "--domain", "D", "--username", "U", "--export-to", "/srv/outbox")[0] == 0
    code, _, err = run_cli(capsys, "profile", "update", "Prod", "--export-to", "http://erp.example/hook")
    assert code == EXIT_FAILED and "plain http" in err
    assert run_cli(capsys, "profile", "show", "Prod", "--format", "json")[1].count("/srv/outbox") == 1


# ----------------------------------------------------------------------------------------------
# The secret


def test_a_missing_secret_says_how_to_save_it_and_login_saves_it(capsys, monkeypatch, receiver, memory_keyring):
    assert run_cli(capsys, "profile", "add", "Prod", "--domain", "D", "--username", "U", "--export-to", receiver.url, "--use")[0] == 0
    profile = Profile(name="Prod", domain="D", username="U", export_to=receiver.url)
    with pytest.raises(ExportTargetError, match="odyssee-sync login --export") as missing:
        target_for_profile(profile)
    assert missing.value.fatal

    code, out, err = run_cli(capsys, "login", "--export", stdin=f"{SECRET}\n", monkeypatch=monkeypatch)
    assert (code, err) == (0, "")
    assert "export target's secret" in out and SECRET not in out
    assert memory_keyring.entries == {(credentials.EXPORT_SERVICE_NAME, "Prod"): SECRET}  # not the ERP's entry
    target = target_for_profile(profile)
    try:
        assert isinstance(target, WebhookTarget)
    finally:
        target.close()


def test_a_wrong_secret_is_refused_with_401_and_stops_the_run(simulator, client, store, receiver):
    complete_jobs(simulator, ["WO-1", "WO-2"])
    before = store.get_watermark("job_approval").value
    target = WebhookTarget(receiver.url, secret="not-the-shared-one", sleep=never_sleep)

    result = CompletedWork(client, store, target).export()
    target.close()

    assert result.status == "failed" and result.exported == []
    assert "refused the signature" in result.message and "401" in result.message
    assert "not-the-shared-one" not in result.message
    assert receiver.documents == {} and receiver.answers == [401]  # the run stopped at the first
    assert store.get_watermark("job_approval").value == before and result.held == []


# ----------------------------------------------------------------------------------------------
# Delivery


def test_a_full_export_delivers_every_approval_once_and_moves_the_watermark(simulator, client, store, receiver):
    complete_jobs(simulator, ["WO-1", "WO-2", "WO-3"])
    credentials.store_export_secret("Prod", SECRET)
    profile = Profile(name="Prod", domain="D", username="U", export_to=receiver.url)
    target = target_for_profile(profile)
    engine = CompletedWork(client, store, target)

    result = engine.export()

    assert result.status == "ok"
    finals = final_approvals(simulator)
    assert receiver.approval_ids() == sorted(finals) == sorted(result.exported)
    newest = max(finals.values(), key=lambda row: row["modified_dateutc"])
    assert store.get_watermark("job_approval").value == format_datetime(newest["modified_dateutc"])
    document = next(iter(receiver.documents.values()))
    assert set(document) == {"work_order", "parts", "time_lines"} and document["work_order"]["exported_at"]
    journal = engine.exported_recently()
    assert {entry["target"] for entry in journal} == {target.describe()}
    assert all("token" not in entry["target"] for entry in journal)

    assert engine.export().exported == []  # nothing new: nothing posted
    assert len(receiver.answers) == len(finals)
    target.close()


def test_five_hundreds_and_dropped_connections_still_deliver_each_approval_once(simulator, client, store, receiver, webhook, sleeps):
    complete_jobs(simulator, ["WO-1", "WO-2", "WO-3"])
    receiver.fail_with(
        (500, {}, b"boom"), DROP, STORE_THEN_DROP, PASS,  # the first approval: kept, its answer lost, posted again
        (503, {}, b"busy"), (502, {}, b""), PASS,  # the second
        DROP, DROP,  # the third
    )

    result = CompletedWork(client, store, webhook).export()

    assert result.status == "ok", (result.message, receiver.answers)
    finals = final_approvals(simulator)
    assert receiver.approval_ids() == sorted(finals)  # one document per approval, none twice
    assert sorted(result.exported) == sorted(finals)
    assert receiver.answers.count(200) == 1  # the repeat after the lost answer: a no-op
    assert len(sleeps) == 7 and all(0 < wait <= DEFAULT_RETRY.max_delay for wait in sleeps)


def test_429_waits_as_long_as_retry_after_says_within_a_cap(simulator, client, store, receiver, webhook, sleeps):
    complete_jobs(simulator, ["WO-1"])
    receiver.fail_with((429, {"Retry-After": "7"}, b""), (429, {"Retry-After": "86400"}, b""))

    result = CompletedWork(client, store, webhook).export()

    assert result.status == "ok" and receiver.approval_ids() == sorted(final_approvals(simulator))
    assert sleeps == [7.0, DEFAULT_RETRY.max_retry_after]


def test_a_service_that_stays_down_stops_the_run_and_holds_nothing_back(simulator, client, store, receiver, webhook, sleeps):
    complete_jobs(simulator, ["WO-1", "WO-2"])
    before = store.get_watermark("job_approval").value
    receiver.fail_with(*[(503, {}, b"down")] * DEFAULT_RETRY.max_attempts)

    result = CompletedWork(client, store, webhook).export()

    assert result.status == "failed" and result.exported == [] and result.held == []
    assert f"after {DEFAULT_RETRY.max_attempts} attempts (the last: 503 Service Unavailable)" in result.message
    assert len(sleeps) == DEFAULT_RETRY.max_attempts - 1
    assert store.get_watermark("job_approval").value == before

    again = CompletedWork(client, store, webhook).export()  # the service is back
    assert again.status == "ok" and receiver.approval_ids() == sorted(final_approvals(simulator))


def test_a_refused_approval_is_held_back_with_the_receivers_status_and_first_line(simulator, client, store, receiver, webhook):
    first, second = complete_jobs(simulator, ["WO-BAD", "WO-OK"])
    receiver.fail_with((422, {"Content-Type": "text/plain"}, f"customer_code is unknown\nsecret was {SECRET}".encode()))

    result = CompletedWork(client, store, webhook).export()

    assert result.status == "partial"
    reason = result.failed[str(first["id"])]
    assert reason.startswith("The web service at 127.0.0.1:") and "WO-BAD" in reason
    assert "422 " in reason and reason.endswith(": customer_code is unknown") and SECRET not in reason
    assert [record.item_id for record in result.held] == [str(first["id"])]
    assert str(second["id"]) in result.exported

    again = CompletedWork(client, store, webhook).export()  # the receiver takes it now
    assert again.exported == [str(first["id"])] and again.held == []
    assert receiver.approval_ids() == sorted(final_approvals(simulator))


def test_a_repeat_with_the_same_idempotency_key_is_a_no_op(simulator, client, store, receiver, webhook):
    complete_jobs(simulator, ["WO-1", "WO-2"])
    engine = CompletedWork(client, store, webhook)
    assert engine.export().status == "ok"
    kept = json.dumps(receiver.documents, sort_keys=True)

    # As after a crash between the receiver's answer and the journal: everything posted again.
    engine.rewind(None)
    again = engine.export()

    assert again.status == "ok" and sorted(again.exported) == receiver.approval_ids()
    assert json.dumps(receiver.documents, sort_keys=True) == kept  # the first documents, untouched
    assert receiver.answers[-len(again.exported):] == [200] * len(again.exported)

    # A newer version of an approval is a new delivery.
    approval = next(iter(final_approvals(simulator).values()))
    simulator.storage.change("JobApproval", approval["id"], {"customer_remarks": "Changed after signing"})
    assert engine.export().exported == [str(approval["id"])]
    assert len(receiver.documents) == len(json.loads(kept)) + 1
    assert receiver.approval_ids().count(str(approval["id"])) == 2  # both versions, each once


def test_the_secret_and_the_address_token_stay_out_of_the_log(simulator, client, store, receiver, webhook, caplog):
    complete_jobs(simulator, ["WO-1"])
    receiver.fail_with(DROP, (500, {}, b""))

    with caplog.at_level("DEBUG"):
        assert CompletedWork(client, store, webhook).export().status == "ok"

    ours = "\n".join(record.getMessage() for record in caplog.records if record.name.startswith("core."))
    assert "again in" in ours
    assert SECRET not in ours and "not-for-logs" not in ours
