"""The password (or pasted Authorization value) of each profile, kept in the OS keyring only.

Entries live under the service ``odyssee-sync`` with the profile name as the keyring user name.
Which kind of secret it is (password or header value) is the profile's ``auth_mode`` in the
settings file; the keyring holds the secret alone.

What other code calls::

    header = authorization_for(profile)          # "Basic ..." or None when nothing is saved
    store_secret(profile, secret) / load_secret(profile) / delete_secret(profile)

When the machine has no usable keyring, the keyring functions raise :class:`KeyringUnavailable`
(its message is a sentence for the user). A secret typed in anyway can then be kept in
:data:`session_secrets` for the life of the process; :func:`authorization_for` looks there first.
There is deliberately no fallback to a file: backends from ``keyrings.alt`` (plaintext or
"encrypted" files) are refused like a missing keyring.
"""
from __future__ import annotations

import base64
import binascii
import os
import re
import stat
import threading
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from core.errors import UserError, sentence

SERVICE_NAME = "odyssee-sync"  # the Odyssee password or API key; the ERP has its own below


class CredentialsError(UserError):
    """A secret could not be stored, read or understood; the message never contains the secret."""


class KeyringUnavailable(CredentialsError):
    """No system keyring can keep secrets on this machine (or it refused to open)."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(sentence(
            "No system keyring is available ({reason}). "
            "The password can be used for this session only; it will not be saved.",
            reason=reason,
        ))


class InvalidHeaderValue(CredentialsError, ValueError):
    """A pasted Authorization value is not a Basic credential."""


# --- the keyring ---------------------------------------------------------------------------------


def _profile_key(profile) -> str:
    """Keyring user name for a profile (a Profile or its name): the profile name itself."""
    name = getattr(profile, "name", profile)
    if not isinstance(name, str) or not name:
        raise CredentialsError(sentence("A profile name is needed to find its password."))
    return name


_NO_KEYRING = sentence("no keyring service was found")


def _refusal(backend: KeyringBackend) -> str | None:
    """Why this backend cannot keep our secrets, or None when it can."""
    module = type(backend).__module__ or ""
    label = f"{module}.{type(backend).__qualname__}"
    if module.startswith("keyrings.alt"):
        return sentence(
            "the configured keyring {label} keeps passwords in a file, which this program does not use", label=label
        )
    if module in ("keyring.backends.fail", "keyring.backends.null"):
        return _NO_KEYRING
    return None


def _backend() -> KeyringBackend:
    """The keyring backend to use, or KeyringUnavailable.

    When keyring chains several backends, the best acceptable one is used on its own, so a
    plaintext-file backend further down the chain can never receive or answer for a secret.
    """
    try:
        active = keyring.get_keyring()
    except Exception as error:  # e.g. a keyring config naming a backend that cannot load
        raise KeyringUnavailable(_describe(error)) from None
    chained = getattr(active, "backends", None)
    if type(active).__module__ == "keyring.backends.chainer" and chained is not None:
        acceptable = [member for member in chained if _refusal(member) is None]
        if not acceptable:
            reasons = [_refusal(member) for member in chained]
            raise KeyringUnavailable(reasons[0] if reasons else _NO_KEYRING)
        return acceptable[0]
    reason = _refusal(active)
    if reason:
        raise KeyringUnavailable(reason)
    return active


def _describe(error: BaseException) -> str:
    kind = {
        keyring.errors.NoKeyringError: _NO_KEYRING,
        keyring.errors.KeyringLocked: sentence("the keyring is locked"),
        keyring.errors.InitError: sentence("the keyring could not be opened"),
    }
    for error_type, text in kind.items():
        if isinstance(error, error_type):
            detail = str(error).strip()
            return sentence("{problem}: {detail}", problem=text, detail=detail) if detail else text
    detail = str(error).strip()
    if isinstance(error, keyring.errors.KeyringError):
        return detail or type(error).__name__
    return f"{type(error).__name__}: {detail}" if detail else type(error).__name__


_UNAVAILABLE_ERRORS = (
    keyring.errors.NoKeyringError,
    keyring.errors.KeyringLocked,
    keyring.errors.InitError,
)


def store_secret(profile, secret: str, *, service: str = SERVICE_NAME) -> None:
    """Save the secret of a profile (a Profile or its name) in the keyring, replacing any old one."""
    if not isinstance(secret, str) or not secret:
        raise CredentialsError(sentence("An empty password cannot be saved."))
    key = _profile_key(profile)
    backend = _backend()
    try:
        backend.set_password(service, key, secret)
    except _UNAVAILABLE_ERRORS as error:
        raise KeyringUnavailable(_describe(error)) from None
    except Exception as error:  # platform backends raise their own types too
        raise CredentialsError(
            sentence("The keyring did not save the password ({why}).", why=_describe(error))
        ) from None


def load_secret(profile, *, service: str = SERVICE_NAME) -> str | None:
    """The saved secret of a profile, or None when none is saved."""
    key = _profile_key(profile)
    backend = _backend()
    try:
        return backend.get_password(service, key)
    except _UNAVAILABLE_ERRORS as error:
        raise KeyringUnavailable(_describe(error)) from None
    except Exception as error:  # platform backends raise their own types too
        raise CredentialsError(
            sentence("The keyring did not give the password ({why}).", why=_describe(error))
        ) from None


def delete_secret(profile, *, service: str = SERVICE_NAME) -> bool:
    """Forget the saved secret of a profile; False when none was saved."""
    key = _profile_key(profile)
    backend = _backend()
    try:
        if backend.get_password(service, key) is None:
            return False
        backend.delete_password(service, key)
        return True
    except keyring.errors.PasswordDeleteError:
        return False
    except _UNAVAILABLE_ERRORS as error:
        raise KeyringUnavailable(_describe(error)) from None
    except Exception as error:  # platform backends raise their own types too
        raise CredentialsError(
            sentence("The keyring did not delete the password ({why}).", why=_describe(error))
        ) from None


def keyring_available() -> str | None:
    """None when secrets can be saved; otherwise the KeyringUnavailable sentence."""
    try:
        _backend()
    except KeyringUnavailable as error:
        return error.message
    return None


class SessionSecrets:
    """Secrets kept in memory for this process only (used when the keyring is unavailable).

    Thread-safe. Keyed by profile name, like the keyring.
    """

    def __init__(self) -> None:
        self._secrets: dict[str, str] = {}
        self._lock = threading.Lock()

    def set(self, profile, secret: str) -> None:
        with self._lock:
            self._secrets[_profile_key(profile)] = secret

    def get(self, profile) -> str | None:
        with self._lock:
            return self._secrets.get(_profile_key(profile))

    def discard(self, profile) -> None:
        with self._lock:
            self._secrets.pop(_profile_key(profile), None)

    def clear(self) -> None:
        with self._lock:
            self._secrets.clear()

    def __repr__(self) -> str:  # never show the secrets themselves
        with self._lock:
            return f"<SessionSecrets for {len(self._secrets)} profile(s)>"


session_secrets = SessionSecrets()


# --- secrets without a desktop keyring ------------------------------------------------------------
# A scheduled task on a server has no Secret Service session. systemd hands a service its
# credentials in $CREDENTIALS_DIRECTORY (LoadCredential=, see core.services.scheduling); a
# profile may also name a file of its own (``secret_file``), which only its owner may read.

CREDENTIALS_DIRECTORY_VARIABLE = "CREDENTIALS_DIRECTORY"
CREDENTIAL_PREFIX = "odyssee-sync."


def service_credential(profile) -> str | None:
    """The Odyssee secret systemd gave this service for the profile, or None."""
    folder = os.environ.get(CREDENTIALS_DIRECTORY_VARIABLE)
    name = getattr(profile, "name", profile)
    if not folder or not isinstance(name, str):
        return None
    from core.paths import profile_file_stem

    for credential in (f"{CREDENTIAL_PREFIX}{name}", f"{CREDENTIAL_PREFIX}{profile_file_stem(name)}"):
        path = Path(folder) / credential
        if path.is_file():
            return _first_line(path)
    return None


def read_secret_file(path: str | os.PathLike) -> str:
    """The secret in a file that only its owner can read; CredentialsError (a sentence) else."""
    path = Path(path)
    try:
        status = path.stat()
    except OSError as error:
        raise CredentialsError(_unreadable(path, error.strerror or str(error))) from None
    if os.name == "posix":
        if status.st_mode & 0o077:
            raise CredentialsError(sentence(
                "The secret file {path} can be read by other users (mode {mode}); "
                "make it readable by its owner only: chmod 600 {path}",
                path=path, mode=stat.filemode(status.st_mode),
            ))
        if status.st_uid != os.getuid():
            raise CredentialsError(
                sentence("The secret file {path} belongs to another user; it must be this user's own.", path=path)
            )
    secret = _first_line(path)
    if not secret:
        raise CredentialsError(sentence("The secret file {path} is empty.", path=path))
    return secret


def _first_line(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise CredentialsError(_unreadable(path, getattr(error, "strerror", None) or str(error))) from None
    lines = text.splitlines()
    return lines[0].strip() if lines else ""


def _unreadable(path: Path, why: str) -> str:
    return sentence("The secret file {path} cannot be read: {why}.", path=path, why=why)


def secret_for(profile, session: SessionSecrets | None = None, *, service: str = SERVICE_NAME) -> str | None:
    """The secret to use for a profile: this session's one first; for the Odyssee secret then
    systemd's credential and the profile's secret file; then the keyring's.

    An unavailable keyring counts as "nothing saved" here (the caller then asks for it).
    """
    session = session_secrets if session is None else session
    secret = session.get(profile)
    if secret is not None:
        return secret
    if service == SERVICE_NAME:
        secret = service_credential(profile)
        if secret is not None:
            return secret
        if getattr(profile, "secret_file", None):
            return read_secret_file(profile.secret_file)
    try:
        return load_secret(profile, service=service)
    except KeyringUnavailable:
        return None


# --- the ERP database password ---------------------------------------------------------------------
# Kept apart from the Odyssee secret, under its own keyring service, so neither can shadow the other.

ERP_SERVICE_NAME = "odyssee-sync-erp"
erp_session_secrets = SessionSecrets()
store_erp_password = partial(store_secret, service=ERP_SERVICE_NAME)
delete_erp_password = partial(delete_secret, service=ERP_SERVICE_NAME)


def asks_for_password(url: str) -> bool:
    """Whether a database URL names a user but no password: only then can a saved one be added."""
    parts = urlsplit(url)
    return bool(parts.username) and not parts.password


def erp_password_for(profile, url: str | None = None) -> str | None:
    """The ERP database password of a profile (this session's, else the keyring's), or None.

    With ``url``, None also when that URL names no user or already carries a password: then
    there is nothing to add, and the keyring is not asked.
    """
    if url is not None and not asks_for_password(url):
        return None
    return secret_for(profile, erp_session_secrets, service=ERP_SERVICE_NAME)


# --- the export target's secret ------------------------------------------------------------------
# A web service's signing secret, say: its own entry, so that it never takes the place of the
# ERP database's password when the two differ. (A database export target signs in with the ERP
# password's entry: it is nearly always the ERP's own database.)

EXPORT_SERVICE_NAME = "odyssee-sync-export"
export_session_secrets = SessionSecrets()
store_export_secret = partial(store_secret, service=EXPORT_SERVICE_NAME)
delete_export_secret = partial(delete_secret, service=EXPORT_SERVICE_NAME)


def export_secret_for(profile) -> str | None:
    """The export target's secret of a profile (this session's, else the keyring's), or None."""
    return secret_for(profile, export_session_secrets, service=EXPORT_SERVICE_NAME)


