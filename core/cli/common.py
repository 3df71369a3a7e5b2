"""What the commands share: the profile and its secret, the options every command reads the same
way (``--profile``, ``--wait``, ``--concurrency``, ``--format``), the job's lease, progress on a
terminal, the work in a thread that Ctrl-C cancels, and one line instead of a traceback when
something fails.

``open_profile`` reads the profile from the settings and its secret from the keyring (never
from the command line or environment).
"""
from __future__ import annotations

import argparse
import sys
import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterator, TypeVar

from core.console import number_between
from core.errors import UserError
from core.settings import Profile, SettingsError


T = TypeVar("T")


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


def run_interruptibly(work: Callable[[threading.Event], T]) -> T:
    """``work(cancel)`` in a worker thread; Ctrl-C sets ``cancel`` and waits for the work to stop.

    A second Ctrl-C gives up waiting (KeyboardInterrupt). The work's exception is raised here.
    """
    cancel = threading.Event()
    finished = threading.Event()
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work(cancel)
        except BaseException as error:  # handed to the main thread
            outcome["error"] = error
        finally:
            finished.set()

    thread = threading.Thread(target=target, name="odyssee-sync-work", daemon=True)
    thread.start()
    # Waiting on an event, not join(): a join interrupted by Ctrl-C can leave the thread marked
    # as ended while it still runs. Short waits, because on Windows an endless wait misses Ctrl-C.
    try:
        while not finished.wait(0.2):
            pass
    except KeyboardInterrupt:
        print("Stopping… (the current item finishes; press Ctrl-C again to quit at once)", file=sys.stderr, flush=True)
        cancel.set()
        while not finished.wait(0.2):
            pass
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def run_leased(store, job: str, args: argparse.Namespace, program: str, work: Callable[[Any, Any], T]) -> T:
    """``work(fenced store, control)`` under ``job``'s lease (waiting up to ``--wait``), with
    progress on the terminal, in a worker thread that Ctrl-C cancels."""
    from core.sync.progress import RunControl

    def leased_work(cancel: threading.Event) -> T:
        control = RunControl(cancel=cancel)
        with terminal_progress(control, args), job_lease(store, job, control, args.wait, program) as fenced:
            return work(fenced, control)

    return run_interruptibly(leased_work)


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
