"""The commands that change areas, projects, people, labels, statuses, tasks and links, and the workspace's
working time. Each applies itself, undoes itself, and says what moved (see `planner.core.command`); none touches
storage or widgets.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from datetime import datetime
from typing import ClassVar

from planner.core.calendars import STANDARD, Calendar
from planner.core.changes import Changes
from planner.core.command import Batch, Clock, Command, check_dates, now
from planner.core.errors import ValidationError
from planner.core.i18n import plural, tr
from planner.core.kept import kept_after_edit
from planner.core.labels import check_label_name
from planner.core.links import check_link, check_no_link_across_summary
from planner.core.model import (
    Area,
    ChecklistItem,
    Dependency,
    Label,
    LinkType,
    ParentKey,
    Person,
    Priority,
    Project,
    ResourceType,
    Status,
    StatusChange,
    StatusKind,
    Task,
    TaskType,
    Workspace,
    field_name,
    tree_order,
)
from planner.core.people import check_person
from planner.core.recurrence import edit_routine_fields
from planner.core.registers import delete_project_records, detach_person, detach_tasks
from planner.core.task_types import Effort, as_percent, balance
from planner.core.wbs import WbsMask


# -- containers and lookup lists -----------------------------------------------------------
class AddObject(Command):
    """Create an area, project, person, label or status."""

    _CLASSES: ClassVar[dict[str, type]] = {
        "area": Area, "project": Project, "person": Person, "label": Label, "status": Status,
    }  # fmt: skip

    def __init__(self, kind: str, /, **fields) -> None:
        super().__init__()
        if kind not in self._CLASSES:
            raise ValueError(f"cannot add a {kind}")
        self.kind = kind
        self.fields = fields
        self.text = tr("Commands", "New {kind}").format(kind=kind)

    def _do(self, ws: Workspace) -> None:
        name = str(self.fields.get("name", "")).strip()
        if not name:
            raise ValidationError(tr("Errors", "A {kind} needs a name").format(kind=self.kind))
        if self.kind == "label":
            check_label_name(ws, name)
        self.id = self.stable_id(ws, self.kind)
        fields = dict(self.fields, name=name)
        if self.kind in ("area", "project", "status") and "position" not in fields:
            fields["position"] = max((o.position for o in ws.table(self.kind).values()), default=-1) + 1
        obj = self._CLASSES[self.kind](id=self.id, **fields)
        _check_object(ws, self.kind, obj)
        self.create(ws, self.kind, obj)


class EditObject(Command):
    """Change fields of an area, project, person, label or status."""

    def __init__(self, kind: str, ident: int, /, **fields) -> None:
        super().__init__()
        self.kind, self.ident, self.fields = kind, ident, fields
        self.text = tr("Commands", "Edit {kind}").format(kind=kind)

    def _do(self, ws: Workspace) -> None:
        obj = ws.table(self.kind).get(self.ident)
        if obj is None:
            raise ValidationError(tr("Errors", "There is no {kind} {ident}").format(kind=self.kind, ident=self.ident))
        self.touch(ws, self.kind, self.ident)
        # A project's or person's calendar is the calendar of some tasks: those not scheduled keep start and length.
        calendars = unscheduled_calendars(ws) if "calendar_id" in self.fields else {}
        for name, value in self.fields.items():
            if not hasattr(obj, name) or name == "id":  # the id is the table's key: it never changes
                raise ValueError(f"a {self.kind} has no field {name} to edit")
            setattr(obj, name, value.strip() if name == "name" else value)
        if self.kind == "label" and "name" in self.fields:  # only a rename: an old file may hold two alike
            check_label_name(ws, obj.name, obj.id)
        if not obj.name:
            raise ValidationError(tr("Errors", "A {kind} needs a name").format(kind=self.kind))
        _check_object(ws, self.kind, obj, set(self.fields))
        refit_finishes(self, ws, calendars)


class DeleteObject(Command):
    """Delete an area or project with all its tasks, or a person, label or status.

    A deleted person leaves their assignments, or hands them to the person `move_to` (who keeps the higher
    units where both were assigned); the time they logged stays, no longer anyone's. A deleted label leaves its
    tasks; the tasks of a deleted status move to `move_to` (the first other status by default).
    """

    def __init__(self, kind: str, ident: int, move_to: int | None = None) -> None:
        super().__init__()
        self.kind, self.ident, self.move_to = kind, ident, move_to
        self.text = tr("Commands", "Delete {kind}").format(kind=kind)

    def _do(self, ws: Workspace) -> None:
        if self.ident not in ws.table(self.kind):
            raise ValidationError(tr("Errors", "There is no {kind} {ident}").format(kind=self.kind, ident=self.ident))
        if self.kind in ("area", "project"):
            roots = list(ws.children((self.kind, self.ident)))
            _delete_tasks(self, ws, roots)
            if self.kind == "project":
                delete_project_records(self, ws, self.ident)
        elif self.kind == "person":
            heir = self.move_to
            if heir is not None and (heir == self.ident or heir not in ws.people):
                raise ValidationError(
                    tr("Errors", "There is no other person {heir} to give the tasks to").format(heir=heir)
                )
            detach_person(self, ws, self.ident)
            calendars = unscheduled_calendars(ws)
            for task in ws.tasks.values():
                if self.ident in task.assignments:
                    self.touch(ws, "task", task.id)
                    units = task.assignments.pop(self.ident)
                    if heir is not None:
                        task.assignments[heir] = max(units, task.assignments.get(heir, 0.0))
                    task.contours.pop(self.ident, None)
            refit_finishes(self, ws, calendars)
        elif self.kind == "label":
            for task in ws.tasks.values():
                if self.ident in task.labels:
                    self.touch(ws, "task", task.id)
                    task.labels.discard(self.ident)
        elif self.kind == "status":
            others = [s.id for s in ws.ordered("status") if s.id != self.ident]
            if not others:
                raise ValidationError(tr("Errors", "The last status cannot be deleted: every task needs one"))
            target = self.move_to if self.move_to in others else others[0]
            for task in ws.tasks.values():
                if task.status_id == self.ident:
                    self.touch(ws, "task", task.id)
                    task.status_id = target
            for change in list(ws.status_changes.values()):
                if self.ident in (change.from_status_id, change.to_status_id):
                    self.delete(ws, "status_change", change.id)
        self.delete(ws, self.kind, self.ident)


class AddPeople(Batch):
    """Several people as one undo step (a column of names pasted from a spreadsheet): each row the fields of one."""

    def __init__(self, rows: Iterable[dict]) -> None:
        commands = [AddObject("person", **row) for row in rows]
        one = len(commands) == 1
        super().__init__(
            commands, tr("Commands", "New person") if one else plural("New %n people", None, len(commands))
        )

    @property
    def ids(self) -> list[int]:
        """The new people's ids, once applied."""
        return [command.id for command in self.commands]


