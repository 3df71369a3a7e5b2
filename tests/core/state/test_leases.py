"""Leases: one holder per job across processes and workstations, expiry, fencing after a pause.

Every test runs on a local SQLite file and, when a server is given, on PostgreSQL. Other
workstations are other processes that sign their leases with another workstation name.
"""
from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from core.state import Actor, LeaseBusy, LeaseLost, Store, local_store_path

ROOT = Path(__file__).resolve().parents[3]
KEY = "https://example.test/api|TESTAPI|sqlite:/erp.db"
SHORT = 2.0  # seconds a lease lasts in these tests
# A lease renewed at half its life still has five seconds or more when its holder is killed: the
# look that follows the kill comes before it runs out, even on a loaded machine.
OUTLIVES_A_LOOK = 10.0

HOLDER = textwrap.dedent(
    """
    import sys, time
    from core.state import Actor, LeaseLost, Store
    location, key, workstation, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    store = Store(location, key, actor=Actor(workstation, "office2"))
    lease = store.acquire_lease("push", program="test holder", seconds=seconds)
    fenced = store.fenced(lease)
    run_id = fenced.start_run("push")
    print(f"HELD {lease.token} {run_id}", flush=True)
    written = 0
    while True:
        try:
            lease.ensure_fresh()            # what an engine does before it sends anything
            fenced.set_watermark("holder", f"2026-01-01T00:00:{written % 60:02d}.000Z")
        except LeaseLost as error:
            print(f"LOST {error}", flush=True)
            break
        written += 1
        print(f"WROTE {written}", flush=True)
        time.sleep(0.2)
    """
)


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request) -> str:
    if request.param == "sqlite":
        return str(local_store_path("Leases"))
    return request.getfixturevalue("postgres_schema_url")


def open_store(location: str, workstation: str = "WS-01", user: str = "office1") -> Store:
    return Store(location, KEY, actor=Actor(workstation, user))


