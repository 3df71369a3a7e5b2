"""Leases: one holder at a time per tenant and job (push, export, PDFs), across every workstation.

A lease is a row of the ``leases`` table in the state database, so everyone who shares the state
shares the leases, and a GUI, its tray and a command line on one PC coordinate the same way as
three PCs do. The rules:

- **Taking** it (:meth:`core.state.Store.acquire_lease`) succeeds when nobody holds it, when its
  holder's time ran out, or when its holder ran on this very machine in a process that is gone.
  Otherwise :class:`LeaseBusy` says who holds it and since when, in one sentence.
- **Holding** it: a background thread renews it every quarter of its duration. Its holder dies,
  and it expires after :data:`DEFAULT_LEASE_SECONDS` (the duration is stated in every message).
  Times are the database server's clock, so the workstations' clocks do not matter.
- **Fencing** (Kleppmann's fencing tokens): each taking adds one to the lease's token. Every
  write of a store bound to a lease (:meth:`core.state.Store.fenced`) checks, in the same
  transaction, that the token is still the holder's. A holder that was paused past its expiry
  (a suspended laptop, SIGSTOP) and then resumes cannot write once another has taken over: the
  check fails and the transaction rolls back.
- **Before sending anything** to Odyssee or to a folder, the engines call
  :meth:`Lease.ensure_fresh` (through ``RunControl.check``): a lease not confirmed for half its
  duration by this process's own clock is renewed first, so a resumed holder finds out it lost
  the lease before it sends, not after.

Losing a lease makes the run's next ``check()`` raise :class:`LeaseLost` (a CancelledError): the
engine stops as after a cancel and reports why.
"""
from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Callable, Iterator

from core.errors import UserError, sentence
from core.odata.errors import CancelledError

if TYPE_CHECKING:
    from core.state.store import Store

PUSH = "push"
EXPORT = "export"
PDFS = "pdfs"
JOBS = (PUSH, EXPORT, PDFS)
# For people only (each a sentence of its own, which a window words in its language).
JOB_TITLES = {PUSH: sentence("Push"), EXPORT: sentence("Export of completed work"), PDFS: sentence("PDF download")}
# The kinds of run each lease covers: an undo of a push writes to Odyssee like a push, so it
# runs under the push lease, and a holder that dies leaves either kind unfinished.
RUN_KINDS = {PUSH: (PUSH, "undo"), EXPORT: (EXPORT,), PDFS: (PDFS,)}

DEFAULT_LEASE_SECONDS = 60.0
# For tests and unusual networks: how long a lease lasts without renewal.
LEASE_SECONDS_VARIABLE = "ODYSSEE_SYNC_LEASE_SECONDS"
WAIT_POLL_SECONDS = 1.0


def lease_seconds() -> float:
    text = os.environ.get(LEASE_SECONDS_VARIABLE, "")
    try:
        value = float(text)
    except ValueError:
        return DEFAULT_LEASE_SECONDS
    return value if 1.0 <= value <= 3600.0 else DEFAULT_LEASE_SECONDS


