"""The demo tenant: complete typed rows, consistent references, a clock that only moves forward."""
from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from core.odyssee.values import EMPTY_DATE
from core.simulator import seed
from core.simulator.pdf import job_approval_file_name
from core.odyssee.model import (
    COMPLETED_STATUS_ID,
    EMPTY_GUID,
    ENTITY_SETS,
    LOCATION_EQUIPMENT_FAMILY_ID,
    SYSTEM_JOB_STATUSES,
)
from core.simulator.seed import generate, local_date_generated
from core.simulator.storage import Storage

NOW = datetime(2026, 3, 10, 9, 30, 12, 345678, tzinfo=timezone.utc)
SCALE = 40

PYTHON_TYPES = {"guid": uuid.UUID, "string": str, "bool": bool, "int": int, "decimal": Decimal,
                "datetime": datetime, "bytes": bytes}

# Plain GUID fields that point at rows (the Reference groups of the schema are checked on their own).
PLAIN_LINKS = {
    ("Project", "parent_id"): "Project",
    ("Jobs", "company_id"): "Company",
    ("Jobs", "user_id"): "User",
    ("JobApproval", "jobs_id"): "Jobs",
    ("JobApproval", "user_id"): "User",
    ("JobPartUsage", "jobs_id"): "Jobs",
    ("JobPartUsage", "user_id"): "User",
    ("JobPartUsage", "article_id"): "Article",
    ("JobPartUsage", "job_approval_id"): "JobApproval",
    ("JobNonPartUsage", "jobs_id"): "Jobs",
    ("JobNonPartUsage", "user_id"): "User",
    ("JobNonPartUsage", "job_approval_id"): "JobApproval",
    ("DbFile", "id_in_table"): "JobApproval",
}
# Links that may be empty (the API's "no value"), with the reason.
OPTIONAL_LINKS = {
    ("Project", "parent_id"),  # a Location is a root
    ("Jobs", "user_id"),  # an open job nobody has been assigned to yet
    ("JobPartUsage", "article_id"),  # a part typed in by hand
    ("ArticleCategory", "parent_id"),  # a top-level category
}


def collect(scale: int = SCALE, **options: object) -> list[tuple[str, list[dict]]]:
    options.setdefault("now", NOW)
    return list(generate(scale, **options))  # type: ignore[arg-type]


def rows_by_set(batches: list[tuple[str, list[dict]]]) -> dict[str, list[dict]]:
    result: dict[str, list[dict]] = defaultdict(list)
    for entity_set, rows in batches:
        result[entity_set].extend(rows)
    return result


@pytest.fixture(scope="module")
def batches() -> list[tuple[str, list[dict]]]:
    return collect()


@pytest.fixture(scope="module")
def tenant(batches) -> dict[str, list[dict]]:
    return rows_by_set(batches)


# ----------------------------------------------------------------------------------------------
# rows


def test_the_same_scale_seed_and_moment_give_the_same_rows(batches) -> None:
    assert collect() == batches
    other_seed = rows_by_set(collect(seed=2))
    assert [row["id"] for row in other_seed["Company"]] != [row["id"] for row in rows_by_set(batches)["Company"]]


def test_every_row_has_every_schema_field_with_its_type_and_no_none(batches) -> None:
    for entity_set, rows in batches:
        entity = ENTITY_SETS[entity_set]
        for row in rows:
            assert set(row) == set(entity.field_map), (entity_set, set(row) ^ set(entity.field_map))
            for spec in entity.fields:
                value = row[spec.name]
                assert value is not None, (entity_set, spec.name)
                assert type(value) is PYTHON_TYPES[spec.type], (entity_set, spec.name, value)
                if spec.type == "datetime":
                    assert value.utcoffset() == timedelta(0), (entity_set, spec.name)
                    assert value.microsecond % 1000 == 0, (entity_set, spec.name, value)  # the API's precision
                if spec.type == "string" and spec.max_length:
                    assert len(value) <= spec.max_length, (entity_set, spec.name, value)
                if spec.choices and value:
                    assert value in spec.choices, (entity_set, spec.name, value)
                if spec.minimum is not None:
                    assert value >= spec.minimum, (entity_set, spec.name, value)
                if spec.maximum is not None:
                    assert value <= spec.maximum, (entity_set, spec.name, value)
            if entity.erp_key:
                assert row[entity.erp_key], (entity_set, "ERP key")
            for spec in entity.fields:
                if spec.required and spec.type == "string":
                    assert row[spec.name], (entity_set, spec.name)


