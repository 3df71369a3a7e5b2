"""Opening and removing a profile, and what the keyring holds for it: one way for both front ends.

Nothing here returns or prints a secret; what a front end adds is only its own hint ("run
`odyssee-sync login`", "enter it in Settings").
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core import credentials
from core.errors import UserError, sentence
from core.settings import AUTH_HEADER, Profile, Settings
from core.state import local_store_path

SAVED = "saved"  # in the system keyring
FILE = "file"  # in the profile's secret file, or handed over by systemd (a scheduled task)
SESSION = "session"  # typed in this window, kept for this session only (no keyring)
MISSING = "missing"
UNAVAILABLE = "unavailable"  # no system keyring on this machine
UNREADABLE = "unreadable"  # a keyring that failed, or a saved value that is not usable


@dataclass(frozen=True)
class SecretStatus:
    state: str  # SAVED, FILE, SESSION, MISSING, UNAVAILABLE or UNREADABLE
    problem: str = ""  # with UNAVAILABLE or UNREADABLE: why, one sentence


def secret_kind(profile: Profile) -> str:
    """What the profile's secret is called on screen: a password, or a header value (API key)."""
    return sentence("API key") if profile.auth_mode == AUTH_HEADER else sentence("password")


def secret_status(profile: Profile) -> SecretStatus:
    """Whether a secret is known for ``profile``, and where (reads the keyring: worker thread)."""
    if credentials.session_secrets.get(profile) is not None:
        return SecretStatus(SESSION)
    try:
        if credentials.service_credential(profile) is not None:
            return SecretStatus(FILE)
        if profile.secret_file:
            credentials.read_secret_file(profile.secret_file)
            return SecretStatus(FILE)
    except credentials.CredentialsError as error:
        return SecretStatus(UNREADABLE, error.message)
    try:
        return SecretStatus(SAVED if credentials.load_secret(profile) is not None else MISSING)
    except credentials.KeyringUnavailable as error:
        return SecretStatus(UNAVAILABLE, error.message)
    except credentials.CredentialsError as error:
        return SecretStatus(UNREADABLE, sentence("The keyring could not be read: {problem}", problem=error.message))


@dataclass(frozen=True)
class OpenedProfile:
    profile: Profile
    header: str | None  # the Authorization value; None when no usable secret is known
    secret: SecretStatus

    def no_secret_sentence(self, hint: str) -> str:
        """Why there is no header, then ``hint`` (how this front end lets the user give one)."""
        name = self.profile.name
        if self.secret.state == UNREADABLE:
            return sentence("The secret stored for profile {name} is not usable: {problem}", name=name, problem=self.secret.problem)
        kind = secret_kind(self.profile)
        if self.secret.state == UNAVAILABLE:
            # The first sentence of the problem ("No system keyring is available (…)"), as text.
            why = self.secret.problem.split(". ")[0].rstrip(".")
            return sentence("No {kind} is saved for profile {name}: {hint} ({why}.)", kind=kind, name=name, hint=hint, why=why)
        return sentence("No {kind} is saved for profile {name}: {hint}", kind=kind, name=name, hint=hint)


def open_profile(name: str | None) -> OpenedProfile:
    """The profile ``name`` (None: the current one) and its Authorization header, when known.

    SettingsError when the settings file or the profile is wrong.
    """
    profile = Settings.load().get(name)
    try:
        header = credentials.authorization_for(profile)
    except credentials.CredentialsError as error:
        return OpenedProfile(profile, None, SecretStatus(UNREADABLE, error.message))
    if header is not None:
        return OpenedProfile(profile, header, SecretStatus(SAVED))
    unavailable = credentials.keyring_available()
    return OpenedProfile(profile, None, SecretStatus(UNAVAILABLE, unavailable) if unavailable else SecretStatus(MISSING))


# What the keyring may hold for a profile (each under its own service), as the messages name it.
SECRET_KINDS = (
    (sentence("password"), credentials.delete_secret, credentials.session_secrets),
    (sentence("ERP database password"), credentials.delete_erp_password, credentials.erp_session_secrets),
    (sentence("state database password"), credentials.delete_state_password, credentials.state_session_secrets),
    (sentence("export target's secret"), credentials.delete_export_secret, credentials.export_session_secrets),
)


def delete_saved_secrets(name: str) -> list[str]:
    """Forget every secret of the profile ``name``: this session's and the keyring's.

    The kinds the keyring held. Raises CredentialsError (KeyringUnavailable without a keyring).
    """
    for _what, _delete, session in SECRET_KINDS:
        session.discard(name)
    return [what for what, delete, _session in SECRET_KINDS if delete(name)]


@dataclass(frozen=True)
class RemovedProfile:
    profile: Profile
    secrets_deleted: tuple[str, ...]  # the kinds the keyring held, now deleted
    keyring_problem: str  # why the keyring could not be cleaned, one sentence; '' when it was
    keyring_missing: bool  # no keyring on this machine: there was nothing saved to delete
    local_state: Path | None  # its history on this computer, kept
    settings: Settings  # the settings file as it is now
    schedule_note: str = ""  # what became of its schedule on this computer, one sentence ('' for none)

    @property
    def shared_state(self) -> bool:
        """Its history stays in the database the office shares, for the other workstations."""
        return bool(self.profile.state_url)


def remove_profile(name: str) -> RemovedProfile:
    """Remove the profile from the settings file, its secrets from the keyring and its schedule.

    Its state (journal, downloads, watermarks) is kept: on this computer, or in the shared
    database. The profile is gone even when the keyring fails; the outcome says so.
    """
    settings = Settings.load()
    profile = settings.remove(name)
    settings.save()
    deleted: list[str] = []
    problem = ""
    missing = False
    try:
        deleted = delete_saved_secrets(profile.name)
    except credentials.KeyringUnavailable as error:
        missing = True
        problem = error.reason
    except credentials.CredentialsError as error:
        problem = error.message
    database = local_store_path(profile.name)
    return RemovedProfile(
        profile, tuple(deleted), problem, missing, database if database.exists() else None, settings,
        _remove_schedule(profile.name),
    )


def _remove_schedule(name: str) -> str:
    """A schedule would go on running a profile that is gone: it goes too."""
    from core.services import scheduling

    try:
        if scheduling.installed_every(name) is None:
            return ""
        scheduling.remove(name)
    except (UserError, OSError) as error:
        why = error.message if isinstance(error, UserError) else str(error)
        return sentence("Its schedule on this computer could not be removed: {why}", why=why)
    return sentence("Its schedule on this computer is removed.")
