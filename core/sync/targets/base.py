"""What every export target is: the protocol the engine (:mod:`core.sync.export`) writes
through, the error it raises, and the entry each target module gives the registry
(:mod:`core.sync.targets`)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Protocol

from core.errors import UserError

if TYPE_CHECKING:
    from core.sync.export import ReadyApproval


class ExportTargetError(UserError):
    """Writing to the ERP, the outbox or the web service failed; the message is one sentence.

    ``fatal`` errors (the ERP database cannot be reached, the disk is full) stop the run; the
    others concern one approval only, and the run goes on with the next.
    """

    def __init__(self, message: str, *, fatal: bool = False) -> None:
        super().__init__(message)
        self.fatal = fatal


@dataclass(frozen=True)
class PreparedExport:
    """An approval ready to be delivered. ``staged`` is set when a file waits under a temporary
    name: (final name, temporary name, SHA-256, size), names relative to the target's folder."""

    item: ReadyApproval
    exported_at: str
    staged: tuple[str, str, str, int] | None = None


class ExportTarget(Protocol):
    def prepare(self, item: ReadyApproval, exported_at: str) -> PreparedExport:
        """Get an approval ready without making it visible to the ERP; raise ExportTargetError."""

    def deliver(self, prepared: PreparedExport) -> None:
        """Make it visible to the ERP, all or nothing; raise ExportTargetError."""

    def settle(self, delivery) -> bool:
        """After a crash: whether the written-down delivery reached the ERP (see core.sync.export)."""

    def describe(self) -> str:
        """Where the work goes, for messages (never a password)."""

    def close(self) -> None: ...


@dataclass(frozen=True)
class TargetKind:
    """How the registry knows one kind of destination, given as the text of ``export_to``.

    ``open(text, export_format=…, secret=…)`` makes its target; ``describe(text, export_format)``
    says in plain words where the work goes; ``needs_secret(text)``: whether a secret is to be
    given to ``open``, and ``secret_of(profile)`` where the profile keeps it (a keyring entry);
    ``normalise(text)``: the form to keep in a profile (a folder made absolute), or
    ExportTargetError when the text can never work.
    """

    name: str
    recognises: Callable[[str], bool]
    open: Callable[..., ExportTarget]
    describe: Callable[[str, str], str]
    uses_outbox_format: bool = False
    needs_secret: Callable[[str], bool] = lambda _text: False
    secret_of: Callable[[Any], str | None] = lambda _profile: None
    normalise: Callable[[str], str] = lambda text: text