def _check_object(ws: Workspace, kind: str, obj, fields: set[str] | None = None) -> None:
    """Refuse an impossible object; of a person, only the `fields` given are checked (all when None)."""
    if kind == "person":
        check_person(ws, obj, fields)
    if kind == "status" and obj.wip_limit < 0:
        raise ValidationError(tr("Errors", "{name}: a WIP limit cannot be negative").format(name=obj.name))
    if kind == "project" and obj.start and obj.target_finish and obj.target_finish < obj.start:
        raise ValidationError(tr("Errors", "{name}: the target finish is before the start").format(name=obj.name))
    # Only a mask typed here: one imported from another program and not understood numbers tasks plainly.
    if kind == "project" and obj.wbs_mask and (fields is None or "wbs_mask" in fields):
        WbsMask.parse(obj.wbs_mask)


# -- tasks -----------------------------------------------------------------------------------
_TASK_FIELDS = {
    "title", "notes", "status_id", "priority", "value", "effort", "start", "finish", "duration",
    "work", "percent_complete", "milestone", "manual", "constraint", "constraint_date", "deadline",
    "recurrence", "external_id", "calendar_id", "assignments", "labels", "checklist",
    "repeat_from", "skip_if_open", "shift_to_workday", "horizon", "recurrence_exceptions", "routine_id", "occurrence",
    "board_rank", "fixed_cost", "task_type", "effort_driven",
}  # fmt: skip


class CreateTask(Command):
    """A new task under `parent` (a task, project or area) at `index` (default: last)."""

    def __init__(self, parent: ParentKey, title: str, index: int | None = None, clock: Clock = now, **fields):
        super().__init__()
        self.text = tr("Commands", "New task")
        self.parent, self.title, self.index, self.clock, self.fields = parent, title, index, clock, fields
        self._created: datetime | None = None

    def _do(self, ws: Workspace) -> None:
        kind, ident = self.parent
        if ident not in ws.table(kind):
            raise ValidationError(
                tr("Errors", "There is no {kind} {ident} to add a task to").format(kind=kind, ident=ident)
            )
        self.id = self.stable_id(ws, "task")
        self._created = self._created or self.clock()
        task = Task(id=self.id, title="", created=self._created, status_id=ws.default_status_id())
        siblings = ws.children(self.parent)
        index = len(siblings) if self.index is None else self.index
        for sibling in siblings:
            self.touch(ws, "task", sibling)
        self.touch(ws, "task", task.id)
        ws.tasks[task.id] = task  # placed just below, which indexes it
        ws.place(task, self.parent, index)
        self._parents.add(self.parent)
        edit_task(self, ws, task, dict(self.fields, title=self.title), lambda: self._created)


