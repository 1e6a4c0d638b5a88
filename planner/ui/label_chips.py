"""Chips the task editor edits: `ChipList`, items as chips that wrap across lines, each with a × that takes it
off, and an add chip that offers more; `LabelChips`, a task's labels on it.

A chip list only shows and says what the person chose; the editor turns that into a command. Keys: Space or
Enter opens the add menu, Backspace takes off the last chip.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from planner.core.i18n import tr
from planner.core.model import Label
from planner.ui import dialogs
from planner.ui.chips import chip_width, paint_chip, swatch
from planner.ui.guard import guarded

GAP = 4
CLOSE = " ×"  # after each name: the part of the chip that takes the item off


class ChipList(QWidget):
    """Items as chips, then an outlined add chip. A subclass says each item's text and colour, what the add
    chip offers (`open_menu`), what taking one off does (`take_off`) and, if it likes, what a click on a
    chip's text does (`chip_clicked`)."""

    @property
    def add_text(self) -> str:
        return tr("LabelChips", "+ Add")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._on: list = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_items(self, items: list) -> None:
        self._on = list(items)
        self.updateGeometry()
        self.update()

    def chip_text(self, item) -> str:
        raise NotImplementedError

    def chip_color(self, item) -> QColor:
        raise NotImplementedError

    def take_off(self, item) -> None:
        raise NotImplementedError

    def open_menu(self, at: QPoint) -> None:
        raise NotImplementedError

    def chip_clicked(self, item, at: QPoint) -> None:
        """A click on a chip away from its ×: nothing, unless the subclass edits something there."""

    # -- layout ----------------------------------------------------------------------------------
    def chip_rects(self, width: int | None = None) -> list[tuple[QRect, object]]:
        """Where each chip goes at `width` (the widget's by default), left to right, wrapping: the items, then
        the add chip (None)."""
        fm = QFontMetrics(self.font())
        height = fm.height() + 4
        right = (self.width() if width is None else width) - 1
        x = y = 0
        out = []
        for item in [*self._on, None]:
            text = self.add_text if item is None else self.chip_text(item) + CLOSE
            chip = min(chip_width(fm, text), right + 1)
            if x and x + chip > right:
                x, y = 0, y + height + GAP
            out.append((QRect(x, y, chip, height), item))
            x += chip + GAP
        return out

    @guarded(default=0)
    def heightForWidth(self, width: int) -> int:
        return self.chip_rects(width)[-1][0].bottom() + 2

    @guarded(default=QSize())
    def sizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(max(self.width(), 200)))

    @guarded(default=QSize())
    def minimumSizeHint(self) -> QSize:
        return QSize(80, QFontMetrics(self.font()).height() + 6)

    # -- painting and input ---------------------------------------------------------------------
    @guarded
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        surface = palette.color(QPalette.ColorRole.Window)
        fm = QFontMetrics(self.font())
        for rect, item in self.chip_rects():
            if item is not None:
                text = self.chip_text(item)
                if chip_width(fm, text + CLOSE) > rect.width():  # squeezed by a narrow panel: elided, × kept
                    room = rect.width() - chip_width(fm, CLOSE)
                    text = fm.elidedText(text, Qt.TextElideMode.ElideRight, room)
                paint_chip(painter, QRectF(rect), text + CLOSE, self.chip_color(item), surface)
                continue
            # The add chip is an outline in the text colour: an action, not an item.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            focus = self.hasFocus()
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight if focus else QPalette.ColorRole.Dark), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            outline = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
            painter.drawRoundedRect(outline, outline.height() / 2, outline.height() / 2)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(outline, Qt.AlignmentFlag.AlignCenter, self.add_text)
        painter.end()

    @guarded
    def mousePressEvent(self, event) -> None:
        point = event.position().toPoint()
        for rect, item in self.chip_rects():
            if not rect.contains(point):
                continue
            if item is None:
                self.open_menu(rect.bottomLeft())
            elif point.x() >= rect.right() - QFontMetrics(self.font()).horizontalAdvance(CLOSE) - 6:
                self.take_off(item)
            else:
                self.chip_clicked(item, rect.bottomLeft())
            return

    @guarded
    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_menu(self.chip_rects()[-1][0].bottomLeft())
        elif event.key() == Qt.Key.Key_Backspace and self._on:
            self.take_off(self._on[-1])
        else:
            super().keyPressEvent(event)


class LabelChips(ChipList):
    labels_changed = Signal(object)  # set[int]: the task's label ids as the person left them

    @property
    def add_text(self) -> str:
        return tr("LabelChips", "+ Label")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._others: list[Label] = []
        self.setToolTip(tr("LabelChips", "Click × to take a label off; + Label to add one"))

    def set_labels(self, on: list[Label], others: list[Label]) -> None:
        """The task's labels (in display order) and the ones it could have."""
        self._others = list(others)
        self.set_items(on)

    def label_ids(self) -> set[int]:
        return {label.id for label in self._on}

    def chip_text(self, item: Label) -> str:
        return item.name

    def chip_color(self, item: Label) -> QColor:
        return QColor(item.color)

    def take_off(self, item: Label) -> None:
        self.labels_changed.emit(self.label_ids() - {item.id})

    def open_menu(self, at: QPoint) -> None:
        """The labels the task does not have yet; choosing one puts it on."""
        menu = QMenu(self)
        surface = self.palette().color(QPalette.ColorRole.Window)
        for label in self._others:
            menu.addAction(swatch(QColor(label.color), surface), label.name,
                           lambda ident=label.id: self.labels_changed.emit(self.label_ids() | {ident}))  # fmt: skip
        if not self._others:
            menu.addAction(tr("LabelChips", "No other labels: Edit ▸ Labels… makes them")).setEnabled(False)
        dialogs.show_menu(menu, self.mapToGlobal(at))
