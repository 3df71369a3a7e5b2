"""``odyssee-sync pdfs``: download the new job approval PDFs into the profile's folder, once.

    odyssee-sync pdfs                      # every new PDF since the last run
    odyssee-sync pdfs --list               # show the new ones, download nothing
    odyssee-sync pdfs --pending            # exported approvals whose PDF is not made yet
    odyssee-sync pdfs --again FILE_ID ...  # download these files again

Files go to ``download_dir`` named by ``naming_template`` (default ``{job_reference}/{file_name}``).
Downloads run under the PDF lease of the profile's state: while another workstation or program
downloads for the same tenant and ERP, it says who and exits with 4, unless ``--wait SECONDS``.
Exit codes: 0 ok, 1 partial (some files failed), 3 cancelled, 4 busy, 5 failed.
"""
from __future__ import annotations

import argparse
import json
import sys

from core.cli.common import (
    add_concurrency_argument,
    add_format_argument,
    add_profile_argument,
    add_wait_argument,
    client_options,
    failures_told_as,
    finish_report,
    open_profile,
    run_interruptibly,
    run_leased,
)
from core.services.outcome import EXIT_OK, exit_code_for


def add_arguments(parser: argparse.ArgumentParser) -> None:
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--list", action="store_true", help="list the new PDFs; download nothing")
    action.add_argument("--pending", action="store_true", help="list exported approvals still waiting for their PDF")
    action.add_argument("--again", nargs="+", metavar="FILE_ID", help="download these files again")
    add_concurrency_argument(parser, "downloads")
    add_format_argument(parser)
    add_wait_argument(parser)
    add_profile_argument(parser)


def run(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from core.odata import OdysseeClient
    from core.state import Store
    from core.sync.pdfs import JobApprovalPdfs
    from core.sync.progress import RunControl

    profile, header = open_profile(args.profile)
    store = Store.for_profile(profile)
    concurrency = args.concurrency
    with OdysseeClient.from_profile(profile, auth_header=header, **client_options(args)) as client, store:
        pdfs = JobApprovalPdfs.for_profile(client, store, profile, concurrency=concurrency)
        with failures_told_as("PDF download"):
            if args.list or args.pending:
                if args.list:
                    rows = run_interruptibly(lambda cancel: pdfs.new_files(RunControl(cancel=cancel)))
                else:
                    rows = run_interruptibly(lambda cancel: pdfs.pending(RunControl(cancel=cancel)))
                return _listing(rows, args)

            def download(fenced, control):
                leased_pdfs = JobApprovalPdfs.for_profile(client, fenced, profile, concurrency=concurrency)
                if args.again:
                    return leased_pdfs.download_again(args.again, control)
                return leased_pdfs.download(control)

            result = run_leased(store, "pdfs", args, "odyssee-sync pdfs", download)
    if args.format == "json":
        document = asdict(result)
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return exit_code_for(result.status)
    if result.downloaded:
        print(f"Downloaded {len(result.downloaded)} PDF(s) into {pdfs.folder}.")
        for saved in result.downloaded:
            print(f"  {saved.path}")
    elif result.status == "ok":
        print("No new job approval PDFs.")
    for file_id, reason in result.failed.items():
        print(f"Not downloaded {file_id}: {reason}", file=sys.stderr)
    return finish_report(result, "Cancelled; the files already saved are kept.")


def _listing(rows: list, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    if args.format == "json":
        print(json.dumps([asdict(row) for row in rows], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        print("No job approval PDFs waiting." if args.pending else "No new job approval PDFs.")
        return EXIT_OK
    for row in rows:
        if args.pending:
            print(f"{row.approval_id}  {row.job_reference or '-'}  exported {row.exported_at}: PDF not made yet")
        else:
            print(f"{row.file_id}  {row.relative_path}")
    return EXIT_OK
