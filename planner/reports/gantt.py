"""A Gantt snapshot of a project's coming weeks for printed reports: the tasks active in a window of weeks
around the status date, painted with QPainter as vectors (bars with progress, summaries, milestones, the baseline
under each bar, the links between the rows shown as arrows, the critical path in red, non-working days shaded, the
status date as a line).

The Gantt view prints the whole chart; this is the one-page picture a status report needs. Reads the workspace,
never changes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from planner.core.baselines import chosen_baseline
from planner.core.i18n import tr
from planner.core.model import LinkType, Workspace
from planner.reports import formats
from planner.reports.common import is_done
from planner.reports.document import Block, Canvas, Palette, Piece

CRITICAL = QColor("#c4322b")
CRITICAL_SOFT = QColor("#f6d5d2")
BAR_SOFT = QColor("#c9d8f5")
DONE = QColor("#6b8fd6")


@dataclass
class GanttRow:
    label: str
    depth: int
    start: datetime
    finish: datetime
    baseline: tuple[datetime, datetime] | None = None
    progress: int = 0
    milestone: bool = False
    summary: bool = False
    critical: bool = False
    done: bool = False


@dataclass(frozen=True)
class GanttLink:
    """A dependency between two rows of the snapshot (indices into `rows`)."""

    predecessor: int
    successor: int
    type: LinkType
    critical: bool


@dataclass
class GanttSnapshot:
    first: date
    last: date  # exclusive
    status: datetime
    rows: list[GanttRow] = field(default_factory=list)
    hidden: int = 0  # tasks active in the window that did not fit
    off_days: list[date] = field(default_factory=list)
    links: list[GanttLink] = field(default_factory=list)  # those with both ends shown


def gantt_snapshot(ws: Workspace, project_id: int, status: datetime, weeks_before: int = 1, weeks_after: int = 6,
                   max_rows: int = 30) -> GanttSnapshot:  # fmt: skip
    """The project's tasks active from the start of the week (the locale's first day) `weeks_before` weeks before
    the status date to `weeks_after` weeks after it, in outline order, with their summaries; at most `max_rows`
    rows."""
    week = formats.week_start(status.date())
    first = week - timedelta(weeks=weeks_before)
    last = week + timedelta(weeks=weeks_after + 1)
    lo, hi = datetime.combine(first, time()), datetime.combine(last, time())
    snap = GanttSnapshot(first, last, status)
    cal = ws.calendar
    snap.off_days = [d for d in (first + timedelta(days=i) for i in range((last - first).days))
                     if not cal.is_working_day(d)]  # fmt: skip
    baseline = chosen_baseline(ws, project_id)
    critical = _critical(ws)
    order: list[tuple[int, int]] = []
    stack = [(tid, 0) for tid in reversed(ws.children(("project", project_id)))]
    while stack:
        tid, depth = stack.pop()
        order.append((tid, depth))
        stack.extend((kid, depth + 1) for kid in reversed(ws.children(("task", tid))))
    active, shown = [], []
    for tid, depth in order:
        task = ws.tasks[tid]
        start, finish = task.start, task.finish or task.start
        if start is None or finish is None or finish < lo or start >= hi:
            continue
        old = None
        if baseline is not None and tid in baseline.tasks:
            row = baseline.tasks[tid]
            if row.start is not None and row.finish is not None:
                old = (row.start, row.finish)
        active.append(GanttRow(task.title, depth, start, finish, old, task.percent_complete, task.milestone,
                               ws.is_summary(tid), tid in critical, is_done(ws, task)))  # fmt: skip
        shown.append(tid)
    snap.rows = active[:max_rows]
    snap.hidden = len(active) - len(snap.rows)
    row_of = {tid: n for n, tid in enumerate(shown[:max_rows])}
    for dep in sorted(ws.dependencies.values(), key=lambda d: d.id):
        before, after = row_of.get(dep.predecessor_id), row_of.get(dep.successor_id)
        if before is not None and after is not None:
            both_critical = snap.rows[before].critical and snap.rows[after].critical
            snap.links.append(GanttLink(before, after, LinkType(dep.type), both_critical))
    return snap


def _critical(ws: Workspace) -> set[int]:
    try:
        from planner.core.schedule import compute_schedule

        result = compute_schedule(ws)
    except Exception:  # a plan that cannot be scheduled (a loop) still prints, without the critical path
        return set()
    return {tid for tid in ws.tasks if tid in result and result[tid].critical}


def gantt_height(snap: GanttSnapshot) -> float:
    """The snapshot's height in points: a two-line scale and 15 points a row."""
    return SCALE_PT + ROW_PT * max(len(snap.rows), 1)


