"""`DerivedColumns`: the task columns worked out from the whole tree rather than from one task: ID and WBS
(`planner.core.wbs`), Predecessors and Successors by ID (`planner.core.link_text`), Work and Cost rolled up into
summaries, and the chosen baseline's dates and the variance from them.

The numbering is built when a cell first asks after a change to the outline, never per cell: numbering 10,000
tasks costs a walk of the tree (~20 ms), which a page of 45 rows must not pay 45 times, nor an edit of a date.
Roll-ups are kept per task and forgotten for the tasks a change names and their summaries. Plain Python over the
core; the Qt model reads it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from planner.core.baselines import BaselineTask, chosen_baseline
from planner.core.changes import Changes
from planner.core.costs import task_planned_cost, work_by_person
from planner.core.link_text import lag_calendar, links_text
from planner.core.model import ParentKey, Task, Workspace
from planner.core.wbs import Numbering, numbering
from planner.reports import formats
from planner.ui.models.columns import Column

_UNKNOWN = object()


class DerivedColumns:
    def __init__(self, workspace: Callable[[], Workspace]) -> None:
        self._ws = workspace
        self.scope: ParentKey | None = None  # what IDs count over: a project or area, or the whole workspace
        self._numbering: Numbering | None = None
        self._rollup: dict[int, tuple[int | None, float]] = {}  # task id -> (work, cost), filled as asked
        self._baselines: dict[int, object] = {}  # project id -> its chosen baseline (or None)

    def forget(self) -> None:
        """Everything is worked out again when next asked (a new workspace)."""
        self._numbering = None
        self._rollup.clear()
        self._baselines.clear()

    def apply(self, changes: Changes) -> None:
        """Forget what `changes` can have changed: the numbering when the outline changed, the roll-ups of the
        tasks changed and their summaries (all of them when rates or the outline changed), the baselines."""
        ws = self._ws()
        outline = bool(
            changes.parents or changes.containers or changes.created.get("task") or changes.deleted.get("task")
        )
        if outline or changes.touches("project"):  # a project's WBS code mask, or its place among the others
            self._numbering = None
        if outline or changes.touches("person", "project"):
            self._rollup.clear()
        elif self._rollup:  # empty while no work or cost column is shown: the changed tasks' ancestors not walked
            for tid in changes.ids("task"):
                self._rollup.pop(tid, None)
                if tid in ws.tasks:
                    for above in ws.ancestors(tid):
                        self._rollup.pop(above, None)
        if changes.touches("baseline", "project"):
            self._baselines.clear()

    def set_scope(self, scope: ParentKey | None) -> bool:
        """Count IDs over `scope`; True when that changes what they are."""
        if scope == self.scope:
            return False
        self.scope = scope
        self._numbering = None
        return True

    @property
    def numbering(self) -> Numbering:
        if self._numbering is None:
            self._numbering = numbering(self._ws(), self.scope)
        return self._numbering

    def text(self, task: Task, column: Column) -> str:
        value = self.value(task, column)
        if value is None:
            return ""
        if column in (Column.ID, Column.WBS, Column.PREDECESSORS, Column.SUCCESSORS):
            return str(value)
        if column == Column.WORK:
            return f"{formats.short_number(value / 60, 2 if value < 6000 else 0)}h"
        if column == Column.COST:
            return formats.number(value, 2)  # the workspace keeps no currency: the amount alone
        if column in (Column.BASELINE_START, Column.BASELINE_FINISH):
            return formats.weekday_day(value)
        return f"−{formats.short_number(-value)}d" if value < 0 else f"{formats.short_number(value)}d"  # working days

    def value(self, task: Task, column: Column):
        """The cell's plain value (a number, a date or a text), or None when the task has none."""
        ws = self._ws()
        if column == Column.ID:
            return self.numbering.ids.get(task.id)
        if column == Column.WBS:
            return self.numbering.wbs.get(task.id)
        if column in (Column.PREDECESSORS, Column.SUCCESSORS):
            side = "predecessors" if column == Column.PREDECESSORS else "successors"
            return links_text(ws, task.id, self.numbering, side, lag_calendar(ws, task.id))
        if column in (Column.WORK, Column.COST):
            work, cost = self._rolled_up(ws, task.id)
            return work if column == Column.WORK else cost
        saved = self._baseline_task(ws, task)
        if saved is None:
            return None
        if column == Column.BASELINE_START:
            return saved.start
        if column == Column.BASELINE_FINISH:
            return saved.finish
        if column == Column.START_VARIANCE:
            return _days(ws, saved.start, task.start)
        return _days(ws, saved.finish, task.finish)

    def _rolled_up(self, ws: Workspace, tid: int) -> tuple[int | None, float]:
        """A task's work (minutes) and planned cost, a summary's the sum of its subtasks' plus its own fixed cost
        (as a baseline holds them); kept until a change names the task or one below it."""
        found = self._rollup.get(tid)
        if found is not None:
            return found
        task = ws.tasks[tid]
        children = ws.children(("task", tid))
        if children:
            parts = [self._rolled_up(ws, child) for child in children]  # as deep as the outline: at most 100
            work = sum(part[0] or 0 for part in parts)
            cost = task.fixed_cost + sum(part[1] for part in parts)
        else:
            work = task.work if task.work is not None else round(sum(work_by_person(ws, task).values()))
            cost = task_planned_cost(ws, task)
        found = self._rollup[tid] = (work or None, round(cost, 2))
        return found

    def _baseline_task(self, ws: Workspace, task: Task) -> BaselineTask | None:
        if task.project_id is None:
            return None
        baseline = self._baselines.get(task.project_id, _UNKNOWN)
        if baseline is _UNKNOWN:
            baseline = self._baselines[task.project_id] = chosen_baseline(ws, task.project_id)
        return baseline.tasks.get(task.id) if baseline is not None else None


def _days(ws: Workspace, before: datetime | None, after: datetime | None) -> float | None:
    """Working days from `before` to `after` (negative when earlier), as a baseline comparison counts them."""
    if before is None or after is None:
        return None
    cal = ws.calendar
    per_day = cal.minutes_per_day or 480
    if after >= before:
        return round(cal.working_minutes(before, after) / per_day, 2)
    return -round(cal.working_minutes(after, before) / per_day, 2)
