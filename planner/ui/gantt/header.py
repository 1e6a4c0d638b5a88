"""The Gantt chart's two-tier time scale above its rows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from planner.ui.gantt.look import Colors
from planner.ui.gantt.scale import Cell, TimeScale, label


class ScaleHeader:
    """Paints the time scale; part of `ChartRenderer`, whose colours it uses."""

    colors: Colors

    def paint_scale(self, p: QPainter, rect: QRectF, scale: TimeScale, x_offset: float, today: date | None = None):
        c = self.colors
        p.save()
        p.setClipRect(rect)
        p.fillRect(rect, c.header)
        half = rect.height() / 2
        left = rect.left() - x_offset
        font = QFont(p.font())
        p.setPen(QPen(c.grid_strong, 1))
        p.drawLine(QPointF(rect.left(), rect.top() + half - 0.5), QPointF(rect.right(), rect.top() + half - 0.5))
        p.drawLine(QPointF(rect.left(), rect.bottom() - 0.5), QPointF(rect.right(), rect.bottom() - 0.5))
        for tier, unit in enumerate(scale.tiers()):
            y = rect.top() + tier * half
            p.setPen(QPen(c.grid_strong if tier == 0 else c.grid, 1))
            for cell in scale.cells(unit, x_offset, x_offset + rect.width()):
                x = left + cell.x0 + 0.5
                p.drawLine(QPointF(x, y + (2 if tier else 0)), QPointF(x, y + half))
        for tier, box, text, cell in self.scale_labels(font, rect, scale, x_offset, p.device()):
            p.setFont(_tier_font(font, tier))
            is_today = tier == 1 and scale.tiers()[1] == "day" and cell.start.date() == today
            p.setPen(c.today if is_today else (c.text if tier == 0 else c.muted))
            align = Qt.AlignmentFlag.AlignLeft if tier == 0 else Qt.AlignmentFlag.AlignHCenter
            p.drawText(box, Qt.AlignmentFlag.AlignVCenter | align, text)
        p.setFont(font)
        p.restore()

    @staticmethod
    def scale_labels(
        font: QFont, rect: QRectF, scale: TimeScale, x_offset: float, device=None
    ) -> list[tuple[int, QRectF, str, Cell]]:
        """(tier, box, text, cell) of each label of the time scale: each in the part of its cell on screen, the
        longest text that fits there, and none where not even the shortest fits (a label cut at the chart's
        edge read "Octobe")."""
        half = rect.height() / 2
        left = rect.left() - x_offset
        out = []
        for tier, unit in enumerate(scale.tiers()):
            tier_font = _tier_font(font, tier)
            metrics = QFontMetricsF(tier_font, device) if device is not None else QFontMetricsF(tier_font)
            pad = 5 if tier == 0 else 2  # a top label starts just inside its cell; a lower one is centred
            cells = scale.cells(unit, x_offset, x_offset + rect.width(), top=tier == 0)
            spans = [(max(left + c.x0, rect.left()), min(left + c.x1, rect.right())) for c in cells]

            def texts(share: float, cells=cells, spans=spans, unit=unit, tier=tier) -> list[str]:
                return [label(unit, c.start, (x1 - x0) * share, top=tier == 0) for c, (x0, x1) in zip(cells, spans,
                        strict=True)]  # fmt: skip

            # One format for the whole tier ("9 Nov" beside "W48" read as a glitch): the longest that fits every
            # whole cell on screen; a cell cut at an edge gets it only if it fits there, else a shorter one, or none.
            whole = [i for i, c in enumerate(cells) if left + c.x0 >= rect.left() and left + c.x1 <= rect.right()]
            for share in (1, 0.8, 0.6, 0.45, 0.3, 0):
                chosen = texts(share)
                if all(metrics.horizontalAdvance(chosen[i]) <= spans[i][1] - spans[i][0] - 2 * pad for i in whole):
                    break
            shortest = texts(0)
            for cell, (x0, x1), text, short in zip(cells, spans, chosen, shortest, strict=True):
                room = x1 - x0 - 2 * pad
                for candidate in (text, short):
                    if metrics.horizontalAdvance(candidate) <= room:
                        out.append((tier, QRectF(x0 + pad, rect.top() + tier * half, room, half), candidate, cell))
                        break
        return out


def _tier_font(font: QFont, tier: int) -> QFont:
    """The scale's top tier in semi-bold, the lower one in the chart's font."""
    out = QFont(font)
    out.setWeight(QFont.Weight.DemiBold if tier == 0 else QFont.Weight.Normal)
    return out
