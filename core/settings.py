"""Connection profiles ("Test tenant", "Production", ...) kept in ``profiles.toml``.

The file lives in :func:`core.paths.config_dir`. It holds everything needed to reach one Odyssee
tenant and one ERP, but never a password or API key: those live in the OS keyring
(:mod:`core.credentials`).

Typical use::

    settings = Settings.load()
    profile = settings.get()            # the current profile; settings.get("Production") by name
    profile.base_url, profile.domain, profile.username, profile.auth_mode, profile.ca_bundle ...

    settings.add(Profile(name="Test tenant", domain="TESTAPI", username="APIUser"))
    settings.use("Test tenant")
    settings.save()                     # atomic: temp file + os.replace

Every problem with the file (bad TOML, a wrong value, a newer format) raises :class:`SettingsError`
with one sentence that names the line or the key, e.g.
``profiles."Prod".poll_interval_pdf: expected a whole number of seconds, got "abc"``.

Keys this version does not know are kept, at the top level and inside each profile
(``Profile.extra``), so a file written by a newer version or edited by hand survives a rewrite.
Comments are not kept.
"""
from __future__ import annotations

import math
import os
import re
import string
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Callable, Mapping
from urllib.parse import urlsplit

from core import paths
from core.errors import UserError, sentence
from core.files import write_atomically

SETTINGS_FILE_NAME = "profiles.toml"
SETTINGS_VERSION = 1

DEFAULT_BASE_URL = "https://developers.wello.solutions/api"
DEFAULT_NAMING_TEMPLATE = "{job_reference}/{file_name}"
EXPORT_FORMATS = ("json", "csv")  # of the files an outbox folder gets
DEFAULT_EXPORT_FORMAT = "json"
AUTH_PASSWORD = "password"
AUTH_HEADER = "header"  # a pasted, ready-made Authorization value (the portal's "API key")
AUTH_MODES = (AUTH_PASSWORD, AUTH_HEADER)
MAX_PROFILE_NAME_LENGTH = 80
DEFAULT_MAX_FILE_MB = 200  # a job approval PDF is some 100 KB; a scanned attachment a few MB
# Requests sent to Odyssee at once, at most; below it the client finds the server's pace itself.
DEFAULT_CONCURRENCY_CEILING = 16
MAX_CONCURRENCY_CEILING = 64
MAX_FILE_MB_LIMIT = 100_000  # 100 GB: past this the setting is a typo, not a file size
# The window's languages (gui/i18n.py names them); the file's top-level ``language`` holds one of
# them, or "" to follow the system. The command line speaks English whatever it says.
LANGUAGE_CODES = ("en", "fr", "nl")

FILE_HEADER = (
    "# Odyssee Sync Assistant connection profiles.\n"
    "# Passwords and API keys are kept in the system keyring, never in this file.\n"
)


class SettingsError(UserError):
    """The settings file or a profile value is wrong; the message is one sentence for the user.

    ``problem`` is the sentence without saying where (``field`` says which profile value), for a
    form that shows it beside the field.
    """

    def __init__(self, message: str, *, field: str | None = None, problem: str | None = None) -> None:
        super().__init__(message, field=field)
        self.problem = problem if problem is not None else message


