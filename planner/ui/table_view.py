"""`TableView`: the work breakdown as an editable tree table, over the shared filtered task model.

It shows the model and turns keys, clicks and drags into edits through the model; it owns no data.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta
from typing import ClassVar

from PySide6.QtCore import QDeadlineTimer, QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QMenu, QStyle

from planner.core.filters import SmartList
from planner.core.i18n import tr
from planner.reports import formats
from planner.ui import dialogs
from planner.ui.controller import Controller
from planner.ui.delegates import PlainTaskDelegate, TaskDelegate
from planner.ui.guard import guarded
from planner.ui.models.columns import DERIVED_COLUMNS, SCHEDULE_COLUMNS, Column, Role
from planner.ui.models.task_filter import TaskFilterProxy
from planner.ui.rows_in_view import ParentLaidOutAlone, RowsInViewTree
from planner.ui.table_rows import RowImages, RowPainter, ShapedTexts

_WIDTHS = {
    Column.TITLE: 320, Column.STATUS: 110, Column.PRIORITY: 80, Column.ASSIGNEES: 150, Column.START: 118,
    Column.FINISH: 118, Column.DURATION: 78, Column.PERCENT: 110, Column.LABELS: 130, Column.DEADLINE: 118,
    Column.VALUE: 60, Column.EFFORT: 60, Column.CONSTRAINT: 130, Column.EARLY_START: 118, Column.EARLY_FINISH: 118,
    Column.LATE_START: 118, Column.LATE_FINISH: 118, Column.TOTAL_SLACK: 90, Column.FREE_SLACK: 90, Column.CRITICAL: 80,
    Column.ID: 50, Column.WBS: 70, Column.PREDECESSORS: 120, Column.SUCCESSORS: 120, Column.RESOURCE_NAMES: 160,
    Column.WORK: 70, Column.COST: 90, Column.BASELINE_START: 118, Column.BASELINE_FINISH: 118,
    Column.START_VARIANCE: 90, Column.FINISH_VARIANCE: 90,
}  # fmt: skip
_DATE_COLUMNS = (
    Column.START, Column.FINISH, Column.DEADLINE, Column.EARLY_START, Column.EARLY_FINISH, Column.LATE_START,
    Column.LATE_FINISH, Column.BASELINE_START, Column.BASELINE_FINISH,
)  # fmt: skip
PAINTED_COLUMNS = (Column.PERCENT, Column.LABELS)  # the cells `TaskDelegate` paints itself; the rest Qt paints
_SHOWN = {
    Column.TITLE, Column.STATUS, Column.PRIORITY, Column.ASSIGNEES, Column.START, Column.FINISH, Column.DURATION,
    Column.PERCENT,
}  # fmt: skip


class TableView(ParentLaidOutAlone, RowsInViewTree):
    name = "table"
    title = "Table"
    icon_name = "table"
    default_columns: ClassVar[Collection[Column]] = _SHOWN  # what "Reset" in the header's menu brings back
    default_widths: ClassVar[dict[Column, int]] = _WIDTHS

    current_task_changed = Signal(object)  # task id or None
    context_menu_requested = Signal(object)  # global QPoint
    model_changed = Signal()  # the tree moved between the task tree model and the proxy: a new selection model

    def __init__(self, proxy: TaskFilterProxy, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.controller = controller
        self.setModel(self._wanted_model())
        self._plain_delegate = PlainTaskDelegate(lambda: controller.ws, self)
        self.setItemDelegate(self._plain_delegate)
        self._rows: RowPainter | None = None  # this frame's painter of plain task rows (see paintEvent)
        self._texts = ShapedTexts()  # the cells' texts laid out, kept between frames
        self._images = RowImages()  # the branches left of the titles, the icons and the % done cells, drawn once
        painted = TaskDelegate(lambda: controller.ws, self)  # a progress bar, label chips
        for column in PAINTED_COLUMNS:
            self.setItemDelegateForColumn(column, painted)
        self.setUniformRowHeights(True)  # lets Qt lay out 10,000 rows without asking each one its height
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        # Unsorted from the start: enabling sorting sorts by the header's indicator, column 0 unless told, and the
        # proxy is the table's and the Gantt's (a sort there and back laid out 105,000 rows twice, ~5 s).
        self.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setAnimated(False)
        self.setExpandsOnDoubleClick(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(lambda pos: self.context_menu_requested.emit(self.mapToGlobal(pos)))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorClearable(True)
        self.reset_columns()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        self._follow_model(self.model())
        proxy.filter_changing.connect(self._filter_changing)
        proxy.passing_changed.connect(self._switch_model)
        header.sortIndicatorChanged.connect(self._sort_requested)
        self._expand_pending = False  # rows to expand when next shown (see apply_scope)
        self._scroll_pending: tuple[int, int] | None = None  # scroll values to set when next shown (see _switch_model)
        self._scope_follows = False  # the filter is changing: apply_scope comes after the switch
        self._pressed: tuple | None = None  # the cell last pressed and when Qt scrolls to it (see _carry_click_scroll)
        self._warned = False  # whether a warning icon was painted from the last schedule
        controller.schedule_changed.connect(self._schedule_changed)
        proxy.source.derived_changed.connect(self._derived_changed)
        self._switch_model()  # enabling sorting above sorted the proxy by no column, which may end a sort

    def _schedule_changed(self) -> None:
        """Slack, early/late dates and the scheduler's warning icons are read when painted, so a new schedule needs a
        repaint, not row signals; and only when one of them shows: at open the schedule comes after the first paint,
        and repainting every row again for nothing was a tenth of a small plan's open."""
        warned, self._warned = self._warned, bool(self.controller.known_warnings)
        if warned or self._warned or self._shows_any(SCHEDULE_COLUMNS):
            self.viewport().update()

    @guarded
    def paintEvent(self, event) -> None:
        """Plain task rows painted a row at a time (`RowPainter`): a fresh page of 43 rows took ~32 ms of CPU painted
        by Qt cell by cell, ~15 ms so. Only while the delegate is the plain one (the Gantt's tree sets its own, which
        paints the same at its row height)."""
        own = self.itemDelegate() is self._plain_delegate
        self._rows = RowPainter.for_frame(self, self._texts, self._images) if own else None
        try:
            super().paintEvent(event)
        finally:
            self._rows = None

    @guarded
    def drawRow(self, painter, option, index) -> None:
        if self._rows is None or not self._rows.paint(painter, option.rect, index):
            super().drawRow(painter, option, index)

    @guarded(default=False)
    def edit(self, *args):
        """Open a cell's editor; and while the person types, ready the schedule for the edit (`edits_soon`)."""
        opened = super().edit(*args)
        if opened:
            self.controller.edits_soon()
        return opened

    def _shows_any(self, columns) -> bool:
        return any(not self.isColumnHidden(column) for column in columns)

    def _derived_changed(self) -> None:
        """IDs, links by ID and roll-ups are read when painted: repaint when one of those columns shows."""
        if self._shows_any(DERIVED_COLUMNS):
            self.viewport().update()

    def column_header(self) -> QHeaderView:
        """The header whose state (columns shown, their order and widths) the window keeps between runs."""
        return self.header()

    def _choose_columns(self, pos) -> None:
        """The header's menu: which columns to show (the task title always is), and Reset to the defaults."""
        menu = QMenu(self)
        for column in Column:
            if column == Column.TITLE:
                continue
            action = menu.addAction(column.header)
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.setColumnHidden(c, not on))
        menu.addSeparator()
        menu.addAction(tr("TableView", "Reset"), self.reset_columns)
        dialogs.show_menu(menu, self.header().mapToGlobal(pos))

    def reset_columns(self) -> None:
        """The default columns, in their first order and widths."""
        header = self.header()
        for column in Column:
            visual = header.visualIndex(column)
            if visual != column:
                header.moveSection(visual, column)
            self.setColumnHidden(column, column not in self.default_columns)
            if column in self.default_widths:
                self.setColumnWidth(column, self.default_widths[column])
        dates = self.date_width()
        for column in _DATE_COLUMNS:  # a German "Mi., 30. Sept. 2026" is wider than the English the widths were for
            self.setColumnWidth(column, max(self.columnWidth(column), dates))

    def date_width(self) -> int:
        """What a date cell needs to show its longest date whole, in the locale's words and the font in use."""
        return (
            widest_date(self.fontMetrics())
            + 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
            + 8
        )

    # -- the model shown: the task tree itself, or the proxy while it filters or sorts ------------------------
    def _wanted_model(self):
        return self.proxy.source if self.proxy.passes_through() else self.proxy

    def _follow_model(self, model) -> None:
        """Hear the shown model's reset and new rows (connected after Qt's own slots, so they run after them)."""
        model.modelReset.connect(self.apply_scope)
        model.rowsInserted.connect(self._reveal_inserted)

    def from_source(self, index: QModelIndex) -> QModelIndex:
        """The task tree model's `index` in the model this tree shows."""
        return index if self.model() is self.proxy.source else self.proxy.mapFromSource(index)

    def index_of_node(self, node, column: int = 0) -> QModelIndex:
        """The index of `node`'s row (an area, project or task) in the model this tree shows; invalid if hidden
        (filtered out, or outside the scope: the task tree model has the rows the proxy leaves out)."""
        index = self.from_source(self.proxy.source.index_of(node, column))
        return QModelIndex() if self._outside_root(index) else index

    def _outside_root(self, index: QModelIndex) -> bool:
        root = self.rootIndex()
        while index.isValid():
            if index == root:
                return False
            index = index.parent()
        return root.isValid()

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        """A header click while the tree shows the task tree model, which does not sort: the proxy sorts (and the
        trees move onto it first). On the proxy Qt's own slot has sorted it already."""
        if self.model() is not self.proxy:
            self.proxy.sort(column, order)

    def _switch_model(self) -> None:
        """Show the model the proxy asks for, keeping what the user sees: the two show the same rows at the switch
        (see `TaskFilterProxy.passing_changed`), so the root, the expanded rows, the selection, the current row
        and the scroll position are carried over by node, and the current task is not announced again."""
        model = self._wanted_model()
        old = self.model()
        if model is old:
            return
        root = self.rootIndex().data(Role.NODE) if self.rootIndex().isValid() else None
        # A filter changing is followed by apply_scope, which expands the rows anew (at once, or when next shown):
        # the rows expanded now would be thrown away (1.9 s profiled reading them at 105,000 tasks, then as much
        # expanding them again).
        expanded = [] if self._scope_follows else self._expanded_nodes()
        selected = [index.data(Role.NODE) for index in self.selectionModel().selectedRows(0)]
        current = self.currentIndex()
        current_node, current_column = (current.data(Role.NODE), current.column()) if current.isValid() else (None, 0)
        scrolled = self._scroll_pending or (self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        old.modelReset.disconnect(self.apply_scope)
        old.rowsInserted.disconnect(self._reveal_inserted)
        old_selection = self.selectionModel()
        # The root is the old model's index: setModel asks the new model about it ("index from wrong model passed
        # to mapToSource"). It is set again, in the new model, below.
        self.setRootIndex(QModelIndex())
        header = self.header()
        # Qt's setModel sorts the new model by the header's indicator: show it the proxy's own sort for the while,
        # so nothing sorts (the other tree's header may show another column, or none).
        shown = header.sortIndicatorSection(), header.sortIndicatorOrder()
        self._quiet_sort_indicator(self.proxy.sortColumn(), self.proxy.sortOrder())
        self.setModel(model)
        self._quiet_sort_indicator(*shown)
        old_selection.deleteLater()
        self._follow_model(model)
        self.setRootIndex(self.from_source(self.proxy.source.index_of(root)) if root is not None else QModelIndex())
        for node in expanded:  # stored only: Qt lays the rows out once, on the next paint
            self.expand(self.index_of_node(node))
        selection = QItemSelection()
        for node in selected:
            index = self.index_of_node(node)
            if index.isValid():
                selection.select(index, index)
        flag = QItemSelectionModel.SelectionFlag
        self.selectionModel().select(selection, flag.Select | flag.Rows)
        if current_node is not None:
            # Not scrolled to (the scroll position is carried over below): Qt's scroll to a new current row expands
            # its parents, and a current row under a collapsed parent (a new scope collapses the rows) showed it.
            scrolls = self.hasAutoScroll()
            self.setAutoScroll(False)
            try:  # a failure here (reported by the guard) must not leave the view never scrolling to its current row
                self.selectionModel().setCurrentIndex(self.index_of_node(current_node, current_column), flag.NoUpdate)
            finally:
                self.setAutoScroll(scrolls)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        # The scroll bars take the position once the rows are laid out. A hidden tree (the table while the board or
        # the Gantt shows) sets it when next shown: laying out 105,000 rows for it was 1.1 s of a search cleared.
        # A filter changing is followed by apply_scope, which lays the rows out again as it expands them: the
        # position is set after that, not on the rows carried over too (4 s profiled for the Gantt's at 105,000).
        self._scroll_pending = scrolled
        if self.isVisible() and not self._scope_follows:
            self._restore_scroll()
        self._carry_click_scroll()
        self.model_changed.emit()

    def _carry_click_scroll(self) -> None:
        """Qt scrolls to a pressed cell a double-click interval after the press if it is still current, comparing
        the cell it kept with the current one: after a switch they are in two models, and it never did. A row clicked
        and a header clicked at once (sorted: the row moves) scrolled to the row on the proxy alone."""
        if self._pressed is None or self._pressed[2].hasExpired():
            return
        node, column, deadline = self._pressed

        def scroll() -> None:
            current = self.currentIndex()
            if current.isValid() and (current.data(Role.NODE), current.column()) == (node, column):
                self.scrollTo(current)

        QTimer.singleShot(deadline.remainingTime(), self, scroll)

    def _restore_scroll(self) -> None:
        if self._scroll_pending is None:
            return
        (horizontal, vertical), self._scroll_pending = self._scroll_pending, None
        self.executeDelayedItemsLayout()
        self.horizontalScrollBar().setValue(horizontal)
        self.verticalScrollBar().setValue(vertical)

    def _quiet_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        header = self.header()
        blocked = header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(blocked)

    def _expanded_nodes(self) -> list:
        """The expanded rows below the root that show, parents before their children, read from the task tree
        model's lists (the tree is asked only about rows with children)."""
        source = self.proxy.source
        root = self.rootIndex()
        found: list = []
        keys = [root.data(Role.NODE) if root.isValid() else None]
        while keys:
            key = keys.pop()
            for row, node in enumerate(source.child_nodes(key)):
                if source.may_have_children(node) and self.isExpanded(self.from_source(source.row_index(node, row))):
                    found.append(node)
                    keys.append(node)
        return found

    # -- scope ----------------------------------------------------------------------------------
    def apply_scope(self) -> None:
        scope = self.proxy.scope
        self.setRootIndex(
            QModelIndex() if isinstance(scope, SmartList) else self.from_source(self.proxy.source.index_of(scope))
        )
        self._leave_rows_outside()
        self.setRootIsDecorated(True)
        # A hidden tree (the table while the Gantt shows, or the Gantt's) expands its rows when next shown: at
        # 100,000 tasks laying them out is seconds, and every search typed or cleared paid it for both trees.
        self._expand_pending = not self.isVisible()
        self._scope_follows = False
        if not self._expand_pending:
            self._expand()
            self._restore_scroll()  # where a switch during the filter change left it (see _switch_model)

    def _filter_changing(self) -> None:
        self.collapseAll()  # apply_scope expands again
        self._scope_follows = True

    def _leave_rows_outside(self) -> None:
        """The rows outside the scope leave the selection and the current row. The task tree model keeps them; the
        proxy filters them out but keeps their ancestors, and when it drops the current row Qt makes a neighbour
        current, which can be the new root: a row the tree does not show."""
        selection_model, flag = self.selectionModel(), QItemSelectionModel.SelectionFlag
        left = QItemSelection()
        for index in selection_model.selectedRows(0):
            if self._not_shown(index):
                left.select(index, index)
        if not left.isEmpty():
            selection_model.select(left, flag.Deselect | flag.Rows)
        if self._not_shown(self.currentIndex()):
            selection_model.setCurrentIndex(QModelIndex(), flag.NoUpdate)

    def _not_shown(self, index: QModelIndex) -> bool:
        return self._outside_root(index) or (index.isValid() and index.siblingAtColumn(0) == self.rootIndex())

    def _expand(self) -> None:
        self._expand_pending = False
        if self.proxy.is_filtering():
            self.expandAll()  # matches are the point of a filter: show them, not their collapsed parents
        else:
            self.expandToDepth(0)  # the areas and projects, or a project's phases: not all 10,000 rows

    # -- held while hidden (planner.ui.views.HeldWhileHidden) --------------------------------------
    def hold(self) -> None:
        # The tree model's row signals wait while no tree shows its rows; not while the proxy sorts: its order among
        # equal keys follows the order of the signals (see TaskFilterProxy.sort).
        self.proxy.source.hold_row_signals(self.proxy.sortColumn() < 0)

    def catch_up(self) -> None:
        self.proxy.source.hold_row_signals(False)  # the rows whose data changed meanwhile, told before it is shown

    @guarded
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._restore_scroll()  # first: the switch set it before the rows' expansion, on the rows it carried over
        if self._expand_pending:
            self._expand()

    def _reveal_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        # Not while the proxy filters again: apply_scope expands the rows anew after a filter change. Each expanded
        # row is a persistent index that Qt's model walks, asking every one for its parent, on each of the proxy's
        # insertions (12 s for a search cleared at 100,000 tasks), and what was expanded during the change was
        # thrown away by apply_scope's expansion.
        if parent.isValid() and parent != self.rootIndex() and not self.proxy.refiltering:
            self.expand(parent)

    # -- selection ------------------------------------------------------------------------------
    @guarded
    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        current, self._pressed = self.currentIndex(), None
        if self.hasAutoScroll() and current.isValid() and current == self.indexAt(event.position().toPoint()):
            delay = QApplication.doubleClickInterval() + 100  # Qt's delay (QAbstractItemView::mousePressEvent)
            self._pressed = (current.data(Role.NODE), current.column(), QDeadlineTimer(delay))

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.current_task_changed.emit(current.data(Role.TASK_ID) if current.isValid() else None)

    def current_node(self):
        index = self.currentIndex()
        return index.data(Role.NODE) if index.isValid() else None

    def selected_task_ids(self) -> list[int]:
        ids = []
        for index in self.selectionModel().selectedRows(0):
            task_id = index.data(Role.TASK_ID)
            if task_id is not None:
                ids.append(task_id)
        return ids

    def select_first_task(self) -> None:
        """Make the first task shown current, so the editor has something to show from the start."""
        model, parent = self.model(), self.rootIndex()
        while model.rowCount(parent):
            first = model.index(0, 0, parent)
            if first.data(Role.TASK_ID) is not None:
                self.select_task(first.data(Role.TASK_ID))
                return
            parent = first

    def select_task(self, task_id: int, edit: bool = False) -> None:
        self._restore_scroll()  # scrolling to the task starts from where the switch left the view
        if self._expand_pending:  # the rows as shown first, then the task's branch opened, as when visible
            self._expand()
        index = self.index_of_node(("task", task_id))
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
        if edit:
            self.edit(index)


def widest_date(metrics: QFontMetrics) -> int:
    """The widest a date with its weekday is in `metrics`: every weekday of every month, as the locale writes them."""
    days = (date(2026, month, 1) + timedelta(days=offset) for month in range(1, 13) for offset in range(21, 28))
    return max(metrics.horizontalAdvance(formats.weekday_day(day)) for day in days)
