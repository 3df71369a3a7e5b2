"""``odyssee-sync``: the headless commands (scheduled tasks, scripting) and the GUI launcher.

Each command lives in its own module exposing ``add_arguments(parser)`` and ``run(args) -> int``;
this file only lists them. Command modules keep their heavy imports inside ``run`` so that
``odyssee-sync --help`` stays fast and one command's imports never slow down another. Exit codes: 0 ok, 1 partial, 2 failed, 3 cancelled,
4 busy (another workstation or program runs the same job; `--wait SECONDS` waits for it).
"""
from __future__ import annotations

import argparse
import importlib
import signal
import sys
import threading
from typing import Callable

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_FAILED = 2
EXIT_CANCELLED = 3
EXIT_BUSY = 4  # another workstation or program runs this job now (see core.state.leases)

# command name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("core.commands.demo", "start the demo: the embedded Odyssee, a demo ERP and a Demo profile"),
    "simulator": ("core.simulator.cli", "run the embedded Odyssee-compatible server"),
    "profile": ("core.commands.profiles", "manage connection profiles (add, list, remove, use, show, remove-secrets)"),
    "login": ("core.commands.login", "save a profile's password or API key in the system keyring"),
    "check": ("core.commands.check", "check that a profile can reach Odyssee and log in"),
    "browse": ("core.commands.browse", "list Odyssee rows (table, JSON or CSV)"),
    "demo-erp": ("core.commands.demo_erp", "create the demo ERP (a SQLite database) to try the push with"),
    "plan": ("core.commands.plan", "show what a push would change in Odyssee, field by field (sends nothing)"),
    "push": ("core.commands.push", "send approved ERP changes to Odyssee"),
    "export": ("core.commands.export", "export completed work (final job approvals) to the ERP"),
    "pdfs": ("core.commands.pdfs", "download the new job approval PDFs"),
    "watch": ("core.commands.watch", "export completed work and download PDFs in a loop, near real time"),
    "status": ("core.commands.status", "where the state is, who runs which job now, and each job's last run"),
    "state": ("core.commands.state", "move a profile's state to a database the office shares (state migrate --to URL)"),
    "gui": ("core.commands.gui", "open the desktop window (also what plain `odyssee-sync` does)"),
}


def wait_for_ctrl_c(stop: Callable[[], None], ready_message: str = "Press Ctrl-C to stop.") -> None:
    """Say ``ready_message``, block until Ctrl-C (or SIGTERM), then call ``stop``.

    The message is printed inside the guarded block: whoever reacts to it (a user, a script, a
    test) can interrupt at once and still gets a clean stop.
    """
    forever = threading.Event()
    try:
        print(ready_message, flush=True)
        # Short waits: on Windows an endless wait would not see Ctrl-C.
        while not forever.wait(0.5):
            pass
    except KeyboardInterrupt:
        print("Stopping.", flush=True)
    finally:
        stop()


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
        sub.set_defaults(_module=module_name)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        args = parser.parse_args(["gui"])  # no command: the desktop window
    from core.logs import setup_logging

    setup_logging()
    _stop_cleanly_on_sigterm()
    module = importlib.import_module(args._module)
    try:
        return int(module.run(args) or EXIT_OK)
    except KeyboardInterrupt:
        print("Cancelled.", file=sys.stderr)
        return EXIT_CANCELLED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
