"""A push killed half-way (SIGKILL of the process running it) and restarted makes no duplicate.

The child process plans and pushes the demo ERP to the simulator running in this process; the
simulator answers slowly, so several creates are on their way when the child is killed. Some of
them land after the child is gone — created in Odyssee, never recorded in the store. The
restarted push must find those (and reuse the GUIDs recorded before sending), never create an
ERP row twice.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from core.erp.demo import INVALID_ROWS, create_demo_erp, sqlite_url
from core.erp.mapping import Mapping
from core.erp.reader import ErpReader
from core.odata import OdysseeClient
from core.simulator.server import Simulator
from core.state import Store
from core.sync.plan import CREATE, build_plan
from core.sync.push import push
from tests.helpers.push_env import TABLES
from tests.helpers.waiting import wait_until

ROOT = Path(__file__).resolve().parents[3]

CHILD = """
import sys
from core.erp.mapping import Mapping
from core.erp.reader import ErpReader
from core.odata import OdysseeClient
from core.state import Store
from core.sync.plan import build_plan
from core.sync.push import push

erp_url, base_url, authorization, store_path = sys.argv[1:5]
reader = ErpReader(erp_url, Mapping.default())
client = OdysseeClient(base_url, auth_header=authorization)
store = Store(store_path)
plan = build_plan(reader, client, store)
print("planned", flush=True)
push(plan, client, store, concurrency=4)
print("finished", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_push_killed_half_way_and_restarted_creates_no_duplicate(tmp_path):
    erp = create_demo_erp(tmp_path / "erp.sqlite3", customers=30)
    store_path = tmp_path / "state.sqlite3"
    with Simulator() as simulator:
        simulator.faults.update(latency_ms=15)
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, sqlite_url(erp), simulator.base_url, simulator.authorization, str(store_path)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            wait_until(lambda: simulator.count("POST") >= 40 or child.poll() is not None, what="the child's 40th create", every=0.002)
            assert child.poll() is None, child.stderr.read()
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=10)
        finally:
            if child.poll() is None:
                child.kill()
            child.stdout.close()
            child.stderr.close()
        assert child.returncode == -signal.SIGKILL
        assert simulator.wait_quiet(), "the killed child's requests were never answered"  # landed, unheard
        simulator.faults.clear()

        with Store(store_path) as store:
            recorded = len(store.ids_for("Company")) + len(store.ids_for("User"))
            landed = sum(simulator.storage.count(entity) for entity in ("Company", "User"))
            intents = {entity: store.intents_for(entity) for entity, _ in TABLES.values()}
            assert landed > recorded, "the kill should leave creates that landed unrecorded"
            assert any(intents.values())

            reader = ErpReader(sqlite_url(erp), Mapping.default())
            with OdysseeClient(simulator.base_url, auth_header=simulator.authorization) as client:
                plan = build_plan(reader, client, store)
                for change in plan.changes:
                    if change.action == CREATE and change.erp_key in intents[change.entity]:
                        assert change.odyssee_id == intents[change.entity][change.erp_key]  # same GUID again
                result = push(plan, client, store)
            reader.close()
            assert result.status == "ok"

        invalid = {row.code for row in INVALID_ROWS}
        for table_name, (entity, key_field) in TABLES.items():
            keys = [row[key_field] for row in simulator.storage.rows(entity)]
            assert len(keys) == len(set(keys)), f"duplicate {entity}"
            assert not set(keys) & invalid
        assert simulator.storage.count("Company") == 30 - _inactive_customers(erp)


def _inactive_customers(erp: Path) -> int:
    import sqlite3

    with sqlite3.connect(erp) as connection:
        return connection.execute(
            "SELECT count(*) FROM customer WHERE active = 0 AND code NOT LIKE 'CUST-09%'"
        ).fetchone()[0]
