#!/usr/bin/env bash
# Builds the frozen bundle for the machine it runs on: dist/odyssee-sync/ (see packaging/README.md).
#
#   packaging/build.sh [VENV]
#
# VENV is the Python environment to build with (default: .venv), made when it does not exist.
# The project and PyInstaller (packaging/requirements.txt) are installed into it first, so the
# bundle carries what this checkout holds. Linux, macOS, and Windows under Git Bash.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=${1:-.venv}
if [ ! -d "$venv" ]; then
  python=$(command -v python3 || command -v python || true)
  if [ -z "$python" ]; then
    echo "build.sh: no python3 found to make $venv with" >&2
    exit 2
  fi
  "$python" -m venv "$venv"
fi
if [ -x "$venv/bin/python" ]; then
  python="$venv/bin/python"
else
  python="$venv/Scripts/python.exe"  # Windows
fi

started=$SECONDS
echo "build.sh: installing the project and PyInstaller into $venv"
"$python" -m pip install -q --disable-pip-version-check . -r packaging/requirements.txt
echo "build.sh: running PyInstaller"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/odyssee-sync.spec

bundle=dist/odyssee-sync
if [ "$(uname -s)" = Linux ]; then
  # The desktop entry and its icon, with a script that puts them where the desktop looks.
  cp packaging/linux/install-desktop-entry.sh "$bundle/"
fi
echo "build.sh: built $bundle ($(du -sh "$bundle" | cut -f1)) in $((SECONDS - started)) s"
