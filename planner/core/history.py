"""The workspace's own history in plain values: what one committed change did to each object, enough to show it
and to apply or reverse it, and how changes combine into one (thinning old history to daily points).

An object's state in a change is None (it did not exist), the object itself (all of it: created or deleted),
or a dict of only the fields that changed. No storage here: the store keeps these values, the Session makes them.
"""

from __future__ import annotations

import copy
import copyreg
import dataclasses
import functools
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import Enum

from planner.core.changes import Changes
from planner.core.command import Command, Fields
from planner.core.model import KINDS, Workspace
from planner.core.progress import counted

State = object | dict | None  # None: absent; a dict: the fields that changed; else the whole object


@dataclass
class ObjectChange:
    kind: str
    ident: int
    before: State
    after: State


@dataclass
class Entry:
    """One recorded change: when, its label (the undo text), what kind of step, and what it did to each object.
    `kind` is "do" (an edit), "undo", "redo", "auto" (the plan keeping current: routines, date rules) or "day"
    (a day of old history thinned into one change); `reverts` is the id of the entry an undo takes back."""

    at: datetime
    label: str
    kind: str
    objects: list[ObjectChange] = field(default_factory=list)
    reverts: int | None = None
    id: int | None = None
    record: bytes | None = field(default=None, repr=False, compare=False)  # `objects` as the store wrote them

    def touches(self) -> dict[str, set[int]]:
        """The ids of the objects this change names, the projects and people its tasks belong to, and the tasks its
        links join (for filtering), by kind. By kind, not as (kind, id) pairs: the store writes them sorted, and
        sorting each kind's numbers is quicker than sorting pairs (an import names 270,000 at 105,000 tasks)."""
        out: dict[str, set[int]] = {}
        projects, people, tasks = set(), set(), set()
        for change in counted(self.objects):
            kind = change.kind
            named = out.get(kind)
            if named is None:
                named = out[kind] = set()
            named.add(change.ident)
            if kind != "task" and kind != "dependency":
                continue
            for state in (change.before, change.after):
                if state is None:
                    continue
                values = _values(state)
                if kind == "task":
                    if values.get("project_id") is not None:
                        projects.add(values["project_id"])
                    people.update(values.get("assignments", ()))
                else:  # a link concerns the tasks at both its ends
                    for end in ("predecessor_id", "successor_id"):
                        if end in values:
                            tasks.add(values[end])
        for kind, ids in (("project", projects), ("person", people), ("task", tasks)):
            if ids:
                out[kind] = out.get(kind, set()) | ids
        return out


def fields_changed(change: ObjectChange) -> dict[str, tuple]:
    """Each field the change set, with its value before and after (None where the object did not exist)."""
    # Every field of a whole object, those it reads from its class too (a task loaded from a file, deleted).
    before, after = (
        _values(s) if isinstance(s, dict) or s is None else field_values(s) for s in (change.before, change.after)
    )
    names = [n for n in dict.fromkeys([*before, *after]) if not n.startswith("_")]
    return {n: (before.get(n), after.get(n)) for n in names if before.get(n) != after.get(n)}


def name_of(change: ObjectChange, ws: Workspace | None = None) -> str:
    """What a person calls the object: its title or name after the change, before it, or now in `ws`."""
    now = ws.table(change.kind).get(change.ident) if ws is not None else None
    for state in (change.after, change.before, now):
        values = _values(state)
        found = values.get("title") or values.get("name")
        if found:
            return str(found)
    return f"{change.kind.replace('_', ' ')} {change.ident}"


def _values(state: State) -> dict:
    return state if isinstance(state, dict) else vars(state) if state is not None else {}


def diff(ws: Workspace, changes: Changes, before_of, copy_created: bool = True) -> list[ObjectChange]:
    """What `changes` did to each object named: `before_of(kind, ident)` is its state before (None if absent),
    the workspace holds it after. Objects left as they were are not listed. Without `copy_created`, a created
    object's state after is the workspace's object itself, for a record written before anything edits it
    (`settled` copies them when a record must be kept)."""
    out = []
    for kind in KINDS:
        table = ws.table(kind)
        created = changes.created.get(kind, ())
        for ident in counted(sorted(changes.ids(kind))):
            # What the change created did not exist before it: not asked for (an import creates 254,000 objects,
            # and each question walks the change's commands).
            before, after = None if ident in created else before_of(kind, ident), table.get(ident)
            if before is None and after is None:
                continue
            if before is None and not copy_created:
                out.append(ObjectChange(kind, ident, None, after))
                continue
            if before is None or after is None:
                out.append(ObjectChange(kind, ident, _copy(before), _copy(after)))
                continue
            new = vars(after)
            if type(before) is Fields:  # a reschedule's dates, all that can differ from the object now: compared alone
                old = names = before
                if not before.keys() <= new.keys():
                    new = field_values(after)
            else:
                old = vars(before)
                if old.keys() != new.keys():  # a field one of them reads from its class (see `field_values`)
                    old, new = field_values(before), field_values(after)
                names = new
            # A field held by both is left at the identity test, and only a changed one is asked whether it is
            # private.
            moved = [
                n
                for n in names
                if (was := old.get(n, _MISSING)) is not (value := new[n]) and was != value and not n.startswith("_")
            ]
            if moved:
                out.append(ObjectChange(kind, ident, _fields(old, moved), _fields(new, moved)))
    return out


