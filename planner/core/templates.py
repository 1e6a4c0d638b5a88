"""Project templates: a project's structure, durations, links, checklists, roles and charter text, without any
actuals (no progress, status, time, expenses or history); a new project made from one has its dates shifted to a
chosen start.

Templates live in the workspace (a `template` table holding this module's JSON document), not as loose files: they
travel and are backed up with the workspace, saving or deleting one is undoable, and one process writes them. The
document is plain JSON (`template_to_json` / `template_from_json`), so sharing one as a file needs no other format.
No Qt, no storage.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from planner.core.changes import Changes
from planner.core.commands import AddObject, Command, CreateTask, LinkTasks, tree_order
from planner.core.errors import ValidationError
from planner.core.model import LinkType, Priority, Workspace

FORMAT = 1
_CHARTER = ("notes", "scope", "in_scope", "out_of_scope", "objectives", "budget")


@dataclass
class Template:
    id: int
    name: str
    saved: datetime | None = None
    definition: dict = field(default_factory=dict)

    @property
    def task_count(self) -> int:
        return len(self.definition.get("tasks", ()))


def check_template(ws: Workspace, template: Template) -> None:
    template.name = str(template.name or "").strip()
    if not template.name:
        raise ValidationError("A template needs a name")
    if template.definition.get("format", FORMAT) > FORMAT:
        raise ValidationError(f"Template “{template.name}” was made by a newer version of Planner")


def make_definition(ws: Workspace, project_id: int) -> dict:
    """The template document of a project: what to copy, never what was done."""
    project = ws.projects[project_id]
    cal = ws.calendar
    order = [tid for tid in tree_order(ws) if ws.tasks[tid].project_id == project_id]
    keys = {tid: n for n, tid in enumerate(order)}
    starts = [ws.tasks[t].start for t in order if ws.tasks[t].start is not None]
    origin = project.start or (min(starts) if starts else None)
    tasks = []
    for tid in order:
        task = ws.tasks[tid]
        offset = None
        if origin is not None and task.start is not None:
            offset = cal.working_minutes(origin, task.start) if task.start > origin else 0
        tasks.append(
            {
                "key": keys[tid],
                "parent": keys.get(task.parent_id),
                "title": task.title,
                "notes": task.notes,
                "duration": None if ws.is_summary(tid) else task.duration,
                "work": task.work,
                "milestone": task.milestone,
                "manual": task.manual,
                "priority": int(task.priority),
                "fixed_cost": task.fixed_cost,
                "offset": offset,  # working minutes after the project's start
                "checklist": [item.text for item in task.checklist],  # unticked: nothing is done yet
                "roles": {ws.people[pid].name: units for pid, units in task.assignments.items() if pid in ws.people},
            }
        )
    links = [
        [keys[d.predecessor_id], keys[d.successor_id], d.type.value, d.lag, d.lag_unit]
        for d in ws.dependencies.values()
        if d.predecessor_id in keys and d.successor_id in keys
    ]
    deliverables = [
        {"name": d.name, "description": d.description, "tasks": [keys[t] for t in d.task_ids if t in keys]}
        for d in sorted(ws.deliverables.values(), key=lambda d: (d.position, d.id))
        if d.project_id == project_id
    ]
    criteria = [
        {"name": c.name, "measure": c.measure, "target": c.target}
        for c in sorted(ws.success_criteria.values(), key=lambda c: (c.position, c.id))
        if c.project_id == project_id
    ]
    charter = {name: getattr(project, name) for name in _CHARTER}
    return {
        "format": FORMAT,
        "project": charter,
        "tasks": tasks,
        "links": links,
        "deliverables": deliverables,
        "criteria": criteria,
    }


def template_to_json(template: Template) -> str:
    return json.dumps({"name": template.name, **template.definition}, ensure_ascii=False, indent=1)


def template_from_json(text: str, ident: int = 0) -> Template:
    """A template from its JSON document; a document that is not one is refused, saying why."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"This is not a Planner template: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("tasks"), list):
        raise ValidationError("This is not a Planner template: it has no list of tasks")
    name = data.pop("name", "Template")
    return Template(ident, str(name), None, data)


