"""Commands: the only way the workspace changes. Each applies itself, undoes itself, and says what moved.

A command records a copy of every object before it first touches it; undo puts the copies back
and removes what it created. Redo is `apply` again, with the same ids, so later commands on the
undo stack still find their objects. Commands never touch storage or widgets.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from datetime import date, datetime
from enum import Enum
from typing import ClassVar

from planner.core.calendars import STANDARD
from planner.core.changes import Changes
from planner.core.errors import ValidationError
from planner.core.model import (
    Area,
    ChecklistItem,
    Constraint,
    Dependency,
    Label,
    LinkType,
    ParentKey,
    Person,
    Priority,
    Project,
    Status,
    StatusChange,
    StatusKind,
    Task,
    Workspace,
)

Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Command:
    """Base: subclasses implement `_do(ws)` and call `self.touch(...)` before changing an object."""

    text = "Edit"

    def __init__(self) -> None:
        self._before: dict[tuple[str, int], object] = {}
        self._parents: set[ParentKey] = set()  # child lists to put back in order on undo
        self._ids: dict[tuple[str, str], int] = {}

    def stable_id(self, ws: Workspace, kind: str, slot: str = "") -> int:
        """A new id for `kind` on the first apply, and the same one on every redo."""
        key = (kind, slot)
        if key not in self._ids:
            self._ids[key] = ws.new_id(kind)
        return self._ids[key]

    def apply(self, ws: Workspace) -> Changes:
        self._before = {}
        self._parents = set()
        try:
            self._do(ws)
        except Exception:
            self._restore(ws)
            raise
        return self._changes(ws)

    def undo(self, ws: Workspace) -> Changes:
        changes = self._changes(ws)
        self._restore(ws)
        # Undo takes back what apply created and brings back what it deleted.
        changes.created, changes.deleted = changes.deleted, changes.created
        return changes

    def _do(self, ws: Workspace) -> None:
        raise NotImplementedError

    def moves_schedule(self, ws: Workspace) -> bool:
        """Whether what this command did (just now) can change any task's computed dates or slack."""
        for (kind, ident), before in self._before.items():
            now = ws.table(kind).get(ident)
            if kind in ("dependency", "calendar") or (before is None) != (now is None):
                if kind in ("dependency", "calendar", "task", "project"):
                    return True
                continue
            fields = _SCHEDULE_FIELDS.get(kind, ())
            if before is not None and any(getattr(before, name) != getattr(now, name) for name in fields):
                return True
        return False

    # -- recording ----------------------------------------------------------------------
    def touch(self, ws: Workspace, kind: str, ident: int) -> None:
        """Remember `kind`/`ident` as it is now (absent if it does not exist yet), once per apply."""
        key = (kind, ident)
        if key in self._before:
            return
        obj = ws.table(kind).get(ident)
        self._before[key] = (_copy_task(obj) if kind == "task" else copy.deepcopy(obj)) if obj is not None else None
        if kind == "task" and obj is not None:
            self._parents.add(obj.parent_key())

    def create(self, ws: Workspace, kind: str, obj) -> None:
        self.touch(ws, kind, obj.id)
        ws.put(kind, obj)
        if kind == "task":
            self._parents.add(obj.parent_key())

    def delete(self, ws: Workspace, kind: str, ident: int) -> None:
        self.touch(ws, kind, ident)
        ws.remove(kind, ident)

    def place(self, ws: Workspace, task: Task, key: ParentKey, index: int) -> None:
        """Move a task in the tree, recording it, its old and new siblings and any descendants."""
        for sibling in (*ws.children(task.parent_key()), *ws.children(key), *ws.descendants(task.id)):
            self.touch(ws, "task", sibling)
        self.touch(ws, "task", task.id)
        ws.place(task, key, index)
        self._parents.add(key)
        _check_no_loop_under(ws, task)

    def _changes(self, ws: Workspace) -> Changes:
        """What differs between the recorded copies and the workspace now, naming only child lists that moved."""
        changes = Changes()
        for (kind, ident), before in self._before.items():
            now = ws.table(kind).get(ident)
            if before is None and now is not None:
                changes.add("created", kind, ident)
                moved = {now.parent_key()} if kind == "task" else set()
                changes.containers |= kind in ("area", "project")
            elif before is not None and now is None:
                changes.add("deleted", kind, ident)
                moved = {before.parent_key()} if kind == "task" else set()
                changes.containers |= kind in ("area", "project")
            elif before is not None and before != now:
                changes.add("updated", kind, ident)
                moved = set()
                if kind == "task" and (before.parent_key(), before.position) != (now.parent_key(), now.position):
                    moved = {before.parent_key(), now.parent_key()}
                changes.containers |= kind in ("area", "project") and before.position != now.position
            else:
                continue
            changes.parents |= moved
        return changes

    def _restore(self, ws: Workspace) -> None:
        for (kind, ident), before in reversed(list(self._before.items())):
            if before is None:
                if ident in ws.table(kind):
                    ws.remove(kind, ident)
            else:
                ws.put(kind, _copy_task(before) if kind == "task" else copy.deepcopy(before))
        for key in self._parents:
            ws.children(key).sort(key=lambda tid: ws.tasks[tid].position)


