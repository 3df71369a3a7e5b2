"""``odyssee-sync demo-erp --path FILE [--customers N] [--seed N] [--force]``: create the demo ERP.

A SQLite database with customers, sites, articles and employees that the default mapping
(``resources/mappings/default.toml``) sends to Odyssee, plus a few rows that are wrong on
purpose. Refuses to replace an existing file unless ``--force`` is given.
"""
from __future__ import annotations

import argparse
import sys

from core.services.outcome import EXIT_FAILED, EXIT_OK


def _customer_count(text: str) -> int:
    from core.erp.demo import MAX_CUSTOMERS

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= MAX_CUSTOMERS:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and {MAX_CUSTOMERS}")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--path", metavar="FILE", required=True, help="the SQLite file to create")
    parser.add_argument("--customers", type=_customer_count, default=300, metavar="N",
                        help="number of customers (default: 300)")
    parser.add_argument("--seed", type=int, default=1, metavar="N",
                        help="the same seed gives the same data (default: 1)")
    parser.add_argument("--force", action="store_true", help="replace the file if it exists")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from core.erp.demo import INVALID_ROWS, create_demo_erp, sqlite_url, table_counts

    path = Path(args.path).expanduser()
    if path.is_dir():
        print(f"{path} is a folder; give the path of the database file to create.", file=sys.stderr)
        return EXIT_FAILED
    if path.exists() and not args.force:
        print(f"{path} already exists; add --force to replace it.", file=sys.stderr)
        return EXIT_FAILED
    try:
        create_demo_erp(path, customers=args.customers, seed=args.seed, overwrite=True)
    except OSError as error:
        print(f"Cannot create {path}: {error.strerror or error}", file=sys.stderr)
        return EXIT_FAILED
    counts = table_counts(path)
    print(f"Demo ERP created: {path}")
    print(f"Connection URL:   {sqlite_url(path)}")
    print("Mapping:          the default mapping (resources/mappings/default.toml)")
    width = max(len(name) for name in counts)
    for name, count in counts.items():
        print(f"  {name:<{width}}  {count:>7,} rows")
    print("Rows that are wrong on purpose (the push plan shows them as invalid):")
    for row in INVALID_ROWS:
        print(f"  {row.table} {row.code}: {row.reason}")
    return EXIT_OK
