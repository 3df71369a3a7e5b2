"""What the commands share: the profile and its secret, the options every command reads the same
way (``--profile``, ``--wait``, ``--concurrency``, ``--format``), the job's lease, progress on a
terminal, and one line instead of a traceback when something fails.

``open_profile`` reads the profile from the settings and its secret from the keyring (never
from the command line or environment).
"""
from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from typing import Iterator

from core.console import number_between
from core.errors import UserError
from core.settings import Profile, SettingsError


class CommandError(UserError):
    """A problem to report on stderr in one line; the command exits with EXIT_FAILED."""


class CommandBusy(CommandError):
    """Another workstation or program runs the job; the command exits with EXIT_BUSY."""


def add_profile_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", metavar="NAME", help="connection profile (default: the current one)")


def add_language_argument(parser: argparse.ArgumentParser) -> None:
    """``--lang``: the window's language for this run, over the one chosen in Settings and the system's."""
    parser.add_argument(
        "--lang", type=_language, default=None, metavar="|".join(_window_languages()),
        help="the window's language for this run (default: the one chosen in Settings, else the system's); "
        "the command line stays English",
    )


def _window_languages() -> tuple[str, ...]:
    from core.settings import LANGUAGE_CODES

    return LANGUAGE_CODES


def _language(text: str) -> str:
    code = text.strip().lower()
    if code not in _window_languages():
        raise argparse.ArgumentTypeError(
            f"the window speaks {', '.join(_window_languages())}; there is no language {text!r}"
        )
    return code


def add_wait_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--wait", type=_wait_seconds, default=0.0, metavar="SECONDS",
        help="when another workstation or program runs the same job, wait up to SECONDS for it "
        "(default: do not wait; exit with code 4)",
    )


TEXT_FORMATS = ("text", "json")  # what a command prints: lines for people, or one JSON document


def add_format_argument(parser: argparse.ArgumentParser, formats: tuple[str, ...] = TEXT_FORMATS) -> None:
    """``--format``: the one name every command gives its choice of output."""
    parser.add_argument(
        "--format", choices=formats, default=formats[0], help=f"output format (default: {formats[0]})",
    )


def add_concurrency_argument(parser: argparse.ArgumentParser, what: str = "requests to Odyssee") -> None:
    parser.add_argument(
        "--concurrency", type=_concurrency, default=None, metavar="N",
        help=f"{what} at once, fixed (default: the client finds the server's pace by itself, "
        "up to the profile's max_concurrency)",
    )


def _concurrency(text: str) -> int:
    from core.settings import MAX_CONCURRENCY_CEILING

    if not text.isdigit() or not 1 <= int(text) <= MAX_CONCURRENCY_CEILING:
        raise argparse.ArgumentTypeError(f"expected a whole number from 1 to {MAX_CONCURRENCY_CEILING}, got {text!r}")
    return int(text)


def client_options(args: argparse.Namespace) -> dict:
    """What the command's options change in its Odyssee client: a fixed pace for --concurrency."""
    from core.odata.pace import Pace

    concurrency = getattr(args, "concurrency", None)
    return {"pace": Pace.fixed(concurrency)} if concurrency else {}


_wait_seconds = number_between(0, 86400, "a number of seconds")


@contextmanager
def job_lease(store, job: str, control, wait: float, program: str) -> Iterator:
    """The fenced store of ``job``'s lease, for the command's run; CommandBusy when taken."""
    from core.state import LeaseBusy, StoreError, leased

    def waiting(info) -> None:
        print(f"{info.sentence()} Waiting up to {wait:g} s for it to end…", file=sys.stderr, flush=True)

    try:
        with leased(store, job, control, program=program, wait=wait, on_wait=waiting) as fenced:
            yield fenced
    except LeaseBusy as busy:
        raise CommandBusy(str(busy)) from None
    except StoreError as error:
        raise CommandError(str(error)) from None


@contextmanager
def failures_told_as(what: str) -> Iterator[None]:
    """Anything that goes wrong inside ends the command with one line, ``<what> failed: …``,
    instead of a traceback; another holder of the job's lease stays CommandBusy (exit 4)."""
    try:
        yield
    except CommandBusy:
        raise
    except Exception as error:  # noqa: BLE001 - one clear line instead of a traceback
        raise CommandError(f"{what} failed: {getattr(error, 'message', None) or error}") from error


@contextmanager
def terminal_progress(control, args: argparse.Namespace) -> Iterator[None]:
    """Progress on one line of the terminal (``1200/5000  Company: 1200 rows read``) while the
    work runs; nothing when stderr is not a terminal (a log, a pipe) or with ``--quiet``."""
    if getattr(args, "quiet", False) or not sys.stderr.isatty():
        yield
        return

    def show(done: int, total: int | None, message: str) -> None:
        counter = f"{done}/{total}" if total else str(done)
        sys.stderr.write(f"\r\033[K{counter}  {message}"[:200])
        sys.stderr.flush()

    previous, control.progress = control.progress, show
    try:
        yield
    finally:
        control.progress = previous
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()


def finish_report(result, cancelled: str) -> int:
    """The end of an engine's report on stderr (rows skipped, the run's message, ``cancelled``
    when it was), and the exit code of its status."""
    from core.services.outcome import exit_code_for

    for problem in result.problems:
        print(f"Skipped: {problem}", file=sys.stderr)
    if result.message:
        print(result.message, file=sys.stderr)
    if result.status == "cancelled":
        print(cancelled, file=sys.stderr)
    return exit_code_for(result.status)


def open_profile(name: str | None) -> tuple[Profile, str]:
    """The profile and its ``Authorization`` header value, or CommandError."""
    from core.services.profiles import open_profile as open_saved_profile

    try:
        opened = open_saved_profile(name)
    except SettingsError as error:
        raise CommandError(str(error)) from None
    if opened.header is None:
        login = f"odyssee-sync login --profile {_shell_word(opened.profile.name)}"
        raise CommandError(opened.no_secret_sentence(f"run `{login}`."))
    return opened.profile, opened.header


def _shell_word(text: str) -> str:
    if text and all(character.isalnum() or character in "-_." for character in text):
        return text
    return '"' + text.replace('"', '\\"') + '"'