@dataclass
class Profile:
    """One Odyssee tenant plus the ERP it is linked with. Optional paths are ``None`` when unset."""

    name: str
    base_url: str = DEFAULT_BASE_URL
    domain: str = ""
    username: str = ""
    auth_mode: str = AUTH_PASSWORD
    erp_url: str | None = None  # SQLAlchemy URL of the ERP database
    mapping_file: str | None = None
    download_dir: str | None = None
    naming_template: str = DEFAULT_NAMING_TEMPLATE
    export_to: str | None = None  # SQLAlchemy URL, folder or https:// web service for completed work
    poll_interval_pdf: int = 300  # seconds
    poll_interval_completed: int = 900  # seconds
    ca_bundle: str | None = None  # PEM file for a private certificate authority
    connect_timeout: float = 10.0  # seconds
    read_timeout: float = 60.0  # seconds
    max_file_mb: int = DEFAULT_MAX_FILE_MB  # the largest file a download may bring, in MB (1,048,576 bytes)
    max_concurrency: int = DEFAULT_CONCURRENCY_CEILING  # requests to Odyssee at once, at most
    export_format: str = DEFAULT_EXPORT_FORMAT  # of the files an outbox folder gets (json or csv)
    auto_export: bool = False  # the window's background poll exports completed work without asking
    # The window's background poll downloads new job approval PDFs: None until the user said yes
    # or no (the window asks once; `watch` and the PDF page's Download do not depend on it).
    auto_download: bool | None = None
    # The tenant the technicians work in: the window marks it in red, and so does the question before a push.
    production: bool = False
    # A database the whole office shares for the state (None: one SQLite file on this computer).
    state_url: str | None = None
    # The name of this profile's state in there (None: the tenant plus the ERP, see core.state).
    state_key: str | None = None
    # A file holding the Odyssee secret, for a scheduled task with no desktop keyring; readable
    # by its owner only (None: the keyring, the default).
    secret_file: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # keys this version does not know, kept as they are

    def validated(self) -> Profile:
        """A copy with every value checked and tidied; SettingsError names the bad key."""
        values = {"name": _check_profile_name(self.name)}
        where = _profile_path(values["name"])
        for spec in _FIELDS:
            value = getattr(self, spec.name)
            if value is None and spec.optional:
                values[spec.name] = None
                continue
            try:
                values[spec.name] = spec.check(value)
            except _Invalid as invalid:
                problem = invalid.args[0]
                raise SettingsError(
                    sentence("{where}.{key}: {problem}", where=where, key=spec.name, problem=problem),
                    field=spec.name, problem=problem,
                ) from None
        if values["auth_mode"] == AUTH_PASSWORD and not (values["username"] and values["domain"]):
            problem = sentence('auth_mode "password" needs both a username and a domain')
            raise SettingsError(sentence("{where}: {problem}", where=where, problem=problem), problem=problem)
        values["extra"] = dict(self.extra)
        return Profile(**values)


class Settings:
    """All profiles of one settings file, plus which one is current."""

    def __init__(
        self,
        path: Path,
        profiles: dict[str, Profile] | None = None,
        current_name: str | None = None,
        extra: dict[str, Any] | None = None,
        language: str = "",
    ):
        self.path = Path(path)
        self.profiles: dict[str, Profile] = dict(profiles or {})
        self.current_name = current_name
        self.language = language  # the window's language chosen in Settings; "" follows the system
        self.extra: dict[str, Any] = dict(extra or {})  # top-level keys this version does not know

    @classmethod
    def load(cls, path: str | os.PathLike | None = None) -> Settings:
        """Read the settings file (default: profiles.toml in the config folder).

        A missing file gives empty settings; a broken one raises SettingsError.
        """
        path = Path(path) if path is not None else default_path()
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls(path)
        except OSError as error:
            raise SettingsError(sentence("{path}: cannot be read ({why})", path=path, why=error.strerror or str(error))) from None
        data = _parse_toml(path, raw)
        data = _migrate(path, data)
        return _from_document(path, data)

    def get(self, name: str | None = None) -> Profile:
        """The named profile, or the current one when ``name`` is None."""
        if name is None:
            if self.current_name is None:
                if len(self.profiles) == 1:
                    return next(iter(self.profiles.values()))
                if not self.profiles:
                    raise SettingsError(sentence("No profile is set up yet; add one first."))
                raise SettingsError(
                    sentence("No current profile is chosen; choose one of {profiles}.", profiles=self._available())
                )
            name = self.current_name
        try:
            return self.profiles[name]
        except KeyError:
            raise SettingsError(self._missing(name)) from None

    def add(self, profile: Profile, *, replace: bool = False) -> Profile:
        """Add (or with ``replace=True`` overwrite) a profile; the first one becomes current."""
        profile = profile.validated()
        if profile.name in self.profiles and not replace:
            raise SettingsError(sentence('A profile named "{name}" already exists.', name=profile.name))
        self.profiles[profile.name] = profile
        if self.current_name is None and len(self.profiles) == 1:
            self.current_name = profile.name
        return profile

    def remove(self, name: str) -> Profile:
        if name not in self.profiles:
            raise SettingsError(self._missing(name))
        removed = self.profiles.pop(name)
        if self.current_name == name:
            self.current_name = None
        return removed

    def use(self, name: str) -> None:
        if name not in self.profiles:
            raise SettingsError(self._missing(name))
        self.current_name = name

    def save(self) -> None:
        """Write the file atomically (a reader sees the old or the new file, never half of one)."""
        document: dict[str, Any] = {"version": SETTINGS_VERSION}
        if self.current_name is not None:
            document["current"] = self.current_name
        for key, value in self.extra.items():
            if key not in ("version", "current", "profiles"):
                document[key] = value  # a "language" kept from the file goes when one is chosen here
        if self.language:
            document["language"] = self.language
        document["profiles"] = {
            name: _profile_document(profile) for name, profile in self.profiles.items()
        }
        write_atomically(self.path, (FILE_HEADER + toml_dumps(document)).encode("utf-8"))

    def _available(self) -> str:
        if not self.profiles:
            return sentence("no profiles (none is set up yet)")
        return ", ".join(f'"{name}"' for name in self.profiles)

    def _missing(self, name: str) -> str:
        if not self.profiles:
            return sentence('No profile named "{name}": no profile is set up yet.', name=name)
        return sentence('No profile named "{name}". Available profiles: {profiles}.', name=name, profiles=self._available())


def default_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE_NAME


# --- reading -----------------------------------------------------------------------------------


def _parse_toml(path: Path, raw: bytes) -> dict[str, Any]:
    if raw.startswith(b"\xef\xbb\xbf"):  # Windows editors like to add a byte order mark
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise SettingsError(sentence("{path}: line {line} is not UTF-8 text.", path=path, line=line)) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(sentence("{path}: not valid TOML: {why}", path=path, why=str(error))) from None


# version N -> function turning a version-N document into a version-N+1 document
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    # Drafts written before the format carried a version have the version-1 layout.
    0: lambda document: document,
}


def _migrate(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise SettingsError(
            sentence("{path}: version: expected a whole number, got {value}", path=path, value=_shown(version))
        )
    if version > SETTINGS_VERSION:
        raise SettingsError(sentence(
            "{path} was written by a newer Odyssee Sync Assistant (settings version {version}; "
            "this one understands up to {known}). Update the program to use it.",
            path=path, version=version, known=SETTINGS_VERSION,
        ))
    while version < SETTINGS_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise SettingsError(
                sentence("{path}: settings version {version} can no longer be upgraded.", path=path, version=version)
            )
        data = step(dict(data))
        version += 1
        data["version"] = version
    return data


_TOP_LEVEL_KEYS = ("version", "current", "language", "profiles")


def _from_document(path: Path, data: dict[str, Any]) -> Settings:
    current = data.get("current")
    if current is not None and not isinstance(current, str):
        raise SettingsError(
            sentence("{path}: current: expected a profile name, got {value}", path=path, value=_shown(current))
        )
    raw_profiles = data.get("profiles", {})
    if not isinstance(raw_profiles, dict):
        raise SettingsError(
            sentence("{path}: profiles: expected a table of profiles, got {value}", path=path, value=_shown(raw_profiles))
        )
    profiles: dict[str, Profile] = {}
    for name, table in raw_profiles.items():
        where = _profile_path(name)
        if not isinstance(table, dict):
            raise SettingsError(sentence(
                "{path}: {where}: expected a table of settings, got {value}", path=path, where=where, value=_shown(table)
            ))
        for key in table:
            if key.lower().replace("-", "_") in _SECRET_KEYS:
                raise SettingsError(sentence(
                    "{path}: {where}.{key}: secrets are not kept in this file; remove "
                    "this line and save the password with `odyssee-sync login` (system keyring)",
                    path=path, where=where, key=_key(key),
                ))
        known = {spec.name: table[spec.name] for spec in _FIELDS if spec.name in table}
        extra = {key: value for key, value in table.items() if key not in known}
        try:
            profile = Profile(name=name, extra=extra, **known).validated()
        except SettingsError as error:
            raise SettingsError(
                sentence("{where}: {problem}", where=path, problem=error.message), field=error.field, problem=error.problem
            ) from None
        if profile.name in profiles:
            raise SettingsError(
                sentence("{path}: {where}: a profile with this name is already defined", path=path, where=where)
            )
        profiles[profile.name] = profile
    extra = {key: value for key, value in data.items() if key not in _TOP_LEVEL_KEYS}
    # A language this version does not speak (a newer one's, a typo) follows the system and is kept
    # as it is: the window's language never stops a profile from loading.
    language = data.get("language", "")
    if language not in LANGUAGE_CODES:
        if language != "":
            extra["language"] = language
        language = ""
    return Settings(path, profiles, current, extra, language)


# --- checking values ---------------------------------------------------------------------------


class _Invalid(Exception):
    pass


@dataclass(frozen=True)
class _Field:
    name: str
    check: Callable[[Any], Any]
    optional: bool = False


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise _Invalid(sentence("expected text, got {value}", value=_shown(value)))
    return value.strip()


def _non_empty_text(value: Any) -> str:
    text = _text(value)
    if not text:
        raise _Invalid(sentence("must not be empty"))
    return text


def _base_url(value: Any) -> str:
    text = _text(value)
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise _Invalid(sentence("expected an http:// or https:// address with a host name, got {value}", value=_shown(value)))
    try:
        parts.port  # raises on a port that is not a number
    except ValueError:
        raise _Invalid(sentence("the port is not a number in {value}", value=_shown(value))) from None
    if parts.query or parts.fragment:
        raise _Invalid(sentence("expected an address without ?query or #fragment, got {value}", value=_shown(value)))
    return text.rstrip("/")


def _domain(value: Any) -> str:
    text = _text(value)
    if "@" in text:  # the server reads the domain as the text after the last "@"
        raise _Invalid(sentence('must not contain "@", got {value}', value=_shown(value)))
    return text


def _username(value: Any) -> str:
    text = _text(value)
    if ":" in text:  # Basic auth splits user and password at the first ":"
        raise _Invalid(sentence('must not contain ":", got {value}', value=_shown(value)))
    return text


def _export_format(value: Any) -> str:
    text = str(value).strip().lower() if isinstance(value, str) else value
    if text not in EXPORT_FORMATS:
        raise _Invalid(sentence('expected "json" or "csv", got {value}', value=_shown(value)))
    return text


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(sentence("expected true or false, got {value}", value=_shown(value)))
    return value


def _auth_mode(value: Any) -> str:
    if value not in AUTH_MODES:
        raise _Invalid(sentence('expected "password" or "header", got {value}', value=_shown(value)))
    return value


_DATABASE_URL = re.compile(r"[A-Za-z][A-Za-z0-9+._-]*://")


def _database_url(value: Any) -> str:
    text = _non_empty_text(value)
    if not _DATABASE_URL.match(text):
        raise _Invalid(sentence(
            "expected a database address such as sqlite:///erp.db or postgresql://user@host/db, got {value}",
            value=_shown(value),
        ))
    return text


def _naming_template(value: Any) -> str:
    text = _non_empty_text(value)
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError as error:
        raise _Invalid(sentence("{why} in {value}", why=str(error), value=_shown(value))) from None
    for name in names:
        if not name.isidentifier():
            raise _Invalid(sentence("placeholders need a name like {{file_name}}, got {{{name}}}", name=name))
    return text


def _whole_number(value: Any, unit: str, maximum: int | None, expected: str) -> int:
    """``value`` when it is a whole number from 1 up to ``maximum`` (None: no maximum); the
    messages name the ``unit`` and what was ``expected`` (both sentences of their own)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Invalid(sentence("expected a whole number of {unit}, got {value}", unit=unit, value=_shown(value)))
    if value < 1 or (maximum is not None and value > maximum):
        raise _Invalid(sentence("expected {expected}, got {value}", expected=expected, value=value))
    return value


def _whole_seconds(value: Any) -> int:
    return _whole_number(value, sentence("seconds"), None, sentence("at least 1 second"))


def _megabytes(value: Any) -> int:
    return _whole_number(
        value, sentence("MB"), MAX_FILE_MB_LIMIT, sentence("between 1 and {maximum} MB", maximum=MAX_FILE_MB_LIMIT)
    )


def _concurrency(value: Any) -> int:
    return _whole_number(
        value, sentence("requests"), MAX_CONCURRENCY_CEILING,
        sentence("between 1 and {maximum} requests at once", maximum=MAX_CONCURRENCY_CEILING),
    )


def _seconds(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Invalid(sentence("expected a number of seconds, got {value}", value=_shown(value)))
    if not math.isfinite(value) or value <= 0:
        raise _Invalid(sentence("expected a positive number of seconds, got {value}", value=_shown(value)))
    return float(value)


_FIELDS = (
    _Field("base_url", _base_url),
    _Field("domain", _domain),
    _Field("username", _username),
    _Field("auth_mode", _auth_mode),
    _Field("erp_url", _database_url, optional=True),
    _Field("mapping_file", _non_empty_text, optional=True),
    _Field("download_dir", _non_empty_text, optional=True),
    _Field("naming_template", _naming_template),
    _Field("export_to", _non_empty_text, optional=True),
    _Field("poll_interval_pdf", _whole_seconds),
    _Field("poll_interval_completed", _whole_seconds),
    _Field("ca_bundle", _non_empty_text, optional=True),
    _Field("connect_timeout", _seconds),
    _Field("read_timeout", _seconds),
    _Field("max_file_mb", _megabytes),
    _Field("max_concurrency", _concurrency),
    _Field("export_format", _export_format),
    _Field("auto_export", _flag),
    _Field("auto_download", _flag, optional=True),
    _Field("production", _flag),
    _Field("state_url", _database_url, optional=True),
    _Field("state_key", _non_empty_text, optional=True),
    _Field("secret_file", _non_empty_text, optional=True),
)
PROFILE_KEYS = tuple(spec.name for spec in _FIELDS)

# A hand-added secret must not be loaded, nor copied into every future rewrite of the file.
_SECRET_KEYS = {"password", "secret", "api_key", "apikey", "token", "authorization", "auth_header"}

_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def _check_profile_name(name: Any) -> str:
    if not isinstance(name, str) or not name.strip():
        raise SettingsError(sentence("A profile needs a name."))
    name = name.strip()
    if _CONTROL_CHARACTERS.search(name):
        raise SettingsError(sentence("The profile name {name} contains control characters.", name=_shown(name)))
    if len(name) > MAX_PROFILE_NAME_LENGTH:
        raise SettingsError(sentence(
            "The profile name is too long ({length} characters; at most {maximum}).",
            length=len(name), maximum=MAX_PROFILE_NAME_LENGTH,
        ))
    return name


def _profile_path(name: str) -> str:
    return f"profiles.{_quoted(name)}"


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return sentence("a table")
    if isinstance(value, list):
        return sentence("a list")
    return _toml_value(value)


def _profile_document(profile: Profile) -> dict[str, Any]:
    document = {
        key: getattr(profile, key) for key in PROFILE_KEYS if getattr(profile, key) is not None
    }
    for key, value in profile.extra.items():
        if key not in document and key not in PROFILE_KEYS:
            document[key] = value
    return document


def profile_as_dict(profile: Profile) -> dict[str, Any]:
    """The profile's settings as plain data (for display or JSON); there is never a secret in it."""
    return {"name": profile.name, **_profile_document(profile)}


# --- writing -----------------------------------------------------------------------------------


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}


