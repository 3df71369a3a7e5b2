"""``odyssee-sync browse ENTITY``: list Odyssee rows as a table, JSON or CSV.

    odyssee-sync browse Company --filter "name eq 'ACME'" --select id,code,name --top 20
    odyssee-sync browse JobApproval --orderby "modified_dateutc desc" --format json

Filtering and sorting happen on the server; every page is followed. The table is aligned and cut
to the terminal width; JSON is one list; CSV has a header line (``csv`` module quoting).
"""
from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
from typing import Iterable, Iterator, TextIO

from core.cli.common import add_format_argument, add_profile_argument, open_profile
from core.odata import OdysseeClient
from core.odata.parser import FilterSyntaxError
from core.odata.query import QueryError, build_query
from core.odyssee.values import field_names, plain_text
from core.services.outcome import EXIT_FAILED, EXIT_OK

FORMATS = ("table", "json", "csv")
MAX_COLUMN_WIDTH = 40
ELLIPSIS = "…"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("entity", metavar="ENTITY", help="entity set, e.g. Company, JobApproval, DbFile")
    parser.add_argument("--filter", metavar="EXPR", help="OData $filter, e.g. \"code eq 'C001'\"")
    parser.add_argument("--select", metavar="A,B", help="columns to fetch, comma separated")
    parser.add_argument("--orderby", metavar="SPEC", help='sort order, e.g. "modified_dateutc desc,code"')
    parser.add_argument("--top", type=_whole_number, metavar="N", help="at most N rows")
    add_format_argument(parser, FORMATS)
    add_profile_argument(parser)


def _whole_number(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 0, got {text!r}")
    return int(text)


def run(args: argparse.Namespace) -> int:
    try:
        query = build_query(args.filter, args.select, args.orderby, args.top)
    except FilterSyntaxError as error:
        position = getattr(error, "position", None)
        where = f" at position {position + 1}" if isinstance(position, int) else ""
        print(f"Invalid --filter{where}: {error}", file=sys.stderr)
        return EXIT_FAILED
    except (QueryError, ValueError) as error:
        print(f"Invalid query: {error}", file=sys.stderr)
        return EXIT_FAILED
    profile, header = open_profile(args.profile)
    columns = list(query.select)
    try:
        with OdysseeClient.from_profile(profile, auth_header=header) as client:
            rows = client.list(args.entity, query, top=args.top)
            write_rows(rows, args.format, sys.stdout, columns=columns)
    except ValueError as error:  # an entity name that cannot be one, an over-long query
        print(error, file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def write_rows(rows: Iterable[dict], output_format: str, out: TextIO, *, columns: list[str] | None = None) -> int:
    """Write rows in one of FORMATS; returns how many were written."""
    if output_format == "json":
        return _write_json(rows, out)
    if output_format == "csv":
        return _write_csv(rows, out, columns or [])
    return _write_table(rows, out, columns or [], shutil.get_terminal_size((120, 24)).columns)


def _write_json(rows: Iterable[dict], out: TextIO) -> int:
    written = 0
    out.write("[")
    for row in rows:
        out.write(",\n " if written else "\n ")
        out.write(json.dumps(row, ensure_ascii=False, default=str))
        written += 1
    out.write("\n]\n" if written else "]\n")
    return written


def _write_csv(rows: Iterable[dict], out: TextIO, columns: list[str]) -> int:
    iterator = iter(rows)
    first = next(iterator, None)
    if first is None:
        if columns:
            csv.writer(out).writerow(columns)
        return 0
    names = _columns(columns, [first])
    writer = csv.writer(out)
    writer.writerow(names)
    written = 0
    for row in _chain(first, iterator):
        writer.writerow([plain_text(row.get(name)) for name in names])
        written += 1
    return written


def _write_table(rows: Iterable[dict], out: TextIO, columns: list[str], width: int) -> int:
    buffered = list(rows)
    if not buffered:
        out.write("(no rows)\n")
        return 0
    names = _columns(columns, buffered)
    cells = [[plain_text(row.get(name)).replace("\n", " ").replace("\r", " ") for name in names] for row in buffered]
    widths = [
        min(MAX_COLUMN_WIDTH, max([len(name)] + [len(line[index]) for line in cells]))
        for index, name in enumerate(names)
    ]

    def line(values: list[str]) -> str:
        text = "  ".join(_fit(value, widths[index]) for index, value in enumerate(values)).rstrip()
        return _fit(text, width) if width > 0 else text

    out.write(line(names) + "\n")
    out.write(line(["-" * w for w in widths]) + "\n")
    for values in cells:
        out.write(line(values) + "\n")
    return len(buffered)


def _columns(selected: list[str], rows: list[dict]) -> list[str]:
    return list(selected) if selected else field_names(rows)


def _fit(text: str, width: int) -> str:
    if len(text) <= width:
        return text.ljust(width)
    return text[: max(0, width - 1)] + ELLIPSIS


def _chain(first: dict, rest: Iterator[dict]) -> Iterator[dict]:
    yield first
    yield from rest

