"""`KeyFigures`: the charter's earned-value figures, captions over values, in as many columns as the page's width
holds (6, 4, 3 or 2), with a note under them. Six fixed columns needed about 790 px and clipped the charter at
1280 × 800 beside the task editor; reflowed, the page never scrolls sideways. Shows texts; changes nothing."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel

from planner.ui.guard import guarded

COLUMNS = (6, 4, 3, 2)  # divisors of the twelve figures, so every row is full


class KeyFigures(QFrame):
    def __init__(self, names: list[tuple[str, str]], parent=None) -> None:
        """`names`: (key, caption) of each figure, in reading order."""
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(12, 10, 12, 10)
        self.grid.setHorizontalSpacing(22)
        self.cells: list[tuple[QLabel, QLabel]] = []
        self.values: dict[str, QLabel] = {}
        for key, text in names:
            caption = QLabel(text)
            caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            value = QLabel()
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            font.setWeight(QFont.Weight.DemiBold)
            value.setFont(font)
            self.values[key] = value
            self.cells.append((caption, value))
        self.note = QLabel()
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note.setWordWrap(True)
        self.columns = 0
        self._place(COLUMNS[0])

    def needed_width(self, columns: int) -> int:
        """The width the figures take in `columns` columns: each column as wide as its widest caption or value."""
        margins = self.grid.contentsMargins()
        widths = [0] * columns
        for n, cell in enumerate(self.cells):
            widths[n % columns] = max(widths[n % columns], *(label.sizeHint().width() for label in cell))
        return margins.left() + margins.right() + sum(widths) + self.grid.horizontalSpacing() * (columns - 1)

    def fit(self) -> None:
        """Lay the figures out in the most columns that fit the present width (after a resize or new values)."""
        self.setMinimumWidth(self.needed_width(COLUMNS[-1]))
        columns = next((n for n in COLUMNS if self.needed_width(n) <= self.width()), COLUMNS[-1])
        if columns != self.columns:
            self._place(columns)

    def _place(self, columns: int) -> None:
        self.columns = columns
        for label in (*(label for cell in self.cells for label in cell), self.note):
            self.grid.removeWidget(label)
        for n, (caption, value) in enumerate(self.cells):
            self.grid.addWidget(caption, (n // columns) * 2, n % columns)
            self.grid.addWidget(value, (n // columns) * 2 + 1, n % columns)
        rows = -(-len(self.cells) // columns) * 2
        self.grid.addWidget(self.note, rows, 0, 1, columns)

    @guarded
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()
