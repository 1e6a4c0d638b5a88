"""`TaskFilterProxy`: the sidebar's scope and the filter bar applied to the task tree, and column sorting.

It adapts `TaskTreeModel` for the views; filtering is `planner.core.filters.TaskFilter`, so it
means the same in every view. A task that matches keeps its ancestors visible. Which rows show is worked out
in one pass over the tasks when the filter changes, and for the tasks an edit names afterwards: Qt's own
recursive filtering asked Python about every row, several times (seconds at 100,000 tasks).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal

from planner.core.changes import Changes
from planner.core.filters import SMART_LIST_DUE, SmartList, TaskFilter
from planner.core.model import ParentKey
from planner.ui.guard import guarded
from planner.ui.models.columns import Role
from planner.ui.models.task_tree import TaskTreeModel

Scope = SmartList | ParentKey


class TaskFilterProxy(QSortFilterProxyModel):
    # Before the rows are filtered again. Trees collapse (they expand again for the new rows): each expanded row
    # is a persistent index Qt maps afresh, which cost seconds with 100,000 rows expanded.
    filter_changing = Signal()
    # The trees show the tree model itself while this proxy passes it through unchanged (no filter, no sort), and
    # this proxy otherwise: every index, flags and cell's roles asked through it cost a call into the model's
    # Python `index` to map it, ~40 % of a table frame. Emitted before a filter or sort is applied (the trees move
    # onto the proxy while it still shows what they showed) and after the last is taken off (then back again).
    passing_changed = Signal()

    def __init__(self, source: TaskTreeModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.source = source
        self.setSortRole(Role.SORT)
        self.setDynamicSortFilter(True)
        self.scope: Scope = SmartList.ALL
        self.filter = TaskFilter()
        self._effective = TaskFilter()
        self._empty = True
        self._passing = True
        # True while the rows are filtered again: the proxy shows and hides them one interval at a time (thousands of
        # rowsInserted when a search is cleared), which the trees do not expand (apply_scope follows and does).
        self.refiltering = False
        self._today = source.controller.today()
        self._matched: set[int] = set()  # the tasks that pass the filter, while one is set
        self._shown: set = set()  # the nodes shown while filtering: matched tasks and their ancestors
        # After the tree model has taken the change in (it connected first), so ancestors are known.
        source.controller.changes_applied.connect(self._changes_applied)

    def set_scope(self, scope: Scope) -> None:
        self.scope = scope
        # IDs count over what is shown: one project's or area's rows, or the whole workspace's.
        self.source.set_numbering_scope(None if isinstance(scope, SmartList) else scope)
        self._update()

    def set_filter(self, task_filter: TaskFilter) -> None:
        self.filter = task_filter
        self._update()

    def _update(self) -> None:
        self.filter_changing.emit()
        if isinstance(self.scope, SmartList) and self.scope is not SmartList.ALL:
            effective = TaskFilter(**{**self.filter.__dict__, "due": SMART_LIST_DUE[self.scope]})
        else:
            effective = self.filter
        if not effective.is_empty():
            self._set_passing(False)
        self.beginFilterChange()
        previous, self._effective = self._effective, effective
        self._today = self.source.controller.today()
        was_empty, self._empty = self._empty, self._effective.is_empty()
        if self._empty:
            self._matched, self._shown = set(), set()
        else:
            among = None if was_empty or not self._effective.narrows(previous) else self._matched
            self._matched = self._effective.matching(self.source.ws, self._today, among)
            self._shown = self._with_ancestors(self._matched)
        self._end_filter_change()
        if self._empty and self.sortColumn() < 0:
            self._set_passing(True)

    def _end_filter_change(self) -> None:
        self.refiltering = True
        try:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        finally:
            self.refiltering = False

    def passes_through(self) -> bool:
        """Whether the trees show the tree model itself: nothing filters or sorts (see `passing_changed`)."""
        return self._passing

    def _set_passing(self, passing: bool) -> None:
        if passing != self._passing:
            self._passing = passing
            self.passing_changed.emit()

    @guarded
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Sorted, this proxy places a changed row again as its signal comes, among equal keys by that order: the
        # signals the tree model holds for hidden trees go out first, and none are held while it sorts.
        self.source.hold_row_signals(False)
        sorted_before = self.sortColumn() >= 0
        if column >= 0:
            self._set_passing(False)
        super().sort(column, order)
        if sorted_before and column < 0 and self._empty:
            self._set_passing(True)

    def _with_ancestors(self, task_ids: set[int]) -> set:
        """The rows of `task_ids` and every row above them, as the tree model places them."""
        source, tasks = self.source, self.source.ws.tasks
        shown: set = set()
        for tid in task_ids:
            node = ("task", tid)
            while node not in shown:
                shown.add(node)
                if node[0] != "task":
                    break
                node = source.model_parent(tasks[node[1]])
        return shown

    def _changes_applied(self, changes: Changes) -> None:
        """Keep the shown rows right after an edit: look again at the tasks it names, and at every match's
        ancestors when the tree's shape changed; filter again only when what shows changed."""
        if self._empty:
            return
        tasks, matched = self.source.ws.tasks, self._matched
        moved = bool(changes.parents or changes.containers or changes.created or changes.deleted)
        for tid in changes.ids("task"):
            task = tasks.get(tid)
            passes = task is not None and self._effective.matches(self.source.ws, task, self._today)
            if passes != (tid in matched):
                moved = True
                if passes:
                    matched.add(tid)
                else:
                    matched.discard(tid)
        if moved:
            shown = self._with_ancestors(matched)
            if shown != self._shown:
                self.beginFilterChange()
                self._shown = shown
                self._end_filter_change()

    def accepts_task(self, task) -> bool:
        """Whether `task` is in the sidebar's scope and passes the filter bar: what a flat view (the board) shows."""
        if not isinstance(self.scope, SmartList) and task.container() != self.scope:
            return False
        return self._empty or task.id in self._matched

    def is_filtering(self) -> bool:
        return not self._empty

    @guarded
    def multiData(self, index, role_data_span) -> None:
        """All the roles a delegate asks for one cell, in one call: without it Qt asks `data` role by role,
        seven times a cell, each crossing into Python twice (the source index, then its data)."""
        self.source.fill_roles(self.mapToSource(index), role_data_span)

    @guarded(default=True)  # a row the filter cannot judge is shown, not hidden
    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        source = self.source
        if self._empty and source_parent.isValid():
            return True  # below the top only tasks, and with no filter every task shows (asked for every row)
        return self.shows(source.child_nodes(source.node(source_parent))[source_row])

    def shows(self, node) -> bool:
        """Whether this proxy shows the tree model's row of `node`, its parent's row shown."""
        if node[0] != "task" and not isinstance(self.scope, SmartList):
            return node == self.scope
        return self._empty or node in self._shown
