"""The command line run in this process (``core.cli.main``), and a profile for it to use."""
from __future__ import annotations

from core import credentials
from core.cli import main
from core.settings import Profile, Settings
from core.simulator.server import Simulator


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """``odyssee-sync *argv``: its exit code, standard output and standard error."""
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