_ATOMIC = frozenset({int, float, str, bool, type(None), datetime, date})


def _copy_task(task: Task) -> Task:
    """A copy of a task as good as `copy.deepcopy` (its dicts, sets and lists copied deeply, plain values shared:
    they cannot change) at a tenth of the cost; rescheduling records hundreds of tasks per edit."""
    clone = object.__new__(task.__class__)
    state = dict(task.__dict__)
    for name, value in state.items():
        kind = value.__class__
        if kind in _ATOMIC or isinstance(value, Enum):
            continue
        if kind is dict and all(k.__class__ in _ATOMIC and v.__class__ in _ATOMIC for k, v in value.items()):
            state[name] = dict(value)
        elif (kind is set or kind is list) and all(item.__class__ in _ATOMIC for item in value):
            state[name] = kind(value)
        else:
            state[name] = copy.deepcopy(value)
    clone.__dict__ = state
    return clone


# The fields whose change can move computed dates (a task's assignees choose its calendar).
_SCHEDULE_FIELDS = {
    "task": ("start", "finish", "duration", "milestone", "manual", "constraint", "constraint_date", "deadline",
             "percent_complete", "parent_id", "project_id", "calendar_id", "assignments"),
    "project": ("start", "calendar_id"),
    "person": ("calendar_id",),
}  # fmt: skip


class Batch(Command):
    """Several commands as one undo step."""

    def __init__(self, commands: Iterable[Command], text: str = "Edit") -> None:
        super().__init__()
        self.commands = list(commands)
        self.text = text

    def apply(self, ws: Workspace) -> Changes:
        done: list[Command] = []
        changes = Changes()
        try:
            for command in self.commands:
                changes.merge(command.apply(ws))
                done.append(command)
        except Exception:
            for command in reversed(done):
                command.undo(ws)
            raise
        return changes

    def undo(self, ws: Workspace) -> Changes:
        changes = Changes()
        for command in reversed(self.commands):
            changes.merge(command.undo(ws))
        return changes

    def moves_schedule(self, ws: Workspace) -> bool:
        return any(command.moves_schedule(ws) for command in self.commands)


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
        self.text = f"New {kind}"

    def _do(self, ws: Workspace) -> None:
        name = str(self.fields.get("name", "")).strip()
        if not name:
            raise ValidationError(f"A {self.kind} needs a name")
        self.id = self.stable_id(ws, self.kind)
        fields = dict(self.fields, name=name)
        if self.kind in ("area", "project", "status") and "position" not in fields:
            fields["position"] = max((o.position for o in ws.table(self.kind).values()), default=-1) + 1
        obj = self._CLASSES[self.kind](id=self.id, **fields)
        _check_object(self.kind, obj)
        self.create(ws, self.kind, obj)