class Holder:
    """A lease holder in a process of its own (another program, or another workstation)."""

    def __init__(self, location: str, workstation: str, seconds: float = SHORT) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, location, KEY, workstation, str(seconds)],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [self.lines.put(line.strip()) for line in self.process.stdout], daemon=True).start()

    def wait_for(self, prefix: str, timeout: float = 60.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.process.poll() is not None and self.lines.empty():
                    break
                continue
            if line.startswith(prefix):
                return line
        self.process.kill()
        pytest.fail(f"the holder never printed {prefix!r}: {self.process.stderr.read()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)


@pytest.fixture
def holders():
    started: list[Holder] = []
    yield lambda location, workstation, **options: started.append(Holder(location, workstation, **options)) or started[-1]
    for holder in started:
        if holder.process.poll() is None:
            os.kill(holder.process.pid, signal.SIGCONT)
        holder.stop()


def test_a_second_holder_is_told_who_runs_the_job_and_since_when(location):
    with open_store(location, "WS-03", "office2") as first, open_store(location, "WS-05", "office4") as second:
        hours = {time.strftime("%H:")}
        lease = first.acquire_lease("push", program="odyssee-sync push")
        with pytest.raises(LeaseBusy) as busy:
            second.acquire_lease("push")
        hours.add(time.strftime("%H:"))  # the hour may turn meanwhile
        message = str(busy.value)
        assert message.startswith("Push is running on WS-03 (user office2, odyssee-sync push) since ")
        assert any(f"since {hour}" in message for hour in hours)  # the local time it started
        assert "60 s after that program stops answering" in message or "s after that program stops" in message
        # another job is not held up by it
        second.acquire_lease("export").release()
        lease.release()
        again = second.acquire_lease("push")
        assert again.token == lease.token + 1  # a new holder always gets a higher token
        assert [info.workstation for info in first.leases() if info.held] == ["WS-05"]
        again.release()


def test_a_holder_that_keeps_working_keeps_its_lease_past_its_duration(location):
    with open_store(location) as store, open_store(location, "WS-02") as other:
        lease = store.acquire_lease("pdfs", seconds=SHORT)
        first_renewal = store.lease_info("pdfs")
        deadline = time.monotonic() + 30
        renewals = 0
        previous = first_renewal.expires_in
        while renewals < 3 and time.monotonic() < deadline:  # three renewals: longer than SHORT
            info = store.lease_info("pdfs")
            if info.expires_in > previous + 0.1:
                renewals += 1
            previous = info.expires_in
            time.sleep(0.05)
        assert renewals == 3
        with pytest.raises(LeaseBusy):
            other.acquire_lease("pdfs")
        lease.release()


def test_a_killed_holder_on_another_workstation_is_taken_over_once_its_lease_expires(location, holders):
    holder = holders(location, "WS-02", seconds=OUTLIVES_A_LOOK)
    _, token, run_id = holder.wait_for("HELD").split()
    holder.process.kill()  # SIGKILL: nothing is released
    holder.process.wait(timeout=30)
    with open_store(location) as store:
        with pytest.raises(LeaseBusy, match="running on WS-02"):
            store.acquire_lease("push")
        lease = store.acquire_lease("push", wait=60)  # the wait ends when the lease runs out
        assert lease.token == int(token) + 1
        assert store.run(int(run_id)).status == "interrupted"  # the dead holder's run is closed
        lease.release()


def test_a_killed_holder_on_this_machine_is_taken_over_at_once(location, holders):
    me = Actor.current().workstation
    holder = holders(location, me)
    holder.wait_for("HELD")
    holder.process.kill()
    holder.process.wait(timeout=30)
    with Store(location, KEY) as store:
        lease = store.acquire_lease("push", seconds=600)  # no waiting: its process is gone
        lease.release()


def pause_between_transactions(holder: Holder, location: str) -> None:
    """SIGSTOP the holder (a suspended laptop, a debugger), but not inside a SQLite transaction:
    a process stopped while it holds SQLite's writer lock holds up everyone on that computer, a
    limit of SQLite itself (PostgreSQL ends such a session after a while, which is tested too)."""
    for _attempt in range(20):
        holder.wait_for("WROTE")
        os.kill(holder.process.pid, signal.SIGSTOP)
        if "://" in location:
            return
        probe = sqlite3.connect(location, timeout=0.2, isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.execute("ROLLBACK")
            return
        except sqlite3.OperationalError:
            os.kill(holder.process.pid, signal.SIGCONT)
        finally:
            probe.close()
    pytest.fail("the holder was always inside a transaction")


def test_a_paused_holder_writes_nothing_once_another_took_over(location, holders):
    holder = holders(location, "WS-02")
    holder.wait_for("HELD")
    holder.wait_for("WROTE 2")
    pause_between_transactions(holder, location)
    with open_store(location) as store:
        before = store.get_watermark("holder").value
        lease = store.acquire_lease("push", wait=60)  # after the paused holder's lease ran out
        fenced = store.fenced(lease)
        fenced.set_watermark("taker", "2026-02-02T00:00:00.000Z")
        os.kill(holder.process.pid, signal.SIGCONT)
        line = holder.wait_for("LOST")
        assert "took its lease over" in line
        assert store.get_watermark("holder").value == before  # none of its writes landed
        assert store.lease_info("push").workstation == "WS-01"
        fenced.set_watermark("taker", "2026-02-03T00:00:00.000Z")  # the new holder goes on
        lease.release()
    holder.process.wait(timeout=30)


def test_waiting_for_a_lease_ends_when_its_holder_releases_it(location):
    with open_store(location) as store, open_store(location, "WS-02") as other:
        lease = store.acquire_lease("export")
        told = []

        def release_once_waiting(info) -> None:  # given back while the other one waits for it
            told.append(info)
            lease.release()

        taken = other.acquire_lease("export", wait=30, on_wait=release_once_waiting)
        assert [info.workstation for info in told] == ["WS-01"]
        taken.release()
        cancel = threading.Event()
        held = store.acquire_lease("export")
        with pytest.raises(LeaseBusy):
            # A cancel in the middle of the wait ends it, long before its 60 s.
            other.acquire_lease("export", wait=60, cancel=cancel, on_wait=lambda _info: cancel.set())
        held.release()


def test_a_write_after_the_lease_was_given_back_is_refused(location):
    with open_store(location) as store:
        lease = store.acquire_lease("push")
        fenced = store.fenced(lease)
        fenced.set_id("Company", "C1", "id-1")
        lease.release()
        with pytest.raises(LeaseLost):
            fenced.set_id("Company", "C2", "id-2")
        with pytest.raises(LeaseLost):
            fenced.hold("job_approval", "a1", "Its job was not found.", odyssee_modified="2026-01-01T00:00:00.000Z")
        with pytest.raises(LeaseLost):
            lease.ensure_fresh()
        assert store.ids_for("Company") == {"C1": "id-1"} and store.held("job_approval") == []


def test_a_killed_run_shows_as_ended_at_the_next_start_and_a_living_one_stays_running(location, holders):
    me = Actor.current().workstation
    killed = holders(location, me)
    _, _, killed_run = killed.wait_for("HELD").split()
    killed.process.kill()
    killed.process.wait(timeout=30)
    with Store(location, KEY) as store:
        assert store.end_abandoned_runs() == 1  # what opening a profile's state does first
        assert store.run(int(killed_run)).status == "interrupted"
        store.acquire_lease("push").release()  # its lease too is free at once: its process is gone

    living = holders(location, "WS-02")
    _, _, living_run = living.wait_for("HELD").split()
    with Store(location, KEY) as store:
        assert store.end_abandoned_runs() == 0
        assert store.run(int(living_run)).status is None  # still running on WS-02
