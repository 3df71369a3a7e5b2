"""Completed work in a simulator, for the export, PDF, crash, office and CLI tests: a small
tenant, jobs completed by the simulator's field-activity ticker, their final approvals.

A simulator gets the tenant by ``populate=add_small_tenant`` (tests/core/sync/conftest.py).
"""
from __future__ import annotations

import uuid
from decimal import Decimal

from core.odata import OdysseeClient, RetryPolicy
from core.simulator.server import Simulator

FAST_RETRY = RetryPolicy(max_attempts=8, base_delay=0.01, max_delay=0.05)


def add_small_tenant(simulator: Simulator) -> None:
    """One technician, one customer with one site, two articles: codes the export must find."""
    storage = simulator.storage
    storage.create("User", {"code": "TECH-1", "username": "tech@example.com", "firstname": "Tess", "lastname": "Tech"})
    storage.create("Company", {"code": "CUST-1", "name": "Customer One"})
    storage.create("Project", {"reference_back_office": "SITE-1", "name": "Boiler room", "company_code": "CUST-1"})
    storage.create("Article", {"code": "ART-1", "name": "Filter", "entered_price": Decimal("8.90")})
    storage.create("Article", {"code": "ART-2", "name": "Pump", "entered_price": Decimal("189.00")})


def complete_jobs(simulator: Simulator, references: list[str]) -> list[dict]:
    """Open a job per reference and let the field-activity ticker complete it, one after the other.

    Returns the final approvals in that order (the ticker may add a daily approval before some).
    """
    project = simulator.storage.find_by("Project", "reference_back_office", "SITE-1")
    approvals = []
    for reference in references:
        simulator.storage.create("Jobs", {
            "reference_back_office": reference, "name": f"Service {reference}", "project_id": project["id"],
            "job_type_code": "STD", "job_status_code": "Open",
        })
        approvals.append(simulator.activity.tick())  # the only open job: this one
    return approvals


def client_for(simulator: Simulator, **options) -> OdysseeClient:
    options.setdefault("retry", FAST_RETRY)
    return OdysseeClient(simulator.base_url, auth_header=simulator.authorization, **options)


def final_approvals(simulator: Simulator) -> dict[str, dict]:
    return {
        str(row["id"]): row for row in simulator.storage.rows("JobApproval") if not row["is_daily_approval"]
    }


def orphan_approval(simulator: Simulator, user_id) -> dict:
    """A final approval whose job Odyssee does not have (a job deleted, an import gone wrong)."""
    return simulator.storage.create("JobApproval", {"jobs_id": uuid.uuid4(), "user_id": user_id})


def add_missing_job(simulator: Simulator, approval: dict, reference: str) -> None:
    """Someone repairs it in Odyssee: the job the approval names exists now."""
    project = simulator.storage.find_by("Project", "reference_back_office", "SITE-1")
    simulator.storage.create("Jobs", {
        "id": approval["jobs_id"], "reference_back_office": reference, "name": f"Service {reference}",
        "project_id": project["id"], "job_type_code": "STD", "job_status_code": "Open",
    })
