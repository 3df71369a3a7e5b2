"""``odyssee-sync``: the headless commands (scheduled tasks, scripting) and the GUI launcher.

Each command lives in its own module exposing ``add_arguments(parser)`` and ``run(args) -> int``;
this file only lists them. Command modules keep their heavy imports inside ``run`` so that
``odyssee-sync --help`` stays fast and one command's imports never slow down another. The exit
codes are in ``core.services.outcome``.

This package is a front end: nothing else in ``core`` imports it, and neither does the window.
It stands above the window because two commands open it (``gui`` and ``demo``).
"""
from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
import threading

from core.services.outcome import (
    EXIT_BUSY,
    EXIT_CANCELLED,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
)

__all__ = ["EXIT_BUSY", "EXIT_CANCELLED", "EXIT_FAILED", "EXIT_OK", "EXIT_PARTIAL", "COMMANDS", "main"]

LOG_LEVEL_VARIABLE = "ODYSSEE_SYNC_LOG_LEVEL"

# command name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("core.cli.demo", "start the demo: the embedded Odyssee, a demo ERP and a Demo profile"),
    "simulator": ("core.simulator.cli", "run the embedded Odyssee-compatible server"),
    "profile": ("core.cli.profiles", "manage connection profiles (add, list, remove, use, show, remove-secrets)"),
    "login": ("core.cli.login", "save a profile's password or API key in the system keyring"),
    "check": ("core.cli.check", "check that a profile can reach Odyssee and log in"),
    "browse": ("core.cli.browse", "list Odyssee rows (table, JSON or CSV)"),
    "demo-erp": ("core.cli.demo_erp", "create the demo ERP (a SQLite database) to try the push with"),
    "plan": ("core.cli.plan", "show what a push would change in Odyssee, field by field (sends nothing)"),
    "push": ("core.cli.push", "send approved ERP changes to Odyssee"),
    "undo": ("core.cli.undo", "send back the values Odyssee had before a push (creates cannot be undone)"),
    "export": ("core.cli.export", "export completed work (final job approvals) to the ERP"),
    "pdfs": ("core.cli.pdfs", "download the new job approval PDFs"),
    "watch": ("core.cli.watch", "export completed work and download PDFs in a loop, near real time"),
    "status": ("core.cli.status", "where the state is, who runs which job now, and each job's last run"),
    "state": ("core.cli.state", "move a profile's state to a database the office shares (state migrate --to URL)"),
    "service": ("core.cli.service", "run a profile's background work on a schedule, with no one logged in"),
    "gui": ("core.cli.gui", "open the desktop window (also what plain `odyssee-sync` does)"),
}


def _stop_cleanly_on_sigterm() -> None:
    """A service manager's or a scheduler's stop (SIGTERM) ends a command like Ctrl-C does:
    the current item finishes, state is saved, the exit code says "cancelled"."""
    if threading.current_thread() is not threading.main_thread():
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def version() -> str:
    """This program's version, from its package metadata.

    A frozen bundle carries that metadata too (``packaging/odyssee-sync.spec`` copies it), so
    the bundle and ``pip install .`` answer alike; only a source tree that was never installed
    has none.
    """
    from importlib import metadata

    try:
        return metadata.version("odyssee-sync")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="odyssee-sync",
        description="Links your ERP with Odyssee Mobile (Wello).",
    )
    parser.add_argument("--version", action="version", version=f"odyssee-sync {version()}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        sub = subparsers.add_parser(name, help=help_text, description=help_text)
        importlib.import_module(module_name).add_arguments(sub)
        _add_verbosity_options(sub)
        sub.set_defaults(_module=module_name)
    return parser


def _add_verbosity_options(parser: argparse.ArgumentParser) -> None:
    """``-v``/``-q`` on the command, or on each of its actions (``profile list -q``)."""
    actions = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    if actions:
        for sub in actions[0].choices.values():
            _add_verbosity_options(sub)
        return
    loudness = parser.add_mutually_exclusive_group()
    loudness.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
        help=f"log everything (debug) and show the log on stderr too; also {LOG_LEVEL_VARIABLE}=debug",
    )
    loudness.add_argument(
        "-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
        help="no progress line; log only warnings and errors",
    )


def _log_level(args: argparse.Namespace) -> int:
    import logging

    if getattr(args, "verbose", False):
        return logging.DEBUG
    if getattr(args, "quiet", False):
        return logging.WARNING
    named = os.environ.get(LOG_LEVEL_VARIABLE, "").strip().upper()
    level = logging.getLevelName(named) if named else logging.INFO
    if not isinstance(level, int):
        print(f"{LOG_LEVEL_VARIABLE}={named.lower()} is not a log level (debug, info, warning, error); using info.",
              file=sys.stderr)
        return logging.INFO
    return level


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        args = parser.parse_args(["gui"])  # no command: the desktop window
    from core.logs import setup_logging

    setup_logging(_log_level(args), echo=getattr(args, "verbose", False))
    _stop_cleanly_on_sigterm()
    module = importlib.import_module(args._module)
    from core.cli.common import CommandBusy
    from core.errors import UserError

    try:
        return int(module.run(args) or EXIT_OK)
    except KeyboardInterrupt:
        print("Cancelled.", file=sys.stderr)
        return EXIT_CANCELLED
    except UserError as error:  # raised on purpose: its sentence is the whole report
        sys.stdout.flush()
        print(error, file=sys.stderr)
        return EXIT_BUSY if isinstance(error, CommandBusy) else EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (``plan | head``): what it did not read is not wanted. Quietly,
        # and without the second traceback Python would print when it flushes stdout at exit.
        _silence_stdout()
        return EXIT_OK


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
