"""XML answers of the simulator over real HTTP: negotiation, DataContract shape, paging, escaping, errors."""
from __future__ import annotations

import base64
import json
import re
import uuid
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from typing import Callable

import httpx
import pytest

from core.odyssee.model import ENTITY_SETS
from core.simulator.server import Simulator
from core.simulator.xml import INSTANCE_NAMESPACE, prefers_xml
from tests.helpers.simulator_http import client_for, create_company

XML = {"Accept": "application/xml"}
XML_DATE = re.compile(r"\A\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\Z")


def xml_of(answer: httpx.Response, status: int = 200) -> ET.Element:
    assert answer.status_code == status, answer.text
    assert answer.headers["Content-Type"] == "application/xml; charset=utf-8"
    return ET.fromstring(answer.content)


def json_as_text(answer: httpx.Response) -> dict[str, str]:
    """A JSON entity's fields as the text XML must carry (numbers in their JSON spelling)."""
    document = json.loads(answer.content, parse_int=str, parse_float=str)
    return {
        name: ("true" if value else "false") if isinstance(value, bool) else value
        for name, value in document.items()
        if not name.startswith("@")
    }


def fields_of(element: ET.Element) -> dict[str, str]:
    return {child.tag: child.text or "" for child in element}


def add_companies(simulator: Simulator, count: int) -> list[str]:
    base = datetime(2021, 5, 1, tzinfo=timezone.utc)
    rows = [
        {"id": uuid.uuid4(), "code": f"X{index:03d}", "name": f"Company {index}", "city": "Gent",
         "modified_dateutc": base + timedelta(seconds=index)}
        for index in range(count)
    ]
    simulator.storage.bulk_insert("Company", rows)
    return [row["code"] for row in rows]


# ----------------------------------------------------------------------------------------------
# negotiation


@pytest.mark.parametrize(
    ("accept", "xml"),
    [
        (None, False),
        ("", False),
        ("*/*", False),
        ("application/json", False),
        ("text/json", False),
        ("application/xml", True),
        ("text/xml", True),
        ("Application/XML; charset=utf-8", True),
        ("application/json, application/xml", False),
        ("application/xml, application/json", True),
        ("application/json;q=0.5, text/xml", True),
        ("application/xml;q=0.5, application/json;q=0.9", False),
        ("text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8", True),
        ("application/xml;q=0", False),
        ("application/*, application/xml;q=0.5", False),
        ("image/png", False),
    ],
)
def test_accept_header_chooses_the_format(accept: str | None, xml: bool) -> None:
    assert prefers_xml(accept) is xml


def test_json_answers_are_unchanged_without_an_xml_accept(api: httpx.Client) -> None:
    company = create_company(api, "J1", city="Gent")
    for url in (f"/Company({company['id']})", "/Company?$count=true", "/Company(not-a-guid)"):
        answers = [
            api.get(url),
            api.get(url, headers={"Accept": "application/json"}),
            api.get(url, headers={"Accept": "*/*"}),
            api.get(url, headers={"Accept": "application/json, application/xml"}),
        ]
        assert {answer.content for answer in answers} == {answers[0].content}
        assert {answer.headers["Content-Type"] for answer in answers} == {
            "application/json; odata.metadata=minimal; charset=utf-8"
        }
        answers[0].json()  # still JSON


# ----------------------------------------------------------------------------------------------
# one entity


def test_single_entity_in_datacontract_xml(api: httpx.Client) -> None:
    company = create_company(api, "C1", city="Gent", is_supplier=True)
    url = f"/Company({company['id']})"
    answer = api.get(url, headers=XML)
    root = xml_of(answer)

    assert root.tag == "company"
    assert answer.content.startswith(f'<company xmlns:i="{INSTANCE_NAMESPACE}">'.encode())
    tags = [child.tag for child in root]
    assert tags == sorted(tags) and len(tags) == len(set(tags))
    fields = fields_of(root)
    assert fields == json_as_text(api.get(url))
    assert fields["archived"] == "false" and fields["is_supplier"] == "true"
    assert fields["city"] == "Gent" and fields["code"] == "C1"
    assert fields["id"] == company["id"].lower()
    assert XML_DATE.match(fields["modified_dateutc"]) and fields["create_date"] == "1980-01-01T00:00:00.000Z"


