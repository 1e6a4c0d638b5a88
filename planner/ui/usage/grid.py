"""`UsageGrid`: the time-phased half of resource usage, hours per period for the rows the tree shows, painted in
one paintEvent from the model's arrays (no item per cell). Rows follow the tree's own geometry (`visualRect`,
`indexBelow`), so scrolling, expanding and collapsing stay in step without a row list of its own.

A double click on a task's cell asks the view for an editor there (a contour of that person's work).
Over-allocated periods of a person are filled in the palette's warning colour and also drawn bold with a corner
mark, so the mark does not rest on colour alone.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPolygonF, QStaticText, QTransform
from PySide6.QtWidgets import QTreeView, QWidget

from planner.core.workload import Unit
from planner.reports import formats
from planner.ui import theme
from planner.ui.guard import guarded
from planner.ui.usage.model import UsageTreeModel, hours_text

HEADER_HEIGHT = 46  # the tree's header and the grid's two tiers of dates
ROW_HEIGHT = 26
CELL_WIDTH = {Unit.DAY: 40, Unit.WEEK: 64, Unit.MONTH: 84}
MARK = 7  # the over-allocation corner mark, in pixels


def upper_label(unit: Unit, start: date) -> str:
    """The upper tier's label: the month above days and weeks, the year above months."""
    return str(start.year) if unit is Unit.MONTH else f"{formats.month_name(start.month, short=True)} {start.year}"


def lower_label(unit: Unit, start: date) -> str:
    """A period's own label: a month's short name; a day's initial and number; a week's number and first day."""
    if unit is Unit.MONTH:
        return formats.month_name(start.month, short=True)
    if unit is Unit.DAY:
        return f"{formats.weekday_name(start)[0]} {start.day}"
    return f"W{formats.week_number(start)} · {start.day}"


def _mix(color: QColor, base: QColor, share: float) -> QColor:
    """`share` of `color` over `base`, as an opaque colour (what an alpha pen would give, without blending)."""
    return QColor.fromRgbF(*(c * share + b * (1 - share) for c, b in zip(color.getRgbF()[:3], base.getRgbF()[:3],
                                                                          strict=True)))  # fmt: skip


