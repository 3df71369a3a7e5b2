"""``odyssee-sync watch [--interval SECONDS]``: completed work and PDFs, in a loop, near real time.

Each round exports the completed work (when the profile has ``export_to``) and downloads the new
job approval PDFs (when it has ``download_dir``); each stream polls at its own interval (the
profile's ``poll_interval_completed`` and ``poll_interval_pdf``; ``--interval`` sets both). After
repeated failures (Odyssee or the ERP unreachable) a stream waits longer between tries — twice as
long each time, at most :data:`MAX_BACKOFF_SECONDS` — and says so; the first success brings it back
to its interval. Ctrl-C stops cleanly: a file being downloaded is discarded (its ``.part``), an
approval being written finishes or rolls back, the watermarks stay where the work got to.

Each round runs under its job's lease (export, PDFs) in the profile's state. When another
workstation or program holds it, the round is skipped; the first skip says who holds it, and the
round after it is free again says so too.

An export round with approvals held back (they cannot be exported; each round tries them again)
is partial, and says so when the held-back list changes, naming the first with its reason.

Exit code: 0 when stopped between rounds, 3 when Ctrl-C cancelled a round in progress, 2 when
nothing can be watched (no export target and no download folder, no password, bad settings).

The rounds run in a worker thread that Ctrl-C cancels (``core.cli.common.run_interruptibly``).
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable

from core.cli.common import (
    CommandError,
    add_concurrency_argument,
    add_format_argument,
    add_profile_argument,
    client_options,
    open_profile,
    run_interruptibly,
)
from core.services.outcome import EXIT_CANCELLED, EXIT_FAILED, EXIT_OK, EXIT_PARTIAL

if TYPE_CHECKING:  # the engines load when a command runs, not for --help
    from core.services.polling import PollOutcome

log = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 900.0
FAILURES_BEFORE_BACKOFF = 2

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--interval", type=_seconds, metavar="SECONDS",
        help="seconds between polls of each stream (default: the profile's poll intervals)",
    )
    parser.add_argument("--no-export", action="store_true", help="do not export completed work")
    parser.add_argument("--no-pdfs", action="store_true", help="do not download job approval PDFs")
    add_concurrency_argument(parser, "PDF downloads")
    parser.add_argument(
        "--once", action="store_true",
        help="one round of each stream, then stop (what `service install` schedules); exit 1 or 5 when one failed",
    )
    add_format_argument(parser)
    add_profile_argument(parser)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value > 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {text!r}")
    return value


WATCH_PROGRAM = "odyssee-sync watch"  # how other workstations see this program when it holds a lease


class _Clients:
    """The watch's Odyssee client. After Odyssee refused its credentials (a client then sends
    nothing more), the next round makes a new one from the keyring: a password fixed meanwhile
    with ``odyssee-sync login`` is used without restarting the watch."""

    def __init__(self, profile, header: str, options: dict) -> None:
        from core.odata import OdysseeClient

        self.profile = profile
        self.options = options
        self.client = OdysseeClient.from_profile(profile, auth_header=header, **options)

    def current(self):
        if self.client.signed_out:
            from core.odata import OdysseeClient

            try:
                _profile, header = open_profile(self.profile.name)
            except CommandError:
                return self.client  # still no usable secret: the round fails with the same sentence
            self.client.close()
            self.client = OdysseeClient.from_profile(self.profile, auth_header=header, **self.options)
        return self.client

    def close(self) -> None:
        self.client.close()


@dataclass
class _Stream:
    name: str
    interval: float
    run: Callable[[object], "PollOutcome"]  # control -> the round's outcome
    failures: int = 0
    due: float = 0.0
    busy_with: str = ""  # who held the lease at the last skipped round

    def wait_after(self, status: str) -> float:
        if status == "failed":
            self.failures += 1
        else:
            self.failures = 0
        if self.failures >= FAILURES_BEFORE_BACKOFF:
            return min(MAX_BACKOFF_SECONDS, max(self.interval, self.interval * 2 ** (self.failures - 1)))
        return self.interval


def _worst_exit_code(statuses: list[str]) -> int:
    if "failed" in statuses:
        return EXIT_PARTIAL if any(status != "failed" for status in statuses) else EXIT_FAILED
    return EXIT_PARTIAL if "partial" in statuses else EXIT_OK


class TextReport:
    """What the watch says, as lines for a person: news on stdout, failures on stderr."""

    def __init__(self, stamp: Callable[[], str] = lambda: time.strftime("%H:%M:%S")) -> None:
        self.stamp = stamp

    def __call__(self, stream: _Stream, event: str, text: str, outcome: "PollOutcome | None") -> None:
        if text:
            print(f"{self.stamp()} {stream.name}: {text}", file=sys.stderr if event == "failed" else sys.stdout, flush=True)


class JsonReport:
    """One JSON document per round and line (JSON Lines), for a log collector or a script."""

    def __call__(self, stream: _Stream, event: str, text: str, outcome: "PollOutcome | None") -> None:
        document = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "stream": stream.name,
            "event": event,
            "text": text,
            "count": outcome.count if outcome else 0,
            "failed": outcome.failed if outcome else 0,
            "failures_in_a_row": stream.failures,
        }
        print(json.dumps(document, ensure_ascii=False), flush=True)


def watch_streams(
    streams: list[_Stream],
    control,
    *,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], object] | None = None,
    report: Callable[..., None] | None = None,
    once: bool = False,
) -> int:
    """Run each stream's round when it is due until ``control`` is cancelled; the exit code.
    ``once``: one round of each stream, then the exit code of the worst (a scheduled task).

    ``clock`` and ``sleep`` (default: wait on the cancel flag) are what a test replaces to run
    hours of rounds at once, without waiting on the wall clock. ``report(stream, event, text,
    outcome)`` says what happened; the events are "ok", "quiet", "busy", "free", "recovered",
    "failed" and "taken over".
    """
    from core.services.polling import BUSY

    cancel = control.cancel
    sleep = sleep or cancel.wait
    report = report or TextReport()
    statuses: list[str] = []
    while not cancel.is_set():
        now = clock()
        for stream in streams:
            if stream.due > now or cancel.is_set():
                continue
            outcome = None
            try:
                outcome = stream.run(control)
                status = outcome.status
                summary = outcome.busy_with or (outcome.message if outcome.eventful else "")
            except Exception as error:  # a long-running loop outlives one bad round
                log.exception("watch: the %s round failed", stream.name)
                status, summary = "failed", f"{type(error).__name__}: {error}"
            if status == "cancelled":
                if cancel.is_set():
                    return EXIT_CANCELLED
                # Not a Ctrl-C: the round lost its lease to another program, which goes on.
                statuses.append("ok")
                report(stream, "taken over", summary or "stopped: another program took the job over", outcome)
                stream.due = clock() + stream.interval
                continue
            if status == BUSY:
                statuses.append("ok")  # another program does it now: nothing is left undone
                report(stream, "busy", f"skipped: {summary}" if summary != stream.busy_with else "", outcome)
                stream.busy_with = summary
                stream.due = clock() + stream.interval
                continue
            if stream.busy_with:
                report(stream, "free", "free again; this program does it from now on.", outcome)
                stream.busy_with = ""
            failed_before = stream.failures
            wait = stream.wait_after(status)
            if failed_before and not stream.failures:
                report(stream, "recovered", "working again.", outcome)
            if status == "failed" and stream.failures >= FAILURES_BEFORE_BACKOFF:
                report(stream, "failed", f"failed {stream.failures} times in a row ({summary}); next try in {wait:g} s.", outcome)
            elif status == "failed":
                report(stream, "failed", f"failed ({summary}); trying again in {wait:g} s.", outcome)
            else:
                report(stream, "ok" if summary else "quiet", summary, outcome)
            stream.due = clock() + wait
            statuses.append(status)
        if once:
            return _worst_exit_code(statuses)
        next_due = min(stream.due for stream in streams)
        sleep(max(0.0, next_due - clock()))
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    from core.services.polling import BUSY, download_new_pdfs, export_completed, held_name
    from core.state import Store
    from core.sync.export import target_for_profile
    from core.sync.pdfs import JobApprovalPdfs
    from core.sync.progress import RunControl

    profile, header = open_profile(args.profile)
    store = Store.for_profile(profile)
    clients = _Clients(profile, header, client_options(args))

    streams: list[_Stream] = []
    target = None
    try:
        if not args.no_export and profile.export_to:
            target = target_for_profile(profile)

            told_held: list[tuple[str, str]] = []  # the held-back approvals last told, to say only what changed

            def export_round(control) -> PollOutcome:
                outcome = export_completed(clients.current(), store, target, control, program=WATCH_PROGRAM)
                held = [(record.item_id, record.reason) for record in outcome.held]
                if outcome.status in (BUSY, "cancelled") or held == told_held:
                    return outcome
                told_held[:] = held
                if held:
                    first = outcome.held[0]
                    news = f"{len(held)} held back ({held_name(first)}: {first.reason.rstrip('.')}"
                    news += f"; and {len(held) - 1} more)" if len(held) > 1 else ")"
                else:
                    news = "nothing held back any more"
                message = f"{outcome.message}; {news}" if outcome.eventful else news
                return replace(outcome, message=message, eventful=True)

            streams.append(_Stream("export", args.interval or float(profile.poll_interval_completed), export_round))
        if not args.no_pdfs and profile.download_dir:
            concurrency = args.concurrency
            JobApprovalPdfs.for_profile(clients.current(), store, profile, concurrency=concurrency)  # checks the settings

            def pdf_round(control) -> PollOutcome:
                return download_new_pdfs(clients.current(), store, profile, control, program=WATCH_PROGRAM, concurrency=concurrency)

            streams.append(_Stream("pdfs", args.interval or float(profile.poll_interval_pdf), pdf_round))
        if not streams:
            print(
                f'Nothing to watch for profile "{profile.name}": set --export-to and/or --download-dir with '
                f'`odyssee-sync profile add "{profile.name}" --update ...`.',
                file=sys.stderr,
            )
            return EXIT_FAILED
        report = JsonReport() if args.format == "json" else TextReport()
        text = args.format != "json"
        if text and not args.once:
            described = ", ".join(f"{stream.name} every {stream.interval:g} s" for stream in streams)
            print(f'Watching profile "{profile.name}": {described}. Ctrl-C stops.', flush=True)
        code = run_interruptibly(lambda cancel: watch_streams(streams, RunControl(cancel=cancel), report=report, once=args.once))
        if text and not args.once:
            print("Stopped.", flush=True)
        return code
    finally:
        if target is not None:
            target.close()
        clients.close()
        store.close()