class SaveTemplate(Command):
    """Save a project as a named template."""

    text = "Save as template"

    def __init__(self, project_id: int, name: str, clock: Callable[[], datetime]) -> None:
        super().__init__()
        self.project_id, self.name, self.clock = project_id, name, clock
        self._saved: datetime | None = None

    def _do(self, ws: Workspace) -> None:
        if self.project_id not in ws.projects:
            raise ValidationError(f"There is no project {self.project_id}")
        self._saved = self._saved or self.clock()
        self.id = self.stable_id(ws, "template")
        template = Template(self.id, self.name, self._saved, make_definition(ws, self.project_id))
        check_template(ws, template)
        self.create(ws, "template", template)


class CreateFromTemplate(Command):
    """A new project from a template, with every date shifted to `start`. Roles become the people of the same
    name (or as `roles` maps them); a role nobody fills is left unassigned."""

    text = "New project from template"

    def __init__(self, template_id: int, name: str, start: datetime, roles: dict[str, int] | None = None) -> None:
        super().__init__()
        self.template_id, self.name, self.start, self.roles = template_id, name, start, roles
        self.commands: list[Command] = []

    def _do(self, ws: Workspace) -> None:
        from planner.core.registers import AddRecord

        template = ws.templates.get(self.template_id)
        if template is None:
            raise ValidationError(f"There is no template {self.template_id}")
        doc = template.definition
        cal = ws.calendar
        start = cal.next_working(self.start)
        people = {p.name: p.id for p in ws.people.values()}
        roles = dict(people, **(self.roles or {}))
        charter = {k: v for k, v in doc.get("project", {}).items() if k in _CHARTER}
        first = not self.commands  # a redo replays the same commands, so every id comes back the same
        steps: list[Command] = []
        self._applied = Changes()

        def run(command: Command) -> Command:
            if first:
                self.commands.append(command)
            else:
                command = self.commands[len(steps)]
            self._applied.merge(command.apply(ws))
            steps.append(command)
            return command

        try:
            project = run(AddObject("project", name=self.name, start=start, **charter))
            self.project_id = project.id
            ids: dict[int, int] = {}
            for row in doc["tasks"]:
                parent = ("task", ids[row["parent"]]) if row.get("parent") is not None else ("project", project.id)
                values: dict = {
                    "notes": row.get("notes", ""),
                    "priority": Priority(row.get("priority", 1)),
                    "manual": row.get("manual", False),
                    "checklist": [(text, False) for text in row.get("checklist", ())],
                    "assignments": {roles[r]: u for r, u in row.get("roles", {}).items() if roles.get(r) in ws.people},
                }
                if row.get("fixed_cost"):
                    values["fixed_cost"] = row["fixed_cost"]
                if row.get("milestone"):
                    values["milestone"] = True
                elif row.get("duration") is not None:
                    values["duration"] = row["duration"]
                if row.get("offset") is not None and (row.get("duration") is not None or row.get("milestone")):
                    values["start"] = cal.add_working(start, row["offset"]) if row["offset"] else start
                if row.get("work") is not None and row.get("duration") is not None:
                    values["work"] = row["work"]
                ids[row["key"]] = run(CreateTask(parent, row["title"], **values)).id
            for pred, succ, kind, lag, unit in doc.get("links", ()):
                link = run(LinkTasks(ids[pred], ids[succ], LinkType(kind), lag))
                if unit:
                    ws.dependencies[link.id].lag_unit = unit
            for item in doc.get("deliverables", ()):
                tasks = [ids[k] for k in item.get("tasks", ()) if k in ids]
                run(AddRecord("deliverable", project_id=project.id, name=item["name"],
                              description=item.get("description", ""), task_ids=tasks))  # fmt: skip
            for item in doc.get("criteria", ()):
                run(AddRecord("success_criterion", project_id=project.id, name=item["name"],
                              measure=item.get("measure", ""), target=item.get("target", "")))  # fmt: skip
        except (KeyError, TypeError, ValueError) as exc:
            for command in reversed(steps):
                command.undo(ws)
            raise ValidationError(f"Template “{template.name}” is damaged: {exc}") from None
        except Exception:
            for command in reversed(steps):
                command.undo(ws)
            raise
        self._steps = steps

    def apply(self, ws: Workspace) -> Changes:
        self._do(ws)
        return self._applied

    def undo(self, ws: Workspace) -> Changes:
        changes = Changes()
        for command in reversed(self._steps):
            changes.merge(command.undo(ws))
        return changes

    def moves_schedule(self, ws: Workspace) -> bool:
        return True
