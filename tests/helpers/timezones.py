"""A time zone other than UTC for a while: the clock a test reads must be the user's, not the server's."""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from typing import Iterator

BRUSSELS = "Europe/Brussels"  # UTC+1, UTC+2 in summer


@contextmanager
def local_time_zone(zone: str) -> Iterator[str]:
    """This process runs on ``zone``'s clock inside the block, on its own again afterwards."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        yield zone
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()
