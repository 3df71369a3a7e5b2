"""``odyssee-sync undo``: send back to Odyssee the values it had before a push.

    odyssee-sync undo --list                          # the recent pushes, by run number
    odyssee-sync undo RUN_ID --dry-run                # what would be sent back, what cannot be undone
    odyssee-sync undo RUN_ID                          # send back every update of that push
    odyssee-sync undo RUN_ID --entity Company --key CUST-1001   # only that row
    odyssee-sync undo RUN_ID --archive-creates        # also archive the records it created

A push's run number is on its last line (``odyssee-sync push``), in ``undo --list`` and in the
Activity page. An update goes back only when Odyssee still has it as the push left it: a record
changed in Odyssee since, or written again by a later push, is a conflict and keeps what it has.
Creates cannot be undone (Odyssee keeps every record it creates); ``--archive-creates`` archives
those of users, companies and articles. The ERP is not changed, so the next plan shows the rows
sent back as updates again.

The undo runs under the push lease of the profile's state: while a push or another undo runs, it
says who and exits with 4, unless ``--wait SECONDS`` lets it wait. ``--dry-run`` and ``--list``
read the state only. Exit codes: 0 ok (also: nothing to undo), 1 partial (some rows failed or met
a conflict), 2 usage error, 3 cancelled, 4 busy, 5 failed (also: no such push run).
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from core.cli.common import (
    CommandError,
    add_format_argument,
    add_profile_argument,
    add_wait_argument,
    failures_told_as,
    open_profile,
    run_leased,
)
from core.cli.plan import show_value
from core.cli.push import write_result
from core.cli.status import run_document
from core.services.outcome import EXIT_OK, exit_code_for

RECENT_RUNS = 20
MARKS = {"restore": "~", "archive": "+", "conflict": "!", "done": "=", "none": " "}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("run_id", nargs="?", type=_run_number, metavar="RUN_ID", help="the push run to undo")
    parser.add_argument("--list", action="store_true", help="list the recent push runs; change nothing")
    parser.add_argument("--entity", metavar="NAME", help="only the rows of this Odyssee entity set, e.g. Company")
    parser.add_argument("--key", metavar="ERP_KEY", help="only the row with this ERP key")
    parser.add_argument(
        "--archive-creates", action="store_true",
        help="archive the records the push created, where the entity set has 'archived' (creates cannot be undone)",
    )
    parser.add_argument("--dry-run", action="store_true", help="show what would be sent back; send nothing")
    add_format_argument(parser)
    add_wait_argument(parser)
    add_profile_argument(parser)


def _run_number(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a run number such as 12, got {text!r}")
    return int(text)


def run(args: argparse.Namespace) -> int:
    from core.odata import OdysseeClient
    from core.state import Store
    from core.sync.undo import undo

    if args.list:
        with Store.for_profile(_saved_profile(args.profile)) as store:
            return _list(store.recent_runs("push", limit=RECENT_RUNS), args)
    if args.run_id is None:
        raise CommandError("Name the push to undo by its run number; `odyssee-sync undo --list` lists the recent pushes.")
    if args.dry_run:
        with Store.for_profile(_saved_profile(args.profile)) as store:
            plan = _plan(store, args)
        return _dry_run(plan, args)

    profile, header = open_profile(args.profile)
    store = Store.for_profile(profile)
    with OdysseeClient.from_profile(profile, auth_header=header) as client, store:
        _plan(store, args)  # a run that is not there, or not a push, is said before any waiting
        with failures_told_as("Undo"):

            def work(fenced, control):
                plan = _plan(fenced, args)
                return plan, undo(client, fenced, plan, control, archive_creates=args.archive_creates)

            plan, result = run_leased(store, "push", args, "odyssee-sync undo", work)
    if args.format == "json":
        json.dump({"plan": plan.to_dict(), "result": result.to_dict()}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _write_result(plan, result, args.archive_creates, sys.stdout)
    if result.message and result.run_id is not None:
        print(result.message, file=sys.stderr)
    return exit_code_for(result.status)


def _saved_profile(name: str | None):
    """The profile, without its password: the state alone answers --list and --dry-run."""
    from core.settings import Settings, SettingsError

    try:
        return Settings.load().get(name)
    except SettingsError as error:
        raise CommandError(str(error)) from None


def _plan(store, args: argparse.Namespace):
    """The undo plan of the run (or of its rows that --entity and --key name)."""
    from core.sync.undo import plan_undo

    plan = plan_undo(store, args.run_id, entity=args.entity, erp_key=args.key)
    entities = sorted({item.entity for item in plan.items})
    if args.key and not args.entity and len(entities) > 1:
        raise CommandError(f"{args.key} names rows of {', '.join(entities)} in run {plan.run_id}; add --entity.")
    return plan


# ----------------------------------------------------------------------------------------------
# Output


def _list(runs, args: argparse.Namespace) -> int:
    if args.format == "json":
        print(json.dumps([run_document(run) for run in runs], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not runs:
        print("No push yet: nothing to undo.")
        return EXIT_OK
    print(f"{'run':>5}  {'started (UTC)':16}  {'status':11}  {'where':24}  changes")
    for run in runs:
        counts = ", ".join(f"{number} {name}" for name, number in run.counts.items() if number) or "-"
        where = f"{run.workstation} ({run.os_user})" if run.workstation else ""
        print(f"{run.id:>5}  {_minute(run.started):16}  {run.status or 'running':11}  {where[:24]:24}  {counts}")
    print("Undo one with `odyssee-sync undo RUN_ID` (try --dry-run first).")
    return EXIT_OK


def _dry_run(plan, args: argparse.Namespace) -> int:
    if args.format == "json":
        json.dump({"dry_run": True, "plan": plan.to_dict()}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    out = sys.stdout
    _write_heading(plan, out)
    _write_items(plan.items, args.archive_creates, out)
    work = plan.work(archive_creates=args.archive_creates)
    sent = [item for item in work if item.undo in ("restore", "archive")]
    out.write(f"Dry run: {len(sent)} record(s) would be sent back or archived; nothing was sent.\n")
    return EXIT_OK


def _write_heading(plan, out: TextIO) -> None:
    run = plan.run
    where = f" on {run.workstation} (user {run.os_user})" if run.workstation else ""
    counts = plan.counts()
    out.write(
        f"Push run {run.id} ({run.status or 'running'}, started {_minute(run.started)} UTC{where}): "
        f"{counts['restore']} to send back, {counts['conflict']} changed again since, {counts['done']} already undone, "
        f"{counts['archive']} create(s) that can be archived, {counts['none']} with nothing to undo.\n"
    )


def _write_items(items, archive_creates: bool, out: TextIO) -> None:
    for item in items:
        reason = item.reason
        if item.undo == "archive":
            reason += " (it will be archived)" if archive_creates else " (--archive-creates)"
        line = f"{MARKS.get(item.undo, '?')} {item.undo:<8} {item.action:<9} {item.key}"
        out.write(line + (f": {reason}" if reason else "") + "\n")
        if item.undo in ("restore", "conflict"):
            for change in item.field_changes:
                out.write(f"      {change.field}: {show_value(change.current)} → {show_value(change.proposed)}\n")


def _write_result(plan, result, archive_creates: bool, out: TextIO) -> None:
    if result.run_id is None:
        out.write(f"{result.message}\n")
        _write_items(plan.items, archive_creates, out)
        return
    write_result(result, out, what=f"Undo of push run {plan.run_id}")
    taken_up = {item.journal_id for item in plan.work(archive_creates=archive_creates)}
    untouched = [item for item in plan.items if item.journal_id not in taken_up]
    if untouched:
        out.write("Not sent back:\n")
        _write_items(untouched, archive_creates, out)


def _minute(moment: str | None) -> str:
    return (moment or "")[:16].replace("T", " ")