def test_decimals_integers_and_bytes_as_in_json(api: httpx.Client) -> None:
    created = api.post("/Article", content=b'{"code": "A1", "name": "Valve", "entered_price": 12.50}',
                       headers={"Content-Type": "application/json"})
    assert created.status_code == 201, created.text
    article = created.json()
    file_content = base64.b64encode(b"\x00hi").decode()
    stored_file = api.post("/DbFile", json={"name": "n.txt", "file_content": file_content}).json()

    article_xml = fields_of(xml_of(api.get(f"/Article({article['id']})", headers=XML)))
    assert article_xml["entered_price"] == "12.50"
    assert article_xml == json_as_text(api.get(f"/Article({article['id']})"))

    file_xml = fields_of(xml_of(api.get(f"/DbFile({stored_file['id']})", headers=XML)))
    assert base64.b64decode(file_xml["file_content"]) == b"\x00hi"
    assert file_xml["file_size"] == "3"
    assert file_xml == json_as_text(api.get(f"/DbFile({stored_file['id']})"))


def test_every_entity_set_matches_its_json(make_simulator: Callable[..., Simulator]) -> None:
    simulator = make_simulator(seed="demo", scale=5)
    with client_for(simulator) as client:
        for name, entity in ENTITY_SETS.items():
            json_rows = json.loads(client.get(f"/{name}?$top=2").content, parse_int=str, parse_float=str)["value"]
            root = xml_of(client.get(f"/{name}?$top=2", headers=XML))
            assert root.tag == f"ArrayOf{entity.table}"
            assert [child.tag for child in root] == [entity.table] * len(json_rows)
            for row_xml, row_json in zip(root, json_rows):
                expected = {k: ("true" if v else "false") if isinstance(v, bool) else v for k, v in row_json.items()}
                assert fields_of(row_xml) == expected, name


def test_select_is_honoured(api: httpx.Client) -> None:
    company = create_company(api, "S1", city="Brugge")
    single = xml_of(api.get(f"/Company({company['id']})?$select=name,city,code", headers=XML))
    assert fields_of(single) == {"city": "Brugge", "code": "S1", "name": "Company S1"}

    listed = xml_of(api.get("/Company?$select=code", headers=XML))
    assert [fields_of(row) for row in listed] == [{"code": "S1"}]


def test_write_answers_in_xml(api: httpx.Client) -> None:
    created = api.post("/Company", json={"code": "W1", "name": "Writer"}, headers=XML)
    root = xml_of(created, 201)
    assert root.tag == "company" and fields_of(root)["name"] == "Writer"
    assert created.headers["Location"].endswith(f"/Company({fields_of(root)['id']})")

    minimal = api.put(
        f"/Company({fields_of(root)['id']})",
        json={"code": "W1", "name": "Renamed"},
        headers={**XML, "Prefer": "return=minimal"},
    )
    assert fields_of(xml_of(minimal)) == {"id": fields_of(root)["id"]}
    assert api.get(f"/Company({fields_of(root)['id']})").json()["name"] == "Renamed"


# ----------------------------------------------------------------------------------------------
# lists and paging


def test_list_pages_by_top_and_skip_without_next_link(make_simulator: Callable[..., Simulator]) -> None:
    simulator = make_simulator(page_size=4)
    codes = add_companies(simulator, 7)
    with client_for(simulator) as client:
        collected = []
        for skip in range(0, 9, 3):
            answer = client.get(f"/Company?$orderby=code&$top=3&$skip={skip}", headers=XML)
            root = xml_of(answer)
            assert root.tag == "ArrayOfcompany" and b"nextLink" not in answer.content
            assert all(row.tag == "company" for row in root)
            collected += [fields_of(row)["code"] for row in root]
        assert collected == codes

        # Without $top the page is still capped at the server page size, and no link says so.
        first = client.get("/Company?$orderby=code", headers=XML)
        assert [fields_of(row)["code"] for row in xml_of(first)] == codes[:4]
        assert b"nextLink" not in first.content and "@odata.nextLink" in client.get("/Company").json()

        counted = xml_of(client.get("/Company?$count=true&$top=2&$filter=code ge 'X003'", headers=XML))
        assert counted.get("count") == "4" and len(counted) == 2
        assert xml_of(client.get("/Company", headers=XML)).get("count") is None

        empty = xml_of(client.get("/Company?$filter=code eq 'none'", headers=XML))
        assert empty.tag == "ArrayOfcompany" and len(empty) == 0


