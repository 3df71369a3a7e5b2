"""Job approval PDF downloads: sequential against concurrent, and memory for one big file.

    python -m benchmarks.pdfs [--files 200] [--kb 200] [--latency-ms 50] [--big-mb 200]

One table:

1. ``--files`` PDFs of ``--kb`` KB each, served by a simulator in its own process that answers
   every request after ``--latency-ms``: :class:`core.sync.pdfs.JobApprovalPdfs` one download at
   a time, at a fixed 4, 8 and 16 at once, and at the client's adaptive pace, each beside
   sequential; then behind a proxy that takes 6 requests at once (429 above), fixed 6 against
   adaptive. Each run starts from an empty store and folder and checks every file arrived once.
2. One file of ``--big-mb`` MB (and, for comparison, one of a tenth of that), served by a
   simulator in another process so that only the downloading side is measured, with the
   engine's default concurrency: its notes give the peak of Python allocations (tracemalloc)
   and the growth of the process's peak RSS while the engine downloads it. Streaming means
   neither grows with the file's size.
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

from benchmarks.common import (
    RETRY,
    SimulatorProcess,
    filled_folder,
    parse_options,
    print_table,
    python_process,
    report_goal,
    timed,
)
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


def many_files(files: int, kilobytes: int, latency_ms: float) -> tuple[list[tuple], dict[tuple[bool, str], float]]:
    """The table's rows, and the seconds of each run by (behind the 6-request proxy, label)."""
    rows = []
    timings: dict[tuple[bool, str], float] = {}
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
            # Each job's file once, under its own reference: not one twice and another missing.
            assert sorted(path.name for path in on_disk) == [f"WO-{number:05d}.pdf" for number in range(files)], on_disk
            throttled = bool(faults)
            timings[throttled, label] = seconds
            baseline.setdefault(throttled, seconds)
            versus = f"{baseline[throttled] / seconds:.0%} of fixed 6" if throttled else f"{baseline[throttled] / seconds:.1f}×"
            megabytes = sum(saved.size for saved in result.downloaded) / 1024 / 1024
            scenario = "at most 6 in flight (429 above)" if throttled else f"{latency_ms:g} ms latency"
            rows.append((scenario, label, len(on_disk), requests, seconds, versus, f"{megabytes / seconds:.1f} MB/s, at most {pace.peak} at once"))
    return rows, timings


def big_file(megabytes: int) -> tuple[int, float, float, float]:
    """(requests, seconds, tracemalloc peak MB, peak RSS growth MB) for downloading one file of that size."""
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
                requests = client.stats.requests
        assert result.status == "ok" and result.downloaded[0].size == megabytes * 1024 * 1024, result
        return requests, seconds, peak / 1024 / 1024, rss_growth
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
    small_mb = max(1, options.big_mb // 10)
    small, big = (big_file(megabytes) for megabytes in (small_mb, options.big_mb))
    rows, timings = many_files(options.files, options.kb, options.latency_ms)
    rows += [
        (f"one {megabytes} MB file, no latency", "default", 1, requests, seconds, "-",
         f"tracemalloc peak {traced:.2f} MB, peak RSS +{rss:.1f} MB")
        for megabytes, (requests, seconds, traced, rss) in ((small_mb, small), (options.big_mb, big))
    ]

    print(f"{options.files} PDFs of {options.kb} KB, then one file of {small_mb} MB and one of {options.big_mb} MB\n")
    print_table(("scenario", "concurrency", "files", "requests", "seconds", "vs sequential", "notes"), rows, left=(0, 1, 6))

    sequential, adaptive = timings[False, "sequential"], timings[False, "adaptive"]
    report_goal(
        f"{options.files} PDFs of {options.kb} KB, {options.latency_ms:g} ms latency, adaptive", "≥ 4× sequential",
        f"{sequential / adaptive:.1f}× ({adaptive:.2f} s)", sequential / adaptive >= 4,
        baseline=f"sequential {sequential:.2f} s",
    )
    fixed_6, adaptive_throttled = timings[True, "fixed 6"], timings[True, "adaptive"]
    # Every file once: many_files asserts it of every run, so a run that got here has it.
    report_goal(
        "PDFs behind a proxy taking 6 at once (429 above), adaptive", "≥ 80% of fixed 6, every file once",
        f"{fixed_6 / adaptive_throttled:.0%} of fixed 6 ({adaptive_throttled:.2f} s)", fixed_6 / adaptive_throttled >= 0.8,
        baseline=f"fixed 6 {fixed_6:.2f} s",
    )
    # The big file is ten times the small one: a download that kept any share of the file in
    # memory would raise its peak by that share of the difference, a streaming one reuses the same
    # buffers at any size. Twice the small file's peak plus 1 MB leaves room for what varies from
    # run to run, while a download that kept even a few percent of a 200 MB file breaks it.
    small_peak, big_peak = small[2], big[2]
    report_goal(
        "one big file's memory", "does not grow with the file",
        f"tracemalloc peak {small_peak:.2f} MB at {small_mb} MB, {big_peak:.2f} MB at {options.big_mb} MB",
        big_peak < 2 * small_peak + 1, baseline=f"the {small_mb} MB file in the same run",
    )

if __name__ == "__main__":
    main()
