"""A new project as the New Project dialog describes it: a name, scheduled from a start or back from a finish, a
calendar, a manager and a template (or none), made in one undo step. No Qt, no storage.
"""

from __future__ import annotations

from datetime import datetime

from planner.core.changes import Changes
from planner.core.command import Batch, Command
from planner.core.commands import AddObject
from planner.core.errors import ValidationError
from planner.core.from_template import CreateFromTemplate
from planner.core.i18n import tr
from planner.core.model import Workspace


def check_new_project(ws: Workspace, name: str, calendar_id: int | None = None, template_id: int | None = None) -> str:
    """The name stripped, or a ValidationError saying why a new project cannot have these: no name, the name of
    another project (the sidebar, reports and exports name projects), a calendar or template that is not there."""
    name = name.strip()
    if not name:
        raise ValidationError(tr("Errors", "A project needs a name"))
    if any(p.name.casefold() == name.casefold() for p in ws.projects.values()):
        raise ValidationError(
            tr("Errors", "There is already a project named “{name}”: choose another name").format(name=name)
        )
    if calendar_id is not None and calendar_id not in ws.calendars:
        raise ValidationError(
            tr("Errors", "{name}: there is no calendar {calendar_id}").format(name=name, calendar_id=calendar_id)
        )
    if template_id is not None and template_id not in ws.templates:
        raise ValidationError(
            tr("Errors", "{name}: there is no template {template_id}").format(name=name, template_id=template_id)
        )
    return name


class CreateProject(Batch):
    """A new project, scheduled forward from `start`, or back from `finish` when `from_finish` (MS Project's
    "schedule from project finish date": `Project.schedule_from_finish` and `target_finish`), on `calendar_id`
    (None: the workspace's calendar), with its `manager` and the tasks of template `template_id`, if any."""

    def __init__(
        self,
        name: str,
        *,
        start: datetime | None = None,
        finish: datetime | None = None,
        from_finish: bool = False,
        calendar_id: int | None = None,
        manager: str = "",
        template_id: int | None = None,
    ) -> None:
        super().__init__([], tr("Commands", "New project"))
        self.name, self.start, self.finish, self.from_finish = name, start, finish, from_finish
        self.calendar_id, self.manager, self.template_id = calendar_id, manager.strip(), template_id
        self.project_id: int | None = None

    def apply(self, ws: Workspace) -> Changes:
        name = check_new_project(ws, self.name, self.calendar_id, self.template_id)
        if not self.commands:  # a redo replays the same commands, so the ids come back the same
            self.commands = [self._command(ws, name)]
        changes = super().apply(ws)
        self.project_id = self.commands[0].project_id if self.template_id is not None else self.commands[0].id
        return changes

    def _command(self, ws: Workspace, name: str) -> Command:
        date = self.finish if self.from_finish else self.start
        if date is None:
            message = (
                tr("Errors", "{name}: a project scheduled from its finish needs that date")
                if self.from_finish
                else tr("Errors", "{name}: a project scheduled from its start needs that date")
            )
            raise ValidationError(message.format(name=name))
        cal = ws.calendars.get(self.calendar_id, ws.calendar)
        fields: dict = {"manager": self.manager, "calendar_id": self.calendar_id}
        if self.from_finish:
            # Its start follows from the plan; a template's own dates count back from the finish.
            finish = cal.previous_working(date)
            fields.update(schedule_from_finish=True, target_finish=finish, start=None)
            start = cal.add_working(finish, -self._template_span(ws)) if self.template_id is not None else None
        else:
            start = cal.next_working(date)
            fields["start"] = start
        if self.template_id is None:
            return AddObject("project", name=name, **fields)
        return CreateFromTemplate(self.template_id, name, start, fields=fields)

    def _template_span(self, ws: Workspace) -> int:
        """The working minutes from the template's first start to its last finish."""
        rows = ws.templates[self.template_id].definition.get("tasks", ())
        return max(((row.get("offset") or 0) + (row.get("duration") or 0) for row in rows), default=0)