@dataclass(frozen=True)
class LeaseInfo:
    """Who holds a job's lease (as read from the state database)."""

    job: str
    token: int
    holder_id: str | None
    workstation: str
    os_user: str
    program: str
    pid: int
    acquired_at: str  # UTC text
    expires_in: float  # seconds left, by the database's clock; negative once expired

    @property
    def held(self) -> bool:
        return self.holder_id is not None and self.expires_in > 0

    @property
    def title(self) -> str:
        return JOB_TITLES.get(self.job, self.job)

    @property
    def acquired(self) -> datetime | None:
        """When the holder took the lease (aware, UTC), or None when the text is not a time."""
        try:
            return datetime.strptime(self.acquired_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
        except ValueError:
            return None

    def since_text(self) -> str:
        """``10:02`` today, else ``2026-11-30 10:02``, in this computer's time zone."""
        moment = self.acquired
        if moment is None:
            return self.acquired_at
        local = moment.astimezone()
        if local.date() == datetime.now().astimezone().date():
            return local.strftime("%H:%M")
        return local.strftime("%Y-%m-%d %H:%M")

    def sentence(self) -> str:
        """``Push is running on WS-03 (user office2) since 10:02.``"""
        program = f", {self.program}" if self.program else ""
        return f"{self.title} is running on {self.workstation} (user {self.os_user}{program}) since {self.since_text()}."


def _holding(info: LeaseInfo) -> str:
    """:meth:`LeaseInfo.sentence` made with :func:`sentence`, for a stop reason a window words too."""
    if info.program:
        return sentence(
            "{job} is running on {workstation} (user {user}, {program}) since {since}.",
            job=info.title, workstation=info.workstation, user=info.os_user, program=info.program, since=info.since_text(),
        )
    return sentence(
        "{job} is running on {workstation} (user {user}) since {since}.",
        job=info.title, workstation=info.workstation, user=info.os_user, since=info.since_text(),
    )


class LeaseBusy(UserError):
    """Another holder runs this job now; the message says who and since when."""

    def __init__(self, info: LeaseInfo, lease_seconds: float) -> None:
        self.info = info
        self.lease_seconds = lease_seconds  # how long after its holder stops answering it is free
        super().__init__(
            info.sentence()
            + f" It is free when that ends, or {int(lease_seconds)} s after that program stops answering."
        )


class LeaseLost(CancelledError):
    """This run's lease was taken over (or could not be confirmed): the run stops, writes nothing more."""


class Lease:
    """A held lease. Renewed in the background until :meth:`release` (or the ``with`` block ends)."""

    def __init__(self, store: "Store", job: str, token: int, holder_id: str, seconds: float, confirmed_at: float):
        self.store = store
        self.job = job
        self.token = token
        self.holder_id = holder_id
        self.seconds = seconds
        self._confirmed_at = confirmed_at  # time.monotonic() when the database last agreed
        self._lost_reason: str | None = None
        self._on_lost: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self._released = threading.Event()
        self._renewer = threading.Thread(target=self._renew_in_background, name=f"lease-{job}", daemon=True)
        self._renewer.start()

    # -------------------------------------------------------------- checks

    @property
    def lost(self) -> bool:
        return self._lost_reason is not None

    def ensure_fresh(self) -> None:
        """Raise LeaseLost unless the lease is surely still ours; renews first when it is getting old."""
        if self._lost_reason is not None:
            raise LeaseLost(self._lost_reason)
        if time.monotonic() - self._confirmed_at < self.seconds / 2:
            return
        self.renew()

    def attach(self, control) -> None:
        """Make a RunControl check this lease before each item (its ``check()`` raises LeaseLost).

        The run's cancel flag is left alone: a cancel is the user's word, a lost lease is not
        (a ``watch`` goes on with its next round)."""
        control.guard = self.ensure_fresh

    def on_lost(self, callback: Callable[[], None]) -> None:
        with self._lock:
            self._on_lost.append(callback)
            already = self._lost_reason is not None
        if already:
            callback()

    # -------------------------------------------------------------- renewing and releasing

    def renew(self) -> None:
        """Extend the lease by its duration; LeaseLost when another holder has it now."""
        if self._lost_reason is not None:
            raise LeaseLost(self._lost_reason)
        started = time.monotonic()
        try:
            still_ours = self.store._renew_lease(self)
        except Exception as error:  # the database cannot be reached: the lease cannot be confirmed
            if started - self._confirmed_at >= self.seconds / 2:
                self._lose(sentence(
                    "{job} stopped: its lease could not be confirmed in the state database ({why}).",
                    job=JOB_TITLES[self.job], why=str(error),
                ))
                raise LeaseLost(self._lost_reason) from None
            return
        if not still_ours:
            holder = self.store.lease_info(self.job)
            job = JOB_TITLES[self.job]
            if holder is not None and holder.held:
                self._lose(sentence(
                    "{job} stopped: another program took its lease over while this one was not answering. {holder}",
                    job=job, holder=_holding(holder),
                ))
            else:
                self._lose(sentence(
                    "{job} stopped: another program took its lease over while this one was not answering.", job=job
                ))
            raise LeaseLost(self._lost_reason)
        self._confirmed_at = started

    def release(self) -> None:
        """Give the lease back (once); the renewing stops."""
        if self._released.is_set():
            return
        self._released.set()
        if self._lost_reason is None:
            try:
                self.store._release_lease(self)
            except Exception:  # noqa: BLE001 - it expires by itself; nothing else to do
                pass
            # Whatever still holds this lease object may not write or send with it any more.
            self._lost_reason = sentence("{job} ended: its lease was given back.", job=JOB_TITLES[self.job])

    def _lose(self, reason: str) -> None:
        with self._lock:
            if self._lost_reason is not None:
                return
            self._lost_reason = reason
            callbacks = list(self._on_lost)
        for callback in callbacks:
            callback()

    def _renew_in_background(self) -> None:
        while not self._released.wait(self.seconds / 4):
            try:
                self.renew()
            except LeaseLost:
                return

    def __enter__(self) -> "Lease":
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()


@contextmanager
def leased(
    store: "Store",
    job: str,
    control,
    *,
    program: str,
    wait: float = 0.0,
    on_wait: Callable[[LeaseInfo], None] | None = None,
) -> Iterator["Store"]:
    """Run a job under its lease: the store to write with, fenced by it; ``control`` checks it.

    Raises LeaseBusy (who holds it, since when) when it stays taken for ``wait`` seconds; a
    cancel of ``control`` ends the waiting too.
    """
    lease = store.acquire_lease(job, program=program, wait=wait, cancel=control.cancel, on_wait=on_wait)
    lease.attach(control)
    try:
        yield store.fenced(lease)
    finally:
        control.guard = None
        lease.release()


def holder_is_gone(workstation: str, pid: int, this_workstation: str) -> bool:
    """Whether a holder that ran on this machine has no process any more (POSIX only: on
    Windows ``os.kill(pid, 0)`` would send Ctrl-C, so there the lease simply expires)."""
    if os.name != "posix" or workstation != this_workstation or pid <= 0 or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    """A killed child that its parent did not reap yet still answers ``kill(pid, 0)``."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[-1].split()
    except OSError:
        return False
    return bool(fields) and fields[0] == b"Z"


__all__ = [
    "DEFAULT_LEASE_SECONDS",
    "EXPORT",
    "JOBS",
    "JOB_TITLES",
    "LEASE_SECONDS_VARIABLE",
    "Lease",
    "LeaseBusy",
    "LeaseInfo",
    "LeaseLost",
    "PDFS",
    "PUSH",
    "RUN_KINDS",
    "WAIT_POLL_SECONDS",
    "holder_is_gone",
    "leased",
    "lease_seconds",
]