def test_money_has_two_decimals(tenant) -> None:
    prices = [row["entered_price"] for row in tenant["Article"]]
    prices += [row["price"] for name in ("JobPartUsage", "JobNonPartUsage") for row in tenant[name]]
    assert prices
    assert {price.as_tuple().exponent for price in prices} == {-2}
    assert all(price > 0 for price in prices)
    assert any(row["article_id"] == EMPTY_GUID for row in tenant["JobPartUsage"])  # typed-in parts are priced too


def test_batches_are_bounded_and_never_empty(batches) -> None:
    assert all(0 < len(rows) <= seed.BATCH_SIZE for _, rows in batches)


def test_modified_dateutc_strictly_increases_in_yield_order_and_stays_in_the_past(batches) -> None:
    stamps = [row["modified_dateutc"] for _, rows in batches for row in rows]

    assert all(earlier < later for earlier, later in zip(stamps, stamps[1:]))
    assert NOW - timedelta(days=200) < stamps[0]
    assert stamps[-1] < NOW


def test_no_row_is_modified_before_the_moment_it_records(tenant) -> None:
    for job in tenant["Jobs"]:
        if job["date_closed"] != EMPTY_DATE:
            assert job["modified_dateutc"] >= job["date_closed"]
    for line in tenant["JobNonPartUsage"]:
        assert line["modified_dateutc"] >= line["timesheet_date_to"]
    approvals = {row["id"]: row for row in tenant["JobApproval"]}
    for file in tenant["DbFile"]:
        assert file["modified_dateutc"] > approvals[file["id_in_table"]]["modified_dateutc"]


# ----------------------------------------------------------------------------------------------
# references


def test_every_reference_points_to_a_row_yielded_before_it_with_the_matching_code(batches) -> None:
    seen: dict[str, dict[uuid.UUID, dict]] = defaultdict(dict)
    system_statuses = {status_id: name for name, status_id in SYSTEM_JOB_STATUSES.items()}
    for entity_set, rows in batches:
        entity = ENTITY_SETS[entity_set]
        for row in rows:
            for reference in entity.references:
                target_id, code = row[reference.id_field], row[reference.code_field] if reference.code_field else None
                if target_id == EMPTY_GUID:
                    assert (entity_set, reference.id_field) in OPTIONAL_LINKS, (entity_set, reference.id_field)
                    assert not code, (entity_set, reference.code_field)
                    continue
                if reference.target == "JobStatus":  # the storage's own rows
                    assert system_statuses[target_id] == code
                    continue
                target = seen[reference.target].get(target_id)
                assert target is not None, (entity_set, reference.id_field)
                if reference.code_field:
                    assert code == target[reference.target_key], (entity_set, reference.code_field)
            for (link_set, field_name), target_set in PLAIN_LINKS.items():
                if link_set != entity_set:
                    continue
                if row[field_name] == EMPTY_GUID:
                    assert (entity_set, field_name) in OPTIONAL_LINKS, (entity_set, field_name)
                    continue
                assert row[field_name] in seen[target_set], (entity_set, field_name)
            seen[entity_set][row["id"]] = row  # after the checks: a row never refers to itself


def test_ids_are_unique_and_erp_keys_too(tenant) -> None:
    all_ids = [row["id"] for rows in tenant.values() for row in rows]
    assert len(all_ids) == len(set(all_ids))
    for entity_set, key in (("Company", "code"), ("Project", "reference_back_office"), ("Article", "code"),
                            ("User", "code"), ("User", "username"), ("Jobs", "reference_back_office"),
                            ("ProjectType", "code"), ("ProjectStatus", "code"), ("JobType", "code"),
                            ("ArticleCategory", "code")):
        values = [row[key] for row in tenant[entity_set]]
        assert len(values) == len(set(values)), (entity_set, key)


def test_erp_keys_look_like_an_erp_made_them(tenant) -> None:
    assert tenant["Company"][0]["code"] == "C00001"
    assert {row["reference_back_office"] for row in tenant["Project"]} >= {"P000001", "P000002"}
    assert tenant["Article"][0]["code"] == "ART-0001"
    assert tenant["User"][0]["code"] == "U001"
    assert sorted(row["id2"] for row in tenant["Jobs"]) == list(range(1, len(tenant["Jobs"]) + 1))
    for job in tenant["Jobs"]:
        assert job["reference_back_office"].startswith("WO-20")
        assert job["reference_back_office"].endswith(f"-{job['id2']:05d}")


def test_belgian_and_french_vat_numbers_carry_valid_check_digits(tenant) -> None:
    vat_numbers = [row["vat_reg_code"] for row in tenant["Company"]]
    belgian = [number for number in vat_numbers if number.startswith("BE")]
    french = [number for number in vat_numbers if number.startswith("FR")]
    assert belgian and french
    for number in belgian:
        digits = number[2:]
        assert len(digits) == 10 and 97 - int(digits[:8]) % 97 == int(digits[8:])
    for number in french:
        siren = int(number[4:])
        assert int(number[2:4]) == (12 + 3 * (siren % 97)) % 97


