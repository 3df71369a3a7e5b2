"""Batched look-ups (``list_in``) within the server's byte and node limits, learned and kept."""
from __future__ import annotations

import json
import re
import uuid

import pytest

from core.odata import OdysseeClient
from core.odata.errors import QueryTooLargeError, ValidationError
from core.odata.expr import field
from core.odata.limits import LimitsFile, ServerLimits, profile_limits
from core.odata.query import Query
from core.settings import Profile
from core.simulator.server import Simulator
from tests.helpers.hostile import Reply
from tests.helpers.odata_client import CREDENTIALS, QUICK_RETRY, companies

GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture
def simulator_options():
    return dict(CREDENTIALS)


def stored_and_unknown(simulator: Simulator, stored: int, unknown: int) -> tuple[list[dict], list[uuid.UUID]]:
    rows = companies(stored)
    simulator.storage.bulk_insert("Company", rows)
    ids = [row["id"] for row in rows] + [uuid.uuid4() for _ in range(unknown)]
    return rows, ids


def filters_sent(simulator: Simulator) -> list[str]:
    return [target for method, target in simulator.request_log if "$filter" in target]


@pytest.mark.parametrize(("accept_in", "requests"), [(False, 1 + 20), (True, 10)])
def test_500_ids_under_the_100_node_limit_find_exactly_the_stored_rows(make_simulator, accept_in, requests):
    simulator = make_simulator(max_node_count=100, accept_in=accept_in)
    rows, ids = stored_and_unknown(simulator, 300, 200)
    with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, retry=QUICK_RETRY) as client:
        found = list(client.list_in("Company", "id", ids + ids[:50], Query(select=("id", "code"))))
        # 25 GUIDs per or chain (99 nodes) after one refused 'in'; 53 per 'in' (2,008 bytes)
        assert client.stats.requests == requests
        assert client.stats.failures == (1 if not accept_in else 0)
        assert sorted(row["code"] for row in found) == sorted(row["code"] for row in rows)
        simulator.reset_counters()
        again = list(client.list_in("Company", "id", ids))
    assert len(again) == 300
    assert simulator.request_count == requests - (1 if not accept_in else 0)  # the probe is not repeated
    assert all(("%20in%20" in target) == accept_in for target in filters_sent(simulator))


def test_an_extra_filter_counts_toward_the_nodes(make_simulator):
    simulator = make_simulator(max_node_count=100, accept_in=False)
    rows, ids = stored_and_unknown(simulator, 60, 0)
    simulator.storage.bulk_insert("Company", [{**row, "id": uuid.uuid4(), "name": "elsewhere"} for row in rows[:5]])
    where = field("name").ne("elsewhere") & field("code").ne("nothing")  # 7 nodes and the 'and'
    with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, retry=QUICK_RETRY) as client:
        found = list(client.list_in("Company", "code", [row["code"] for row in rows], Query(filter=where)))
    assert sorted(row["id"] for row in found) == sorted(str(row["id"]) for row in rows)
    assert simulator.request_count == 1 + 3  # 23, 23 and 14 codes after the refused 'in'


def test_a_lower_node_limit_is_learned_from_the_servers_message_and_kept_for_the_profile(make_simulator):
    simulator = make_simulator(max_node_count=40, accept_in=False)
    rows, ids = stored_and_unknown(simulator, 100, 0)
    profile = Profile(name="Tenant", base_url=simulator.base_url, domain="TESTAPI", username="APIUser")
    with OdysseeClient.from_profile(profile, auth_header=simulator.authorization, retry=QUICK_RETRY) as client:
        assert len(list(client.list_in("Company", "id", ids))) == 100
        statuses = [record.status for record in client.log.records()]
    # the refused 'in', an or chain of 25 refused ("limit of '40'"), then 10 GUIDs (39 nodes) per request
    assert statuses == [400, 400] + [200] * 10
    kept = profile_limits("Tenant", simulator.base_url).load()
    assert kept == ServerLimits(max_nodes=40, accepts_in=False)

    simulator.reset_counters()
    with OdysseeClient.from_profile(profile, auth_header=simulator.authorization, retry=QUICK_RETRY) as client:
        assert len(list(client.list_in("Company", "id", ids))) == 100
        assert client.stats.failures == 0 and client.stats.requests == 10


def test_limits_learned_on_another_base_url_or_in_a_corrupt_file_are_ignored(tmp_path):
    path = tmp_path / "limits.json"
    LimitsFile(path, "https://a.example/api").save(ServerLimits(max_nodes=12, accepts_in=True))
    assert LimitsFile(path, "https://a.example/api").load() == ServerLimits(max_nodes=12, accepts_in=True)
    assert LimitsFile(path, "https://b.example/api").load() is None
    for broken in (b"{not json", b"[]", b'{"format": 1}', json.dumps({
        "format": 1, "base_url": "https://a.example/api", "max_query_bytes": -5, "max_nodes": 100,
        "max_in_values": None, "accepts_in": None,
    }).encode(), b"\xff\xfe"):
        path.write_bytes(broken)
        assert LimitsFile(path, "https://a.example/api").load() is None
    path.unlink()
    path.mkdir()  # unreadable as a file, and cannot be written: learning goes on in memory
    LimitsFile(path, "https://a.example/api").save(ServerLimits())
    assert LimitsFile(path, "https://a.example/api").load() is None


