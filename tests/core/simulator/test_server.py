"""The simulator over real HTTP on loopback: auth, routes, lists and paging, writes, errors."""
from __future__ import annotations

import base64
import uuid
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from core.odyssee.model import ENTITY_SETS
from core.odyssee.values import parse_datetime
from core.simulator.server import Simulator
from tests.helpers.simulator_http import (
    DOMAIN,
    PASSWORD,
    USERNAME,
    assert_no_nulls,
    client_for,
    create_company,
    create_job,
    follow,
)


def bulk_companies(simulator: Simulator, count: int, *, city: str = "Gent") -> list[str]:
    base = datetime(2020, 1, 1, tzinfo=timezone.utc)
    rows = [
        {"id": uuid.uuid4(), "code": f"C{index:04d}", "name": f"Company {index}", "city": city,
         "modified_dateutc": base + timedelta(seconds=index)}
        for index in range(count)
    ]
    simulator.storage.bulk_insert("Company", rows)
    return [str(row["id"]) for row in rows]


def assert_odata_error(answer: httpx.Response, status: int, target: str | None = None) -> dict:
    assert answer.status_code == status, answer.text
    error = answer.json()["error"]
    assert error["code"] and error["message"]
    if target is not None:
        assert error["details"][0]["target"] == target
    return error


# ----------------------------------------------------------------------------------------------
# auth


def test_basic_auth_user_password_at_domain(simulator: Simulator) -> None:
    url = simulator.base_url + "/Company"
    assert httpx.get(url, auth=(USERNAME, f"{PASSWORD}@{DOMAIN}")).status_code == 200
    assert httpx.get(url, auth=(USERNAME.upper(), f"{PASSWORD}@{DOMAIN.lower()}")).status_code == 200
    assert httpx.get(url, headers={"Authorization": simulator.authorization}).status_code == 200
    for auth in [(USERNAME, f"wrong@{DOMAIN}"), (USERNAME, f"{PASSWORD}@OTHER"), ("someone", f"{PASSWORD}@{DOMAIN}")]:
        answer = httpx.get(url, auth=auth)
        assert answer.status_code == 401
        assert answer.headers["WWW-Authenticate"] == 'Basic realm="Odyssee"'
        assert answer.json()["Message"]
    assert httpx.get(url).status_code == 401
    assert httpx.get(url, headers={"Authorization": "Basic %%%"}).status_code == 401
    legacy_order = base64.b64encode(f"{DOMAIN}:{USERNAME}:{PASSWORD}".encode()).decode()
    assert httpx.get(url, headers={"Authorization": f"Basic {legacy_order}"}).status_code == 401


# ----------------------------------------------------------------------------------------------
# routes and errors


def test_unknown_sets_ids_and_bad_keys(api: httpx.Client) -> None:
    assert_odata_error(api.get("/Nothing"), 404, "Nothing")
    assert_odata_error(api.get(f"/Company({uuid.uuid4()})"), 404)
    assert_odata_error(api.get("/Company(12345)"), 400, "Company(12345)")
    company = create_company(api, "Q1")
    assert api.get(f"/Company('{company['id']}')").json()["code"] == "Q1"
    assert api.get(f"/company({company['id'].upper()})").json()["code"] == "Q1"
    assert api.get("/NotUnderApi", ).status_code == 404
    assert api.patch(f"/Company({company['id']})", json={}).status_code == 405


def test_query_errors_use_the_odata_shape_and_name_the_problem(api: httpx.Client) -> None:
    assert_odata_error(api.get("/Company", params={"$filter": "code eq"}), 400, "$filter")
    error = assert_odata_error(api.get("/Company", params={"$filter": "code eq 'A' AND name eq 'B'"}), 400)
    assert "lower case" in error["message"]
    assert "colour" in assert_odata_error(api.get("/Company", params={"$filter": "colour eq 'red'"}), 400, "colour")["message"]
    assert "colour" in assert_odata_error(api.get("/Company", params={"$select": "id,colour"}), 400, "$select")["message"]
    assert "colour" in assert_odata_error(api.get("/Company", params={"$orderby": "colour desc"}), 400, "$orderby")["message"]
    assert_odata_error(api.get("/Company", params={"$expand": "x"}), 400, "$expand")
    assert_odata_error(api.get("/Company", params={"$top": "-1"}), 400, "$top")
    assert_odata_error(api.get("/Company", params={"$filter": "name eq 5"}), 400, "name")


