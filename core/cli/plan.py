"""``odyssee-sync plan``: what a push would change in Odyssee, field by field; nothing is sent.

    odyssee-sync plan [--profile P] [--entity E] [--format table|json] [--all] [--full]

The table gives the rows per entity and action, then each change with its field differences
(current Odyssee value → proposed ERP value). ``--all`` also lists unchanged rows; ``--full``
reads every ERP row instead of only those changed since the last push. The ERP comes from the
profile's ERP URL and mapping file (the shipped default mapping when the profile names none).
Exit code 0 when the plan is complete, 1 when some entities could not be planned, 2 when none
could.
"""
from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Any, Iterator, TextIO

from core.cli.common import CommandError, add_format_argument, add_profile_argument, open_profile, terminal_progress
from core.services.outcome import EXIT_CANCELLED, EXIT_FAILED, EXIT_OK, EXIT_PARTIAL

FORMATS = ("table", "json")
ACTION_MARKS = {"create": "+", "update": "~", "link": "=", "conflict": "!", "invalid": "x", "unchanged": " "}
MAX_VALUE_WIDTH = 60


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_profile_argument(parser)
    add_entity_argument(parser)
    add_format_argument(parser, FORMATS)
    parser.add_argument("--all", action="store_true", help="also list the rows that need no change")
    parser.add_argument(
        "--full", action="store_true", help="read every ERP row, not only those changed since the last push"
    )


def add_entity_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--entity", action="append", metavar="E",
        help="only this Odyssee entity set, e.g. Company (repeat for several; default: every mapped one)",
    )


def run(args: argparse.Namespace) -> int:
    from core.odata.errors import CancelledError

    try:
        with sources(args.profile) as (reader, client, store):
            with cancel_on_ctrl_c() as control:
                plan = make_plan(reader, client, store, control, args, include_unchanged=args.all)
    except CommandError as error:
        print(error, file=sys.stderr)
        return EXIT_FAILED
    except CancelledError:
        print("Cancelled.", file=sys.stderr)
        return EXIT_CANCELLED
    if args.format == "json":
        json.dump(plan.to_dict(include_unchanged=args.all), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        write_plan(plan, sys.stdout, include_unchanged=args.all)
    for problem in plan.problems:
        print(problem, file=sys.stderr)
    return plan_exit_code(plan)


def plan_exit_code(plan) -> int:
    if not plan.problems:
        return EXIT_OK
    complete = any(scan.complete for scan in plan.entities.values())
    return EXIT_PARTIAL if complete else EXIT_FAILED


# ----------------------------------------------------------------------------------------------
# Shared with `push`


@contextmanager
def sources(profile_name: str | None, **client_options: Any) -> Iterator[tuple[Any, Any, Any]]:
    """(ERP reader, Odyssee client, state store) of a profile; CommandError when unusable."""
    from core.erp.reader import ErpError
    from core.odata import OdysseeClient
    from core.odata.errors import OdysseeError
    from core.state import Store, StoreError
    from core.sync.plan import reader_for_profile

    profile, header = open_profile(profile_name)
    try:
        reader = reader_for_profile(profile)
    except ErpError as error:
        raise CommandError(str(error)) from None
    try:
        client = OdysseeClient.from_profile(profile, auth_header=header, **client_options)
    except (OdysseeError, ValueError) as error:
        reader.close()
        raise CommandError(str(error)) from None
    try:
        store = Store.for_profile(profile)
    except StoreError as error:
        reader.close()
        client.close()
        raise CommandError(str(error)) from None
    try:
        yield reader, client, store
    finally:
        store.close()
        client.close()
        reader.close()


def make_plan(
    reader, client, store, control, args: argparse.Namespace, *, include_unchanged: bool = False, include_skipped: bool = False,
):
    from core.sync.plan import build_plan

    with terminal_progress(control, args):
        return build_plan(
            reader, client, store, control, entities=args.entity, include_unchanged=include_unchanged,
            include_skipped=include_skipped, full=getattr(args, "full", False),
        )


@contextmanager
def cancel_on_ctrl_c() -> Iterator[Any]:
    """A RunControl whose cancel flag Ctrl-C sets: the engine stops between rows and reports."""
    from core.sync.progress import RunControl

    control = RunControl()
    if threading.current_thread() is not threading.main_thread():
        yield control
        return

    def on_interrupt(signum, frame) -> None:  # noqa: ARG001 - signal handler signature
        if control.cancel.is_set():
            raise KeyboardInterrupt  # a second Ctrl-C: stop now
        print("\nStopping after the changes on their way (Ctrl-C again to stop at once)…", file=sys.stderr)
        control.cancel.set()

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield control
    finally:
        signal.signal(signal.SIGINT, previous)


# ----------------------------------------------------------------------------------------------
# The table


def write_plan(plan, out: TextIO, *, include_unchanged: bool = False, changes=None) -> None:
    """Counts per entity and action, then every change with its field differences."""
    from core.sync.plan import ACTIONS

    write_counts(plan.counts, ACTIONS, out)
    shown = changes if changes is not None else (plan.changes if include_unchanged else plan.pending())
    if not shown:
        out.write("\nNothing to push.\n" if not plan.problems else "\n")
        return
    out.write("\n")
    for change in shown:
        write_change(change, out)


def write_counts(counts: dict[str, dict[str, int]], actions, out: TextIO) -> None:
    entities = list(counts)
    width = max([len("Entity"), len("Total")] + [len(name) for name in entities])
    out.write("Entity".ljust(width) + "".join(f"  {action:>9}" for action in actions) + "\n")
    totals = {action: 0 for action in actions}
    for entity in entities:
        row = counts[entity]
        out.write(entity.ljust(width) + "".join(f"  {row.get(action, 0):>9}" for action in actions) + "\n")
        for action in actions:
            totals[action] += row.get(action, 0)
    if len(entities) > 1:
        out.write("Total".ljust(width) + "".join(f"  {totals[action]:>9}" for action in actions) + "\n")


def write_change(change, out: TextIO) -> None:
    box = "[x]" if change.approved else "[ ]"
    if not change.approvable:
        box = "   "
    mark = ACTION_MARKS.get(change.action, "?")
    line = f"{mark} {box} {change.action:<9} {change.entity}:{change.erp_key}"
    if change.action == "conflict":
        line += "  (changed in Odyssee since the last push)"
    if change.note:
        line += f"  ({change.note})"
    out.write(line + "\n")
    indent = " " * 6
    for problem in change.problems:
        out.write(f"{indent}- {problem}\n")
    if change.depends_on:
        needs = ", ".join(f"{entity}:{key}" for entity, key in change.depends_on)
        out.write(f"{indent}needs {needs}\n")
    if change.action in ("create", "invalid"):
        values = ", ".join(f"{fc.field}={show_value(fc.proposed)}" for fc in change.field_changes)
        if values:
            out.write(f"{indent}{values}\n")
        return
    for field_change in change.field_changes:
        text = f"{indent}{field_change.field}: {show_value(field_change.current)} → {show_value(field_change.proposed)}"
        if change.action == "conflict" and field_change.pushed is not None and field_change.pushed != field_change.current:
            text += f"  (last pushed {show_value(field_change.pushed)})"
        out.write(text + "\n")


def show_value(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) <= MAX_VALUE_WIDTH else text[: MAX_VALUE_WIDTH - 2] + "…\""
    return str(value)