# ----------------------------------------------------------------------------------------------
# escaping


def test_markup_and_control_characters_give_well_formed_xml(api: httpx.Client) -> None:
    name = "A<&>\"' \x01\x1f B\r\nC \U0001f600"
    company = create_company(api, "E1", notes="]]> <![CDATA[ x")
    renamed = api.put(f"/Company({company['id']})", json={"code": "E1", "name": name, "notes": "]]> <![CDATA[ x"})
    assert renamed.status_code == 200, renamed.text

    single = fields_of(xml_of(api.get(f"/Company({company['id']})", headers=XML)))
    # Control characters XML 1.0 cannot carry become U+FFFD; the carriage return survives as &#13;.
    assert single["name"] == "A<&>\"' \ufffd\ufffd B\r\nC \U0001f600"
    assert single["notes"] == "]]> <![CDATA[ x"
    listed = xml_of(api.get("/Company", headers={"Accept": "text/xml"}))
    assert fields_of(listed[0])["name"] == single["name"]
    assert api.get(f"/Company({company['id']})").json()["name"] == name  # JSON keeps the original


# ----------------------------------------------------------------------------------------------
# errors and the answers that stay as they are


def test_errors_in_xml(simulator: Simulator, api: httpx.Client) -> None:
    bad_key = xml_of(api.get("/Company(not-a-guid)", headers=XML), 400)
    assert bad_key.tag == "Error" and "not-a-guid" in bad_key.findtext("Message")
    assert bad_key.findtext("ErrorCode") == "InvalidKey" and bad_key.findtext("Target") == "Company(not-a-guid)"

    missing = xml_of(api.get(f"/Company({uuid.uuid4()})", headers=XML), 404)
    assert missing.findtext("ErrorCode") == "NotFound" and missing.findtext("Message")

    bad_query = xml_of(api.get("/Company?$filter=name eq 'a' AND code eq 'b'", headers=XML), 400)
    assert bad_query.findtext("Message")

    invalid = xml_of(api.post("/Company", json={"code": "X"}, headers=XML), 400)
    assert invalid.findtext("Message")
    model_state = invalid.find("ModelState")
    assert model_state is not None and model_state.findtext("company.name")

    refused = xml_of(api.delete(f"/Company({create_company(api, 'D1')['id']})", headers=XML), 405)
    assert refused.findtext("Message")

    xml_body = api.post("/Company", content=b"<company><name>X</name></company>",
                        headers={**XML, "Content-Type": "application/xml"})
    assert "JSON" in xml_of(xml_body, 415).findtext("Message")

    unauthorized = httpx.get(simulator.base_url + "/Company", headers=XML)
    assert xml_of(unauthorized, 401).findtext("Message")
    assert unauthorized.headers["WWW-Authenticate"] == 'Basic realm="Odyssee"'


def test_metadata_count_and_file_content_ignore_the_accept_header(api: httpx.Client) -> None:
    assert api.get("/$metadata", headers=XML).content == api.get("/$metadata").content
    count = api.get("/Company/$count", headers=XML)
    assert count.headers["Content-Type"].startswith("text/plain") and count.text == "0"

    stored = api.post("/DbFile", json={
        "name": "raw.bin", "mime_type": "application/octet-stream",
        "file_content": base64.b64encode(b"\x00<raw>").decode(),
    }).json()
    content = api.get("/DbFile/GetFileContent", params={"id": stored["id"]}, headers=XML)
    assert content.status_code == 200 and content.content == b"\x00<raw>"
    assert content.headers["Content-Type"] == "application/octet-stream"