class EditTask(Command):
    """Set fields of one task, keeping start, finish and duration consistent on its calendar."""

    def __init__(self, task_id: int, clock: Clock = now, **fields) -> None:
        super().__init__()
        unknown = set(fields) - _TASK_FIELDS
        if unknown:
            raise ValueError(f"a task has no field {', '.join(sorted(unknown))}")
        self.task_id, self.fields, self.clock = task_id, fields, clock
        self.text = tr("Commands", "Edit {fields}").format(
            fields=", ".join(field_name(name) for name in sorted(fields))
        )
        self._stamp: datetime | None = None

    def _do(self, ws: Workspace) -> None:
        task = existing_task(ws, self.task_id)
        self.touch(ws, "task", task.id)
        if self._stamp is None:
            self._stamp = self.clock()
        edit_task(self, ws, task, self.fields, lambda: self._stamp)


class AssignPerson(Command):
    """Assign a person to a task at `units` (1.0 = full time), or unassign them with `units=0`."""

    def __init__(self, task_id: int, person_id: int, units: float = 1.0) -> None:
        super().__init__()
        self.task_id, self.person_id, self.units = task_id, person_id, units
        self.text = tr("Commands", "Assign") if units else tr("Commands", "Unassign")

    def _do(self, ws: Workspace) -> None:
        task = existing_task(ws, self.task_id)
        assignments = dict(task.assignments)
        if self.units:
            assignments[self.person_id] = self.units
        else:
            assignments.pop(self.person_id, None)
        self.touch(ws, "task", task.id)
        edit_task(self, ws, task, {"assignments": assignments}, now)


class AssignPeople(Command):
    """Put people on several tasks at once at the given units ({person id: units}), keeping everyone already on
    them; each task's work, duration or units follow its type. Summary tasks among several are left out (their
    work rolls up from their subtasks); a summary alone is refused."""

    def __init__(self, task_ids: Iterable[int], people: dict[int, float]) -> None:
        super().__init__()
        self.task_ids, self.people = list(task_ids), dict(people)
        self.text = (
            tr("Commands", "Assign people")
            if len(self.task_ids) == 1
            else tr("Commands", "Assign people to {count} tasks").format(count=len(self.task_ids))
        )

    def _do(self, ws: Workspace) -> None:
        tasks = [existing_task(ws, tid) for tid in self.task_ids]
        leaves = [task for task in tasks if not ws.is_summary(task.id)]
        if not leaves:
            raise ValidationError(
                tr("Errors", "“{title}” is a summary task: assign people to its subtasks").format(title=tasks[0].title)
            )
        changed = False
        for task in leaves:
            assignments = {**task.assignments, **self.people}
            if assignments != task.assignments:
                self.touch(ws, "task", task.id)
                edit_task(self, ws, task, {"assignments": assignments}, now)
                changed = True
        if not changed:
            names = ", ".join(ws.people[pid].name for pid in self.people if pid in ws.people) or tr("Errors", "Nobody")
            raise ValidationError(
                (
                    tr("Errors", "{names}: already on this task")
                    if len(leaves) == 1
                    else tr("Errors", "{names}: already on these tasks")
                ).format(names=names)
            )


class LabelTask(Command):
    """Put a label on a task, or take it off."""

    def __init__(self, task_id: int, label_id: int, on: bool = True) -> None:
        super().__init__()
        self.task_id, self.label_id, self.on = task_id, label_id, on
        self.text = tr("Commands", "Add label") if on else tr("Commands", "Remove label")

    def _do(self, ws: Workspace) -> None:
        task = existing_task(ws, self.task_id)
        labels = task.labels | {self.label_id} if self.on else task.labels - {self.label_id}
        self.touch(ws, "task", task.id)
        edit_task(self, ws, task, {"labels": labels}, now)


def existing_task(ws: Workspace, task_id: int) -> Task:
    """The task `task_id`, or a ValidationError saying there is none."""
    task = ws.tasks.get(task_id)
    if task is None:
        raise ValidationError(tr("Errors", "There is no task {task_id}").format(task_id=task_id))
    return task