# --- the shared state database's password --------------------------------------------------------
# Its own keyring service too. Often the state lives on the ERP's own server under the same
# account: then the ERP password serves, and nothing more needs saving.

STATE_SERVICE_NAME = "odyssee-sync-state"
state_session_secrets = SessionSecrets()
store_state_password = partial(store_secret, service=STATE_SERVICE_NAME)
delete_state_password = partial(delete_secret, service=STATE_SERVICE_NAME)


def state_password_for(profile, url: str | None = None) -> str | None:
    """The state database password of a profile, or None when its URL needs none.

    Its own entry first; else the ERP password when the state URL signs in as the same user on
    the same server as the ERP URL.
    """
    url = url if url is not None else getattr(profile, "state_url", None)
    if not url or not asks_for_password(url):
        return None
    own = secret_for(profile, state_session_secrets, service=STATE_SERVICE_NAME)
    if own is not None:
        return own
    parts = urlsplit(url)
    erp = urlsplit(getattr(profile, "erp_url", None) or "")
    if erp.username == parts.username and (erp.hostname or "") == (parts.hostname or "") and erp.port == parts.port:
        return erp_password_for(profile, profile.erp_url)
    return None


# --- the Authorization header --------------------------------------------------------------------


def basic_auth_header(username: str, password: str, domain: str) -> str:
    """``Basic`` + Base64 of UTF-8 ``username:password@domain`` (the Odyssee credential form)."""
    credential = f"{username}:{password}@{domain}".encode("utf-8")
    return "Basic " + base64.b64encode(credential).decode("ascii")


