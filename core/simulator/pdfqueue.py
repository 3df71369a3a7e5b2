"""The job approval PDF queue: a stored final approval gets its PDF as a ``db_file``.

Like the vendor's queue (the ERP-link guide: "seconds, 15 minutes or 2 hours" later), the file
appears ``delay`` seconds after the approval was stored; with ``delay=0`` it is made at once, in
the writing thread, so a POST answers only after its PDF exists. Whatever writes the approval
(a POST, a PUT, the field-activity ticker) triggers it, because the queue listens to the storage.
On start, final approvals still lacking a PDF (a restart before their turn came, seed data
without files) are queued too.
"""
from __future__ import annotations

import heapq
import logging
import threading
import time
import uuid

from core.odyssee.model import EMPTY_GUID, JOB_APPROVAL_FILE_TYPE, JOB_APPROVAL_TABLE
from core.simulator.storage import Row, Storage, WriteEvent

log = logging.getLogger(__name__)

PDF_MIME_TYPE = "application/pdf"


class PdfQueue:
    def __init__(self, storage: Storage, *, delay: float = 0.0) -> None:
        if delay < 0:
            raise ValueError("the PDF delay cannot be negative")
        self.storage = storage
        self.delay = float(delay)
        self._due: list[tuple[float, str]] = []  # heap of (monotonic due time, approval id)
        self._queued: set[str] = set()
        self._condition = threading.Condition()
        self._render_lock = threading.Lock()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._busy = 0
        storage.listeners.append(self._on_write)

    # ------------------------------------------------------------------ life cycle

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stopping = False
        for approval_id in self.missing_approvals():
            self._schedule(approval_id, self.delay)
        self._thread = threading.Thread(target=self._run, name="simulator-pdf-queue", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        with self._condition:
            self._stopping = True
            self._condition.notify_all()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=10)

    @property
    def pending(self) -> int:
        """Approvals waiting for their PDF (queued or being rendered)."""
        with self._condition:
            return len(self._queued) + self._busy

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Wait until nothing is pending; False on timeout."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while self._queued or self._busy:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._condition.wait(remaining)
        return True

    # ------------------------------------------------------------------ queueing

    def missing_approvals(self) -> list[str]:
        """Final approvals without a JOB_APPROVAL file, oldest first."""
        rows = self.storage.fetch_all(
            'SELECT a."id" FROM "job_approval" a WHERE a."is_daily_approval" = 0 AND NOT EXISTS '
            '(SELECT 1 FROM "db_file" f WHERE f."id_in_table" = a."id" '
            'AND f."db_table_name" = ? AND f."file_type_name" = ?) '
            'ORDER BY a."modified_dateutc", a."id"',
            (JOB_APPROVAL_TABLE, JOB_APPROVAL_FILE_TYPE),
        )
        return [row[0] for row in rows]

    def _on_write(self, event: WriteEvent) -> None:
        if event.entity_set != "JobApproval" or event.action == "delete" or event.row["is_daily_approval"]:
            return
        approval_id = str(event.row["id"])
        if self.delay == 0:
            self.generate(approval_id)
        else:
            self._schedule(approval_id, self.delay)

    def _schedule(self, approval_id: str, delay: float) -> None:
        with self._condition:
            if approval_id in self._queued:
                return
            self._queued.add(approval_id)
            heapq.heappush(self._due, (time.monotonic() + delay, approval_id))
            self._condition.notify_all()

    def _run(self) -> None:
        while True:
            with self._condition:
                while not self._stopping and (not self._due or self._due[0][0] > time.monotonic()):
                    timeout = self._due[0][0] - time.monotonic() if self._due else None
                    self._condition.wait(timeout)
                if self._stopping:
                    return
                _, approval_id = heapq.heappop(self._due)
                self._queued.discard(approval_id)
                self._busy += 1
            try:
                self.generate(approval_id)
            finally:
                with self._condition:
                    self._busy -= 1
                    self._condition.notify_all()

    # ------------------------------------------------------------------ rendering

    def existing_file(self, approval_id: str | uuid.UUID) -> Row | None:
        rows = self.storage.fetch_all(
            'SELECT "id" FROM "db_file" WHERE "id_in_table" = ? AND "db_table_name" = ? AND "file_type_name" = ? '
            "LIMIT 1",
            (str(approval_id).lower(), JOB_APPROVAL_TABLE, JOB_APPROVAL_FILE_TYPE),
        )
        return self.storage.get("DbFile", rows[0][0]) if rows else None

    def generate(self, approval_id: str | uuid.UUID) -> Row | None:
        """Render and store the approval's PDF now; the DbFile row (None when not applicable).

        A failure is logged, never raised: the approval itself is already stored.
        """
        from core.simulator.pdf import job_approval_file_name, render_job_approval_pdf

        with self._render_lock:
            try:
                approval = self.storage.get("JobApproval", approval_id)
                if approval is None or approval["is_daily_approval"]:
                    return None
                existing = self.existing_file(approval["id"])  # type: ignore[arg-type]
                if existing is not None:
                    return existing
                job = self._get("Jobs", approval["jobs_id"]) or {}
                project = self._get("Project", job.get("project_id"))
                company = self._get("Company", job.get("company_id"))
                technician = self._get("User", approval["user_id"])
                parts = self._lines("job_part_usage", "JobPartUsage", approval["jobs_id"])
                time_lines = self._lines("job_non_part_usage", "JobNonPartUsage", approval["jobs_id"])
                content = render_job_approval_pdf(approval, job, company, project, technician, parts, time_lines)
                file_name = job_approval_file_name(job, approval)
                return self.storage.create(
                    "DbFile",
                    {
                        "db_table_name": JOB_APPROVAL_TABLE,
                        "id_in_table": approval["id"],
                        "name": file_name,
                        "file_name": file_name,
                        "description": f"Job approval of job #{job.get('id2', 0)}",
                        "mime_type": PDF_MIME_TYPE,
                        "file_content": content,
                        "file_type_name": JOB_APPROVAL_FILE_TYPE,
                    },
                    system=True,
                )
            except Exception:  # the approval is stored; a failed PDF must not break its writer
                log.exception("simulator: could not make the PDF of job approval %s", approval_id)
                return None

    def _get(self, entity_set: str, row_id: object) -> Row | None:
        if row_id is None or row_id == EMPTY_GUID:
            return None
        return self.storage.get(entity_set, row_id)  # type: ignore[arg-type]

    def _lines(self, table: str, entity_set: str, jobs_id: object) -> list[Row]:
        ids = self.storage.fetch_all(
            f'SELECT "id" FROM "{table}" WHERE "jobs_id" = ? ORDER BY "working_date", "modified_dateutc", "id"',
            (str(jobs_id).lower(),),
        )
        return [row for (row_id,) in ids if (row := self.storage.get(entity_set, row_id)) is not None]
