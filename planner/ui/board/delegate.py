"""`CardDelegate`: paints one board card from the model's cached `Card` (title, chips, marks, date, checklist,
people, age). It only paints: it creates no editors and reads nothing but the index's data.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from planner.core.i18n import tr
from planner.core.model import Priority
from planner.ui import theme
from planner.ui.board.models import Card
from planner.ui.chips import paint_chips
from planner.ui.guard import guarded
from planner.ui.models.columns import Role

PAD_X, PAD_Y = 10, 8
GAP = 6
RADIUS = 6.0
AGE_VISIBLE = 2  # days in a column before the age shows (muted; in the caution colour once the card is stale)
GLYPH = 14  # a date or checklist glyph and the space after it
# Avatar hues by person: saturated enough to tell apart, drawn with white initials in both themes.
AVATAR_COLORS = ("#2563eb", "#16a34a", "#d97706", "#7c3aed", "#db2777", "#0891b2", "#4b5563", "#b45309")


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._metrics_for: QFont | None = None

    # -- sizes -----------------------------------------------------------------------------------------------
    def _metrics(self, font: QFont) -> None:
        """Fonts and row heights, worked out once per font (every card is the same height)."""
        if self._metrics_for == font:
            return
        self._metrics_for = QFont(font)
        self.title_font = QFont(font)
        self.title_font.setWeight(QFont.Weight.Medium)
        self.small_font = QFont(font)
        self.small_font.setPointSizeF(font.pointSizeF() * 0.86)
        self.bold_small = QFont(self.small_font)
        self.bold_small.setWeight(QFont.Weight.DemiBold)
        self.title_fm = QFontMetrics(self.title_font)
        self.small_fm = QFontMetrics(self.small_font)
        self.bold_fm = QFontMetrics(self.bold_small)
        self.line = self.title_fm.lineSpacing()
        self.chip_h = self.small_fm.height() + 4
        self.meta_h = max(self.small_fm.height(), 20)
        self._lines: dict[tuple[str, int], tuple[str, str]] = {}
        self._heights: dict[tuple[Card, int], int] = {}

    def title_lines(self, title: str, width: int) -> tuple[str, str]:
        """The title in up to two lines of `width` pixels, broken between words, the second elided ("" when the
        title fits on one). Kept per title and width: a cell's height adds up every card's."""
        key = (title, width)
        found = self._lines.get(key)
        if found is None:
            if len(self._lines) > 20000:
                self._lines.clear()
            fm = self.title_fm
            words = title.split()
            first = ""
            while words and fm.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
                first = f"{first} {words.pop(0)}".strip()
            if not first and words:  # one word longer than the card: break it anywhere
                first = fm.elidedText(words.pop(0), Qt.TextElideMode.ElideRight, width)
            found = self._lines[key] = (first, fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
        return found

    def card_height(self, card: Card, font: QFont, card_width: int) -> int:
        """A card as tall as what it shows: one or two title lines, the chips row only when it has chips."""
        self._metrics(font)
        key = (card, card_width)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 20000:
                self._heights.clear()
            lines = 2 if self.title_lines(card.title, _text_width(card_width))[1] else 1
            chips = GAP + self.chip_h if _has_chips(card) else 0
            height = self._heights[key] = PAD_Y + lines * self.line + chips + GAP + self.meta_h + PAD_Y
        return height

    def tallest(self, font: QFont) -> int:
        """The height of a card with two title lines and chips: every card's, in a cell of uniform cards."""
        self._metrics(font)
        return PAD_Y + 2 * self.line + GAP + self.chip_h + GAP + self.meta_h + PAD_Y

    @guarded(default=QSize())
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        view = option.widget
        width = view.viewport().width() - 2 * view.spacing() if view is not None else 160
        if view is None or view.uniformItemSizes() or not view.isVisible():  # a cell being built: sized when shown
            return QSize(width, self.tallest(option.font))
        card = view.model().card_at(index.row())
        if card is None:
            return QSize(width, self.tallest(option.font))
        return QSize(width, self.card_height(card, option.font, width))  # the list view stretches it to its width

    # -- painting ----------------------------------------------------------------------------------------------
    @guarded
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card: Card | None = index.data(Role.CARD)
        if card is None:
            return
        self._metrics(option.font)
        palette = option.palette
        dark = theme.is_dark()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        rect = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A card sits above its column: the base colour in light mode, the (lighter) button colour in dark mode.
        fill = palette.color(QPalette.ColorRole.Button if dark else QPalette.ColorRole.Base)
        if selected:
            fill = _mix(fill, palette.color(QPalette.ColorRole.Highlight), 0.16)
        border = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        if hovered and not selected:
            border = palette.color(QPalette.ColorRole.Dark)
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS, RADIUS)
        painter.fillPath(path, fill)
        if card.priority >= Priority.HIGH:  # a stripe down the left edge: urgent in red, high in amber
            stripe = theme.warning_color() if card.priority == Priority.URGENT else theme.caution_color()
            painter.save()
            painter.setClipPath(path)
            painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), stripe)
            painter.restore()
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.drawPath(path)

        inner = QRect(option.rect).adjusted(PAD_X + 2 + 1, PAD_Y + 1, -PAD_X - 1, -PAD_Y - 1)
        text = palette.color(QPalette.ColorRole.Text)
        muted = theme.muted_color()
        first, second = self.title_lines(card.title, _text_width(option.rect.width()))
        self._title(painter, first, second, QRect(inner.left(), inner.top(), inner.width(), 2 * self.line),
                    muted if card.done else text)  # fmt: skip
        top = inner.top() + (2 if second else 1) * self.line + GAP
        if _has_chips(card):
            self._chips(painter, card, QRect(inner.left(), top, inner.width(), self.chip_h), fill)
            top += self.chip_h + GAP
        self._meta(painter, card, QRect(inner.left(), top, inner.width(), self.meta_h), text, muted)
        painter.restore()

    def _title(self, painter: QPainter, first: str, second: str, rect: QRect, color: QColor) -> None:
        """Up to two lines, broken between words, the second elided."""
        painter.setFont(self.title_font)
        painter.setPen(color)
        width = rect.width()
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(QRect(rect.left(), rect.top(), width, self.line), flags, first)
        if second:
            painter.drawText(QRect(rect.left(), rect.top() + self.line, width, self.line), flags, second)

    def _chips(self, painter: QPainter, card: Card, rect: QRect, surface: QColor) -> None:
        """Marks first (blocked, critical), then labels, as chips; those that do not fit are counted."""
        chips: list[tuple[str, QColor]] = []
        if card.blocked_by:
            chips.append((tr("Board", "Blocked"), theme.warning_color()))
        if card.critical:
            chips.append((tr("Board", "Critical"), theme.caution_color()))
        chips += [(name, QColor(color)) for name, color in card.labels]
        painter.setFont(self.small_font)
        paint_chips(painter, rect, chips, self.small_fm, surface, theme.muted_color())

    def _meta(self, painter: QPainter, card: Card, rect: QRect, text: QColor, muted: QColor) -> None:
        """Left: priority word, due date, checklist. Right: age in the column, then the assignees' initials."""
        painter.setFont(self.small_font)
        fm = self.small_fm
        middle = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        right = rect.right()
        for initials, person_id in reversed(card.people[:3]):
            size = rect.height()
            circle = QRectF(right - size + 1, rect.top(), size, size)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(AVATAR_COLORS[person_id % len(AVATAR_COLORS)]))
            painter.drawEllipse(circle)
            painter.setFont(self._avatar_font(initials))
            painter.setPen(QColor("#ffffff"))
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials[:2])
            right -= size - 4 if len(card.people) > 1 else size
        if len(card.people) > 3:
            painter.setFont(self.small_font)
            painter.setPen(muted)
            extra = f"+{len(card.people) - 3}"
            right -= fm.horizontalAdvance(extra) + 6
            painter.drawText(QRect(right + 3, rect.top(), rect.right(), rect.height()), middle, extra)
        painter.setFont(self.small_font)
        if card.age_days is not None and card.age_days >= AGE_VISIBLE:
            # An hourglass and "52 d": time spent in this column, not a delay (a bare orange "52d" read as one).
            # The card's tooltip and accessible description say it in words, with the colour's threshold.
            age = tr("Board", "{days} d", "days in the column").format(days=card.age_days)
            width = fm.horizontalAdvance(age)
            right -= width + 8
            color = theme.caution_color() if card.stale else muted
            painter.setPen(color)
            painter.drawText(QRect(right, rect.top(), width + 4, rect.height()), middle, age)
            right -= GLYPH - 4
            self._hourglass(painter, right, rect, color)
        x = rect.left()
        limit = right - 6
        if card.priority >= Priority.HIGH:
            x = self._word(painter, x, rect, card.priority.label,
                           theme.warning_color() if card.priority == Priority.URGENT else theme.caution_color(),
                           limit, bold=True)  # fmt: skip
        # Each item with its glyph, or not at all: never a glyph without its text.
        if card.due and x + GLYPH + self._width(card.due, card.overdue) <= limit:
            color = theme.warning_color() if card.overdue else muted
            x = self._clock(painter, x, rect, color, limit)
            x = self._word(painter, x, rect, card.due, color, limit, bold=card.overdue)
        if card.checklist:
            done, total = card.checklist
            if x + GLYPH + self._width(f"{done}/{total}") <= limit:
                color = theme.success_color() if done == total else muted
                x = self._tick(painter, x, rect, color, limit)
                x = self._word(painter, x, rect, f"{done}/{total}", color, limit)

    def _width(self, word: str, bold: bool = False) -> int:
        return (self.bold_fm if bold else self.small_fm).horizontalAdvance(word)

    def _word(self, painter, x, rect, word, color, limit, bold=False) -> int:
        fm = self.bold_fm if bold else self.small_fm
        width = fm.horizontalAdvance(word)
        if x + width > limit:
            return limit
        painter.setFont(self.bold_small if bold else self.small_font)
        painter.setPen(color)
        painter.drawText(QRect(x, rect.top(), width + 2, rect.height()), Qt.AlignmentFlag.AlignVCenter, word)
        return x + width + 10

    def _clock(self, painter, x, rect, color, limit) -> int:
        """A small calendar glyph before the due date."""
        size = 10
        if x + size + 4 > limit:
            return x
        top = rect.center().y() - size / 2 + 1
        painter.setPen(QPen(color, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(x + 0.5, top, size, size - 1), 1.5, 1.5)
        painter.drawLine(QPointF(x + 0.5, top + 3), QPointF(x + size + 0.5, top + 3))
        return x + size + 4

    def _tick(self, painter, x, rect, color, limit) -> int:
        """A checked box before the checklist count."""
        size = 10
        if x + size + 4 > limit:
            return x
        top = rect.center().y() - size / 2 + 1
        painter.setPen(QPen(color, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(x + 0.5, top, size, size - 1), 2, 2)
        painter.drawPolyline([QPointF(x + 3, top + 4.5), QPointF(x + 5, top + 6.5), QPointF(x + 8.5, top + 2.5)])
        return x + size + 4

    def _hourglass(self, painter, x, rect, color) -> None:
        """A small hourglass before a card's time in its column."""
        top = rect.center().y() - 4
        painter.setPen(QPen(color, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawLine(QPointF(x, top), QPointF(x + 7, top))
        painter.drawLine(QPointF(x, top + 9), QPointF(x + 7, top + 9))
        painter.drawPolyline([QPointF(x + 1, top), QPointF(x + 6, top + 9)])
        painter.drawPolyline([QPointF(x + 6, top), QPointF(x + 1, top + 9)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)  # the sand run down
        painter.drawPolygon(QPolygonF([QPointF(x + 3.5, top + 5), QPointF(x + 6, top + 9), QPointF(x + 1, top + 9)]))

    def _avatar_font(self, initials: str) -> QFont:
        font = QFont(self.bold_small)
        font.setPointSizeF(self.small_font.pointSizeF() * (0.82 if len(initials) > 1 else 0.95))
        return font


def _text_width(card_width: int) -> int:
    """The width the title has on a card `card_width` wide (the card's edge and padding taken off)."""
    return card_width - 2 - (PAD_X + 2 + 1) - (PAD_X + 1)


def _has_chips(card: Card) -> bool:
    return bool(card.blocked_by or card.critical or card.labels)


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` (0–1) of the way to `b`."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )
