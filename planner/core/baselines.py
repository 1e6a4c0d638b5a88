"""Baselines: named, dated snapshots of a project's plan (dates, durations, work and cost of every task), and
the comparison of the plan now against one. The chosen baseline (`Project.baseline_id`, else the latest) is what
the comparison and the Gantt draw against. Plain Python: no Qt, no storage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from planner.core.command import Command
from planner.core.costs import task_planned_cost
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import Workspace, tree_order


@dataclass
class BaselineTask:
    title: str
    start: datetime | None
    finish: datetime | None
    duration: int | None  # working minutes
    work: int | None  # working minutes of all assignees
    cost: float
    summary: bool = False
    milestone: bool = False
    parent_id: int | None = None


@dataclass
class Baseline:
    id: int
    project_id: int
    name: str
    saved: datetime | None = None
    tasks: dict[int, BaselineTask] = field(default_factory=dict)

    @property
    def cost(self) -> float:
        """The baseline's total cost: its top-level tasks' (a summary's cost includes its subtasks')."""
        return round(sum(t.cost for t in self.tasks.values() if t.parent_id is None), 2)

    @property
    def finish(self) -> datetime | None:
        dates = [t.finish for t in self.tasks.values() if t.finish is not None]
        return max(dates) if dates else None


def check_baseline(ws: Workspace, baseline: Baseline) -> None:
    if baseline.project_id not in ws.projects:
        raise ValidationError(
            tr("Errors", "There is no project {project_id} for this baseline").format(project_id=baseline.project_id)
        )
    baseline.name = str(baseline.name).strip()
    if not baseline.name:
        raise ValidationError(tr("Errors", "A baseline needs a name"))


def snapshot(ws: Workspace, project_id: int) -> dict[int, BaselineTask]:
    """Every task of a project as it is planned now; summaries carry the sum of their subtasks' cost."""
    out: dict[int, BaselineTask] = {}
    order = [tid for tid in tree_order(ws) if ws.tasks[tid].project_id == project_id]
    for tid in reversed(order):  # subtasks before their summary
        task = ws.tasks[tid]
        kids = ws.children(("task", tid))
        if kids:
            cost = task.fixed_cost + sum(out[k].cost for k in kids)
            work = sum(out[k].work or 0 for k in kids) or None
        else:
            cost = task_planned_cost(ws, task)
            work = task.work if task.work is not None else _work(task)
        out[tid] = BaselineTask(
            task.title,
            task.start,
            task.finish,
            task.duration,
            work,
            round(cost, 2),
            bool(kids),
            task.milestone,
            task.parent_id,
        )
    return {tid: out[tid] for tid in order}


def _work(task) -> int | None:
    if not task.assignments or task.duration is None:
        return None
    return round(task.duration * sum(task.assignments.values()))


class SaveBaseline(Command):
    """Save the project's plan now as a named baseline, and choose it for comparison and the Gantt."""

    def __init__(self, project_id: int, name: str, clock: Callable[[], datetime]) -> None:
        super().__init__()
        self.text = tr("Commands", "Save baseline")
        self.project_id, self.name, self.clock = project_id, name, clock
        self._saved: datetime | None = None

    def _do(self, ws: Workspace) -> None:
        if self.project_id not in ws.projects:
            raise ValidationError(tr("Errors", "There is no project {project_id}").format(project_id=self.project_id))
        self._saved = self._saved or self.clock()
        self.id = self.stable_id(ws, "baseline")
        baseline = Baseline(self.id, self.project_id, self.name, self._saved, snapshot(ws, self.project_id))
        check_baseline(ws, baseline)
        if any(b.name == baseline.name for b in ws.baselines.values() if b.project_id == self.project_id):
            raise ValidationError(
                tr("Errors", "This project already has a baseline named “{name}”").format(name=baseline.name)
            )
        self.create(ws, "baseline", baseline)
        self.touch(ws, "project", self.project_id)
        ws.projects[self.project_id].baseline_id = self.id


