"""Every stored object of one project and the workspace's shared tables, with ids replaced by what they point at
(tasks by their place in the tree, people and calendars by name, baselines by name): two workspaces that hold
the same plan under different ids give equal rows."""

from __future__ import annotations

import dataclasses

from planner.core.model import Workspace, tree_order
from planner.io.apply import ApplyImport
from planner.io.formats import import_file

# Fields that hold an id, a position among siblings or a board place: translated or left out below.
TASK_IDS = {"id", "project_id", "area_id", "parent_id", "status_id", "routine_id", "calendar_id", "assignments"}


def _fields(obj, leave_out: set[str]) -> dict:
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj) if f.name not in leave_out}


def _calendar(cal) -> tuple | None:
    if cal is None:
        return None
    own = _fields(cal, {"id", "base"})
    own["exceptions"] = dict(cal.exceptions)
    return (tuple(sorted(own.items(), key=str)), _calendar(cal.base))


def _person_fields(person) -> dict:
    """A person's fields but the kept UID: an id like the others, which an export gives a person who had none."""
    row = _fields(person, {"id", "calendar_id"})
    row["kept"] = {key: value for key, value in person.kept.items() if key != "uid"}
    return row


def stored_rows(ws: Workspace, project_id: int) -> dict:
    order = [tid for tid in tree_order(ws) if ws.tasks[tid].project_id == project_id]
    place = {tid: i for i, tid in enumerate(order)}
    person = {p.id: p.name for p in ws.people.values()}
    calendar_name = {cal.id: cal.name for cal in ws.calendars.values()}
    tasks = []
    for tid in order:
        task = ws.tasks[tid]
        row = _fields(task, TASK_IDS)
        row["parent"] = place.get(task.parent_id)
        row["calendar"] = calendar_name.get(task.calendar_id)
        row["assignments"] = sorted((person[p], units) for p, units in task.assignments.items())
        tasks.append(row)
    links = sorted(
        (place[d.predecessor_id], place[d.successor_id], d.type, d.lag, d.lag_unit)
        for d in ws.dependencies.values()
        if d.successor_id in place
    )
    people = sorted((tuple(_person_fields(p).items()), calendar_name.get(p.calendar_id)) for p in ws.people.values())
    baselines = {}
    for baseline in ws.baselines.values():
        if baseline.project_id == project_id:
            saved = {
                place[tid]: dataclasses.replace(row, parent_id=place.get(row.parent_id))
                for tid, row in baseline.tasks.items()
            }
            baselines[baseline.name] = (baseline.saved, saved)
    project = ws.projects[project_id]
    chosen = ws.baselines[project.baseline_id].name if project.baseline_id in ws.baselines else None
    return {
        "project": (_fields(project, {"id", "calendar_id", "baseline_id", "position"}), chosen),
        "project calendar": _calendar(ws.calendars.get(project.calendar_id, ws.calendar)),
        "calendars": sorted((_calendar(cal) for cal in ws.calendars.values()), key=repr),
        "tasks": tasks,
        "links": links,
        "people": people,
        "baselines": baselines,
    }


def applied(path) -> tuple[Workspace, int]:
    """The file imported into a fresh workspace as File ▸ Import puts it there, and the new project's id."""
    ws = Workspace()
    command = ApplyImport(import_file(path))
    command.apply(ws)
    return ws, command.project_id
