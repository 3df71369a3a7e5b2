"""``odyssee-sync check [--profile NAME] [--schema]``: can this profile reach Odyssee and log in?

Prints one line: what works, or which of these is wrong — the address, the network, TLS or the
credentials. Exit code 0 when the connection works, 5 otherwise.

``--schema`` then compares the server's ``$metadata`` with the model this version knows
(:mod:`core.odyssee.metadata`): entity sets and fields missing there, of another type, or new.
Exit code 1 when the profile's mapping sends something the server lacks or types otherwise, 0 when
it does not (new fields are only reported), 5 when the model cannot be read.
"""
from __future__ import annotations

import argparse
import sys

from core.cli.common import add_profile_argument, open_profile
from core.odata import check_profile_connection
from core.services.outcome import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL
from core.settings import Profile


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_profile_argument(parser)
    parser.add_argument(
        "--schema", action="store_true",
        help="also compare the server's model ($metadata) with the fields this version and the mapping use",
    )


def run(args: argparse.Namespace) -> int:
    profile, header = open_profile(args.profile)
    result = check_profile_connection(profile, auth_header=header)
    if result.ok:
        print(f"OK: {result.message}")
        return _check_schema(profile, header) if args.schema else EXIT_OK
    labels = {
        "bad_url": "Wrong address",
        "unreachable": "Unreachable",
        "tls": "TLS problem",
        "credentials": "Wrong credentials",
        "unexpected": "Unexpected answer",
    }
    print(f"{labels.get(result.kind, 'Failed')}: {result.message}", file=sys.stderr)
    return EXIT_FAILED


def _check_schema(profile: Profile, header: str) -> int:
    from core.odata.errors import OdysseeError
    from core.odyssee.metadata import MetadataError
    from core.sync.model_check import check_profile_model

    try:
        comparison = check_profile_model(profile, auth_header=header)
    except (OdysseeError, MetadataError) as error:
        print(f"Cannot read the server's model: {error}", file=sys.stderr)
        return EXIT_FAILED
    for line in comparison.report():
        print(line)
    return EXIT_PARTIAL if comparison.problems else EXIT_OK
