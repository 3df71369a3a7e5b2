"""The job approval PDF queue, observed through the API: files appear as the guide describes."""
from __future__ import annotations

import httpx

from core.simulator.pdf import job_approval_file_name
from core.simulator.server import Simulator
from tests.helpers.simulator_http import client_for, create_job
from tests.helpers.waiting import wait_until

PDF_FILTER = "file_type_name eq 'JOB_APPROVAL' and db_table_name eq 'job_approval'"


def approval_files(client: httpx.Client, approval_id: str) -> list[dict]:
    answer = client.get("/DbFile", params={"$filter": f"{PDF_FILTER} and id_in_table eq {approval_id}"})
    assert answer.status_code == 200, answer.text
    return answer.json()["value"]


def post_approval(client: httpx.Client, job: dict, **fields: object) -> dict:
    answer = client.post("/JobApproval", json={
        "jobs_id": job["id"], "user_id": job["id"], "date_generated": "2024-03-05T14:15:16.000Z",
        "job_status_id": "6557b9dc-6106-4327-8e26-6f24d0329c33", **fields,
    })
    assert answer.status_code == 201, answer.text
    return answer.json()


def test_without_delay_the_pdf_exists_when_the_post_answers(make_simulator) -> None:
    simulator = make_simulator()
    with client_for(simulator) as client:
        job = create_job(client, name="Boiler repair")
        client.post("/JobPartUsage", json={"jobs_id": job["id"], "user_id": job["id"], "code": "VALVE", "quantity": 1})
        approval = post_approval(client, job)
        files = approval_files(client, approval["id"])
        assert len(files) == 1
        stored = files[0]
        assert stored["file_type_name"] == "JOB_APPROVAL" and stored["mime_type"] == "application/pdf"
        expected_name = job_approval_file_name(
            simulator.storage.get("Jobs", job["id"]), simulator.storage.get("JobApproval", approval["id"])
        )
        assert stored["file_name"] == stored["name"] == expected_name == "Job #1 Boiler repair 2024-03-05 14.15.16.pdf"
        content = client.get("/DbFile/GetFileContent", params={"id": stored["id"]}).content
        assert content.startswith(b"%PDF") and stored["file_size"] == len(content)
        assert stored["modified_dateutc"] > approval["modified_dateutc"]

        daily = post_approval(client, job, is_daily_approval=True)
        assert approval_files(client, daily["id"]) == []
        # Writing the approval again does not make a second PDF.
        client.put(f"/JobApproval({approval['id']})", json={**approval, "customer_remarks": "ok"})
        assert len(approval_files(client, approval["id"])) == 1
        # A daily approval turned final gets its PDF.
        client.put(f"/JobApproval({daily['id']})", json={**daily, "is_daily_approval": False})
        assert len(approval_files(client, daily["id"])) == 1


def test_with_a_delay_the_pdf_is_not_there_before_its_time(make_simulator) -> None:
    simulator = make_simulator(pdf_delay=3600)  # an hour: no machine is slow enough to reach it
    with client_for(simulator) as client:
        approval = post_approval(client, create_job(client))
        assert approval_files(client, approval["id"]) == []
        assert simulator.pdf_queue.pending == 1


def test_with_a_delay_the_pdf_appears_later(make_simulator) -> None:
    simulator = make_simulator(pdf_delay=0.2)
    with client_for(simulator) as client:
        approval = post_approval(client, create_job(client))
        files = wait_until(lambda: approval_files(client, approval["id"]), what="the delayed PDF")
        assert len(files) == 1 and simulator.pdf_queue.pending == 0


def test_pdfs_still_queued_at_shutdown_are_made_after_a_restart(make_simulator, tmp_path) -> None:
    first = make_simulator(data_dir=tmp_path, pdf_delay=60)
    with client_for(first) as client:
        approval = post_approval(client, create_job(client))
    first.stop()  # does not wait for the queued PDF: it is still to be made
    assert first.pdf_queue.pending == 1
    second = make_simulator(data_dir=tmp_path)
    assert second.pdf_queue.wait_idle(10)
    with client_for(second) as client:
        assert len(approval_files(client, approval["id"])) == 1


def test_the_generate_call_is_idempotent(make_simulator) -> None:
    simulator: Simulator = make_simulator()
    with client_for(simulator) as client:
        approval = post_approval(client, create_job(client))
    first = simulator.pdf_queue.existing_file(approval["id"])
    assert simulator.pdf_queue.generate(approval["id"])["id"] == first["id"]
    assert simulator.pdf_queue.missing_approvals() == []
