"""The base of every command: a command changes the workspace, undoes itself, and says what moved.

A command records a copy of every object before it first touches it; undo puts the copies back
and removes what it created. Redo is `apply` again, with the same ids, so later commands on the
undo stack still find their objects. Commands never touch storage or widgets.
"""

from __future__ import annotations

import copy
import dataclasses
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from functools import cache

from planner.core.calendars import dates_in, in_range, out_of_range
from planner.core.changes import Changes
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.links import check_no_loop_under
from planner.core.model import ParentKey, Task, Workspace, field_name
from planner.core.progress import counted

Clock = Callable[[], datetime]


def now() -> datetime:
    """The time now to the second: the default clock of commands that stamp what they do."""
    return datetime.now().replace(microsecond=0)


_PLAIN = frozenset({str, int, float, bool})  # a set lookup, cheaper than isinstance for the plain types


def check_dates(label: str, fields: dict, names: Iterable[str] | None = None) -> None:
    """Raise ValidationError naming `label` and the field when a value of `fields` (of those `names`, or all) is
    or holds a date outside EARLIEST…LATEST. Every command's changes pass here; a command that computes with a
    date on a calendar before that (snapping a start to working time) calls it first, since the calendar cannot
    reach year 9999."""
    for name in fields if names is None else names:
        value = fields[name]
        # Most fields are text, numbers, None or empty: passed by at once (an import of 10,500 tasks checks
        # about a million fields; walking each one as a container cost 0.8 s of it). Names from "_" are an
        # object's own bookkeeping, not its fields.
        if not value or type(value) in _PLAIN or isinstance(value, str | int | float) or name.startswith("_"):
            continue
        found = value if isinstance(value, date) else next((d for d in dates_in(value) if not in_range(d)), None)
        if found is not None and not in_range(found):
            raise ValidationError(
                tr("Errors", "“{label}”: its {field} {problem}").format(
                    label=label, field=field_name(name), problem=out_of_range(found)
                )
            )


def _fields_with_dates(obj: object) -> Sequence[str] | None:
    """The names of `obj`'s fields whose annotations let them hold a date (at any depth: a dict of dates, a
    list of objects with a date field), or None when that cannot be told from its class (not a dataclass,
    annotations that cannot be read, or attributes besides its fields): the date check of a created object
    then looks at these alone. A task has 11 such fields of 44; its people (a dict of ids to units) are not
    walked: 61 → 27 ms for the 25,000 objects of a 10,500-task import."""
    count, names = _date_fields(type(obj))
    return names if len(vars(obj)) == count else None


@cache
def _date_fields(cls: type) -> tuple[int, tuple[str, ...]]:
    """(how many fields `cls` has, the names of those that can hold a date); (-1, ()) when unknown."""
    hints = _annotations(cls)
    if hints is None:
        return -1, ()
    return len(hints), tuple(name for name, hint in hints.items() if _can_hold_dates(hint, (cls,)))


def _can_hold_dates(hint, seen: tuple[type, ...]) -> bool:
    """Whether a value of annotation `hint` can be or hold a date, as `dates_in` walks values: anything not
    known to be free of them counts as holding one (Any, a bare dict, a class that is not a dataclass)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType) or origin in (list, tuple, set, frozenset, dict):
        return any(_can_hold_dates(arg, seen) for arg in typing.get_args(hint) if arg is not Ellipsis)
    if not isinstance(hint, type) or origin is not None:
        return True
    if issubclass(hint, str | int | float | type(None)):  # bool and the int and str enums among them
        return False
    nested = _annotations(hint) if hint not in seen else None  # a dataclass's fields, as `dates_in` walks them
    return nested is None or any(_can_hold_dates(arg, (*seen, hint)) for arg in nested.values())


def _annotations(cls: type) -> dict | None:
    """The resolved annotations of the dataclass `cls`' fields, or None (not a dataclass, or unresolvable)."""
    if not dataclasses.is_dataclass(cls):
        return None
    try:
        return typing.get_type_hints(cls)
    except Exception:  # a name its annotations use that cannot be resolved here
        return None


