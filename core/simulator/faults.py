"""Fault injection for the simulator (DECISIONS.md D9): the troubles a real link to Odyssee can have.

Rates are probabilities between 0 and 1, drawn from a seeded random generator so a test run is
repeatable; they can be changed at any time, also while the server runs. ``script()`` queues
faults for the next requests in order, for tests that need "the first call fails, the second
works" without any randomness.

Kinds:
- ``error``: a 5xx answer (``error_status``, 503 by default);
- ``throttle``: 429 with ``Retry-After: <retry_after>``;
- ``drop``: the connection closes before any answer, the request is not processed;
- ``lost_response``: a write (POST/PUT/DELETE) is committed, then the connection closes
  without an answer (on a GET it behaves like ``drop`` after the read);
- ``html``: 200 with a ``text/html`` page, as a captive portal or a misrouted proxy gives.
``latency_ms`` delays every answer, faulty or not.
"""
from __future__ import annotations

import random
import threading
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

FAULT_KINDS = ("drop", "error", "throttle", "html", "lost_response")
WRITE_METHODS = frozenset(("POST", "PUT", "DELETE", "PATCH"))

_RATES = {
    "drop": "drop_rate",
    "error": "error_rate",
    "throttle": "throttle_rate",
    "html": "html_rate",
    "lost_response": "lost_response_rate",
}


@dataclass(eq=False, repr=False, kw_only=True)
class Faults:
    """Mutable fault switches; thread-safe to read and change while requests run."""

    latency_ms: float = 0.0
    error_rate: float = 0.0
    error_status: int = 503
    throttle_rate: float = 0.0
    retry_after: int = 1
    drop_rate: float = 0.0
    lost_response_rate: float = 0.0
    html_rate: float = 0.0
    # Like a throttling proxy: above this many requests at once, 429 with Retry-After (0: off).
    max_in_flight: int = 0
    seed: int | None = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    _script: deque[str] = field(default_factory=deque, init=False)

    # Rates are checked on every assignment so a typo (50 for 0.5) fails where it is made.
    def __setattr__(self, name: str, value: object) -> None:
        if name.endswith("_rate"):
            if not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise ValueError(f"{name} must be between 0 and 1, not {value!r}")
            value = float(value)
        elif name in ("latency_ms", "retry_after"):
            if not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"{name} must be 0 or more, not {value!r}")
        elif name == "max_in_flight":
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"max_in_flight must be a whole number, 0 or more, not {value!r}")
        elif name == "error_status":
            if not isinstance(value, int) or not 500 <= value <= 599:
                raise ValueError(f"error_status must be a 5xx status, not {value!r}")
        elif name == "seed":
            object.__setattr__(self, "_random", random.Random(value))
        object.__setattr__(self, name, value)

    def __repr__(self) -> str:
        settings = ", ".join(
            f"{name}={getattr(self, name)!r}"
            for name in ("latency_ms", *_RATES.values(), "error_status", "retry_after", "max_in_flight", "seed")
        )
        return f"Faults({settings})"

    @property
    def active(self) -> bool:
        return bool(self.latency_ms or self._script or any(getattr(self, rate) for rate in _RATES.values()))

    def update(self, **settings: object) -> None:
        for name, value in settings.items():
            if not hasattr(self, name):
                raise AttributeError(f"Faults has no setting {name!r}")
            setattr(self, name, value)

    def clear(self) -> None:
        """No latency, no faults, nothing scripted."""
        with self._lock:
            self._script.clear()
        self.latency_ms = 0.0
        self.max_in_flight = 0
        for rate in _RATES.values():
            setattr(self, rate, 0.0)

    @contextmanager
    def applied(self, **settings: object) -> Iterator["Faults"]:
        """``with faults.applied(drop_rate=1): ...``: the settings hold inside the block only."""
        previous = {name: getattr(self, name) for name in settings}
        self.update(**settings)
        try:
            yield self
        finally:
            self.update(**previous)

    def script(self, *kinds: str) -> None:
        """The next requests to /api get these faults, one each, in order (None = no fault)."""
        for kind in kinds:
            if kind is not None and kind not in FAULT_KINDS:
                raise ValueError(f"Unknown fault {kind!r}; known: {', '.join(FAULT_KINDS)}")
        with self._lock:
            self._script.extend(kinds)

    def choose(self, method: str) -> str | None:
        """The fault for one request, or None."""
        with self._lock:
            if self._script:
                return self._script.popleft()
            for kind, rate_name in _RATES.items():
                rate = getattr(self, rate_name)
                if kind == "lost_response" and method not in WRITE_METHODS:
                    continue
                if rate and self._random.random() < rate:
                    return kind
        return None
