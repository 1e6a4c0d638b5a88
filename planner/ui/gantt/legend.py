"""The Gantt chart's legend: a line of swatches and names."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF

from planner.core.i18n import tr
from planner.ui.gantt.look import Colors, Options


class Legend:
    """Lists and paints the legend; part of `ChartRenderer`, whose colours, options and ghosts it uses."""

    colors: Colors
    options: Options
    ghosts: dict[int, tuple[datetime, datetime]]

    # -- legend ---------------------------------------------------------------------------------------------
    def legend_items(self) -> list[tuple[str, str]]:
        items = [
            ("task", tr("Gantt", "Task")),
            ("progress", tr("Gantt", "Done")),
            ("summary", tr("Gantt", "Summary")),
            ("milestone", tr("Gantt", "Milestone")),
        ]
        if self.options.critical:
            items.append(("critical", tr("Gantt", "Critical")))
        items += [
            ("baseline", tr("Gantt", "Baseline")),
            ("slack", tr("Gantt", "Slack")),
            ("deadline", tr("Gantt", "Deadline")),
            ("missed", tr("Gantt", "Missed")),
            ("today", tr("Gantt", "Today")),
            ("off", tr("Gantt", "Non-working")),
        ]
        if self.ghosts:
            items.append(("ghost", tr("Gantt", "Then")))
        return items

    @staticmethod
    def legend_item_width(metrics, text: str) -> float:
        """The room one legend item takes: its swatch (at most 22 px), the gaps, and its name."""
        return 22 + 5 + metrics.horizontalAdvance(text) + 14

    def paint_legend(self, p: QPainter, x: float, y: float, height: float = 18, items=None) -> float:
        """One line of swatches and names from (x, y), of `items` (all by default); returns the width used."""
        c = self.colors
        start = x
        metrics = p.fontMetrics()
        mid = y + height / 2
        for key, text in self.legend_items() if items is None else items:
            p.setPen(Qt.PenStyle.NoPen)
            if key in ("task", "progress", "critical"):
                color = {"task": c.bar, "progress": c.progress, "critical": c.critical_fill}[key]
                p.setPen(QPen(c.critical if key == "critical" else c.bar_edge, 1))
                p.setBrush(color)
                p.drawRoundedRect(QRectF(x, mid - 5, 22, 10), 2, 2)
                width = 22
            elif key == "summary":
                p.fillRect(QRectF(x, mid - 4, 22, 6), c.summary_rest)
                p.fillRect(QRectF(x, mid - 4, 10, 6), c.summary)
                width = 22
            elif key == "milestone":
                p.setBrush(c.milestone)
                p.drawPolygon(QPolygonF([QPointF(x + 6, mid - 6), QPointF(x + 12, mid), QPointF(x + 6, mid + 6),
                                         QPointF(x, mid)]))  # fmt: skip
                width = 12
            elif key == "baseline":
                p.fillRect(QRectF(x, mid - 2, 22, 4), c.baseline)
                width = 22
            elif key == "slack":
                p.setPen(QPen(c.slack, 1))
                p.drawLine(QPointF(x, mid), QPointF(x + 22, mid))
                p.drawLine(QPointF(x + 22, mid - 3), QPointF(x + 22, mid + 3))
                width = 22
            elif key in ("deadline", "missed"):
                p.setBrush(c.deadline if key == "deadline" else c.missed)
                p.drawPolygon(QPolygonF([QPointF(x, mid - 5), QPointF(x + 8, mid - 5), QPointF(x + 4, mid + 1)]))
                width = 8
            elif key == "today":
                p.fillRect(QRectF(x + 3, mid - 7, 2, 14), c.today)
                width = 8
            elif key == "ghost":  # as `_paint_ghosts` draws where a bar was
                p.setPen(QPen(c.ghost, 1, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(QRectF(x + 0.5, mid - 5.5, 22, 11), 3, 3)
                width = 22
            else:
                p.setPen(QPen(c.grid_strong, 1))
                p.setBrush(c.off)
                p.drawRect(QRectF(x, mid - 6, 16, 12))
                width = 16
            x += width + 5
            p.setPen(c.text)
            p.drawText(QRectF(x, y, 200, height), Qt.AlignmentFlag.AlignVCenter, text)
            x += metrics.horizontalAdvance(text) + 14
        return x - start
