"""The layers written in pyproject.toml ([tool.importlinter]) hold for the source tree.

import-linter follows every import, at any depth (inside functions too), so a lazy import that
crosses a layer fails here as surely as one at the top of a module.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    # The source tree, not an installed copy of it, is what must keep the contracts.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout
