"""``odyssee-sync status [--profile NAME] [--json]``: where the state is, who is at work, last runs.

Shows the profile's tenant and ERP, where its state lives (this computer, or the database the
office shares), each job's lease (free, or who runs it since when) and the last run of each job
with its workstation and user. Reads only; exit code 0, or 2 when the state cannot be opened.
"""
from __future__ import annotations

import argparse
import json
import sys

from core.cli.common import add_format_argument, add_profile_argument
from core.services.outcome import EXIT_FAILED, EXIT_OK


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_profile_argument(parser)
    add_format_argument(parser)


def run(args: argparse.Namespace) -> int:
    from core.settings import Settings, SettingsError
    from core.state import JOBS, Store, StoreError

    try:
        profile = Settings.load().get(args.profile)
        store = Store.for_profile(profile)
    except (SettingsError, StoreError) as error:
        print(error, file=sys.stderr)
        return EXIT_FAILED
    with store:
        try:
            leases = store.leases()
            last_runs = {job: (store.recent_runs(job, limit=1) or [None])[0] for job in JOBS}
            info = store.state_info()
        except StoreError as error:
            print(error, file=sys.stderr)
            return EXIT_FAILED
        document = {
            "profile": profile.name,
            "tenant": info.tenant,
            "erp": info.erp,
            "state": {
                "location": store.describe(),
                "shared": not store.location.local,
                "key": info.key,
                "started": info.created_at,
                "started_on": info.created_on,
                "moved_to": info.moved_to,
            },
            "leases": [
                {
                    "job": lease.job, "held": lease.held, "workstation": lease.workstation, "user": lease.os_user,
                    "program": lease.program, "since": lease.acquired_at, "expires_in": round(lease.expires_in, 1),
                }
                for lease in leases if lease.held
            ],
            "last_runs": {job: None if run is None else run_document(run) for job, run in last_runs.items()},
        }
    if args.format == "json":
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return EXIT_OK
    _write(document, leases, last_runs)
    return EXIT_OK


def run_document(run) -> dict:
    """A run of the state as JSON (``--format json``)."""
    return {
        "id": run.id, "status": run.status or "running", "started": run.started, "finished": run.finished,
        "workstation": run.workstation, "user": run.os_user, "counts": run.counts,
    }


def _write(document: dict, leases, last_runs) -> None:
    from core.state import JOB_TITLES

    state = document["state"]
    print(f'Profile "{document["profile"]}": tenant {document["tenant"] or "(unknown)"}, ERP {document["erp"] or "(none)"}')
    shared = "shared with the office" if state["shared"] else "on this computer only"
    print(f"State: {state['location']} ({shared})")
    if state["moved_to"]:
        print(f"  This state was copied to {state['moved_to']}; the profile uses that one now if it points there.")
    print("Who is at work:")
    held = {lease.job: lease for lease in leases if lease.held}
    for job, title in JOB_TITLES.items():
        lease = held.get(job)
        if lease is None:
            print(f"  {title}: nobody")
        else:
            print(f"  {lease.sentence()[:-1]}; its lease runs {lease.expires_in:.0f} s more unless renewed.")
    print("Last runs:")
    for job, run in last_runs.items():
        title = JOB_TITLES[job]
        if run is None:
            print(f"  {title}: never")
            continue
        counts = ", ".join(f"{number} {name.replace('_', ' ')}" for name, number in run.counts.items() if number)
        where = f" on {run.workstation} (user {run.os_user})" if run.workstation else ""
        print(f"  {title}: {run.status or 'running'}, started {_local(run.started)}{where}" + (f"; {counts}" if counts else ""))


def _local(text: str) -> str:
    from datetime import datetime, timezone

    try:
        moment = datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    except (TypeError, ValueError):
        return str(text)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