def settled(objects: list[ObjectChange]) -> list[ObjectChange]:
    """`objects` from `diff(..., copy_created=False)` with the created objects copied, to keep."""
    return [ObjectChange(c.kind, c.ident, None, _copy(c.after)) if c.before is None else c for c in objects]


def inverse(objects: list[ObjectChange]) -> list[ObjectChange]:
    return [ObjectChange(c.kind, c.ident, c.after, c.before) for c in reversed(objects)]


def combine(entries: list[Entry], label: str, kind: str = "day") -> Entry:
    """`entries` (in order) as one change from before the first to after the last; objects whose states end
    where they began are left out."""
    merged: dict[tuple[str, int], ObjectChange] = {}
    for entry in entries:
        for change in entry.objects:
            key = (change.kind, change.ident)
            if key not in merged:
                merged[key] = ObjectChange(change.kind, change.ident, change.before, change.after)
                continue
            first = merged[key]
            # Fields first changed later were, before the first change, as that later change found them.
            first.before = _under(first.before, change.before)
            first.after = _over(first.after, change.after)
    objects = [c for c in merged.values() if not _same(c.before, c.after)]
    last = entries[-1]
    return Entry(last.at, label, kind, objects, id=last.id)


def apply_states(ws: Workspace, objects: list[ObjectChange], forward: bool, command: Command) -> None:
    """Bring each object to its state after (`forward`) or before the change, recording it on `command`."""
    for change in objects if forward else reversed(objects):
        state = change.after if forward else change.before
        table = ws.table(change.kind)
        now = table.get(change.ident)
        if state is None:
            if now is not None:
                command.delete(ws, change.kind, change.ident)
            continue
        command.touch(ws, change.kind, change.ident)
        if isinstance(state, dict):
            if now is None:
                raise ValueError(f"{change.kind} {change.ident} is not there to change")
            obj = _with(now, state)  # a new object, so the recorded copy of the old one stays as it was
        else:
            obj = copy.deepcopy(state)
        ws.put(change.kind, obj)
    _relink_calendars(ws)


class ApplyChange(Command):
    """Put a recorded change's objects as they were after it (`forward`) or before it: an undo across sessions,
    and its redo."""

    checks_dates = False  # the values were stored before, as they are
    triggers_rules = False

    def __init__(self, objects: list[ObjectChange], text: str, forward: bool) -> None:
        super().__init__()
        self.objects, self.text, self.forward = objects, text, forward

    def _do(self, ws: Workspace) -> None:
        apply_states(ws, self.objects, self.forward, self)
        for key in self._parents | {obj.parent_key() for obj in ws.tasks.values() if self.touched("task", obj.id)}:
            ws.children(key).sort(key=lambda tid: (ws.tasks[tid].position, tid))


def shared_copy(ws: Workspace) -> Workspace:
    """A workspace holding the same objects as `ws` in tables of its own, for `restore` to rebuild a moment from
    memory in milliseconds (a deep copy of 10,000 tasks takes half a second). `restore` replaces objects, never
    changes them, so `ws` stays as it is; but an edit of `ws` afterwards changes the objects they share: read the
    copy at once, or deep-copy what is kept. Calendars are copied, as `restore` relinks their bases."""
    out = Workspace()
    for kind in KINDS:
        table = ws.table(kind)
        out.table(kind).update({i: copy.copy(c) for i, c in table.items()} if kind == "calendar" else table)
    out.calendar = ws.calendar
    return out


def restore(ws: Workspace, later: list[Entry]) -> Workspace:
    """`ws` made as it was before `later` (the entries after the moment wanted, in order), in place."""
    for entry in reversed(later):
        for change in reversed(entry.objects):
            table = ws.table(change.kind)
            if change.before is None:
                table.pop(change.ident, None)
            elif isinstance(change.before, dict):
                table[change.ident] = _with(table[change.ident], change.before)
            else:
                table[change.ident] = copy.deepcopy(change.before)
    _relink_calendars(ws)
    ws.rebuild_indexes()
    return ws


_MISSING = object()


