"""The open profile: its settings, its Odyssee client, its state store and its instance lock.

A :class:`Session` is opened in the background (:func:`open_session` reads the settings file,
the keyring and the state database) and handed to every page. Work for a page runs through
``runner.run(work, session=session)``; ``work`` then gets a :class:`TaskContext`::

    def count_companies(ctx: TaskContext) -> int:
        return ctx.client.count("Company")   # a client view that honours the task's Cancel

When the user switches profile the old session is *retired*: it closes its client and store
once the last task still using it has ended, so no task ever finds its connection closed under it.

One instance per profile: :class:`ProfileLock` is a ``QLockFile`` in the cache folder, named
after the profile the same way its state database is.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, ContextManager

from PySide6.QtCore import QCoreApplication, QLockFile

from core import paths
from core.errors import CancelledError, UserError
from core.odata import OdysseeClient
from core.odata.errors import AuthenticationError
from core.services.profiles import open_profile
from core.settings import Profile
from core.state import Store, leased, local_store_path
from core.sync.progress import RunControl

# How the window names itself in a lease: "Push is running on WS-03 (user office2, desktop window)".
WINDOW_PROGRAM = "desktop window"
BACKGROUND_PROGRAM = "desktop window, background poll"


class NoPasswordError(AuthenticationError):
    """The profile has no saved password (or the keyring cannot be read)."""


@dataclass
class Session:
    profile: Profile
    client: OdysseeClient | None  # None while no secret is known for the profile
    store: Store
    missing_secret: str | None = None  # why ``client`` is None, as a sentence
    demo: bool = False
    lock: "ProfileLock | None" = None
    _users: int = 0
    _retired: bool = False
    _closed: bool = False
    _guard: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def name(self) -> str:
        return self.profile.name

    def call(self, work: Callable[["TaskContext"], Any], control: RunControl) -> Any:
        """Run ``work`` with a TaskContext, keeping this session open meanwhile (worker thread)."""
        with self._guard:
            if self._closed:
                raise CancelledError(QCoreApplication.translate("session", "Cancelled: the profile was closed."))
            self._users += 1
        try:
            return work(TaskContext(self, control))
        finally:
            with self._guard:
                self._users -= 1
                close_now = self._retired and self._users == 0 and not self._closed
                if close_now:
                    self._closed = True
            if close_now:
                self._close()

    def retire(self) -> None:
        """Close now if unused, else when the last task using it ends. Call it off the GUI thread
        or accept a short close (SQLite and the HTTP pool only close files and sockets)."""
        with self._guard:
            self._retired = True
            close_now = self._users == 0 and not self._closed
            if close_now:
                self._closed = True
        if close_now:
            self._close()

    def _close(self) -> None:
        if self.client is not None:
            self.client.close()
        self.store.close()
        if self.lock is not None:
            self.lock.release()


@dataclass
class TaskContext:
    """What a background task of a page works with."""

    session: Session
    control: RunControl

    @property
    def profile(self) -> Profile:
        return self.session.profile

    @property
    def store(self) -> Store:
        return self.session.store

    @property
    def client(self) -> OdysseeClient:
        """The profile's client, checking this task's cancel flag (NoPasswordError without one)."""
        client = self.session.client
        if client is None:
            raise NoPasswordError(
                self.session.missing_secret or QCoreApplication.translate("session", "No password is saved for this profile.")
            )
        return client.with_cancel(self.control.cancel)

    def leased(self, job: str, *, program: str = WINDOW_PROGRAM) -> ContextManager[Store]:
        """Run a job (push, export, PDFs) under its lease: ``with ctx.leased(PUSH) as store``.

        LeaseBusy when another workstation or program runs it; the store checks the lease."""
        return leased(self.store, job, self.control, program=program)


class ProfileInUse(UserError):
    """Another running instance has this profile open."""

    def __init__(self, name: str) -> None:
        super().__init__(
            QCoreApplication.translate(
                "session", 'The profile "{0}" is already open in another Odyssee Sync Assistant window.'
            ).format(name)
        )
        self.profile_name = name


class ProfileLock:
    """``QLockFile`` per profile in the cache folder; a crashed instance's lock is taken over."""

    def __init__(self, profile_name: str) -> None:
        self.profile_name = profile_name
        self.path = lock_path(profile_name)
        self._lock = QLockFile(str(self.path))
        # Held for the whole session: never "stale" by age, only when its process is gone.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        return self._lock.tryLock(0)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    @property
    def held(self) -> bool:
        return self._lock.isLocked()


def lock_path(profile_name: str) -> Path:
    return paths.cache_dir() / f"{local_store_path(profile_name).stem}.lock"


def open_session(
    profile_name: str | None,
    control: RunControl | None = None,
    *,
    demo: bool = False,
    lock: ProfileLock | None = None,
) -> Session:
    """Open a profile (worker thread): settings file, keyring, state database, instance lock.

    ``lock`` is an already-held lock for this profile (taken at start-up); otherwise one is
    taken here and ProfileInUse raised when another instance holds it.
    """
    opened = open_profile(profile_name)
    profile = opened.profile
    if control is not None:
        control.check()
    owned_lock = lock
    if owned_lock is None or owned_lock.profile_name != profile.name:
        owned_lock = ProfileLock(profile.name)
        if not owned_lock.acquire():
            raise ProfileInUse(profile.name)
    try:
        missing = None
        client = None
        if opened.header is None:
            missing = opened.no_secret_sentence("enter it in Settings.")
        else:
            client = OdysseeClient.from_profile(profile, auth_header=opened.header)
        store = Store.for_profile(profile)
    except BaseException:
        if owned_lock is not lock:
            owned_lock.release()
        raise
    return Session(profile, client, store, missing_secret=missing, demo=demo, lock=owned_lock)


__all__ = [
    "BACKGROUND_PROGRAM",
    "WINDOW_PROGRAM",
    "NoPasswordError",
    "ProfileInUse",
    "ProfileLock",
    "Session",
    "TaskContext",
    "lock_path",
    "open_session",
]
