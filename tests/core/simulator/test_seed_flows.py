"""The eight requests of the vendor's ERP-link guide ("The seed flows"), sent as the guide writes them."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from decimal import Decimal

import httpx
import pytest

from core.odyssee.model import COMPLETED_STATUS_ID, SYSTEM_JOB_STATUSES
from core.odyssee.values import parse_datetime
from core.simulator.server import Simulator
from tests.helpers.simulator_http import assert_no_nulls, client_for, follow

# The guide's request lines, character for character (request 5 joined into one line).
GUIDE_REQUESTS = [
    "JobApproval?$filter=modified_dateutc+gt+'2015-07-14T13:08:00.000Z'+and+is_daily_approval+eq+false&$orderby=modified_dateutc+asc",
    "Jobs?$select=reference_back_office&$filter=id+eq+dbed4bf9-f928-47f1-947f-d6b070443033",
    "JobPartUsage?$filter=jobs_id+eq+dbed4bf9-f928-47f1-947f-d6b070443033",
    "JobNonPartUsage?$filter=jobs_id+eq+dbed4bf9-f928-47f1-947f-d6b070443033",
    "DbFile?$select=id,id_in_table,file_name&$filter=modified_dateutc+gt+'2015-07-14T13:08:00.000Z'+and+file_type_name+eq+'JOB_APPROVAL'+and+db_table_name+eq+'job_approval'&$orderby=modified_dateutc+asc",
    "DbFile/GetFileContent?id=c9083c22-7da7-4161-977b-e28aa82f98ea",
    "JobApproval(ce771dc9-cc12-48d2-b46b-8a82ce27a314)",
    "Jobs(453c813e-7220-4f7d-b318-7b6db78c007f)",
]

FIRST_JOB = "dbed4bf9-f928-47f1-947f-d6b070443033"
FIRST_APPROVAL = "4eac58fa-270d-438d-8a2c-2076e48afed4"
SECOND_JOB = "453c813e-7220-4f7d-b318-7b6db78c007f"
SECOND_APPROVAL = "ce771dc9-cc12-48d2-b46b-8a82ce27a314"
PDF_FILE = "c9083c22-7da7-4161-977b-e28aa82f98ea"
PDF_NAME = "Job #41 TestWOWithReopen 2015-07-14 15.19.37.pdf"
PDF_BYTES = b"%PDF-1.4\n% the guide's approval PDF\n%%EOF\n"


def seed_guide_tenant(simulator: Simulator) -> dict[str, list[str]]:
    """The rows behind the guide's examples, with the guide's GUIDs."""
    storage = simulator.storage
    technician = storage.create("User", {"code": "TECH1", "username": "tech@example.com", "lastname": "Tech"})
    storage.create("Company", {"code": "CUST1", "name": "Customer"})
    storage.create("Project", {"reference_back_office": "INST1", "name": "Boiler", "company_code": "CUST1"})
    job_fields = {"project_reference_back_office": "INST1", "job_type_code": "STD", "job_status_id": COMPLETED_STATUS_ID}
    storage.create("Jobs", {"id": FIRST_JOB, "reference_back_office": "ERP_PK_123", "name": "Yearly service", **job_fields})
    storage.create("Jobs", {"id": SECOND_JOB, "reference_back_office": "MyBackOfficeRef", "name": "TestWOWithReopen",
                            "id2": 41, **job_fields}, system=True)
    other_job = storage.create("Jobs", {"reference_back_office": "OTHER", **job_fields})
    parts = [
        storage.create("JobPartUsage", {"jobs_id": job, "user_id": technician["id"], "code": code,
                                        "quantity": Decimal("2"), "price": Decimal("12.50")})["id"]
        for job, code in ((FIRST_JOB, "VALVE"), (FIRST_JOB, "SEAL"), (other_job["id"], "PUMP"))
    ]
    times = [
        storage.create("JobNonPartUsage", {"jobs_id": job, "user_id": technician["id"], "type_code": kind,
                                           "quantity": Decimal("0.75"), "working_date": "2015-07-14T09:00:00.000Z"})["id"]
        for job, kind in ((FIRST_JOB, "WorkingTime"), (FIRST_JOB, "TravelTime"), (other_job["id"], "WorkingTime"))
    ]
    approval_fields = {"user_id": technician["id"], "job_status_id": COMPLETED_STATUS_ID}
    storage.create("JobApproval", {"jobs_id": FIRST_JOB, "is_daily_approval": True,
                                   "date_generated": "2015-07-13T16:00:00Z", **approval_fields})
    storage.create("JobApproval", {"id": FIRST_APPROVAL, "jobs_id": FIRST_JOB, "is_daily_approval": False,
                                   "date_generated": "2015-07-14T15:19:37Z", **approval_fields})
    # The queue already made this approval's PDF before the approval is written here.
    storage.create("DbFile", {"id": PDF_FILE, "db_table_name": "job_approval", "id_in_table": SECOND_APPROVAL,
                              "name": PDF_NAME, "file_name": PDF_NAME, "mime_type": "application/pdf",
                              "file_content": PDF_BYTES, "file_type_name": "JOB_APPROVAL"}, system=True)
    storage.create("DbFile", {"name": "photo.jpg", "file_name": "photo.jpg", "db_table_name": "job_approval",
                              "id_in_table": SECOND_APPROVAL, "mime_type": "image/jpeg", "file_content": b"\xff\xd8"})
    storage.create("JobApproval", {"id": SECOND_APPROVAL, "jobs_id": SECOND_JOB, "is_daily_approval": False,
                                   "date_generated": "2015-08-28T13:20:25.060Z", **approval_fields})
    return {"parts": [str(part) for part in parts[:2]], "times": [str(line) for line in times[:2]]}


@pytest.fixture
def guide(make_simulator) -> tuple[Simulator, httpx.Client, dict[str, list[str]]]:
    simulator = make_simulator()
    created = seed_guide_tenant(simulator)
    with client_for(simulator) as client:
        yield simulator, client, created


def send(simulator: Simulator, client: httpx.Client, number: int) -> httpx.Response:
    text = GUIDE_REQUESTS[number - 1]
    answer = client.get(f"{simulator.base_url}/{text}")
    assert simulator.request_log[-1] == ("GET", f"/api/{text}"), "the URL must reach the server as written"
    assert answer.status_code == 200, answer.text
    if answer.headers["Content-Type"].startswith("application/json"):
        assert_no_nulls(answer.json())
    return answer


def test_1_final_approvals_changed_after_the_watermark_oldest_first(guide) -> None:
    simulator, client, _ = guide
    body = send(simulator, client, 1).json()
    assert body["@odata.context"] == f"{simulator.base_url}/$metadata#JobApproval"
    assert "@odata.nextLink" not in body
    approvals = body["value"]
    assert [row["id"] for row in approvals] == [FIRST_APPROVAL, SECOND_APPROVAL]
    first = approvals[0]
    assert first["jobs_id"] == FIRST_JOB
    assert first["is_daily_approval"] is False
    assert (first["contact_name"], first["customer_remarks"]) == ("", "")
    assert parse_datetime(first["date_generated"]) == datetime(2015, 7, 14, 15, 19, 37, tzinfo=timezone.utc)
    assert first["job_status_id"] == "6557b9dc-6106-4327-8e26-6f24d0329c33"
    stamps = [row["modified_dateutc"] for row in approvals]
    assert stamps == sorted(stamps) and stamps[0] > "2015-07-14T13:08:00.000Z"


def test_2_erp_key_of_the_job_behind_an_approval(guide) -> None:
    simulator, client, _ = guide
    body = send(simulator, client, 2).json()
    assert body == {
        "@odata.context": f"{simulator.base_url}/$metadata#Jobs(reference_back_office)",
        "value": [{"reference_back_office": "ERP_PK_123"}],
    }


def test_3_and_4_parts_and_time_of_that_work_order(guide) -> None:
    simulator, client, created = guide
    parts = send(simulator, client, 3).json()
    assert parts["@odata.context"] == f"{simulator.base_url}/$metadata#JobPartUsage"
    assert sorted(row["id"] for row in parts["value"]) == sorted(created["parts"])
    assert all(row["jobs_id"] == FIRST_JOB and row["quantity"] == 2 and row["price"] == 12.5 for row in parts["value"])
    times = send(simulator, client, 4).json()
    assert times["@odata.context"] == f"{simulator.base_url}/$metadata#JobNonPartUsage"
    assert sorted(row["id"] for row in times["value"]) == sorted(created["times"])
    assert {row["type_code"] for row in times["value"]} == {"WorkingTime", "TravelTime"}
    assert all(row["quantity"] == 0.75 for row in times["value"])


def test_5_approval_pdfs_created_after_the_file_watermark(guide) -> None:
    simulator, client, _ = guide
    body = send(simulator, client, 5).json()
    assert body["@odata.context"] == f"{simulator.base_url}/$metadata#DbFile(id,id_in_table,file_name)"
    files = body["value"]
    assert all(list(row) == ["id", "id_in_table", "file_name"] for row in files)
    # The first approval's PDF came from the simulator's queue as that approval was stored; the
    # photo is no approval PDF.
    assert [row["id_in_table"] for row in files] == [FIRST_APPROVAL, SECOND_APPROVAL]
    assert files[0]["file_name"] == "Job #1 Yearly service 2015-07-14 15.19.37.pdf"
    assert files[1] == {"id": PDF_FILE, "id_in_table": SECOND_APPROVAL, "file_name": PDF_NAME}


def test_6_content_of_that_pdf(guide) -> None:
    simulator, client, _ = guide
    answer = send(simulator, client, 6)
    assert answer.content == PDF_BYTES
    assert answer.headers["Content-Type"] == "application/pdf"
    assert answer.headers["Content-Disposition"] == f'attachment; filename="{PDF_NAME}"'


def test_7_and_8_the_approval_and_its_job(guide) -> None:
    simulator, client, _ = guide
    approval = send(simulator, client, 7).json()
    assert approval["@odata.context"] == f"{simulator.base_url}/$metadata#JobApproval/$entity"
    assert (approval["id"], approval["jobs_id"]) == (SECOND_APPROVAL, SECOND_JOB)
    assert approval["date_generated"] == "2015-08-28T13:20:25.060Z"
    job = send(simulator, client, 8).json()
    assert job["@odata.context"] == f"{simulator.base_url}/$metadata#Jobs/$entity"
    assert (job["id"], job["reference_back_office"], job["id2"]) == (SECOND_JOB, "MyBackOfficeRef", 41)


def test_the_whole_export_over_the_demo_tenant(make_simulator) -> None:
    """Requests 1-8 in the guide's order over seeded demo data: every final approval leads to
    its job, lines and PDF; daily approvals never show up."""
    simulator = make_simulator(seed="demo", scale=10)
    assert simulator.pdf_queue.wait_idle(30)
    with client_for(simulator) as client:
        approvals = [row for page in follow(client, f"{simulator.base_url}/{GUIDE_REQUESTS[0]}") for row in page["value"]]
        assert approvals and all(row["is_daily_approval"] is False for row in approvals)
        files = [row for page in follow(client, f"{simulator.base_url}/{GUIDE_REQUESTS[4]}") for row in page["value"]]
        assert {row["id_in_table"] for row in files} == {row["id"] for row in approvals}
        sample = files[-1]
        content = client.get(f"{simulator.base_url}/DbFile/GetFileContent?id={sample['id']}")
        assert content.content.startswith(b"%PDF")
        approval = client.get(f"{simulator.base_url}/JobApproval({sample['id_in_table']})").json()
        job = client.get(f"{simulator.base_url}/Jobs({approval['jobs_id']})").json()
        assert job["job_status_id"] in {str(SYSTEM_JOB_STATUSES["Completed"]), str(SYSTEM_JOB_STATUSES["Canceled"])}
        assert job["reference_back_office"]
        lines = client.get(f"{simulator.base_url}/JobPartUsage?$filter=jobs_id+eq+{job['id']}").json()["value"]
        assert all(line["jobs_id"] == job["id"] for line in lines)
        assert uuid.UUID(job["id"])