def project_baselines(ws: Workspace, project_id: int) -> list[Baseline]:
    """A project's baselines, oldest first."""
    found = [b for b in ws.baselines.values() if b.project_id == project_id]
    return sorted(found, key=lambda b: (b.saved or datetime.min, b.id))


def chosen_baseline(ws: Workspace, project_id: int) -> Baseline | None:
    """The baseline a project is compared against (and that a Gantt draws): the chosen one, else the latest."""
    project = ws.projects.get(project_id)
    if project is None:
        return None
    if project.baseline_id in ws.baselines:
        return ws.baselines[project.baseline_id]
    saved = project_baselines(ws, project_id)
    return saved[-1] if saved else None


def baseline_bar(ws: Workspace, task_id: int) -> tuple[datetime, datetime] | None:
    """Where the chosen baseline of a task's project had the task: (start, finish), for a Gantt to draw."""
    task = ws.tasks.get(task_id)
    baseline = chosen_baseline(ws, task.project_id) if task is not None and task.project_id is not None else None
    if baseline is None or task_id not in baseline.tasks:
        return None
    row = baseline.tasks[task_id]
    if row.start is None or row.finish is None:
        return None
    return row.start, row.finish


# -- comparison --------------------------------------------------------------------------------------
@dataclass
class TaskVariance:
    task_id: int
    title: str
    baseline: BaselineTask
    start: datetime | None
    finish: datetime | None
    start_variance: float  # working days later (positive) or earlier (negative) than the baseline
    finish_variance: float
    duration_variance: float  # working days longer than the baseline
    cost: float
    cost_variance: float  # cost now minus baseline cost
    summary: bool = False

    @property
    def slipped(self) -> bool:
        return self.finish_variance > 0


@dataclass
class Comparison:
    baseline: Baseline
    rows: list[TaskVariance]  # every task in both, in outline order
    added: list[int]  # tasks planned now that the baseline does not have (scope added)
    removed: list[tuple[int, str]]  # tasks in the baseline that are gone (scope removed), with their titles
    baseline_cost: float
    cost: float
    baseline_finish: datetime | None
    finish: datetime | None
    finish_variance: float  # working days

    @property
    def slipped(self) -> list[TaskVariance]:
        """Leaf tasks that now finish later than the baseline, the worst first."""
        late = [r for r in self.rows if r.slipped and not r.summary]
        return sorted(late, key=lambda r: -r.finish_variance)

    @property
    def cost_variance(self) -> float:
        return self.cost - self.baseline_cost


def compare(ws: Workspace, baseline: Baseline) -> Comparison:
    """The project now against `baseline`: slips in working days, scope added and removed, cost variance."""
    now = snapshot(ws, baseline.project_id)
    cal = ws.calendar
    per_day = cal.minutes_per_day or 480

    def days(before: datetime | None, after: datetime | None) -> float:
        if before is None or after is None or before == after:
            return 0.0
        if after > before:
            return round(cal.working_minutes(before, after) / per_day, 2)
        return -round(cal.working_minutes(after, before) / per_day, 2)

    rows = []
    for tid, current in now.items():
        old = baseline.tasks.get(tid)
        if old is None:
            continue
        rows.append(
            TaskVariance(
                tid,
                current.title,
                old,
                current.start,
                current.finish,
                days(old.start, current.start),
                days(old.finish, current.finish),
                round(((current.duration or 0) - (old.duration or 0)) / per_day, 2),
                current.cost,
                round(current.cost - old.cost, 2),
                current.summary,
            )
        )
    added = [tid for tid in now if tid not in baseline.tasks]
    removed = [(tid, t.title) for tid, t in baseline.tasks.items() if tid not in now]
    cost_now = sum(t.cost for t in now.values() if t.parent_id is None)
    finish_now = max((t.finish for t in now.values() if t.finish), default=None)
    return Comparison(
        baseline,
        rows,
        added,
        removed,
        baseline.cost,
        round(cost_now, 2),
        baseline.finish,
        finish_now,
        days(baseline.finish, finish_now),
    )
