"""`RowsInViewTree`: a tree view that repaints only the rows in view of a range its model says changed (the table,
and resource usage's tree on the left).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from planner.ui.guard import guarded


class RowsInViewTree(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewport(_viewport())

    @guarded
    def dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        """A range of several rows is passed on row by row, only the rows in view: for a range of rows Qt repaints
        the whole viewport, also when none of them shows (under a collapsed summary, or scrolled away). An edit
        moving ~840 tasks sent ~50 ranges to the table, and every row in view was painted again where 25 of 42 had
        changed.
        While a cell is edited, or a screen reader listens, the range goes on whole: Qt refreshes the open editor
        and tells the reader about every row of it."""
        first, last = top_left.row(), bottom_right.row()
        root, parent = self.rootIndex(), top_left.parent()
        # The view's first row also sets every row's height: Qt measures it again when it is in the range.
        whole = first == last or (first == 0 and parent == root) or not self.isVisible()  # hidden: nothing painted
        if whole or self.state() == QAbstractItemView.State.EditingState or QAccessible.isActive():
            super().dataChanged(top_left, bottom_right, roles)
            return
        above = parent
        while above.isValid() and above != root:
            if not self.isExpanded(above):
                return  # no row of it shows
            above = above.parent()
        header = self.header()
        shown = header.logicalIndexAt(0)  # a column in view: a hidden one has no rectangle to place the row by
        if shown < 0:
            super().dataChanged(top_left, bottom_right, roles)
            return
        model, viewport = self.model(), self.viewport()
        height, width = viewport.height(), viewport.width()
        if self.visualRect(model.index(last, shown, parent)).bottom() < 0:
            return  # the rows are laid out in order: all of them are above the view
        for row in range(first, last + 1):
            rect = self.visualRect(model.index(row, shown, parent))
            if rect.top() >= height:
                break  # and those after it below
            if rect.bottom() >= 0:
                # Qt's own bookkeeping of the row (its height, whether it has children) told through its first cell,
                # and the whole row repainted: for a row's range of cells Qt placed each shown cell apart, asking the
                # model for it twice (~38 calls into Python a row, two thirds of the time a reschedule's signals
                # took). The whole row is at least what Qt repainted, so the same pixels result.
                first_cell = model.index(row, 0, parent)
                super().dataChanged(first_cell, first_cell, roles)
                viewport.update(0, rect.top(), width, rect.height())


def _viewport() -> QWidget:
    """A viewport made in Python, set up as Qt makes a scroll area's own (the name style sheets look for, the base
    colour filled behind the rows). The first time Python asks Qt's own for itself (`viewport()`, in the first paint
    of rows), PySide6 does not know its class and tries each of QtWidgets' ~150 widget classes in turn, making
    their Python types and enums: ~5 ms of every open of a plan. One made here is known from the start."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    return viewport
