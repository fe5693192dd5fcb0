"""Text that fits its room: a font made smaller, never text cut off.

Translations run long ("Seitstütz, rechte Seite", "Iniciar  [Espacio]"), and the workout
screen's words and buttons are sized to be read from the floor. Rather than cut a word off,
the font shrinks just enough for the text to fit, down to a readable smallest size.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

SMALLEST_PIXELS = 12


def fitted_pixel_size(
    font: QFont, text: str, room: float, largest: int, smallest: int = SMALLEST_PIXELS
) -> int:
    """The largest pixel size up to ``largest`` at which ``text`` is at most ``room`` wide."""
    sized = QFont(font)
    sized.setPixelSize(max(1, largest))
    width = QFontMetrics(sized).horizontalAdvance(text)
    if width <= room or width <= 0 or room <= 0:
        return largest
    # Widths do not scale exactly with the size (hinting): step down until it fits.
    pixels = max(smallest, int(largest * room / width))
    while pixels > smallest:
        sized.setPixelSize(pixels)
        if QFontMetrics(sized).horizontalAdvance(text) <= room:
            break
        pixels -= 1
    return pixels
