"""``odyssee-sync login [--profile NAME]``: save a profile's password (or API key) in the keyring.

On a terminal the secret is asked without echo; otherwise one line is read from standard input,
so scripts can pipe it in (``printf '%s\\n' "$PW" | odyssee-sync login``). For auth mode "header"
the pasted Authorization value is checked and normalised to ``Basic <base64>`` first.
"""
from __future__ import annotations

import argparse
import getpass
import sys

from core import credentials
from core.cli import EXIT_CANCELLED, EXIT_FAILED, EXIT_OK
from core.commands.profiles import fail
from core.settings import AUTH_HEADER, Settings, SettingsError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", metavar="NAME", help="profile to log in (default: the current one)")


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

    if profile.auth_mode == AUTH_HEADER:
        what = "API key"
        prompt = f'Authorization value (API key) for profile "{profile.name}": '
    else:
        what = "password"
        prompt = f'Password for {profile.username}@{profile.domain} (profile "{profile.name}"): '
    try:
        secret = _read_secret(prompt)
    except EOFError:
        print("Cancelled.", file=sys.stderr)
        return EXIT_CANCELLED
    if not secret:
        return fail(f"No {what} was given; nothing was saved.")

    try:
        if profile.auth_mode == AUTH_HEADER:
            secret = credentials.normalise_header_value(secret)
        credentials.store_secret(profile.name, secret)
    except credentials.KeyringUnavailable as error:
        print(str(error), file=sys.stderr)
        return EXIT_FAILED
    except credentials.CredentialsError as error:
        return fail(str(error))
    print(f'The {what} of profile "{profile.name}" is saved in the system keyring.')
    return EXIT_OK


def _read_secret(prompt: str) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    # Only the line ending goes: spaces can be part of a password.
    return line.rstrip("\r\n")
