"""What the client sent, for the Activity page, the log file and the engines' request counts.

A record holds method, URL, status, duration and byte counts — never a header, so the
``Authorization`` value cannot end up here. Records go to a bounded in-memory ring buffer
(``RequestLog``), to any listeners, and to Python ``logging`` (logger ``odyssee.requests``).
``RequestStats`` counts requests per method and per entity set; an engine resets it at the
start of a run and reads it at the end. Both are safe to use from several threads.
"""
from __future__ import annotations

import logging
import threading
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Callable, Iterable

logger = logging.getLogger("odyssee.requests")

DEFAULT_CAPACITY = 1000


@dataclass(slots=True)  # not frozen, which costs a setattr per field on every request; never changed once made
class RequestRecord:
    started: float  # time.time() when the request was sent
    method: str
    url: str  # without credentials (there never are any in our URLs)
    entity: str  # entity set ("Company"), or "" for $metadata and the like
    status: int | None  # None when no answer came (network error, timeout)
    duration_ms: float
    bytes_sent: int
    bytes_received: int
    attempt: int = 1  # 1 for the first try, 2… for retries
    error: str = ""  # one line, for failures without a status

    def summary(self) -> str:
        status = str(self.status) if self.status is not None else "---"
        text = f"{self.method} {self.url} -> {status} in {self.duration_ms:.0f} ms, {self.bytes_received} bytes"
        if self.attempt > 1:
            text += f" (attempt {self.attempt})"
        if self.error:
            text += f": {self.error}"
        return text


Listener = Callable[[RequestRecord], None]


class RequestLog:
    """A bounded ring buffer of ``RequestRecord`` plus listeners."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self._records: deque[RequestRecord] = deque(maxlen=capacity)
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    @property
    def capacity(self) -> int:
        return self._records.maxlen or 0

    def add(self, record: RequestRecord) -> None:
        with self._lock:
            self._records.append(record)
            listeners = list(self._listeners)
        # INFO, not WARNING: a retried failure is routine, and the CLI must not print it.
        level = logging.INFO if record.status is None or record.status >= 400 else logging.DEBUG
        if logger.isEnabledFor(level):  # no line is written for nobody (debug is off by default)
            logger.log(level, "%s", record.summary())
        for listener in listeners:
            try:
                listener(record)
            except Exception:  # noqa: BLE001 - a broken listener must not break the request
                logger.exception("request log listener failed")

    def records(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` for every new record; returns a function that unsubscribes."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)


@dataclass
class StatsSnapshot:
    requests: int
    by_method: dict[str, int]
    by_entity: dict[str, int]
    by_request: dict[tuple[str, str], int]
    failures: int
    bytes_received: int


@dataclass
class RequestStats:
    """Requests per run: ``stats.requests``, ``stats.by_method["GET"]``, ``stats.by_entity["Company"]``,
    ``stats.by_request[("POST", "Company")]``. Every attempt counts (retries and look-ups too):
    it is what the server sees."""

    requests: int = 0
    failures: int = 0  # answers >= 400 and requests without an answer
    bytes_received: int = 0
    by_method: Counter = field(default_factory=Counter)
    by_entity: Counter = field(default_factory=Counter)
    by_request: Counter = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def count(self, record: RequestRecord) -> None:
        with self._lock:
            self.requests += 1
            self.by_method[record.method] += 1
            self.by_entity[record.entity] += 1
            self.by_request[(record.method, record.entity)] += 1
            self.bytes_received += record.bytes_received
            if record.status is None or record.status >= 400:
                self.failures += 1

    def reset(self) -> StatsSnapshot:
        """Start counting from zero; returns what was counted until now."""
        with self._lock:
            before = self._snapshot()
            self.requests = self.failures = self.bytes_received = 0
            self.by_method = Counter()
            self.by_entity = Counter()
            self.by_request = Counter()
            return before

    def snapshot(self) -> StatsSnapshot:
        with self._lock:
            return self._snapshot()

    def _snapshot(self) -> StatsSnapshot:
        return StatsSnapshot(
            requests=self.requests,
            by_method=dict(self.by_method),
            by_entity=dict(self.by_entity),
            by_request=dict(self.by_request),
            failures=self.failures,
            bytes_received=self.bytes_received,
        )


def gaps_between(records: Iterable[RequestRecord]) -> list[float]:
    """Seconds between the end of each request and the start of the next (for retry checks)."""
    ordered = sorted(records, key=lambda record: record.started)
    gaps = []
    for previous, current in zip(ordered, ordered[1:]):
        gaps.append(current.started - (previous.started + previous.duration_ms / 1000.0))
    return gaps
