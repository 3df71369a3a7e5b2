"""``odyssee-sync service``: the schedule each operating system uses, written where it looks.

The systemd units are checked by systemd itself (``systemd-analyze verify``), and the command
they run is run; the Task Scheduler task and the launchd agent are parsed as their systems would.
"""
from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from core.cli import main
from core.services import scheduling
from core.services.outcome import EXIT_OK, EXIT_PARTIAL
from core.settings import Profile, Settings

TASK = "{http://schemas.microsoft.com/windows/2004/02/mit/task}"


@pytest.fixture
def profile(isolated_home, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    settings = Settings.load()
    settings.add(Profile(name="Office A", domain="TESTAPI", username="APIUser", download_dir=str(tmp_path / "pdfs")))
    settings.save()
    return settings.get("Office A")


def unit_files(profile: Profile) -> tuple[Path, Path]:
    folder = scheduling.systemd_user_folder()
    name = scheduling.unit_name(profile.name)
    return folder / f"{name}.service", folder / f"{name}.timer"


@pytest.mark.skipif(sys.platform != "linux", reason="systemd units are for Linux")
def test_install_writes_a_user_timer_and_service_that_systemd_accepts(profile, tmp_path, capsys):
    code = main(["service", "install", "--profile", "Office A", "--every", "20"])
    out = capsys.readouterr().out
    service, timer = unit_files(profile)
    assert code in (EXIT_OK, EXIT_PARTIAL)  # partial: written, but no user service manager runs here
    assert service.is_file() and timer.is_file() and str(timer) in out
    assert "OnUnitActiveSec=20min" in timer.read_text() and "WantedBy=timers.target" in timer.read_text()
    assert "watch --once --profile" in service.read_text()
    if code == EXIT_PARTIAL:
        assert "systemctl --user enable --now" in out
    assert scheduling.installed_every("Office A") == 20

    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    verified = subprocess.run(
        ["systemd-analyze", "verify", "--user", str(service), str(timer)],
        capture_output=True, text=True, env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)}, timeout=60,
    )
    assert (verified.returncode, verified.stderr.strip()) == (0, ""), verified.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="systemd units are for Linux")
def test_the_scheduled_command_runs_one_round_and_ends(profile, tmp_path):
    scheduling.install(profile, 15)
    service, _timer = unit_files(profile)
    line = next(line for line in service.read_text().splitlines() if line.startswith("ExecStart="))
    environment = dict(
        item.split("=", 1)
        for line in service.read_text().splitlines() if line.startswith("Environment=")
        for item in shlex.split(line.removeprefix("Environment="))
    )
    # What systemd would start. The profile's Odyssee is not reachable: the round fails in one
    # line, and the program ends instead of watching forever.
    done = subprocess.run(
        shlex.split(line.removeprefix("ExecStart=")), capture_output=True, text=True, timeout=120,
        env={**os.environ, **environment, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert done.returncode == 5, done.stdout + done.stderr
    assert "No password is saved for profile Office A" in done.stderr
    assert "Traceback" not in done.stderr


def test_remove_takes_the_schedule_away(profile, capsys):
    scheduling.install(profile, 15)
    assert scheduling.installed_every("Office A") == 15
    assert main(["service", "remove", "--profile", "Office A"]) == EXIT_OK
    assert scheduling.installed_every("Office A") is None
    assert main(["service", "remove", "--profile", "Office A"]) == EXIT_OK
    assert "had no schedule here" in capsys.readouterr().out


def test_a_wrong_interval_is_refused_before_anything_is_written(profile, capsys):
    with pytest.raises(SystemExit):
        main(["service", "install", "--profile", "Office A", "--every", "0"])
    assert "between 1 and 1440" in capsys.readouterr().err
    assert scheduling.installed_every("Office A") is None


def test_the_windows_task_runs_every_n_minutes_whether_logged_on_or_not(profile):
    task = ElementTree.fromstring(scheduling.task_scheduler_xml("Office A", 30).encode("utf-16"))
    assert task.find(f"{TASK}Triggers/{TASK}TimeTrigger/{TASK}Repetition/{TASK}Interval").text == "PT30M"
    assert task.find(f"{TASK}Principals/{TASK}Principal/{TASK}LogonType").text == "S4U"  # no password stored
    assert task.find(f"{TASK}Settings/{TASK}MultipleInstancesPolicy").text == "IgnoreNew"
    arguments = task.find(f"{TASK}Actions/{TASK}Exec/{TASK}Arguments").text
    assert 'watch --once --profile "Office A"' in arguments


def test_the_macos_agent_starts_the_round_every_n_minutes(profile):
    agent = plistlib.loads(scheduling.launchd_plist("Office A", 10))
    assert agent["StartInterval"] == 600
    assert agent["ProgramArguments"][-4:] == ["watch", "--once", "--profile", "Office A"]
    assert agent["Label"] == scheduling.launchd_label("Office A")


def test_removing_a_profile_removes_its_schedule_too(profile, capsys):
    scheduling.install(profile, 15)
    assert main(["profile", "remove", "Office A"]) == EXIT_OK
    assert "Its schedule on this computer is removed." in capsys.readouterr().out
    assert scheduling.installed_every("Office A") is None