def test_query_strings_over_2048_bytes_get_414(api: httpx.Client) -> None:
    ids = " or ".join(f"id eq {uuid.UUID(int=index)}" for index in range(60))
    answer = api.get("/Company", params={"$filter": ids})
    assert len(answer.request.url.query) > 2048
    assert answer.status_code == 414
    assert api.get("/Company", params={"$filter": " or ".join(f"id eq {uuid.UUID(int=i)}" for i in range(10))}).status_code == 200


def test_a_filter_over_the_node_limit_gets_aspnet_odatas_400(make_simulator) -> None:
    simulator = make_simulator()  # by default, like ASP.NET OData: 100 nodes
    with client_for(simulator) as api:
        fits = " or ".join(f"id eq {uuid.UUID(int=index)}" for index in range(25))  # 99 nodes
        assert api.get("/Company", params={"$filter": fits}).status_code == 200
        assert api.get("/Company/$count", params={"$filter": fits}).status_code == 200
        too_many = fits + f" or id eq {uuid.UUID(int=99)}"  # 103 nodes
        for path in ("/Company", "/Company/$count"):
            answer = api.get(path, params={"$filter": too_many})
            assert answer.status_code == 400
            assert "The node count limit of '100' has been exceeded" in answer.json()["error"]["message"]


def test_in_finds_the_same_rows_as_the_or_chain_it_stands_for(make_simulator) -> None:
    simulator = make_simulator(max_node_count=100)
    ids = bulk_companies(simulator, 60)
    wanted = ids[5:55]  # 50 GUIDs: 199 nodes as an or chain, 3 as one 'in'
    with client_for(simulator) as api:
        answer = api.get("/Company", params={"$filter": f"id in ({','.join(wanted)})", "$select": "id"})
        assert answer.status_code == 200, answer.text
        assert sorted(row["id"] for row in answer.json()["value"]) == sorted(wanted)
        # each value compares like an 'eq' of the collation (SQL Server's by default: 'c0002' is C0002)
        codes = api.get("/Company/$count", params={"$filter": "code in ('C0001', 'c0002', 'C0003 ', 'nope')"})
        assert codes.text == "3"
        negated = api.get("/Company/$count", params={"$filter": f"not (id in ({wanted[0]})) and city eq 'Gent'"})
        assert negated.text == "59"
        assert_odata_error(api.get("/Company", params={"$filter": "name in (1, 2)"}), 400, "name")


def test_a_simulator_without_in_refuses_it_like_an_odata_4_0_server(make_simulator) -> None:
    simulator = make_simulator(accept_in=False)
    ids = bulk_companies(simulator, 3)
    with client_for(simulator) as api:
        for path in ("/Company", "/Company/$count"):
            error = assert_odata_error(api.get(path, params={"$filter": f"id in ({ids[0]},{ids[1]})"}), 400, "$filter")
            assert "'in' operator is not supported" in error["message"]
        assert len(api.get("/Company", params={"$filter": f"id eq {ids[0]} or id eq {ids[1]}"}).json()["value"]) == 2


def test_text_compares_like_sql_server_unless_the_collation_is_binary(make_simulator) -> None:
    from core.simulator.server import DEFAULT_COLLATION

    assert make_simulator().collation == DEFAULT_COLLATION
    for collation, sql_server in (("ci", True), ("binary", False)):
        with client_for(make_simulator(collation=collation)) as api:
            create_company(api, "CUST-1", name="École")
            create_company(api, "bravo", name="zèbre")
            found = api.get("/Company", params={"$filter": "code eq 'cust-1  ' or name eq 'ÉCOLE'"}).json()["value"]
            assert [row["code"] for row in found] == (["CUST-1"] if sql_server else [])
            for order, ci_codes in (("code", ["bravo", "CUST-1"]), ("name", ["CUST-1", "bravo"])):
                rows = api.get("/Company", params={"$orderby": order, "$select": "code"}).json()["value"]
                assert [row["code"] for row in rows] == (ci_codes if sql_server else ci_codes[::-1])
            project = api.post("/Project", json={"name": "Boiler", "company_code": "Cust-1"})
            assert project.status_code == (201 if sql_server else 422), project.text
    with pytest.raises(ValueError, match="collation"):
        Simulator(collation="nocase")


