"""The state: id map, snapshots, watermarks, journal, downloads, intents, leases, held-back items.

Local SQLite per profile by default, or a shared PostgreSQL / SQL Server database for an office;
see :mod:`core.state.store` (the store), :mod:`core.state.location` (where, and whose),
:mod:`core.state.leases` (one holder per job) and :mod:`core.state.schema` (migrations).
"""
from core.state.leases import (
    EXPORT,
    JOB_TITLES,
    JOBS,
    PDFS,
    PUSH,
    RUN_KINDS,
    Lease,
    LeaseBusy,
    LeaseInfo,
    LeaseLost,
    leased,
)
from core.state.location import StateLocation, local_store_path, state_key
from core.state.store import (
    RUN_STATUSES,
    Actor,
    Delivery,
    Download,
    HeldBack,
    JournalEntry,
    Rejection,
    Run,
    Snapshot,
    StateInfo,
    Store,
    StoreBusy,
    StoreError,
    Watermark,
    canonical_json,
    snapshot_hash,
)

__all__ = [
    "Actor", "Delivery", "Download", "EXPORT", "HeldBack", "JOB_TITLES", "JOBS", "JournalEntry", "Lease", "LeaseBusy", "LeaseInfo",
    "LeaseLost", "PDFS", "PUSH", "RUN_KINDS", "RUN_STATUSES", "Rejection", "Run", "Snapshot", "StateInfo", "StateLocation",
    "Store", "StoreBusy", "StoreError", "Watermark", "canonical_json", "local_store_path", "snapshot_hash",
    "leased", "state_key",
]