def test_each_company_has_one_location_root_with_its_installations_under_it(tenant) -> None:
    projects_by_company = defaultdict(list)
    for project in tenant["Project"]:
        projects_by_company[project["company_id"]].append(project)
    assert set(projects_by_company) == {company["id"] for company in tenant["Company"]}
    for projects in projects_by_company.values():
        locations = [row for row in projects if row["equipment_family_id"] == LOCATION_EQUIPMENT_FAMILY_ID]
        assert len(locations) == 1
        (location,) = locations
        assert location["parent_id"] == EMPTY_GUID
        assert location["serial_number"] == location["barcode"] == ""  # the vendor forbids both on a Location
        installations = [row for row in projects if row is not location]
        assert 1 <= len(installations) <= 3
        assert all(row["parent_id"] == location["id"] for row in installations)


def test_a_job_belongs_to_the_company_of_its_project(tenant) -> None:
    projects = {row["id"]: row for row in tenant["Project"]}
    for job in tenant["Jobs"]:
        project = projects[job["project_id"]]
        assert job["company_id"] == project["company_id"]
        assert project["equipment_family_id"] != LOCATION_EQUIPMENT_FAMILY_ID  # work is done on installations


def test_completed_jobs_have_one_final_approval_and_the_lines_hang_on_approvals_of_the_same_job(tenant) -> None:
    approvals_by_job = defaultdict(list)
    for approval in tenant["JobApproval"]:
        approvals_by_job[approval["jobs_id"]].append(approval)
    approvals = {row["id"]: row for row in tenant["JobApproval"]}
    for job in tenant["Jobs"]:
        finals = [row for row in approvals_by_job[job["id"]] if not row["is_daily_approval"]]
        if job["job_status_code"] == "Completed":
            assert len(finals) == 1
            assert finals[0]["job_status_id"] == COMPLETED_STATUS_ID
            assert job["date_closed"] != EMPTY_DATE
        else:
            assert not approvals_by_job[job["id"]]
    assert any(row["is_daily_approval"] for row in tenant["JobApproval"])
    for name in ("JobPartUsage", "JobNonPartUsage"):
        for line in tenant[name]:
            approval = approvals[line["job_approval_id"]]
            assert approval["jobs_id"] == line["jobs_id"]
            assert line["signed_by_company"] == approval["is_signed"]


def test_open_jobs_are_left_for_the_activity_ticker(tenant) -> None:
    open_jobs = [job for job in tenant["Jobs"] if job["job_status_code"] not in ("Completed", "Canceled")]
    assert open_jobs
    for job in open_jobs:
        assert job["date_closed"] == EMPTY_DATE
        if job["job_status_code"] in ("Planned", "Dispatched"):
            assert job["first_planning_date"] > NOW
            assert job["user_id"] != EMPTY_GUID


def test_every_final_approval_has_exactly_one_pdf_named_as_the_guide_says(tenant) -> None:
    jobs = {row["id"]: row for row in tenant["Jobs"]}
    files_by_approval = Counter(row["id_in_table"] for row in tenant["DbFile"])
    files = {row["id_in_table"]: row for row in tenant["DbFile"]}
    for approval in tenant["JobApproval"]:
        if approval["is_daily_approval"]:
            assert approval["id"] not in files_by_approval
            continue
        assert files_by_approval[approval["id"]] == 1
        file = files[approval["id"]]
        expected_name = job_approval_file_name(jobs[approval["jobs_id"]], approval)
        assert file["name"] == file["file_name"] == expected_name
        assert file["file_type_name"] == "JOB_APPROVAL"
        assert file["db_table_name"] == "job_approval"
        assert file["mime_type"] == "application/pdf"
        assert file["file_content"].startswith(b"%PDF-")
        assert file["file_size"] == len(file["file_content"])


def test_without_pdfs_no_files_are_made() -> None:
    tenant = rows_by_set(collect(10, with_pdfs=False))

    assert "DbFile" not in tenant
    assert tenant["JobApproval"]


# ----------------------------------------------------------------------------------------------
# scale


def test_counts_follow_the_scale() -> None:
    small, large = rows_by_set(collect(10, with_pdfs=False)), rows_by_set(collect(60, with_pdfs=False))
    for scale, tenant in ((10, small), (60, large)):
        assert len(tenant["Company"]) == scale
        assert 2 * scale <= len(tenant["Project"]) <= 4 * scale
        assert len(tenant["Jobs"]) == 2 * scale
        technicians = [row for row in tenant["User"] if row["functions"] in ("Service technician", "Team leader")]
        assert len(technicians) == max(5, round(scale / 10))
    assert len(large["JobApproval"]) > 4 * len(small["JobApproval"])


