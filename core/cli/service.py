"""``odyssee-sync service install|remove|show --profile NAME [--every MINUTES]``: run a profile's
background work (completed work to the ERP, new PDFs) on a schedule, with no one logged in.

What it writes is in :mod:`core.services.scheduling`: a systemd user timer on Linux, a Task
Scheduler task on Windows, a launchd agent on macOS. The scheduled program reads its secret
without a desktop keyring: from systemd's credentials or the profile's secret file (see README).
"""
from __future__ import annotations

import argparse

from core.cli.common import add_profile_argument
from core.console import number_between
from core.services.outcome import EXIT_OK, EXIT_PARTIAL


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    install = actions.add_parser("install", help="write and enable the schedule (again: replace it)")
    install.add_argument(
        "--every", type=number_between(1, 24 * 60, "a number of minutes"), default=None, metavar="MINUTES",
        help="minutes between runs (default 15)",
    )
    add_profile_argument(install)
    remove = actions.add_parser("remove", help="disable and delete the schedule")
    add_profile_argument(remove)
    show = actions.add_parser("show", help="whether the profile runs on a schedule here, and how often")
    add_profile_argument(show)


def run(args: argparse.Namespace) -> int:
    from core.services import scheduling
    from core.settings import Settings

    profile = Settings.load().get(args.profile)
    if args.action == "install":
        every = int(args.every) if args.every else scheduling.DEFAULT_EVERY_MINUTES
        schedule = scheduling.install(profile, every)
        print(f'Profile "{profile.name}" runs every {every} min: {", ".join(str(p) for p in schedule.files)}')
        if schedule.note:
            print(schedule.note)
        return EXIT_OK if schedule.enabled else EXIT_PARTIAL  # written, but the system did not take it
    if args.action == "remove":
        removed = scheduling.remove(profile.name)
        print(f"Removed {', '.join(str(p) for p in removed)}." if removed else f'Profile "{profile.name}" had no schedule here.')
        return EXIT_OK
    every = scheduling.installed_every(profile.name)
    print(f'Profile "{profile.name}" runs every {every} min.' if every else f'Profile "{profile.name}" runs on no schedule here.')
    return EXIT_OK