class EditObject(Command):
    """Change fields of an area, project, person, label or status."""

    def __init__(self, kind: str, ident: int, /, **fields) -> None:
        super().__init__()
        self.kind, self.ident, self.fields = kind, ident, fields
        self.text = f"Edit {kind}"

    def _do(self, ws: Workspace) -> None:
        obj = ws.table(self.kind).get(self.ident)
        if obj is None:
            raise ValidationError(f"There is no {self.kind} {self.ident}")
        self.touch(ws, self.kind, self.ident)
        for name, value in self.fields.items():
            if not hasattr(obj, name) or name == "id":  # the id is the table's key: it never changes
                raise ValueError(f"a {self.kind} has no field {name} to edit")
            setattr(obj, name, value.strip() if name == "name" else value)
        if not obj.name:
            raise ValidationError(f"A {self.kind} needs a name")
        _check_object(self.kind, obj)


class DeleteObject(Command):
    """Delete an area or project with all its tasks, or a person, label or status.

    A deleted person leaves their assignments; a deleted label leaves its tasks; the tasks of a
    deleted status move to `move_to` (the first other status by default).
    """

    def __init__(self, kind: str, ident: int, move_to: int | None = None) -> None:
        super().__init__()
        self.kind, self.ident, self.move_to = kind, ident, move_to
        self.text = f"Delete {kind}"

    def _do(self, ws: Workspace) -> None:
        if self.ident not in ws.table(self.kind):
            raise ValidationError(f"There is no {self.kind} {self.ident}")
        if self.kind in ("area", "project"):
            roots = list(ws.children((self.kind, self.ident)))
            _delete_tasks(self, ws, roots)
            if self.kind == "project":
                from planner.core.registers import delete_project_records  # registers build on these commands

                delete_project_records(self, ws, self.ident)
        elif self.kind == "person":
            from planner.core.registers import detach_person

            detach_person(self, ws, self.ident)
            for task in ws.tasks.values():
                if self.ident in task.assignments:
                    self.touch(ws, "task", task.id)
                    del task.assignments[self.ident]
        elif self.kind == "label":
            for task in ws.tasks.values():
                if self.ident in task.labels:
                    self.touch(ws, "task", task.id)
                    task.labels.discard(self.ident)
        elif self.kind == "status":
            others = [s.id for s in ws.ordered("status") if s.id != self.ident]
            if not others:
                raise ValidationError("The last status cannot be deleted: every task needs one")
            target = self.move_to if self.move_to in others else others[0]
            for task in ws.tasks.values():
                if task.status_id == self.ident:
                    self.touch(ws, "task", task.id)
                    task.status_id = target
            for change in list(ws.status_changes.values()):
                if self.ident in (change.from_status_id, change.to_status_id):
                    self.delete(ws, "status_change", change.id)
        self.delete(ws, self.kind, self.ident)


def _check_object(kind: str, obj) -> None:
    if kind == "person":
        if not 0 <= obj.capacity <= 24:
            raise ValidationError(f"{obj.name}: a capacity of {obj.capacity:g} hours a day is impossible (0–24)")
        if obj.rate < 0:
            raise ValidationError(f"{obj.name}: a rate cannot be negative")
    if kind == "status" and obj.wip_limit < 0:
        raise ValidationError(f"{obj.name}: a WIP limit cannot be negative")
    if kind == "project" and obj.start and obj.target_finish and obj.target_finish < obj.start:
        raise ValidationError(f"{obj.name}: the target finish is before the start")


# -- tasks -----------------------------------------------------------------------------------
_TASK_FIELDS = {
    "title", "notes", "status_id", "priority", "value", "effort", "start", "finish", "duration",
    "work", "percent_complete", "milestone", "manual", "constraint", "constraint_date", "deadline",
    "recurrence", "external_id", "calendar_id", "assignments", "labels", "checklist",
    "repeat_from", "skip_if_open", "shift_to_workday", "horizon", "recurrence_exceptions", "routine_id", "occurrence",
    "board_rank", "fixed_cost",
}  # fmt: skip


class CreateTask(Command):
    """A new task under `parent` (a task, project or area) at `index` (default: last)."""

    text = "New task"

    def __init__(self, parent: ParentKey, title: str, index: int | None = None, clock: Clock = _now, **fields):
        super().__init__()
        self.parent, self.title, self.index, self.clock, self.fields = parent, title, index, clock, fields
        self._created: datetime | None = None

    def _do(self, ws: Workspace) -> None:
        kind, ident = self.parent
        if ident not in ws.table(kind):
            raise ValidationError(f"There is no {kind} {ident} to add a task to")
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
        _edit_task(self, ws, task, dict(self.fields, title=self.title), lambda: self._created)


class EditTask(Command):
    """Set fields of one task, keeping start, finish and duration consistent on its calendar."""

    def __init__(self, task_id: int, clock: Clock = _now, **fields) -> None:
        super().__init__()
        unknown = set(fields) - _TASK_FIELDS
        if unknown:
            raise ValueError(f"a task has no field {', '.join(sorted(unknown))}")
        self.task_id, self.fields, self.clock = task_id, fields, clock
        self.text = "Edit " + ", ".join(sorted(fields)).replace("_", " ")
        self._stamp: datetime | None = None

    def _do(self, ws: Workspace) -> None:
        task = _task(ws, self.task_id)
        self.touch(ws, "task", task.id)
        if self._stamp is None:
            self._stamp = self.clock()
        _edit_task(self, ws, task, self.fields, lambda: self._stamp)


class AssignPerson(Command):
    """Assign a person to a task at `units` (1.0 = full time), or unassign them with `units=0`."""

    def __init__(self, task_id: int, person_id: int, units: float = 1.0) -> None:
        super().__init__()
        self.task_id, self.person_id, self.units = task_id, person_id, units
        self.text = "Assign" if units else "Unassign"

    def _do(self, ws: Workspace) -> None:
        task = _task(ws, self.task_id)
        assignments = dict(task.assignments)
        if self.units:
            assignments[self.person_id] = self.units
        else:
            assignments.pop(self.person_id, None)
        self.touch(ws, "task", task.id)
        _edit_task(self, ws, task, {"assignments": assignments}, _now)


class LabelTask(Command):
    """Put a label on a task, or take it off."""

    def __init__(self, task_id: int, label_id: int, on: bool = True) -> None:
        super().__init__()
        self.task_id, self.label_id, self.on = task_id, label_id, on
        self.text = "Add label" if on else "Remove label"

    def _do(self, ws: Workspace) -> None:
        task = _task(ws, self.task_id)
        labels = task.labels | {self.label_id} if self.on else task.labels - {self.label_id}
        self.touch(ws, "task", task.id)
        _edit_task(self, ws, task, {"labels": labels}, _now)


def _task(ws: Workspace, task_id: int) -> Task:
    task = ws.tasks.get(task_id)
    if task is None:
        raise ValidationError(f"There is no task {task_id}")
    return task


