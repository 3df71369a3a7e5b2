"""Fixtures for the sync pages (Pending pushes, Completed work, Job approval PDFs, the tray).

These tests write — to Odyssee (a push), to the ERP (an export), to a download folder — so each
gets its own small demo Odyssee and its own demo ERP (20 customers plus the rows that are wrong
on purpose), and a profile pointing at both. Polling is paused: a test decides what runs.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterator

import pytest

import resources
from core import credentials
from core.erp.demo import create_demo_erp, sqlite_url
from core.settings import Profile, Settings
from core.simulator.server import Simulator
from tests.gui.conftest import PAGE_SIZE, PASSWORD, open_profile

SYNC_PROFILE = "Office"
ERP_CUSTOMERS = 20


@pytest.fixture
def sync_simulator() -> Iterator[Simulator]:
    simulator = Simulator(seed="demo", scale=8, page_size=PAGE_SIZE, domain="DEMO", username="api", password=PASSWORD)
    simulator.start()
    yield simulator
    simulator.stop()


@pytest.fixture
def erp_path(tmp_path) -> Path:
    path = tmp_path / "erp.sqlite3"
    create_demo_erp(path, customers=ERP_CUSTOMERS)
    return path


@pytest.fixture
def download_dir(tmp_path) -> Path:
    return tmp_path / "job-approval-pdfs"


def save_profile(simulator: Simulator, erp: Path | None, downloads: Path | None, **extra_fields) -> Profile:
    settings = Settings.load()
    profile = settings.add(
        Profile(
            name=SYNC_PROFILE,
            base_url=simulator.base_url,
            domain=simulator.domain,
            username=simulator.username,
            erp_url=sqlite_url(erp) if erp else None,
            mapping_file=str(resources.path("mappings", "default.toml")),
            export_to=sqlite_url(erp) if erp else None,
            download_dir=str(downloads) if downloads else None,
            **extra_fields,
        ),
        replace=True,
    )
    settings.save()
    credentials.store_secret(profile, PASSWORD)
    return profile


@pytest.fixture
def sync_profile(sync_simulator, erp_path, download_dir) -> Profile:
    return save_profile(sync_simulator, erp_path, download_dir)


@pytest.fixture
def sync_window(qtbot, window, sync_profile):
    """The main window on the Office profile, its background polls paused."""
    window.poller.set_paused(True)
    open_profile(qtbot, window, SYNC_PROFILE)
    return window


def erp_count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def erp_execute(path: Path, statement: str, *parameters) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute(statement, parameters)
        connection.commit()
    finally:
        connection.close()


def final_approvals(simulator: Simulator) -> list[dict]:
    return [row for row in simulator.storage.rows("JobApproval") if not row["is_daily_approval"]]


def approval_pdfs(simulator: Simulator) -> list[dict]:
    return [
        row for row in simulator.storage.rows("DbFile")
        if row["file_type_name"] == "JOB_APPROVAL" and row["db_table_name"] == "job_approval"
    ]
