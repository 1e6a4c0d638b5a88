"""`HistoryModel`: adapts the workspace's kept changes (planner.store.history) to a tree of days, newest first,
each with its changes, newest first. Read-only: nothing flows back. It reads the days and their counts at once,
a day's changes (id, time, label, kind) when that day is first shown, and what a change did when it is selected:
so 100,000 changes open at once.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from planner.core.i18n import plural, tr
from planner.ui.guard import guarded

ROLE_CHANGE = Qt.ItemDataRole.UserRole + 1  # the id of a change's row in the history, None on a day


class HistoryModel(QAbstractItemModel):
    """Days at the top level (internal id 0), their changes below them (internal id: the day's row + 1)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._days: list[tuple[str, int]] = []  # ("YYYY-MM-DD", how many changes), newest first
        self._changes: dict[int, list[tuple]] = {}  # a day's row: its changes read so far, newest first
        self._read_day = list  # no changes until `load`

    def load(self, days: list[tuple[str, int]], read_day) -> None:
        """Show `days` (each day and its number of changes); `read_day(day)` gives a day's changes, newest first:
        (id, at text "YYYY-MM-DD HH:MM:SS", label, kind)."""
        self.beginResetModel()
        self._days, self._changes, self._read_day = list(days), {}, read_day
        self.endResetModel()

    def change_count(self) -> int:
        return sum(count for _, count in self._days)

    def _day_changes(self, row: int) -> list[tuple]:
        if row not in self._changes:
            self._changes[row] = self._read_day(self._days[row][0])
        return self._changes[row]

    @guarded(default=QModelIndex())
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._days) else QModelIndex()
        if parent.internalId() != 0 or row >= self._days[parent.row()][1]:
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    @guarded(default=QModelIndex())
    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    @guarded(default=0)
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._days)
        if parent.internalId() == 0:
            return self._days[parent.row()][1]
        return 0

    @guarded(default=0)
    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 1

    @guarded
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            day, count = self._days[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                changes = plural("%n change(s)", None, count)
                return f"{day}  ({changes})"
            return None
        changes = self._day_changes(index.internalId() - 1)
        if index.row() >= len(changes):  # the day lost changes since it was counted (thinned by another window)
            return None
        ident, at, label, kind = changes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{at[11:16]}  {_kind_prefix(kind)}{label}"
        if role == ROLE_CHANGE:
            return ident
        return None


def _kind_prefix(kind: str) -> str:
    """What a change's row starts with: nothing for an edit, a word for an undo or a redo."""
    return {"undo": tr("History", "Undone: "), "redo": tr("History", "Redone: ")}.get(kind, "")
