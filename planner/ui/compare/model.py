"""`ComparisonModel`: a comparison's task changes (planner.core.compare) as a table, a row per task added, removed
or changed: its start and finish then and now and how far each moved, and what else changed. Read-only; each cell
gives a sort key (`SORT_ROLE`) so the table sorts dates as dates and moves as numbers."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from planner.core.compare import Comparison, TaskChange
from planner.core.i18n import tr
from planner.core.model import Workspace
from planner.core.value_text import NONE, date_text, days_text, value_text
from planner.ui.guard import guarded

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TASK_ROLE = Qt.ItemDataRole.UserRole + 2  # the task's id (still in the plan or not)

COLUMNS = ("task", "project", "did", "start_then", "start_now", "start_moved", "finish_then", "finish_now",
           "finish_moved", "other")  # fmt: skip


def _headers() -> dict[str, str]:
    return {
        "task": tr("Compare", "Task"),
        "project": tr("Compare", "Project"),
        "did": tr("Compare", "Change"),
        "start_then": tr("Compare", "Start then"),
        "start_now": tr("Compare", "Start now"),
        "start_moved": tr("Compare", "Start moved"),
        "finish_then": tr("Compare", "Finish then"),
        "finish_now": tr("Compare", "Finish now"),
        "finish_moved": tr("Compare", "Finish moved"),
        "other": tr("Compare", "Also changed"),
    }


def _field_name(name: str) -> str:
    names = {"title": tr("Compare", "title"), "duration": tr("Compare", "duration"), "work": tr("Compare", "work"),
             "cost": tr("Compare", "cost")}  # fmt: skip
    return names.get(name, name)


def _did(did: str) -> str:
    return {"added": tr("Compare", "added"), "removed": tr("Compare", "removed"), "changed": tr("Compare", "changed")}[
        did
    ]


class ComparisonModel(QAbstractTableModel):
    def __init__(self, comparison: Comparison, ws: Workspace, parent=None) -> None:
        """`ws`: the workspace now, for the dates of tasks unchanged in a field and the units of durations."""
        super().__init__(parent)
        self.comparison = comparison
        self._rows = [self._row(change, ws) for change in comparison.tasks]
        self._headers = _headers()

    def _row(self, change: TaskChange, ws: Workspace) -> dict:
        """Each column's (text, sort key) for one task change."""
        task = ws.tasks.get(change.task_id)
        now = (task.start, task.finish) if task is not None and change.did != "removed" else (None, None)
        then = change.then or (None, None)
        row = {
            "task": (change.title, change.title.casefold()),
            "project": (change.project, change.project.casefold()),
            "did": (_did(change.did), change.did),
        }
        for n, name in enumerate(("start", "finish")):
            row[f"{name}_then"] = (date_text(then[n]) if change.then else NONE, _key(then[n]))
            row[f"{name}_now"] = (date_text(now[n]) if task is not None else NONE, _key(now[n]))
            moved = (now[n] - then[n]).total_seconds() / 86400 if then[n] and now[n] else None
            row[f"{name}_moved"] = (days_text(moved) if moved else "", moved if moved is not None else 0.0)
        others = [
            f"{_field_name(name)}: {value_text(name, old, ws)} → {value_text(name, new, ws)}"
            for name, (old, new) in change.fields.items()
            if name not in ("start", "finish")
        ]
        row["other"] = ("; ".join(others), "; ".join(others).casefold())
        return row

    def task_id(self, row: int) -> int:
        return self.comparison.tasks[row].task_id

    @guarded(default=0)
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @guarded(default=0)
    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    @guarded
    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section]]
        return None

    @guarded
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        text, key = self._rows[index.row()][COLUMNS[index.column()]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == SORT_ROLE:
            return key
        if role == TASK_ROLE:
            return self.task_id(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()].endswith("moved"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _key(moment: datetime | None) -> str:
    """Dates sort as text in ISO form; none sorts first."""
    return moment.isoformat() if moment is not None else ""