def test_every_answer_has_content_length_and_keep_alive_reuses_the_connection(simulator: Simulator) -> None:
    with client_for(simulator) as client:
        company = create_company(client, "K1")
        answers = [
            client.get("/Company"),
            client.get("/Nothing"),
            client.delete(f"/JobType({client.get('/JobType').json()['value'][0]['id']})"),
            client.post("/Company", content=b"[1]"),
            client.get(f"/Company({company['id']})"),
            client.get("/$metadata"),
        ]
        for answer in answers:
            assert answer.headers["Content-Length"] == str(len(answer.content))
        assert [a.status_code for a in answers] == [200, 404, 204, 400, 200, 200]
    assert simulator.connection_count == 1
    assert simulator.request_count == 8


def test_every_answer_names_odata_version_4(simulator: Simulator, api: httpx.Client) -> None:
    stored = api.post("/DbFile", json={"name": "a.txt", "file_content": base64.b64encode(b"a").decode()}).json()
    answers = [
        api.get("/Company"),
        api.get("/$metadata"),
        api.get(simulator.base_url),
        api.get("/DbFile/GetFileContent", params={"id": stored["id"]}),
        api.get("/Company", headers={"Accept": "application/xml"}),
        api.get("/Company", params={"$filter": "code eq"}),
        api.get("/Company", params={"$filter": " or ".join(["is_client"] * 300)}),
        api.delete(f"/Company({uuid.uuid4()})"),
        httpx.get(simulator.base_url + "/Company"),
        httpx.get(simulator.base_url.removesuffix("/api") + "/elsewhere"),
    ]
    assert [answer.status_code for answer in answers] == [200, 200, 200, 200, 200, 400, 414, 405, 401, 404]
    assert all(answer.headers["OData-Version"] == "4.0" for answer in answers)


def test_the_service_root_lists_the_entity_sets(simulator: Simulator, api: httpx.Client) -> None:
    root = api.get(simulator.base_url).json()
    assert root["@odata.context"] == simulator.base_url + "/$metadata"
    assert [item["name"] for item in root["value"]] == list(ENTITY_SETS)


def test_metadata_lists_every_entity_set_and_property(api: httpx.Client) -> None:
    answer = api.get("/$metadata")
    assert answer.headers["Content-Type"].startswith("application/xml")
    for entity in ENTITY_SETS.values():
        assert f'<EntitySet Name="{entity.name}"' in answer.text
    assert '<Property Name="modified_dateutc" Type="Edm.DateTimeOffset" Nullable="false" Precision="3"/>' in answer.text
    assert '<Property Name="name" Type="Edm.String" Nullable="false" MaxLength="64"/>' in answer.text
    assert '<Property Name="entered_price" Type="Edm.Decimal" Nullable="false" Precision="38" Scale="18"/>' in answer.text
    assert '<Property Name="rating" Type="Edm.Int32" Nullable="false"/>' in answer.text


def test_counters_per_method_and_entity_set(simulator: Simulator, api: httpx.Client) -> None:
    create_company(api, "N1")
    api.get("/Company")
    api.get("/Company", params={"$top": 1})
    assert simulator.count("GET", "Company") == 2
    assert simulator.count("POST", "Company") == 1
    assert simulator.count(entity_set="Company") == 3
    assert simulator.request_log[-1] == ("GET", "/api/Company?%24top=1")
    simulator.reset_counters()
    assert simulator.request_count == 0 and simulator.count() == 0


# ----------------------------------------------------------------------------------------------
# lists


def test_250_rows_come_in_three_pages_none_lost_or_doubled(simulator: Simulator, api: httpx.Client) -> None:
    created = bulk_companies(simulator, 250)
    pages = follow(api, "/Company?$filter=city eq 'Gent'&$count=true")
    assert [len(page["value"]) for page in pages] == [100, 100, 50]
    assert all(page["@odata.count"] == 250 for page in pages)
    seen = [row["id"] for page in pages for row in page["value"]]
    assert sorted(seen) == sorted(created) and len(set(seen)) == 250
    assert seen == sorted(seen)  # default order: id
    next_link = pages[0]["@odata.nextLink"]
    assert next_link.startswith(simulator.base_url + "/Company?")
    assert "$skip=100" in next_link and "$filter=city" in next_link and "$count=true" in next_link


