"""The job approval PDF: a valid document that says what the approval says, whatever the text."""
from __future__ import annotations

import os
import uuid
from datetime import datetime, timezone
from decimal import Decimal

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: E402
from PySide6.QtPdf import QPdfDocument  # noqa: E402

from core.odyssee.values import EMPTY_DATE  # noqa: E402
from core.simulator import pdf  # noqa: E402
from core.simulator.pdf import job_approval_file_name, render_job_approval_pdf  # noqa: E402
from core.odyssee.model import COMPLETED_STATUS_ID, EMPTY_GUID  # noqa: E402

GENERATED = datetime(2015, 7, 14, 15, 19, 37, tzinfo=timezone.utc)


def pdf_pages(content: bytes) -> list[str]:
    """The text of every page, as a PDF reader extracts it."""
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready, document.error()
    pages = [document.getAllText(page).text() for page in range(document.pageCount())]
    document.close()
    return [" ".join(page.split()) for page in pages]  # line breaks and runs of spaces as one space


def assert_is_pdf(content: bytes) -> None:
    assert content.startswith(b"%PDF-")
    assert content.rstrip().endswith(b"%%EOF")


def part(code: str, name: str, quantity: str, price: str, **extra: object) -> dict:
    return {
        "id": uuid.uuid4(), "jobs_id": uuid.uuid4(), "user_id": uuid.uuid4(), "article_id": uuid.uuid4(),
        "job_approval_id": uuid.uuid4(), "working_date": GENERATED, "code": code, "name": name,
        "description": f"{name} (description)", "remark": "", "quantity": Decimal(quantity), "price": Decimal(price),
        "signed_by_company": True, "is_under_warranty": False, **extra,
    }


def time_line(type_code: str, hours: str, description: str, memo: str = "") -> dict:
    return {
        "id": uuid.uuid4(), "jobs_id": uuid.uuid4(), "user_id": uuid.uuid4(), "job_approval_id": uuid.uuid4(),
        "working_date": GENERATED, "timesheet_date_from": GENERATED, "timesheet_date_to": GENERATED,
        "type_code": type_code, "line_code": "NORMAL", "description": description, "line_memo": memo,
        "quantity": Decimal(hours), "price": Decimal("68.00"), "signed_by_company": True, "is_under_warranty": False,
    }


@pytest.fixture
def report() -> dict:
    """The arguments of one approval PDF, as typed rows."""
    approval = {
        "id": uuid.uuid4(), "jobs_id": uuid.uuid4(), "user_id": uuid.uuid4(), "ready_for_multi_approval": False,
        "is_daily_approval": False, "is_signed": True, "contact_id": EMPTY_GUID, "contact_name": "Marie Lambert",
        "customer_remarks": "Everything works again.\nPlease invoice the head office.", "additional_email": "",
        "date_generated": GENERATED, "job_status_id": COMPLETED_STATUS_ID, "rating": 4,
        "modified_dateutc": datetime(2015, 7, 14, 13, 20, 7, tzinfo=timezone.utc),
    }
    job = {
        "id": approval["jobs_id"], "id2": 41, "reference_back_office": "WO-2015-00041", "name": "TestWOWithReopen",
        "description": "Yearly maintenance of the boiler.", "company_id": uuid.uuid4(), "user_id": approval["user_id"],
    }
    company = {
        "id": job["company_id"], "code": "C00001", "name": "Brasserie du Parc SRL", "street": "Rue Haute",
        "street_number": "12", "street2": "", "zip": "4000", "city": "Liège", "db_country_code": "BE",
        "vat_reg_code": "BE0417497106",
    }
    project = {"id": uuid.uuid4(), "reference_back_office": "P000002", "name": "Condensing gas boiler 24 kW",
               "serial_number": "SN12345678"}
    technician = {"id": approval["user_id"], "code": "U001", "firstname": "Koen", "lastname": "Peeters"}
    parts = [
        part("ART-0001", "Air filter G4 592x592x48", "2", "9.80"),
        part("ART-0002", "Safety valve 3 bar 1/2\"", "1", "14.50"),
        part("ART-0003", "Circulator pump 25-60 180 mm", "1", "241.00", is_under_warranty=True),
    ]
    time_lines = [
        time_line("TravelTime", "0.75", "Travel", "Outbound"),
        time_line("WorkingTime", "2.5", "Normal hours", "Cleaned the burner"),
    ]
    return {"approval": approval, "job": job, "company": company, "project": project, "technician": technician,
            "parts": parts, "time_lines": time_lines}


