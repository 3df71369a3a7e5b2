"""Whether the server's model holds what a profile's mapping sends: ``check --schema`` and the
Settings page's connection test.

The comparison itself is :func:`core.odyssee.metadata.compare_metadata`; this joins it to a
profile: its mapping (the shipped default when the profile names none) and its server's
``$metadata``.
"""
from __future__ import annotations

from typing import Any

from core.odata import OdysseeClient
from core.odyssee.metadata import ModelComparison, compare_metadata
from core.sync.plan import mapping_for_profile


def check_profile_model(profile: Any, *, auth_header: str, **options: Any) -> ModelComparison:
    """The profile's server model compared with ours, by what its mapping sends.

    Raises :class:`~core.odata.errors.OdysseeError` when ``$metadata`` cannot be read and
    :class:`~core.odyssee.metadata.MetadataError` when it is not a CSDL document.
    """
    sends = mapping_for_profile(profile).sent_fields()
    with OdysseeClient.from_profile(profile, auth_header=auth_header, **options) as client:
        return compare_metadata(client.metadata(), sends)


__all__ = ["check_profile_model"]
