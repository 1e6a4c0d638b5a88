"""Columns and custom item roles of the task models, in one place."""

from enum import IntEnum

from PySide6.QtCore import Qt

from planner.core.i18n import tr


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
        return _headers()[self]


def _headers() -> dict[Column, str]:
    """In the current language: made when shown, so a translator installed after import is used."""
    return {
        Column.TITLE: tr("Columns", "Task"),
        Column.STATUS: tr("Columns", "Status"),
        Column.PRIORITY: tr("Columns", "Priority"),
        Column.ASSIGNEES: tr("Columns", "Assigned to"),
        Column.START: tr("Columns", "Start"),
        Column.FINISH: tr("Columns", "Finish"),
        Column.DURATION: tr("Columns", "Duration"),
        Column.PERCENT: tr("Columns", "Done"),
        Column.LABELS: tr("Columns", "Labels"),
        Column.DEADLINE: tr("Columns", "Deadline"),
        Column.VALUE: tr("Columns", "Value"),
        Column.EFFORT: tr("Columns", "Effort"),
        Column.CONSTRAINT: tr("Columns", "Constraint"),
        Column.EARLY_START: tr("Columns", "Early start"),
        Column.EARLY_FINISH: tr("Columns", "Early finish"),
        Column.LATE_START: tr("Columns", "Late start"),
        Column.LATE_FINISH: tr("Columns", "Late finish"),
        Column.TOTAL_SLACK: tr("Columns", "Total slack"),
        Column.FREE_SLACK: tr("Columns", "Free slack"),
        Column.CRITICAL: tr("Columns", "Critical"),
        Column.ID: tr("Columns", "ID"),
        Column.WBS: tr("Columns", "WBS"),
        Column.PREDECESSORS: tr("Columns", "Predecessors"),
        Column.SUCCESSORS: tr("Columns", "Successors"),
        Column.RESOURCE_NAMES: tr("Columns", "Resource names"),
        Column.WORK: tr("Columns", "Work"),
        Column.COST: tr("Columns", "Cost"),
        Column.BASELINE_START: tr("Columns", "Baseline start"),
        Column.BASELINE_FINISH: tr("Columns", "Baseline finish"),
        Column.START_VARIANCE: tr("Columns", "Start variance"),
        Column.FINISH_VARIANCE: tr("Columns", "Finish variance"),
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
# Columns read from the task alone (kept per row by the task tree model, painted a row at once by the table).
PLAIN_COLUMNS = frozenset(c for c in Column if c not in SCHEDULE_COLUMNS and c not in DERIVED_COLUMNS)


class Role(IntEnum):
    NODE = Qt.ItemDataRole.UserRole + 1  # the (kind, id) tuple of the row: ("task", 7), ("project", 2)
    SORT = Qt.ItemDataRole.UserRole + 2  # a plain value that sorts the column sensibly
    TASK_ID = Qt.ItemDataRole.UserRole + 3  # the task id, or None on a project or area row
    CARD = Qt.ItemDataRole.UserRole + 4  # what a board card shows (planner.ui.board.models.Card)
    LABELS = Qt.ItemDataRole.UserRole + 5  # a task's labels as (name, colour) pairs, drawn as chips
