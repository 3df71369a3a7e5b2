"""The client's pace: it finds how many requests a server takes at once, by itself."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from core.odata import OdysseeClient, RetryPolicy
from core.odata.pace import PROBE_AFTER, Pace

QUICK_RETRY = RetryPolicy(max_attempts=8, base_delay=0.01, max_delay=0.05, max_retry_after=0.2)


def hammer(client: OdysseeClient, requests: int, threads: int = 16) -> list[int]:
    """``requests`` small GETs from ``threads`` threads at once; the counts each returned."""
    with ThreadPoolExecutor(threads) as pool:
        return list(pool.map(lambda _: client.count("Company"), range(requests)))


def test_behind_a_throttling_proxy_it_settles_below_the_limit_and_loses_nothing(simulator):
    simulator.faults.update(max_in_flight=6, latency_ms=20, retry_after=1)
    with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, retry=QUICK_RETRY) as client:
        answers = hammer(client, 400)
        throttled = simulator.count(None, "")  # 429s are counted apart from the API's own answers
        assert answers == [0] * 400  # every request got its answer in the end
        assert client.pace.limit <= 6
        assert throttled <= 12  # it learned the ceiling after a few, instead of hitting it again and again


def test_with_a_server_that_takes_everything_it_grows_to_the_profiles_ceiling(simulator):
    simulator.faults.update(latency_ms=20)
    with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, pace=Pace(maximum=12)) as client:
        assert client.pace.limit == 4  # it starts modestly
        hammer(client, 400)
        assert client.pace.limit == 12 and client.pace.peak == 12


def test_a_fixed_concurrency_is_never_exceeded_nor_changed(simulator):
    simulator.faults.update(latency_ms=10)
    with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, pace=Pace.fixed(3)) as client:
        hammer(client, 100)
        assert client.pace.limit == 3 and client.pace.peak == 3


def test_answers_far_slower_than_the_best_ones_bring_the_limit_down():
    pace = Pace(start=8, maximum=16)
    for _ in range(40):
        pace.answered(200, 0.05, in_flight_before=7, kind="GET")
    grown = pace.limit
    for _ in range(40):
        pace.answered(200, 0.5, in_flight_before=7, kind="GET")  # ten times slower: the server struggles
    assert pace.limit < grown
    # a different kind of request (a big download) is not compared with the small GETs
    before = pace.limit
    for _ in range(40):
        pace.answered(200, 2.0, in_flight_before=0, kind="download")
    assert pace.limit == before


def test_a_503_halves_and_a_throttled_ceiling_is_probed_again_only_after_a_long_clean_stretch():
    pace = Pace(start=10, maximum=16)
    pace.answered(503, 0.05, in_flight_before=9)
    assert pace.limit == 5
    pace.answered(429, 0.01, in_flight_before=4)  # the fifth at once was one too many
    assert pace.limit == 4
    for _ in range(PROBE_AFTER - 1):
        pace.answered(200, 0.05, in_flight_before=3)
    assert pace.limit == 4  # not above where it was throttled
    for _ in range(40):
        pace.answered(200, 0.05, in_flight_before=3)
    assert pace.limit == 5  # then one more, to see whether the server takes more now


def test_waiting_for_a_slot_honours_a_cancel():
    from core.odata.errors import CancelledError

    pace = Pace.fixed(1)
    cancel = threading.Event()

    def check() -> None:
        if cancel.is_set():
            raise CancelledError("Cancelled.")

    with pace.slot():
        cancel.set()
        with pytest.raises(CancelledError):
            with pace.slot(check):
                pass