def edit_task(command: Command, ws: Workspace, task: Task, fields: dict, clock: Clock) -> None:
    """Set `fields` of `task` (already recorded by `command`) as EditTask does: checked, dates kept consistent on
    the task's calendar, a status change logged at `clock()`."""
    check_dates(task.title, fields)  # before any date meets a calendar
    calendar_before = ws.calendar_for(task)
    effort_before = _effort(ws, task)
    assignments_before = dict(task.assignments)
    for key in ("title", "notes", "recurrence", "external_id"):
        if key in fields:
            value = str(fields[key] or "")
            setattr(task, key, value.strip() if key == "title" else value)
    if "title" in fields and not task.title:
        raise ValidationError(tr("Errors", "A task needs a title"))
    name = tr("Errors", "Task “{title}”").format(title=task.title)
    if any(key in fields for key in _ROUTINE_FIELDS):
        edit_routine_fields(task, fields, name)
    _edit_numbers_and_choices(task, fields, name)
    for key in ("manual", "milestone", "constraint", "constraint_date", "deadline", "work", "board_rank"):
        if key in fields:
            setattr(task, key, fields[key])
    _edit_references(ws, task, fields, name)
    if "effort_driven" in fields:
        task.effort_driven = bool(fields["effort_driven"])
    if "checklist" in fields:
        items = [item if isinstance(item, ChecklistItem) else ChecklistItem(*item) for item in fields["checklist"]]
        task.checklist = [ChecklistItem(i.text.strip(), bool(i.done)) for i in items if i.text.strip()]
    _edit_dates(task, fields, ws.calendar_for(task), name)  # after the fields that choose the calendar
    _balance_effort(ws, task, effort_before, fields, name)
    _check_units(ws, task, assignments_before, name)
    if _keeps_own_dates(ws, task):
        refit_finishes(command, ws, {task.id: calendar_before})
    if "status_id" in fields and fields["status_id"] != task.status_id:
        _change_status(command, ws, task, fields["status_id"], clock(), name)


def _edit_numbers_and_choices(task: Task, fields: dict, name: str) -> None:
    """The fields that are a number or one of a set of choices, each checked: priority, fixed cost, value, effort,
    percent complete and task type."""
    if "priority" in fields:
        try:
            task.priority = Priority(fields["priority"])
            task.kept = kept_after_edit(task.kept, {"priority"})
        except ValueError:
            raise ValidationError(
                tr("Errors", "{name}: {value!r} is not a priority (0 low to 3 urgent)").format(
                    name=name, value=fields["priority"]
                )
            ) from None
    if "fixed_cost" in fields:
        try:
            cost = float(fields["fixed_cost"] or 0)
        except (TypeError, ValueError):
            raise ValidationError(
                tr("Errors", "{name}: {value!r} is not an amount").format(name=name, value=fields["fixed_cost"])
            ) from None
        if cost < 0:
            raise ValidationError(tr("Errors", "{name}: a fixed cost cannot be negative").format(name=name))
        task.fixed_cost = cost
    for key in ("value", "effort"):
        if key in fields:
            number = int(fields[key] or 0)
            if number < 0:
                raise ValidationError(tr("Errors", "{name}: {key} cannot be negative").format(name=name, key=key))
            setattr(task, key, number)
    if "percent_complete" in fields:
        percent = int(fields["percent_complete"] or 0)
        if not 0 <= percent <= 100:
            raise ValidationError(
                tr("Errors", "{name}: percent complete must be between 0 and 100, not {percent}").format(
                    name=name, percent=percent
                )
            )
        task.percent_complete = percent
    if "task_type" in fields:
        try:
            task.task_type = TaskType(fields["task_type"])
        except ValueError:
            raise ValidationError(
                tr("Errors", "{name}: {value!r} is not a task type").format(name=name, value=fields["task_type"])
            ) from None


def _edit_references(ws: Workspace, task: Task, fields: dict, name: str) -> None:
    """The fields that name other records of the workspace, each checked to exist: the people assigned, the
    calendar and the labels."""
    if "assignments" in fields:
        assignments = {int(pid): float(units) for pid, units in fields["assignments"].items()}
        missing = set(assignments) - set(ws.people)
        if missing:
            raise ValidationError(
                tr("Errors", "{name}: there is no person {person_id} to assign").format(
                    name=name, person_id=min(missing)
                )
            )
        task.assignments = assignments
        # A contour is of an assignment: it goes with it.
        task.contours = {pid: days for pid, days in task.contours.items() if pid in assignments}
    if "calendar_id" in fields:
        if fields["calendar_id"] is not None and fields["calendar_id"] not in ws.calendars:
            raise ValidationError(
                tr("Errors", "{name}: there is no calendar {calendar_id}").format(
                    name=name, calendar_id=fields["calendar_id"]
                )
            )
        task.calendar_id = fields["calendar_id"]
    if "labels" in fields:
        labels = set(fields["labels"])
        missing = labels - set(ws.labels)
        if missing:
            raise ValidationError(
                tr("Errors", "{name}: there is no label {label_id}").format(name=name, label_id=min(missing))
            )
        task.labels = labels


