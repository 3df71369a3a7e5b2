"""``odyssee-sync check [--profile NAME] [--schema]``: can this profile reach Odyssee and log in?

Prints one line: what works, or which of these is wrong — the address, the network, TLS or the
credentials. Exit code 0 when the connection works, 2 otherwise.

``--schema`` then compares the server's ``$metadata`` with the model this version knows
(:mod:`core.odyssee.metadata`): entity sets and fields missing there, of another type, or new.
Exit code 1 when the profile's mapping sends something the server lacks or types otherwise, 0 when
it does not (new fields are only reported), 2 when the model cannot be read.

``open_profile`` is shared with the other commands that talk to Odyssee: it reads the profile
from the settings and its secret from the keyring (never from the command line or environment).
"""
from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from typing import Iterator

from core.console import number_between
from core.errors import UserError
from core.odata.client import check_profile_connection
from core.services.outcome import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL
from core.settings import Profile, SettingsError


class CommandError(UserError):
    """A problem to report on stderr in one line; the command exits with EXIT_FAILED."""


class CommandBusy(CommandError):
    """Another workstation or program runs the job; the command exits with EXIT_BUSY."""


def add_profile_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", metavar="NAME", help="connection profile (default: the current one)")


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


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_profile_argument(parser)
    parser.add_argument(
        "--schema", action="store_true",
        help="also compare the server's model ($metadata) with the fields this version and the mapping use",
    )


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


def run(args: argparse.Namespace) -> int:
    profile, header = open_profile(args.profile)
    result = check_profile_connection(profile, auth_header=header)
    if result.ok:
        print(f"OK: {result.message}")
        return _check_schema(profile, header) if args.schema else EXIT_OK
    labels = {
        "bad_url": "Wrong address",
        "unreachable": "Unreachable",
        "tls": "TLS problem",
        "credentials": "Wrong credentials",
        "unexpected": "Unexpected answer",
    }
    print(f"{labels.get(result.kind, 'Failed')}: {result.message}", file=sys.stderr)
    return EXIT_FAILED


def _check_schema(profile: Profile, header: str) -> int:
    from core.odata.errors import OdysseeError
    from core.odyssee.metadata import MetadataError
    from core.sync.model_check import check_profile_model

    try:
        comparison = check_profile_model(profile, auth_header=header)
    except (OdysseeError, MetadataError) as error:
        print(f"Cannot read the server's model: {error}", file=sys.stderr)
        return EXIT_FAILED
    for line in comparison.report():
        print(line)
    return EXIT_PARTIAL if comparison.problems else EXIT_OK
