"""Each injected fault, as a raw httpx client sees it."""
from __future__ import annotations

import uuid

import httpx
import pytest

from core.simulator.faults import Faults
from core.simulator.server import Simulator
from tests.helpers.simulator_http import client_for, create_company


def test_latency_delays_every_answer(simulator: Simulator, api: httpx.Client) -> None:
    # A client that gives up sooner than the latency never sees the answer, however fast the
    # machine: the server itself holds the answer back.
    simulator.faults.latency_ms = 1000
    with client_for(simulator, timeout=httpx.Timeout(10, read=0.1)) as impatient:
        with pytest.raises(httpx.ReadTimeout):
            impatient.get("/Company")
    simulator.faults.latency_ms = 0
    assert api.get("/Company").status_code == 200


def test_error_rate_answers_503(simulator: Simulator, api: httpx.Client) -> None:
    with simulator.faults.applied(error_rate=1.0):
        answer = api.get("/Company")
        assert answer.status_code == 503 and answer.json()["Message"]
        simulator.faults.error_status = 502
        assert api.get("/Company").status_code == 502
    assert api.get("/Company").status_code == 200


def test_throttle_answers_429_with_retry_after(simulator: Simulator, api: httpx.Client) -> None:
    simulator.faults.update(throttle_rate=1.0, retry_after=7)
    answer = api.get("/Company")
    assert answer.status_code == 429 and answer.headers["Retry-After"] == "7"
    simulator.faults.clear()
    assert api.get("/Company").status_code == 200


def test_dropped_connection_gives_no_answer_and_changes_nothing(simulator: Simulator, api: httpx.Client) -> None:
    simulator.faults.drop_rate = 1.0
    with pytest.raises(httpx.RemoteProtocolError):
        api.post("/Company", json={"code": "DROP", "name": "Dropped"})
    simulator.faults.drop_rate = 0.0
    assert api.get("/Company", params={"$filter": "code eq 'DROP'"}).json()["value"] == []


def test_lost_response_commits_the_write_then_drops_the_connection(simulator: Simulator, api: httpx.Client) -> None:
    chosen = str(uuid.uuid4())
    simulator.faults.lost_response_rate = 1.0
    assert api.get("/Company").status_code == 200  # reads are not affected by this fault
    with pytest.raises(httpx.RemoteProtocolError):
        api.post("/Company", json={"id": chosen, "code": "LOST", "name": "Lost answer"})
    simulator.faults.lost_response_rate = 0.0
    landed = api.get(f"/Company({chosen})")
    assert landed.status_code == 200 and landed.json()["code"] == "LOST"


def test_html_page_instead_of_the_api(simulator: Simulator, api: httpx.Client) -> None:
    simulator.faults.html_rate = 1.0
    answer = api.get("/Company")
    assert answer.status_code == 200
    assert answer.headers["Content-Type"].startswith("text/html")
    with pytest.raises(ValueError):
        answer.json()
    simulator.faults.html_rate = 0.0


def test_scripted_faults_hit_the_next_requests_in_order(simulator: Simulator, api: httpx.Client) -> None:
    simulator.faults.script("throttle", "error", None, "drop")
    assert api.get("/Company").status_code == 429
    assert api.get("/Company").status_code == 503
    assert api.get("/Company").status_code == 200
    with pytest.raises(httpx.RemoteProtocolError):
        api.get("/Company")
    assert api.get("/Company").status_code == 200
    assert simulator.request_count == 5


def test_rates_are_random_but_repeatable_with_a_seed() -> None:
    first = Faults(error_rate=0.5, seed=42)
    second = Faults(error_rate=0.5, seed=42)
    draws = [first.choose("GET") for _ in range(200)]
    assert draws == [second.choose("GET") for _ in range(200)]
    assert 60 < draws.count("error") < 140
    with pytest.raises(ValueError):
        first.error_rate = 50
    with pytest.raises(AttributeError):
        first.update(nonsense=1)
    with pytest.raises(ValueError):
        first.script("explode")


def test_faults_apply_to_the_api_only_and_before_authentication(simulator: Simulator) -> None:
    simulator.faults.error_rate = 1.0
    assert httpx.get(simulator.base_url.replace("/api", "/other")).status_code == 404
    assert httpx.get(simulator.base_url + "/Company").status_code == 503  # no credentials at all
    simulator.faults.error_rate = 0.0


def test_a_client_survives_faults_on_the_same_keep_alive_connection(simulator: Simulator) -> None:
    with client_for(simulator) as client:
        create_company(client, "K")
        simulator.faults.script("drop")
        with pytest.raises(httpx.RemoteProtocolError):
            client.get("/Company")
        assert client.get("/Company").status_code == 200  # a new connection works
    assert simulator.connection_count == 2
