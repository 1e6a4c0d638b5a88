"""Label chips: a rounded lozenge filled with the label's colour and its name on it, drawn the same way on board
cards, in the table's Labels column, in the task editor and in the Labels dialog.

The text is black or white, whichever contrasts more with the fill: by WCAG 2's formula one of the two always
reaches at least 4.58:1, above the 4.5:1 that body text needs. A fill too close to the surface under it (a white
label on a light card, a near-black one in the dark theme) gets a border, so the chip keeps its edge in both
themes. It only paints: what a chip says and its colour come from the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPen, QPixmap

BLACK = QColor("#000000")
WHITE = QColor("#ffffff")
# Below this contrast against the surface a fill reads as part of it. WCAG asks 3:1 of a control's only edge; a
# chip's text already marks it, so only fills close to the surface (light grey on white) get the border.
EDGE_CONTRAST = 1.5
PAD = 6  # space either side of the text


def luminance(color: QColor) -> float:
    """WCAG 2 relative luminance: 0 for black, 1 for white."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two opaque colours, 1 (none) to 21 (black on white)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_color(fill: QColor) -> QColor:
    """Black or white text, whichever reads better on `fill`."""
    return BLACK if contrast_ratio(fill, BLACK) >= contrast_ratio(fill, WHITE) else WHITE


def needs_border(fill: QColor, surface: QColor) -> bool:
    return contrast_ratio(fill, surface) < EDGE_CONTRAST


def border_color(surface: QColor) -> QColor:
    """An edge that stands out from `surface`: part way from it to black (light surface) or white (dark)."""
    far = text_color(surface)
    mix = 0.55
    return QColor.fromRgbF(
        surface.redF() + (far.redF() - surface.redF()) * mix,
        surface.greenF() + (far.greenF() - surface.greenF()) * mix,
        surface.blueF() + (far.blueF() - surface.blueF()) * mix,
    )


def chip_width(fm: QFontMetrics, text: str) -> int:
    return fm.horizontalAdvance(text) + 2 * PAD


@lru_cache(maxsize=512)
def _style(fill_rgb: int, surface_rgb: int) -> tuple[QColor, QColor, QColor | None]:
    """Fill, text and border (None: no border) of a chip, worked out once per pair of colours: the contrast
    arithmetic was 40 % of painting a chip (27 µs each, a table page shows 80)."""
    fill, surface = QColor.fromRgb(fill_rgb), QColor.fromRgb(surface_rgb)
    return fill, text_color(fill), border_color(surface) if needs_border(fill, surface) else None


def paint_chip(painter: QPainter, rect: QRectF, text: str, color: QColor, surface: QColor) -> None:
    """One chip filling `rect`, in the painter's current font, on a background of `surface` (both taken as
    opaque: contrast is worked out for opaque colours)."""
    fill, ink, border = _style(color.rgb(), surface.rgb())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if border is not None:
        painter.setPen(QPen(border, 1))
        rect = rect.adjusted(0.5, 0.5, -0.5, -0.5)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    radius = min(rect.height() / 2, 8)
    painter.drawRoundedRect(rect, radius, radius)
    painter.setPen(ink)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def paint_chips(
    painter: QPainter,
    rect: QRect,
    chips: Sequence[tuple[str, QColor]],
    fm: QFontMetrics,
    surface: QColor,
    muted: QColor,
) -> None:
    """Chips left to right across `rect` (the painter's font matching `fm`); those that do not fit are counted
    as "+N" in `muted`."""
    x = rect.left()
    for number, (text, color) in enumerate(chips):
        width = chip_width(fm, text)
        rest = len(chips) - number - 1
        more = fm.horizontalAdvance(f"+{rest}") + 8 if rest else 0
        if x + width + more > rect.right():
            painter.save()
            painter.setPen(muted)
            painter.drawText(QRect(x, rect.top(), max(0, rect.right() - x), rect.height()),
                             Qt.AlignmentFlag.AlignVCenter, f"+{rest + 1}")  # fmt: skip
            painter.restore()
            return
        paint_chip(painter, QRectF(x, rect.top(), width, rect.height()), text, color, surface)
        x += width + 4


def swatch(color: QColor, surface: QColor) -> QIcon:
    """A small chip of `color` with no text, for lists and menus, with an edge when it is close to `surface`."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_chip(painter, QRectF(1, 2, 14, 12), "", color, surface)
    painter.end()
    return QIcon(pixmap)
