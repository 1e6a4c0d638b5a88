"""Paints the Gantt chart with a QPainter onto any surface: the view's canvas, a printed page, a PNG or an SVG.

`ChartRenderer` draws the two-tier time scale and the rows (shading, grid, bars, links, labels) for a given
time scale, scroll position and row list; it holds no state of its own beyond the colours and its options,
so the window and printing draw exactly the same chart.
"""

from __future__ import annotations

import dataclasses
import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF

from planner.core.i18n import tr
from planner.reports import formats
from planner.ui import theme
from planner.ui.gantt.bars import Bar, BarSource
from planner.ui.gantt.routing import MAX_SHIFT, STUB, Anchor, LinkIndex, Obstacles, route
from planner.ui.gantt.scale import Cell, TimeScale, label

ROW_HEIGHT = 26
LABEL_GAP = 6
MAX_LABEL_STEP = 60  # how far a label moves right to clear a link's vertical run through its start
MANY_THROUGH = 300  # links crossing the whole view past which they are drawn as plain columns (`_split_through`)
# A view scrolled by the wheel routes its links among the rows in view widened to whole blocks of this many rows.
BAND_ROWS = 32
PIECE_MARGIN = 8  # px: how far a link's arrow head, cap or wide pen may reach past its corners (`_LinkPieces`)


@dataclass
class Colors:
    base: QColor
    alternate: QColor
    text: QColor
    muted: QColor
    grid: QColor
    grid_strong: QColor
    off: QColor  # non-working time
    header: QColor
    bar: QColor
    bar_edge: QColor
    progress: QColor
    critical: QColor
    critical_fill: QColor
    summary: QColor
    summary_rest: QColor  # a summary's work still to do
    milestone: QColor
    baseline: QColor
    slack: QColor
    link: QColor
    today: QColor
    deadline: QColor
    missed: QColor
    selection: QColor
    routine: QColor
    ghost: QColor  # the outline of where a bar was at a moment compared with


def colors_from(palette: QPalette) -> Colors:
    """The chart's colours for a palette (light or dark), from the theme's semantic colours."""
    role = QPalette.ColorRole
    base = palette.color(role.Base)
    dark = base.lightness() < 128
    accent = QColor(theme.accent())
    warning = QColor(theme.warning_color())

    def alpha(color: QColor, value: int) -> QColor:
        out = QColor(color)
        out.setAlpha(value)
        return out

    text = palette.color(role.Text)
    off = QColor(palette.color(role.Midlight if dark else role.Window))
    if not dark:
        off = off.darker(103)
    return Colors(
        base=base,
        alternate=palette.color(role.AlternateBase),
        text=text,
        muted=theme.muted_color(),
        grid=alpha(palette.color(role.Mid), 90),
        grid_strong=palette.color(role.Mid),
        off=_over(alpha(off, 110 if dark else 200), base),
        header=palette.color(role.Window),
        bar=alpha(accent, 110 if dark else 90),
        bar_edge=accent.darker(115) if not dark else accent,
        progress=accent,
        critical=warning,
        critical_fill=alpha(warning, 110 if dark else 80),
        summary=text if not dark else QColor("#c9ced6"),
        summary_rest=_over(alpha(text if not dark else QColor("#c9ced6"), 90), base),
        milestone=QColor(theme.caution_color()) if dark else text,
        baseline=alpha(palette.color(role.Dark), 200),
        slack=theme.muted_color(),
        link=alpha(text, 150),
        today=QColor(theme.caution_color()),
        deadline=QColor(theme.success_color()),
        missed=warning,
        selection=alpha(palette.color(role.Highlight), 45),
        routine=accent,
        ghost=alpha(text, 150 if dark else 130),
    )


