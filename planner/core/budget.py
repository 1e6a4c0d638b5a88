"""A project's budget against its plan and its actuals, in total and for each summary task: the chosen baseline's
cost is the budget, `planner.core.costs` gives planned and actual cost. Plain Python: no Qt, no storage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from planner.core.baselines import chosen_baseline
from planner.core.costs import ledger, task_actual_cost, task_planned_cost
from planner.core.model import Workspace


@dataclass
class CostRow:
    task_id: int | None  # None: the project itself
    title: str
    depth: int
    budget: float | None  # the project's budget; a summary task's cost in the chosen baseline
    planned: float
    actual: float
    logged_minutes: int = 0

    @property
    def variance(self) -> float:
        """Planned minus budget (positive: over budget); against planned when there is no budget."""
        return self.planned - (self.budget if self.budget is not None else self.planned)


@dataclass
class CostSummary:
    project: CostRow
    rows: list[CostRow]  # summary tasks in outline order
    unassigned_expenses: float


def project_costs(ws: Workspace, project_id: int, until: datetime | None = None) -> CostSummary:
    """Budget versus planned versus actual for a project and each of its summary tasks."""
    project = ws.projects[project_id]
    book = ledger(ws, project_id, until)
    baseline = chosen_baseline(ws, project_id)
    planned: dict[int, float] = {}
    actual: dict[int, float] = {}
    minutes: dict[int, int] = {}
    rows: list[CostRow] = []

    def walk(task_id: int) -> None:
        task = ws.tasks[task_id]
        kids = ws.children(("task", task_id))
        for kid in kids:
            walk(kid)
        own_planned = task.fixed_cost if kids else task_planned_cost(ws, task)
        planned[task_id] = own_planned + sum(planned[k] for k in kids)
        actual[task_id] = task_actual_cost(task, book) + sum(actual[k] for k in kids)
        minutes[task_id] = book.minutes.get(task_id, 0) + sum(minutes[k] for k in kids)

    def collect(key, depth: int) -> None:
        for tid in ws.children(key):
            if ws.is_summary(tid):
                budget = baseline.tasks[tid].cost if baseline is not None and tid in baseline.tasks else None
                task = ws.tasks[tid]
                rows.append(CostRow(tid, task.title, depth, budget, planned[tid], actual[tid], minutes[tid]))
                collect(("task", tid), depth + 1)

    roots = ws.children(("project", project_id))
    for tid in roots:
        walk(tid)
    collect(("project", project_id), 0)
    loose = book.expenses.get(None, 0.0)
    total = CostRow(
        None,
        project.name,
        0,
        project.budget or None,
        sum(planned[t] for t in roots),
        sum(actual[t] for t in roots) + loose,
        sum(minutes[t] for t in roots),
    )
    return CostSummary(total, rows, loose)
