"""The screenshot tour, as CI runs it: `odyssee-sync demo --tour DIR`, offscreen, in a subprocess;
and in French and Dutch (`--lang fr`), its files named with the language's code."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.tour import check_tour_screenshots

ROOT = Path(__file__).resolve().parents[2]


def test_the_tour_saves_a_painted_png_of_every_page(qapp, tmp_path):
    out = tmp_path / "tour"
    take_tour(out)
    check_tour_screenshots(out)
    assert (out / "01-overview.png").is_file()


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_tour_runs_in_french_and_dutch(qapp, tmp_path, language):
    out = tmp_path / "tour"
    take_tour(out, "--lang", language)
    check_tour_screenshots(out, language)
    assert (out / f"01-overview-{language}.png").is_file()


def take_tour(out: Path, *options: str) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "core", "demo", "--tour", str(out), "--activity-interval", "0", *options],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
