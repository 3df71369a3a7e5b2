"""How the desktop knows the window: the .desktop file name on Linux, the AppUserModelID on Windows."""
from __future__ import annotations

import configparser
import ctypes
import sys
from pathlib import Path

import resources
from PySide6.QtGui import QGuiApplication

from gui import app as gui_app

ROOT = Path(__file__).resolve().parents[2]


def test_the_desktop_file_name_is_the_shipped_desktop_entry(qapp):
    app = gui_app.application()
    assert QGuiApplication.desktopFileName() == gui_app.DESKTOP_FILE_NAME
    entry_file = resources.path(f"{gui_app.DESKTOP_FILE_NAME}.desktop")
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(entry_file, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Exec"] == "odyssee-sync"
    assert desktop["Icon"] == gui_app.DESKTOP_FILE_NAME  # the PNG the bundle installs under that name
    assert resources.path("icons", f"{desktop['Icon']}.png").is_file()
    # X11 docks match a window to the entry by its class, which Qt takes from the application name.
    assert desktop["StartupWMClass"] == app.applicationName()


def test_on_windows_the_process_claims_the_installer_shortcuts_app_id(monkeypatch):
    claimed = []

    class Shell32:
        @staticmethod
        def SetCurrentProcessExplicitAppUserModelID(app_id):
            claimed.append(app_id)

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", type("windll", (), {"shell32": Shell32})(), raising=False)
    gui_app._set_windows_app_user_model_id()
    assert claimed == [gui_app.APP_USER_MODEL_ID]
    installer = (ROOT / "packaging" / "windows" / "odyssee-sync.iss").read_text(encoding="utf-8")
    assert f'#define AppUserModelID "{gui_app.APP_USER_MODEL_ID}"' in installer
    assert installer.count('AppUserModelID: "{#AppUserModelID}"') == 2  # both Start-menu entries


def test_elsewhere_nothing_is_claimed(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delattr(ctypes, "windll", raising=False)
    gui_app._set_windows_app_user_model_id()  # no windll: must not be touched