class UsageGrid(QWidget):
    """Paints the rows of `tree` (over `model`) from period `first` at `offset` pixels scrolled right."""

    row_clicked = Signal(QModelIndex)
    cell_double_clicked = Signal(QModelIndex, int)  # a row's index and a period

    def __init__(self, tree: QTreeView, model: UsageTreeModel, parent=None) -> None:
        super().__init__(parent)
        self.tree = tree
        self.model = model
        self.offset = 0  # pixels scrolled right
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._static: dict[tuple[str, bool], tuple[QStaticText, float, float]] = {}  # numbers laid out once
        self.setMinimumWidth(200)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # it fills every pixel: nothing under it to paint

    @property
    def cell_width(self) -> int:
        return CELL_WIDTH[self.model.data_.unit]

    def content_width(self) -> int:
        return self.model.data_.periods * self.cell_width

    def visible_rows(self) -> list[tuple[QModelIndex, int]]:
        """(index, top y in this widget) of each tree row on screen, top to bottom."""
        out = []
        index = self.tree.indexAt(QPoint(1, 1))
        bottom = self.height() - HEADER_HEIGHT
        while index.isValid():
            top = self.tree.visualRect(index).top()
            if top > bottom:
                break
            out.append((index, top + HEADER_HEIGHT))
            index = self.tree.indexBelow(index)
        return out

    def period_at(self, x: float) -> int:
        return int((x + self.offset) // self.cell_width)

    def update_cells(self, changed: list[tuple[int, int, list[float], list[float]]]) -> None:
        """Repaint the cells in view whose hours differ, of the rows `changed` holds as (person's row, task's row or
        -1, hours before, after): after an edit, not every row and period in view (see `UsageTreeModel.change_data`)."""
        cw, offset = self.cell_width, self.offset
        first = max(0, offset // cw)
        last = min(self.model.data_.periods, (offset + self.width()) // cw + 1)
        on_screen = {}  # (person's row, task's row or -1) -> top
        for index, top in self.visible_rows():
            parent = index.internalId()
            on_screen[(index.row(), -1) if parent == 0 else (parent - 1, index.row())] = top
        for person, child, was, now in changed:
            top = on_screen.get((person, child))
            if top is None:
                continue
            periods = [i for i in range(first, last) if was[i] != now[i]]
            if periods:
                left = periods[0] * cw - offset
                self.update(QRect(left, top, (periods[-1] + 1) * cw - offset - left, ROW_HEIGHT))

    @guarded
    def paintEvent(self, event) -> None:
        """Paints the part of the grid `event` asks for: the rows and periods it meets, the header when it does."""
        area: QRect = event.rect()
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(area, palette.color(QPalette.ColorRole.Base))
        data = self.model.data_
        cw = self.cell_width
        first = max(0, (self.offset + area.left()) // cw)
        # A period more on the right: its number, right-aligned, may reach into the area.
        last = min(data.periods, (self.offset + area.right()) // cw + 2)
        self._paint_rows(painter, first, last, area)
        if area.top() < HEADER_HEIGHT:
            self._paint_header(painter, first, last)
        painter.end()

    def _paint_rows(self, painter: QPainter, first: int, last: int, area: QRect) -> None:
        """Fills first, then the texts grouped by pen: each state change costs a Python-to-Qt call, and a frame by
        days has some 300 cells. Numbers are drawn from `QStaticText`s laid out once each. Only the rows `area`
        meets."""
        palette = self.palette()
        cw, width, offset = self.cell_width, self.width(), self.offset
        busy = QColor(theme.accent())
        busy.setAlpha(40)
        over_fill = QColor(theme.warning_color())
        over_fill.setAlpha(70)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        highlight.setAlpha(50)
        current = self.tree.currentIndex().siblingAtColumn(0)
        plain: list[tuple[int, int, str, bool]] = []  # (right edge, top, text, bold)
        warned: list[tuple[int, int, str, bool]] = []
        marks: list[tuple[int, int]] = []
        low, high = area.top() - ROW_HEIGHT, area.bottom()
        rows = [(index, top) for index, top in self.visible_rows() if low < top <= high]
        for index, top in rows:  # over capacity implies load, so every marked cell has hours
            is_person = index.internalId() == 0
            hours = self.model.hours(index)
            over = self.model.person_at(index).over if is_person else None
            if index == current:
                painter.fillRect(0, top, width, ROW_HEIGHT, highlight)
            for i in range(first, last):
                value = hours[i]
                if value < 0.005:
                    continue
                x = i * cw - offset
                if over is not None and over[i]:
                    painter.fillRect(x + 1, top + 1, cw - 1, ROW_HEIGHT - 1, over_fill)
                    marks.append((x + 1, top + 1))
                    warned.append((x + cw - 5, top, hours_text(value), True))
                else:
                    painter.fillRect(x + 1, top + 1, cw - 1, ROW_HEIGHT - 1, busy)
                    plain.append((x + cw - 5, top, hours_text(value), is_person))
        if marks:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.warning_color())
            for x, y in marks:
                painter.drawPolygon(QPolygonF([QPointF(x, y), QPointF(x + MARK, y), QPointF(x, y + MARK)]))
        self._draw_texts(painter, plain, palette.color(QPalette.ColorRole.Text))
        self._draw_texts(painter, warned, theme.warning_color())
        # Rules as one-pixel fills of an opaque colour: `drawLine` cost ~0.15 ms a line here (about 40 a frame).
        rule = _mix(palette.color(QPalette.ColorRole.Mid), palette.color(QPalette.ColorRole.Base), 0.35)
        for _index, top in rows:
            painter.fillRect(0, top + ROW_HEIGHT - 1, width, 1, rule)
        height = self.height() - HEADER_HEIGHT
        for i in range(first, last + 1):
            painter.fillRect(i * cw - offset, HEADER_HEIGHT, 1, height, rule)

    def _draw_texts(self, painter: QPainter, texts: list[tuple[int, int, str, bool]], color: QColor) -> None:
        """Right-aligned numbers, vertically centred in their row, in `color`."""
        painter.setPen(color)
        for bold in (False, True):
            font = self._bold if bold else self.font()
            painter.setFont(font)
            for right, top, text, is_bold in texts:
                if is_bold is not bold:
                    continue
                key = (text, bold)
                laid = self._static.get(key)
                if laid is None:
                    static = QStaticText(text)
                    static.prepare(QTransform(), font)
                    size = static.size()
                    laid = self._static[key] = (static, size.width(), size.height())
                static, w, h = laid
                painter.drawStaticText(QPointF(right - w, top + (ROW_HEIGHT - h) / 2), static)

    def _paint_header(self, painter: QPainter, first: int, last: int) -> None:
        palette = self.palette()
        data = self.model.data_
        cw = self.cell_width
        painter.fillRect(0, 0, self.width(), HEADER_HEIGHT, palette.color(QPalette.ColorRole.Button))
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        mid = palette.color(QPalette.ColorRole.Mid)
        half = HEADER_HEIGHT // 2
        center = Qt.AlignmentFlag.AlignCenter
        # The upper tier: one label per run of periods sharing it (a month over its days or weeks).
        i = first
        while i < last:
            label = upper_label(data.unit, data.starts[i])
            j = i + 1
            while j < last and upper_label(data.unit, data.starts[j]) == label:
                j += 1
            painter.drawText(QRect(i * cw - self.offset + 4, 0, (j - i) * cw - 8, half), center, label)
            painter.fillRect(j * cw - self.offset, 0, 1, half, mid)
            i = j
        for i in range(first, last):
            label = lower_label(data.unit, data.starts[i])
            painter.drawText(QRect(i * cw - self.offset, half, cw, half), center, label)
        painter.fillRect(0, half, self.width(), 1, mid)
        painter.fillRect(0, HEADER_HEIGHT - 1, self.width(), 1, mid)
        for i in range(first, last + 1):
            painter.fillRect(i * cw - self.offset, half, 1, half, mid)

    def cell_at(self, x: float, y: float) -> tuple[QModelIndex, int] | None:
        """The row and period under a point of the grid, or None off the rows and periods."""
        period = self.period_at(x)
        if not 0 <= period < self.model.data_.periods:
            return None
        for index, top in self.visible_rows():
            if top <= y < top + ROW_HEIGHT:
                return index, period
        return None

    def cell_rect(self, index: QModelIndex, period: int) -> QRect:
        top = self.tree.visualRect(index).top() + HEADER_HEIGHT
        return QRect(period * self.cell_width - self.offset, top, self.cell_width, ROW_HEIGHT)

    @guarded
    def mousePressEvent(self, event) -> None:
        found = self.cell_at(event.position().x(), event.position().y())
        if found is not None:
            self.row_clicked.emit(found[0])

    @guarded
    def mouseDoubleClickEvent(self, event) -> None:
        found = self.cell_at(event.position().x(), event.position().y())
        if found is not None:
            self.cell_double_clicked.emit(*found)