_ROUTINE_FIELDS = (
    "recurrence", "repeat_from", "skip_if_open", "shift_to_workday", "horizon", "recurrence_exceptions",
    "routine_id", "occurrence",
)  # fmt: skip


def _edit_dates(task: Task, fields: dict, cal, name: str) -> None:
    if "duration" in fields and fields["duration"] is not None and fields["duration"] < 0:
        raise ValidationError(tr("Errors", "{name}: a duration cannot be negative").format(name=name))
    touched = [key for key in ("start", "finish", "duration") if key in fields]
    if not touched and "milestone" not in fields:
        return  # dates stand as they are, even when they were not computed on this calendar (imports)
    if touched == ["duration"] and fields["duration"] is None:
        task.duration = task.finish = None  # no length, so no finish either
        return
    if task.milestone and "milestone" in fields:
        task.duration = 0
        if task.start is not None:
            task.finish = task.start
    for key in touched:
        setattr(task, key, fields[key])
    if task.milestone:
        task.duration = 0
        if ("finish" in touched and "start" not in touched) or task.start is None:
            task.start = task.finish
        task.finish = task.start
        return
    if task.start is not None and "start" in touched:
        task.start = cal.next_working(task.start)
    if task.finish is not None and "finish" in touched:
        task.finish = cal.previous_working(task.finish)
    # A finish given without a start counts back from it: by the duration given with it, else by the task's own.
    backward = "finish" in touched and "start" not in touched and (task.start is None or "duration" in touched)
    if backward and task.finish is not None and task.duration is not None:
        task.start = cal.add_working(task.finish, -task.duration) if task.duration else task.finish
    elif "finish" in touched and task.start is not None and task.finish is not None:
        task.duration = cal.working_minutes(task.start, task.finish)
    elif task.start is not None and task.duration is not None:
        task.finish = cal.add_working(task.start, task.duration) if task.duration else task.start
    elif task.start is not None and task.finish is not None:
        task.duration = cal.working_minutes(task.start, task.finish)
    if task.start is not None and task.finish is not None and task.finish < task.start:
        raise ValidationError(
            tr("Errors", "{name}: the finish ({finish:%Y-%m-%d}) is before the start ({start:%Y-%m-%d})").format(
                name=name, finish=task.finish, start=task.start
            )
        )


def _effort(ws: Workspace, task: Task) -> Effort:
    people = ws.people
    units = {pid: u for pid, u in task.assignments.items() if pid in people and people[pid].resource_type == "work"}
    return Effort(task.duration, task.work, units)


def _balance_effort(ws: Workspace, task: Task, before: Effort, fields: dict, name: str) -> None:
    """Keep work = duration × units by the task's type (`planner.core.task_types`) after an edit of any of them."""
    if task.milestone or ws.is_summary(task.id):
        return  # a milestone has no work; a summary's rolls up from its subtasks
    after = _effort(ws, task)
    given = set()
    if after.duration != before.duration:
        given.add("duration")
    if "work" in fields and after.work != before.work:
        given.add("work")
    if after.units != before.units:
        given.add("units")
    try:
        balanced = balance(task.task_type, task.effort_driven, before, after, given)
    except ValidationError as exc:
        raise ValidationError(tr("Errors", "{name}: {exc}").format(name=name, exc=exc)) from None
    task.work = balanced.work
    task.assignments.update(balanced.units)
    if balanced.duration != task.duration:
        _edit_dates(task, {"duration": balanced.duration}, ws.calendar_for(task), name)


def _check_units(ws: Workspace, task: Task, before: dict[int, float], name: str) -> None:
    """Refuse units of nothing, or over what a person can give, among those this edit set (units over the
    maximum from an import stand until they are edited)."""
    for pid, units in task.assignments.items():
        if before.get(pid) == units:
            continue
        person = ws.people[pid]
        who = tr("Errors", "{name}: {person} at {units}").format(name=name, person=person.name, units=as_percent(units))
        if units <= 0:
            raise ValidationError(tr("Errors", "{who} would do no work; unassign them instead").format(who=who))
        most = person.max_units if person.resource_type is ResourceType.WORK else 10.0
        if units > most + 1e-9:
            raise ValidationError(
                tr("Errors", "{who} is over their maximum of {as_percent}").format(who=who, as_percent=as_percent(most))
            )