@pytest.fixture
def fresh_font_lookup(monkeypatch):
    """Forget which Unicode font was found, before and after the test."""
    monkeypatch.setattr(pdf, "_unusable_fonts", set())
    pdf._unicode_font.cache_clear()
    yield
    pdf._unicode_font.cache_clear()


# ----------------------------------------------------------------------------------------------
# content


def test_the_pdf_is_valid_and_shows_everything_the_approval_says(report: dict) -> None:
    content = render_job_approval_pdf(**report)

    assert_is_pdf(content)
    (text,) = pdf_pages(content)
    for expected in (
        "Job approval", "Job #41", "TestWOWithReopen", "WO-2015-00041",
        "Brasserie du Parc SRL", "Rue Haute 12", "4000 Liège, BE", "VAT BE0417497106",
        "Condensing gas boiler 24 kW (P000002)", "SN12345678", "Koen Peeters", "2015-07-14 15:19", "Completed",
        "Yearly maintenance of the boiler.",
        "ART-0001 Air filter G4 592x592x48 2 9.80 19.60",
        "ART-0002 Safety valve 3 bar 1/2\" 1 14.50 14.50",
        "Circulator pump 25-60 180 mm (warranty) 1 241.00 0.00",
        "2015-07-14 Travel time Travel – Outbound 0.75",
        "2015-07-14 Working time Normal hours – Cleaned the burner 2.50",
        "Working time (h) 2.50", "Travel time (h) 0.75",
        "Parts (EUR) 34.10", "Labour and travel (EUR) 221.00", "Total excl. VAT (EUR) 255.10",
        "Everything works again. Please invoice the head office.", "Marie Lambert", "4/5", "Signed",
    ):
        assert expected in text, expected


def test_an_unsigned_daily_approval_says_so(report: dict) -> None:
    report["approval"].update(is_signed=False, is_daily_approval=True, contact_name="", customer_remarks="", rating=0)

    (text,) = pdf_pages(render_job_approval_pdf(**report))

    assert "Daily job approval" in text
    assert "Not signed by the customer" in text
    assert "Signed" not in text
    assert "Rating" not in text


def test_empty_tables_and_missing_related_rows_still_give_a_report(report: dict) -> None:
    content = render_job_approval_pdf(report["approval"], report["job"], None, None, None, [], [])

    (text,) = pdf_pages(content)
    assert "Job #41" in text
    assert "No parts used." in text
    assert "No time registered." in text
    assert "Total excl. VAT (EUR) 0.00" in text


def test_malformed_values_do_not_stop_the_report(report: dict) -> None:
    report["parts"] = [part("X", "Odd\x00line\twith\ncontrols", "1", "2.00") | {"quantity": "a lot", "price": None}]
    report["time_lines"][0]["working_date"] = "yesterday"
    report["approval"]["date_generated"] = EMPTY_DATE
    report["job"]["name"] = None

    (text,) = pdf_pages(render_job_approval_pdf(**report))

    assert "Odd line with controls 0 0.00 0.00" in text
    assert "Job #41" in text


def test_many_lines_flow_onto_more_pages_with_the_table_header_repeated(report: dict) -> None:
    report["parts"] = [part(f"ART-{number:04d}", f"Copper elbow {number} mm", "1", "1.10") for number in range(1, 91)]

    pages = pdf_pages(render_job_approval_pdf(**report))

    assert len(pages) >= 2
    assert "ART-0001" in pages[0]
    assert "ART-0090" in pages[-1] or any("ART-0090" in page for page in pages[1:])
    assert all("Code Article Qty Unit price Total" in page for page in pages[:2])
    assert f"Page {len(pages)}/{len(pages)}" in pages[-1]
    assert "(continued)" in pages[1]


def test_a_long_name_is_cut_to_fit_its_cell(report: dict) -> None:
    report["parts"][0]["name"] = "Pocket filter " + "very long description " * 12

    (text,) = pdf_pages(render_job_approval_pdf(**report))

    assert "Pocket filter very long description" in text
    assert "…" in text
    assert ("very long description " * 12).strip() not in text


def test_the_same_approval_gives_the_same_bytes(report: dict) -> None:
    first = render_job_approval_pdf(**report)
    second = render_job_approval_pdf(**report)
    report["approval"]["date_generated"] = datetime(2015, 7, 15, 8, 0, tzinfo=timezone.utc)

    assert first == second
    assert render_job_approval_pdf(**report) != first


