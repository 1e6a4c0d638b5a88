"""Columns and custom item roles of the task models, in one place."""

from enum import IntEnum

from PySide6.QtCore import Qt


class Column(IntEnum):
    TITLE = 0
    STATUS = 1
    PRIORITY = 2
    ASSIGNEES = 3
    START = 4
    FINISH = 5
    DURATION = 6
    PERCENT = 7
    LABELS = 8
    DEADLINE = 9
    VALUE = 10
    EFFORT = 11
    CONSTRAINT = 12
    EARLY_START = 13
    EARLY_FINISH = 14
    LATE_START = 15
    LATE_FINISH = 16
    TOTAL_SLACK = 17
    FREE_SLACK = 18
    CRITICAL = 19

    @property
    def header(self) -> str:
        return _HEADERS[self]


_HEADERS = {
    Column.TITLE: "Task",
    Column.STATUS: "Status",
    Column.PRIORITY: "Priority",
    Column.ASSIGNEES: "Assigned to",
    Column.START: "Start",
    Column.FINISH: "Finish",
    Column.DURATION: "Duration",
    Column.PERCENT: "Done",
    Column.LABELS: "Labels",
    Column.DEADLINE: "Deadline",
    Column.VALUE: "Value",
    Column.EFFORT: "Effort",
    Column.CONSTRAINT: "Constraint",
    Column.EARLY_START: "Early start",
    Column.EARLY_FINISH: "Early finish",
    Column.LATE_START: "Late start",
    Column.LATE_FINISH: "Late finish",
    Column.TOTAL_SLACK: "Total slack",
    Column.FREE_SLACK: "Free slack",
    Column.CRITICAL: "Critical",
}

# Read from the controller's schedule rather than the task: computed when shown, never cached per row.
SCHEDULE_COLUMNS = frozenset(
    {
        Column.EARLY_START,
        Column.EARLY_FINISH,
        Column.LATE_START,
        Column.LATE_FINISH,
        Column.TOTAL_SLACK,
        Column.FREE_SLACK,
        Column.CRITICAL,
    }
)


class Role(IntEnum):
    NODE = Qt.ItemDataRole.UserRole + 1  # the (kind, id) tuple of the row: ("task", 7), ("project", 2)
    SORT = Qt.ItemDataRole.UserRole + 2  # a plain value that sorts the column sensibly
    TASK_ID = Qt.ItemDataRole.UserRole + 3  # the task id, or None on a project or area row
    CARD = Qt.ItemDataRole.UserRole + 4  # what a board card shows (planner.ui.board.models.Card)
    LABELS = Qt.ItemDataRole.UserRole + 5  # a task's labels as (name, colour) pairs, drawn as chips