def unscheduled_calendars(ws: Workspace) -> dict[int, Calendar]:
    """The calendar of each task no scheduler places (manual, or in an area) that has a start and a duration."""
    return {task.id: ws.calendar_for(task) for task in ws.tasks.values() if _keeps_own_dates(ws, task)}


def _keeps_own_dates(ws: Workspace, task: Task) -> bool:
    """Whether a task's dates are its own to keep: neither placed by the scheduler nor rolled up from subtasks."""
    return (task.manual or task.project_id is None) and not task.milestone and not ws.is_summary(task.id)


def refit_finishes(command: Command, ws: Workspace, calendars: dict[int, Calendar]) -> None:
    """Give each task of `calendars` (task id -> the calendar it was on) that is now on another calendar the
    finish of its start and duration on the new one: choosing another calendar keeps when a task starts and
    how much working time it takes. Automatically scheduled tasks are left to the scheduler."""
    for tid, before in calendars.items():
        task = ws.tasks[tid]
        cal = ws.calendar_for(task)
        if cal is before or task.start is None or task.duration is None or task.milestone:
            continue
        finish = cal.add_working(task.start, task.duration) if task.duration else task.start
        if finish != task.finish:
            command.touch(ws, "task", tid)
            task.finish = finish


def _change_status(command: Command, ws: Workspace, task: Task, status_id: int | None, at: datetime, name: str):
    if status_id is not None and status_id not in ws.statuses:
        raise ValidationError(
            tr("Errors", "{name}: there is no status {status_id}").format(name=name, status_id=status_id)
        )
    change = StatusChange(
        id=command.stable_id(ws, "status_change", str(task.id)),
        task_id=task.id,
        from_status_id=task.status_id,
        to_status_id=status_id,
        at=at,
    )
    command.create(ws, "status_change", change)
    task.status_id = status_id
    kind = ws.statuses[status_id].kind if status_id is not None else StatusKind.TODO
    if kind is StatusKind.DONE:
        task.completed = at
        task.percent_complete = 100
        task.started = task.started or at
    else:
        task.completed = None
        if kind is StatusKind.DOING:
            task.started = task.started or at
        if task.percent_complete == 100:
            task.percent_complete = 0 if kind is StatusKind.TODO else 50


class DeleteTasks(Command):
    """Delete tasks with their subtasks, their links and their status history."""

    def __init__(self, task_ids: Iterable[int]) -> None:
        super().__init__()
        self.task_ids = list(task_ids)
        self.text = (
            tr("Commands", "Delete task")
            if len(self.task_ids) == 1
            else tr("Commands", "Delete {count} tasks").format(count=len(self.task_ids))
        )

    def _do(self, ws: Workspace) -> None:
        missing = [tid for tid in self.task_ids if tid not in ws.tasks]
        if missing:
            raise ValidationError(tr("Errors", "There is no task {missing}").format(missing=missing[0]))
        _delete_tasks(self, ws, self.task_ids)


def _delete_tasks(command: Command, ws: Workspace, task_ids: Iterable[int]) -> None:
    doomed: list[int] = []
    seen: set[int] = set()
    for tid in task_ids:
        for sub in (tid, *ws.descendants(tid)):
            if sub not in seen:
                seen.add(sub)
                doomed.append(sub)
    for tid in doomed:
        for dep_id in list(ws.links_in(tid) | ws.links_out(tid)):
            if dep_id in ws.dependencies:
                command.delete(ws, "dependency", dep_id)
    for change in [c for c in ws.status_changes.values() if c.task_id in seen]:
        command.delete(ws, "status_change", change.id)
    if ws.time_entries or ws.expenses or ws.deliverables or ws.risks:
        detach_tasks(command, ws, seen)
    parents = {ws.tasks[tid].parent_key() for tid in doomed}
    for key in parents:
        for sibling in ws.children(key):
            command.touch(ws, "task", sibling)
    for tid in reversed(doomed):
        command.delete(ws, "task", tid)
    for key in parents:
        if key[0] != "task" or key[1] in ws.tasks:
            ws._renumber(key)


class MoveTask(Command):
    """Move a task (with its subtasks) under another parent, or to another place among its siblings."""

    def __init__(self, task_id: int, parent: ParentKey, index: int) -> None:
        super().__init__()
        self.text = tr("Commands", "Move task")
        self.task_id, self.parent, self.index = task_id, parent, index

    def _do(self, ws: Workspace) -> None:
        task = existing_task(ws, self.task_id)
        kind, ident = self.parent
        if ident not in ws.table(kind):
            raise ValidationError(
                tr("Errors", "There is no {kind} {ident} to move “{title}” to").format(
                    kind=kind, ident=ident, title=task.title
                )
            )
        if kind == "task" and (ident == task.id or task.id in ws.ancestors(ident)):
            raise ValidationError(
                tr("Errors", "“{title}” cannot become a subtask of itself or of its own subtask").format(
                    title=task.title
                )
            )
        if kind == "task":
            check_no_link_across_summary(ws, task.id, ident)
        self.place(ws, task, self.parent, self.index)


