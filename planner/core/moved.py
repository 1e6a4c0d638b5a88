"""What moved since the last report: the tasks and milestones of a project or area whose start or finish moved
between that report and now, each with its cause when the history knows it ("moved by the link from Design",
"duration changed on 3 Dec"). Plain values; the reports lay them out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from planner.core.compare import compare
from planner.core.history import Entry, fields_changed
from planner.core.i18n import tr
from planner.core.model import Workspace

# A task's own fields whose change moves its dates, and what a person calls each (translated when asked).
_OWN = {
    "duration": lambda: tr("Reports", "duration"),
    "work": lambda: tr("Reports", "work"),
    "constraint": lambda: tr("Reports", "constraint"),
    "constraint_date": lambda: tr("Reports", "constraint date"),
    "assignments": lambda: tr("Reports", "people"),
    "calendar_id": lambda: tr("Reports", "calendar"),
    "manual": lambda: tr("Reports", "scheduling mode"),
    "percent_complete": lambda: tr("Reports", "progress"),
}


@dataclass
class Moved:
    task_id: int
    title: str
    milestone: bool
    start: tuple[datetime | None, datetime | None]  # then, now
    finish: tuple[datetime | None, datetime | None]
    cause: str = ""  # "" when the history does not say


@dataclass
class SinceLast:
    """What moved since the previous report of the same kind and scope; `since` None: this is the first one."""

    since: datetime | None
    moved: list[Moved] = field(default_factory=list)
    problem: str = ""  # why what moved cannot be known (the history is unavailable), or ""


def moved_since(then: Workspace, now: Workspace, scope: tuple[str, int] | None, entries: list[Entry]) -> list[Moved]:
    """The tasks of `scope` (a project or area; None: all) whose start or finish differ between `then` and
    `now`, later finishes first, each with the cause found in `entries` (the changes between the two, in order)."""
    out = []
    for change in compare(then, now).tasks:
        task = now.tasks.get(change.task_id)
        if change.did != "changed" or task is None or (scope is not None and task.container() != scope):
            continue
        if "start" not in change.fields and "finish" not in change.fields:
            continue
        old = then.tasks[change.task_id]
        moved = Moved(task.id, task.title, task.milestone, (old.start, task.start), (old.finish, task.finish))
        moved.cause = cause(now, task.id, entries)
        out.append(moved)
    return sorted(out, key=lambda m: (_slip(m), m.title), reverse=True)


def _slip(moved: Moved) -> float:
    then, now = moved.finish
    return (now - then).total_seconds() if then and now else 0.0


def cause(ws: Workspace, task_id: int, entries: list[Entry]) -> str:
    """Why the task's dates last moved, from the last of `entries` that moved them."""
    for entry in reversed(entries):
        mine = next((c for c in entry.objects if c.kind == "task" and c.ident == task_id), None)
        if mine is None:
            continue
        fields = fields_changed(mine)
        if "start" not in fields and "finish" not in fields:
            continue
        when = f"{entry.at.day} {entry.at:%b}"
        own = [name for name in _OWN if name in fields]
        if own:
            return tr("Reports", "{what} changed on {day}").format(what=_OWN[own[0]](), day=when)
        touched = {(c.kind, c.ident) for c in entry.objects}
        for dep_id in ws.links_in(task_id):
            dep = ws.dependencies[dep_id]
            if ("task", dep.predecessor_id) in touched or ("dependency", dep_id) in touched:
                name = ws.tasks[dep.predecessor_id].title
                return tr("Reports", "moved by the link from {name} on {day}").format(name=name, day=when)
        if entry.label:
            return tr("Reports", "“{change}” on {day}").format(change=entry.label, day=when)
        return ""
    return ""
