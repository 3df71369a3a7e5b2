"""Where completed work goes: the registry of export targets.

A profile's ``export_to`` is one text, and its kind is told by the text alone: a web service
(``https://…``, :mod:`.webhook`), the ERP's staging tables (any other URL, SQLAlchemy's
``sqlite:///…``, ``postgresql+psycopg://…``, :mod:`.sql`) or an outbox folder (anything else,
:mod:`.folder`). Each module gives a :class:`~core.sync.targets.base.TargetKind` that recognises
its own; a new target is a new module with its ``KIND``, and that ``KIND`` in :data:`KINDS`.

- :func:`target_for`: the target for a text; :func:`target_for_profile`: for a profile, with
  its secret from the keyring and its outbox format;
- :func:`kind_of`: the kind (whether it uses the outbox format, needs a secret, how a profile
  keeps it); :func:`describe_destination`: where the work goes, in words for the office.
"""
from __future__ import annotations

from core.errors import sentence
from core.settings import DEFAULT_EXPORT_FORMAT
from core.sync.targets import folder, sql, webhook
from core.sync.targets.base import ExportTarget, ExportTargetError, PreparedExport, TargetKind
from core.sync.targets.folder import FolderTarget
from core.sync.targets.sql import SqlTarget

# Asked in this order and the first that recognises a text takes it: the narrowest first, and the
# folder, which takes anything, last.
KINDS: tuple[TargetKind, ...] = (webhook.KIND, sql.KIND, folder.KIND)


def kind_of(url_or_folder: str) -> TargetKind:
    """The kind of a destination (an empty text is a folder not named yet)."""
    text = (url_or_folder or "").strip()
    return next(kind for kind in KINDS if kind.recognises(text))


def target_for(
    url_or_folder: str, *, export_format: str = DEFAULT_EXPORT_FORMAT, secret: str | None = None,
) -> ExportTarget:
    """The target of a destination; ``secret`` signs or signs in, where the kind needs one."""
    text = (url_or_folder or "").strip()
    if not text:
        raise ExportTargetError(sentence("No export target: set where completed work goes (export_to)."), fatal=True)
    return kind_of(text).open(text, export_format=export_format, secret=secret)


def target_for_profile(profile, *, secret: str | None = None) -> ExportTarget:
    """The target of a profile's ``export_to`` (in its ``export_format``, for a folder), with
    the export target's secret from the keyring when its kind needs one."""
    if not profile.export_to:
        raise ExportTargetError(sentence(
            'Profile "{name}" has no export target; set one with '
            '`odyssee-sync profile add "{name}" --update --export-to URL|FOLDER`.',
            name=profile.name,
        ), fatal=True)
    kind = kind_of(profile.export_to)
    if secret is None and kind.needs_secret(profile.export_to.strip()):
        secret = kind.secret_of(profile)
    return target_for(profile.export_to, export_format=profile.export_format, secret=secret)


def describe_destination(url_or_folder: str, *, export_format: str = DEFAULT_EXPORT_FORMAT) -> str:
    """Where the work goes, for office users: "ERP database erp.sqlite3, staging tables",
    "folder C:\\ERP\\outbox (JSON files)", "web service at erp.example (signed POST)"."""
    text = (url_or_folder or "").strip()
    if not text:
        return sentence("nowhere yet (no export target is set)")
    return kind_of(text).describe(text, export_format)


__all__ = [
    "KINDS",
    "ExportTarget",
    "ExportTargetError",
    "FolderTarget",
    "PreparedExport",
    "SqlTarget",
    "TargetKind",
    "describe_destination",
    "kind_of",
    "target_for",
    "target_for_profile",
]