def test_legacy_mode_pages_by_20(make_simulator) -> None:
    legacy = make_simulator(legacy=True)
    assert legacy.page_size == 20
    bulk_companies(legacy, 45)
    with client_for(legacy) as client:
        pages = follow(client, "/Company")
        assert [len(page["value"]) for page in pages] == [20, 20, 5]
        assert [len(page["value"]) for page in follow(client, "/Company?$top=30")] == [20, 10]


def test_top_skip_orderby_and_select(simulator: Simulator, api: httpx.Client) -> None:
    bulk_companies(simulator, 250)
    pages = follow(api, "/Company?$top=150&$orderby=code desc&$select=code")
    assert [len(page["value"]) for page in pages] == [100, 50]
    codes = [row["code"] for page in pages for row in page["value"]]
    assert codes == [f"C{index:04d}" for index in range(249, 99, -1)]
    assert "$top=50" in pages[0]["@odata.nextLink"]
    assert pages[0]["@odata.context"] == simulator.base_url + "/$metadata#Company(code)"
    assert all(set(row) == {"code"} for page in pages for row in page["value"])

    small = api.get("/Company?$top=5&$skip=10&$orderby=modified_dateutc asc").json()
    assert [row["code"] for row in small["value"]] == [f"C{index:04d}" for index in range(10, 15)]
    assert "@odata.nextLink" not in small
    tail = follow(api, "/Company?$skip=240")
    assert [len(page["value"]) for page in tail] == [10]
    assert api.get("/Company?$top=0").json()["value"] == []

    two_keys = api.get("/Company?$filter=code le 'C0003'&$orderby=city asc,name desc&$select=name,id").json()
    assert [row["name"] for row in two_keys["value"]] == ["Company 3", "Company 2", "Company 1", "Company 0"]
    assert list(two_keys["value"][0]) == ["name", "id"]
    assert api.get("/Company/$count?$filter=code ge 'C0200'").text == "50"


def test_between_pages_hook_sees_each_skip_and_rows_may_shift(simulator: Simulator, api: httpx.Client) -> None:
    bulk_companies(simulator, 150)
    calls: list[tuple[str, int]] = []

    def insert_between_pages(entity_set: str, skip: int) -> None:
        calls.append((entity_set, skip))
        if skip == 100:
            simulator.storage.create("Company", {"id": str(uuid.UUID(int=1)), "code": "FIRST", "name": "Sorts first"})

    simulator.hooks.before_list_page = insert_between_pages
    pages = follow(api, "/Company")
    assert calls == [("Company", 0), ("Company", 100)]
    seen = [row["id"] for page in pages for row in page["value"]]
    assert len(seen) == 151 and len(set(seen)) == 150  # the documented shift: one row repeated


def test_single_entity_and_select_contexts(simulator: Simulator, api: httpx.Client) -> None:
    company = create_company(api, "S1", city="Gent")
    one = api.get(f"/Company({company['id']})").json()
    assert one["@odata.context"] == simulator.base_url + "/$metadata#Company/$entity"
    assert list(one)[:2] == ["@odata.context", "id"]
    assert set(one) - {"@odata.context"} == set(ENTITY_SETS["Company"].field_map)
    picked = api.get(f"/Company({company['id']})?$select=city").json()
    assert picked == {"@odata.context": simulator.base_url + "/$metadata#Company(city)/$entity", "city": "Gent"}


def test_no_nulls_and_canonical_values_in_any_answer(api: httpx.Client) -> None:
    job = create_job(api)
    api.post("/JobPartUsage", json={"jobs_id": job["id"], "user_id": job["id"], "quantity": 1.5, "price": 10})
    api.post("/DbFile", json={"name": "notes.txt", "file_content": base64.b64encode(b"hello").decode()})
    for entity_set in ENTITY_SETS:
        document = api.get(f"/{entity_set}").json()
        assert_no_nulls(document)
        for row in document["value"]:
            assert row["id"] == row["id"].lower()
            assert parse_datetime(row["modified_dateutc"]) and row["modified_dateutc"].endswith("Z")
            assert len(row["modified_dateutc"]) == len("2015-07-14T13:08:00.000Z")
    part = api.get("/JobPartUsage").json()["value"][0]
    assert part["quantity"] == 1.5 and part["price"] == 10 and part["article_id"] == str(uuid.UUID(int=0))
    assert part["working_date"] == "1980-01-01T00:00:00.000Z"
    stored_file = api.get("/DbFile").json()["value"][0]
    assert base64.b64decode(stored_file["file_content"]) == b"hello" and stored_file["file_size"] == 5


# ----------------------------------------------------------------------------------------------
# writes


def test_post_keeps_the_client_id_answers_the_full_entity_and_conflicts_on_reuse(simulator: Simulator, api: httpx.Client) -> None:
    chosen = str(uuid.uuid4())
    answer = api.post("/Company", json={"id": chosen, "code": "P1", "name": "Posted", "colour": "ignored"})
    assert answer.status_code == 201
    body = answer.json()
    assert body["@odata.context"] == simulator.base_url + "/$metadata#Company/$entity"
    assert body["id"] == chosen and body["is_working_address"] is True and body["notes"] == ""
    assert "colour" not in body
    assert answer.headers["Location"] == f"{simulator.base_url}/Company({chosen})"
    again = api.post("/Company", json={"id": chosen, "code": "P2", "name": "Again"})
    assert again.status_code == 409 and chosen in again.json()["Message"]
    generated = api.post("/Company", json={"code": "P3", "name": "No id"}).json()
    assert uuid.UUID(generated["id"]) != uuid.UUID(int=0)


def test_prefer_return_minimal_on_post_and_put(simulator: Simulator, api: httpx.Client) -> None:
    created = api.post("/JobType", json={"code": "M", "name": "Minimal"}, headers={"prefer": "return=minimal"})
    assert created.status_code == 201
    body = created.json()
    assert set(body) == {"@odata.context", "id"}
    assert body["@odata.context"] == simulator.base_url + "/$metadata#JobType/$entity"
    updated = api.put(f"/JobType({body['id']})", json={"code": "M", "name": "Renamed"},
                      headers={"Prefer": "odata.allow-entityreferences, return=minimal"})
    assert updated.status_code == 200 and updated.json() == body
    assert api.get(f"/JobType({body['id']})").json()["name"] == "Renamed"


def test_put_is_a_full_update_with_the_id_from_the_url(api: httpx.Client) -> None:
    company = create_company(api, "U1", city="Gent", notes="remember")
    answer = api.put(f"/Company({company['id']})", json={"id": str(uuid.uuid4()), "code": "U1", "name": "Updated"})
    assert answer.status_code == 200
    body = answer.json()
    assert body["id"] == company["id"] and body["name"] == "Updated"
    assert body["city"] == "" and body["notes"] == ""
    assert body["modified_dateutc"] > company["modified_dateutc"]
    assert api.put(f"/Company({uuid.uuid4()})", json={"name": "x"}).status_code == 404
    assert api.put("/Company", json={"name": "x"}).status_code == 405


def test_delete_answers_204_and_companies_articles_users_are_refused(api: httpx.Client) -> None:
    job_type = api.post("/JobType", json={"code": "D", "name": "Delete me"}).json()
    deleted = api.delete(f"/JobType({job_type['id']})")
    assert deleted.status_code == 204 and deleted.content == b""
    assert api.get(f"/JobType({job_type['id']})").status_code == 404
    assert api.delete(f"/JobType({job_type['id']})").status_code == 404
    company = create_company(api, "NODEL")
    article = api.post("/Article", json={"code": "A", "name": "Art"}).json()
    user = api.post("/User", json={"username": "u@x", "lastname": "U"}).json()
    for entity_set, row in (("Company", company), ("Article", article), ("User", user)):
        refused = api.delete(f"/{entity_set}({row['id']})")
        assert refused.status_code == 405
        assert "archived" in refused.json()["Message"]
        assert api.get(f"/{entity_set}({row['id']})").status_code == 200


