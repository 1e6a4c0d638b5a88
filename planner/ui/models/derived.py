"""`DerivedColumns`: the task columns worked out from the whole tree rather than from one task: ID and WBS
(`planner.core.wbs`), Predecessors and Successors by ID (`planner.core.link_text`), Work and Cost rolled up into
summaries, and the chosen baseline's dates and the variance from them.

The maps are built once after a change, when a cell first asks, never per cell: numbering 10,000 tasks costs a
walk of the tree, which a page of 45 rows must not pay 45 times. Plain Python over the core; the Qt model reads it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from planner.core.baselines import BaselineTask, chosen_baseline
from planner.core.costs import task_planned_cost, work_by_person
from planner.core.link_text import lag_calendar, links_text
from planner.core.model import ParentKey, Task, Workspace
from planner.core.wbs import Numbering, numbering
from planner.ui.models.columns import Column

_UNKNOWN = object()


class DerivedColumns:
    def __init__(self, workspace: Callable[[], Workspace]) -> None:
        self._ws = workspace
        self.scope: ParentKey | None = None  # what IDs count over: a project or area, or the whole workspace
        self._numbering: Numbering | None = None
        self._rollup: dict[int, tuple[int | None, float]] | None = None  # task id -> (work, cost)
        self._baselines: dict[int, object] = {}  # project id -> its chosen baseline (or None)

    def forget(self) -> None:
        """After any change: everything is worked out again when next asked."""
        self._numbering = None
        self._rollup = None
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
            return f"{value / 60:,.4g}h" if value < 6000 else f"{value / 60:,.0f}h"
        if column == Column.COST:
            return f"{value:,.2f}"
        if column in (Column.BASELINE_START, Column.BASELINE_FINISH):
            return f"{value:%a %d %b %Y}"
        return f"−{-value:g}d" if value < 0 else f"{value:g}d"  # variances in working days

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
            work, cost = self._rolled_up(ws).get(task.id, (None, None))
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

    def _rolled_up(self, ws: Workspace) -> dict[int, tuple[int | None, float]]:
        """Each numbered task's work (minutes) and planned cost, a summary's the sum of its subtasks' and its own
        fixed cost (as a baseline holds them), in one pass from the bottom of the outline up."""
        if self._rollup is None:
            out: dict[int, tuple[int | None, float]] = {}
            for tid in reversed(self.numbering.rows):  # outline order reversed: subtasks before their summary
                task = ws.tasks[tid]
                children = ws.children(("task", tid))
                if children:
                    work = sum(out[c][0] or 0 for c in children if c in out) or None
                    cost = task.fixed_cost + sum(out[c][1] for c in children if c in out)
                else:
                    work = task.work if task.work is not None else round(sum(work_by_person(ws, task).values()))
                    cost = task_planned_cost(ws, task)
                out[tid] = (work or None, round(cost, 2))
            self._rollup = out
        return self._rollup

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
