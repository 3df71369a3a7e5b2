"""The screenshot tour, as CI runs it: `odyssee-sync demo --tour DIR`, offscreen, in a subprocess."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.tour import check_tour_screenshots

ROOT = Path(__file__).resolve().parents[2]


def test_the_tour_saves_a_painted_png_of_every_page(qapp, tmp_path):
    out = tmp_path / "tour"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "core", "demo", "--tour", str(out), "--activity-interval", "0"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    check_tour_screenshots(out)