def test_validation_failures_answer_in_the_web_api_shape(api: httpx.Client) -> None:
    oversized = api.post("/Company", json={"code": "BIG", "name": "n" * 65, "rating": "x"})
    assert oversized.status_code == 400
    assert oversized.json() == {
        "Message": "The request is invalid.",
        "ModelState": {"company.name": ["The field name must be a string with a maximum length of 64."]},
    }
    for body in (b"not json", b"[1, 2]", b'"text"', b"", b'{"name": NaN}'):
        answer = api.post("/Company", content=body, headers={"Content-Type": "application/json"})
        assert answer.status_code == 400, body
        assert answer.json()["ModelState"] == {"company": ["The request body must be a JSON object."]}
    typed = api.post("/JobPartUsage", json={"jobs_id": "nope", "user_id": str(uuid.uuid4()), "quantity": "2"})
    assert set(typed.json()["ModelState"]) == {"job_part_usage.jobs_id", "job_part_usage.quantity"}
    out_of_range = api.post("/JobApproval", content=(
        '{"jobs_id": "%s", "user_id": "%s", "rating": 99999999999999999999}' % (uuid.uuid4(), uuid.uuid4())
    ).encode(), headers={"Content-Type": "application/json"})
    assert list(out_of_range.json()["ModelState"]) == ["job_approval.rating"]
    tiny = api.post("/Article", content=b'{"name": "A", "entered_price": 1e-400}', headers={"Content-Type": "application/json"})
    assert tiny.status_code == 400 and "decimals" in tiny.json()["ModelState"]["article.entered_price"][0]
    xml = api.post("/Company", content=b"<company><name>X</name></company>", headers={"Content-Type": "application/xml"})
    assert xml.status_code == 415 and "JSON" in xml.json()["Message"]
    assert api.get("/Company", params={"$filter": "code eq 'BIG'"}).json()["value"] == []


def test_unresolved_codes_answer_422_naming_the_field(api: httpx.Client) -> None:
    answer = api.post("/Project", json={"name": "Orphan", "company_code": "NOBODY"})
    assert answer.status_code == 422
    body = answer.json()
    assert body["Message"] and list(body["ModelState"]) == ["project.company_code"]
    assert "NOBODY" in body["ModelState"]["project.company_code"][0]
    missing = api.post("/Jobs", json={"name": "no project", "job_type_code": "STD", "job_status_code": "Open"})
    assert missing.status_code == 400 and list(missing.json()["ModelState"]) == ["jobs.project"]


def test_embedded_nodes_are_upserted_by_their_key(api: httpx.Client) -> None:
    first = create_job(api, company_code="E1", project_ref="EP1")
    project = api.get(f"/Project({first['project_id']})").json()
    company = api.get(f"/Company({project['company_id']})").json()
    assert (company["code"], project["reference_back_office"]) == ("E1", "EP1")
    assert (first["project_reference_back_office"], first["company_id"]) == ("EP1", company["id"])
    assert first["job_type_code"] == "STD" and first["job_status_code"] == "Open"
    second = api.post("/Jobs", json={
        "name": "Second visit",
        "project": {"reference_back_office": "EP1", "name": "Renamed installation"},
        "job_type": {"code": "URG", "name": "Urgent"},
        "job_status_code": "Open",
    }).json()
    assert second["project_id"] == first["project_id"] and second["id2"] == first["id2"] + 1
    assert api.get(f"/Project({first['project_id']})").json()["name"] == "Renamed installation"
    assert api.get("/JobType", params={"$filter": "code eq 'URG'"}).json()["value"][0]["name"] == "Urgent"
    assert len(api.get("/Project").json()["value"]) == 1


def test_modified_dateutc_strictly_increases_over_writes(api: httpx.Client) -> None:
    stamps = []
    company = create_company(api, "T0")
    stamps.append(company["modified_dateutc"])
    for index in range(15):
        stamps.append(create_company(api, f"T{index + 1}")["modified_dateutc"])
        stamps.append(api.put(f"/Company({company['id']})", json={"code": "T0", "name": f"v{index}"}).json()["modified_dateutc"])
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    watermark = stamps[10]
    newer = api.get("/Company", params={"$filter": f"modified_dateutc gt '{watermark}'"}).json()["value"]
    assert all(row["modified_dateutc"] > watermark for row in newer) and newer


