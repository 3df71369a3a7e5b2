"""Running a profile's background work on a schedule, with no one logged in: what the operating
system uses for it, written and enabled (and removed) from one place for the command line and the
window's Settings.

Every N minutes the scheduler starts ``odyssee-sync watch --once --profile NAME``: one round of
each stream (completed work to the ERP, new PDFs), under the same leases as every other program,
then the program ends.

- **Linux**: a systemd user service and timer in ``~/.config/systemd/user``. A user's timers run
  without a login only when the administrator lets them linger (``loginctl enable-linger``).
  A profile that reads its secret from a file gets it through systemd's credentials
  (``LoadCredential=``), so the file is never handed over in the environment.
- **Windows**: a Task Scheduler task (``schtasks /Create /XML``) that runs whether the user is
  logged on or not (logon type S4U: no password is stored).
- **macOS**: a launchd agent in ``~/Library/LaunchAgents`` (agents run in the user's session;
  a machine with no one logged in needs a daemon, which an administrator installs).
"""
from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from core import credentials, paths
from core.errors import UserError, sentence

DEFAULT_EVERY_MINUTES = 15
MAX_EVERY_MINUTES = 24 * 60


class SchedulingError(UserError):
    """The schedule could not be written, enabled or removed; the message says what to do."""


@dataclass(frozen=True)
class Schedule:
    profile: str
    every_minutes: int
    files: tuple[Path, ...]  # what was written (or would be)
    enabled: bool  # the operating system took it
    note: str = ""  # what the user still has to do, or why it is not enabled, one sentence


def unit_name(profile: str) -> str:
    """``odyssee-sync-<stem>``: a file and unit name made of the profile's name."""
    return f"odyssee-sync-{paths.profile_file_stem(profile)}"


