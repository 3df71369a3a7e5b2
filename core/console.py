"""What the terminal commands share: waiting for the user's Ctrl-C (``demo --no-gui`` and
``simulator`` serve until stopped) and reading a number option."""
from __future__ import annotations

import argparse
import math
import threading
from typing import Callable


def number_between(low: float, high: float = math.inf, what: str = "a number") -> Callable[[str], float]:
    """An argparse type: a number from ``low`` to ``high``; its message says the range."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}") from None
        if not low <= value <= high:  # NaN fails both comparisons
            span = f"between {low:g} and {high:g}" if high != math.inf else f"of at least {low:g}"
            raise argparse.ArgumentTypeError(f"expected {what} {span}, got {text!r}")
        return value

    return parse


def wait_for_ctrl_c(stop: Callable[[], None], ready_message: str = "Press Ctrl-C to stop.") -> None:
    """Say ``ready_message``, block until Ctrl-C (or SIGTERM), then call ``stop``.

    The message is printed inside the guarded block: whoever reacts to it (a user, a script, a
    test) can interrupt at once and still gets a clean stop.
    """
    forever = threading.Event()
    try:
        print(ready_message, flush=True)
        # Short waits: on Windows an endless wait would not see Ctrl-C.
        while not forever.wait(0.5):
            pass
    except KeyboardInterrupt:
        print("Stopping.", flush=True)
    finally:
        stop()
