"""What the window's tests share: the demo and sync profiles, opening one, waiting for a page,
and the simulator rows the sync pages show.

The fixtures built on them (a demo Odyssee, the Demo and Office profiles, a main window) are in
tests/gui/conftest.py.
"""
from __future__ import annotations

from pathlib import Path

import resources
from core import credentials
from core.erp.demo import sqlite_url
from core.settings import Profile, Settings
from core.simulator.server import Simulator

DEMO_PROFILE = "Demo"
PASSWORD = "s3cret:with@signs"
PAGE_SIZE = 10  # small pages, so a few dozen rows already take several fetchMore rounds
SYNC_PROFILE = "Office"
ERP_CUSTOMERS = 20


def make_profile(simulator: Simulator, name: str = DEMO_PROFILE, *, secret: str | None = PASSWORD) -> Profile:
    """A saved profile pointing at ``simulator``, its secret in the (test) keyring."""
    settings = Settings.load()
    profile = settings.add(
        Profile(name=name, base_url=simulator.base_url, domain=simulator.domain, username=simulator.username),
        replace=True,
    )
    settings.save()
    if secret is not None:
        credentials.store_secret(profile, secret)
    return profile


def save_profile(simulator: Simulator, erp: Path | None, downloads: Path | None, **extra_fields) -> Profile:
    """The Office profile: ``simulator``, ``erp`` (to read and to export to), ``downloads``;
    the window may download in the background unless ``auto_download`` says otherwise."""
    extra_fields.setdefault("auto_download", True)
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


def open_profile(qtbot, main_window, name: str = DEMO_PROFILE):
    main_window.open_profile(name)
    qtbot.waitUntil(lambda: main_window.session is not None and main_window.session.name == name, timeout=10_000)
    return main_window.session


def wait_idle(qtbot, page, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=timeout)


def final_approvals(simulator: Simulator) -> list[dict]:
    return [row for row in simulator.storage.rows("JobApproval") if not row["is_daily_approval"]]


def approval_pdfs(simulator: Simulator) -> list[dict]:
    return [
        row for row in simulator.storage.rows("DbFile")
        if row["file_type_name"] == "JOB_APPROVAL" and row["db_table_name"] == "job_approval"
    ]


def confirm_push(qtbot, page) -> None:
    """Press "Push checked" and answer the question with "Send N changes", as a user does."""
    from PySide6.QtCore import Qt

    assert page.push_button.isEnabled(), page.push_button.text()
    qtbot.mouseClick(page.push_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirmation is not None and page.confirmation.isVisible(), timeout=10_000)
    qtbot.mouseClick(page.confirmation.send_button, Qt.MouseButton.LeftButton)
