"""The command line run in this process (``core.cli.main``), and a profile for it to use."""
from __future__ import annotations

import io
import sys

from core import credentials
from core.cli import main
from core.settings import Profile, Settings
from core.simulator.server import Simulator


def run_cli(capsys, *argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    """``odyssee-sync *argv``: its exit code, standard output and standard error; ``stdin`` (with
    ``monkeypatch``) is what it reads from its standard input."""
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def add_profile(simulator: Simulator, name: str = "Sim", **fields: object) -> str:
    """The profile ``name`` for ``simulator`` (with ``fields``), its password in the keyring."""
    settings = Settings.load()
    settings.add(
        Profile(name=name, base_url=simulator.base_url, domain=simulator.domain, username=simulator.username, **fields)  # type: ignore[arg-type]
    )
    settings.save()
    credentials.store_secret(name, simulator.password)
    return name