SCALE_PT, ROW_PT = 30, 15
MIN_ROWS = 6  # fewer rows at the foot of a page read as a stray scrap: the snapshot starts on the next page
MIN_REST = 3  # rows carried over to the next page with the caption, at least


def split_snapshot(snap: GanttSnapshot, count: int) -> tuple[GanttSnapshot, GanttSnapshot]:
    """The first `count` rows and the rest, each with the links among its own rows (a link across the break is
    on neither page: a line to a bar on another sheet cannot be followed)."""

    def part(first: int, last: int) -> GanttSnapshot:
        links = [replace(link, predecessor=link.predecessor - first, successor=link.successor - first)
                 for link in snap.links
                 if first <= link.predecessor < last and first <= link.successor < last]  # fmt: skip
        return replace(snap, rows=snap.rows[first:last], links=links)

    return part(0, count), part(count, len(snap.rows))


@dataclass
class GanttBlock(Block):
    """The snapshot in a report, its caption under it: whole where it fits, else broken between rows with the time
    scale repeated, so it fills the rest of a page instead of leaving half of one empty (a 30-row snapshot after
    the milestones left page 2 of the status report half blank)."""

    snap: GanttSnapshot
    caption: str = ""
    title: str = "Gantt snapshot"
    first: bool = True  # the first part names the chart in RenderInfo; a continuation does not again

    def place(self, canvas: Canvas, width: float, space: float, fresh: bool):
        cap_font = canvas.font(8, italic=True)
        cap_lines = canvas.wrap(self.caption, cap_font, width) if self.caption else []
        cap_h = len(cap_lines) * canvas.line_height(cap_font)
        rows = len(self.snap.rows)
        if canvas.pt(gantt_height(self.snap)) + cap_h <= space or (rows <= 1 and fresh):
            return self._piece(canvas, self.snap, cap_lines, cap_h), None
        if rows <= 1:
            return None, None
        # As a split table does, the rest carries a few rows (and the caption), never a stray one.
        fit = min(int((space / canvas.pt(1) - SCALE_PT) // ROW_PT), rows - MIN_REST)
        if fit < min(MIN_ROWS, rows - 1):
            if not fresh:
                return None, None
            fit = max(fit, 1)
        part, rest = split_snapshot(self.snap, fit)
        return self._piece(canvas, part, [], 0.0), replace(self, snap=rest, first=False)

    def min_height(self, canvas: Canvas, width: float) -> float:
        """A heading kept with the snapshot needs room for its first few rows only, as it may break after them."""
        rows = len(self.snap.rows)
        if rows <= MIN_ROWS:
            return super().min_height(canvas, width)
        return canvas.pt(SCALE_PT + ROW_PT * MIN_ROWS)

    def _piece(self, canvas: Canvas, snap: GanttSnapshot, cap_lines: list[str], cap_h: float) -> Piece:
        chart_h = canvas.pt(gantt_height(snap))

        def paint(painter: QPainter, x: float, y: float, w: float) -> None:
            painter.save()
            paint_gantt(snap, painter, QRectF(x, y, w, chart_h), canvas)
            painter.restore()
            if self.first:
                canvas.charts.append(self.title)
            if cap_lines:
                canvas.draw_lines(painter, cap_lines, canvas.font(8, italic=True), x, y + chart_h, w, Palette.muted)

        return Piece(chart_h + cap_h, paint)


@dataclass(frozen=True)
class GanttFrame:
    """Where the snapshot's rows and dates fall in the rectangle it is painted in (device pixels)."""

    snap: GanttSnapshot
    rect: QRectF
    label_w: float
    scale_h: float

    @property
    def x0(self) -> float:
        return self.rect.left() + self.label_w

    @property
    def top(self) -> float:
        return self.rect.top() + self.scale_h

    @property
    def row_h(self) -> float:
        return (self.rect.height() - self.scale_h) / max(len(self.snap.rows), 1)

    def x_at(self, at: datetime) -> float:
        lo = datetime.combine(self.snap.first, time())
        span = (self.snap.last - self.snap.first).days * 86400.0
        return self.x0 + (self.rect.right() - self.x0) * min(max((at - lo).total_seconds() / span, 0.0), 1.0)

    def bar_middle(self, n: int) -> float:
        return self.top + n * self.row_h + self.row_h * 0.42

    def link_route(self, link: GanttLink, stub: float) -> list[QPointF]:
        """The elbowed line of `link`, from the predecessor's end (its finish, or its start for SS and SF) to the
        successor's (its start, or its finish for FF and SF), as MS Project draws it: out of the first bar by a stub,
        along the row boundary above or below the successor, and into the successor from the side it starts at."""
        before, after = self.snap.rows[link.predecessor], self.snap.rows[link.successor]
        from_start, to_start = link.type in (LinkType.SS, LinkType.SF), link.type in (LinkType.FS, LinkType.SS)
        fx = self.x_at(before.start if from_start else before.finish)
        tx = self.x_at(after.start if to_start else after.finish)
        fy, ty = self.bar_middle(link.predecessor), self.bar_middle(link.successor)
        out_x = fx - stub if from_start else fx + stub
        in_x = tx - stub if to_start else tx + stub
        if (out_x <= in_x) == to_start:  # the successor's side is reached straight down (or up) from the stub
            return [QPointF(fx, fy), QPointF(out_x, fy), QPointF(out_x, ty), QPointF(tx, ty)]
        below = link.successor > link.predecessor
        turn_y = self.top + (link.successor if below else link.successor + 1) * self.row_h
        return [QPointF(fx, fy), QPointF(out_x, fy), QPointF(out_x, turn_y), QPointF(in_x, turn_y),
                QPointF(in_x, ty), QPointF(tx, ty)]  # fmt: skip


def paint_gantt(snap: GanttSnapshot, painter: QPainter, rect: QRectF, canvas: Canvas) -> None:
    frame = GanttFrame(snap, rect, rect.width() * 0.3, canvas.pt(28))
    label_w, top, row_h = frame.label_w, frame.top, frame.row_h
    x0, x1 = frame.x0, rect.right()
    rows = max(len(snap.rows), 1)
    x_at = frame.x_at
    day_w = (x1 - x0) / max((snap.last - snap.first).days, 1)
    thin = canvas.pt(0.4)
    # shading, stripes and grid
    for n in range(rows):
        if n % 2:
            painter.fillRect(QRectF(rect.left(), top + n * row_h, rect.width(), row_h), Palette.stripe)
    for off in snap.off_days:
        x = x0 + (off - snap.first).days * day_w
        painter.fillRect(QRectF(x, top, day_w, rect.bottom() - top), QColor("#eceff3"))
    small, bold = canvas.font(6.5), canvas.font(7, bold=True)
    week = snap.first
    while week < snap.last:
        x = x0 + (week - snap.first).days * day_w
        painter.setPen(QPen(Palette.rule, thin))
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        number = formats.week_number(week)
        canvas.draw_lines(
            painter,
            [tr("Reports", "Week {week}").format(week=number)],
            bold,
            x + canvas.pt(3),
            rect.top(),
            7 * day_w,
            Palette.ink,
        )
        canvas.draw_lines(painter, [formats.day_month(week)], small, x + canvas.pt(3), rect.top() + canvas.pt(11),
                          7 * day_w, Palette.muted)  # fmt: skip
        week += timedelta(days=7)
    painter.setPen(QPen(Palette.ink, canvas.pt(0.8)))
    painter.drawLine(QPointF(rect.left(), top), QPointF(rect.right(), top))
    painter.drawLine(QPointF(x0, rect.top()), QPointF(x0, rect.bottom()))
    canvas.draw_lines(
        painter, [tr("Reports", "Task")], bold, rect.left(), rect.top() + canvas.pt(11), label_w, Palette.ink
    )
    if not snap.rows:
        canvas.draw_lines(painter, [tr("Reports", "Nothing is scheduled in these weeks.")], canvas.font(8, italic=True),
                          x0 + canvas.pt(6), top + canvas.pt(3), x1 - x0, Palette.muted)  # fmt: skip
    # rows
    for n, row in enumerate(snap.rows):
        y = top + n * row_h
        font = canvas.font(7, bold=row.summary)
        indent = canvas.pt(7) * row.depth
        text = canvas.elide(row.label, font, label_w - indent - canvas.pt(6))
        canvas.draw_lines(painter, [text], font, rect.left() + indent, y + (row_h - canvas.line_height(font)) / 2,
                          label_w, Palette.ink)  # fmt: skip
        painter.save()
        painter.setClipRect(QRectF(x0, y, x1 - x0, row_h))
        _bar(painter, canvas, row, y, row_h, x_at)
        painter.restore()
    _links(painter, canvas, frame)
    # the status date
    sx = x_at(snap.status)
    pen = QPen(Palette.warn, canvas.pt(1))
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(sx, top), QPointF(sx, rect.bottom()))
    painter.setPen(QPen(Palette.rule, canvas.pt(0.6)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


def _bar(painter: QPainter, canvas: Canvas, row: GanttRow, y: float, row_h: float, x_at) -> None:
    mid = y + row_h * 0.42
    if row.baseline is not None and not row.summary:
        bx0, bx1 = x_at(row.baseline[0]), x_at(row.baseline[1])
        painter.fillRect(QRectF(bx0, y + row_h * 0.74, max(bx1 - bx0, canvas.pt(1)), row_h * 0.12), Palette.faint)
    if row.milestone:
        x = x_at(row.finish)
        r = row_h * 0.3
        diamond = QPolygonF([QPointF(x, mid - r), QPointF(x + r, mid), QPointF(x, mid + r), QPointF(x - r, mid)])
        painter.setPen(QPen(Palette.ink, canvas.pt(0.6)))
        painter.setBrush(QBrush(Palette.ink if row.done else (CRITICAL if row.critical else Palette.accent)))
        painter.drawPolygon(diamond)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        label = formats.day_month(row.finish)
        canvas.draw_lines(painter, [label], canvas.font(6.5), x + r + canvas.pt(2), mid - canvas.pt(4.5),
                          canvas.pt(40), Palette.ink)  # fmt: skip
        return
    xa, xb = x_at(row.start), x_at(row.finish)
    width = max(xb - xa, canvas.pt(1.5))
    if row.summary:
        h = row_h * 0.2
        painter.fillRect(QRectF(xa, mid - h / 2, width, h), Palette.ink)
        for x, sign in ((xa, 1), (xa + width, -1)):
            tip = QPolygonF([QPointF(x, mid - h / 2), QPointF(x + sign * canvas.pt(3.5), mid - h / 2),
                             QPointF(x, mid + h * 1.4)])  # fmt: skip
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(Palette.ink))
            painter.drawPolygon(tip)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return
    h = row_h * 0.46
    box = QRectF(xa, mid - h / 2, width, h)
    soft, strong = (CRITICAL_SOFT, CRITICAL) if row.critical else (BAR_SOFT, Palette.accent)
    painter.setPen(QPen(strong, canvas.pt(0.6)))
    painter.setBrush(QBrush(soft))
    painter.drawRoundedRect(box, canvas.pt(1.2), canvas.pt(1.2))
    if row.progress:
        done = QRectF(xa, mid - h / 2, width * min(row.progress, 100) / 100, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(strong if not row.done else DONE))
        painter.drawRoundedRect(done, canvas.pt(1.2), canvas.pt(1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _links(painter: QPainter, canvas: Canvas, frame: GanttFrame) -> None:
    """Each link as a thin elbowed line with an arrowhead at the successor, red when both ends are critical."""
    painter.save()
    painter.setClipRect(QRectF(frame.x0, frame.top, frame.rect.right() - frame.x0, frame.rect.bottom() - frame.top))
    head = canvas.pt(2.2)
    for link in frame.snap.links:
        color = CRITICAL if link.critical else Palette.muted
        route = frame.link_route(link, canvas.pt(4))
        painter.setPen(QPen(color, canvas.pt(0.5)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF(route))
        tip, before = route[-1], route[-2]
        sign = 1 if tip.x() >= before.x() else -1  # the last leg runs along the row, into the bar's side
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawPolygon(QPolygonF([tip, QPointF(tip.x() - sign * head * 1.6, tip.y() - head),
                                       QPointF(tip.x() - sign * head * 1.6, tip.y() + head)]))  # fmt: skip
    painter.restore()
