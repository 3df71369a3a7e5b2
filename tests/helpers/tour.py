"""The screenshot tour's PNGs checked: one per page (and the Overview's under a dark palette), each
painted and showing the Demo marker.

Used by the tour's test (tests/gui/test_tour.py) and by the frozen bundle's (tests/test_bundle.py).
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from gui.pages import PAGES

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


def check_tour_screenshots(out: Path, language: str = "") -> None:
    """Every page has a PNG in ``out``, each painted (not blank) and showing the Demo marker, at
    the window's usual size (or the one its name ends in: ``12-settings-1024x700.png``), and the
    Overview has one more under a dark palette. With a ``language`` every name ends in its code
    (``01-overview-fr.png``)."""
    suffix = f"-{language}" if language else ""
    shots = sorted(out.glob("*.png"))
    assert shots and all(shot.stem.endswith(suffix) for shot in shots), [shot.name for shot in shots]
    for spec in PAGES:
        assert any(f"-{spec.key}" in shot.name for shot in shots), f"no screenshot of {spec.title}"
    dark = [shot for shot in shots if shot.name.endswith(f"-overview-dark{suffix}.png")]
    assert len(dark) == 1, "no screenshot of the Overview under a dark palette"
    levels = grey_levels(QImage(str(dark[0])))
    assert sum(levels) / len(levels) < 100, f"{dark[0].name} is not dark"
    for shot in shots:
        image = QImage(str(shot))
        assert not image.isNull(), shot
        # A step named "-WIDTHxHEIGHT" shows the window at that size; every other, at the usual one.
        sized = re.search(r"-(\d+)x(\d+)$", shot.stem.removesuffix(suffix) if suffix else shot.stem)
        expected = (int(sized[1]), int(sized[2])) if sized else (1280, 800)
        assert (image.width(), image.height()) == expected, shot
        assert variance(grey_levels(image)) > 200, f"{shot.name} looks blank"
        assert has_colour(image, DEMO_ORANGE), f"{shot.name} has no Demo marker"