class Command:
    """Base: subclasses implement `_do(ws)` and call `self.touch(...)` before changing an object."""

    text = "Edit"
    checks_dates = True  # False for a command that sets stored values as they are (a restore from a backup)
    triggers_rules = True  # False for a bulk load (a restore, an import): its tasks were not "created" by anyone now
    # False for a command that records of an object only the fields it sets (a reschedule: the dates of ~840 tasks
    # an edit): its `recorded` puts them back on `now`, which must be the object as it left it (`before_all`).
    records_whole = True

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
            if self.checks_dates:
                self._check_dates(ws)
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

    def _check_dates(self, ws: Workspace) -> None:
        """Refuse a date the scheduler cannot work with, in any field this apply changed (only changed ones:
        an edit to another field of an object that holds such a date from an old file still goes through)."""
        for (kind, ident), before in counted(self._before.items()):  # a window showing a long apply answers
            now = ws.table(kind).get(ident)
            if now is None:
                continue
            fields, names = vars(now), None  # a created object: the fields that can hold a date, without a copy
            if before is None:
                names = _fields_with_dates(now)
            else:
                fields = {name: value for name, value in fields.items() if getattr(before, name, None) != value}
            label = getattr(now, "title", None) or getattr(now, "name", None) or f"{kind} {ident}"
            check_dates(label, fields, names)

    def recorded(self, kind: str, ident: int, now: object) -> object:
        """`kind`/`ident` as it was before this command's last apply: its recorded copy (None if it did not exist),
        or `now` when the command did not touch it. Rules read what a change changed from this."""
        return self._before.get((kind, ident), now)

    def touched(self, kind: str, ident: int) -> bool:
        return (kind, ident) in self._before

    def fields_before(self, kind: str, ident: int, now: object) -> object:
        """`recorded`, or the `Fields` this command set when those are all it set of an object it touched."""
        return self.recorded(kind, ident, now)

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
        if kind == "task":
            ws.task_edits += 1
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
        check_no_loop_under(ws, task)

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
    "project": ("start", "calendar_id", "target_finish", "schedule_from_finish"),
    "person": ("calendar_id",),
}  # fmt: skip


class Batch(Command):
    """Several commands as one undo step."""

    def __init__(self, commands: Iterable[Command], text: str | None = None) -> None:
        super().__init__()
        self.commands = list(commands)
        self.text = text or tr("Commands", "Edit")

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

    def recorded(self, kind: str, ident: int, now: object) -> object:
        return before_all(self.commands, kind, ident, now)

    def touched(self, kind: str, ident: int) -> bool:
        return any(command.touched(kind, ident) for command in self.commands)


class Fields(dict):
    """An object as it was before a command that set only these fields, the rest being as the object is now (a
    reschedule sets the dates of ~840 tasks an edit): the history's diff then compares these fields alone."""


def before_all(commands: Sequence[Command], kind: str, ident: int, now: object, fields: bool = False) -> object:
    """`kind`/`ident` as it was before the first of `commands` (run in order) that touched it, else `now`; with
    `fields`, as the `Fields` that command set when those are all it set (`Command.fields_before`)."""
    for i, command in enumerate(commands):
        if command.touched(kind, ident):
            later = commands[i + 1 :]
            if fields:
                return _fields_before(command, later, kind, ident, now)
            return _object_before(command, later, kind, ident, now)
    return now


def _object_before(command: Command, later: Sequence[Command], kind: str, ident: int, now: object) -> object:
    """The object as `command` found it, `later` being the commands run after it."""
    if command.records_whole or not later:  # it recorded the whole object, or the object is as it left it
        return command.recorded(kind, ident, now)
    # It recorded only the fields it set (a reschedule's dates): the others were as the later commands found them,
    # and a later command (a rule's effect on a task the reschedule moved) may have changed them.
    return command.recorded(kind, ident, before_all(later, kind, ident, now))


def _fields_before(command: Command, later: Sequence[Command], kind: str, ident: int, now: object) -> object:
    """The fields `command` set as it found them, when no command after it changed other fields of the object;
    else the whole object as `command` found it."""
    # Most often no command ran after it (a reschedule's ~840 moved tasks, touched by the step's last command).
    if command.records_whole or not later or not any(c.records_whole and c.touched(kind, ident) for c in later):
        return command.fields_before(kind, ident, now)
    return _object_before(command, later, kind, ident, now)