def _edit_task(command: Command, ws: Workspace, task: Task, fields: dict, clock: Clock) -> None:
    cal = ws.calendar
    for key in ("title", "notes", "recurrence", "external_id"):
        if key in fields:
            value = str(fields[key] or "")
            setattr(task, key, value.strip() if key == "title" else value)
    if "title" in fields and not task.title:
        raise ValidationError("A task needs a title")
    name = f"Task “{task.title}”"
    if any(key in fields for key in _ROUTINE_FIELDS):
        from planner.core.recurrence import edit_routine_fields  # recurrence builds on these commands

        edit_routine_fields(task, fields, name)
    if "priority" in fields:
        try:
            task.priority = Priority(fields["priority"])
        except ValueError:
            raise ValidationError(f"{name}: {fields['priority']!r} is not a priority (0 low to 3 urgent)") from None
    if "fixed_cost" in fields:
        try:
            cost = float(fields["fixed_cost"] or 0)
        except (TypeError, ValueError):
            raise ValidationError(f"{name}: {fields['fixed_cost']!r} is not an amount") from None
        if cost < 0:
            raise ValidationError(f"{name}: a fixed cost cannot be negative")
        task.fixed_cost = cost
    for key in ("value", "effort"):
        if key in fields:
            number = int(fields[key] or 0)
            if number < 0:
                raise ValidationError(f"{name}: {key} cannot be negative")
            setattr(task, key, number)
    for key in ("manual", "milestone", "constraint", "constraint_date", "deadline", "work", "board_rank"):
        if key in fields:
            setattr(task, key, fields[key])
    if "percent_complete" in fields:
        percent = int(fields["percent_complete"] or 0)
        if not 0 <= percent <= 100:
            raise ValidationError(f"{name}: percent complete must be between 0 and 100, not {percent}")
        task.percent_complete = percent
    if "assignments" in fields:
        assignments = {int(pid): float(units) for pid, units in fields["assignments"].items()}
        for pid, units in assignments.items():
            if pid not in ws.people:
                raise ValidationError(f"{name}: there is no person {pid} to assign")
            if not 0 < units <= 10:
                raise ValidationError(f"{name}: units of {units:.0%} are not possible (1 %–1000 %)")
        task.assignments = assignments
    if "calendar_id" in fields:
        if fields["calendar_id"] is not None and fields["calendar_id"] not in ws.calendars:
            raise ValidationError(f"{name}: there is no calendar {fields['calendar_id']}")
        task.calendar_id = fields["calendar_id"]
    if "labels" in fields:
        labels = set(fields["labels"])
        missing = labels - set(ws.labels)
        if missing:
            raise ValidationError(f"{name}: there is no label {min(missing)}")
        task.labels = labels
    if "checklist" in fields:
        items = [item if isinstance(item, ChecklistItem) else ChecklistItem(*item) for item in fields["checklist"]]
        task.checklist = [ChecklistItem(i.text.strip(), bool(i.done)) for i in items if i.text.strip()]
    _edit_dates(task, fields, cal, name)
    if "status_id" in fields and fields["status_id"] != task.status_id:
        _change_status(command, ws, task, fields["status_id"], clock(), name)


_ROUTINE_FIELDS = (
    "recurrence", "repeat_from", "skip_if_open", "shift_to_workday", "horizon", "recurrence_exceptions",
    "routine_id", "occurrence",
)  # fmt: skip


def _edit_dates(task: Task, fields: dict, cal, name: str) -> None:
    if "duration" in fields and fields["duration"] is not None and fields["duration"] < 0:
        raise ValidationError(f"{name}: a duration cannot be negative")
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
    if touched == ["finish"] and task.finish is not None and task.start is None and task.duration is not None:
        task.start = cal.add_working(task.finish, -task.duration)
    elif "finish" in touched and task.start is not None and task.finish is not None:
        task.duration = cal.working_minutes(task.start, task.finish)
    elif task.start is not None and task.duration is not None:
        task.finish = cal.add_working(task.start, task.duration) if task.duration else task.start
    elif task.start is not None and task.finish is not None:
        task.duration = cal.working_minutes(task.start, task.finish)
    if task.start is not None and task.finish is not None and task.finish < task.start:
        raise ValidationError(
            f"{name}: the finish ({task.finish:%Y-%m-%d}) is before the start ({task.start:%Y-%m-%d})"
        )


def _change_status(command: Command, ws: Workspace, task: Task, status_id: int | None, at: datetime, name: str):
    if status_id is not None and status_id not in ws.statuses:
        raise ValidationError(f"{name}: there is no status {status_id}")
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
        self.text = "Delete task" if len(self.task_ids) == 1 else f"Delete {len(self.task_ids)} tasks"

    def _do(self, ws: Workspace) -> None:
        missing = [tid for tid in self.task_ids if tid not in ws.tasks]
        if missing:
            raise ValidationError(f"There is no task {missing[0]}")
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
        from planner.core.registers import detach_tasks  # registers build on these commands

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

    text = "Move task"

    def __init__(self, task_id: int, parent: ParentKey, index: int) -> None:
        super().__init__()
        self.task_id, self.parent, self.index = task_id, parent, index

    def _do(self, ws: Workspace) -> None:
        task = _task(ws, self.task_id)
        kind, ident = self.parent
        if ident not in ws.table(kind):
            raise ValidationError(f"There is no {kind} {ident} to move “{task.title}” to")
        if kind == "task" and (ident == task.id or task.id in ws.ancestors(ident)):
            raise ValidationError(f"“{task.title}” cannot become a subtask of itself or of its own subtask")
        if kind == "task":
            _check_no_link_across_summary(ws, task.id, ident)
        self.place(ws, task, self.parent, self.index)


