"""``odyssee-sync gui [--profile NAME]`` (and plain ``odyssee-sync``): the desktop window.

Opens the main window on the given profile, else on the last one used; on a first run it opens
on Settings with an empty profile form. One window per profile: a second launch for a profile
that is already open says so and exits.
"""
from __future__ import annotations

import argparse
import os
import sys

from core.cli.common import add_language_argument
from core.services.outcome import EXIT_FAILED


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", metavar="NAME", help="connection profile to open (default: the last one used)")
    add_language_argument(parser)


def display_problem() -> str | None:
    """Why no window can be shown here (a Linux server without a display), or None.

    Without this check Qt would abort the process with a message about platform plugins."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            return "no display found for the window (DISPLAY and WAYLAND_DISPLAY are unset)"
    return None


def run(args: argparse.Namespace) -> int:
    problem = display_problem()
    if problem:
        print(f"odyssee-sync: {problem}; use the commands instead (odyssee-sync --help).", file=sys.stderr)
        return EXIT_FAILED
    from gui.app import run_gui

    return run_gui(getattr(args, "profile", None), language=getattr(args, "lang", None))
