"""The Odyssee OData client, and the query language it speaks.

    from core.odata import OdysseeClient, RetryPolicy, check_profile_connection, OdysseeError

Those names (the client, its retry policy, the connection check and the errors) are what callers
need. The modules behind them, by what they hold:

- ``client``: ``OdysseeClient``, the verbs (list, count, get, create, update, delete, files).
- ``transport``: every request: httpx, retries with backoff, bounds, credentials, cancel, log.
- ``paging``: next links, one page, rows seen twice, batched ``in`` look-ups.
- ``downloads``: files to disk through a part file, Base64 decoded as it streams in.
- ``diagnostics``: a failure's sentence (TLS, DNS, refused, timeouts), the connection check.
- ``errors``: the typed errors, and the redaction of credentials from server text.
- ``query``, ``expr``, ``parser``: queries as data (``build_query``, ``$filter`` text).
- ``limits``, ``pace``, ``requestlog``: what a client learns and keeps about a server.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = [
    "OdysseeClient", "RetryPolicy", "ConnectionCheck", "check_connection", "check_profile_connection",
    # the errors
    "OdysseeError", "AuthenticationError", "BadUrlError", "CancelledError", "ConflictError",
    "DeadlineExceededError", "ForeignNextLinkError", "NetworkError", "NotFoundError", "QueryTooLargeError",
    "RateLimitedError", "ServerError", "TimeoutError", "TlsError", "TooLargeError", "UnexpectedAnswerError",
    "ValidationError",
]
# The module of each name that is not an error (the errors are in core.odata.errors).
_HOMES = {
    "OdysseeClient": "client",
    "RetryPolicy": "transport",
    "ConnectionCheck": "diagnostics",
    "check_connection": "diagnostics",
    "check_profile_connection": "diagnostics",
}


def __getattr__(name: str) -> Any:
    # Each name is loaded on first use, so that importing a light module of this package (the
    # simulator reads queries with query and expr, the state store raises an error) does not
    # load the client with it.
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOMES.get(name, 'errors')}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from core.odata.client import OdysseeClient
    from core.odata.diagnostics import ConnectionCheck, check_connection, check_profile_connection
    from core.odata.errors import (
        OdysseeError, AuthenticationError, BadUrlError, CancelledError, ConflictError,
        DeadlineExceededError, ForeignNextLinkError, NetworkError, NotFoundError, QueryTooLargeError,
        RateLimitedError, ServerError, TimeoutError, TlsError, TooLargeError, UnexpectedAnswerError,
        ValidationError,
    )
    from core.odata.transport import RetryPolicy