def band_rows(first: int, last: int, count: int) -> tuple[int, int]:
    """The rows a view scrolled by the wheel routes its links among when rows first..last of `count` are in view:
    those widened to whole blocks of BAND_ROWS rows (`_Band`)."""
    low = first // BAND_ROWS * BAND_ROWS
    return low, max(low, min(count - 1, (last // BAND_ROWS + 1) * BAND_ROWS - 1))


def rows_in_view(y_offset: float, height: float, count: int, row_height: int = ROW_HEIGHT) -> tuple[int, int]:
    """The first and last of `count` rows a view `height` high scrolled to `y_offset` shows, whole or in part."""
    return max(0, int(y_offset // row_height)), min(count - 1, int((y_offset + height) // row_height))


@dataclass
class _Band:
    """The labels and the links of a band of rows, in chart coordinates (x from the chart's start, y from its first
    row), kept between frames. A route keeps clear of the bars in the rows it crosses among the band's: the rows in
    view, or, while the wheel scrolls, those widened to whole blocks of BAND_ROWS rows (`band_rows`), the same for
    every frame scrolled within those blocks, which then only draw what was worked out (routing is most of a
    frame: ~50 µs of Python a link)."""

    key: tuple
    kept: tuple  # the rows, their index and the link index the key names by id, kept alive so the ids stay theirs
    labels: dict[int, QRectF]  # by row: where each bar's label goes, stepped past the links' runs
    lines: list[tuple[int, int, bool, QPolygonF, QPolygonF]]  # see ChartRenderer._route_links
    through: np.ndarray  # the links passing over every row of the band, drawn as columns
    routines: bool  # whether a routine's row is in the band: its bar depends on the days in view
    occurrences: tuple | None  # the days in view the routines' bars were made for


class _LinkPieces:
    """A band's link lines cut for a strip of rows. A notch paints a strip of two or three rows, and most lines
    reaching it only pass through: one call a line (~245 a notch, each stroked whole, ~34,000 px tall, then clipped)
    was 15 % of a notch. A normal line's segment whose ends both lie beyond the strip is drawn as a line of its own,
    all of them in one call: the same pixels, since a thin pen (one device pixel, not antialiased: Qt's cosmetic
    stroker) draws the inside of a segment alike alone or in a polyline, and only its ends (joins, caps) differ,
    which the clip hides. Wider pens go another way for separate lines (a device pixel ratio of 2 makes the normal
    pen one of them), so the critical lines, and every line then, stay whole, as do the lines with a corner near the
    strip."""

    def __init__(self, band: _Band) -> None:
        self.band = band
        lines = band.lines
        self.low = np.array([line[0] for line in lines], dtype=np.int64)
        self.high = np.array([line[1] for line in lines], dtype=np.int64)
        self.critical = np.array([line[2] for line in lines], dtype=bool)
        points = [[(pt.x(), pt.y()) for pt in line[3]] for line in lines]
        self.corner_y = np.array([y for line in points for _x, y in line], dtype=float)
        self.corner_of = np.array([i for i, line in enumerate(points) for _ in line], dtype=np.int64)
        segments = [(i, a, b) for i, line in enumerate(points) for a, b in itertools.pairwise(line)]
        self.segment_of = np.array([i for i, _a, _b in segments], dtype=np.int64)
        self.top = np.array([min(a[1], b[1]) for _i, a, b in segments], dtype=float)
        self.bottom = np.array([max(a[1], b[1]) for _i, a, b in segments], dtype=float)
        self.segments = [QLineF(*a, *b) for _i, a, b in segments]
        self.upright = np.array([a[0] == b[0] for _i, a, b in segments], dtype=bool)
        self.x = np.array([a[0] for _i, a, b in segments], dtype=float)

    def cut(self, first: int, last: int, y0: float, y1: float, thin: bool) -> tuple[np.ndarray, list[int], list]:
        """For the lines reaching rows first..last, painted between y0 and y1 (chart coordinates): those lines and
        those to draw whole (indexes into the band's lines), and the normal lines' segments passing through, which
        are only cut out when the normal pen is `thin` (one device pixel)."""
        reach = (self.low <= last) & (self.high >= first)
        if not thin:
            return np.flatnonzero(reach), np.flatnonzero(reach).tolist(), []
        whole = self.critical.copy()
        whole[self.corner_of[(self.corner_y >= y0 - PIECE_MARGIN) & (self.corner_y <= y1 + PIECE_MARGIN)]] = True
        owner = self.segment_of
        passing = reach[owner] & ~whole[owner] & (self.top < y0 - PIECE_MARGIN) & (self.bottom > y1 + PIECE_MARGIN)
        # An upright segment is cut to the strip: the stroker walks a line's whole length within the device.
        top, bottom = y0 - PIECE_MARGIN, y1 + PIECE_MARGIN
        cut = [QLineF(x, top, x, bottom) for x in self.x[passing & self.upright].tolist()]
        segments = self.segments
        return (
            np.flatnonzero(reach),
            np.flatnonzero(reach & whole).tolist(),
            cut + [segments[i] for i in np.flatnonzero(passing & ~self.upright).tolist()],
        )


@dataclass
class Options:
    critical: bool = True  # highlight the critical path
    baseline: bool = True
    slack: bool = True
    links: bool = True
    labels: bool = True
    ghosts: bool = True  # where bars were at a moment compared with


class ChartRenderer:
    """Draws the time scale and the rows of a chart. Coordinates: `rect` is where the rows go on the surface;
    `x_offset` and `y_offset` are the scroll position in chart pixels."""

    def __init__(self, ws, bars: BarSource, colors: Colors, options: Options | None = None) -> None:
        self.ws = ws
        self.bars = bars
        self.colors = colors
        self.options = options or Options()
        self.row_height = ROW_HEIGHT
        # What the last frame drew, by row: the labels' rects, and the links' lines (for tests to check against).
        self.label_rects: dict[int, QRectF] = {}
        self._drawn: tuple[list[QPolygonF], np.ndarray, QPointF] = ([], np.empty(0, dtype=np.int64), QPointF())
        self._kept_band: _Band | None = None
        self._pieces: _LinkPieces | None = None  # the kept band's lines, cut for each strip
        # Ghost bars: task id -> (start, finish) where the bar was at a moment compared with, drawn as an outline
        # behind the bar; and where the last frame drew them, by task id.
        self.ghosts: dict[int, tuple[datetime, datetime]] = {}
        self.ghost_rects: dict[int, QRectF] = {}
        # The columns of the links crossing the view (`_through_columns`), and what they were worked out for.
        self._columns: tuple[np.ndarray, np.ndarray] = (np.empty(0), np.empty(0, dtype=bool))
        self._columns_key: tuple | None = None

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

    # -- the time scale -------------------------------------------------------------------------------------
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
        rows around the view, see `_Band`). With `strip`, only the rows that reach into it are painted (a view
        scrolled by blitting paints the rows brought in), their links still routed among the same rows, so the strip
        is what a paint of the whole would put there. `now` (default: the clock's) places the today line at hour
        zooms: a strip passes the time of the paint of the whole it joins, or its line would stand apart."""
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
        self._drawn = ([], np.empty(0, dtype=np.int64), QPointF(left, top))
        if draw_links:
            self._draw_links(p, kept, scale, links, row_of, left, top, first, last, rect)
        self.label_rects = labels
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.ghost_rects = self._paint_ghosts(p, shown, scale, left, top) if self.ghosts else {}
        text_height = metrics.height()
        for r, (bar, box) in shown.items():
            if box.right() < rect.left() - 400 or box.left() > rect.right() + 10:
                continue
            self.paint_bar(p, bar, box, scale, left, top + r * rh, text_height, labels.get(r))
        p.restore()

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

    def _band(self, p: QPainter, metrics, scale, low, high, x_offset, width, rows, row_of, links) -> _Band:
        """The labels and links of rows low..high for a view `width` wide scrolled to `x_offset`, worked out once
        and kept while frames scroll within those rows (see `_Band`)."""
        bars = self.bars
        key = (low, high, x_offset, width, id(rows), id(row_of), id(links), id(bars), bars.generation, scale.origin,
               scale.px_per_day, dataclasses.astuple(self.options), p.font().key(), metrics.height(),
               MANY_THROUGH, self.row_height)  # fmt: skip
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
                text = _label_text(bar)
                if text:
                    lx = self._label_left(bar, box, scale, 0)
                    labels[r] = QRectF(lx, r * rh + (rh - h) / 2, metrics.horizontalAdvance(text) + 2, h)
        lines, through = [], np.empty(0, dtype=np.int64)
        if links is not None:
            lines, through, beside = self._route_links(scale, low, high, x_offset, width, row_of, links, shown, labels)
            for r, x in beside.items():
                if r in labels and labels[r].left() < x + LABEL_GAP:  # the label steps past the link's run
                    labels[r].moveLeft(x + LABEL_GAP)
        self._kept_band = _Band(key, (rows, row_of, links), labels, lines, through, routines, bars.occurrence_range)
        return self._kept_band

    def _route_links(self, scale, first, last, x_offset, width, row_of, links: LinkIndex, shown, labels) -> tuple:
        """The links among rows first..last, in chart coordinates: ([(low row, high row, critical, line, arrow
        head)], the links passing over every row drawn as columns, and by row the rightmost x a link runs
        at just after that row's bar (leaving its finish, entering it from the right, or passing near its label's
        start), where its label must start after)."""
        rh = self.row_height
        deps = self.ws.dependencies
        # The spans of the bars and their labels, by row - first: a link's vertical run keeps clear of those it
        # crosses.
        by_row: list[tuple[float, float] | None] = [None] * (last - first + 1)
        for r, (_bar, box) in shown.items():
            by_row[r - first] = (box.left(), labels[r].right() if r in labels else box.right())

        obstacles: dict[tuple[int, int], Obstacles] = {}  # by stretch of rows: most links pass all rows in view

        def between(a: int, b: int):
            low, high = (a, b) if a < b else (b, a)
            stretch = (max(low + 1, first) - first, max(min(high, last + 1) - first, 0))
            found = obstacles.get(stretch)
            if found is None:
                found = obstacles[stretch] = Obstacles(s for s in by_row[stretch[0] : stretch[1]] if s)
            return found

        show_critical = self.options.critical
        is_crit = self.bars.critical
        anchor = self._anchor
        margin = STUB + MAX_SHIFT + 8  # how far a route may run beside its bars, and the arrow head
        x_min, x_max = x_offset - margin, x_offset + width + margin
        ids, through = self._split_through(links, first, last)
        routed = []  # (dep, predecessor row, successor row, pred, succ, points)
        for link_id in ids:
            dep = deps.get(link_id)
            if dep is None:
                continue
            a = row_of.get(("task", dep.predecessor_id))
            b = row_of.get(("task", dep.successor_id))
            if a is None or b is None:
                continue
            pred = anchor(dep.predecessor_id, a, scale, 0, shown)
            succ = anchor(dep.successor_id, b, scale, 0, shown)
            if pred is None or succ is None:
                continue
            # A route stays within STUB + MAX_SHIFT of its bars' ends: one wholly left or right of the view
            # is not routed at all (at Days zoom most long links are).
            if (pred.x1 < x_min and succ.x1 < x_min) or (pred.x0 > x_max and succ.x0 > x_max):
                continue
            routed.append((dep, a, b, pred, succ, route(dep.type.value, pred, succ, rh, between)))
        # Links leaving one end of a bar share the vertical run nearest the bar: one line that branches, not
        # several side by side.
        runs: dict[tuple[int, bool], float] = {}
        for dep, _a, _b, _pred, _succ, points in routed:
            if len(points) == 4:
                key = (dep.predecessor_id, dep.type.value[0] == "F")
                runs[key] = min(runs.get(key, points[1][0]), points[1][0], key=lambda x: abs(x - points[0][0]))
        beside: dict[int, float] = {}
        label_starts = sorted((box.left(), r) for r, box in labels.items())
        label_lefts = [x for x, _ in label_starts]
        columns, _critical = self._through_columns(through, scale, links, row_of, 0, x_min, x_max)
        if len(columns):
            # A column runs through every row in view: a label starting near one steps past the rightmost.
            ordered = np.unique(columns)
            for start, r in label_starts:
                low = np.searchsorted(ordered, start - LABEL_GAP, side="left")
                high = np.searchsorted(ordered, start + MAX_LABEL_STEP, side="right")
                if high > low:
                    x = float(ordered[high - 1])
                    beside[r] = max(beside.get(r, x), x)
        out = []
        for dep, a, b, pred, succ, points in routed:
            shared = runs.get((dep.predecessor_id, dep.type.value[0] == "F"))
            if len(points) == 4 and shared is not None and shared != points[1][0]:
                points = route(dep.type.value, pred, succ, rh, between, run_x=shared)
            if points[1][0] > points[0][0]:  # out of the finish: the run is after the bar, in its label's place
                beside[a] = max(beside.get(a, points[1][0]), points[1][0])
            if points[-2][0] > points[-1][0]:  # into the finish from the right
                beside[b] = max(beside.get(b, points[-2][0]), points[-2][0])
            # A vertical run through another row's label, near its start: the label steps past it too.
            for (x0, y0), (x1, y1) in itertools.pairwise(points):
                if x0 != x1:
                    continue
                low, high = max(int(min(y0, y1) // rh), first), min(int(max(y0, y1) // rh), last)
                # The labels starting near x0, found by their sorted starts rather than row by row.
                near = bisect_left(label_lefts, x0 - MAX_LABEL_STEP)
                for _left, r in label_starts[near : bisect_right(label_lefts, x0 + LABEL_GAP)]:
                    box = labels[r]
                    if (
                        low <= r <= high
                        and box.left() - LABEL_GAP <= x0 <= box.left() + MAX_LABEL_STEP
                        and min(y0, y1) < box.bottom()
                        and max(y0, y1) > box.top()
                    ):
                        beside[r] = max(beside.get(r, x0), x0)
            is_critical = show_critical and is_crit(dep.predecessor_id) and is_crit(dep.successor_id)
            line = QPolygonF([QPointF(round(x) + 0.5, round(y) + 0.5) for x, y in points])
            (ax, ay), (bx, by) = points[-2], points[-1]
            out.append((min(a, b), max(a, b), is_critical, line, _arrow_head(ax, ay, bx, by)))
        return out, through, beside

    def _draw_links(self, p, band: _Band, scale, links, row_of, left, top, first, last, rect) -> None:
        """Draws the band's links that reach rows first..last, and the columns in view."""
        c = self.colors
        margin = STUB + MAX_SHIFT + 8  # how far a route may run beside its bars, and the arrow head
        x_min, x_max = rect.left() - margin, rect.right() + margin
        columns, columns_critical = self._through_columns(band.through, scale, links, row_of, 0, x_min - left,
                                                          x_max - left)  # fmt: skip
        # One device pixel wide, unscaled and not antialiased (as the links are drawn): Qt's cosmetic stroker.
        thin = p.device().devicePixelRatioF() == 1 and not p.transform().isScaling()
        # One line per pixel column and colour, normal or critical; rounded in chart coordinates, as the routes are.
        # A thin pen's columns are cut to the rows painted and drawn in one call, as `_LinkPieces` does.
        rh = self.row_height
        y0, y1 = rect.top(), rect.bottom()
        column_lines: tuple[list, list[QPolygonF]] = ([], [])
        keys = np.unique(np.round(columns) * 2 + (columns_critical & self.options.critical))
        xs, critical = (keys // 2 + left + 0.5).tolist(), (keys % 2 == 1).tolist()
        if thin:
            top_cut = max(y0, top + first * rh - PIECE_MARGIN)
            bottom_cut = min(y1, top + (last + 1) * rh + PIECE_MARGIN)
            column_lines[0].extend(
                QLineF(x, top_cut, x, bottom_cut) for x, crit in zip(xs, critical, strict=True) if not crit
            )
        for x, crit in zip(xs, critical, strict=True):
            if crit or not thin:
                column_lines[crit].append(QPolygonF([QPointF(x, y0), QPointF(x, y1)]))
        # The band's lines in chart coordinates that reach the rows painted: the painter moves to the view for them.
        # Those only passing through the rows painted are drawn as their segments crossing them (`_LinkPieces`).
        if self._pieces is None or self._pieces.band is not band:
            self._pieces = _LinkPieces(band)
        reaching, whole, passing = self._pieces.cut(first, last, first * rh, (last + 1) * rh, thin)
        lines: tuple[list[QPolygonF], list[QPolygonF]] = ([], [])
        heads: tuple[list[QPolygonF], list[QPolygonF]] = ([], [])
        for i in whole:
            _low, _high, is_critical, line, head = band.lines[i]
            lines[is_critical].append(line)
            heads[is_critical].append(head)
        self._drawn = (column_lines[0] + column_lines[1], reaching, QPointF(left, top))
        p.setBrush(Qt.BrushStyle.NoBrush)
        # Drawn by colour, normal links first so the critical ones stay on top (as they were drawn in turn).
        for is_critical, pen in ((False, QPen(c.link, 1)), (True, QPen(c.critical, 2))):
            p.setPen(pen)
            if thin and not is_critical:
                p.drawLines(column_lines[0])
            else:
                for line in column_lines[is_critical]:
                    p.drawPolyline(line)
            p.translate(left, top)
            for line in lines[is_critical]:
                p.drawPolyline(line)
            if passing and not is_critical:
                p.drawLines(passing)
            p.translate(-left, -top)
        p.setPen(Qt.PenStyle.NoPen)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.translate(left, top)
        for is_critical, color in ((False, c.link), (True, c.critical)):
            p.setBrush(color)
            for head in heads[is_critical]:
                p.drawPolygon(head)
        p.translate(-left, -top)

    @property
    def link_lines(self) -> list[QPolygonF]:
        """The link lines the last frame drew, on the surface (for tests to check against)."""
        columns, reaching, offset = self._drawn
        lines = self._pieces.band.lines if self._pieces is not None else []
        columns = [QPolygonF([c.p1(), c.p2()]) if isinstance(c, QLineF) else c for c in columns]
        return columns + [lines[i][3].translated(offset) for i in reaching.tolist()]

    def _split_through(self, links: LinkIndex, first: int, last: int) -> tuple[list[int], np.ndarray]:
        """The links reaching rows first..last: (those routed one by one, those drawn as columns). Columns only when
        more than MANY_THROUGH links have both ends out of sight (a plan of tens of thousands of tasks): each would
        cost ~50 µs to route, and what shows of it is one vertical line across the view."""
        ends, through = links.crossing(first, last)
        if len(through) > MANY_THROUGH:
            return ends, through
        return ends + through.tolist(), through[:0]

    def _through_columns(self, through, scale, links, row_of, left, x_min, x_max) -> tuple[np.ndarray, np.ndarray]:
        """(x, both ends critical), as arrays, of the links crossing the whole view that show: each at the column
        its vertical run takes with nothing in its way. Kept between frames in chart coordinates until the bars,
        the links or the scale change, so a scroll frame only looks them up."""
        if not len(through):
            return np.empty(0), np.empty(0, dtype=bool)
        key = (links, self.bars, self.bars.generation, scale.origin, scale.px_per_day)
        if key != self._columns_key:
            size = max(links.rows, default=0) + 1
            self._columns_key = key
            self._columns = (np.full(size, np.nan), np.zeros(size, dtype=bool))  # NaN: not worked out yet
        xs, critical = self._columns
        deps = self.ws.dependencies
        for link_id in through[np.isnan(xs[through])].tolist():
            column = self._column(deps.get(link_id), row_of, scale)
            xs[link_id], critical[link_id] = column if column is not None else (np.inf, False)  # inf: not drawn
        shown = left + xs[through]
        keep = (shown >= x_min) & (shown <= x_max)
        return shown[keep], critical[through][keep]

    def _column(self, dep, row_of: dict, scale) -> tuple[float, bool] | None:
        """Where a link's vertical run goes with nothing in its way, in chart coordinates, and whether both its
        ends are critical; None when it is not drawn."""
        if dep is None:
            return None
        a = row_of.get(("task", dep.predecessor_id))
        b = row_of.get(("task", dep.successor_id))
        pred = None if a is None else self._anchor(dep.predecessor_id, a, scale, 0, {})
        succ = None if b is None else self._anchor(dep.successor_id, b, scale, 0, {})
        if pred is None or succ is None:
            return None
        x = route(dep.type.value, pred, succ, self.row_height)[1][0]
        return x, self.bars.critical(dep.predecessor_id) and self.bars.critical(dep.successor_id)

    def _critical(self, task_id: int) -> bool:
        return self.bars.critical(task_id)

    def _anchor(self, task_id: int, row: int, scale, left, shown) -> Anchor | None:
        if row in shown:
            box = shown[row][1]
            return Anchor(box.left(), box.right(), row)
        # Off screen: only the bar's ends matter, so the bar itself (slack, baseline, names) is not made.
        extent = self.bars.extent(task_id)
        if extent is None:
            return None
        kind, start, finish = extent
        x0 = left + scale.x(start)
        if kind == "milestone":
            return Anchor(x0 - 7, x0 + 7, row)
        return Anchor(x0, x0 + max(left + scale.x(finish) - x0, 2 if kind == "summary" else 3), row)

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
        text = _label_text(bar) if o.labels else ""
        if text:
            lx = label.left() if label is not None else self._label_left(bar, box, scale, left)
            p.setPen(c.muted if bar.done else c.text)
            p.drawText(QRectF(lx, row_top, 600, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, text)

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


def _label_text(bar: Bar) -> str:
    """What is written beside a bar: its people; a milestone's date first."""
    if bar.kind != "milestone":
        return bar.label
    when = formats.day_month(bar.start)
    return f"{when}  {bar.label}" if bar.label else when


def _tier_font(font: QFont, tier: int) -> QFont:
    """The scale's top tier in semi-bold, the lower one in the chart's font."""
    out = QFont(font)
    out.setWeight(QFont.Weight.DemiBold if tier == 0 else QFont.Weight.Normal)
    return out


def _over(color: QColor, under: QColor) -> QColor:
    """`color` painted over `under`, as one opaque colour (blending whole columns each frame costs time)."""
    a = color.alphaF()
    return QColor.fromRgbF(
        *(a * getattr(color, c)() + (1 - a) * getattr(under, c)() for c in ("redF", "greenF", "blueF"))
    )


def _arrow_head(ax: float, ay: float, bx: float, by: float, size: float = 5) -> QPolygonF:
    if abs(bx - ax) >= abs(by - ay):
        d = 1 if bx >= ax else -1
        return QPolygonF(
            [QPointF(bx, by), QPointF(bx - d * size, by - size * 0.8), QPointF(bx - d * size, by + size * 0.8)]
        )
    d = 1 if by >= ay else -1
    return QPolygonF(
        [QPointF(bx, by), QPointF(bx - size * 0.8, by - d * size), QPointF(bx + size * 0.8, by - d * size)]
    )
