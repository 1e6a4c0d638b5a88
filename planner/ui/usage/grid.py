"""`UsageGrid`: the time-phased half of resource usage, hours per period for the rows the tree shows, painted in
one paintEvent from the model's arrays (no item per cell). Rows follow the tree's own geometry (`visualRect`,
`indexBelow`), so scrolling, expanding and collapsing stay in step without a row list of its own.

Over-allocated periods of a person are filled in the palette's warning colour and also drawn bold with a corner
mark, so the mark does not rest on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPolygonF
from PySide6.QtWidgets import QTreeView, QWidget

from planner.core.workload import Unit
from planner.ui import theme
from planner.ui.guard import guarded
from planner.ui.usage.model import UsageTreeModel, hours_text

HEADER_HEIGHT = 46  # the tree's header and the grid's two tiers of dates
ROW_HEIGHT = 26
CELL_WIDTH = {Unit.DAY: 40, Unit.WEEK: 64, Unit.MONTH: 84}
MARK = 7  # the over-allocation corner mark, in pixels


def tier_labels(unit: Unit) -> tuple[str, str]:
    """(upper, lower) label formats: the month above days and weeks, the year above months."""
    return ("%Y", "%b") if unit is Unit.MONTH else ("%b %Y", "%d")


class UsageGrid(QWidget):
    """Paints the rows of `tree` (over `model`) from period `first` at `offset` pixels scrolled right."""

    row_clicked = Signal(QModelIndex)

    def __init__(self, tree: QTreeView, model: UsageTreeModel, parent=None) -> None:
        super().__init__(parent)
        self.tree = tree
        self.model = model
        self.offset = 0  # pixels scrolled right
        self.setMinimumWidth(200)

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

    @guarded
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        data = self.model.data_
        cw = self.cell_width
        first = max(0, self.offset // cw)
        last = min(data.periods, (self.offset + self.width()) // cw + 1)
        self._paint_rows(painter, first, last)
        self._paint_header(painter, first, last)
        painter.end()

    def _paint_rows(self, painter: QPainter, first: int, last: int) -> None:
        palette = self.palette()
        cw = self.cell_width
        text = palette.color(QPalette.ColorRole.Text)
        grid = palette.color(QPalette.ColorRole.Mid)
        grid.setAlpha(90)
        busy = QColor(theme.accent())
        busy.setAlpha(40)
        over_fill = QColor(theme.warning_color())
        over_fill.setAlpha(70)
        warning = theme.warning_color()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        highlight.setAlpha(50)
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        current = self.tree.currentIndex().siblingAtColumn(0)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for index, top in self.visible_rows():
            is_person = index.internalId() == 0
            hours = self.model.hours(index)
            over = self.model.person_at(index).over if is_person else None
            if index == current:
                painter.fillRect(0, top, self.width(), ROW_HEIGHT, highlight)
            painter.setFont(bold if is_person else font)
            for i in range(first, last):
                x = i * cw - self.offset
                cell = QRect(x, top, cw, ROW_HEIGHT)
                value = hours[i]
                if over is not None and over[i]:
                    painter.fillRect(cell.adjusted(1, 1, 0, 0), over_fill)
                    painter.setBrush(warning)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.drawPolygon(QPolygonF([QPointF(x + 1, top + 1), QPointF(x + 1 + MARK, top + 1),
                                                   QPointF(x + 1, top + 1 + MARK)]))  # fmt: skip
                    painter.setPen(warning)
                elif value > 0.005:
                    painter.fillRect(cell.adjusted(1, 1, 0, 0), busy)
                    painter.setPen(text)
                else:
                    painter.setPen(text)
                label = hours_text(value)
                if label:
                    painter.drawText(cell.adjusted(2, 0, -5, 0), align, label)
            painter.setPen(grid)
            painter.drawLine(0, top + ROW_HEIGHT - 1, self.width(), top + ROW_HEIGHT - 1)
        painter.setPen(grid)
        for i in range(first, last + 1):
            x = i * cw - self.offset
            painter.drawLine(x, HEADER_HEIGHT, x, self.height())

    def _paint_header(self, painter: QPainter, first: int, last: int) -> None:
        palette = self.palette()
        data = self.model.data_
        cw = self.cell_width
        painter.fillRect(0, 0, self.width(), HEADER_HEIGHT, palette.color(QPalette.ColorRole.Button))
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        upper, lower = tier_labels(data.unit)
        half = HEADER_HEIGHT // 2
        center = Qt.AlignmentFlag.AlignCenter
        # The upper tier: one label per run of periods sharing it (a month over its days or weeks).
        i = first
        while i < last:
            label = data.starts[i].strftime(upper)
            j = i + 1
            while j < last and data.starts[j].strftime(upper) == label:
                j += 1
            painter.drawText(QRect(i * cw - self.offset + 4, 0, (j - i) * cw - 8, half), center, label)
            painter.drawLine(j * cw - self.offset, 0, j * cw - self.offset, half)
            i = j
        for i in range(first, last):
            start = data.starts[i]
            label = start.strftime(lower).lstrip("0")
            if data.unit is Unit.DAY:
                label = f"{start:%a}"[0] + " " + label
            elif data.unit is Unit.WEEK:
                label = f"W{start.isocalendar()[1]} · {label}"
            painter.drawText(QRect(i * cw - self.offset, half, cw, half), center, label)
        mid = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(mid)
        painter.drawLine(0, half, self.width(), half)
        painter.drawLine(0, HEADER_HEIGHT - 1, self.width(), HEADER_HEIGHT - 1)
        for i in range(first, last + 1):
            painter.drawLine(i * cw - self.offset, half, i * cw - self.offset, HEADER_HEIGHT)

    @guarded
    def mousePressEvent(self, event) -> None:
        y = event.position().y()
        for index, top in self.visible_rows():
            if top <= y < top + ROW_HEIGHT:
                self.row_clicked.emit(index)
                return
