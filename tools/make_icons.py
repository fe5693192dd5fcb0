"""Renders the application icon's PNG sizes from assets/icons/plank-timer.svg.

Usage: .venv/bin/python tools/make_icons.py [--svg FILE] [--out DIR]

The SVG is the one source: the PNGs beside it (``hicolor/<N>x<N>/apps/plank-timer.png``, the
layout of the freedesktop icon theme, so tools/install_desktop.sh copies the tree as it is)
are made from it by Qt's own SVG renderer, so they can be rebuilt after any edit and the test
suite can check that they still match it. Runs headless: no display is needed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# Set before Qt is imported so that a machine without a screen (CI) never tries to open one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SVG = ROOT / "assets" / "icons" / "plank-timer.svg"
DEFAULT_OUT = ROOT / "assets" / "icons" / "hicolor"
ICON_NAME = "plank-timer"
SIZES = (16, 32, 48, 64, 128, 256)
"""The sizes desktops look up most; the 256 one also serves HiDPI docks."""


def png_path(out_dir: Path, size: int) -> Path:
    """Where the icon of ``size`` pixels goes under an icon theme directory."""
    return out_dir / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn on a transparent ``size`` x ``size`` image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    # A new QImage holds whatever memory it was given: clear it so the corners stay transparent.
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
    finally:
        painter.end()
    # Straight (non-premultiplied) alpha is what PNG stores; converting here keeps the file the
    # same whichever way Qt would otherwise choose to un-premultiply while saving.
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def make_icons(svg: Path, out_dir: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Writes one PNG per size and returns their paths; raises ValueError on a bad SVG."""
    # QSvgRenderer paints through QPainter, which wants a QGuiApplication for fonts and
    # colour handling; reuse one if the caller (a test) already has it.
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG file")
    written: list[Path] = []
    for size in sizes:
        target = png_path(out_dir, size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            raise OSError(f"could not write {target}")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: renders every size and lists the files written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=DEFAULT_SVG, help="source SVG file")
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="icon theme directory to write into"
    )
    args = parser.parse_args(argv)
    try:
        written = make_icons(args.svg, args.out)
    except (ValueError, OSError) as error:
        print(f"make_icons: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
