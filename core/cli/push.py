"""``odyssee-sync push``: send approved ERP changes to Odyssee.

    odyssee-sync push [--profile P] --approve all | KEY... [--skip KEY...] [--bring-back KEY...] [--entity E] [--dry-run]

The push first makes the same plan ``odyssee-sync plan`` shows, then sends the approved changes:
``all`` approves every create, update and link of the plan; a KEY (``Company:CUST-1001`` or the
bare ERP key ``CUST-1001``) approves that change, also a conflict (overwriting what was changed
in Odyssee). ``all`` and KEYs can be combined. Pending changes that are not approved are left
alone: the next plan shows them again. ``--skip KEY...`` records that those changes are skipped:
they are not sent, and plans leave them out until their ERP row changes (or
``--bring-back KEY...`` takes the skip back). Either works without ``--approve`` too (then
nothing is sent). ``--dry-run`` shows what would be sent and writes nothing.

The push runs under the push lease of the profile's state: while another workstation or program
pushes to the same tenant and ERP, it says who and since when and exits with 4, unless
``--wait SECONDS`` lets it wait for that push to end (its plan is made after the wait).

Exit codes: 0 everything approved was pushed, 1 some changes failed or met a conflict, 2 nothing
could be pushed (or bad arguments), 3 cancelled (Ctrl-C stops after the changes on their way),
4 busy (another push runs).
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from core.cli.common import (
    CommandBusy,
    CommandError,
    add_concurrency_argument,
    add_format_argument,
    add_profile_argument,
    add_wait_argument,
    client_options,
    job_lease,
    terminal_progress,
)
from core.cli.plan import (
    FORMATS,
    add_entity_argument,
    cancel_on_ctrl_c,
    make_plan,
    sources,
    write_change,
    write_counts,
)
from core.services.outcome import (
    EXIT_BUSY,
    EXIT_CANCELLED,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
)

ALL = "all"
EXIT_CODES = {"ok": EXIT_OK, "partial": EXIT_PARTIAL, "failed": EXIT_FAILED, "cancelled": EXIT_CANCELLED}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_profile_argument(parser)
    parser.add_argument(
        "--approve", nargs="+", default=[], metavar="all|KEY",
        help="'all' (every create, update and link) and/or changes by key: Company:CUST-1001 or CUST-1001",
    )
    parser.add_argument(
        "--skip", nargs="+", default=[], metavar="KEY",
        help="skip these changes: not sent, and left out of plans until their ERP row changes",
    )
    parser.add_argument(
        "--bring-back", nargs="+", default=[], metavar="KEY", help="take back the skip of these rows: pending again",
    )
    add_entity_argument(parser)
    parser.add_argument("--dry-run", action="store_true", help="show what would be sent; send nothing")
    add_format_argument(parser, FORMATS)
    add_concurrency_argument(parser, "changes sent")
    add_wait_argument(parser)



def run(args: argparse.Namespace) -> int:
    from core.odata.errors import CancelledError
    from core.sync.push import push
    from core.sync.skip import bring_back, skip

    if not (args.approve or args.skip or args.bring_back):
        print("Give --approve all|KEY..., --skip KEY... or --bring-back KEY....", file=sys.stderr)
        return EXIT_USAGE
    try:
        with sources(args.profile, **client_options(args)) as (reader, client, store):
            with cancel_on_ctrl_c() as control:
                if args.dry_run:
                    plan = make_plan(reader, client, store, control, args)
                    if report_plan_problems(plan):
                        return EXIT_FAILED
                    plan.mark_skipped(matching(plan, args.skip), "")  # as it would be; nothing is written
                    write_dry_run(plan, approvals(plan, args.approve), sys.stdout, args.format)
                    return EXIT_OK
                with job_lease(store, "push", control, args.wait, "odyssee-sync push") as fenced:
                    plan = make_plan(reader, client, fenced, control, args, include_skipped=bool(args.bring_back))
                    if report_plan_problems(plan):
                        return EXIT_FAILED
                    if args.bring_back:
                        named = matching(plan, args.bring_back, skipped=True)
                        bring_back(fenced, [(change.entity, change.erp_key) for change in named])
                        print(f"Brought back (pending again): {', '.join(change.key for change in named)}")
                        plan = make_plan(reader, client, fenced, control, args)  # with them pending
                    if args.skip:
                        skipped = matching(plan, args.skip)
                        plan.mark_skipped(skipped, skip(fenced, skipped))
                        print(f"Skipped (left out until their ERP row changes): {', '.join(c.key for c in skipped)}")
                    if not args.approve:
                        return EXIT_OK
                    approved = approvals(plan, args.approve)
                    with terminal_progress(control, args):
                        result = push(plan, client, fenced, control, approve=approved, concurrency=args.concurrency)
    except CommandBusy as busy:
        print(busy, file=sys.stderr)
        return EXIT_BUSY
    except CommandError as error:
        print(error, file=sys.stderr)
        return EXIT_FAILED
    except CancelledError as error:
        print(str(error) or "Cancelled.", file=sys.stderr)
        return EXIT_CANCELLED
    if result.message:
        print(result.message, file=sys.stderr)
    if args.format == "json":
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        write_result(result, sys.stdout)
    code = EXIT_CODES[result.status]
    if code == EXIT_OK and plan.problems:
        code = EXIT_PARTIAL
    return code


def report_plan_problems(plan) -> bool:
    """Print the plan's problems; True when no entity could be planned at all."""
    for problem in plan.problems:
        print(problem, file=sys.stderr)
    return bool(plan.problems) and not any(scan.complete for scan in plan.entities.values())


