"""What the client learned about a server's query limits, kept from one run to the next.

Batched look-ups (``OdysseeClient.list_in``) size their requests by these limits: 2,008 bytes of
query string (DECISIONS.md D10, leaving room for the paging options of next-page links) and 100 ``$filter``
nodes (DECISIONS.md D11) until the server shows otherwise, and OData 4.01's ``in`` once a request showed that
the server accepts it. What one run learned, the next one knows: ``profile_limits`` keeps it in a
small JSON file per profile in the cache folder. A missing, unreadable or corrupt file, or one
written for another base URL, means starting from the defaults.

The storage is behind ``LimitsMemory`` (``load``/``save``), so it can move elsewhere (the state
database) without touching the client.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Protocol

from core import paths
from core.files import write_atomically
from core.odata.query import BATCH_QUERY_BYTES, DEFAULT_MAX_NODES

if TYPE_CHECKING:
    from core.odata.errors import QueryTooLargeError
    from core.odata.query import InBatch

log = logging.getLogger(__name__)

LIMITS_FOLDER = "server-limits"
_FORMAT = 1


@dataclass(frozen=True)
class ServerLimits:
    max_query_bytes: int = BATCH_QUERY_BYTES
    max_nodes: int = DEFAULT_MAX_NODES
    max_in_values: int | None = None  # values per ``in``, for a server that counts each one as a node
    accepts_in: bool | None = None  # None until a request showed it


class LimitsMemory(Protocol):
    """Where learned limits live between runs."""

    def load(self) -> ServerLimits | None: ...

    def save(self, limits: ServerLimits) -> None: ...


class LimitsFile:
    """A profile's learned limits as JSON, valid only for the base URL they were learned on."""

    def __init__(self, path: Path, base_url: str) -> None:
        self.path = Path(path)
        self.base_url = base_url

    def load(self) -> ServerLimits | None:
        try:
            document = json.loads(self.path.read_bytes())
            if document.get("format") != _FORMAT or document.get("base_url") != self.base_url:
                return None
            return _checked(ServerLimits(**{f.name: document[f.name] for f in dataclasses.fields(ServerLimits)}))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
            log.info("ignoring the learned server limits in %s: %s", self.path, error)
            return None

    def save(self, limits: ServerLimits) -> None:
        document = {"format": _FORMAT, "base_url": self.base_url, **dataclasses.asdict(limits)}
        try:
            write_atomically(self.path, json.dumps(document, indent=1).encode("utf-8"))
        except OSError as error:
            # Only a cost: the next run learns the limits again.
            log.info("could not keep the learned server limits in %s: %s", self.path, error)


def profile_limits(profile_name: str, base_url: str) -> LimitsFile:
    return LimitsFile(paths.cache_dir() / LIMITS_FOLDER / f"{paths.profile_file_stem(profile_name)}.json", base_url)


def _checked(limits: ServerLimits) -> ServerLimits:
    def whole(value: object) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and value > 0

    if not (whole(limits.max_query_bytes) and whole(limits.max_nodes)):
        raise ValueError("the byte and node limits must be whole numbers above 0")
    if limits.max_in_values is not None and not whole(limits.max_in_values):
        raise ValueError("max_in_values must be a whole number above 0")
    if limits.accepts_in not in (None, True, False):
        raise ValueError("accepts_in must be true, false or null")
    return limits


class LearnedLimits:
    """The limits one client works with: loaded once, lowered as servers refuse, saved on change.

    Shared by a client's threads (and its ``with_cancel`` views), hence the lock.
    """

    def __init__(self, memory: LimitsMemory | None = None) -> None:
        self._memory = memory
        self._lock = threading.Lock()
        self._current: ServerLimits | None = None

    @property
    def current(self) -> ServerLimits:
        current = self._current
        if current is None:
            with self._lock:
                if self._current is None:
                    self._current = (self._memory.load() if self._memory else None) or ServerLimits()
                current = self._current
        return current

    def learn_in(self, accepted: bool) -> None:
        """Remember whether the server accepts ``in`` (the outcome of the first ``in`` request)."""
        self._change(lambda limits: dataclasses.replace(limits, accepts_in=accepted))

    def shrink_for(self, error: "QueryTooLargeError", batch: "InBatch") -> bool:
        """Lower the limit ``batch`` ran into below what it needed; False when none went down.

        A server that names its node limit is taken at its word, unless the batch was within it
        by our count (then that server counts otherwise); anything else halves the batch.
        """

        def lowered(limits: ServerLimits) -> ServerLimits:
            if error.limit == "length":
                return dataclasses.replace(limits, max_query_bytes=min(limits.max_query_bytes, batch.query_bytes // 2))
            named = error.max_nodes
            if named is not None and named < batch.nodes:
                return dataclasses.replace(limits, max_nodes=min(limits.max_nodes, named))
            if batch.uses_in:  # within the limit by our count, 3 nodes: this server counts the values
                cap = max(1, len(batch.values) // 2)
                return dataclasses.replace(limits, max_in_values=min(limits.max_in_values or cap, cap))
            return dataclasses.replace(limits, max_nodes=min(limits.max_nodes, max(1, batch.nodes // 2)))

        return self._change(lowered)

    def _change(self, change: Callable[[ServerLimits], ServerLimits]) -> bool:
        self.current  # loaded before the lock is taken
        with self._lock:
            before = self._current
            assert before is not None
            after = change(before)
            if after == before:
                return False
            self._current = after
            if self._memory is not None:
                self._memory.save(after)  # under the lock, so an older change is never saved last
        return True


__all__ = ["LearnedLimits", "LimitsFile", "LimitsMemory", "ServerLimits", "profile_limits"]
