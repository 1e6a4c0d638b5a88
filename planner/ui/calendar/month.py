"""The calendar's month page: its cells and the bars of each week row, painted into a pixmap kept between frames
and painted again only in the rows whose marks (the selection, the dragged bar) changed."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QLocale, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen, QPixmap

from planner.core.i18n import plural
from planner.reports import formats
from planner.ui import theme
from planner.ui.calendar.gestures import Hit
from planner.ui.calendar.items import month_row, stack_lanes
from planner.ui.calendar.look import DAY_LABEL, HEADER, LANE


class MonthPainting:
    """The month part of the calendar's canvas (which holds the page, its key and marks, and the rows laid out)."""

    def month_cell(self, index: int) -> QRectF:
        w, h = self.width() / 7, (self.height() - HEADER) / 6
        return QRectF((index % 7) * w, HEADER + (index // 7) * h, w, h)

    def month_page(self) -> QPixmap:
        """The month page, brought up to date: painted whole when anything it shows changed but the selection,
        and only in the rows showing the old or the new selection (or dragged bar) when that changed."""
        c = self.colors()
        palette = self.palette()
        dpr = self.devicePixelRatioF()
        key = (self.width(), self.height(), dpr, tuple(color.rgba() for color in c.values()),
               palette.color(QPalette.ColorRole.HighlightedText).rgba(), theme.is_dark(), self.font().key(),
               QLocale().name(), self.view.controller.today(), self.view.anchor, self.view.days()[0])  # fmt: skip
        marks = self.marks()
        if self.page is None or key != self.page_key:
            self.page = QPixmap(round(self.width() * dpr), round(self.height() * dpr))
            self.page.setDevicePixelRatio(dpr)
            self.page_key = key
            self.paint_page(None)
        elif marks != self.page_marks:
            old = self.page_marks
            self.paint_page([row for row in range(6) if self.row_marked(row, marks) or self.row_marked(row, old)])
        self.page_marks = marks
        return self.page

    def marks(self) -> tuple:
        """What `paint_bar` rings: the selected task and the item being dragged."""
        drag = self.drag
        dragged = drag.hit.item if drag is not None and drag.moved and drag.hit else None
        return self.view.selected, dragged

    def row_marked(self, row: int, marks: tuple) -> bool:
        selected, dragged = marks
        first, last = self.view.days()[row * 7], self.view.days()[row * 7 + 6]
        shown, _hidden = self.month_row(first, last, self.room(row))
        return any((selected is not None and item.task_id == selected) or item == dragged for item, *_ in shown)

    def paint_page(self, rows: list[int] | None) -> None:
        """Paints `rows` of the month page, or the whole page (None). A row is painted again clipped to the pixel rows
        it covers, with everything that reaches them in the order of a whole paint (the base, the cells of it
        and of its neighbours, whose borders and fills share its edge pixels, then its bars), so that it comes
        out as the whole paint would have it."""
        painter = QPainter(self.page)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()  # what a painter on the widget would start with
        painter.setPen(palette.color(self.foregroundRole()))
        painter.setBrush(palette.brush(self.backgroundRole()))
        painter.setFont(self.font())
        base = palette.color(QPalette.ColorRole.Base)
        if rows is None:
            painter.fillRect(self.rect(), base)
            self.paint_month(painter, range(6), range(6))
        for row in rows or []:
            cell = self.month_cell(row * 7)
            top, bottom = math.floor(cell.top()), math.ceil(cell.bottom())
            painter.setClipRect(QRect(0, top, self.width(), bottom - top))
            painter.fillRect(self.rect(), base)
            self.paint_month(painter, range(max(0, row - 1), min(6, row + 2)), [row])
        painter.end()

    def room(self, row: int) -> int:
        """How many lanes of bars a cell of month row `row` holds."""
        return max(1, int((self.month_cell(row * 7).height() - DAY_LABEL - 4) // LANE))

    def paint_month(self, painter: QPainter, cell_rows, bar_rows) -> None:
        """The month page: the header when the cells of the first row are painted, the cells of `cell_rows`,
        then the bars of `bar_rows`."""
        c = self.colors()
        view = self.view
        days = view.days()
        today = view.controller.today()
        if 0 in cell_rows:
            self.paint_header(painter, 0, self.width() / 7, days[:7], c)
        cal = view.controller.ws.calendar
        fm = painter.fontMetrics()
        for index, day in enumerate(days):
            if index // 7 not in cell_rows:
                continue
            rect = self.month_cell(index)
            if not cal.is_working_day(day):
                painter.fillRect(rect, c["off"])
            painter.setPen(QPen(c["line"], 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            number = str(day.day) if day.day != 1 else formats.day_month(day)
            label_rect = QRectF(rect.left() + 6, rect.top() + 2, rect.width() - 12, DAY_LABEL - 2)
            other_month = day.month != view.anchor.month
            if day == today:
                badge = QRectF(label_rect.left() - 3, label_rect.top() + 1, fm.horizontalAdvance(number) + 10, 16)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(c["accent"])
                painter.drawRoundedRect(badge, 8, 8)
                painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, number)
            else:
                painter.setPen(c["muted"] if other_month else c["text"])
                painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number)
            name = cal.exception_name(day)
            if name:
                painter.setPen(c["muted"])
                painter.drawText(
                    label_rect.adjusted(fm.horizontalAdvance(number) + 12, 0, 0, 0),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    fm.elidedText(name, Qt.TextElideMode.ElideRight, int(label_rect.width() * 0.7)),
                )
        for week in bar_rows:
            self.paint_week_bars(painter, days[week * 7 : week * 7 + 7], week, c)

    def paint_week_bars(self, painter: QPainter, week: list[date], row: int, c) -> None:
        first, last = week[0], week[-1]
        cell = self.month_cell(row * 7)
        shown, hidden = self.month_row(first, last, self.room(row))
        self.hits = self.row_hits[row] = []
        for item, lane, begin, end in shown:
            x0 = cell.width() * (begin - first).days
            x1 = cell.width() * ((end - first).days + 1)
            rect = QRectF(x0 + 3, cell.top() + DAY_LABEL + 2 + lane * LANE, x1 - x0 - 6, LANE - 3)
            self.paint_bar(painter, rect, item, c, continues_left=item.first_day < first,
                           continues_right=item.last_day > last)  # fmt: skip
        for day, count in hidden.items():
            index = (day - first).days
            rect = QRectF(cell.width() * index + 6, cell.bottom() - LANE, cell.width() - 12, LANE - 3)
            painter.setPen(c["muted"])
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, plural("+%n more", None, count)
            )
            self.hits.append(Hit(rect, None, "more", day))

    def month_row(self, first: date, last: date, room: int):
        """`items.month_row` of the month row starting on `first`, kept until the items are collected again."""
        key = (first, room)
        if key not in self.weeks:
            items = [i for i in self.view.items if i.first_day <= last and i.last_day >= first]
            self.weeks[key] = month_row(items, stack_lanes(items, first, last), first, last, room)
        return self.weeks[key]