def _quoted(text: str) -> str:
    out = []
    for character in text:
        if character in _ESCAPES:
            out.append(_ESCAPES[character])
        elif ord(character) < 0x20 or ord(character) == 0x7F:
            out.append(f"\\u{ord(character):04x}")
        else:
            out.append(character)
    return '"' + "".join(out) + '"'


def _key(text: str) -> str:
    return text if _BARE_KEY.fullmatch(text) else _quoted(text)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _quoted(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, Mapping):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{_key(k)} = {_toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write a {type(value).__name__} to TOML")


def toml_dumps(document: Mapping[str, Any]) -> str:
    """TOML text for a mapping: plain keys first, then one ``[table]`` per nested mapping."""
    lines: list[str] = []
    _write_table(lines, (), document)
    return "\n".join(lines).lstrip("\n") + "\n"


def _write_table(lines: list[str], where: tuple[str, ...], table: Mapping[str, Any]) -> None:
    plain = [(k, v) for k, v in table.items() if not isinstance(v, Mapping)]
    nested = [(k, v) for k, v in table.items() if isinstance(v, Mapping)]
    if where and (plain or not nested):
        lines.append("")
        lines.append("[" + ".".join(_key(part) for part in where) + "]")
    for key, value in plain:
        lines.append(f"{_key(key)} = {_toml_value(value)}")
    for key, value in nested:
        _write_table(lines, where + (key,), value)


__all__ = [
    "AUTH_HEADER",
    "AUTH_MODES",
    "AUTH_PASSWORD",
    "DEFAULT_BASE_URL",
    "DEFAULT_CONCURRENCY_CEILING",
    "DEFAULT_MAX_FILE_MB",
    "MAX_CONCURRENCY_CEILING",
    "DEFAULT_NAMING_TEMPLATE",
    "LANGUAGE_CODES",
    "PROFILE_KEYS",
    "Profile",
    "Settings",
    "SettingsError",
    "default_path",
    "profile_as_dict",
    "toml_dumps",
]