class IndentTasks(Command):
    """Make each task a subtask of the sibling above it (last child), as in every outliner."""

    def __init__(self, task_ids: Iterable[int]) -> None:
        super().__init__()
        self.text = tr("Commands", "Indent")
        self.task_ids = list(task_ids)

    def _do(self, ws: Workspace) -> None:
        moved = False
        for tid in _top_most(ws, self.task_ids):
            task = ws.tasks[tid]
            siblings = ws.children(task.parent_key())
            row = siblings.index(tid)
            if row == 0:
                continue
            above = siblings[row - 1]
            check_no_link_across_summary(ws, tid, above)
            self.place(ws, task, ("task", above), len(ws.children(("task", above))))
            moved = True
        if not moved:
            raise ValidationError(tr("Errors", "A task can be indented only under a task above it at the same level"))


class OutdentTasks(Command):
    """Move each task up one level, just after its old parent; the siblings below it become its subtasks."""

    def __init__(self, task_ids: Iterable[int]) -> None:
        super().__init__()
        self.text = tr("Commands", "Outdent")
        self.task_ids = list(task_ids)

    def _do(self, ws: Workspace) -> None:
        moved = False
        for tid in _top_most(ws, self.task_ids):
            task = ws.tasks[tid]
            if task.parent_id is None:
                continue
            parent = ws.tasks[task.parent_id]
            siblings = list(ws.children(("task", parent.id)))
            below = siblings[siblings.index(tid) + 1 :]
            for sibling in below:  # they become its subtasks, which a link between them forbids
                check_no_link_across_summary(ws, sibling, tid)
            grand = parent.parent_key()
            self.place(ws, task, grand, ws.children(grand).index(parent.id) + 1)
            for sibling in below:
                self.place(ws, ws.tasks[sibling], ("task", tid), len(ws.children(("task", tid))))
            moved = True
        if not moved:
            raise ValidationError(tr("Errors", "Only a subtask can be outdented"))


def _top_most(ws: Workspace, task_ids: Iterable[int]) -> list[int]:
    """The given tasks without those whose ancestor is also given, in tree order."""
    chosen = set(task_ids)
    missing = chosen - set(ws.tasks)
    if missing:
        raise ValidationError(tr("Errors", "There is no task {task_id}").format(task_id=min(missing)))
    top = [tid for tid in chosen if not chosen.intersection(ws.ancestors(tid))]
    if len(top) < 2:  # nothing to sort: the tree's order costs ~12 ms at 10,500 tasks
        return top
    order = {tid: i for i, tid in enumerate(tree_order(ws))}
    return sorted(top, key=order.__getitem__)


# -- dependencies ------------------------------------------------------------------------------
class LinkTasks(Command):
    """Make `successor` depend on `predecessor`; refused when it would close a loop, naming it."""

    def __init__(self, predecessor: int, successor: int, type: LinkType = LinkType.FS, lag: int = 0) -> None:
        super().__init__()
        self.text = tr("Commands", "Link tasks")
        self.predecessor, self.successor, self.type, self.lag = predecessor, successor, LinkType(type), lag

    def _do(self, ws: Workspace) -> None:
        for tid in (self.predecessor, self.successor):
            if tid not in ws.tasks:
                raise ValidationError(tr("Errors", "There is no task {tid} to link").format(tid=tid))
        check_link(ws, self.predecessor, self.successor)
        self.id = self.stable_id(ws, "dependency")
        dep = Dependency(self.id, self.predecessor, self.successor, self.type, int(self.lag))
        self.create(ws, "dependency", dep)


class EditLink(Command):
    def __init__(self, dependency_id: int, type: LinkType | None = None, lag: int | None = None) -> None:
        super().__init__()
        self.text = tr("Commands", "Edit link")
        self.dependency_id, self.type, self.lag = dependency_id, type, lag

    def _do(self, ws: Workspace) -> None:
        dep = ws.dependencies.get(self.dependency_id)
        if dep is None:
            raise ValidationError(
                tr("Errors", "There is no link {dependency_id}").format(dependency_id=self.dependency_id)
            )
        self.touch(ws, "dependency", dep.id)
        if self.type is not None:
            dep.type = LinkType(self.type)
        if self.lag is not None:
            dep.lag = int(self.lag)