class IndentTasks(Command):
    """Make each task a subtask of the sibling above it (last child), as in every outliner."""

    text = "Indent"

    def __init__(self, task_ids: Iterable[int]) -> None:
        super().__init__()
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
            _check_no_link_across_summary(ws, tid, above)
            self.place(ws, task, ("task", above), len(ws.children(("task", above))))
            moved = True
        if not moved:
            raise ValidationError("A task can be indented only under a task above it at the same level")


class OutdentTasks(Command):
    """Move each task up one level, just after its old parent; the siblings below it become its subtasks."""

    text = "Outdent"

    def __init__(self, task_ids: Iterable[int]) -> None:
        super().__init__()
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
                _check_no_link_across_summary(ws, sibling, tid)
            grand = parent.parent_key()
            self.place(ws, task, grand, ws.children(grand).index(parent.id) + 1)
            for sibling in below:
                self.place(ws, ws.tasks[sibling], ("task", tid), len(ws.children(("task", tid))))
            moved = True
        if not moved:
            raise ValidationError("Only a subtask can be outdented")


def _top_most(ws: Workspace, task_ids: Iterable[int]) -> list[int]:
    """The given tasks without those whose ancestor is also given, in tree order."""
    chosen = set(task_ids)
    missing = chosen - set(ws.tasks)
    if missing:
        raise ValidationError(f"There is no task {min(missing)}")
    top = [tid for tid in chosen if not chosen.intersection(ws.ancestors(tid))]
    order = {tid: i for i, tid in enumerate(tree_order(ws))}
    return sorted(top, key=order.__getitem__)


def tree_order(ws: Workspace) -> list[int]:
    """Every task id in outline order: containers in display order, each tree depth first."""
    out: list[int] = []
    for kind in ("area", "project"):
        for container in ws.ordered(kind):
            stack = list(reversed(ws.children((kind, container.id))))
            while stack:
                tid = stack.pop()
                out.append(tid)
                stack.extend(reversed(ws.children(("task", tid))))
    return out


# -- dependencies ------------------------------------------------------------------------------
class LinkTasks(Command):
    """Make `successor` depend on `predecessor`; refused when it would close a loop, naming it."""

    text = "Link tasks"

    def __init__(self, predecessor: int, successor: int, type: LinkType = LinkType.FS, lag: int = 0) -> None:
        super().__init__()
        self.predecessor, self.successor, self.type, self.lag = predecessor, successor, LinkType(type), lag

    def _do(self, ws: Workspace) -> None:
        for tid in (self.predecessor, self.successor):
            if tid not in ws.tasks:
                raise ValidationError(f"There is no task {tid} to link")
        check_link(ws, self.predecessor, self.successor)
        self.id = self.stable_id(ws, "dependency")
        dep = Dependency(self.id, self.predecessor, self.successor, self.type, int(self.lag))
        self.create(ws, "dependency", dep)


class EditLink(Command):
    text = "Edit link"

    def __init__(self, dependency_id: int, type: LinkType | None = None, lag: int | None = None) -> None:
        super().__init__()
        self.dependency_id, self.type, self.lag = dependency_id, type, lag

    def _do(self, ws: Workspace) -> None:
        dep = ws.dependencies.get(self.dependency_id)
        if dep is None:
            raise ValidationError(f"There is no link {self.dependency_id}")
        self.touch(ws, "dependency", dep.id)
        if self.type is not None:
            dep.type = LinkType(self.type)
        if self.lag is not None:
            dep.lag = int(self.lag)


class UnlinkTasks(Command):
    text = "Remove link"

    def __init__(self, dependency_ids: Iterable[int]) -> None:
        super().__init__()
        self.dependency_ids = list(dependency_ids)

    def _do(self, ws: Workspace) -> None:
        for dep_id in self.dependency_ids:
            if dep_id not in ws.dependencies:
                raise ValidationError(f"There is no link {dep_id}")
            self.delete(ws, "dependency", dep_id)


