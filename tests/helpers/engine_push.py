"""Pushes done with the engines, as setup for the window's tests (not their subject)."""
from __future__ import annotations

from core.erp.demo import sqlite_url
from core.erp.mapping import Mapping
from core.erp.reader import ErpReader
from core.odata import OdysseeClient
from core.state import Store
from core.sync.plan import build_plan
from core.sync.push import push
from tests.helpers.gui import SYNC_PROFILE


def engine_plan(simulator, erp, store):
    """The Office profile's plan, unchanged rows included, made with the engines."""
    with OdysseeClient(simulator.base_url, auth_header=simulator.authorization) as client:
        reader = ErpReader(sqlite_url(erp), Mapping.default())
        try:
            return build_plan(reader, client, store, include_unchanged=True)
        finally:
            reader.close()


def push_everything(simulator, erp):
    """Push every pending change of the Office profile; the push's result (nothing failed)."""
    with Store.open(SYNC_PROFILE) as store, OdysseeClient(simulator.base_url, auth_header=simulator.authorization) as client:
        plan = engine_plan(simulator, erp, store)
        result = push(plan, client, store)
        assert result.counts["failed"] == 0
        return result
