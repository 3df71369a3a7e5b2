"""Requests meant to break the simulator: each gets a correct answer or a 4xx, never a 500 or a hang.

One simulator serves the whole module; its rows are written once and only read. A frozen server
would show as the client's timeout, so no test here can hang.
"""
from __future__ import annotations

import socket
import uuid
from datetime import datetime, timezone
from typing import Iterator
from urllib.parse import quote

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.odata.parser import MAX_NESTING_DEPTH
from core.simulator.server import MAX_REQUEST_BYTES, Simulator
from tests.helpers.simulator import running_simulator
from tests.helpers.simulator_http import CREDENTIALS

# (year, rating, is_signed) of the approvals every test here reads.
APPROVALS = [(5, 0, True), (999, 1, False), (1000, 2, True), (1980, 3, False), (2015, 4, True), (9999, 5, False)]
SIGNED = {rating for _, rating, signed in APPROVALS if signed}
UNSIGNED = {rating for _, rating, signed in APPROVALS if not signed}
ALL = {rating for _, rating, _ in APPROVALS}


def add_approvals(simulator: Simulator) -> None:
    simulator.storage.bulk_insert("JobApproval", [
        {"id": uuid.uuid4(), "jobs_id": uuid.uuid4(), "user_id": uuid.uuid4(), "rating": rating, "is_signed": signed,
         "contact_name": f"Contact {rating}", "date_generated": datetime(year, 6, 1, tzinfo=timezone.utc)}
        for year, rating, signed in APPROVALS
    ])


@pytest.fixture(scope="module")
def module_simulator() -> Iterator[Simulator]:
    # No node limit: these filters test the parser and the SQL, not ASP.NET's node validation.
    with running_simulator(**CREDENTIALS, max_node_count=0, populate=add_approvals) as simulator:
        yield simulator


@pytest.fixture(scope="module")
def api(module_simulator: Simulator) -> Iterator[httpx.Client]:
    # The timeout turns a frozen server into a failing test.
    with httpx.Client(base_url=module_simulator.base_url, auth=module_simulator.auth, timeout=10) as client:
        yield client


def ratings(api: httpx.Client, filter_text: str, **params: str) -> list[int]:
    answer = api.get("/JobApproval", params={"$filter": filter_text, "$select": "rating", **params})
    assert answer.status_code == 200, answer.text
    return [row["rating"] for row in answer.json()["value"]]


def refused(api: httpx.Client, filter_text: str, target: str = "$filter") -> str:
    answer = api.get("/JobApproval", params={"$filter": filter_text})
    assert answer.status_code == 400, answer.text
    error = answer.json()["error"]
    assert error["code"] == "InvalidQuery" and error["details"][0]["target"] == target
    return error["message"]


# ----------------------------------------------------------------------------------------------
# any $filter at all

FRAGMENTS = st.sampled_from([
    "(", ")", "not", "and", "or", "eq", "ne", "lt", "ge", "rating", "is_signed", "contact_name", "date_generated",
    "id", "'x'", "''", "1", "-1", "1.5", "1e999999999", "1e-999999999", "99999999999999999999", "null", "true",
    "contains(", "startswith(", ",", "0999-06-01T00:00:00Z", "'0001-01-01T00:00:00+01:00'", "AND", "'", "@",
    str(uuid.UUID(int=1)),
])

HOSTILE_FILTERS = st.one_of(
    st.text(max_size=300),
    st.lists(FRAGMENTS, max_size=120).map(" ".join),
    st.integers(0, 400).map(lambda depth: "(" * depth + "is_signed" + ")" * depth),
    st.integers(0, 600).map(lambda count: "not " * count + "is_signed"),
    st.builds(lambda count, keyword: f" {keyword} ".join(["is_signed"] * count),
              st.integers(1, 400), st.sampled_from(["and", "or"])),
    st.builds(lambda mantissa, exponent, field: f"{field} lt {mantissa}e{exponent}",
              st.from_regex(r"-?\d{1,40}(\.\d{1,40})?", fullmatch=True), st.integers(-(10**12), 10**12),
              st.sampled_from(["rating", "is_signed", "date_generated", "contact_name"])),
    st.builds(lambda moment, quote: f"date_generated ge {quote}{moment}{quote}",
              st.from_regex(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})", fullmatch=True),
              st.sampled_from(["", "'"])),
)


