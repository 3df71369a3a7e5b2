"""Makes the application's icon files from ``resources/icons/odyssee-sync.svg``.

- ``odyssee-sync.png`` (256 px): the Linux desktop entry's icon;
- ``odyssee-sync.ico``: the Windows executables, the installer and its shortcuts (16 to 48 px
  as 32-bit bitmaps, which every Windows tool reads, and 256 px as PNG, as Windows Vista and
  later expect);
- ``odyssee-sync.icns``: the macOS app bundle (16 to 1024 px, PNG inside).

The generated files are committed beside the SVG: a Windows or macOS build then needs nothing
but PyInstaller (PyInstaller would otherwise convert icons with Pillow, which the bundle leaves
out), and they are reviewed as pictures. After changing the SVG, run
``.venv/bin/python packaging/make_icons.py``; a test fails while they no longer match it.

Qt renders the SVG (QtSvg is part of PySide6-Essentials); the two container formats are
written here, as Qt's own writers store one size per file.
"""
from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "odyssee-sync.svg"
PNG_SIZE = 256
ICO_BITMAP_SIZES = (16, 24, 32, 48)
ICO_PNG_SIZES = (256,)
# ICNS element types and their pixel sizes (the @2x types are the Retina variants).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def render(size: int, source: Path = SOURCE) -> QImage:
    """The SVG drawn on a transparent ``size`` x ``size`` image (non-premultiplied ARGB)."""
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"{source} is not an SVG image Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode a PNG image")
    buffer.close()
    return bytes(data.data())


def _dib_bytes(image: QImage) -> bytes:
    """An ICO entry as a 32-bit bitmap: header, BGRA rows bottom-up, then an all-clear AND mask."""
    size = image.width()
    mask_row = ((size + 31) // 32) * 4
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, size * size * 4 + mask_row * size, 0, 0, 0, 0)
    # Format_ARGB32 keeps each pixel as 0xAARRGGBB in native order: B, G, R, A on little-endian
    # machines, which is what the bitmap wants; spelled out so a big-endian build stays right.
    rows = []
    for y in reversed(range(size)):
        rows.append(b"".join(struct.pack("<I", image.pixel(x, y)) for x in range(size)))
    return header + b"".join(rows) + bytes(mask_row * size)


def ico_bytes(source: Path = SOURCE) -> bytes:
    entries = [(size, _dib_bytes(render(size, source))) for size in ICO_BITMAP_SIZES]
    entries += [(size, png_bytes(render(size, source))) for size in ICO_PNG_SIZES]
    directory = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    for size, data in entries:
        # Width and height 0 mean 256 in an ICO directory.
        directory += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return directory + b"".join(data for _, data in entries)


def icns_bytes(source: Path = SOURCE) -> bytes:
    rendered: dict[int, bytes] = {}
    body = b""
    for kind, size in ICNS_TYPES:
        if size not in rendered:
            rendered[size] = png_bytes(render(size, source))
        body += kind + struct.pack(">I", 8 + len(rendered[size])) + rendered[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(folder: Path = ICONS, source: Path = SOURCE) -> list[Path]:
    """Write the three icon files into ``folder``; their paths."""
    outputs = {
        folder / "odyssee-sync.png": png_bytes(render(PNG_SIZE, source)),
        folder / "odyssee-sync.ico": ico_bytes(source),
        folder / "odyssee-sync.icns": icns_bytes(source),
    }
    for path, data in outputs.items():
        path.write_bytes(data)
    return list(outputs)


if __name__ == "__main__":
    for written in make_icons():
        print(f"wrote {written}", file=sys.stderr)