def check_link(ws: Workspace, predecessor: int, successor: int) -> None:
    """Raise ValidationError if a link predecessor → successor is a duplicate, a self-link or closes a loop."""
    pred, succ = ws.tasks[predecessor], ws.tasks[successor]
    if predecessor == successor:
        raise ValidationError(f"“{pred.title}” cannot depend on itself")
    if any(ws.dependencies[d].successor_id == successor for d in ws.links_out(predecessor)):
        raise ValidationError(f"“{succ.title}” already depends on “{pred.title}”")
    if predecessor in ws.ancestors(successor) or successor in ws.ancestors(predecessor):
        raise ValidationError(
            f"“{pred.title}” and “{succ.title}” are a summary and its own subtask: they cannot be linked"
        )
    path = _link_path(ws, successor, predecessor)
    if path is not None:
        names = " → ".join(f"“{ws.tasks[tid].title}”" for tid in [predecessor, *path])
        raise ValidationError(f"This link would close a loop: {names}")


# A point in the network of waits the scheduler runs on: (task id, exit). A link waits for its predecessor's
# finish (a summary's exit, reached once all its subtasks finish) and holds back its successor's start (a
# summary's entry, which holds back all its subtasks). A plain task is a single point, (task id, False).
Wait = tuple[int, bool]


def _exit(ws: Workspace, tid: int) -> Wait:
    return (tid, ws.is_summary(tid))


def _link_path(ws: Workspace, start: int, goal: int) -> list[int] | None:
    """The tasks on a chain of waits from `start` to `goal`, if there is one."""
    return _wait_path(ws, (start, False), _exit(ws, goal))


def _wait_path(ws: Workspace, first: Wait, last: Wait) -> list[int] | None:
    """The tasks on the shortest chain of waits from `first` to `last` (breadth first), or None."""

    def after(node: Wait) -> list[Wait]:
        tid, is_exit = node
        if not is_exit and ws.is_summary(tid):
            return [(child, False) for child in ws.children(("task", tid))]
        out = [(ws.dependencies[d].successor_id, False) for d in ws.links_out(tid)]
        parent = ws.tasks[tid].parent_id
        if parent is not None:
            out.append((parent, True))
        return out

    came_from: dict[Wait, Wait | None] = {first: None}
    frontier = [first]
    while frontier and last not in came_from:
        nxt = []
        for node in frontier:
            for step in after(node):
                if step not in came_from:
                    came_from[step] = node
                    nxt.append(step)
        frontier = nxt
    if last not in came_from:
        return None
    path: list[int] = []
    node: Wait | None = last
    while node is not None:
        if not path or path[-1] != node[0]:
            path.append(node[0])
        node = came_from[node]
    return list(reversed(path))


def _check_no_loop_under(ws: Workspace, task: Task) -> None:
    """After `task` was placed under its parent: refuse if the parent now waits, through links, for itself."""
    parent = task.parent_id
    if parent is None:
        return  # leaving a summary only removes waits, which cannot close a loop
    # The new waits are parent entry → task entry and task exit → parent exit; a loop must use one of them.
    loop = _wait_path(ws, (task.id, False), (parent, False))
    if loop is None:
        loop = _wait_path(ws, (parent, True), _exit(ws, task.id))
        loop = None if loop is None else [*loop, parent]
    else:
        loop = [parent, *loop]
    if loop is not None:
        names = " → ".join(f"“{ws.tasks[tid].title}”" for tid in loop)
        raise ValidationError(
            f"“{task.title}” cannot become a subtask of “{ws.tasks[parent].title}”: it would close a loop: {names}"
        )


def _check_no_link_across_summary(ws: Workspace, task_id: int, new_parent: int) -> None:
    """A task may not become a subtask of a task it is linked with (directly, or through its subtree)."""
    moving = {task_id, *ws.descendants(task_id)}
    above = {new_parent, *ws.ancestors(new_parent)}
    for tid in moving:
        for dep_id in ws.links_in(tid) | ws.links_out(tid):
            dep = ws.dependencies[dep_id]
            other = dep.predecessor_id if dep.successor_id == tid else dep.successor_id
            if other in above:
                raise ValidationError(
                    f"“{ws.tasks[tid].title}” is linked with “{ws.tasks[other].title}” and cannot become its subtask"
                )


