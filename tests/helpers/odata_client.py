"""What the OData client's tests share: their simulators' credentials, a quick retry policy,
companies to store."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from core.odata import RetryPolicy

PASSWORD = "pw-Secret-4711"
CREDENTIALS = {"domain": "TESTAPI", "username": "APIUser", "password": PASSWORD}
PAGE_SIZE = 10  # the simulator of the client tests: pages of ten
QUICK_RETRY = RetryPolicy(max_attempts=6, base_delay=0.01, max_delay=0.05, max_retry_after=2.0)


def companies(count: int, *, prefix: str = "C", start: int = 0) -> list[dict]:
    base = datetime(2024, 1, 1, tzinfo=timezone.utc)
    return [
        {
            "id": uuid.uuid4(),
            "code": f"{prefix}{number:06d}",
            "name": f"Company {prefix}{number:06d}",
            "modified_dateutc": base + timedelta(seconds=number),
        }
        for number in range(start, start + count)
    ]
