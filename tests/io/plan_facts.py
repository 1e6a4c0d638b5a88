"""Plan facts for comparing two workspaces: everything a user would call "the same plan", without ids."""

from __future__ import annotations

from planner.core.model import Workspace, tree_order


def plan_facts(ws: Workspace, project_id: int) -> dict:
    order = [tid for tid in tree_order(ws) if ws.tasks[tid].project_id == project_id]
    index = {tid: i for i, tid in enumerate(order)}
    project = ws.projects[project_id]
    tasks = []
    for tid in order:
        t = ws.tasks[tid]
        tasks.append(
            (
                len(ws.ancestors(tid)),
                t.title,
                t.notes,
                t.start,
                t.finish,
                t.duration,
                t.work,
                t.percent_complete,
                t.milestone,
                t.manual,
                t.constraint,
                t.constraint_date,
                t.deadline,
                t.priority,
                t.created,
                t.started,
                t.completed,
                tuple(sorted((ws.people[p].name, u) for p, u in t.assignments.items())),
            )
        )
    links = sorted(
        (index[d.predecessor_id], index[d.successor_id], d.type, d.lag)
        for d in ws.dependencies.values()
        if d.successor_id in index and d.predecessor_id in index
    )
    assigned = {p for tid in order for p in ws.tasks[tid].assignments}
    people = sorted(
        (p.name, p.initials, p.email, round(p.capacity, 4), p.rate) for p in ws.people.values() if p.id in assigned
    )
    cal = ws.calendar
    return {
        "project": (
            project.name,
            project.notes,
            project.manager,
            project.start,
            project.target_finish,
            project.status_date,
        ),
        "tasks": tasks,
        "links": links,
        "people": people,
        "calendar": (cal.week, cal.exceptions, cal.minutes_per_day, cal.days_per_week, cal.days_per_month),
    }
