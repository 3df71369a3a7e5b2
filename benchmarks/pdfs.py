"""Job approval PDF downloads: sequential against concurrent, and memory for one big file.

    python -m benchmarks.pdfs [--files 200] [--kb 200] [--latency-ms 50] [--big-mb 200]

1. ``--files`` PDFs of ``--kb`` KB each, served by a simulator in its own process that answers
   every request after ``--latency-ms``: :class:`core.sync.pdfs.JobApprovalPdfs` one download at
   a time, at a fixed 4, 8 and 16 at once, and at the client's adaptive pace, each beside
   sequential; then behind a proxy that takes 6 requests at once (429 above), fixed 6 against
   adaptive. Each run starts from an empty store and folder and checks every file arrived once.
2. One file of ``--big-mb`` MB (and, for comparison, one of a tenth of that), served by a
   simulator in another process so that only the downloading side is measured: the peak of
   Python allocations (tracemalloc) and the growth of the process's peak RSS while the engine
   downloads it. Streaming means neither grows with the file's size.
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

from benchmarks.common import RETRY, SimulatorProcess, filled_folder, parse_options, print_table, python_process, timed
from core.odata import OdysseeClient
from core.odata.pace import Pace
from core.simulator.server import Simulator
from core.state import Store
from core.sync.pdfs import PDF_MAGIC, JobApprovalPdfs

# A simulator in a child process holding one file of N MB; prints its base URL and auth header.
BIG_FILE_SERVER = """
import sys, uuid
from core.simulator.server import Simulator
from benchmarks.pdfs import add_job_with_pdf
megabytes = int(sys.argv[1])
with Simulator(pdf_delay=10_000) as simulator:
    add_job_with_pdf(simulator, "WO-BIG", b"%PDF-" + (bytes(range(256)) * (megabytes * 4096))[5:])
    print(simulator.base_url, flush=True)
    print(simulator.authorization, flush=True)
    sys.stdin.read()  # until the parent closes our stdin
"""


def add_job_with_pdf(simulator: Simulator, reference: str, content: bytes) -> None:
    storage = simulator.storage
    if storage.find_by("Project", "reference_back_office", "SITE-1") is None:
        storage.create("User", {"code": "TECH-1", "username": "tech@example.com", "lastname": "Tech"})
        storage.create("Company", {"code": "CUST-1", "name": "Customer One"})
        storage.create("Project", {"reference_back_office": "SITE-1", "name": "Boiler room", "company_code": "CUST-1"})
    project = storage.find_by("Project", "reference_back_office", "SITE-1")
    storage.create("Jobs", {
        "reference_back_office": reference, "name": "Service", "project_id": project["id"],
        "job_type_code": "STD", "job_status_code": "Open",
    })
    approval = simulator.activity.tick()
    storage.bulk_insert("DbFile", [{
        "id": uuid.uuid4(), "db_table_name": "job_approval", "id_in_table": approval["id"], "name": "approval.pdf",
        "file_name": f"{reference}.pdf", "mime_type": "application/pdf", "file_content": content,
        "file_size": len(content), "file_type_name": "JOB_APPROVAL", "modified_dateutc": storage.next_modified(),
    }])


RUNS = (("sequential", 1), ("fixed 4", 4), ("fixed 8", 8), ("fixed 16", 16), ("adaptive", None))


def many_files(files: int, kilobytes: int, latency_ms: float) -> list[tuple]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)

        def fill(simulator: Simulator) -> None:
            simulator.pdf_queue.delay = 10_000  # only the files put in here
            for number in range(files):
                add_job_with_pdf(simulator, f"WO-{number:05d}", PDF_MAGIC + os.urandom(kilobytes * 1024 - len(PDF_MAGIC)))

        data = filled_folder(root / "simulator", fill)
        runs = [(label, concurrency, {}) for label, concurrency in RUNS]
        runs += [(label, concurrency, {"max_in_flight": 6}) for label, concurrency in (("fixed 6", 6), ("adaptive", None))]
        baseline: dict[bool, float] = {}
        for label, concurrency, faults in runs:
            with SimulatorProcess(data, latency_ms=latency_ms, pdf_delay=100_000, **faults) as simulator:
                pace = Pace.fixed(concurrency) if concurrency else Pace(maximum=16)
                run_name = f"{label}-{bool(faults)}".replace(" ", "-")
                with simulator.client(pace=pace) as client, Store(root / f"state-{run_name}.sqlite3") as store:
                    pdfs = JobApprovalPdfs(client, store, root / f"pdfs-{run_name}", concurrency=concurrency)
                    seconds, result = timed(pdfs.download)
                    requests = client.stats.requests
            on_disk = [path for path in (root / f"pdfs-{run_name}").rglob("*") if path.is_file()]
            assert result.status == "ok" and len(result.downloaded) == files == len(on_disk), result
            throttled = bool(faults)
            baseline.setdefault(throttled, seconds)
            versus = f"{baseline[throttled] / seconds:.0%} of fixed 6" if throttled else f"{baseline[throttled] / seconds:.1f}×"
            megabytes = sum(saved.size for saved in result.downloaded) / 1024 / 1024
            scenario = "at most 6 in flight (429 above)" if throttled else f"{latency_ms:g} ms latency"
            rows.append((scenario, label, len(on_disk), requests, seconds, versus, f"{megabytes / seconds:.1f} MB/s, at most {pace.peak} at once"))
    return rows


def big_file(megabytes: int) -> tuple[float, float, float]:
    """(seconds, tracemalloc peak MB, peak RSS growth MB) for downloading one file of that size."""
    server = python_process("-c", BIG_FILE_SERVER, str(megabytes), stdin=subprocess.PIPE)
    try:
        base_url = server.stdout.readline().strip()
        authorization = server.stdout.readline().strip()
        with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "state.sqlite3") as store:
            with OdysseeClient(base_url, auth_header=authorization, retry=RETRY) as client:
                pdfs = JobApprovalPdfs(client, store, Path(folder) / "pdfs")
                _reset_peak_rss()
                rss_before = _peak_rss_mb()
                tracemalloc.start()
                started = time.perf_counter()
                result = pdfs.download()
                seconds = time.perf_counter() - started
                _, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
                rss_growth = _peak_rss_mb() - rss_before
        assert result.status == "ok" and result.downloaded[0].size == megabytes * 1024 * 1024, result
        return seconds, peak / 1024 / 1024, rss_growth
    finally:
        server.stdin.close()
        server.wait(timeout=60)


def _reset_peak_rss() -> None:
    """Linux lets a process reset its peak RSS ("VmHWM"); elsewhere the peak only grows."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        pass


def _peak_rss_mb() -> float:
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def main(argv: list[str] | None = None) -> None:
    options = parse_options(__doc__, argv, files=200, kb=200, latency_ms=50.0, big_mb=200)

    # The big file first, while this process holds nothing else of size.
    big = [(megabytes, *big_file(megabytes)) for megabytes in (max(1, options.big_mb // 10), options.big_mb)]
    rows = many_files(options.files, options.kb, options.latency_ms)

    print(f"{options.files} PDFs of {options.kb} KB\n")
    print_table(("simulator", "concurrency", "files", "requests", "seconds", "vs sequential", "notes"), rows, left=(0, 1, 6))

    print("\nOne big file, served by a simulator in another process (no added latency)\n")
    print_table(
        ("file", "seconds", "tracemalloc peak", "peak RSS growth"),
        [(f"{megabytes} MB", seconds, f"{traced:.2f} MB", f"{rss:.1f} MB") for megabytes, seconds, traced, rss in big],
        left=(),
    )

if __name__ == "__main__":
    main()