@settings(max_examples=400, deadline=None)
@given(HOSTILE_FILTERS)
def test_any_filter_gets_rows_or_a_4xx_in_the_odata_shape(api: httpx.Client, filter_text: str) -> None:
    for path in ("/JobApproval", "/JobApproval/$count"):
        answer = api.get(path, params={"$filter": filter_text})
        assert answer.status_code in (200, 400, 414), (filter_text, answer.text)
        if answer.status_code != 200:
            assert answer.json()["error"]["message"]


OPTION_VALUES = st.one_of(st.text(max_size=60), FRAGMENTS, st.from_regex(r"-?\d{1,12}", fullmatch=True))
QUERY_STRINGS = st.lists(
    st.tuples(st.sampled_from(["$filter", "$select", "$orderby", "$top", "$skip", "$count", "$expand", "id", "$"]),
              OPTION_VALUES),
    max_size=6,
).map(lambda options: "&".join(f"{quote(name)}={quote(value)}" for name, value in options))


@settings(max_examples=200, deadline=None)
@given(QUERY_STRINGS, st.sampled_from(["/JobApproval", "/JobApproval/$count", f"/JobApproval({uuid.UUID(int=1)})",
                                       "/DbFile/GetFileContent", "/"]))
def test_any_query_string_on_any_route_gets_an_answer_below_500(api: httpx.Client, query: str, path: str) -> None:
    answer = api.get(f"{path}?{query}")
    assert answer.status_code < 500, (path, query, answer.text)


# ----------------------------------------------------------------------------------------------
# each case that once broke it


def test_long_and_or_chains_and_chained_nots_get_the_right_rows(api: httpx.Client) -> None:
    assert sorted(ratings(api, " or ".join(["is_signed"] * 130))) == sorted(SIGNED)
    assert sorted(ratings(api, " and ".join(["is_signed"] * 130))) == sorted(SIGNED)
    assert sorted(ratings(api, " or ".join(f"rating eq {n % 7}" for n in range(120)))) == sorted(ALL)
    assert sorted(ratings(api, "not " * 400 + "is_signed")) == sorted(SIGNED)
    assert sorted(ratings(api, "not " * 401 + "is_signed")) == sorted(UNSIGNED)
    assert sorted(ratings(api, "not (" + " or ".join(["is_signed"] * 100) + ") and rating ge 1")) == sorted(UNSIGNED)


def test_deep_parentheses_get_a_400_that_names_the_limit(api: httpx.Client) -> None:
    message = refused(api, "(" * 200 + "is_signed" + ")" * 200)
    assert f"more than {MAX_NESTING_DEPTH} levels" in message
    assert sorted(ratings(api, "(" * MAX_NESTING_DEPTH + "is_signed" + ")" * MAX_NESTING_DEPTH)) == sorted(SIGNED)


@pytest.mark.parametrize("shape", ["right", "left", "alternating"])
def test_the_deepest_filter_the_parser_allows_gets_the_right_rows(api: httpx.Client, shape: str) -> None:
    text = "is_signed"
    expected = {rating: signed for _, rating, signed in APPROVALS}  # the filter's value per approval
    for level in range(MAX_NESTING_DEPTH):
        keyword = "and" if level % 2 else "or"
        combine = (lambda a, b: a and b) if level % 2 else (lambda a, b: a or b)
        if shape == "right":
            text = f"rating eq 1 {keyword} not ({text})"
            expected = {rating: combine(rating == 1, not value) for rating, value in expected.items()}
        elif shape == "left":
            text = f"not ({text}) {keyword} rating eq 1"
            expected = {rating: combine(not value, rating == 1) for rating, value in expected.items()}
        else:  # two SQL groups for each level of parentheses: "or" over "and" over the next level
            text = f"rating eq {level % 6} or rating ge 3 and not ({text})"
            expected = {rating: rating == level % 6 or (rating >= 3 and not value) for rating, value in expected.items()}
    assert sorted(ratings(api, text)) == sorted(rating for rating, value in expected.items() if value)