def matching(plan, words: list[str], *, skipped: bool = False) -> list:
    """The pending (or skipped) change each key names; CommandError for a key that names none or several."""
    found: dict[str, object] = {}
    for word in words:
        matches = plan.match(word, skipped=skipped)
        if not matches:
            which = "skipped row" if skipped else "pending change"
            raise CommandError(f"{word}: no {which} has this key (see `odyssee-sync plan`).")
        if len(matches) > 1:
            names = ", ".join(change.key for change in matches)
            raise CommandError(f"{word} is ambiguous ({names}); write Entity:KEY.")
        found[matches[0].key] = matches[0]
    return list(found.values())


def approvals(plan, words: list[str]) -> list:
    """The changes ``words`` approve; CommandError for a key that names none or several."""
    chosen: dict[str, object] = {}
    for word in words:
        if word == ALL:
            for change in plan.approved():
                chosen[change.key] = change
            continue
        (change,) = matching(plan, [word])
        if not change.approvable:
            reasons = "; ".join(change.problems)
            raise CommandError(f"{change.key} is {change.action} and cannot be pushed: {reasons}")
        chosen[change.key] = change
    return list(chosen.values())


def write_dry_run(plan, approved: list, out: TextIO, output_format: str) -> None:
    if output_format == "json":
        json.dump(
            {"dry_run": True, "would_send": [change.to_dict() for change in approved], "plan": plan.to_dict(include_unchanged=False)},
            out, ensure_ascii=False, indent=1,
        )
        out.write("\n")
        return
    from core.sync.plan import ACTIONS

    write_counts(plan.counts, ACTIONS, out)
    out.write(f"\nDry run: {len(approved)} change(s) would be sent; nothing was sent.\n")
    for change in approved:
        write_change(change, out)


def write_result(result, out: TextIO, *, what: str = "Push") -> None:
    """The run's counts in one line, with its run number (what an undo names), then each row
    that did not simply go through."""
    counts = result.counts
    run = f"; run {result.run_id}" if result.run_id is not None else ""
    out.write(
        f"{what} {result.status}: {counts.get('ok', 0)} ok, {counts.get('failed', 0)} failed, "
        f"{counts.get('conflict', 0)} conflict(s), {counts.get('skipped', 0)} skipped; "
        f"{result.api_calls} request(s) to Odyssee{run}.\n"
    )
    for outcome in result.outcomes:
        if outcome.status == "ok" and not outcome.message:
            continue
        status = f" {outcome.http_status}" if outcome.http_status else ""
        out.write(f"  {outcome.status:<8} {outcome.action:<9} {outcome.key}{status}: {outcome.message}\n")

