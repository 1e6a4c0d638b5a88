"""Project templates: a project's structure, durations, links, checklists, roles and charter text, without any
actuals (no progress, status, time, expenses or history); a new project made from one has its dates shifted to a
chosen start (`planner.core.from_template`).

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

from planner.core.command import Command
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import Workspace, tree_order

FORMAT = 1
CHARTER_FIELDS = ("notes", "scope", "in_scope", "out_of_scope", "objectives", "budget")


@dataclass
class Template:
    id: int
    name: str
    saved: datetime | None = None
    definition: dict = field(default_factory=dict)


def check_template(ws: Workspace, template: Template) -> None:
    template.name = str(template.name or "").strip()
    if not template.name:
        raise ValidationError(tr("Errors", "A template needs a name"))
    if template.definition.get("format", FORMAT) > FORMAT:
        raise ValidationError(
            tr("Errors", "Template “{name}” was made by a newer version of Planner").format(name=template.name)
        )


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
    charter = {name: getattr(project, name) for name in CHARTER_FIELDS}
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
        raise ValidationError(tr("Errors", "This is not a Planner template: {exc}").format(exc=exc)) from None
    if not isinstance(data, dict) or not isinstance(data.get("tasks"), list):
        raise ValidationError(tr("Errors", "This is not a Planner template: it has no list of tasks"))
    name = data.pop("name", "Template")
    return Template(ident, str(name), None, data)


class SaveTemplate(Command):
    """Save a project as a named template."""

    def __init__(self, project_id: int, name: str, clock: Callable[[], datetime]) -> None:
        super().__init__()
        self.text = tr("Commands", "Save as template")
        self.project_id, self.name, self.clock = project_id, name, clock
        self._saved: datetime | None = None

    def _do(self, ws: Workspace) -> None:
        if self.project_id not in ws.projects:
            raise ValidationError(tr("Errors", "There is no project {project_id}").format(project_id=self.project_id))
        self._saved = self._saved or self.clock()
        self.id = self.stable_id(ws, "template")
        template = Template(self.id, self.name, self._saved, make_definition(ws, self.project_id))
        check_template(ws, template)
        self.create(ws, "template", template)