def program_command() -> list[str]:
    """How the scheduler starts this program: the bundle's own executable, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "core"]


def watch_arguments(profile: str) -> list[str]:
    return ["watch", "--once", "--profile", profile]


def _checked_minutes(every_minutes: int) -> int:
    if isinstance(every_minutes, bool) or not isinstance(every_minutes, int) or not 1 <= every_minutes <= MAX_EVERY_MINUTES:
        raise SchedulingError(
            sentence("Run every 1 to {maximum} minutes, not {minutes!r}.", maximum=MAX_EVERY_MINUTES, minutes=every_minutes),
            field="every_minutes",
        )
    return every_minutes


def _environment() -> dict[str, str]:
    """What the scheduled program must see as this one does: a moved home folder (a portable
    install, tests) and, from a source tree, where the packages are."""
    environment = {}
    if os.environ.get(paths.HOME_VARIABLE):
        environment[paths.HOME_VARIABLE] = os.environ[paths.HOME_VARIABLE]
    here = Path(__file__).resolve()
    if not getattr(sys, "frozen", False) and "site-packages" not in here.parts:
        environment["PYTHONPATH"] = str(here.parents[2])  # a source tree, not an installed package
    return environment


# ----------------------------------------------------------------------------------------------
# Linux: systemd


def systemd_user_folder() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "systemd" / "user"


def _systemd_quoted(word: str) -> str:
    if re.fullmatch(r"[A-Za-z0-9_./:=+-]+", word):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


def systemd_units(profile: str, every_minutes: int, *, secret_file: str | None = None) -> dict[str, str]:
    """The service and timer files, by file name."""
    name = unit_name(profile)
    command = " ".join(_systemd_quoted(word) for word in program_command() + watch_arguments(profile))
    lines = [
        "[Unit]",
        f"Description=Odyssee Sync Assistant: completed work and PDFs of profile {profile}",
        "After=network-online.target",
        "",
        "[Service]",
        "Type=oneshot",
        f"ExecStart={command}",
    ]
    lines += [f"Environment={_systemd_quoted(f'{key}={value}')}" for key, value in sorted(_environment().items())]
    if secret_file:
        lines.append(f"LoadCredential={credentials.CREDENTIAL_PREFIX}{paths.profile_file_stem(profile)}:{secret_file}")
    service = "\n".join(lines) + "\n"
    timer = "\n".join([
        "[Unit]",
        f"Description=Every {every_minutes} min: Odyssee Sync Assistant, profile {profile}",
        "",
        "[Timer]",
        "OnBootSec=2min",
        f"OnUnitActiveSec={every_minutes}min",
        f"Unit={name}.service",
        "Persistent=true",
        "",
        "[Install]",
        "WantedBy=timers.target",
    ]) + "\n"
    return {f"{name}.service": service, f"{name}.timer": timer}


def _systemctl(*arguments: str) -> tuple[bool, str]:
    if shutil.which("systemctl") is None:
        return False, sentence("systemctl is not on this computer")
    try:
        done = subprocess.run(["systemctl", "--user", *arguments], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        return False, str(error)
    said = (done.stderr or done.stdout).strip()
    return done.returncode == 0, said.splitlines()[0] if said else ""


def _install_systemd(profile: str, every_minutes: int, secret_file: str | None) -> Schedule:
    folder = systemd_user_folder()
    written = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for file_name, text in systemd_units(profile, every_minutes, secret_file=secret_file).items():
            path = folder / file_name
            path.write_text(text, encoding="utf-8")
            written.append(path)
    except OSError as error:
        raise SchedulingError(sentence(
            "The schedule could not be written in {folder}: {why}.", folder=folder, why=error.strerror or str(error)
        )) from None
    timer = f"{unit_name(profile)}.timer"
    reloaded, problem = _systemctl("daemon-reload")
    enabled, problem = _systemctl("enable", "--now", timer) if reloaded else (False, problem)
    note = "" if enabled else sentence(
        "Written, but not enabled ({problem}): run `systemctl --user enable --now {timer}` in a session of this user.",
        problem=problem or sentence("no user service manager"), timer=timer,
    )
    return Schedule(profile, every_minutes, tuple(written), enabled, note)


def _remove_systemd(profile: str) -> list[Path]:
    name = unit_name(profile)
    _systemctl("disable", "--now", f"{name}.timer")
    removed = []
    for suffix in (".timer", ".service"):
        path = systemd_user_folder() / f"{name}{suffix}"
        if path.exists():
            path.unlink()
            removed.append(path)
    if removed:
        _systemctl("daemon-reload")
    return removed


# ----------------------------------------------------------------------------------------------
# Windows: Task Scheduler


def task_name(profile: str) -> str:
    return f"\\Odyssee Sync\\{unit_name(profile)}"


def task_scheduler_xml(profile: str, every_minutes: int) -> str:
    """A Task Scheduler 1.2 task: every N minutes, logged on or not, one instance at a time."""
    command, *arguments = program_command()
    argument_text = subprocess.list2cmdline(arguments + watch_arguments(profile))
    environment = _environment()
    if environment:  # the task has no environment of its own: cmd sets it for the program
        settings = " && ".join(f"set {key}={value}" for key, value in sorted(environment.items()))
        argument_text = f"/c {settings} && {subprocess.list2cmdline([command])} {argument_text}"
        command = "cmd.exe"
    return f"""<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Description>Odyssee Sync Assistant: completed work and PDFs of profile {escape(profile)}</Description>
  </RegistrationInfo>
  <Triggers>
    <TimeTrigger>
      <StartBoundary>2026-01-01T00:00:00</StartBoundary>
      <Repetition>
        <Interval>PT{every_minutes}M</Interval>
        <StopAtDurationEnd>false</StopAtDurationEnd>
      </Repetition>
      <Enabled>true</Enabled>
    </TimeTrigger>
  </Triggers>
  <Principals>
    <Principal id="Author">
      <LogonType>S4U</LogonType>
      <RunLevel>LeastPrivilege</RunLevel>
    </Principal>
  </Principals>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
    <StartWhenAvailable>true</StartWhenAvailable>
    <RunOnlyIfNetworkAvailable>true</RunOnlyIfNetworkAvailable>
    <ExecutionTimeLimit>PT1H</ExecutionTimeLimit>
    <Enabled>true</Enabled>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>{escape(command)}</Command>
      <Arguments>{escape(argument_text)}</Arguments>
    </Exec>
  </Actions>
