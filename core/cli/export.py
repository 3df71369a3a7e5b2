"""``odyssee-sync export``: completed work (final job approvals) to the ERP, once.

    odyssee-sync export                       # every approval ready since the last export
    odyssee-sync export --preview             # show what is ready, write nothing
    odyssee-sync export --approval ID ...     # only these (the watermark waits for older ones)
    odyssee-sync export --since 2024-03-01    # export again everything changed since that day

Where the work goes is the profile's ``export_to`` (a database URL for the ERP's staging tables,
an outbox folder, or an ``https://`` web service: :mod:`core.sync.targets`). The export runs under the export lease of the profile's state: while another
workstation or program exports for the same tenant and ERP, it says who and exits with 4, unless
``--wait SECONDS`` lets it wait. Exit codes: 0 ok, 1 partial (some approvals did not reach the
ERP: they are held back, each named with its reason, and every export tries them again; the exit
code stays 1 while any is held), 3 cancelled, 4 busy, 5 failed.
"""
from __future__ import annotations

import argparse
import json
import sys

from core.cli.common import (
    add_format_argument,
    add_profile_argument,
    add_wait_argument,
    failures_told_as,
    finish_report,
    open_profile,
    run_interruptibly,
    run_leased,
)
from core.services.outcome import EXIT_FAILED, EXIT_OK, exit_code_for
from core.services.polling import held_name


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--preview", action="store_true", help="list the approvals ready for the ERP; write nothing")
    parser.add_argument(
        "--approval", action="append", metavar="ID", dest="approvals",
        help="export only this approval (repeat for several)",
    )
    parser.add_argument(
        "--since", metavar="DATE",
        help="export again everything changed since DATE (2024-03-01 or 2024-03-01T08:00:00Z, UTC)",
    )
    add_format_argument(parser)
    add_wait_argument(parser)
    add_profile_argument(parser)


def run(args: argparse.Namespace) -> int:
    from core.odata import OdysseeClient
    from core.odyssee.values import parse_datetime
    from core.state import Store
    from core.sync.export import CompletedWork, target_for_profile
    from core.sync.progress import RunControl

    since = None
    if args.since:
        try:
            since = parse_datetime(args.since)
        except ValueError:
            print(f"--since: {args.since!r} is not a date such as 2024-03-01 or 2024-03-01T08:00:00Z.", file=sys.stderr)
            return EXIT_FAILED
    profile, header = open_profile(args.profile)
    target = None
    if not args.preview:
        target = target_for_profile(profile)
    store = Store.for_profile(profile)
    with OdysseeClient.from_profile(profile, auth_header=header) as client, store:
        try:
            with failures_told_as("Export"):
                if args.preview:
                    work = CompletedWork(client, store, target)
                    return _preview(work, args, run_interruptibly(lambda cancel: work.preview(RunControl(cancel=cancel))))

                def export(fenced, control):
                    work = CompletedWork(client, fenced, target)
                    if since is not None:
                        work.rewind(since)
                        print(f"Exporting again everything changed since {since:%Y-%m-%d %H:%M:%S} UTC.", file=sys.stderr)
                    return work.export(args.approvals, control)

                result = run_leased(store, "export", args, "odyssee-sync export", export)
        finally:
            if target is not None:
                target.close()
    return _report(result, target, args)


def _preview(work, args: argparse.Namespace, ready: list) -> int:
    if args.format == "json":
        document = [
            {
                "approval_id": item.id,
                "job_reference": item.job_reference,
                "job_number": item.job_number,
                "modified": item.modified,
                "parts": len(item.parts),
                "time_lines": len(item.time_lines),
                "hours": str(item.totals.hours),
                "amount": str(item.totals.amount),
                "problems": list(item.problems),
                "warnings": list(item.warnings),
                "held_back": None if item.held is None else _held_document(item.held),
            }
            for item in ready
        ]
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not ready:
        print("Nothing to export: no completed work since the last export.")
        return EXIT_OK
    print(f"{'approval':36}  {'job':16}  {'#':>6}  {'parts':>5}  {'hours':>6}  {'amount':>10}  note")
    for item in ready:
        note = "; ".join(item.problems or item.warnings)
        if item.held is not None:
            note = f"held back since {_minute(item.held.first_seen)}: {note}"
        print(
            f"{item.id:36}  {(item.job_reference or '-')[:16]:16}  {item.job_number or '':>6}  {len(item.parts):>5}  "
            f"{item.totals.hours:>6}  {item.totals.amount:>10.2f}  {note}"
        )
    print(f"{len(ready)} approval(s) ready for the ERP.")
    return EXIT_OK


def _minute(moment: str) -> str:
    return moment[:16].replace("T", " ")


def _held_document(record) -> dict:
    return {
        "approval_id": record.item_id,
        "job_reference": record.label,
        "reason": record.reason,
        "odyssee_modified": record.odyssee_modified,
        "first_seen": record.first_seen,
        "last_seen": record.last_seen,
        "attempts": record.attempts,
    }


def _report(result, target, args: argparse.Namespace) -> int:
    if args.format == "json":
        print(json.dumps({
            "status": result.status,
            "exported": result.exported,
            "failed": result.failed,
            "invalid": result.invalid,
            "not_selected": result.not_selected,
            "message": result.message,
            "watermark": result.watermark,
            "problems": result.problems,
            "held": [_held_document(held) for held in result.held],
        }, indent=2, ensure_ascii=False))
        return exit_code_for(result.status)
    where = target.describe() if target is not None else ""
    if result.exported:
        print(f"Exported {len(result.exported)} approval(s) to {where}.")
    elif result.status == "ok":
        print("Nothing to export: no completed work since the last export.")
    held = {record.item_id for record in result.held}
    for approval_id, reason in result.failed.items():
        if approval_id not in held:
            print(f"Not exported {approval_id}: {reason}", file=sys.stderr)
    for approval_id, reason in result.invalid.items():
        if approval_id not in held:
            print(f"Cannot export {approval_id}: {reason}", file=sys.stderr)
    # A run that failed or was cancelled says that in one line; the held ones are for when it ran through.
    listed = result.held if result.status in ("ok", "partial") else []
    for record in listed:
        tries = f"{record.attempts} attempt{'s' if record.attempts != 1 else ''}"
        print(
            f"Held back {held_name(record)}: {record.reason.rstrip('.')} (since {_minute(record.first_seen)} UTC, {tries}).",
            file=sys.stderr,
        )
    if listed:
        print(
            f"{len(listed)} approval(s) held back did not reach the ERP; every export tries them again.",
            file=sys.stderr,
        )
    return finish_report(result, "Cancelled; what was exported stays exported.")
