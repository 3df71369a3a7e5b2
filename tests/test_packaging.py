"""The installed package: console entry point, resources after a regular (non-editable)
install, and the boundaries: core never imports Qt, production code never imports the simulator."""
from __future__ import annotations

import os
import pkgutil
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers.source import imported_modules

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def core_modules() -> list[str]:
    import core

    # Alembic's scripts (core/state/migrations) are run by Alembic inside a migration, not imported.
    return ["core"] + [
        info.name for info in pkgutil.walk_packages(core.__path__, prefix="core.")
        if not info.name.endswith("__main__") and not info.name.startswith("core.state.migrations.")
    ]


def test_core_never_imports_qt():
    """Import every core module in a fresh interpreter; none may pull in PySide6."""
    script = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(' '.join(leaked))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"core imported Qt: {result.stdout}"


# The simulator is the API's test double: only the demo may start one.
SIMULATOR_ALLOWED = ("core/simulator/", "core/cli/demo.py", "gui/tour.py")


def simulator_imports() -> list[str]:
    violations = []
    for folder in ("core", "gui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative.startswith(SIMULATOR_ALLOWED):
                continue
            for line, module in imported_modules(path):
                if module == "core.simulator" or module.startswith("core.simulator."):
                    violations.append(f"{relative}:{line} imports {module}")
    return sorted(set(violations))


def test_production_code_never_imports_the_simulator():
    """Only the simulator itself and the demo (the ``demo`` command and the screenshot tour) use
    it; the client, the engines and the GUI take the vendor's model from core.odyssee."""
    violations = simulator_imports()
    assert not violations, "production code imports the simulator:\n" + "\n".join(violations)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # From a copy without build/: setuptools reuses what an earlier build left there, so a file
    # excluded since would still be in the wheel.
    source = tmp_path_factory.mktemp("source") / "odyssee-sync"
    shutil.copytree(
        ROOT, source,
        ignore=shutil.ignore_patterns(".git", ".venv", "build", "dist", "__pycache__", "*.egg-info", ".pytest_cache"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("odyssee_sync-*.whl")
    return built


def test_wheel_carries_resources_and_no_tests(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "resources/icons/odyssee-sync.svg" in names
    assert "resources/odyssee-sync.desktop" in names
    assert not any(name.startswith(("tests/", "benchmarks/", "resources/screenshots/")) for name in names)
    # The window's translations, compiled; their sources stay in the repository.
    assert {f"resources/i18n/odyssee_sync_{code}.qm" for code in ("en", "fr", "nl")} <= set(names)
    assert not any(name.endswith(".ts") for name in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "odyssee-sync = core.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_resources_are_found_after_a_regular_install(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        timeout=300,
    )
    script = (
        "import resources, core.cli, sys\n"
        "icon = resources.path('icons', 'odyssee-sync.svg')\n"
        "assert icon.read_text().startswith('<svg')\n"
        "assert resources.path('i18n', 'odyssee_sync_fr.qm').stat().st_size > 0\n"
        # the state's Alembic revisions ship too: an older state database can be upgraded
        "from core.state import schema\n"
        "assert schema.HEAD_REVISION in schema._known_revisions()\n"
        "print(resources.__file__)\n"
    )
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    environment = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=workdir, env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_relative_to(target)


def test_console_script_answers_help():
    result = subprocess.run(
        [sys.executable, "-m", "core", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert "odyssee-sync" in result.stdout


# --- the version, the icons, the frozen bundle's recipe (CI builds and runs the bundle: tests/test_bundle.py)


def test_version_comes_from_the_package_metadata():
    from importlib import metadata

    result = subprocess.run(
        [sys.executable, "-m", "core", "--version"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.strip() == f"odyssee-sync {metadata.version('odyssee-sync')}"


def test_version_without_metadata_says_so(monkeypatch):
    from importlib import metadata

    from core import cli

    def missing(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", missing)
    assert cli.version() == "unknown (not installed)"


def test_the_wheel_has_a_windowed_entry_point_too(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    entry_points = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "[gui_scripts]\nodyssee-sync-gui = core.cli:main" in entry_points


def test_the_committed_icons_are_made_from_the_svg():
    import importlib.util

    from PySide6.QtGui import QColor, QImage, QImageReader

    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)

    fresh = make_icons.render(make_icons.PNG_SIZE)
    committed = QImage(str(make_icons.ICONS / "odyssee-sync.png"))
    assert (committed.width(), committed.height()) == (fresh.width(), fresh.height())
    difference = [
        abs(QColor(fresh.pixel(x, y)).lightness() - QColor(committed.pixel(x, y)).lightness())
        + abs(QColor(fresh.pixelColor(x, y)).alpha() - QColor(committed.pixelColor(x, y)).alpha())
        for y in range(0, fresh.height(), 4) for x in range(0, fresh.width(), 4)
    ]
    assert sum(difference) / len(difference) < 2, "the icons are older than the SVG: run packaging/make_icons.py"
    # Qt's own readers understand both containers, with every size.
    for suffix, sizes in (
        ("ico", make_icons.ICO_BITMAP_SIZES + make_icons.ICO_PNG_SIZES),
        ("icns", tuple(size for _, size in make_icons.ICNS_TYPES)),
    ):
        reader = QImageReader(str(make_icons.ICONS / f"odyssee-sync.{suffix}"))
        found = []
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            found.append(reader.read().width())
        assert found == list(sizes), suffix


def test_the_wheel_leaves_the_installer_icons_out(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "resources/icons/odyssee-sync.png" in names
    assert not any(name.endswith((".ico", ".icns")) for name in names)


SPEC = PACKAGING / "odyssee-sync.spec"


def spec_constant(name: str):
    """A literal assigned at the top of the PyInstaller spec (it cannot be imported outside PyInstaller)."""
    import ast

    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(target, "id", None) == name for target in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{SPEC.name} assigns no {name}")


def test_the_spec_ships_every_folder_the_program_reads_as_files():
    from core.state import schema

    folders = dict(spec_constant("DATA_FOLDERS"))
    assert folders["resources"] == "resources"
    migrations = schema.MIGRATIONS.relative_to(ROOT).as_posix()
    assert folders[migrations] == migrations  # where schema.py looks, next to its own module
    # Any file in the packages that is not Python is read from disk: it must lie in a data folder.
    # Notes for developers (Markdown beside the code) are not read by the program.
    for package in ("core", "gui", "resources"):
        for path in (ROOT / package).rglob("*"):
            relative = path.relative_to(ROOT).as_posix()
            if path.is_file() and path.suffix not in (".py", ".pyc", ".md"):
                assert any(relative.startswith(f"{folder}/") for folder in folders), f"{relative} is not shipped"
    assert "copy_metadata(\"odyssee-sync\")" in SPEC.read_text(encoding="utf-8")  # what --version reads


def test_the_build_script_builds_that_spec():
    script = PACKAGING / "build.sh"
    assert os.access(script, os.X_OK)
    text = script.read_text(encoding="utf-8")
    assert "packaging/odyssee-sync.spec" in text and "packaging/requirements.txt" in text
    assert subprocess.run(["bash", "-n", str(script)], capture_output=True, timeout=30).returncode == 0
    pins = (PACKAGING / "requirements.txt").read_text(encoding="utf-8")
    assert "pyinstaller==" in pins and "pyinstaller-hooks-contrib==" in pins


# --- Windows: the installer and its winget manifest (not built here: no Windows in CI) ------

WINDOWS = PACKAGING / "windows"


def test_the_uninstaller_forgets_secrets_with_the_real_command_and_removes_the_real_data_folder(monkeypatch):
    import platformdirs.windows

    from core import cli, paths

    script = (WINDOWS / "odyssee-sync.iss").read_text(encoding="utf-8")
    # the command it runs exists and takes those arguments
    assert "'profile remove-secrets --all'" in script
    args = cli.build_parser().parse_args(["profile", "remove-secrets", "--all"])
    assert args.all and args._module == "core.cli.profiles"
    # the folder it deletes is where platformdirs puts every folder of ours on Windows
    monkeypatch.setenv("LOCALAPPDATA", "C:/Users/office/AppData/Local")
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda csidl: "C:/Users/office/AppData/Local")
    windows = platformdirs.windows.Windows(paths.APP_NAME, paths.APP_AUTHOR)
    data_folder = "C:/Users/office/AppData/Local/OdysseeSync/odyssee-sync"
    for folder in (windows.user_data_dir, windows.user_config_dir, windows.user_cache_dir, windows.user_log_dir):
        assert Path(folder).as_posix().startswith(data_folder)
    assert '#define DataFolder "{localappdata}\\OdysseeSync\\odyssee-sync"' in script
    assert "Source: \"..\\..\\dist\\odyssee-sync\\*\"" in script
    assert 'Filename: "{app}\\{#GuiExe}"' in script and '#define GuiExe "odyssee-sync-gui.exe"' in script


def test_the_winget_manifests_describe_the_inno_installer():
    import re

    script = (WINDOWS / "odyssee-sync.iss").read_text(encoding="utf-8")
    (app_id,) = re.findall(r"^AppId=\{\{([0-9A-F-]+)\}", script, re.MULTILINE)
    manifests = sorted((WINDOWS / "winget").glob("*.yaml"))
    assert [path.name for path in manifests] == [
        "OdysseeSync.OdysseeSyncAssistant.installer.yaml",
        "OdysseeSync.OdysseeSyncAssistant.locale.en-US.yaml",
        "OdysseeSync.OdysseeSyncAssistant.yaml",
    ]
    for path in manifests:
        text = path.read_text(encoding="utf-8")
        assert "PackageIdentifier: OdysseeSync.OdysseeSyncAssistant\n" in text
        assert "PackageVersion: ${VERSION}\n" in text and "ManifestVersion: 1.6.0\n" in text
    installer = manifests[0].read_text(encoding="utf-8")
    assert "InstallerType: inno\n" in installer and "Scope: user\n" in installer
    assert f"ProductCode: '{{{app_id}}}_is1'" in installer
    assert "PrivilegesRequired=lowest" in script  # what Scope: user promises
