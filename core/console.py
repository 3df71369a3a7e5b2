"""Waiting in a terminal for the user's Ctrl-C, shared by the commands that serve until stopped
(``demo --no-gui`` and ``simulator``)."""
from __future__ import annotations

import threading
from typing import Callable


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
