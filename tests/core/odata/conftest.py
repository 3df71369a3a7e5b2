"""Fixtures of the OData client's tests: hostile servers, and a client of the test's simulator."""
from __future__ import annotations

import threading
from typing import Callable, Iterator

import pytest

from core.odata import OdysseeClient
from tests.helpers.hostile import HostileServer, Script
from tests.helpers.odata_client import QUICK_RETRY


@pytest.fixture
def hostile() -> Iterator[Callable[[Script], HostileServer]]:
    """Start hostile servers with a script; all are stopped after the test."""
    servers: list[HostileServer] = []

    def start(script: Script) -> HostileServer:
        server = HostileServer(script)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def client(simulator):
    with OdysseeClient(simulator.base_url, auth_header=simulator.authorization, retry=QUICK_RETRY) as odyssee:
        yield odyssee
