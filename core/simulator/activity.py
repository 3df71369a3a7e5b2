"""Field activity: technicians completing work orders while a demo or a test runs.

Every ``interval`` seconds one open job is completed the way the mobile app would do it: parts
used (articles of the tenant) and time lines (working and travel time) are added, sometimes an
intermediate daily approval is stored first (clients must ignore it), the job turns Completed and
a final approval is stored, which makes the PDF queue produce its PDF. When no open job is left,
a new job is created on a random project and completed. All writes go through the storage's API
rules, exactly like a POST/PUT, so ``modified_dateutc`` and PDFs behave the same.
"""
from __future__ import annotations

import logging
import random
import threading
import uuid
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from core.odyssee.model import COMPLETED_STATUS_ID, SYSTEM_JOB_STATUSES
from core.simulator.seed import local_date_generated
from core.simulator.storage import DEFAULT_JOB_TYPE, Row, Storage

log = logging.getLogger(__name__)

# Jobs in these statuses are finished; the ticker leaves them alone.
CLOSED_STATUS_IDS = tuple(
    str(SYSTEM_JOB_STATUSES[name]).lower() for name in ("Completed", "Canceled", "Workshop - Completed")
)
# What a daily (intermediate) approval gives the job: the work goes on another day.
WAITING_FURTHER_ACTIONS_ID = SYSTEM_JOB_STATUSES["Waiting Further Actions"]
OPEN_STATUS_ID = SYSTEM_JOB_STATUSES["Open"]

_HOURS = (Decimal("0.5"), Decimal("0.75"), Decimal("1"), Decimal("1.5"), Decimal("2"), Decimal("3"))
_TRAVEL_HOURS = (Decimal("0.25"), Decimal("0.5"), Decimal("0.75"))
_QUANTITIES = (Decimal("1"), Decimal("1"), Decimal("2"), Decimal("3"), Decimal("0.5"))
_LABOUR_PRICE = Decimal("65.00")
_TRAVEL_PRICE = Decimal("40.00")
_REMARKS = ("", "", "Quick and tidy work.", "Please call before the next visit.", "Leak fixed, thank you.")
_CONTACTS = ("", "J. Peeters", "M. Dubois", "A. Janssens", "S. Müller")
_DAILY_APPROVAL_CHANCE = 0.3
_TRAVEL_CHANCE = 0.5


