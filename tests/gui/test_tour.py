"""The screenshot tour, as CI runs it: `odyssee-sync demo --tour DIR`, offscreen, in a subprocess."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from gui.pages import PAGES

ROOT = Path(__file__).resolve().parents[2]
DEMO_ORANGE = QColor("#e67e22")


def grey_levels(image: QImage, step: int = 8) -> list[int]:
    return [QColor(image.pixel(x, y)).lightness() for y in range(0, image.height(), step) for x in range(0, image.width(), step)]


def variance(values: list[int]) -> float:
    mean = sum(values) / len(values)
    return sum((value - mean) ** 2 for value in values) / len(values)


def has_colour(image: QImage, colour: QColor, step: int = 4) -> bool:
    for y in range(0, image.height(), step):
        for x in range(0, image.width() // 4, step):
            pixel = QColor(image.pixel(x, y))
            if abs(pixel.red() - colour.red()) + abs(pixel.green() - colour.green()) + abs(pixel.blue() - colour.blue()) < 12:
                return True
    return False


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


def check_tour_screenshots(out: Path) -> None:
    """Every page has a PNG in ``out``, each painted (not blank) and showing the Demo marker.

    Also what CI checks of the tour the frozen bundle takes (tests/test_bundle.py)."""
    shots = sorted(out.glob("*.png"))
    for spec in PAGES:
        assert any(f"-{spec.key}" in shot.name for shot in shots), f"no screenshot of {spec.title}"
    for shot in shots:
        image = QImage(str(shot))
        assert not image.isNull(), shot
        assert (image.width(), image.height()) == (1280, 800), shot
        assert variance(grey_levels(image)) > 200, f"{shot.name} looks blank"
        assert has_colour(image, DEMO_ORANGE), f"{shot.name} has no Demo marker"
