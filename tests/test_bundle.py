"""The frozen bundle that ``packaging/build.sh`` made, run as a user would: outside the venv.

Building takes minutes, so the suite does not: these tests run only when
``ODYSSEE_SYNC_BUNDLE`` names a built bundle folder, as ``.ci/run`` does after its build
(``ODYSSEE_SYNC_BUNDLE=dist/odyssee-sync .venv/bin/python -m pytest tests/test_bundle.py``).
The bundle runs with a bare environment (no venv, no PYTHONPATH) from a folder outside the
repository, so nothing of the source tree or the venv can stand in for what it lacks.
"""
from __future__ import annotations

import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

BUNDLE_VARIABLE = "ODYSSEE_SYNC_BUNDLE"
BUNDLE = Path(os.environ[BUNDLE_VARIABLE]).resolve() if os.environ.get(BUNDLE_VARIABLE) else None
pytestmark = pytest.mark.skipif(
    BUNDLE is None, reason=f"no bundle: set {BUNDLE_VARIABLE} to dist/odyssee-sync after packaging/build.sh"
)
EXE = ".exe" if sys.platform == "win32" else ""


def run_bundle(tmp_path: Path, *argv: str, timeout: float = 60, **environment: str) -> subprocess.CompletedProcess:
    bare = {
        "PATH": os.defpath,
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "ODYSSEE_SYNC_HOME": str(tmp_path / "odyssee-home"),
        # no keyring service here: the demo keeps its password for the session, as it says
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        **{name: os.environ[name] for name in ("SYSTEMROOT", "TEMP", "TMP") if name in os.environ},
        **environment,
    }
    return subprocess.run(
        [str(BUNDLE / f"odyssee-sync{EXE}"), *argv], cwd=tmp_path, env=bare, capture_output=True, text=True,
        timeout=timeout,
    )


def test_both_executables_and_the_desktop_files_are_there():
    assert (BUNDLE / f"odyssee-sync{EXE}").is_file()
    assert (BUNDLE / f"odyssee-sync-gui{EXE}").is_file()
    resources = BUNDLE / "_internal" / "resources"
    assert (resources / "odyssee-sync.desktop").is_file()
    assert (resources / "icons" / "odyssee-sync.png").is_file()
    assert (BUNDLE / "_internal" / "core" / "state" / "migrations" / "versions" / "0001_team_state.py").is_file()
    # The window's languages: our catalogues and Qt's own, for its standard buttons and dialogs.
    for code in ("fr", "nl"):
        assert (resources / "i18n" / f"odyssee_sync_{code}.qm").is_file()
        assert (BUNDLE / "_internal" / "PySide6" / "Qt" / "translations" / f"qtbase_{code}.qm").is_file()


def test_version_answers_from_the_bundle_and_ignores_other_core_packages(tmp_path):
    # A foreign "core" and "gui" on PYTHONPATH and in the working folder: the bundle uses its own.
    for name in ("core", "gui"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text('raise SystemExit("a foreign package was imported")\n')
    result = run_bundle(tmp_path, "--version", PYTHONPATH=str(tmp_path))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.strip() == f"odyssee-sync {metadata.version('odyssee-sync')}"


def test_the_tour_runs_from_the_bundle_and_paints_every_page(tmp_path):
    from tests.helpers.tour import check_tour_screenshots

    out = tmp_path / "tour"
    result = run_bundle(
        tmp_path, "demo", "--tour", str(out), "--activity-interval", "0", timeout=240, QT_QPA_PLATFORM="offscreen"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    check_tour_screenshots(out)
