"""The user's time, numbers and words: UTC moments on the local clock, the tenant's wall-clock
date_generated as written, numbers in the locale, plurals, and no raw key on screen."""
from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from core.state import Store
from gui.models.formatting import (
    WALL_CLOCK,
    amount_text,
    clock_text,
    display_text,
    field_type,
    moment_text,
    number_text,
)
from gui.models.words import counter_text, plural, run_counts_text, with_name
from tests.helpers.gui import DEMO_PROFILE, open_profile, wait_idle
from tests.helpers.timezones import BRUSSELS, local_time_zone

GUIDE_MODIFIED = "2015-07-14T13:20:07Z"  # the vendor guide's approval: modified_dateutc, UTC
GUIDE_GENERATED = "2015-07-14T15:19:37Z"  # and its date_generated: Belgian wall-clock time


@pytest.fixture
def brussels():
    with local_time_zone(BRUSSELS) as zone:
        yield zone


def test_a_utc_moment_shows_on_the_local_clock(brussels):
    assert display_text(GUIDE_MODIFIED, "datetime") == "2015-07-14 15:20:07"  # summer: UTC+2
    assert moment_text("2026-01-15T10:00:00.000Z") == "2026-01-15 11:00"  # winter: UTC+1
    assert moment_text("2026-03-03T23:30:00Z") == "2026-03-04 00:30"  # the local day, too
    assert clock_text(datetime(2026, 1, 15, 10, 0, 5, tzinfo=timezone.utc), seconds=True) == "11:00:05"
    assert display_text("1980-01-01T00:00:00Z", "datetime") == ""  # the API's "no date" stays blank


def test_date_generated_is_shown_as_written_and_agrees_with_modified_dateutc(brussels):
    assert field_type("JobApproval", "date_generated") == WALL_CLOCK
    assert field_type("JobApproval", "modified_dateutc") == "datetime"
    generated = display_text(GUIDE_GENERATED, WALL_CLOCK)
    assert generated == "2015-07-14 15:19:37"  # not 17:19: converting it would move it twice
    assert display_text(GUIDE_MODIFIED, "datetime")[:16] == "2015-07-14 15:20"  # half a minute later


def test_the_overviews_runs_start_on_the_local_clock(qtbot, demo_profile, window, brussels):
    with Store.open(DEMO_PROFILE) as store:
        run = store.start_run("pdfs")
        store.finish_run(run, "ok", {"downloaded": 1, "skipped": 2})
        started = store.recent_runs(limit=1)[0].started
    open_profile(qtbot, window)
    page = window.go_to("overview")
    wait_idle(qtbot, page)
    local = datetime.strptime(started, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc).astimezone()
    assert page.runs_model.index(0, 2).data().startswith(local.strftime("%Y-%m-%d %H:%M"))
    assert local.utcoffset().total_seconds() > 0  # Brussels is ahead of UTC: the hour moved
    assert page.runs_model.index(0, 6).data() == "1 downloaded · 2 already there"


@pytest.fixture
def belgian_locale():
    before = QLocale()
    QLocale.setDefault(QLocale("nl_BE"))
    yield
    QLocale.setDefault(before)


def test_numbers_and_amounts_follow_the_locale(belgian_locale):
    assert number_text(12345) == "12.345"
    assert amount_text(Decimal("1234.5")) == "1.234,50"
    assert display_text(Decimal("209.95"), "money") == "209,95"
    assert display_text(Decimal("0.5"), "decimal") == "0,5"
    assert plural(1234, "job") == "1.234 jobs"


def test_plurals_and_counters_in_words():
    assert plural(1, "job") == "1 job" and plural(2, "job") == "2 jobs" and plural(0, "job") == "0 jobs"
    assert plural(1, "try", "tries") == "1 try" and plural(3, "try", "tries") == "3 tries"
    assert counter_text("not_selected", 4) == "4 not selected"
    assert counter_text("conflict", 1) == "1 conflict" and counter_text("conflict", 2) == "2 conflicts"
    assert run_counts_text({"not_selected": 4, "exported": 0}) == "4 not selected"
    assert run_counts_text({}) == "nothing to do"
    assert with_name("C00173", "Garage  Dupont") == "C00173 — Garage Dupont"
    assert with_name("C00173", "") == "C00173" and with_name("", "Garage Dupont") == "Garage Dupont"
