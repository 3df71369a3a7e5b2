"""Waiting in a test for something to happen, never for time to pass.

The bound only turns a hang into a failing test: it is far above what the slowest machine needs,
and a fast machine goes on as soon as the event is seen.
"""
from __future__ import annotations

import time
from typing import Callable, TypeVar

T = TypeVar("T")

GENEROUS_SECONDS = 60.0


def wait_until(
    condition: Callable[[], T], *, what: str = "the awaited event", timeout: float = GENEROUS_SECONDS, every: float = 0.02,
) -> T:
    """``condition()``'s first true answer, asked every ``every`` seconds; AssertionError when none came."""
    deadline = time.monotonic() + timeout
    while True:
        answer = condition()
        if answer:
            return answer
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout:g} s")
        time.sleep(every)

