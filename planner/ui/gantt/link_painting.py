"""The Gantt chart's links: routed among a band of rows, kept between frames, and drawn for the rows painted."""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF

from planner.ui.gantt.bar_painting import LABEL_GAP
from planner.ui.gantt.bars import BarSource
from planner.ui.gantt.look import Colors, Options
from planner.ui.gantt.routing import MAX_SHIFT, STUB, Anchor, LinkIndex, Obstacles, route

MAX_LABEL_STEP = 60  # how far a label moves right to clear a link's vertical run through its start
MANY_THROUGH = 300  # links crossing the whole view past which they are drawn as plain columns (`_split_through`)
PIECE_MARGIN = 8  # px: how far a link's arrow head, cap or wide pen may reach past its corners (`LinkPieces`)


@dataclass
class Band:
    """The labels and the links of a band of rows, in chart coordinates (x from the chart's start, y from its first
    row), kept between frames. A route keeps clear of the bars in the rows it crosses among the band's: the rows in
    view, or, while the wheel scrolls, those widened to whole blocks of BAND_ROWS rows (`band_rows`), the same for
    every frame scrolled within those blocks, which then only draw what was worked out (routing is most of a
    frame: ~50 µs of Python a link)."""

    key: tuple
    kept: tuple  # the rows, their index and the link index the key names by id, kept alive so the ids stay theirs
    labels: dict[int, QRectF]  # by row: where each bar's label goes, stepped past the links' runs
    lines: list[tuple[int, int, bool, QPolygonF, QPolygonF]]  # see LinkPainter.route
    through: np.ndarray  # the links passing over every row of the band, drawn as columns
    routines: bool  # whether a routine's row is in the band: its bar depends on the days in view
    occurrences: tuple | None  # the days in view the routines' bars were made for


class LinkPieces:
    """A band's link lines cut for a strip of rows. A notch paints a strip of two or three rows, and most lines
    reaching it only pass through: one call a line (~245 a notch, each stroked whole, ~34,000 px tall, then clipped)
    was 15 % of a notch. A normal line's segment whose ends both lie beyond the strip is drawn as a line of its own,
    all of them in one call: the same pixels, since a thin pen (one device pixel, not antialiased: Qt's cosmetic
    stroker) draws the inside of a segment alike alone or in a polyline, and only its ends (joins, caps) differ,
    which the clip hides. Wider pens go another way for separate lines (a device pixel ratio of 2 makes the normal
    pen one of them), so the critical lines, and every line then, stay whole, as do the lines with a corner near the
    strip."""

    def __init__(self, band: Band) -> None:
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


def _obstacles_between(shown: dict, labels: dict[int, QRectF], first: int, last: int):
    """For `route`: the bars and their labels a link's vertical run between two rows keeps clear of, among rows
    first..last, by stretch of rows (most links pass all rows in view, so each stretch is made once)."""
    by_row: list[tuple[float, float] | None] = [None] * (last - first + 1)
    for r, (_bar, box) in shown.items():
        by_row[r - first] = (box.left(), labels[r].right() if r in labels else box.right())
    obstacles: dict[tuple[int, int], Obstacles] = {}

    def between(a: int, b: int):
        low, high = (a, b) if a < b else (b, a)
        stretch = (max(low + 1, first) - first, max(min(high, last + 1) - first, 0))
        found = obstacles.get(stretch)
        if found is None:
            found = obstacles[stretch] = Obstacles(s for s in by_row[stretch[0] : stretch[1]] if s)
        return found

    return between


def _shared_runs(routed: list[tuple]) -> dict[tuple[int, bool], float]:
    """Links leaving one end of a bar share the vertical run nearest the bar: one line that branches, not several
    side by side. By (predecessor, out of its finish): the x of that run."""
    runs: dict[tuple[int, bool], float] = {}
    for dep, _a, _b, _pred, _succ, points in routed:
        if len(points) == 4:
            key = (dep.predecessor_id, dep.type.value[0] == "F")
            runs[key] = min(runs.get(key, points[1][0]), points[1][0], key=lambda x: abs(x - points[0][0]))
    return runs