class ActivityTicker:
    """Completes one job per ``interval`` seconds in a background thread (none when interval is None)."""

    def __init__(self, storage: Storage, *, interval: float | None = None, seed: int | None = None) -> None:
        if interval is not None and interval <= 0:
            raise ValueError("the activity interval must be more than 0 seconds")
        self.storage = storage
        self.interval = interval
        self.random = random.Random(seed)
        self.completed = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.interval is None or self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="simulator-activity", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=10)

    def _run(self) -> None:
        assert self.interval is not None
        while not self._stop.wait(self.interval):
            try:
                self.tick()
            except Exception:  # keep ticking; a demo must not stop over one bad row
                log.exception("simulator: field activity tick failed")

    # ------------------------------------------------------------------ one completed job

    def tick(self) -> Row:
        """Complete one job now; returns the final (non-daily) job approval."""
        now = datetime.now(timezone.utc)
        with self.storage.transaction():
            technician = self._technician()
            job = self._open_job(technician) or self._new_job(technician)
            approval_id = uuid.uuid4()
            common = {"jobs_id": job["id"], "user_id": technician["id"], "job_approval_id": approval_id}
            self._add_parts(common, now)
            self._add_time(common, now)
            if self.random.random() < _DAILY_APPROVAL_CHANCE:
                self.storage.create(
                    "JobApproval",
                    {
                        "jobs_id": job["id"],
                        "user_id": technician["id"],
                        "is_daily_approval": True,
                        "date_generated": local_date_generated(now - timedelta(hours=4)),
                        "job_status_id": WAITING_FURTHER_ACTIONS_ID,
                    },
                )
            self.storage.change("Jobs", job["id"], {"job_status_id": COMPLETED_STATUS_ID, "date_closed": now})
            approval = self.storage.create(
                "JobApproval",
                {
                    "id": approval_id,
                    "jobs_id": job["id"],
                    "user_id": technician["id"],
                    "is_daily_approval": False,
                    "is_signed": self.random.random() < 0.9,
                    "contact_name": self.random.choice(_CONTACTS),
                    "customer_remarks": self.random.choice(_REMARKS),
                    "date_generated": local_date_generated(now),
                    "job_status_id": COMPLETED_STATUS_ID,
                    "rating": self.random.randint(3, 5),
                },
            )
        self.completed += 1
        return approval

    def _random_row(self, table: str, entity_set: str, where: str = "", params: tuple = ()) -> Row | None:
        clause = f" WHERE {where}" if where else ""
        ((total,),) = self.storage.fetch_all(f'SELECT COUNT(*) FROM "{table}"{clause}', params)
        if not total:
            return None
        offset = self.random.randrange(total)
        ((row_id,),) = self.storage.fetch_all(
            f'SELECT "id" FROM "{table}"{clause} ORDER BY rowid LIMIT 1 OFFSET ?', (*params, offset)
        )
        return self.storage.get(entity_set, row_id)

    def _technician(self) -> Row:
        user = self._random_row("user", "User", '"archived" = 0 AND "disabled" = 0')
        if user is not None:
            return user
        return self.storage.create(
            "User",
            {"code": "TECH", "username": "technician@example.com", "firstname": "Field", "lastname": "Technician"},
        )

    def _open_job(self, technician: Row) -> Row | None:
        marks = ", ".join("?" for _ in CLOSED_STATUS_IDS)
        return self._random_row("jobs", "Jobs", f'"job_status_id" NOT IN ({marks})', CLOSED_STATUS_IDS)

    def _new_job(self, technician: Row) -> Row:
        project = self._random_row("project", "Project") or self._walk_in_project()
        job_type = self.storage.find_by("JobType", "code", DEFAULT_JOB_TYPE["code"]) or self._random_row(
            "job_type", "JobType"
        )
        payload: dict[str, object] = {
            "name": f"Service visit {project['name']}"[:255],
            "description": "Created by the simulator's field activity.",
            "project_id": project["id"],
            "job_status_id": OPEN_STATUS_ID,
            "user_id": technician["id"],
            "first_planning_date": datetime.now(timezone.utc),
        }
        if job_type is not None:
            payload["job_type_id"] = job_type["id"]
        else:
            payload["job_type"] = dict(DEFAULT_JOB_TYPE)
        return self.storage.create("Jobs", payload)

    def _walk_in_project(self) -> Row:
        return self.storage.create(
            "Project",
            {
                "name": "Walk-in installation",
                "company": {"code": "WALKIN", "name": "Walk-in customer"},
            },
        )

    def _add_parts(self, common: dict[str, object], now: datetime) -> None:
        count = self.random.randint(1, 3)
        for _ in range(count):
            article = self._random_row("article", "Article", '"archived" = 0')
            line: dict[str, object] = {**common, "working_date": now, "quantity": self.random.choice(_QUANTITIES)}
            if article is None:
                line.update(code="MISC", name="Miscellaneous material", price=Decimal("10.00"))
            else:
                line.update(
                    article_id=article["id"],
                    code=article["code"],
                    name=article["name"],
                    description=str(article["description_short"])[:255],
                    price=article["entered_price"],
                )
            self.storage.create("JobPartUsage", line)

    def _add_time(self, common: dict[str, object], now: datetime) -> None:
        hours = self.random.choice(_HOURS)
        start = now - timedelta(hours=float(hours))
        self.storage.create(
            "JobNonPartUsage",
            {
                **common,
                "working_date": now,
                "timesheet_date_from": start,
                "timesheet_date_to": now,
                "type_code": "WorkingTime",
                "line_code": "WORK",
                "description": "Working time",
                "quantity": hours,
                "price": _LABOUR_PRICE,
            },
        )
        if self.random.random() < _TRAVEL_CHANCE:
            travel = self.random.choice(_TRAVEL_HOURS)
            self.storage.create(
                "JobNonPartUsage",
                {
                    **common,
                    "working_date": now,
                    "timesheet_date_from": start - timedelta(hours=float(travel)),
                    "timesheet_date_to": start,
                    "type_code": "TravelTime",
                    "line_code": "TRAVEL",
                    "description": "Travel time",
                    "quantity": travel,
                    "price": _TRAVEL_PRICE,
                },
            )