def _relink_calendars(ws: Workspace) -> None:
    """Calendars refer to their base and the workspace to its default by object: point them at the ones held."""
    ws.calendar = ws.calendars.get(ws.calendar.id, ws.calendar)
    for calendar in ws.calendars.values():
        if calendar.base is not None:
            calendar.base = ws.calendars.get(calendar.base.id, calendar.base)


def _with(obj, values: dict):
    """A copy of `obj` with `values` set (through setattr: a calendar drops its caches when a field is set)."""
    out = copy.copy(obj)
    for name, value in values.items():
        setattr(out, name, copy.deepcopy(value))
    return out


def field_values(obj) -> dict:
    """`vars(obj)` with every field of its class: a task loaded from a file leaves the fields at their class's
    default out of its own dict and reads them from its class (planner.store.workspace_file, `_read_objects`)."""
    values = vars(obj)
    names, defaults = _class_fields(type(obj))
    if defaults.keys() <= values.keys():
        return values
    out = {name: values[name] if name in values else defaults[name] for name in names}
    out.update(values)  # any name that is not a field (an object's own bookkeeping) as it is
    return out


@functools.cache
def _class_fields(cls: type) -> tuple[tuple[str, ...], dict]:
    """The names of `cls`'s fields in order, and each plain default (a dataclass keeps it as a class attribute)."""
    if not dataclasses.is_dataclass(cls):
        return (), {}
    found = dataclasses.fields(cls)
    return tuple(f.name for f in found), {f.name: f.default for f in found if f.default is not dataclasses.MISSING}


def _fields(values: dict, names: list[str]) -> dict:
    """Deep copies of the fields `names`; an atomic value (text, a number, a date) is shared, being immutable:
    `copy.deepcopy` rebuilt each date of the ~800 tasks an edit can move (half of recording that edit)."""
    return {name: value if type(value := values.get(name)) in _atomic else copy.deepcopy(value) for name in names}


# Types whose values copy.deepcopy returns as they are, so a plain object's fields of these types are shared, not
# walked; enum classes join as they are met.
_atomic = {type(None), int, float, bool, str, bytes, date, datetime, time, timedelta}


def _copy(obj):
    """A deep copy of `obj`, or None. A plain object (a task, a link, a person) is copied field by field, copying
    only the fields that are not atomic values: `copy.deepcopy` walked every field of every object and was half of a
    100,000-task import (recording its 254,000 creations). An object with its own way of being copied (a calendar
    drops its caches) goes through `copy.deepcopy`."""
    if obj is None:
        return None
    cls = type(obj)
    if not _plain(cls):
        return copy.deepcopy(obj)
    out = object.__new__(cls)
    memo = {id(obj): out}  # one memo for all fields, as deepcopy keeps: values shared between fields stay shared
    fields = vars(obj).copy()
    for name in [name for name, value in fields.items() if type(value) not in _atomic]:
        value = fields[name]
        kind = type(value)
        if issubclass(kind, Enum):
            _atomic.add(kind)
        elif kind in _CONTAINERS and id(value) not in memo and _holds_atomic(value):
            fields[name] = memo[id(value)] = kind(value)
        else:
            fields[name] = copy.deepcopy(value, memo)
    out.__dict__.update(fields)
    return out


_CONTAINERS = frozenset({dict, list, set})  # a copy of one holding only atomic values is a deep copy


def _holds_atomic(value: dict | list | set) -> bool:
    if type(value) is dict and not _atomic.issuperset(map(type, value.values())):
        return False
    return _atomic.issuperset(map(type, value))


@functools.cache
def _plain(cls: type) -> bool:
    """Whether `copy.deepcopy` of a `cls` object is a new object whose `__dict__` holds deep copies of the fields."""
    return (
        cls.__reduce_ex__ is object.__reduce_ex__
        and cls.__reduce__ is object.__reduce__
        and cls.__getstate__ is object.__getstate__
        and not hasattr(cls, "__deepcopy__")
        and not hasattr(cls, "__setstate__")
        and not hasattr(cls, "__slots__")
        and cls not in copyreg.dispatch_table
        and any("__dict__" in vars(kind) for kind in cls.__mro__)  # its objects keep their fields in a __dict__
    )


def _under(first: State, later: State) -> State:
    """The state before two changes: the first change's, filled in with fields only the later one touched."""
    if not isinstance(first, dict):
        return first
    if isinstance(later, dict):
        return {**later, **first}
    if later is None:
        return first
    return _with(later, first)


def _over(first: State, later: State) -> State:
    """The state after two changes: the later change's, filled in with what only the first one set."""
    if not isinstance(later, dict):
        return later
    if isinstance(first, dict):
        return {**first, **later}
    if first is None:
        return later
    return _with(first, later)


def _same(before: State, after: State) -> bool:
    if isinstance(before, dict) and isinstance(after, dict):
        return before == after
    return before is None and after is None
