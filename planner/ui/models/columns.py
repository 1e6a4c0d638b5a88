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
    ID = 20
    WBS = 21
    PREDECESSORS = 22
    SUCCESSORS = 23
    RESOURCE_NAMES = 24
    WORK = 25
    COST = 26
    BASELINE_START = 27
    BASELINE_FINISH = 28
    START_VARIANCE = 29
    FINISH_VARIANCE = 30

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
    Column.ID: "ID",
    Column.WBS: "WBS",
    Column.PREDECESSORS: "Predecessors",
    Column.SUCCESSORS: "Successors",
    Column.RESOURCE_NAMES: "Resource names",
    Column.WORK: "Work",
    Column.COST: "Cost",
    Column.BASELINE_START: "Baseline start",
    Column.BASELINE_FINISH: "Baseline finish",
    Column.START_VARIANCE: "Start variance",
    Column.FINISH_VARIANCE: "Finish variance",
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


# Worked out from the whole tree (row numbers, links by row number, roll-ups, the baseline) by
# `planner.ui.models.derived`, once per change, and read per cell from its maps rather than cached per row.
DERIVED_COLUMNS = frozenset(
    {
        Column.ID,
        Column.WBS,
        Column.PREDECESSORS,
        Column.SUCCESSORS,
        Column.WORK,
        Column.COST,
        Column.BASELINE_START,
        Column.BASELINE_FINISH,
        Column.START_VARIANCE,
        Column.FINISH_VARIANCE,
    }
)


class Role(IntEnum):
    NODE = Qt.ItemDataRole.UserRole + 1  # the (kind, id) tuple of the row: ("task", 7), ("project", 2)
    SORT = Qt.ItemDataRole.UserRole + 2  # a plain value that sorts the column sensibly
    TASK_ID = Qt.ItemDataRole.UserRole + 3  # the task id, or None on a project or area row
    CARD = Qt.ItemDataRole.UserRole + 4  # what a board card shows (planner.ui.board.models.Card)
    LABELS = Qt.ItemDataRole.UserRole + 5  # a task's labels as (name, colour) pairs, drawn as chips
