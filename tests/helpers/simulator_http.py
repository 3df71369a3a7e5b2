"""Raw HTTP against a simulator, for the simulator's own tests: real httpx clients, rows made
through the API.

Those tests' simulators start with ``CREDENTIALS`` (tests/core/simulator/conftest.py).
"""
from __future__ import annotations

import httpx

from core.simulator.server import Simulator

DOMAIN = "DEMO"
USERNAME = "api"
PASSWORD = "s3cret:with@signs"
CREDENTIALS = {"domain": DOMAIN, "username": USERNAME, "password": PASSWORD}


def client_for(simulator: Simulator, **options: object) -> httpx.Client:
    options.setdefault("timeout", 10)
    return httpx.Client(base_url=simulator.base_url, auth=simulator.auth, **options)  # type: ignore[arg-type]


def follow(client: httpx.Client, url: str) -> list[dict]:
    """Every page of a list; each page checked for its envelope."""
    pages = []
    while url:
        answer = client.get(url)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        assert set(page) <= {"@odata.context", "@odata.count", "value", "@odata.nextLink"}
        pages.append(page)
        url = page.get("@odata.nextLink")
    return pages


def assert_no_nulls(document: object, path: str = "$") -> None:
    """No ``null`` anywhere in a decoded JSON document."""
    assert document is not None, f"null at {path}"
    if isinstance(document, dict):
        for key, value in document.items():
            assert_no_nulls(value, f"{path}.{key}")
    elif isinstance(document, list):
        for index, value in enumerate(document):
            assert_no_nulls(value, f"{path}[{index}]")


def create_company(client: httpx.Client, code: str, **fields: object) -> dict:
    answer = client.post("/Company", json={"code": code, "name": f"Company {code}", **fields})
    assert answer.status_code == 201, answer.text
    return answer.json()


def create_job(client: httpx.Client, *, company_code: str = "C1", project_ref: str = "P1", **fields: object) -> dict:
    """A job on a project of a company, creating both through embedded nodes when missing."""
    answer = client.post(
        "/Jobs",
        json={
            "name": "Repair",
            "project": {
                "reference_back_office": project_ref,
                "name": f"Installation {project_ref}",
                "company": {"code": company_code, "name": f"Company {company_code}"},
            },
            "job_type_code": "STD",
            "job_status_code": "Open",
            **fields,
        },
    )
    assert answer.status_code == 201, answer.text
    return answer.json()