def test_the_job_history_and_the_pdfs_are_capped_whatever_the_scale(monkeypatch) -> None:
    monkeypatch.setattr(seed, "MAX_JOBS", 30)
    monkeypatch.setattr(seed, "MAX_PDFS", 5)
    monkeypatch.setattr(seed, "BATCH_SIZE", 50)

    batches = collect(120)
    tenant = rows_by_set(batches)

    assert len(tenant["Company"]) == 120
    assert len(tenant["Jobs"]) == 30
    assert len(tenant["DbFile"]) == 5
    assert max(len(rows) for _, rows in batches) <= 50
    latest_completed = sorted((job for job in tenant["Jobs"] if job["job_status_code"] == "Completed"),
                              key=lambda job: job["date_closed"])[-5:]
    with_pdf = {approval["jobs_id"] for approval in tenant["JobApproval"]
                if approval["id"] in {file["id_in_table"] for file in tenant["DbFile"]}}
    assert with_pdf == {job["id"] for job in latest_completed}  # the newest work has its PDFs


def test_an_empty_tenant_still_has_its_lookups_and_users() -> None:
    tenant = rows_by_set(collect(0))

    assert {"ProjectType", "ProjectStatus", "JobType", "ArticleCategory", "Article", "User"} <= set(tenant)
    assert not {"Company", "Project", "Jobs", "JobApproval", "DbFile"} & set(tenant)


@pytest.mark.parametrize("scale, error", [(-1, ValueError), ("3", TypeError), (2.5, TypeError), (True, TypeError)])
def test_a_bad_scale_is_refused_at_once(scale: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="scale"):
        generate(scale)  # type: ignore[arg-type]


def test_a_naive_now_is_taken_as_utc() -> None:
    naive = NOW.replace(tzinfo=None)

    assert list(generate(2, now=naive, with_pdfs=False)) == collect(2, with_pdfs=False)


# ----------------------------------------------------------------------------------------------
# the vendor's local time in date_generated


@pytest.mark.parametrize("moment, local", [
    ("2015-07-14T13:19:37", "2015-07-14T15:19:37"),  # the ERP-link guide's approval
    ("2026-01-15T10:00:00", "2026-01-15T11:00:00"),
    ("2026-03-29T00:59:59", "2026-03-29T01:59:59"),  # summer time starts at 01:00 UTC
    ("2026-03-29T01:00:00", "2026-03-29T03:00:00"),
    ("2026-10-25T00:59:59", "2026-10-25T02:59:59"),  # and ends at 01:00 UTC
    ("2026-10-25T01:00:00", "2026-10-25T02:00:00"),
])
def test_date_generated_holds_belgian_wall_clock_time(moment: str, local: str) -> None:
    utc = datetime.fromisoformat(moment).replace(tzinfo=timezone.utc)

    assert local_date_generated(utc) == datetime.fromisoformat(local).replace(tzinfo=timezone.utc)


def test_approvals_are_generated_shortly_after_the_work_they_record(tenant) -> None:
    jobs = {row["id"]: row for row in tenant["Jobs"]}
    for approval in tenant["JobApproval"]:
        if approval["is_daily_approval"]:
            continue
        closed = jobs[approval["jobs_id"]]["date_closed"]
        assert local_date_generated(closed) <= approval["date_generated"] <= local_date_generated(closed) + \
            timedelta(minutes=5)


# ----------------------------------------------------------------------------------------------
# into the simulator's storage


def test_the_rows_load_into_the_storage_and_system_data_adds_no_duplicates() -> None:
    storage = Storage()
    try:
        tenant = collect(5)
        for entity_set, rows in tenant:
            storage.bulk_insert(entity_set, rows)
        storage.ensure_system_data()

        assert storage.count("Company") == 5
        assert storage.count("JobStatus") == len(SYSTEM_JOB_STATUSES)
        statuses = [row for row in rows_by_set(tenant)["ProjectStatus"] if row["is_default"]]
        assert [row["code"] for row in statuses] == ["ACTIVE"]
        assert storage.find_by("ProjectStatus", "code", "ACTIVE")["id"] == statuses[0]["id"]
        assert storage.count("ProjectStatus") == len(seed.PROJECT_STATUSES)
        assert storage.count("JobType") == len(seed.JOB_TYPES)
        stored_job = storage.get("Jobs", rows_by_set(tenant)["Jobs"][0]["id"])
        assert stored_job == rows_by_set(tenant)["Jobs"][0]
        assert storage.next_modified() > max(row["modified_dateutc"] for _, rows in tenant for row in rows)
    finally:
        storage.close()
