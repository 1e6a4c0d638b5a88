"""`CardDelegate`: paints one board card from the model's cached `Card` (title, chips, marks, date, checklist,
people, age). It only paints: it creates no editors and reads nothing but the index's data.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

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
        self.height = PAD_Y + 2 * self.line + GAP + self.chip_h + GAP + self.meta_h + PAD_Y

    def card_height(self, font: QFont) -> int:
        self._metrics(font)
        return self.height

    @guarded(default=QSize())
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        self._metrics(option.font)
        return QSize(160, self.height)  # the list view stretches each card to its width

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

        inner = rect.toRect().adjusted(PAD_X + 2, PAD_Y, -PAD_X, -PAD_Y)
        text = palette.color(QPalette.ColorRole.Text)
        muted = theme.muted_color()
        self._title(
            painter, card, QRect(inner.left(), inner.top(), inner.width(), 2 * self.line), muted if card.done else text
        )
        chips_top = inner.top() + 2 * self.line + GAP
        self._chips(painter, card, QRect(inner.left(), chips_top, inner.width(), self.chip_h), fill)
        meta_top = chips_top + self.chip_h + GAP
        self._meta(painter, card, QRect(inner.left(), meta_top, inner.width(), self.meta_h), text, muted)
        painter.restore()

    def _title(self, painter: QPainter, card: Card, rect: QRect, color: QColor) -> None:
        """Up to two lines, broken between words, the second elided."""
        painter.setFont(self.title_font)
        painter.setPen(color)
        fm, width = self.title_fm, rect.width()
        words = card.title.split()
        first = ""
        while words and fm.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
            first = f"{first} {words.pop(0)}".strip()
        if not first and words:  # one word longer than the card: break it anywhere
            first = fm.elidedText(words.pop(0), Qt.TextElideMode.ElideRight, width)
        second = fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(QRect(rect.left(), rect.top(), width, self.line), flags, first)
        if second:
            painter.drawText(QRect(rect.left(), rect.top() + self.line, width, self.line), flags, second)

    def _chips(self, painter: QPainter, card: Card, rect: QRect, surface: QColor) -> None:
        """Marks first (blocked, critical), then labels, as chips; those that do not fit are counted."""
        chips: list[tuple[str, QColor]] = []
        if card.blocked_by:
            chips.append(("Blocked", theme.warning_color()))
        if card.critical:
            chips.append(("Critical", theme.caution_color()))
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
            # The tooltip says what it is and the threshold of the colour (Card.age_text).
            age = f"{card.age_days}d"
            width = fm.horizontalAdvance(age)
            right -= width + 8
            painter.setPen(theme.caution_color() if card.stale else muted)
            painter.drawText(QRect(right, rect.top(), width + 4, rect.height()), middle, age)
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

    def _avatar_font(self, initials: str) -> QFont:
        font = QFont(self.bold_small)
        font.setPointSizeF(self.small_font.pointSizeF() * (0.82 if len(initials) > 1 else 0.95))
        return font


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` (0–1) of the way to `b`."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )
