"""``odyssee-sync demo``: the embedded Odyssee with its demo tenant, a demo ERP and a "Demo" profile.

Everything lives under the app's data folder (``demo/``), so a second start picks up where the
first one stopped: what was pushed, exported and downloaded is still there. The simulator's
field-activity ticker completes a job every few seconds, so completed work and job approval PDFs
keep arriving while the demo runs.

Then the main window opens on the Demo profile, marked "Demo"; closing it stops the demo.
``--tour DIR`` instead visits every page with its data loaded, saves a PNG of each in DIR and
exits (offscreen too: ``QT_QPA_PLATFORM=offscreen``). ``--no-gui`` only serves, until Ctrl-C.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.cli.common import add_language_argument
from core.console import wait_for_ctrl_c
from core.services.outcome import EXIT_FAILED, EXIT_OK

DEMO_PROFILE = "Demo"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=0, help="port of the demo Odyssee (default: a free one)")
    parser.add_argument(
        "--activity-interval", type=float, default=20.0, metavar="S",
        help="a technician completes a job every S seconds (default: 20; 0 turns it off)",
    )
    parser.add_argument(
        "--pdf-delay", type=float, default=5.0, metavar="S",
        help="seconds before a job approval's PDF appears, like Odyssee's queue (default: 5)",
    )
    parser.add_argument(
        "--tour", type=Path, metavar="DIR",
        help="visit every page with its data loaded, save a PNG of each in DIR, then exit",
    )
    parser.add_argument("--no-gui", action="store_true", help="only run the demo Odyssee, until Ctrl-C")
    add_language_argument(parser)


def run(args: argparse.Namespace) -> int:
    import resources
    from core import credentials, paths
    from core.erp.demo import create_demo_erp, sqlite_url
    from core.settings import AUTH_PASSWORD, Profile, Settings, SettingsError
    from core.simulator.server import Simulator

    folder = paths.data_dir() / "demo"
    erp_path = folder / "erp.sqlite3"
    window = not args.no_gui
    lock = None
    if window:
        from core.cli.gui import display_problem

        problem = display_problem()
        if problem:
            print(f"odyssee-sync demo: {problem}; run it without its window: odyssee-sync demo --no-gui", file=sys.stderr)
            return EXIT_FAILED
        from gui.app import claim_profile

        # Before anything starts: a second demo must not rewrite the profile of the running one.
        lock = claim_profile(DEMO_PROFILE, interactive=args.tour is None)
        if lock is None:
            return EXIT_FAILED
    try:
        simulator = Simulator(
            folder / "odyssee",
            seed="demo",
            port=args.port,
            pdf_delay=args.pdf_delay,
            activity_interval=args.activity_interval or None,
        ).start()
    except (OSError, ValueError) as error:
        print(f"odyssee-sync demo: the demo Odyssee cannot start: {error}", file=sys.stderr)
        return EXIT_FAILED
    try:
        if not erp_path.exists():
            create_demo_erp(erp_path)
        settings = Settings.load()
        settings.add(
            Profile(
                name=DEMO_PROFILE,
                base_url=simulator.base_url,
                domain=simulator.domain,
                username=simulator.username,
                auth_mode=AUTH_PASSWORD,
                erp_url=sqlite_url(erp_path),
                mapping_file=str(resources.path("mappings", "default.toml")),
                download_dir=str(folder / "job-approval-pdfs"),
                export_to=sqlite_url(erp_path),
                # The demo's PDFs arrive by themselves, as the office would have them once it
                # said yes; the window says so (a real profile is asked first).
                auto_download=True,
            ),
            replace=True,
        )
        if settings.current_name is None:
            settings.use(DEMO_PROFILE)
        settings.save()
        keyring_note = _remember_password(credentials, simulator.password, settings, folder / "demo.secret")
    except (OSError, SettingsError, ValueError) as error:
        simulator.stop()
        print(f"odyssee-sync demo: cannot prepare the demo: {error}", file=sys.stderr)
        return EXIT_FAILED

    if window:
        from gui.app import run_gui
        from gui.main_window import DemoInfo

        print(f"Demo Odyssee: {simulator.base_url} — {keyring_note}", flush=True)
        sign_in = f"domain {simulator.domain}, user {simulator.username}, password {simulator.password}"
        try:
            return run_gui(DEMO_PROFILE, demo=DemoInfo(simulator.base_url, sign_in), tour_dir=args.tour, lock=lock,
                           language=args.lang)
        finally:
            simulator.stop()

    print(f"Demo Odyssee: {simulator.base_url}", flush=True)
    print(f"Sign in with domain {simulator.domain!r}, user {simulator.username!r}, password {simulator.password!r}")
    print(f"Demo ERP: {erp_path}")
    print(f'Profile "{DEMO_PROFILE}" points at both. {keyring_note}')
    print(f"Try, in another terminal: odyssee-sync browse Company --profile {DEMO_PROFILE} --top 10")
    wait_for_ctrl_c(simulator.stop)
    return EXIT_OK


def _remember_password(credentials, password: str, settings, secret_path: Path) -> str:
    """The keyring keeps the demo's password; without one, a file only this user can read does,
    so that another terminal (or a scheduled task) can use the profile too."""
    import dataclasses
    import os

    try:
        credentials.store_secret(DEMO_PROFILE, password)
        return "Its password is in the system keyring."
    except credentials.CredentialsError as error:
        problem = error
    credentials.session_secrets.set(DEMO_PROFILE, password)
    try:
        descriptor = os.open(secret_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(password + "\n")
        os.chmod(secret_path, 0o600)  # also when the file was there before, with another mode
    except OSError:
        return f"Its password is kept for this session only: {problem}"
    profile = settings.get(DEMO_PROFILE)
    settings.add(dataclasses.replace(profile, secret_file=str(secret_path)), replace=True)
    settings.save()
    return f"No system keyring here, so its password is in {secret_path}, readable by you only."
