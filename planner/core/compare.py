"""Comparing two states of a workspace (a moment from its history and now): tasks added, removed and changed,
dates moved, and each project's finish, cost and work then and now. Plain values only; the command line and
the window show them."""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.core.baselines import BaselineTask, snapshot
from planner.core.model import Workspace

FIELDS = ("title", "start", "finish", "duration", "work", "cost")


@dataclass
class TaskChange:
    task_id: int
    title: str
    project: str
    did: str  # "added", "removed" or "changed"
    fields: dict[str, tuple] = field(default_factory=dict)  # name: (then, now), only those that differ


@dataclass
class ProjectChange:
    project_id: int
    name: str
    then: dict  # finish, cost, work (None where the project did not exist)
    now: dict


@dataclass
class Comparison:
    tasks: list[TaskChange]
    projects: list[ProjectChange]


def compare(then: Workspace, now: Workspace) -> Comparison:
    tasks, projects = [], []
    for pid in sorted(set(then.projects) | set(now.projects)):
        before = snapshot(then, pid) if pid in then.projects else {}
        after = snapshot(now, pid) if pid in now.projects else {}
        name = (now.projects.get(pid) or then.projects[pid]).name
        for tid in [*before, *(t for t in after if t not in before)]:
            old, new = before.get(tid), after.get(tid)
            if old is None or new is None:
                shown = new or old
                tasks.append(TaskChange(tid, shown.title, name, "added" if old is None else "removed"))
                continue
            moved = {f: (getattr(old, f), getattr(new, f)) for f in FIELDS if getattr(old, f) != getattr(new, f)}
            if moved:
                tasks.append(TaskChange(tid, new.title, name, "changed", moved))
        totals = (_totals(before) if pid in then.projects else None, _totals(after) if pid in now.projects else None)
        if totals[0] != totals[1]:
            projects.append(ProjectChange(pid, name, *totals))
    return Comparison(tasks, projects)


def _totals(tasks: dict[int, BaselineTask]) -> dict:
    finishes = [t.finish for t in tasks.values() if t.finish is not None]
    top = [t for t in tasks.values() if t.parent_id is None]
    return {
        "finish": max(finishes) if finishes else None,
        "cost": round(sum(t.cost for t in top), 2),
        "work": sum(t.work or 0 for t in top),
    }