def test_state_survives_a_restart_with_a_data_dir(make_simulator, tmp_path) -> None:
    first = make_simulator(data_dir=tmp_path)
    with client_for(first) as client:
        company = create_company(client, "R1")
        job = create_job(client)
    first.stop()
    assert (tmp_path / "simulator.sqlite3").exists()
    second = make_simulator(data_dir=tmp_path)
    with client_for(second) as client:
        assert client.get(f"/Company({company['id']})").json()["modified_dateutc"] == company["modified_dateutc"]
        next_job = create_job(client)
        assert next_job["id2"] == job["id2"] + 1
        assert next_job["modified_dateutc"] > job["modified_dateutc"]
        assert len(client.get("/JobStatus").json()["value"]) == 17  # system data not doubled


def test_file_content_is_served_raw_with_its_type_and_name(api: httpx.Client) -> None:
    content = bytes(range(256))
    stored = api.post("/DbFile", json={
        "name": "scan", "file_name": "Scan \"2024\" é.png", "mime_type": "image/png",
        "file_content": base64.b64encode(content).decode(),
    }).json()
    answer = api.get("/DbFile/GetFileContent", params={"id": stored["id"]})
    assert answer.status_code == 200 and answer.content == content
    assert answer.headers["Content-Type"] == "image/png"
    disposition = answer.headers["Content-Disposition"]
    assert disposition.startswith('attachment; filename="Scan \'2024\' ?.png"')
    assert "filename*=UTF-8''Scan%20%222024%22%20%C3%A9.png" in disposition
    assert_odata_error(api.get("/DbFile/GetFileContent", params={"id": str(uuid.uuid4())}), 404)
    assert_odata_error(api.get("/DbFile/GetFileContent"), 400, "id")


def test_demo_seed_fills_a_new_database_once_with_the_demo_sign_in(tmp_path) -> None:
    from core.simulator.seed import DEMO_DOMAIN, DEMO_PASSWORD, DEMO_USERNAME

    first = Simulator(tmp_path, seed="demo", scale=5).start()
    try:
        assert (first.domain, first.username, first.password) == (DEMO_DOMAIN, DEMO_USERNAME, DEMO_PASSWORD)
        auth = (DEMO_USERNAME, f"{DEMO_PASSWORD}@{DEMO_DOMAIN}")
        companies = httpx.get(first.base_url + "/Company?$count=true&$top=0", auth=auth).json()["@odata.count"]
        assert companies == 5
        statuses = httpx.get(first.base_url + "/ProjectStatus?$filter=is_default eq true", auth=auth).json()
        assert [row["code"] for row in statuses["value"]] == ["ACTIVE"]
        first.pdf_queue.wait_idle(30)
    finally:
        first.stop()
    second = Simulator(tmp_path, seed="demo", scale=50).start()
    try:
        assert second.storage.count("Company") == 5  # an existing database is never seeded again
        for table in ("job_type", "project_status", "job_status"):
            codes = [row[0] for row in second.storage.fetch_all(f'SELECT "code" FROM "{table}"')]
            assert len(codes) == len(set(codes)), f"{table}: system data added twice"
    finally:
        second.stop()


def test_a_database_created_without_seed_is_not_seeded_later(tmp_path) -> None:
    Simulator(tmp_path, domain="D", username="u", password="p").stop()
    again = Simulator(tmp_path, domain="D", username="u", password="p", seed="demo", scale=5)
    try:
        assert again.storage.count("Company") == 0
    finally:
        again.stop()


def test_concurrent_clients_write_and_read_safely(simulator: Simulator) -> None:
    import threading

    failures: list[str] = []

    def work(worker: int) -> None:
        with client_for(simulator) as client:
            for number in range(20):
                answer = client.post("/Company", json={"code": f"W{worker}-{number}", "name": "Parallel"})
                if answer.status_code != 201:
                    failures.append(answer.text)
                if client.get("/Company", params={"$filter": "name eq 'Parallel'", "$top": "5"}).status_code != 200:
                    failures.append("list failed")

    threads = [threading.Thread(target=work, args=(worker,)) for worker in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with client_for(simulator) as client:
        pages = follow(client, "/Company?$filter=name eq 'Parallel'&$orderby=modified_dateutc asc&$select=modified_dateutc")
    stamps = [row["modified_dateutc"] for page in pages for row in page["value"]]
    assert len(stamps) == 80 and len(set(stamps)) == 80
