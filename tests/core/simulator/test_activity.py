"""The field-activity ticker completes jobs the way technicians would."""
from __future__ import annotations

from core.odyssee.model import COMPLETED_STATUS_ID
from core.simulator.activity import ActivityTicker
from core.simulator.storage import Storage
from tests.helpers.simulator_http import client_for, create_job
from tests.helpers.waiting import wait_until

COMPLETED = str(COMPLETED_STATUS_ID)


def test_the_ticker_completes_an_open_job_on_its_own(make_simulator) -> None:
    simulator = make_simulator(activity_interval=0.3)
    with client_for(simulator) as client:
        job = create_job(client, name="Open job")
        finals = wait_until(
            lambda: client.get("/JobApproval", params={"$filter": "is_daily_approval eq false"}).json()["value"],
            what="a completed job",
        )
        approval = finals[0]
        assert approval["jobs_id"] == job["id"] and approval["job_status_id"] == COMPLETED
        completed = client.get(f"/Jobs({job['id']})").json()
        assert completed["job_status_id"] == COMPLETED and completed["job_status_code"] == "Completed"
        assert completed["date_closed"] > "2000"
        for entity_set in ("JobPartUsage", "JobNonPartUsage"):
            lines = client.get(f"/{entity_set}", params={"$filter": f"jobs_id eq {job['id']}"}).json()["value"]
            assert lines and all(line["job_approval_id"] == approval["id"] for line in lines)
            assert all(line["modified_dateutc"] < approval["modified_dateutc"] for line in lines)
        assert completed["modified_dateutc"] < approval["modified_dateutc"]
        pdfs = client.get("/DbFile", params={"$filter": f"id_in_table eq {approval['id']}"}).json()["value"]
        assert len(pdfs) == 1 and pdfs[0]["file_type_name"] == "JOB_APPROVAL"


def test_with_no_open_job_a_new_one_is_created_and_completed() -> None:
    storage = Storage()
    storage.ensure_system_data()
    ticker = ActivityTicker(storage, seed=3)
    try:
        first = ticker.tick()
        second = ticker.tick()
        assert storage.count("Jobs") == 2 and first["jobs_id"] != second["jobs_id"]
        assert storage.count("Company") == 1 and storage.count("User") == 1  # made once, then reused
        for approval in (first, second):
            job = storage.get("Jobs", approval["jobs_id"])
            assert job["job_status_id"] == COMPLETED_STATUS_ID and job["id2"] > 0
    finally:
        storage.close()


def test_daily_approvals_come_before_the_final_one_and_only_sometimes() -> None:
    storage = Storage()
    storage.ensure_system_data()
    ticker = ActivityTicker(storage, seed=11)
    try:
        finals = [ticker.tick() for _ in range(12)]
        approvals = storage.rows("JobApproval", order_by='ORDER BY "modified_dateutc"')
        dailies = [row for row in approvals if row["is_daily_approval"]]
        assert 0 < len(dailies) < len(finals)
        for daily in dailies:
            final = next(row for row in finals if row["jobs_id"] == daily["jobs_id"])
            assert daily["modified_dateutc"] < final["modified_dateutc"]
        assert ticker.completed == 12
    finally:
        storage.close()