</Task>
"""


def _schtasks(*arguments: str) -> tuple[bool, str]:
    try:
        done = subprocess.run(["schtasks", *arguments], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        return False, str(error)
    return done.returncode == 0, (done.stderr or done.stdout).strip()


def _install_windows(profile: str, every_minutes: int) -> Schedule:
    path = paths.config_dir() / f"{unit_name(profile)}.task.xml"
    path.write_text(task_scheduler_xml(profile, every_minutes), encoding="utf-16")
    enabled, problem = _schtasks("/Create", "/TN", task_name(profile), "/XML", str(path), "/F")
    note = "" if enabled else sentence("Task Scheduler refused the task: {problem}", problem=problem)
    return Schedule(profile, every_minutes, (path,), enabled, note)


def _remove_windows(profile: str) -> list[Path]:
    _schtasks("/Delete", "/TN", task_name(profile), "/F")
    path = paths.config_dir() / f"{unit_name(profile)}.task.xml"
    if path.exists():
        path.unlink()
        return [path]
    return []


# ----------------------------------------------------------------------------------------------
# macOS: launchd


def launchd_label(profile: str) -> str:
    return f"com.odysseesync.{unit_name(profile)}"


def launchd_plist(profile: str, every_minutes: int) -> bytes:
    document = {
        "Label": launchd_label(profile),
        "ProgramArguments": program_command() + watch_arguments(profile),
        "StartInterval": every_minutes * 60,
        "RunAtLoad": True,
        "ProcessType": "Background",
        "StandardErrorPath": str(paths.log_dir() / f"{unit_name(profile)}.err.log"),
    }
    if _environment():
        document["EnvironmentVariables"] = _environment()
    return plistlib.dumps(document)


def _launch_agent_path(profile: str) -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{launchd_label(profile)}.plist"


def _install_macos(profile: str, every_minutes: int) -> Schedule:
    path = _launch_agent_path(profile)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(launchd_plist(profile, every_minutes))
    domain = f"gui/{os.getuid()}"
    subprocess.run(["launchctl", "bootout", domain, str(path)], capture_output=True, timeout=60)
    done = subprocess.run(["launchctl", "bootstrap", domain, str(path)], capture_output=True, text=True, timeout=60)
    note = "" if done.returncode == 0 else sentence("launchd refused the agent: {problem}", problem=done.stderr.strip())
    return Schedule(profile, every_minutes, (path,), done.returncode == 0, note)


def _remove_macos(profile: str) -> list[Path]:
    path = _launch_agent_path(profile)
    if not path.exists():
        return []
    subprocess.run(["launchctl", "bootout", f"gui/{os.getuid()}", str(path)], capture_output=True, timeout=60)
    path.unlink()
    return [path]


# ----------------------------------------------------------------------------------------------


def install(profile, every_minutes: int = DEFAULT_EVERY_MINUTES) -> Schedule:
    """Write and enable the schedule of ``profile`` (a Profile); again: replaced."""
    every_minutes = _checked_minutes(every_minutes)
    if sys.platform == "win32":
        return _install_windows(profile.name, every_minutes)
    if sys.platform == "darwin":
        return _install_macos(profile.name, every_minutes)
    return _install_systemd(profile.name, every_minutes, getattr(profile, "secret_file", None))


def remove(profile_name: str) -> list[Path]:
    """Disable and delete the schedule of a profile; the files removed (none: there was none)."""
    if sys.platform == "win32":
        return _remove_windows(profile_name)
    if sys.platform == "darwin":
        return _remove_macos(profile_name)
    return _remove_systemd(profile_name)


def installed_every(profile_name: str) -> int | None:
    """The interval of the profile's schedule on this computer, in minutes; None without one."""
    if sys.platform == "win32":
        path = paths.config_dir() / f"{unit_name(profile_name)}.task.xml"
        pattern, text = r"<Interval>PT(\d+)M</Interval>", path.read_text(encoding="utf-16") if path.exists() else ""
    elif sys.platform == "darwin":
        path = _launch_agent_path(profile_name)
        if not path.exists():
            return None
        return int(plistlib.loads(path.read_bytes())["StartInterval"]) // 60
    else:
        path = systemd_user_folder() / f"{unit_name(profile_name)}.timer"
        pattern, text = r"OnUnitActiveSec=(\d+)min", path.read_text(encoding="utf-8") if path.exists() else ""
    found = re.search(pattern, text)
    return int(found.group(1)) if found else None
