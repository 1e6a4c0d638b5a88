"""The Gantt chart's bars with their marks and labels, and the outlines of where bars were then."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from planner.reports import formats
from planner.ui.gantt.bars import Bar
from planner.ui.gantt.look import ROW_HEIGHT, Colors, Options
from planner.ui.gantt.scale import TimeScale

LABEL_GAP = 6


class BarPainter:
    """Paints bars; part of `ChartRenderer`, whose colours, options, row height and ghosts it uses."""

    colors: Colors
    options: Options
    row_height: int
    # Ghost bars: task id -> (start, finish) where the bar was at a moment compared with, drawn as an outline
    # behind the bar.
    ghosts: dict[int, tuple[datetime, datetime]]

    # -- geometry shared with hit testing --------------------------------------------------------------
    def bar_rect(self, bar: Bar, scale: TimeScale, left: float, top: float) -> QRectF:
        """Where a bar is drawn on a row whose top is at `top`, with the chart's x = 0 at `left`."""
        x0 = left + scale.x(bar.start)
        x1 = left + scale.x(bar.finish)
        if bar.kind == "milestone":
            return QRectF(x0 - 7, top + 6, 14, 14)
        if bar.kind == "summary":
            return QRectF(x0, top + 8, max(x1 - x0, 2), 7)
        has_baseline = bar.baseline is not None and self.options.baseline
        height = 11 if has_baseline else 13
        return QRectF(x0, top + (5 if has_baseline else 7), max(x1 - x0, 3), height)

    def paint_bar(
        self, p: QPainter, bar: Bar, box: QRectF, scale, left: float, row_top: float, text_h: int, label=None
    ) -> None:
        """One bar with its marks; its label in `label` (a rect), or in its usual place after the bar."""
        c = self.colors
        o = self.options
        critical = o.critical and bar.critical
        if bar.baseline is not None and o.baseline and bar.kind != "routine":
            bx0, bx1 = left + scale.x(bar.baseline[0]), left + scale.x(bar.baseline[1])
            p.fillRect(QRectF(bx0, row_top + 18, max(bx1 - bx0, 3), 4), c.baseline)
        if bar.slack_end is not None and o.slack and bar.kind == "task":
            sx = left + scale.x(bar.slack_end)
            y = box.center().y()
            p.setPen(QPen(c.slack, 1))
            p.drawLine(QPointF(box.right(), y), QPointF(sx, y))
            p.drawLine(QPointF(sx, y - 3), QPointF(sx, y + 3))
        if bar.kind == "task":
            fill = c.critical_fill if critical else c.bar
            edge = c.critical if critical else c.bar_edge
            p.setPen(QPen(edge, 1))
            p.setBrush(fill)
            p.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            if bar.progress > 0:
                done = QRectF(box.left(), box.top(), box.width() * bar.progress, box.height())
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(edge)
                p.drawRoundedRect(done.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            if bar.manual:  # a manually scheduled task: drawn with square ends, as MS Project marks it
                p.setPen(QPen(edge, 2))
                p.drawLine(QPointF(box.left() + 1, box.top()), QPointF(box.left() + 1, box.bottom()))
        elif bar.kind == "summary":
            # As MS Project: the work still to do in a light tone, the part done as a solid bar over it, and the
            # end brackets solid (a thin line of the background colour read as a drawing glitch).
            p.setPen(Qt.PenStyle.NoPen)
            p.fillRect(box, c.summary_rest)
            if bar.progress > 0:
                p.fillRect(QRectF(box.left(), box.top(), box.width() * bar.progress, box.height()), c.summary)
            p.setBrush(c.summary)
            for x, sign in ((box.left(), 1), (box.right(), -1)):
                p.drawPolygon(QPolygonF([QPointF(x, box.top()), QPointF(x + sign * 3, box.top()),
                                         QPointF(x + sign * 3, box.bottom()), QPointF(x + sign * 6, box.bottom()),
                                         QPointF(x, box.bottom() + 5)]))  # fmt: skip
        elif bar.kind == "milestone":
            color = c.critical if critical else c.milestone
            p.setPen(QPen(color.darker(120), 1))
            p.setBrush(color)
            cx, cy, r = box.center().x(), box.center().y(), box.width() / 2
            p.drawPolygon(QPolygonF([QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r),
                                     QPointF(cx - r, cy)]))  # fmt: skip
        elif bar.kind == "routine":
            p.setPen(Qt.PenStyle.NoPen)
            light = QColor(c.routine)
            light.setAlpha(70)
            for start, finish, made in bar.occurrences:
                ox0, ox1 = left + scale.x(start), left + scale.x(finish)
                p.setBrush(c.routine if made else light)
                p.drawRoundedRect(QRectF(ox0, row_top + 9, max(ox1 - ox0, 4), 8), 2, 2)
        if bar.deadline is not None:
            dx = left + scale.x(bar.deadline)
            color = c.missed if bar.missed else c.deadline
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawPolygon(QPolygonF([QPointF(dx - 4, row_top + 1), QPointF(dx + 4, row_top + 1),
                                     QPointF(dx, row_top + 6)]))  # fmt: skip
            p.fillRect(QRectF(dx - 0.75, row_top + 5, 1.5, ROW_HEIGHT - 8), color)
            if bar.missed:  # the part of the bar past its deadline
                p.setPen(QPen(c.missed, 2))
                p.drawLine(QPointF(dx, box.bottom() + 2), QPointF(max(box.right(), dx), box.bottom() + 2))
        if bar.warning:  # a "!" before the bar, in the warning colour; the chart's tooltip says what is wrong
            p.setPen(QPen(c.missed, 2))
            x = box.left() - 6
            p.drawLine(QPointF(x, row_top + 4), QPointF(x, row_top + ROW_HEIGHT - 10))
            p.drawPoint(QPointF(x, row_top + ROW_HEIGHT - 6))
        text = label_text(bar) if o.labels else ""
        if text:
            lx = label.left() if label is not None else self._label_left(bar, box, scale, left)
            p.setPen(c.muted if bar.done else c.text)
            p.drawText(QRectF(lx, row_top, 600, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_ghosts(self, p: QPainter, shown: dict, scale: TimeScale, left: float, top: float) -> dict:
        """A faint dashed outline where each shown bar was then, behind the bar; returns their rects by task id."""
        out = {}
        pen = QPen(self.colors.ghost, 1, Qt.PenStyle.DashLine)
        fill = QColor(self.colors.ghost)
        fill.setAlpha(40)
        p.setPen(pen)
        p.setBrush(fill)
        for r, (bar, _box) in shown.items():
            then = self.ghosts.get(bar.task_id)
            if then is None or bar.kind == "routine":
                continue
            x0, x1 = left + scale.x(then[0]), left + scale.x(then[1])
            box = QRectF(x0, top + r * self.row_height + 4, max(x1 - x0, 3), self.row_height - 8)
            p.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            out[bar.task_id] = box
        return out

    @staticmethod
    def _label_left(bar: Bar, box: QRectF, scale: TimeScale, left: float) -> float:
        """Where a bar's label starts when nothing is in its way: after the bar and whatever is drawn after it."""
        lx = max(box.right(), left + scale.x(bar.last) + 4) + LABEL_GAP
        return lx + 4 if bar.kind == "summary" else lx


def label_text(bar: Bar) -> str:
    """What is written beside a bar: its people; a milestone's date first."""
    if bar.kind != "milestone":
        return bar.label
    when = formats.day_month(bar.start)
    return f"{when}  {bar.label}" if bar.label else when
