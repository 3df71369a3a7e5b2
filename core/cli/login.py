"""``odyssee-sync login [--profile NAME] [--erp | --state | --export]``: save a profile's password (or API key) in the keyring.

With ``--erp`` it is the ERP database's password instead (for an ERP URL that names a user), with
``--state`` the shared state database's (for a state URL that names a user), with ``--export``
the export target's secret (the signing secret of a web service); each is kept under its own
keyring entry.

On a terminal the secret is asked without echo; otherwise one line is read from standard input,
so scripts can pipe it in (``printf '%s\\n' "$PW" | odyssee-sync login``). For auth mode "header"
the pasted Authorization value is checked and normalised to ``Basic <base64>`` first.
"""
from __future__ import annotations

import argparse
import getpass
import sys
from urllib.parse import urlsplit

from core import credentials
from core.cli.profiles import fail
from core.services.outcome import EXIT_CANCELLED, EXIT_FAILED, EXIT_OK
from core.settings import AUTH_HEADER, Settings, SettingsError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", metavar="NAME", help="profile to log in (default: the current one)")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--erp", action="store_true", help="save the ERP database's password instead of Odyssee's")
    which.add_argument(
        "--export", action="store_true",
        help="save the export target's secret (the signing secret of a web service) instead of Odyssee's",
    )
    which.add_argument(
        "--state", action="store_true", help="save the shared state database's password instead of Odyssee's"
    )


def run(args: argparse.Namespace) -> int:
    try:
        profile = Settings.load().get(args.profile)
    except SettingsError as error:
        return fail(str(error))

    # Asking for a secret that cannot be kept would only waste the user's time.
    unavailable = credentials.keyring_available()
    if unavailable:
        print(unavailable, file=sys.stderr)
        return EXIT_FAILED

    if args.erp:
        return _database_login(profile, profile.erp_url, "ERP", credentials.store_erp_password)
    if args.export:
        return _export_target_login(profile)
    if args.state:
        return _database_login(profile, profile.state_url, "state", credentials.store_state_password)
    if profile.auth_mode == AUTH_HEADER:
        prompt = f'Authorization value (API key) for profile "{profile.name}": '
        return _ask_and_store(profile, prompt, "API key", _store_header_value)
    prompt = f'Password for {profile.username}@{profile.domain} (profile "{profile.name}"): '
    return _ask_and_store(profile, prompt, "password", credentials.store_secret)


def _store_header_value(name: str, pasted: str) -> None:
    """A pasted Authorization value is checked and normalised (``Basic <base64>``) first."""
    credentials.store_secret(name, credentials.normalise_header_value(pasted))


def _database_login(profile, url: str | None, what: str, store) -> int:
    option = "--erp-url" if what == "ERP" else "--state-url"
    if not url:
        return fail(f'Profile "{profile.name}" has no {what} database address; set it with {option}.')
    user = urlsplit(url).username
    if not user:
        return fail(
            f'The {what} database address of profile "{profile.name}" names no user, so it needs no password '
            "(put the user in the URL, e.g. postgresql+psycopg://erp_reader@host/erp)."
        )
    prompt = f'{what} database password for {user} (profile "{profile.name}"): '
    return _ask_and_store(profile, prompt, f"{what} database password", store)


def _export_target_login(profile) -> int:
    """The export target's secret (a web service's signing secret, say), in its own keyring entry."""
    from core.sync.targets import describe_destination, kind_of

    export_to = (profile.export_to or "").strip()
    if not export_to or kind_of(export_to).secret_of is not credentials.export_secret_for:
        return fail(
            f'The export target of profile "{profile.name}" keeps no secret of its own '
            "(a web service does; a database signs in with --erp, a folder needs none)."
        )
    prompt = f'Secret for the export target, {describe_destination(profile.export_to)} (profile "{profile.name}"): '
    return _ask_and_store(profile, prompt, "export target's secret", credentials.store_export_secret)


def _ask_and_store(profile, prompt: str, what: str, store) -> int:
    try:
        secret = _read_secret(prompt)
    except EOFError:
        print("Cancelled.", file=sys.stderr)
        return EXIT_CANCELLED
    if not secret:
        return fail(f"No {what} was given; nothing was saved.")
    try:
        store(profile.name, secret)
    except credentials.KeyringUnavailable as error:
        print(str(error), file=sys.stderr)
        return EXIT_FAILED
    except credentials.CredentialsError as error:  # a pasted value that is no Basic credential, say
        return fail(str(error))
    print(f'The {what} of profile "{profile.name}" is saved in the system keyring.')
    return EXIT_OK


def _read_secret(prompt: str) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    # Only the line ending goes: spaces can be part of a password.
    return line.rstrip("\r\n")