DEFAULT_STATUSES = (
    ("To do", StatusKind.TODO, 0),
    ("In progress", StatusKind.DOING, 5),
    ("Review", StatusKind.DOING, 3),
    ("Done", StatusKind.DONE, 0),
)


def new_workspace() -> Batch:
    """What every new workspace starts with: the default board columns."""
    commands = [AddObject("status", name=name, kind=kind, wip_limit=limit) for name, kind, limit in DEFAULT_STATUSES]
    return Batch(commands, "Set up workspace")


class Reschedule(Command):
    """Recompute every project's dates by the critical path and write the ones that moved.

    The controller runs it after each edit that can move dates, as part of the same undo step; `result`
    keeps the whole schedule (early and late dates, slack, critical path) for the views.
    """

    text = "Reschedule"

    def __init__(self, previous=None, changes: Changes | None = None, today=None) -> None:
        """`previous`: the schedule of the workspace before `changes` (the edit just applied), if known; then
        only what the edit reaches is computed again (`update_schedule`), with the same result."""
        super().__init__()
        self.result = None
        self.today = today
        self._dates: dict[int, tuple] = {}
        self._previous, self._since = previous, changes

    def _do(self, ws: Workspace) -> None:
        from planner.core.schedule import planned_changes, update_schedule

        self._dates = {}
        previous, since = self._previous, self._since
        self._previous = self._since = None  # a redo schedules afresh: the undo stack keeps no old schedules
        if previous is not None and since is not None:
            self.result = update_schedule(previous, ws, since, self.today)
        else:
            self.result = compute_schedule(ws, self.today)
        # After an update that follows a written schedule, only the tasks it says may have moved can differ.
        candidates = self.result._touched if previous is not None and previous._applied else None
        written = planned_changes(ws, self.result, candidates)
        dates = self._dates = {}  # what undo puts back: only these three fields change
        for tid, (start, finish, duration) in written.items():
            task = ws.tasks[tid]
            dates[tid] = (task.start, task.finish, task.duration)
            task.start, task.finish, task.duration = start, finish, duration
        self.result._written = set(written)
        self.result._applied = True

    def _changes(self, ws: Workspace) -> Changes:
        changes = Changes()
        if self._dates:
            changes.updated["task"] = set(self._dates)
        return changes

    def _restore(self, ws: Workspace) -> None:
        for tid, (start, finish, duration) in self._dates.items():
            task = ws.tasks[tid]
            task.start, task.finish, task.duration = start, finish, duration


def compute_schedule(ws: Workspace, today=None):
    """The critical-path schedule of `ws` on its calendars (each task's own, else its project's)."""
    from planner.core.schedule import schedule

    def project_calendar(project: Project):
        return ws.calendars.get(project.calendar_id, ws.calendar)

    return schedule(ws, calendars=ws.calendar_for, project_calendars=project_calendar, today=today)


def start_fields(ws: Workspace, task: Task, start: datetime | None) -> dict:
    """The fields that set a task's start as a planner means it: on an automatically scheduled project
    task, a start typed or dragged by hand becomes a start-no-earlier-than constraint, as in MS Project."""
    if task.manual or task.project_id is None or start is None or ws.is_summary(task.id):
        return {"start": start}
    start = ws.calendar_for(task).next_working(start)
    return {"start": start, "constraint": Constraint.SNET, "constraint_date": start}


class SetWorkingTime(Command):
    """Make `calendar` the workspace's working time (week, hours, public holidays, days off).

    The first time, the built-in standard week becomes a stored calendar; calendars derived from the
    workspace's follow it to the new one.
    """

    text = "Change working time"

    def __init__(self, calendar) -> None:
        super().__init__()
        self.calendar = calendar
        self._previous_id = 0

    def _do(self, ws: Workspace) -> None:
        previous = ws.calendar
        self._previous_id = previous.id if previous.id in ws.calendars else 0
        new = copy.deepcopy(self.calendar)
        new.base = None
        new.id = self._previous_id or self.stable_id(ws, "calendar")
        if not any(new.week):
            raise ValidationError("The working week needs at least one working day")
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
