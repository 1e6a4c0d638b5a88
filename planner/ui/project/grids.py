"""Painted grids of the registers: the risks' probability × impact heat map and the stakeholders' power/interest
grid. They read core objects and say which cell was clicked; they change nothing themselves."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.core.i18n import plural, tr
from planner.core.risks import IMPACT_WORDS, PROBABILITY_WORDS, Severity, severity
from planner.core.stakeholders import Quadrant
from planner.ui import theme
from planner.ui.guard import guarded

CELL = 44


def severity_color(level: Severity) -> QColor:
    return {Severity.LOW: theme.success_color(), Severity.MEDIUM: theme.caution_color(),
            Severity.HIGH: theme.warning_color()}[level]  # fmt: skip


class HeatMap(QWidget):
    """Probability (rows, 5 at the top) × impact (columns): the count of open risks in each cell. Clicking a cell
    chooses it (`cell_clicked`); clicking it again clears the choice."""

    cell_clicked = Signal(object)  # (probability, impact) or None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.counts: dict[tuple[int, int], int] = {}
        self.chosen: tuple[int, int] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setToolTip(tr("Project", "Open risks by probability and impact. Click a cell to show only its risks."))

    def _margins(self) -> tuple[int, int]:
        metrics = QFontMetrics(self.font())
        return metrics.height() * 2 + 6, metrics.height() * 2 + 8  # left (axis name + numbers), bottom

    @guarded(default=QSize())
    def sizeHint(self) -> QSize:
        left, bottom = self._margins()
        return QSize(left + 5 * CELL + 8, 5 * CELL + bottom + 8)

    @guarded(default=QSize())
    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def set_counts(self, counts: dict[tuple[int, int], int]) -> None:
        self.counts = dict(counts)
        self.update()

    def cell_rect(self, probability: int, impact: int) -> QRectF:
        left, _bottom = self._margins()
        return QRectF(left + (impact - 1) * CELL, 4 + (5 - probability) * CELL, CELL - 3, CELL - 3)

    def cell_at(self, pos) -> tuple[int, int] | None:
        for p in range(1, 6):
            for i in range(1, 6):
                if self.cell_rect(p, i).contains(pos):
                    return (p, i)
        return None

    @guarded
    def mousePressEvent(self, event) -> None:
        cell = self.cell_at(event.position())
        if cell is None:
            return
        self.chosen = None if cell == self.chosen else cell
        self.update()
        self.cell_clicked.emit(self.chosen)

    @guarded
    def mouseMoveEvent(self, event) -> None:
        cell = self.cell_at(event.position())
        if cell is not None:
            p, i = cell
            n = self.counts.get(cell, 0)
            text = tr("Project", "{probability} × {impact} (score {score}): {risks}")
            self.setToolTip(
                text.format(
                    probability=PROBABILITY_WORDS[p],
                    impact=IMPACT_WORDS[i],
                    score=p * i,
                    risks=plural("%n open risk(s)", None, n),
                )
            )

    @guarded
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = theme.muted_color()
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for p in range(1, 6):
            for i in range(1, 6):
                rect = self.cell_rect(p, i)
                color = QColor(severity_color(severity(p, i)))
                n = self.counts.get((p, i), 0)
                color.setAlpha(200 if n else (70 if theme.is_dark() else 55))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawRoundedRect(rect, 4, 4)
                if (p, i) == self.chosen:
                    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
                if n:
                    painter.setFont(bold)
                    painter.setPen(QColor("#ffffff") if not theme.is_dark() else QColor("#101214"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(n))
        painter.setFont(self.font())
        painter.setPen(muted)
        left, _bottom = self._margins()
        metrics = QFontMetrics(self.font())
        for n in range(1, 6):
            row = self.cell_rect(n, 1)
            painter.drawText(QRectF(left - 18, row.top(), 14, row.height()), Qt.AlignmentFlag.AlignCenter, str(n))
            col = self.cell_rect(1, n)
            painter.drawText(QRectF(col.left(), col.bottom() + 2, col.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, str(n))  # fmt: skip
        painter.setPen(text)
        grid_bottom = self.cell_rect(1, 1).bottom()
        painter.drawText(QRectF(left, grid_bottom + metrics.height() + 2, 5 * CELL, metrics.height()),
                         Qt.AlignmentFlag.AlignCenter, tr("Project", "Impact →"))  # fmt: skip
        painter.save()
        painter.translate(metrics.height() - 2, 4 + 5 * CELL / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-5 * CELL / 2, -metrics.height(), 5 * CELL, metrics.height() + 2),
                         Qt.AlignmentFlag.AlignCenter, tr("Project", "Probability →"))  # fmt: skip
        painter.restore()
        painter.end()


class PowerInterestGrid(QWidget):
    """Stakeholders placed by interest (across) and influence (up), in the four classic quadrants."""

    stakeholder_clicked = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.people: list = []
        self.chosen: int | None = None
        self._dots: list[tuple[QRectF, int]] = []
        self.labels: list[QRectF] = []
        self.setMinimumSize(QSize(300, 280))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    @guarded(default=QSize())
    def sizeHint(self) -> QSize:
        return QSize(340, 320)

    def set_people(self, people, chosen: int | None = None) -> None:
        self.people, self.chosen = list(people), chosen
        self.update()

    def _area(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        return QRectF(
            metrics.height() + 10, 6, self.width() - metrics.height() - 16, self.height() - metrics.height() - 16
        )

    def _label_place(self, dot: QRectF, width: float, height: float, area: QRectF, others: list[QRectF]) -> QRectF:
        """Where a name goes beside its dot: right of it, else left, else a line lower or higher, the first place
        that stays in the grid and covers no name placed before and no other dot (two names in one row of the
        grid ran into each other: "Henrik OlsenClaire Dubois")."""
        for lines in (0, 1, -1, 2, -2):
            y = dot.center().y() - height / 2 + lines * height
            for x in (dot.right() + 4, dot.left() - 4 - width):
                rect = QRectF(x, y, width, height)
                if (area.contains(rect) and not any(rect.intersects(r) for r in self.labels)
                        and not any(rect.intersects(d) for d in others)):  # fmt: skip
                    return rect
        x = dot.right() + 4 if area.right() - dot.right() - 4 >= width else dot.left() - 4 - width
        return QRectF(x, dot.center().y() - height / 2, width, height)  # crowded: beside the dot, as before

    @guarded
    def mousePressEvent(self, event) -> None:
        for rect, ident in self._dots:
            if rect.contains(event.position()):
                self.stakeholder_clicked.emit(ident)
                return

    @guarded
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        area = self._area()
        half_w, half_h = area.width() / 2, area.height() / 2
        quadrants = (
            (Quadrant.KEEP_SATISFIED, 0, 0, theme.caution_color()),
            (Quadrant.MANAGE_CLOSELY, 1, 0, theme.warning_color()),
            (Quadrant.MONITOR, 0, 1, theme.muted_color()),
            (Quadrant.KEEP_INFORMED, 1, 1, theme.accent()),
        )
        metrics = QFontMetrics(self.font())
        for name, col, row, color in quadrants:
            rect = QRectF(area.left() + col * half_w, area.top() + row * half_h, half_w - 3, half_h - 3)
            fill = QColor(color)
            fill.setAlpha(40 if theme.is_dark() else 28)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 6, 6)
            painter.setPen(color)
            painter.drawText(rect.adjusted(8, 4, -8, -4), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                             name.value)  # fmt: skip
        self._dots = []
        self.labels: list[QRectF] = []  # where each name went, so the next one goes elsewhere
        placed: dict[tuple[int, int], int] = {}
        text = palette.color(QPalette.ColorRole.WindowText)
        dots = []
        for person in self.people:
            key = (person.interest, person.influence)
            nth = placed.get(key, 0)
            placed[key] = nth + 1
            x = area.left() + (person.interest - 0.5) / 5 * area.width()
            y = area.bottom() - (person.influence - 0.5) / 5 * area.height() + nth * (metrics.height() + 2)
            dots.append((person, QRectF(x - 5, y - 5, 10, 10)))
        for person, dot in dots:
            chosen = person.id == self.chosen
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2) if chosen else Qt.PenStyle.NoPen)
            painter.setBrush(theme.accent())
            painter.drawEllipse(dot)
        for person, dot in dots:
            label = metrics.elidedText(person.name, Qt.TextElideMode.ElideRight, int(half_w) - 24)
            label_rect = self._label_place(dot, metrics.horizontalAdvance(label) + 2, metrics.height(), area,
                                           [d for _p, d in dots if d is not dot])  # fmt: skip
            painter.setPen(text)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter, label)
            self.labels.append(label_rect)
            self._dots.append((dot.united(label_rect), person.id))
        painter.setPen(theme.muted_color())
        painter.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), metrics.height() + 4),
                         Qt.AlignmentFlag.AlignCenter, tr("Project", "Interest →"))  # fmt: skip
        painter.save()
        painter.translate(metrics.height() - 2, area.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-area.height() / 2, -metrics.height(), area.height(), metrics.height() + 2),
                         Qt.AlignmentFlag.AlignCenter, tr("Project", "Influence →"))  # fmt: skip
        painter.restore()
        painter.end()
