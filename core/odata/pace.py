"""How many requests a client sends at once: found by itself, not assumed.

No rate limit is documented for the Odyssee API, and a tenant behind a throttling proxy may
allow only a few requests at a time. So each client keeps a :class:`Pace`: a limit on requests
in flight that every exchange waits for (:meth:`Pace.slot`), adapted the way TCP's congestion
control and Netflix's concurrency-limits adapt theirs (additive increase, multiplicative
decrease):

- it starts modestly (:data:`START`) and grows by one request per round of answers that came
  back clean and about as fast as the best ones seen lately, as long as the limit is in use;
- a 429 (too many requests) brings it down to below the number in flight when that request was
  sent: that is where this server's ceiling lies. The client waits out ``Retry-After`` as
  before (outside any slot), and the limit grows past that ceiling again only after a long
  clean stretch (:data:`PROBE_AFTER` answers), to see whether the server allows more now;
- a 503 (overloaded) halves it, and answers that take far longer than the best recent ones
  (the median of the last few more than :data:`SLOW_FACTOR` times the fastest) take a tenth off;
- it never goes below 1 nor above the ceiling the profile sets (``max_concurrency``), and a
  fixed concurrency (``--concurrency N``) pins it.

The engines size their thread pools by :attr:`Pace.maximum` and let the pace decide how many of
those threads have a request out at a time.
"""
from __future__ import annotations

import threading
from collections import deque
from typing import Callable

from core.settings import DEFAULT_CONCURRENCY_CEILING, MAX_CONCURRENCY_CEILING

START = 4
PROBE_AFTER = 200  # clean answers before trying one request more than a throttled ceiling
SLOW_FACTOR = 3.0
RECENT = 20  # answers in the latency window
FASTEST_KEPT = 200  # answers over which the fastest one is remembered


class Pace:
    """A limit on requests in flight, shared by a client and its views (thread-safe)."""

    def __init__(self, *, start: int = START, minimum: int = 1, maximum: int = DEFAULT_CONCURRENCY_CEILING) -> None:
        if not 1 <= minimum <= maximum <= MAX_CONCURRENCY_CEILING:
            raise ValueError(f"concurrency must be between 1 and {MAX_CONCURRENCY_CEILING}, not {minimum}..{maximum}")
        self.minimum = minimum
        self.maximum = maximum
        self._limit = float(min(max(start, minimum), maximum))
        self._in_flight = 0
        self._ceiling: int | None = None  # where the server throttled last
        self._clean_since_throttle = 0
        self._changed_at = 0  # answers seen when the limit last went down
        self._answers = 0
        # Per kind of request (a 200 KB download is not a slow list GET): the latest and the
        # fastest answer times.
        self._latencies: dict[object, _Latencies] = {}
        self._condition = threading.Condition()
        self.peak = 0  # the most requests in flight at once, for reports and tests

    @classmethod
    def fixed(cls, concurrency: int) -> Pace:
        """Exactly ``concurrency`` at once (``--concurrency N``): nothing is learned."""
        return cls(start=concurrency, minimum=concurrency, maximum=concurrency)

    @property
    def limit(self) -> int:
        with self._condition:
            return int(self._limit)

    def slot(self, check: Callable[[], None] | None = None) -> _Slot:
        """Hold one of the requests in flight, as a context manager that gives how many were in
        flight before this one. ``check`` is called while waiting (a cancel raises there)."""
        return _Slot(self, check)

    def answered(self, status: int | None, seconds: float, in_flight_before: int, kind: object = None) -> None:
        """Learn from one exchange: its HTTP status (None: no answer), how long it took, and what
        kind of request it was (times are compared within a kind only)."""
        with self._condition:
            self._answers += 1
            if status == 429:
                ceiling = max(self.minimum, in_flight_before)  # this one was one too many
                self._ceiling = ceiling if self._ceiling is None else min(self._ceiling, ceiling)
                self._clean_since_throttle = 0
                self._lower_to(min(self._limit, float(ceiling)))
                return
            if status == 503:
                self._lower_to(self._limit / 2)
                return
            if status is None or status >= 500:
                return  # a network error or a server fault says nothing about the pace
            latencies = self._latencies.get(kind)
            if latencies is None:
                latencies = self._latencies[kind] = _Latencies()
            latencies.add(seconds)
            if latencies.slow():
                if self._answers - self._changed_at >= len(latencies.recent):  # one cut per window of answers
                    self._lower_to(self._limit * 0.9)
                return  # slow answers never earn more
            self._clean_since_throttle += 1
            if in_flight_before + 1 < int(self._limit):
                return  # the limit is not what holds the work back: no need for more
            cap = float(self.maximum)
            if self._ceiling is not None and self._clean_since_throttle < PROBE_AFTER:
                cap = min(cap, float(self._ceiling))
            self._limit = min(cap, self._limit + 1.0 / self._limit)
            self._condition.notify_all()

    def _lower_to(self, limit: float) -> None:
        new = max(float(self.minimum), limit)
        if new < self._limit:
            self._limit = new
            self._changed_at = self._answers


class _Slot:
    """One request in flight (a plain class: asked on every request, where a generator-based
    context manager cost more than the rest of the pace's work)."""

    __slots__ = ("pace", "check")

    def __init__(self, pace: Pace, check: Callable[[], None] | None) -> None:
        self.pace = pace
        self.check = check

    def __enter__(self) -> int:
        pace = self.pace
        with pace._condition:
            while pace._in_flight >= int(pace._limit):
                if self.check is not None:
                    self.check()
                pace._condition.wait(0.2)
            before = pace._in_flight
            pace._in_flight += 1
            if pace._in_flight > pace.peak:
                pace.peak = pace._in_flight
        return before

    def __exit__(self, *_exception: object) -> None:
        pace = self.pace
        with pace._condition:
            pace._in_flight -= 1
            pace._condition.notify()


class _Latencies:
    """The answer times of one kind of request: the latest :data:`RECENT`, and the fastest of the
    latest :data:`FASTEST_KEPT`. Asked after every answer, so cheaply: the fastest is kept in a
    queue of rising times (each newer and slower than the one before it, the fastest first),
    not looked for among 200, and the median sorts only 20. Together that was a tenth of the
    client's own time per GET."""

    __slots__ = ("recent", "_rising", "_count")

    def __init__(self) -> None:
        self.recent: deque[float] = deque(maxlen=RECENT)
        self._rising: deque[tuple[int, float]] = deque()  # (answer number, seconds)
        self._count = 0

    def add(self, seconds: float) -> None:
        self.recent.append(seconds)
        self._count += 1
        rising = self._rising
        while rising and rising[-1][1] >= seconds:
            rising.pop()  # never the fastest again: this one is as fast and stays longer
        rising.append((self._count, seconds))
        if rising[0][0] <= self._count - FASTEST_KEPT:
            rising.popleft()

    def slow(self) -> bool:
        """The median of the recent answers is more than :data:`SLOW_FACTOR` times the fastest."""
        count = len(self.recent)
        if count < RECENT // 2:
            return False
        ordered = sorted(self.recent)
        middle = count // 2
        median = ordered[middle] if count % 2 else (ordered[middle - 1] + ordered[middle]) / 2
        return median > SLOW_FACTOR * max(self._rising[0][1], 0.001)


__all__ = ["PROBE_AFTER", "Pace", "START"]
