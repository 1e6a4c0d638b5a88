"""`TaskFilterProxy`: the sidebar's scope and the filter bar applied to the task tree, and column sorting.

It adapts `TaskTreeModel` for the views; filtering is `planner.core.filters.TaskFilter`, so it
means the same in every view. A task that matches keeps its ancestors visible (recursive filtering).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel

from planner.core.filters import SMART_LIST_DUE, SmartList, TaskFilter
from planner.core.model import ParentKey
from planner.ui.guard import guarded
from planner.ui.models.columns import Role
from planner.ui.models.task_tree import TaskTreeModel

Scope = SmartList | ParentKey


class TaskFilterProxy(QSortFilterProxyModel):
    def __init__(self, source: TaskTreeModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.source = source
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(Role.SORT)
        self.setDynamicSortFilter(True)
        self.scope: Scope = SmartList.ALL
        self.filter = TaskFilter()
        self._effective = TaskFilter()
        self._empty = True
        self._today = source.controller.today()

    def set_scope(self, scope: Scope) -> None:
        self.scope = scope
        # IDs count over what is shown: one project's or area's rows, or the whole workspace's.
        self.source.set_numbering_scope(None if isinstance(scope, SmartList) else scope)
        self._update()

    def set_filter(self, task_filter: TaskFilter) -> None:
        self.filter = task_filter
        self._update()

    def _update(self) -> None:
        self.beginFilterChange()
        self._today = self.source.controller.today()
        if isinstance(self.scope, SmartList) and self.scope is not SmartList.ALL:
            self._effective = TaskFilter(**{**self.filter.__dict__, "due": SMART_LIST_DUE[self.scope]})
        else:
            self._effective = self.filter
        self._empty = self._effective.is_empty()
        # Recursion makes the proxy visit every row up front; with nothing to match it maps rows lazily.
        self.setRecursiveFilteringEnabled(not self._effective.is_empty())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts_task(self, task) -> bool:
        """Whether `task` is in the sidebar's scope and passes the filter bar: what a flat view (the board) shows."""
        if not isinstance(self.scope, SmartList) and task.container() != self.scope:
            return False
        return self._effective.matches(self.source.ws, task, self._today)

    def is_filtering(self) -> bool:
        return not self._empty

    @guarded
    def multiData(self, index, role_data_span) -> None:
        """All the roles a delegate asks for one cell, in one call: without it Qt asks `data` role by role,
        seven times a cell, each crossing into Python twice (the source index, then its data)."""
        source = self.source
        src = self.mapToSource(index)
        data = source.data
        for i in range(len(role_data_span)):
            item = role_data_span[i]
            item.setData(data(src, item.role()))

    @guarded(default=True)  # a row the filter cannot judge is shown, not hidden
    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        source = self.source
        if self._empty and source_parent.isValid():
            return True  # below the top only tasks, and with no filter every task shows (asked for every row)
        index = source.index(source_row, 0, source_parent)
        kind, ident = index.data(Role.NODE)
        if kind != "task":
            if not isinstance(self.scope, SmartList):
                return (kind, ident) == self.scope
            return self._effective.is_empty()
        task = source.ws.tasks.get(ident)
        return task is not None and self._effective.matches(source.ws, task, self._today)

    def root_for_scope(self) -> QModelIndex:
        """The proxy index the views use as their root: the scope's project or area row, or the top."""
        if isinstance(self.scope, SmartList):
            return QModelIndex()
        source = self.source
        return self.mapFromSource(source.index_of(self.scope))