class _LabelSteps:
    """Where the bars' labels among rows first..last must start so links do not run through them: by row, the
    rightmost x a link runs at just after that row's bar (`beside`)."""

    def __init__(self, labels: dict[int, QRectF], first: int, last: int, row_height: int) -> None:
        self.labels = labels
        self.first, self.last, self.row_height = first, last, row_height
        self.starts = sorted((box.left(), r) for r, box in labels.items())
        self.lefts = [x for x, _ in self.starts]
        self.beside: dict[int, float] = {}

    def past(self, row: int, x: float) -> None:
        """The label of `row` starts after `x`."""
        self.beside[row] = max(self.beside.get(row, x), x)

    def past_columns(self, columns: np.ndarray) -> None:
        """A column runs through every row in view: a label starting near one steps past the rightmost."""
        if not len(columns):
            return
        ordered = np.unique(columns)
        for start, r in self.starts:
            low = np.searchsorted(ordered, start - LABEL_GAP, side="left")
            high = np.searchsorted(ordered, start + MAX_LABEL_STEP, side="right")
            if high > low:
                self.past(r, float(ordered[high - 1]))

    def past_run(self, x: float, y0: float, y1: float) -> None:
        """A vertical run from y0 to y1 at `x` through another row's label, near its start: the label steps past
        it too."""
        rh = self.row_height
        top, bottom = min(y0, y1), max(y0, y1)
        low, high = max(int(top // rh), self.first), min(int(bottom // rh), self.last)
        # The labels starting near x, found by their sorted starts rather than row by row.
        near = bisect_left(self.lefts, x - MAX_LABEL_STEP)
        for _left, r in self.starts[near : bisect_right(self.lefts, x + LABEL_GAP)]:
            box = self.labels[r]
            if (
                low <= r <= high
                and box.left() - LABEL_GAP <= x <= box.left() + MAX_LABEL_STEP
                and top < box.bottom()
                and bottom > box.top()
            ):
                self.past(r, x)


class LinkPainter:
    """Routes and draws a chart's links, keeping what the frames before worked out."""

    def __init__(self, ws, bars: BarSource, colors: Colors, options: Options, row_height: int) -> None:
        self.ws = ws
        self.bars = bars
        self.colors = colors
        self.options = options
        self.row_height = row_height
        # What the last frame drew: its columns, the band's lines reaching the rows painted, and where the view's
        # origin was (for tests to check against, `lines`).
        self._drawn: tuple[list[QPolygonF], np.ndarray, QPointF] = ([], np.empty(0, dtype=np.int64), QPointF())
        self._pieces: LinkPieces | None = None  # the kept band's lines, cut for each strip
        # The columns of the links crossing the view (`_through_columns`), and what they were worked out for.
        self._columns: tuple[np.ndarray, np.ndarray] = (np.empty(0), np.empty(0, dtype=bool))
        self._columns_key: tuple | None = None

    def route(self, scale, first, last, x_offset, width, row_of, links: LinkIndex, shown, labels) -> tuple:
        """The links among rows first..last, in chart coordinates: ([(low row, high row, critical, line, arrow
        head)], the links passing over every row drawn as columns, and by row the rightmost x a link runs
        at just after that row's bar (leaving its finish, entering it from the right, or passing near its label's
        start), where its label must start after)."""
        rh = self.row_height
        between = _obstacles_between(shown, labels, first, last)
        margin = STUB + MAX_SHIFT + 8  # how far a route may run beside its bars, and the arrow head
        x_min, x_max = x_offset - margin, x_offset + width + margin
        ids, through = self._split_through(links, first, last)
        routed = self._routed(ids, scale, row_of, shown, x_min, x_max, between)
        runs = _shared_runs(routed)
        steps = _LabelSteps(labels, first, last, rh)
        steps.past_columns(self._through_columns(through, scale, links, row_of, 0, x_min, x_max)[0])
        show_critical = self.options.critical
        is_crit = self.bars.critical
        out = []
        for dep, a, b, pred, succ, points in routed:
            shared = runs.get((dep.predecessor_id, dep.type.value[0] == "F"))
            if len(points) == 4 and shared is not None and shared != points[1][0]:
                points = route(dep.type.value, pred, succ, rh, between, run_x=shared)
            if points[1][0] > points[0][0]:  # out of the finish: the run is after the bar, in its label's place
                steps.past(a, points[1][0])
            if points[-2][0] > points[-1][0]:  # into the finish from the right
                steps.past(b, points[-2][0])
            for (x0, y0), (x1, y1) in itertools.pairwise(points):
                if x0 == x1:
                    steps.past_run(x0, y0, y1)
            is_critical = show_critical and is_crit(dep.predecessor_id) and is_crit(dep.successor_id)
            line = QPolygonF([QPointF(round(x) + 0.5, round(y) + 0.5) for x, y in points])
            (ax, ay), (bx, by) = points[-2], points[-1]
            out.append((min(a, b), max(a, b), is_critical, line, arrow_head(ax, ay, bx, by)))
        return out, through, steps.beside

    def _routed(self, ids, scale, row_of, shown, x_min: float, x_max: float, between) -> list[tuple]:
        """The links `ids` routed one by one, those whose bars show and come near the view (x_min..x_max):
        [(dependency, predecessor row, successor row, predecessor anchor, successor anchor, points)]."""
        rh = self.row_height
        deps = self.ws.dependencies
        anchor = self._anchor
        routed = []
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
        return routed

    def draw(self, p, band: Band, scale, links, row_of, left, top, first, last, rect) -> None:
        """Draws the band's links that reach rows first..last, and the columns in view."""
        c = self.colors
        margin = STUB + MAX_SHIFT + 8  # how far a route may run beside its bars, and the arrow head
        x_min, x_max = rect.left() - margin, rect.right() + margin
        columns, columns_critical = self._through_columns(band.through, scale, links, row_of, 0, x_min - left,
                                                          x_max - left)  # fmt: skip
        # One device pixel wide, unscaled and not antialiased (as the links are drawn): Qt's cosmetic stroker.
        thin = p.device().devicePixelRatioF() == 1 and not p.transform().isScaling()
        # One line per pixel column and colour, normal or critical; rounded in chart coordinates, as the routes are.
        # A thin pen's columns are cut to the rows painted and drawn in one call, as `LinkPieces` does.
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
        # Those only passing through the rows painted are drawn as their segments crossing them (`LinkPieces`).
        if self._pieces is None or self._pieces.band is not band:
            self._pieces = LinkPieces(band)
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

    def draw_none(self) -> None:
        """A frame that draws no links: `lines` lists none."""
        self._drawn = ([], np.empty(0, dtype=np.int64), QPointF())

    @property
    def lines(self) -> list[QPolygonF]:
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
            size = links.id_bound()
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


def arrow_head(ax: float, ay: float, bx: float, by: float, size: float = 5) -> QPolygonF:
    if abs(bx - ax) >= abs(by - ay):
        d = 1 if bx >= ax else -1
        return QPolygonF(
            [QPointF(bx, by), QPointF(bx - d * size, by - size * 0.8), QPointF(bx - d * size, by + size * 0.8)]
        )
    d = 1 if by >= ay else -1
    return QPolygonF(
        [QPointF(bx, by), QPointF(bx - size * 0.8, by - d * size), QPointF(bx + size * 0.8, by - d * size)]
    )
