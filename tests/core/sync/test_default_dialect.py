"""The four jobs on the demo against a simulator in its default mode, the real server's most
likely dialect (ASP.NET OData's 100-node $filter limit, SQL Server's collation): not one request
may be refused."""
from __future__ import annotations

from collections import Counter

from core.erp.demo import create_demo_erp, sqlite_url
from core.erp.mapping import Mapping
from core.erp.reader import ErpReader
from core.odata import OdysseeClient
from core.simulator.server import Simulator
from core.state import Store
from core.sync.export import CompletedWork
from core.sync.targets import SqlTarget
from core.sync.pdfs import JobApprovalPdfs
from core.sync.plan import build_plan
from core.sync.push import push


def test_plan_push_export_and_pdfs_on_the_demo_send_no_request_the_server_refuses(tmp_path):
    simulator = Simulator(tmp_path / "odyssee", seed="demo").start()  # the defaults: 100 nodes, SQL Server
    erp = create_demo_erp(tmp_path / "erp.sqlite3")
    answers: list = []
    try:
        with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, request_log=answers.append) as client, \
                Store(tmp_path / "state.sqlite3") as store, ErpReader(sqlite_url(erp), Mapping.default()) as reader:
            plan = build_plan(reader, client, store)
            assert not plan.problems and len(plan.approved()) > 300
            pushed = push(plan, client, store, approve=plan.approved())
            assert pushed.counts["failed"] == 0 and pushed.counts["ok"] == len(plan.approved())
            assert build_plan(reader, client, store).approved() == []

            exported = CompletedWork(client, store, SqlTarget(sqlite_url(erp))).export()
            assert exported.status == "ok" and len(exported.exported) > 50
            downloaded = JobApprovalPdfs(client, store, tmp_path / "pdfs").download()
            assert downloaded.status == "ok" and len(downloaded.downloaded) > 50
    finally:
        simulator.stop()

    statuses = Counter(answer.status for answer in answers)
    refused = [f"{answer.status} {answer.method} {answer.url[:120]}" for answer in answers if not answer.status or answer.status >= 400]
    assert refused == [], refused
    assert len(answers) > 100 and statuses[200] > 0
