"""A new project made from a template (`planner.core.templates`): its tasks, links, checklists, roles and charter
text, with every date shifted to a chosen start. No Qt, no storage.
"""

from __future__ import annotations

from datetime import datetime

from planner.core.changes import Changes
from planner.core.command import Command
from planner.core.commands import AddObject, CreateTask, LinkTasks
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import LinkType, Priority, Workspace
from planner.core.registers import AddRecord
from planner.core.templates import CHARTER_FIELDS


class CreateFromTemplate(Command):
    """A new project from a template, with every date shifted to `start`. Roles become the people of the same
    name (or as `roles` maps them); a role nobody fills is left unassigned. `fields` are more of the project's own
    (its calendar, which the dates are shifted on, its manager; see `planner.core.new_project`)."""

    def __init__(
        self, template_id: int, name: str, start: datetime, roles: dict[str, int] | None = None, fields=None
    ) -> None:
        super().__init__()
        self.text = tr("Commands", "New project from template")
        self.template_id, self.name, self.start, self.roles = template_id, name, start, roles
        self.fields: dict = fields or {}
        self.commands: list[Command] = []

    def _do(self, ws: Workspace) -> None:
        template = ws.templates.get(self.template_id)
        if template is None:
            raise ValidationError(
                tr("Errors", "There is no template {template_id}").format(template_id=self.template_id)
            )
        doc = template.definition
        cal = ws.calendars.get(self.fields.get("calendar_id"), ws.calendar)
        start = cal.next_working(self.start)
        people = {p.name: p.id for p in ws.people.values()}
        roles = dict(people, **(self.roles or {}))
        charter = {k: v for k, v in doc.get("project", {}).items() if k in CHARTER_FIELDS}
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
            project = run(AddObject("project", name=self.name, **{"start": start, **charter, **self.fields}))
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
            raise ValidationError(
                tr("Errors", "Template “{name}” is damaged: {exc}").format(name=template.name, exc=exc)
            ) from None
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