# ----------------------------------------------------------------------------------------------
# text outside the core fonts


UNICODE_NAMES = ("Bäckerei Müller GmbH", "Ørsted Service A/S", "Zakład Łódź sp. z o.o.", "Œuvre — “Ça va” €")


@pytest.mark.parametrize("name", UNICODE_NAMES)
def test_unicode_names_are_printed(report: dict, name: str, fresh_font_lookup) -> None:
    report["company"]["name"] = name
    report["technician"]["lastname"] = name

    content = render_job_approval_pdf(**report)

    assert_is_pdf(content)
    (text,) = pdf_pages(content)
    if pdf._unicode_font() is not None:
        assert name in text
    else:  # a machine without any Unicode TrueType font
        assert pdf._transliterate(name) in text
    assert "Job #41" in text


def test_text_no_font_covers_does_not_stop_the_report(report: dict, fresh_font_lookup) -> None:
    report["company"]["name"] = "東京 Service 🔧"

    (text,) = pdf_pages(render_job_approval_pdf(**report))

    assert "Service" in text
    assert "Job #41" in text


def test_without_a_unicode_font_the_text_is_transliterated(report: dict, monkeypatch, fresh_font_lookup) -> None:
    monkeypatch.setattr(pdf, "_font_candidates", lambda: [])
    report["company"]["name"] = "Zakład Łódź Ørsted"
    report["job"]["name"] = "Revisión ĦŦ 東京"

    content = render_job_approval_pdf(**report)

    assert b"/FontFile2" not in content  # nothing embedded: core fonts only
    (text,) = pdf_pages(content)
    assert "Zaklad Lódz Ørsted" in text  # ó and Ø are in the core fonts' encoding
    assert "Revisión HT ??" in text


def test_a_damaged_font_file_falls_back_to_transliteration(report: dict, monkeypatch, tmp_path,
                                                           fresh_font_lookup) -> None:
    broken = tmp_path / "DejaVuSans.ttf"
    broken.write_bytes(b"not a font at all" * 10)
    monkeypatch.setattr(pdf, "_font_candidates", lambda: [(broken, broken)])
    report["company"]["name"] = "Łódź"

    (text,) = pdf_pages(render_job_approval_pdf(**report))

    assert "Lódz" in text
    assert pdf._unicode_font() is None  # not tried again for every PDF


# ----------------------------------------------------------------------------------------------
# file names


def test_the_file_name_follows_the_guide() -> None:
    job = {"id2": 41, "name": "TestWOWithReopen"}
    approval = {"date_generated": GENERATED}

    assert job_approval_file_name(job, approval) == "Job #41 TestWOWithReopen 2015-07-14 15.19.37.pdf"


def test_the_file_name_keeps_whatever_the_job_name_holds() -> None:
    approval = {"date_generated": GENERATED}

    assert job_approval_file_name({"id2": 7, "name": "Łódź: A/B <1>"}, approval) == \
        "Job #7 Łódź: A/B <1> 2015-07-14 15.19.37.pdf"
    assert job_approval_file_name({"id2": 7, "name": ""}, approval) == "Job #7 2015-07-14 15.19.37.pdf"


def test_a_long_job_name_is_shortened_to_the_schema_limit_keeping_number_date_and_suffix() -> None:
    words = "Annual maintenance of the complete installation " * 5
    shortened = job_approval_file_name({"id2": 123456, "name": words}, {"date_generated": GENERATED})
    unbroken = job_approval_file_name({"id2": 123456, "name": "x" * 300}, {"date_generated": GENERATED})

    assert shortened.startswith("Job #123456 Annual maintenance of the complete installation")
    assert shortened.endswith("… 2015-07-14 15.19.37.pdf")
    assert 95 <= len(shortened) <= 100  # cut at the limit, less the space before the ellipsis
    assert unbroken == "Job #123456 " + "x" * 63 + "… 2015-07-14 15.19.37.pdf"
    assert len(unbroken) == 100


def test_a_file_name_at_the_limit_is_left_alone() -> None:
    stem = "Job #1  2015-07-14 15.19.37.pdf"
    name = "x" * (100 - len(stem))
    file_name = job_approval_file_name({"id2": 1, "name": name}, {"date_generated": GENERATED})

    assert file_name == f"Job #1 {name} 2015-07-14 15.19.37.pdf"
    assert len(file_name) == 100
