"""Paints the Gantt chart with a QPainter onto any surface: the view's canvas, a printed page, a PNG or an SVG.

`ChartRenderer` draws the two-tier time scale and the rows (shading, grid, bars, links, labels) for a given
time scale, scroll position and row list; it holds no state of its own beyond the colours, its options and what
it keeps between frames, so the window and printing draw exactly the same chart. Its parts: the time scale
(header.py), the bars (bar_painting.py), the links (link_painting.py) and the legend (legend.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime, timedelta

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPen

from planner.ui.gantt import link_painting
from planner.ui.gantt.bar_painting import LABEL_GAP, BarPainter, label_text
from planner.ui.gantt.bars import Bar, BarSource
from planner.ui.gantt.header import ScaleHeader
from planner.ui.gantt.legend import Legend
from planner.ui.gantt.link_painting import Band, LinkPainter
from planner.ui.gantt.look import ROW_HEIGHT, Colors, Options
from planner.ui.gantt.routing import LinkIndex
from planner.ui.gantt.scale import TimeScale

# A view scrolled by the wheel routes its links among the rows in view widened to whole blocks of this many rows.
BAND_ROWS = 32


def band_rows(first: int, last: int, count: int) -> tuple[int, int]:
    """The rows a view scrolled by the wheel routes its links among when rows first..last of `count` are in view:
    those widened to whole blocks of BAND_ROWS rows (`link_painting.Band`)."""
    low = first // BAND_ROWS * BAND_ROWS
    return low, max(low, min(count - 1, (last // BAND_ROWS + 1) * BAND_ROWS - 1))


def rows_in_view(y_offset: float, height: float, count: int, row_height: int = ROW_HEIGHT) -> tuple[int, int]:
    """The first and last of `count` rows a view `height` high scrolled to `y_offset` shows, whole or in part."""
    return max(0, int(y_offset // row_height)), min(count - 1, int((y_offset + height) // row_height))


class ChartRenderer(ScaleHeader, BarPainter, Legend):
    """Draws the time scale and the rows of a chart. Coordinates: `rect` is where the rows go on the surface;
    `x_offset` and `y_offset` are the scroll position in chart pixels."""

    def __init__(self, ws, bars: BarSource, colors: Colors, options: Options | None = None) -> None:
        self.ws = ws
        self.bars = bars
        self.colors = colors
        self.options = options or Options()
        self.row_height = ROW_HEIGHT
        self.link_painter = LinkPainter(ws, bars, colors, self.options, self.row_height)
        # What the last frame drew, by row: the labels' rects (for tests to check against).
        self.label_rects: dict[int, QRectF] = {}
        self._kept_band: Band | None = None
        # Ghost bars: task id -> (start, finish) where the bar was at a moment compared with, drawn as an outline
        # behind the bar; and where the last frame drew them, by task id.
        self.ghosts: dict[int, tuple[datetime, datetime]] = {}
        self.ghost_rects: dict[int, QRectF] = {}

    # -- the rows -------------------------------------------------------------------------------------------
    def paint_rows(
        self,
        p: QPainter,
        rect: QRectF,
        scale: TimeScale,
        x_offset: float,
        y_offset: float,
        rows: Sequence[tuple[str, int]],
        row_of: dict,
        links: LinkIndex | None,
        calendar=None,
        today: date | None = None,
        selected: set[int] | frozenset = frozenset(),
        alternate: bool = True,
        strip: QRectF | None = None,
        band: tuple[int, int] | None = None,
        now: datetime | None = None,
    ) -> None:
        """Paints the rows in `rect`. The links are routed among the rows in view, or those of `band` (first, last:
        rows around the view, see `link_painting.Band`). With `strip`, only the rows that reach into it are painted
        (a view scrolled by blitting paints the rows brought in), their links still routed among the same rows, so
        the strip is what a paint of the whole would put there. `now` (default: the clock's) places the today line at
        hour zooms: a strip passes the time of the paint of the whole it joins, or its line would stand apart."""
        c = self.colors
        rh = self.row_height
        p.save()
        p.setClipRect(rect if strip is None else rect & strip)
        p.fillRect(rect, c.base)
        view_first, view_last = rows_in_view(y_offset, rect.height(), len(rows), rh)
        left = rect.left() - x_offset
        top = rect.top() - y_offset
        first, last = view_first, view_last
        if strip is not None:
            first = max(first, int((strip.top() - top) // rh))
            last = min(last, int((strip.bottom() - top) // rh))
        x0, x1 = x_offset, x_offset + rect.width()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if alternate:
            for r in range(first, last + 1):
                if r % 2:
                    p.fillRect(QRectF(rect.left(), top + r * rh, rect.width(), rh), c.alternate)
        self._paint_time_grid(p, rect, scale, x0, x1, left, calendar)
        for r in selected:
            if first <= r <= last:
                p.fillRect(QRectF(rect.left(), top + r * rh, rect.width(), rh), c.selection)
        if today is not None:
            tx = left + scale.x(datetime.combine(today, datetime.min.time()) + timedelta(hours=12))
            if scale.px_per_day >= 24:  # wide days: the line stands at the current time of day
                now = now or datetime.now()
                tx = left + scale.x(now) if now.date() == today else tx
            if rect.left() <= tx <= rect.right():
                p.setPen(QPen(c.today, 2))
                p.drawLine(QPointF(tx, rect.top()), QPointF(tx, rect.bottom()))
        self.bars.set_occurrence_range(scale.at(x0).date(), scale.at(x1).date())
        shown: dict[int, tuple[Bar, QRectF]] = {}
        for r in range(first, last + 1):
            node = rows[r]
            if node[0] != "task":
                continue
            bar = self.bars.bar(node[1])
            if bar is not None:
                shown[r] = (bar, self.bar_rect(bar, scale, left, top + r * rh))
        metrics = p.fontMetrics()
        draw_links = links is not None and self.options.links
        low, high = band if band is not None else (view_first, view_last)
        kept = self._band(p, metrics, scale, low, high, x_offset, rect.width(), rows, row_of,
                          links if draw_links else None)  # fmt: skip
        labels = {r: kept.labels[r].translated(left, top) for r in shown if r in kept.labels}
        if draw_links:
            self.link_painter.draw(p, kept, scale, links, row_of, left, top, first, last, rect)
        else:
            self.link_painter.draw_none()
        self.label_rects = labels
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.ghost_rects = self._paint_ghosts(p, shown, scale, left, top) if self.ghosts else {}
        text_height = metrics.height()
        for r, (bar, box) in shown.items():
            if box.right() < rect.left() - 400 or box.left() > rect.right() + 10:
                continue
            self.paint_bar(p, bar, box, scale, left, top + r * rh, text_height, labels.get(r))
        p.restore()

    def _paint_time_grid(self, p: QPainter, rect: QRectF, scale, x0, x1, left, calendar) -> None:
        c = self.colors
        day_width = scale.px_per_day
        if calendar is not None and day_width >= 2.5:
            days = scale.days(x0, x1)
            for day in days:
                start = datetime.combine(day, datetime.min.time())
                dx0 = left + scale.x(start)
                if not calendar.is_working_day(day):
                    p.fillRect(QRectF(dx0, rect.top(), day_width, rect.height()), c.off)
                elif day_width >= 24 * 8:  # hours are wide: shade the hours outside working time
                    cursor = start
                    for begin, end in [*calendar.intervals(day), (24 * 60, 24 * 60)]:
                        b = start + timedelta(minutes=begin)
                        if b > cursor:
                            fx0, fx1 = left + scale.x(cursor), left + scale.x(b)
                            p.fillRect(QRectF(fx0, rect.top(), fx1 - fx0, rect.height()), c.off)
                        cursor = start + timedelta(minutes=end)
        top_unit, bottom_unit = scale.tiers()
        p.setPen(QPen(c.grid, 1))
        for cell in scale.cells(bottom_unit, x0, x1):
            x = round(left + cell.x0) + 0.5
            p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        p.setPen(QPen(c.grid_strong, 1))
        for cell in scale.cells(top_unit, x0, x1):
            x = round(left + cell.x0) + 0.5
            p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))

    def _band(self, p: QPainter, metrics, scale, low, high, x_offset, width, rows, row_of, links) -> Band:
        """The labels and links of rows low..high for a view `width` wide scrolled to `x_offset`, worked out once
        and kept while frames scroll within those rows (see `link_painting.Band`)."""
        bars = self.bars
        key = (low, high, x_offset, width, id(rows), id(row_of), id(links), id(bars), bars.generation, scale.origin,
               scale.px_per_day, dataclasses.astuple(self.options), p.font().key(), metrics.height(),
               link_painting.MANY_THROUGH, self.row_height)  # fmt: skip
        band = self._kept_band
        if band is not None and band.key == key and (not band.routines or band.occurrences == bars.occurrence_range):
            return band
        rh = self.row_height
        shown: dict[int, tuple[Bar, QRectF]] = {}
        routines = False
        for r in range(low, min(high, len(rows) - 1) + 1):
            node = rows[r]
            if node[0] != "task":
                continue
            bar = bars.bar(node[1])
            if bar is not None:
                shown[r] = (bar, self.bar_rect(bar, scale, 0, r * rh))
                routines = routines or bar.kind == "routine"
        labels = {}
        if self.options.labels:
            h = metrics.height()
            for r, (bar, box) in shown.items():
                text = label_text(bar)
                if text:
                    lx = self._label_left(bar, box, scale, 0)
                    labels[r] = QRectF(lx, r * rh + (rh - h) / 2, metrics.horizontalAdvance(text) + 2, h)
        lines, through = [], np.empty(0, dtype=np.int64)
        if links is not None:
            lines, through, beside = self.link_painter.route(
                scale, low, high, x_offset, width, row_of, links, shown, labels
            )
            for r, x in beside.items():
                if r in labels and labels[r].left() < x + LABEL_GAP:  # the label steps past the link's run
                    labels[r].moveLeft(x + LABEL_GAP)
        self._kept_band = Band(key, (rows, row_of, links), labels, lines, through, routines, bars.occurrence_range)
        return self._kept_band