def test_numbers_beyond_the_servers_types_get_a_400_and_the_server_stays_up(api: httpx.Client) -> None:
    assert "out of range" in refused(api, "rating eq 99999999999999999999")
    assert "out of range" in refused(api, "rating eq 1e999999999")  # once froze the whole server
    assert "decimal places" in refused(api, "rating eq 1e-999999999")
    assert sorted(ratings(api, "rating lt 1e20")) == sorted(ALL)
    assert ratings(api, "rating gt -9223372036854775808 and rating eq 4.0") == [4]
    assert ratings(api, "rating eq 4.5") == []
    assert api.get("/JobApproval/$count").text == str(len(APPROVALS))


def test_dates_out_of_range_get_a_400(api: httpx.Client) -> None:
    assert "date" in refused(api, "date_generated lt '0001-01-01T00:00:00+01:00'", target="date_generated")
    assert "date" in refused(api, "date_generated lt '9999-12-31T23:59:59-01:00'", target="date_generated")
    assert "date" in refused(api, "date_generated lt '0000-01-01T00:00:00Z'", target="date_generated")
    assert "date" in refused(api, "date_generated lt 9999-12-31T23:59:59-01:00")
    assert "date" in refused(api, "date_generated lt 2020-01-01T00:00:00+24:00")


def test_years_before_1000_compare_and_sort_as_dates(api: httpx.Client) -> None:
    assert sorted(ratings(api, "date_generated lt '1000-01-01T00:00:00.000Z'")) == [0, 1]
    assert sorted(ratings(api, "date_generated ge 0999-06-01T00:00:00Z and date_generated lt 1980-01-01T00:00:00Z")) == [1, 2]
    assert ratings(api, "rating ge 0", **{"$orderby": "date_generated desc"}) == [5, 4, 3, 2, 1, 0]
    answer = api.get("/JobApproval", params={"$filter": "rating eq 1", "$select": "date_generated"})
    assert answer.json()["value"] == [{"date_generated": "0999-06-01T00:00:00.000Z"}]


# ----------------------------------------------------------------------------------------------
# bodies and headers


def post_json(api: httpx.Client, path: str, text: str) -> httpx.Response:
    return api.post(path, content=text.encode(), headers={"Content-Type": "application/json"})


def test_numbers_beyond_range_in_a_body_get_a_400_naming_the_field(api: httpx.Client) -> None:
    ids = f'"jobs_id": "{uuid.uuid4()}", "user_id": "{uuid.uuid4()}"'
    for number in ("1e999999999", "-1e999999999", "2147483648", "1e10"):
        answer = post_json(api, "/JobApproval", f'{{{ids}, "rating": {number}}}')  # 1e999999999 once froze the server
        assert answer.status_code == 400, number
        assert "between -2147483648 and 2147483647" in answer.json()["ModelState"]["job_approval.rating"][0]
    answer = post_json(api, "/Article", '{"name": "A", "entered_price": 1e999999999}')
    assert answer.status_code == 400 and list(answer.json()["ModelState"]) == ["article.entered_price"]
    answer = post_json(api, "/JobApproval", f'{{{ids}, "date_generated": "0001-01-01T00:00:00+01:00"}}')
    assert answer.status_code == 400 and list(answer.json()["ModelState"]) == ["job_approval.date_generated"]


def test_json_nested_past_pythons_recursion_limit_gets_a_400(api: httpx.Client) -> None:
    for text in ("[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000):
        answer = post_json(api, "/Company", text)
        assert answer.status_code == 400
        assert answer.json()["ModelState"] == {"company": ["The request body must be a JSON object."]}


def raw_status(simulator: Simulator, content_length: str) -> bytes:
    """The status line answering a POST that announces ``content_length`` and sends two bytes."""
    with socket.create_connection((simulator.host, simulator.port), timeout=10) as connection:
        connection.sendall(
            f"POST /api/Company HTTP/1.1\r\nHost: sim\r\nAuthorization: {simulator.authorization}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {content_length}\r\n\r\n{{}}".encode()
        )
        return connection.makefile("rb").readline()


@pytest.mark.parametrize("content_length, status", [
    ("-1", b" 400 "), ("abc", b" 400 "), ("1_0", b" 400 "), (str(MAX_REQUEST_BYTES + 1), b" 413 "),
])
def test_a_content_length_that_cannot_be_read_gets_a_4xx(module_simulator: Simulator, content_length: str, status: bytes) -> None:
    assert status in raw_status(module_simulator, content_length)
