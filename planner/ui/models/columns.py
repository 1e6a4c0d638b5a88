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
}


class Role(IntEnum):
    NODE = Qt.ItemDataRole.UserRole + 1  # the (kind, id) tuple of the row: ("task", 7), ("project", 2)
    SORT = Qt.ItemDataRole.UserRole + 2  # a plain value that sorts the column sensibly
    TASK_ID = Qt.ItemDataRole.UserRole + 3  # the task id, or None on a project or area row