_HEADER_PREFIX = re.compile(r"^\s*(?:authorization\s*:\s*)?(?:(?P<scheme>[A-Za-z]+)\s+)?", re.IGNORECASE)
_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}")


def normalise_header_value(pasted: str) -> str:
    """Turn a pasted "API key" into ``Basic <base64>``.

    Accepts ``Basic xxx``, ``Authorization: Basic xxx`` or the bare Base64 text (quotes and
    surrounding spaces are ignored). Raises InvalidHeaderValue, without echoing the value.
    """
    text = (pasted or "").strip().strip("\"'").strip()
    match = _HEADER_PREFIX.match(text)
    scheme = match["scheme"] if match else None
    token = text[match.end():].strip() if match else text
    if scheme is not None and scheme.lower() != "basic":
        raise InvalidHeaderValue(
            sentence('The pasted value uses the "{scheme}" scheme; Odyssee needs a "Basic" value.', scheme=scheme)
        )
    if not token:
        raise InvalidHeaderValue(sentence("The pasted value is empty; paste the whole Authorization value."))
    if not _BASE64.fullmatch(token) or len(token) % 4:
        raise InvalidHeaderValue(sentence(
            "The pasted value is not a Basic Authorization value "
            '(expected "Basic " followed by Base64 text).'
        ))
    try:
        decoded = base64.b64decode(token, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        raise InvalidHeaderValue(sentence("The pasted value is not valid Base64 text.")) from None
    if ":" not in decoded or "@" not in decoded:
        raise InvalidHeaderValue(sentence(
            'The pasted value does not hold "user:password@domain"; '
            "copy the header value from the Odyssee portal again."
        ))
    return "Basic " + token


def authorization_header(profile, secret: str) -> str:
    """The Authorization value for a profile (with ``auth_mode``, ``username``, ``domain``)."""
    if getattr(profile, "auth_mode", "password") == "header":
        return normalise_header_value(secret)
    return basic_auth_header(profile.username, secret, profile.domain)


def authorization_for(profile, session: SessionSecrets | None = None) -> str | None:
    """The Authorization value to send for a profile, or None when no secret is known."""
    secret = secret_for(profile, session)
    if secret is None:
        return None
    return authorization_header(profile, secret)


__all__ = [
    "ERP_SERVICE_NAME",
    "SERVICE_NAME",
    "delete_erp_password",
    "erp_password_for",
    "erp_session_secrets",
    "state_password_for",
    "state_session_secrets",
    "store_state_password",
    "delete_state_password",
    "STATE_SERVICE_NAME",
    "store_erp_password",
    "EXPORT_SERVICE_NAME",
    "delete_export_secret",
    "export_secret_for",
    "export_session_secrets",
    "store_export_secret",
    "CredentialsError",
    "InvalidHeaderValue",
    "KeyringUnavailable",
    "SessionSecrets",
    "authorization_for",
    "authorization_header",
    "basic_auth_header",
    "delete_secret",
    "keyring_available",
    "load_secret",
    "normalise_header_value",
    "secret_for",
    "session_secrets",
    "store_secret",
]
