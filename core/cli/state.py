"""``odyssee-sync state migrate --to URL``: move a profile's state to a database the office shares.

    odyssee-sync state migrate [--profile P] --to postgresql+psycopg://sync@erp-db/erp?schema=odyssee_sync

Copies everything the profile's current state holds (id map, snapshots, watermarks, journal, runs,
downloads, intents, rejections) to the database at URL, then points the profile there
(``state_url``); the old state stays where it was, untouched, as a backup. It can be run twice
without harm, and it refuses, changing nothing, when the destination already holds another history
for the same tenant and ERP (see :mod:`core.state.copy`). It runs while no push, export or download
of the profile runs (it holds their leases on both sides meanwhile).

The URL names a user and no password: the password is asked (or read as one line from standard
input) when the keyring has none for this profile yet, and kept in the keyring once the copy worked.

Exit codes: 0 copied (or nothing left to copy), 2 refused or failed, 4 busy.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from contextlib import ExitStack
from urllib.parse import urlsplit

from core.cli.common import add_profile_argument
from core.services.outcome import EXIT_BUSY, EXIT_FAILED, EXIT_OK


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    migrate = actions.add_parser(
        "migrate", help="copy this profile's state to a shared database and use it from now on",
        description="Copy this profile's state to a database the office shares, then use it from now on.",
    )
    migrate.add_argument("--to", required=True, metavar="URL", help="the shared state database (SQLAlchemy URL)")
    add_profile_argument(migrate)


def run(args: argparse.Namespace) -> int:
    from core import credentials
    from core.database import DatabaseUrlError
    from core.settings import Settings, SettingsError
    from core.state import JOBS, LeaseBusy, Store, StoreError
    from core.state.copy import copy_state
    from core.state.location import StateLocation, location_for_profile, state_key

    try:
        settings = Settings.load()
        profile = settings.get(args.profile)
        moved = dataclasses.replace(profile, state_url=args.to.strip()).validated()
        destination_location = StateLocation.parse(moved.state_url)
    except (SettingsError, DatabaseUrlError) as error:
        print(error, file=sys.stderr)
        return EXIT_FAILED
    if destination_location == location_for_profile(profile):
        print(f"Profile {profile.name} keeps its state in {destination_location.describe()} already; nothing to copy.")
        return EXIT_OK
    password, asked = _password(profile, moved.state_url, destination_location)
    key, tenant, erp = state_key(profile)
    try:
        with Store.for_profile(profile) as source, Store(destination_location, key, password=password, tenant=tenant, erp=erp) as destination, ExitStack() as leases:
            for store in (source, destination):
                for job in JOBS:
                    leases.enter_context(store.acquire_lease(job, program="odyssee-sync state migrate"))
            result = copy_state(source, destination)
    except LeaseBusy as busy:
        print(f"{busy} Run the migration when it has ended.", file=sys.stderr)
        return EXIT_BUSY
    except StoreError as error:
        print(error, file=sys.stderr)
        return EXIT_FAILED
    print(result.message)
    settings.add(moved, replace=True)
    settings.save()
    if asked:
        try:
            credentials.store_state_password(profile.name, password)
        except credentials.CredentialsError as error:
            print(f"note: the password could not be kept in the keyring: {error}", file=sys.stderr)
    print(f'Profile "{profile.name}" now keeps its state in {destination_location.describe()}; '
          "the old state stays where it was, as a backup.")
    return EXIT_OK


def _password(profile, url: str, location) -> tuple[str | None, bool]:
    """The destination's password: the keyring's, else asked; (password, whether it was asked)."""
    from core import credentials
    from core.cli.login import _read_secret

    user = urlsplit(url).username
    if location.local or not user or urlsplit(url).password:
        return None, False
    saved = credentials.state_password_for(profile, url)
    if saved is not None:
        return saved, False
    try:
        return _read_secret(f"State database password for {user}: ") or None, True
    except EOFError:
        return None, False