class UnlinkTasks(Command):
    def __init__(self, dependency_ids: Iterable[int]) -> None:
        super().__init__()
        self.text = tr("Commands", "Remove link")
        self.dependency_ids = list(dependency_ids)

    def _do(self, ws: Workspace) -> None:
        for dep_id in self.dependency_ids:
            if dep_id not in ws.dependencies:
                raise ValidationError(tr("Errors", "There is no link {dep_id}").format(dep_id=dep_id))
            self.delete(ws, "dependency", dep_id)


DEFAULT_STATUSES = (
    ("To do", StatusKind.TODO, 0),
    ("In progress", StatusKind.DOING, 5),
    ("Review", StatusKind.DOING, 3),
    ("Done", StatusKind.DONE, 0),
)


def new_workspace() -> Batch:
    """What every new workspace starts with: the default board columns. Their names stay English in every
    language: they are stored as the user's own names, and the sample workspace finds its columns by them."""
    commands = [AddObject("status", name=name, kind=kind, wip_limit=limit) for name, kind, limit in DEFAULT_STATUSES]
    return Batch(commands, tr("Commands", "Set up workspace"))


class SetWorkingTime(Command):
    """Make `calendar` the workspace's working time (week, hours, public holidays, days off).

    The first time, the built-in standard week becomes a stored calendar; calendars derived from the
    workspace's follow it to the new one.
    """

    def __init__(self, calendar) -> None:
        super().__init__()
        self.text = tr("Commands", "Change working time")
        self.calendar = calendar
        self._previous_id = 0

    def _do(self, ws: Workspace) -> None:
        previous = ws.calendar
        self._previous_id = previous.id if previous.id in ws.calendars else 0
        new = copy.deepcopy(self.calendar)
        new.base = None
        new.id = self._previous_id or self.stable_id(ws, "calendar")
        if not any(new.week):
            raise ValidationError(tr("Errors", "The working week needs at least one working day"))
        self.touch(ws, "calendar", new.id)
        ws.calendars[new.id] = new
        for other in ws.calendars.values():
            if other.base is previous:
                self.touch(ws, "calendar", other.id)
                other.base = new
        ws.calendar = new

    def undo(self, ws: Workspace) -> Changes:
        changes = super().undo(ws)
        ws.relink_calendars()
        ws.calendar = ws.calendars.get(self._previous_id, STANDARD)
        return changes


class SetPersonCalendar(Command):
    """Give a person their own calendar (days off, hours, public holidays of their country), or back the
    workspace's with `calendar=None`.

    A calendar only this person uses is changed in place; one shared with others (an import may share them) is
    left to them and the person gets a copy of their own. A calendar given up stays stored: undo brings it back.
    """

    def __init__(self, person_id: int, calendar: Calendar | None) -> None:
        super().__init__()
        self.text = tr("Commands", "Change person's calendar")
        self.person_id, self.calendar = person_id, calendar

    def _do(self, ws: Workspace) -> None:
        person = ws.people.get(self.person_id)
        if person is None:
            raise ValidationError(tr("Errors", "There is no person {person_id}").format(person_id=self.person_id))
        calendars = unscheduled_calendars(ws)
        self.touch(ws, "person", person.id)
        if self.calendar is None:
            person.calendar_id = None
        else:
            base = self.calendar.base
            new = copy.deepcopy(self.calendar, {id(base): base})  # a copy that still derives from the same base
            if not any(new.week) and new.base is None:
                raise ValidationError(
                    tr("Errors", "{name}: the working week needs at least one working day").format(name=person.name)
                )
            own = person.calendar_id if _only_used_by(ws, person) else None
            new.id = own or self.stable_id(ws, "calendar")
            new.name = tr("Commands", "{name}'s calendar").format(name=person.name)
            self.touch(ws, "calendar", new.id)
            ws.calendars[new.id] = new
            person.calendar_id = new.id
        refit_finishes(self, ws, calendars)

    def undo(self, ws: Workspace) -> Changes:
        changes = super().undo(ws)
        ws.relink_calendars()
        return changes


def _only_used_by(ws: Workspace, person: Person) -> bool:
    """Whether the person's calendar is theirs alone: stored, not the workspace's, nobody else's, no project's or
    task's, and no other calendar's base."""
    cid = person.calendar_id
    if cid not in ws.calendars or ws.calendars[cid] is ws.calendar:
        return False
    users = [p.id for p in ws.people.values() if p.calendar_id == cid and p.id != person.id]
    users += [p.id for p in ws.projects.values() if p.calendar_id == cid]
    users += [t.id for t in ws.tasks.values() if t.calendar_id == cid]
    return not users and not any(c.base is ws.calendars[cid] for c in ws.calendars.values())
