"""Comparing two states of a workspace (a moment from its history, a baseline or another workspace, and now):
tasks added, removed and changed, dates moved, and each project's finish, cost and work then and now. Plain values
only; the command line and the window show them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from planner.core.baselines import Baseline, BaselineTask, snapshot
from planner.core.memory import collector_paused
from planner.core.model import Workspace

FIELDS = ("title", "start", "finish", "duration", "work", "cost")
TOTALS = ("finish", "cost", "work")


@dataclass
class TaskChange:
    task_id: int
    title: str
    project: str
    did: str  # "added", "removed" or "changed"
    fields: dict[str, tuple] = field(default_factory=dict)  # name: (then, now), only those that differ
    then: tuple[datetime | None, datetime | None] | None = None  # start and finish then (None: it was not there)


@dataclass
class ProjectChange:
    project_id: int
    name: str
    then: dict | None  # finish, cost, work (None where the project did not exist)
    now: dict | None


@dataclass
class Comparison:
    tasks: list[TaskChange]
    projects: list[ProjectChange]

    def ghosts(self) -> dict[int, tuple[datetime, datetime]]:
        """Where each task still there had its bar then, for those whose start or finish moved: the Gantt draws
        these behind the bars."""
        out = {}
        for change in self.tasks:
            if change.did == "changed" and change.then is not None and {"start", "finish"} & set(change.fields):
                start, finish = change.then
                if start is not None or finish is not None:
                    out[change.task_id] = (start or finish, finish or start)
        return out


def compare(then: Workspace, now: Workspace) -> Comparison:
    tasks, projects = [], []
    with collector_paused():  # a snapshot of every task of both: objects that live as long as the comparison
        for pid in sorted(set(then.projects) | set(now.projects)):
            before = snapshot(then, pid) if pid in then.projects else None
            after = snapshot(now, pid) if pid in now.projects else None
            name = (now.projects.get(pid) or then.projects[pid]).name
            _compare_project(pid, name, before, after, tasks, projects)
    return Comparison(tasks, projects)


def compare_baseline(baseline: Baseline, now: Workspace) -> Comparison:
    """The project of `baseline` now against the baseline (which holds that project alone)."""
    tasks, projects = [], []
    pid = baseline.project_id
    after = snapshot(now, pid) if pid in now.projects else None
    name = now.projects[pid].name if pid in now.projects else baseline.name
    _compare_project(pid, name, baseline.tasks, after, tasks, projects)
    return Comparison(tasks, projects)


def _compare_project(pid: int, name: str, before, after, tasks: list, projects: list) -> None:
    """Add one project's task changes and, when they differ, its totals then and now; `before` or `after` is
    None where the project did not exist."""
    old_tasks, new_tasks = before or {}, after or {}
    for tid in [*old_tasks, *(t for t in new_tasks if t not in old_tasks)]:
        old, new = old_tasks.get(tid), new_tasks.get(tid)
        if old is None:
            tasks.append(TaskChange(tid, new.title, name, "added"))
            continue
        if new is None:
            tasks.append(TaskChange(tid, old.title, name, "removed", then=(old.start, old.finish)))
            continue
        moved = {f: (getattr(old, f), getattr(new, f)) for f in FIELDS if getattr(old, f) != getattr(new, f)}
        if moved:
            tasks.append(TaskChange(tid, new.title, name, "changed", moved, (old.start, old.finish)))
    totals = (_totals(before) if before is not None else None, _totals(after) if after is not None else None)
    if totals[0] != totals[1]:
        projects.append(ProjectChange(pid, name, *totals))


def _totals(tasks: dict[int, BaselineTask]) -> dict:
    finishes = [t.finish for t in tasks.values() if t.finish is not None]
    top = [t for t in tasks.values() if t.parent_id is None]
    return {
        "finish": max(finishes) if finishes else None,
        "cost": round(sum(t.cost for t in top), 2),
        "work": sum(t.work or 0 for t in top),
    }
