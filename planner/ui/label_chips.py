"""`LabelChips`: a task's labels in the editor as chips that wrap across lines, each with a × that takes it off,
and an "+ Label" chip that offers the other labels in a menu.

It only shows and says what the person chose (`labels_changed` with the new set of label ids); the editor turns
that into a command. Keys: Space or Enter opens the menu, Backspace takes off the last label.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from planner.core.model import Label
from planner.ui import dialogs
from planner.ui.chips import chip_width, paint_chip, swatch
from planner.ui.guard import guarded

GAP = 4
ADD_TEXT = "+ Label"
CLOSE = " ×"  # after each name: the part of the chip that takes the label off


class LabelChips(QWidget):
    labels_changed = Signal(object)  # set[int]: the task's label ids as the person left them

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._on: list[Label] = []
        self._others: list[Label] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setToolTip("Click × to take a label off; + Label to add one")

    def set_labels(self, on: list[Label], others: list[Label]) -> None:
        """The task's labels (in display order) and the ones it could have."""
        self._on, self._others = list(on), list(others)
        self.updateGeometry()
        self.update()

    def label_ids(self) -> set[int]:
        return {label.id for label in self._on}

    # -- layout ----------------------------------------------------------------------------------
    def chip_rects(self, width: int | None = None) -> list[tuple[QRect, Label | None]]:
        """Where each chip goes at `width` (the widget's by default), left to right, wrapping: the labels, then
        the add chip (None)."""
        fm = QFontMetrics(self.font())
        height = fm.height() + 4
        right = (self.width() if width is None else width) - 1
        x = y = 0
        out = []
        for label in [*self._on, None]:
            text = ADD_TEXT if label is None else label.name + CLOSE
            chip = min(chip_width(fm, text), right + 1)
            if x and x + chip > right:
                x, y = 0, y + height + GAP
            out.append((QRect(x, y, chip, height), label))
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
        for rect, label in self.chip_rects():
            if label is not None:
                paint_chip(painter, QRectF(rect), label.name + CLOSE, QColor(label.color), surface)
                continue
            # The add chip is an outline in the text colour: an action, not a label.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            focus = self.hasFocus()
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight if focus else QPalette.ColorRole.Dark), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            outline = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
            painter.drawRoundedRect(outline, outline.height() / 2, outline.height() / 2)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(outline, Qt.AlignmentFlag.AlignCenter, ADD_TEXT)
        painter.end()

    @guarded
    def mousePressEvent(self, event) -> None:
        point = event.position().toPoint()
        for rect, label in self.chip_rects():
            if not rect.contains(point):
                continue
            if label is None:
                self.open_menu(rect.bottomLeft())
            elif point.x() >= rect.right() - QFontMetrics(self.font()).horizontalAdvance(CLOSE) - 6:
                self.labels_changed.emit(self.label_ids() - {label.id})
            return

    @guarded
    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_menu(self.chip_rects()[-1][0].bottomLeft())
        elif event.key() == Qt.Key.Key_Backspace and self._on:
            self.labels_changed.emit(self.label_ids() - {self._on[-1].id})
        else:
            super().keyPressEvent(event)

    def open_menu(self, at: QPoint) -> None:
        """The labels the task does not have yet; choosing one puts it on."""
        menu = QMenu(self)
        surface = self.palette().color(QPalette.ColorRole.Window)
        for label in self._others:
            menu.addAction(swatch(QColor(label.color), surface), label.name,
                           lambda ident=label.id: self.labels_changed.emit(self.label_ids() | {ident}))  # fmt: skip
        if not self._others:
            menu.addAction("No other labels: Edit ▸ Labels… makes them").setEnabled(False)
        dialogs.show_menu(menu, self.mapToGlobal(at))
