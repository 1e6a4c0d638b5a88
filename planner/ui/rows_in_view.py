"""`RowsInViewTree`: a tree view that repaints only the rows in view of a range its model says changed (the table,
and resource usage's tree on the left); `ParentLaidOutAlone`: rows added or removed laid out only under their
parent (the table and the Gantt's tree).
"""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, QModelIndex, QObject, QPersistentModelIndex, QTimer
from PySide6.QtGui import QAccessible, QAccessibleTableModelChangeEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QTreeView, QWidget

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


_ROWS_REMOVED = SIGNAL("rowsRemoved(QModelIndex,int,int)")


class ParentLaidOutAlone:
    """For a `QTreeView` showing many expanded rows (the table; the Gantt's tree, every row shown): rows added or
    removed under a shown, expanded row lay out only that row's rows again, by folding and unfolding it (Qt lays
    out just the rows under the row it unfolds). Qt's own handlers lay out every shown row again after a row comes
    under an expanded row and after every removal: at 10,500 rows one `index` and two `flags` into Python a row,
    ~40 ms and over half of a structural edit with the Gantt in front. A row that gains its first rows or loses its
    last is laid out again with its siblings, under the row above it: Qt reads whether a row has rows, and shows
    them, only when it lays out the row above.
    Qt's handler of removed rows is no virtual function: it is disconnected from the model and `_rows_removed`
    does its work instead (all but dropping the removed rows from Qt's set of expanded rows, where they stay as
    invalid entries that match no row). Rows under the root, under a top-level row left without rows or that had
    none, while an editor is open (folding hides it), or while a screen reader listens go Qt's way: every shown row
    laid out again."""

    @guarded
    def setModel(self, model) -> None:
        old = self.model()
        if old is not None:
            QObject.disconnect(old, _ROWS_REMOVED, self, None)
        super().setModel(model)
        if model is not None:
            QObject.disconnect(model, _ROWS_REMOVED, self, None)  # Qt's handler, which lays out every row
            model.rowsRemoved.connect(self._rows_removed)
        self._folded: QPersistentModelIndex | None = None  # the row whose rows are being removed
        self._pulled_up: tuple[int, int] | None = None  # (the scroll position wanted, where it is) during an edit

    def _laid_out_alone(self, parent: QModelIndex, kept: int) -> QModelIndex | None:
        """The row whose rows are laid out again, alone, for rows added under or removed from `parent`, which keeps
        `kept` rows: `parent` itself; or, when it has no rows before or after the change, the row above it, whose
        layout reads again whether `parent` has rows and shows them (Qt keeps both per row, read only when the row
        above is laid out). None when every row must be: the row is not shown expanded, or is the root.
        `visualRect` lays out first any layout Qt had put off."""
        row = parent if kept > 0 else parent.parent()
        return (
            row
            if parent.isValid()
            and parent.column() == 0
            and row.isValid()
            and self.isVisible()  # hidden, Qt lays out nothing until shown
            and self.state() == QAbstractItemView.State.NoState
            and not self.isAnimated()
            and not QAccessible.isActive()
            and self.isExpanded(row)
            and self.visualRect(row).isValid()
            else None
        )

    def _lay_out_under(self, parent: QModelIndex) -> None:
        """`parent`'s rows laid out again by folding and unfolding it without telling anyone (the tree's `expanded`
        and `collapsed` signals): what shows is the same before and after. Folding works from Qt's own list of
        the rows shown, not the model: the rows under `parent` may be gone already."""
        bar = self.verticalScrollBar()
        wanted = self._pulled_up[0] if self._pulled_up else bar.value()
        blocked = self.blockSignals(True)
        try:
            self.collapse(parent)
            self.expand(parent)
        finally:
            self.blockSignals(blocked)
        bar.setValue(wanted)  # folding pulls a view near the bottom up: unfolded, it goes back
        if bar.value() < wanted and not self._pulled_up:
            QTimer.singleShot(0, self._edit_over)
        self._pulled_up = (wanted, bar.value()) if bar.value() < wanted else None

    def _edit_over(self) -> None:
        self._pulled_up = None

    @guarded
    def updateGeometries(self) -> None:
        """A view pulled up by rows removed (it showed the last rows) goes back down when rows come back later in
        the same edit (an indent: removed, then added under the row above). Qt lays out, and so places the view,
        only once the edit is over; a legitimate move meanwhile (to show the current row) is kept."""
        super().updateGeometries()
        if self._pulled_up:
            wanted, pulled = self._pulled_up
            bar = self.verticalScrollBar()
            if bar.value() == pulled:
                bar.setValue(wanted)
                self._pulled_up = (wanted, bar.value()) if bar.value() < wanted else None

    @guarded
    def rowsInserted(self, parent: QModelIndex, first: int, last: int) -> None:
        kept = self.model().rowCount(parent) - (last - first + 1)
        if kept == 0 and not self.isExpanded(parent):
            # Its first rows under a folded row (a leaf made a summary): Qt only marks the row as having rows.
            super().rowsInserted(parent, first, last)
            return
        row = self._laid_out_alone(parent, kept)
        if row is None:
            super().rowsInserted(parent, first, last)
            if kept == 0:  # and expanded (folded ones went above)
                # Laid out while it had no rows (as a leaf: not expanded) yet expanded since: Qt shows its rows
                # only once every row is laid out again (a redone indent, earlier in the edit its old list mended).
                self.scheduleDelayedItemsLayout()
            return
        self._lay_out_under(row)
        QAbstractItemView.rowsInserted(self, parent, first, last)  # all but QTreeView's layout of every row

    @guarded
    def rowsAboutToBeRemoved(self, parent: QModelIndex, first: int, last: int) -> None:
        row = self._laid_out_alone(parent, self.model().rowCount(parent) - (last - first + 1))
        if row is None:
            super().rowsAboutToBeRemoved(parent, first, last)  # forgets every row's layout
            return
        # The current row moved off the rows, their editors closed; the layout kept until they are gone (slots
        # heard after this one still see `parent` expanded).
        QAbstractItemView.rowsAboutToBeRemoved(self, parent, first, last)
        self._folded = QPersistentModelIndex(row)

    @guarded
    def _rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        """Qt's `QTreeView.rowsRemoved`: the rows under their parent laid out again, or every row."""
        folded, self._folded = self._folded, None
        if folded is not None and folded.isValid():
            self._lay_out_under(QModelIndex(folded))
        else:
            self.scheduleDelayedItemsLayout()
        if self.isVisible():
            self.updateEditorGeometries()
        self.setState(QAbstractItemView.State.NoState)
        if QAccessible.isActive():
            event = QAccessibleTableModelChangeEvent(self, QAccessibleTableModelChangeEvent.ModelChangeType.RowsRemoved)
            event.setFirstRow(first)
            event.setLastRow(last)
            QAccessible.updateAccessibility(event)
        if self.sizeAdjustPolicy() == QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents:
            self.updateGeometry()


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
