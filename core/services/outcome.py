"""How a run ended, as a word (the engines' ``status``) and as a process exit code.

Exit codes: 0 ok, 1 partial, 2 a usage error (argparse's own: an unknown option, a bad value),
3 cancelled, 4 busy (another workstation or program runs the same job; ``--wait SECONDS`` waits
for it), 5 failed. A script can tell "I called it wrongly" (2) from "it ran and failed" (5).
"""
from __future__ import annotations

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2  # argparse's own, for a command line it cannot read
EXIT_FAILED = 5
EXIT_CANCELLED = 3
EXIT_BUSY = 4  # another workstation or program runs this job now (see core.state.leases)

_EXIT_CODES = {"ok": EXIT_OK, "partial": EXIT_PARTIAL, "failed": EXIT_FAILED, "cancelled": EXIT_CANCELLED}


def exit_code_for(status: str) -> int:
    """The exit code for an engine's run status ("ok", "partial", "failed", "cancelled")."""
    return _EXIT_CODES[status]