def rows_for_ids(request) -> Reply:
    """Every GUID of the $filter comes back as a row: a server that finds whatever it is asked."""
    ids = GUID.findall(request.params.get("$filter", ""))
    return Reply(body=json.dumps({"value": [{"id": value} for value in ids]}).encode())


@pytest.mark.parametrize(
    ("status", "text"),
    [
        (414, "Request-URI Too Long"),
        (404, "HTTP Error 404.15 - Not Found. The request filtering module is configured to deny a request "
              "where the query string is too long."),
        (400, '{"Message": "The length of the query string for this request exceeds the configured '
              'maxQueryStringLength value."}'),
    ],
)
def test_a_query_too_long_for_the_server_is_halved_until_it_fits(hostile, status, text):
    def script(request):
        if len(request.path) > 700:
            return Reply(status=status, body=text.encode(), content_type="text/html")
        return rows_for_ids(request)

    server = hostile(script)
    ids = [uuid.UUID(int=n) for n in range(1, 101)]
    with OdysseeClient(server.base_url, auth_header="Basic eA==", retry=QUICK_RETRY) as client:
        found = list(client.list_in("Company", "id", ids))
        assert sorted(row["id"] for row in found) == [str(value) for value in ids]
        refused = [r for r in server.requests if len(r.path) > 700]
        assert len(refused) == 2  # 2,008 bytes, then 1,004, then within 502 bytes ever after
        server.requests.clear()
        assert len(list(client.list_in("Company", "id", ids))) == 100
    assert all(len(r.path) <= 700 and "%20in%20" in r.path for r in server.requests)


def test_a_server_that_counts_each_in_value_as_a_node_gets_shorter_in_lists(hostile):
    message = json.dumps({"error": {"code": "", "message": "The node count limit of '100' has been exceeded."}})

    def script(request):
        text = request.params.get("$filter", "")
        if len(GUID.findall(text)) > 12:
            return Reply(status=400, body=message.encode())
        return rows_for_ids(request)

    server = hostile(script)
    ids = [uuid.UUID(int=n) for n in range(1, 61)]
    with OdysseeClient(server.base_url, auth_header="Basic eA==", retry=QUICK_RETRY) as client:
        assert len(list(client.list_in("Company", "id", ids))) == 60
        # 53 values in the first list (2,008 bytes), then 26, then 13: all refused; then 6 at a time
        assert [len(GUID.findall(r.params["$filter"])) for r in server.requests[:4]] == [53, 26, 13, 6]
        assert len(server.requests) == 3 + 10
        server.requests.clear()
        assert len(list(client.list_in("Company", "id", ids))) == 60
    assert len(server.requests) == 10


def test_a_filter_that_leaves_no_room_for_one_value_ends_in_the_servers_sentence(hostile):
    message = json.dumps({"error": {"code": "", "message": "The node count limit of '10' has been exceeded."}})
    server = hostile(lambda request: Reply(status=400, body=message.encode()))
    where = field("name").ne("a") & field("name").ne("b")  # 7 nodes, the 'and', and 3 per value: 11
    with OdysseeClient(server.base_url, auth_header="Basic eA==", retry=QUICK_RETRY) as client:
        with pytest.raises(QueryTooLargeError) as caught:
            list(client.list_in("Company", "id", [uuid.uuid4() for _ in range(30)], Query(filter=where)))
    assert caught.value.max_nodes == 10
    assert str(caught.value) == "Odyssee rejected the query as too large: The node count limit of '10' has been exceeded."
    assert len(server.requests) == 1  # the limit it names leaves no room: nothing more is tried


def test_an_in_refused_for_another_reason_is_not_taken_for_an_old_server(make_simulator):
    simulator = make_simulator(accept_in=True)
    with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, retry=QUICK_RETRY) as client:
        with pytest.raises(ValidationError, match="nme"):
            list(client.list_in("Company", "nme", ["a", "b"]))
        simulator.reset_counters()
        assert list(client.list_in("Company", "code", ["a", "b"])) == []
    assert [target for _, target in simulator.request_log][0].count("%20in%20") == 1


def test_a_server_that_stopped_accepting_in_is_read_with_or_chains_again(make_simulator):
    simulator = make_simulator(accept_in=False)
    rows, ids = stored_and_unknown(simulator, 30, 0)
    profile = Profile(name="Downgraded", base_url=simulator.base_url, domain="TESTAPI", username="APIUser")
    memory = profile_limits("Downgraded", simulator.base_url)
    memory.save(ServerLimits(accepts_in=True))
    with OdysseeClient.from_profile(profile, auth_header=simulator.authorization, retry=QUICK_RETRY) as client:
        assert len(list(client.list_in("Company", "id", ids))) == 30
    assert memory.load() == ServerLimits(accepts_in=False)
    assert [record.status for record in client.log.records()] == [400, 200, 200]  # 25 and 5 GUIDs
