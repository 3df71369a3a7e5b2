"""``odyssee-sync profile add|list|remove|use|show|remove-secrets``: manage connection profiles.

Profiles live in profiles.toml (:mod:`core.settings`); their passwords in the system keyring
(:mod:`core.credentials`), set with ``odyssee-sync login``. Nothing here ever prints a secret.
``remove-secrets --all`` is what the Windows uninstaller runs when the user asks it to forget
the saved passwords (``packaging/windows/odyssee-sync.iss``).
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from core import credentials
from core.cli.common import add_format_argument
from core.services.outcome import EXIT_FAILED, EXIT_OK
from core.services.profiles import (
    FILE,
    MISSING,
    SAVED,
    UNAVAILABLE,
    UNREADABLE,
    delete_saved_secrets,
    remove_profile,
    secret_kind,
    secret_status,
)
from core.settings import (
    AUTH_HEADER,
    AUTH_MODES,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_FILE_MB,
    DEFAULT_NAMING_TEMPLATE,
    EXPORT_FORMATS,
    Profile,
    Settings,
    SettingsError,
    profile_as_dict,
    toml_dumps,
)

# option destination -> Profile field, for the settings `profile add` accepts
_OPTION_FIELDS = {
    "url": "base_url",
    "domain": "domain",
    "username": "username",
    "auth": "auth_mode",
    "erp_url": "erp_url",
    "mapping": "mapping_file",
    "download_dir": "download_dir",
    "naming": "naming_template",
    "export_to": "export_to",
    "export_format": "export_format",
    "auto_export": "auto_export",
    "auto_download": "auto_download",
    "production": "production",
    "ca_bundle": "ca_bundle",
    "secret_file": "secret_file",
    "poll_pdf": "poll_interval_pdf",
    "poll_completed": "poll_interval_completed",
    "connect_timeout": "connect_timeout",
    "read_timeout": "read_timeout",
    "max_file_mb": "max_file_mb",
    "state_url": "state_url",
    "state_key": "state_key",
}
# Options whose empty value means "not set" (back to the default).
_CLEARABLE = ("state_url", "state_key")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add",
        help="create a profile (or change one with --update)",
        description="Create a connection profile. The password is set afterwards with "
        "`odyssee-sync login --profile NAME`; it is kept in the system keyring.",
    )
    _add_profile_options(add)
    add.add_argument(
        "--update", action="store_true",
        help="change the given settings of an existing profile (others stay as they are)",
    )
    update = actions.add_parser(
        "update", help="change the given settings of a profile (the same as add --update)",
        description="Change the given settings of an existing profile; the others stay as they are.",
    )
    _add_profile_options(update)
    update.set_defaults(update=True, action="add")

    listing = actions.add_parser("list", help="list profiles (* marks the current one)")
    add_format_argument(listing)

    remove = actions.add_parser(
        "remove", help="remove a profile and its saved password",
        description="Remove a profile and its saved password. Its local state database is kept.",
    )
    remove.add_argument("name", metavar="NAME")

    forget = actions.add_parser(
        "remove-secrets", help="delete saved passwords from the system keyring (the profiles stay)",
        description="Delete the passwords and API keys saved in the system keyring for the named "
        "profiles, or for every profile with --all (Odyssee, ERP database and state database). "
        "The profiles themselves stay; `odyssee-sync login` saves a password again.",
    )
    forget.add_argument("names", metavar="NAME", nargs="*", help="profile names (also of profiles removed by hand)")
    forget.add_argument("--all", action="store_true", help="every profile in the settings")

    use = actions.add_parser("use", help="make a profile the current one")
    use.add_argument("name", metavar="NAME")

    show = actions.add_parser("show", help="show a profile's settings (never the password)")
    show.add_argument("name", metavar="NAME", nargs="?", help="default: the current profile")
    show.add_argument("--profile", dest="profile_option", metavar="NAME", help="same as NAME")
    add_format_argument(show)


def _add_profile_options(add: argparse.ArgumentParser) -> None:
    add.add_argument("name", metavar="NAME", help='profile name, e.g. "Test tenant"')
    add.add_argument("--url", help=f"API base URL (default {DEFAULT_BASE_URL})")
    add.add_argument("--domain", help="Odyssee domain (tenant), e.g. TESTAPI")
    add.add_argument("--username", help="API user name")
    add.add_argument(
        "--auth", choices=AUTH_MODES,
        help='"password" (default) or "header": paste a ready-made Authorization value (API key)',
    )
    add.add_argument("--erp-url", help="ERP database address (SQLAlchemy URL)")
    add.add_argument("--mapping", metavar="FILE", help="mapping file")
    add.add_argument("--download-dir", metavar="DIR", help="folder for job approval PDFs")
    add.add_argument(
        "--naming", metavar="TEMPLATE",
        help=f"PDF file naming template (default {DEFAULT_NAMING_TEMPLATE})",
    )
    add.add_argument(
        "--export-to", metavar="URL|FOLDER",
        help="where completed work is written: a database URL (the ERP's staging tables), a folder, or an "
        "https:// web service that gets each approval as a signed JSON POST (its secret: `login --export`)",
    )
    add.add_argument("--export-format", choices=EXPORT_FORMATS, help="file format of an outbox folder (default json)")
    add.add_argument(
        "--auto-export", action=argparse.BooleanOptionalAction, default=None,
        help="the window's background poll exports completed work without asking (default: it only counts it)",
    )
    add.add_argument(
        "--auto-download", action=argparse.BooleanOptionalAction, default=None,
        help="the window downloads new job approval PDFs in the background (default: it asks the first time)",
    )
    add.add_argument(
        "--production", action=argparse.BooleanOptionalAction, default=None,
        help="the tenant the technicians work in: the window marks it in red, also when it asks before a push",
    )
    add.add_argument("--ca-bundle", metavar="FILE", help="PEM file of a private certificate authority")
    add.add_argument(
        "--secret-file", metavar="PATH",
        help="read the Odyssee password (or API key) from this file instead of the keyring, for a scheduled "
        "task with no desktop session; it must be readable by its owner only (chmod 600)",
    )
    add.add_argument("--poll-pdf", type=int, metavar="SECONDS", help="PDF polling interval")
    add.add_argument(
        "--poll-completed", type=int, metavar="SECONDS", help="completed work polling interval"
    )
    add.add_argument("--connect-timeout", type=float, metavar="SECONDS")
    add.add_argument("--read-timeout", type=float, metavar="SECONDS")
    add.add_argument(
        "--max-file-mb", type=int, metavar="MB",
        help=f"largest file a download may bring; a larger one is refused (default {DEFAULT_MAX_FILE_MB})",
    )
    add.add_argument(
        "--state-url", metavar="URL",
        help="a database the office shares for the state (push, export and download records, leases), "
        "e.g. postgresql+psycopg://sync@erp-db/erp?schema=odyssee_sync; \"\" for this computer's own file",
    )
    add.add_argument(
        "--state-key", metavar="NAME",
        help="the state's name in there (default: the tenant plus the ERP); \"\" for the default",
    )
    add.add_argument("--use", action="store_true", help="make it the current profile")


def run(args: argparse.Namespace) -> int:
    try:
        settings = Settings.load()
        return _ACTIONS[args.action](settings, args)
    except (SettingsError, credentials.CredentialsError) as error:
        return fail(str(error))


def fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_FAILED


def _absolute(path: str) -> str:
    return str(Path(path).expanduser().resolve())


def _given_settings(args: argparse.Namespace) -> dict:
    given = {}
    for option, field_name in _OPTION_FIELDS.items():
        value = getattr(args, option)
        if value is not None:
            given[field_name] = None if option in _CLEARABLE and not value.strip() else value
    # Relative paths would depend on the folder a later run starts in.
    for field_name in ("mapping_file", "download_dir", "ca_bundle", "secret_file"):
        if field_name in given:
            given[field_name] = _absolute(given[field_name])
    if given.get("export_to"):
        from core.sync.targets import ExportTargetError, kind_of

        try:
            given["export_to"] = kind_of(given["export_to"]).normalise(given["export_to"].strip())
        except ExportTargetError as error:
            raise SettingsError(f"--export-to: {error}") from None
    for field_name, what in (("ca_bundle", "--ca-bundle"), ("mapping_file", "--mapping"), ("secret_file", "--secret-file")):
        if field_name in given and not Path(given[field_name]).is_file():
            raise SettingsError(f"{what}: there is no file {given[field_name]}")
    if given.get("secret_file"):
        try:
            credentials.read_secret_file(given["secret_file"])  # refused now, not at 3 a.m.
        except credentials.CredentialsError as error:
            raise SettingsError(f"--secret-file: {error}") from None
    return given


def _add(settings: Settings, args: argparse.Namespace) -> int:
    given = _given_settings(args)
    name = args.name.strip()
    existing = settings.profiles.get(name)
    if existing is not None and not args.update:
        return fail(f'A profile named "{name}" already exists; add --update to change it.')
    if existing is None and args.update:
        settings.get(name)  # raises the "no profile named ..." sentence
    profile = dataclasses.replace(existing, **given) if existing else Profile(name=name, **given)
    profile = settings.add(profile, replace=existing is not None)
    if args.use:
        settings.use(profile.name)
    settings.save()
    verb = "Updated" if existing else "Added"
    print(f'{verb} profile "{profile.name}".')
    if existing is None:
        what = "API key" if profile.auth_mode == AUTH_HEADER else "password"
        print(f'Save its {what} with: odyssee-sync login --profile "{profile.name}"')
    return EXIT_OK


def _list(settings: Settings, args: argparse.Namespace) -> int:
    if args.format == "json":
        document = {
            "current": settings.current_name,
            "profiles": [profile_as_dict(p) for p in settings.profiles.values()],
        }
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not settings.profiles:
        print("No profiles yet. Create one with: odyssee-sync profile add NAME --domain D --username U")
        return EXIT_OK
    current = _current_name(settings)
    width = max(len(name) for name in settings.profiles)
    for name, profile in settings.profiles.items():
        marker = "*" if name == current else " "
        who = f"{profile.username}@{profile.domain}" if profile.auth_mode != AUTH_HEADER else "API key"
        print(f"{marker} {name.ljust(width)}  {who}  {profile.base_url}")
    return EXIT_OK


def _current_name(settings: Settings) -> str | None:
    try:
        return settings.get().name
    except SettingsError:
        return None


def _remove(settings: Settings, args: argparse.Namespace) -> int:
    removed = remove_profile(args.name)
    print(f'Removed profile "{removed.profile.name}".')
    for what in removed.secrets_deleted:
        print(f"Its saved {what} was deleted from the system keyring.")
    if removed.keyring_missing:
        print(f"note: no keyring is available ({removed.keyring_problem}); no saved password to delete.", file=sys.stderr)
    elif removed.keyring_problem:
        print(f"note: its saved password could not be deleted: {removed.keyring_problem}", file=sys.stderr)
    if removed.schedule_note:
        print(removed.schedule_note)
    if removed.local_state is not None:
        print(f"Its local history is kept in {removed.local_state}")
    if removed.shared_state:
        print("Its history in the shared state database stays there for the other workstations.")
    return EXIT_OK


def _remove_secrets(settings: Settings, args: argparse.Namespace) -> int:
    if args.all == bool(args.names):
        return fail("Name the profiles whose saved passwords to delete, or give --all (not both).")
    names = list(settings.profiles) if args.all else [name.strip() for name in args.names]
    deleted = 0
    try:
        for name in names:
            for what in delete_saved_secrets(name):
                print(f'Deleted the saved {what} of "{name}" from the system keyring.')
                deleted += 1
    except credentials.KeyringUnavailable as error:
        return fail(f"No system keyring is available ({error.reason}); there is no saved password to delete.")
    if not deleted:
        print("No saved passwords to delete.")
    return EXIT_OK


def _use(settings: Settings, args: argparse.Namespace) -> int:
    settings.use(args.name)
    settings.save()
    print(f'Current profile: "{args.name}".')
    return EXIT_OK


def _show(settings: Settings, args: argparse.Namespace) -> int:
    if args.name and args.profile_option and args.name != args.profile_option:
        return fail("Give the profile name once: either NAME or --profile NAME.")
    profile = settings.get(args.name or args.profile_option)
    secret = secret_status(profile)
    status = secret.state
    if args.format == "json":
        document = profile_as_dict(profile)
        document["current"] = profile.name == _current_name(settings)
        document["secret"] = status
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(toml_dumps(profile_as_dict(profile)), end="")
    what = secret_kind(profile)
    sentences = {
        SAVED: f"{what}: saved in the system keyring",
        FILE: f"{what}: read from {profile.secret_file or 'the service credential systemd hands over'}",
        MISSING: f'{what}: not saved yet (odyssee-sync login --profile "{profile.name}")',
        UNAVAILABLE: f"{what}: cannot be saved: the system keyring is not available",
        UNREADABLE: f"{what}: cannot be used: {secret.problem}",
    }
    print(f"# {sentences[status]}")
    return EXIT_OK


_ACTIONS = {
    "add": _add, "list": _list, "remove": _remove, "use": _use, "show": _show, "remove-secrets": _remove_secrets,
}
