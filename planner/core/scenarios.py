"""Scenarios: a copy of a project held in the same workspace ("Maya off two weeks"), edited freely, compared
with the live plan and adopted into it or discarded.

A scenario is a project whose `scenario_of` names the live project it copies; each of its tasks names the live
task it copies in `origin_id` (None for a task added in the scenario). A workspace is always looked at with one
plan in front (`put_in_front`): the live plan, where no scenario is seen, or one scenario, seen in place of its
live project. So every view, total and report reads only what is in front, without knowing scenarios exist.

A scenario may also change people's and calendars' working time ("Maya off two weeks"): it then holds its own
copy of each person and calendar it changed (`scenario_of` on them, `origin_id` the live one; the Session makes
the copy on the first edit), which wears the live one's id while the scenario is in front, so the scenario's
tasks, and everything else seen with it, are scheduled on it.
"""

from __future__ import annotations

import copy
from dataclasses import replace

from planner.core.calendars import STANDARD
from planner.core.changes import Changes
from planner.core.command import Batch, Command
from planner.core.commands import DeleteTasks
from planner.core.errors import ValidationError
from planner.core.history import shared_copy
from planner.core.i18n import tr
from planner.core.model import KINDS, Dependency, Workspace

# Kinds held by their own table key rather than by a project or task (never part of one project).
_SHARED = ("calendar", "area", "status", "person", "label", "target", "template")
# Shared kinds of which a scenario may hold its own copies: working time.
WORKING_TIME = ("calendar", "person")
# What of a person a scenario may change: when and how much they work (their name, rates… are the live plan's).
_PERSON_TIME = {"calendar_id", "capacity", "max_units"}


def scenarios(ws: Workspace) -> list:
    """Every scenario project in `ws`, in display order."""
    return [p for p in ws.ordered("project") if p.scenario_of is not None]


def parts(ws: Workspace, project_ids: set[int]) -> dict[str, set[int]]:
    """The ids of everything that belongs to the projects `project_ids`: them, their tasks, the links that touch
    those tasks, and every record of a project or task (baselines, risks, time entries, status changes…)."""
    tasks = {t.id for t in ws.tasks.values() if t.project_id in project_ids}
    out = {
        "project": project_ids & set(ws.projects),
        "task": tasks,
        "dependency": {d.id for d in ws.dependencies.values() if d.predecessor_id in tasks or d.successor_id in tasks},
    }
    for kind in WORKING_TIME:  # a scenario's own copies
        out[kind] = {ident for ident, obj in ws.table(kind).items() if obj.scenario_of in project_ids}
    for kind in KINDS:
        if kind in out or kind in _SHARED:
            continue
        out[kind] = {
            ident
            for ident, obj in ws.table(kind).items()
            if getattr(obj, "project_id", None) in project_ids or getattr(obj, "task_id", None) in tasks
        }
    return {kind: ids for kind, ids in out.items() if ids}


def behind(ws: Workspace, front: int | None) -> set[int]:
    """The projects not seen with the plan `front` in front (None: the live plan): every other scenario and,
    behind a scenario, the live project it copies."""
    found = {p.id: p for p in ws.projects.values() if p.scenario_of is not None}
    if front is not None and front not in found:
        raise ValidationError(tr("Errors", "There is no scenario {id} in this workspace").format(id=front))
    hidden = set(found) - {front}
    if front is not None:
        hidden.add(found[front].scenario_of)
    return hidden


def touches_behind(objects: list, hidden: set[int], hidden_ids: dict[str, set[int]]) -> bool:
    """Whether a recorded change (its `ObjectChange`s) touches what is behind the plan in front: the projects
    `hidden`, or the objects `hidden_ids` (by kind) of them, or a task recorded in one of them."""
    for change in objects:
        if change.ident in hidden_ids.get(change.kind, ()) or (change.kind == "project" and change.ident in hidden):
            return True
        for state in (change.before, change.after):
            values = state if isinstance(state, dict) else vars(state) if state is not None else {}
            if values.get("project_id") in hidden:
                return True
    return False


# What a change in a scenario may touch besides the scenario's own project, tasks and records: bookkeeping.
_ANYWHERE = ("rule_log",)


def outside(ws: Workspace, front: int, before: set[int], changes: Changes, before_of) -> str:
    """The name of the first object `changes` touched that is not the scenario `front`'s own ("" when none):
    its project, its tasks (`before`: their ids before the change), the links between them and their records,
    and working time (people and calendars changed or made, not removed: the scenario's copies). What a change
    of working time makes of other projects' tasks (their finishes refitted) is seen with the scenario and not
    kept (see `consequences`). `before_of(kind, ident)` is an object as it was before the change (None if it did
    not exist)."""
    after = {t.id for t in ws.tasks.values() if t.project_id == front}
    gone = changes.deleted.get("task", set())
    created = changes.created.get("task", set())
    timed = any(changes.updated.get(kind) or changes.created.get(kind) for kind in WORKING_TIME)
    for ident in sorted(changes.ids("task")):
        if timed and ident in ws.tasks and ident in changes.updated.get("task", ()):
            continue
        if not ((ident in before and (ident in after or ident in gone)) or (ident in created and ident in after)):
            return _name(ws.tasks.get(ident) or before_of("task", ident))
    inside = before | after
    for kind in KINDS:
        if kind == "task" or kind in _ANYWHERE:
            continue
        for ident in sorted(changes.ids(kind)):
            if kind in WORKING_TIME and _working_time_only(ws, kind, ident, changes, before_of):
                continue
            obj = ws.table(kind).get(ident) or before_of(kind, ident)
            if kind == "project":
                mine = ident == front
            elif kind == "dependency":
                mine = obj.predecessor_id in inside or obj.successor_id in inside  # a link with another project too
            else:
                mine = getattr(obj, "project_id", None) == front or getattr(obj, "task_id", None) in inside
            if not mine:
                return _name(obj) or kind.replace("_", " ")
    return ""


def _working_time_only(ws: Workspace, kind: str, ident: int, changes: Changes, before_of) -> bool:
    """Whether the change of person or calendar `ident` is one a scenario keeps for itself: a calendar made or
    changed, a person's working time changed."""
    if ident in changes.deleted.get(kind, ()):
        return False
    if kind == "calendar":
        return True
    before, now = before_of(kind, ident), ws.people.get(ident)
    if before is None or now is None:
        return False
    return all(value == getattr(now, name) for name, value in vars(before).items() if name not in _PERSON_TIME)


def _name(obj) -> str:
    return str(getattr(obj, "title", "") or getattr(obj, "name", "") or "")


def put_in_front(ws: Workspace, front: int | None) -> Workspace:
    """`ws` (a whole workspace as loaded) with only the plan `front` in it: None, the live plan; else that
    scenario, in place of its live project. What is left out keeps its ids: new objects get ids above them."""
    hidden = behind(ws, front)
    if not hidden & set(ws.projects):
        return ws
    tops = {kind: max(ws.table(kind), default=0) for kind in KINDS}
    own = working_copies(ws, front)
    for kind, ids in parts(ws, hidden).items():
        table = ws.table(kind)
        for ident in ids:
            del table[ident]
    for (kind, live), ident in own.items():  # the scenario's working time in place of the live one
        obj = ws.table(kind).pop(ident)
        obj.id = live
        ws.table(kind)[live] = obj
        if kind == "calendar" and obj.origin_id == STANDARD.id:
            ws.calendar = obj
    ws.relink_calendars()
    ws.rebuild_indexes()
    for kind, top in tops.items():
        ws.keep_ids_above(kind, top)
    return ws


def working_copies(ws: Workspace, front: int | None) -> dict[tuple[str, int], int]:
    """The people and calendars of scenario `front` in `ws` (as loaded): (kind, the id it is seen by) → its
    own id. A copy is seen by its live one's id; one made in the scenario by its own. A calendar whose origin is
    the built-in standard week (`STANDARD.id`, 0) is the scenario's working time for the whole workspace."""
    if front is None:
        return {}
    return {
        (kind, obj.origin_id or obj.id): obj.id
        for kind in WORKING_TIME
        for obj in ws.table(kind).values()
        if obj.scenario_of == front
    }


def project_order(ws: Workspace, project_id: int) -> list[int]:
    """The ids of a project's tasks in outline order (each parent before its children)."""
    return ws.outline(("project", project_id))


class MakeScenario(Command):
    """Copy a live project as a scenario: its tasks, links (those with other projects' tasks too), assignments
    and baselines, with new ids."""

    triggers_rules = False  # its tasks are copies, not work anyone created now

    def __init__(self, project_id: int, name: str) -> None:
        super().__init__()
        self.project_id = project_id
        self.name = name.strip()
        self.text = tr("Scenarios", "New scenario “{name}”").format(name=self.name)
        self.scenario_id: int | None = None

    def _do(self, ws: Workspace) -> None:
        origin = ws.projects.get(self.project_id)
        if origin is None:
            raise ValidationError(tr("Errors", "There is no project {id}").format(id=self.project_id))
        if origin.scenario_of is not None:
            raise ValidationError(
                tr("Errors", "“{name}” is a scenario: make a new scenario from the live plan").format(
                    name=origin.scenario_name
                )
            )
        if not self.name:
            raise ValidationError(tr("Errors", "A scenario needs a name"))
        pid = self.scenario_id = self.stable_id(ws, "project")
        order = project_order(ws, origin.id)
        ids = {tid: self.stable_id(ws, "task", str(tid)) for tid in order}
        baselines = {b.id: self.stable_id(ws, "baseline", str(b.id)) for b in _baselines(ws, origin.id)}
        project = replace(copy.deepcopy(origin), id=pid, scenario_of=origin.id, scenario_name=self.name)
        project.baseline_id = baselines.get(origin.baseline_id, project.baseline_id)
        self.create(ws, "project", project)
        for tid in order:
            task = copy.deepcopy(ws.tasks[tid])
            task.id, task.project_id, task.origin_id = ids[tid], pid, tid
            task.parent_id = ids.get(task.parent_id)
            self.create(ws, "task", task)
        for dep in list(ws.dependencies.values()):  # links with other projects too: it schedules as the live plan
            if dep.predecessor_id in ids or dep.successor_id in ids:
                new_id = self.stable_id(ws, "dependency", str(dep.id))
                ends = ids.get(dep.predecessor_id, dep.predecessor_id), ids.get(dep.successor_id, dep.successor_id)
                self.create(ws, "dependency", replace(dep, id=new_id, predecessor_id=ends[0], successor_id=ends[1]))
        for baseline in _baselines(ws, origin.id):
            kept = copy.deepcopy(baseline)
            kept.id, kept.project_id = baselines[baseline.id], pid
            kept.tasks = {
                ids.get(t, t): replace(v, parent_id=ids.get(v.parent_id, v.parent_id)) for t, v in kept.tasks.items()
            }
            self.create(ws, "baseline", kept)


def _baselines(ws: Workspace, project_id: int) -> list:
    return [b for b in ws.baselines.values() if b.project_id == project_id]


def as_live(ws: Workspace, scenario_id: int) -> Workspace:
    """A copy of `ws` (with the scenario `scenario_id` in front) where the scenario wears the ids of the live
    project and tasks it copies, so it compares with the live plan task by task (`planner.core.compare`) and
    can be adopted. Tasks added in the scenario keep their own ids."""
    scenario = ws.projects[scenario_id]
    ids: dict[int, int] = {}
    for task in ws.tasks.values():
        if task.project_id == scenario_id and task.origin_id is not None and task.origin_id not in ids.values():
            ids[task.id] = task.origin_id
    live = replace(scenario, id=scenario.scenario_of, scenario_of=None, scenario_name="")
    out = _renumbered(ws, scenario_id, live, ids)
    for task in out.tasks.values():
        if task.project_id == live.id:  # a copy made by _renumbered: the scenario's own task is untouched
            task.origin_id = None
    return out


def as_scenario(live: Workspace, front: Workspace, scenario_id: int) -> Workspace:
    """A copy of the live plan `live` where the project that the scenario in front of `front` copies wears the
    scenario's ids: compared with `front`, it shows what the scenario changes, by the ids the window shows.
    Tasks the scenario removed keep their live ids."""
    scenario = front.projects[scenario_id]
    ids: dict[int, int] = {}
    for task in front.tasks.values():
        if task.project_id == scenario_id and task.origin_id is not None and task.origin_id not in ids:
            ids[task.origin_id] = task.id
    project = replace(live.projects[scenario.scenario_of], id=scenario_id)
    return _renumbered(live, scenario.scenario_of, project, ids)


def _renumbered(ws: Workspace, project_id: int, project, ids: dict[int, int]) -> Workspace:
    """A copy of `ws` where project `project_id` is `project` (another id) and its tasks take ids from `ids`.
    It shares every object it leaves as it is (see `shared_copy`); those it renames are copies."""
    out = shared_copy(ws)
    del out.projects[project_id]
    out.projects[project.id] = project
    for task in [t for t in ws.tasks.values() if t.project_id == project_id]:
        del out.tasks[task.id]
        new = replace(task, id=ids.get(task.id, task.id), parent_id=ids.get(task.parent_id, task.parent_id))
        new.project_id = project.id
        out.tasks[new.id] = new
    for dep in ws.dependencies.values():
        if dep.predecessor_id in ids or dep.successor_id in ids:
            ends = ids.get(dep.predecessor_id, dep.predecessor_id), ids.get(dep.successor_id, dep.successor_id)
            out.dependencies[dep.id] = replace(dep, predecessor_id=ends[0], successor_id=ends[1])
    for baseline in _baselines(ws, project_id):
        tasks = {ids.get(t, t): v for t, v in baseline.tasks.items()}
        out.baselines[baseline.id] = replace(baseline, project_id=project.id, tasks=tasks)
    out.rebuild_indexes()
    return out


class AdoptScenario(Batch):
    """Make the live project what its scenario is: its fields, its tasks (changed, added and removed), their
    assignments and its links, as one undoable step. `plan` is the scenario `as_live`; `ws` the live plan."""

    def __init__(self, ws: Workspace, plan: Workspace, live_id: int, name: str, scenario_id: int | None = None) -> None:
        """`scenario_id`: the scenario's own id, whose people and calendars are taken too."""
        if live_id not in ws.projects or live_id not in plan.projects:
            raise ValidationError(tr("Errors", "The live project of scenario “{name}” is gone").format(name=name))
        kept = set(project_order(plan, live_id))
        removed = [t.id for t in ws.tasks.values() if t.project_id == live_id and t.id not in kept]
        steps: list[Command] = [_TakeWorkingTime(plan, scenario_id), _TakePlan(plan, live_id)]
        self.take_plan = steps[1]
        if removed:
            steps.append(DeleteTasks(removed))
        super().__init__(steps, tr("Scenarios", "Adopt scenario “{name}”").format(name=name))

    @property
    def added(self) -> dict[int, int]:
        """Each task the scenario added (by its scenario id): the id of the live task adopting made of it."""
        return self.take_plan.added


class _TakeWorkingTime(Command):
    """The scenario's own people and calendars (`plan` holds them by the ids they are seen by) into the live
    plan: a copy changes its live one; a calendar made in the scenario becomes a new live calendar (the
    workspace's, when the scenario made it so), and what uses it in the plan is pointed at that."""

    def __init__(self, plan: Workspace, scenario_id: int | None) -> None:
        super().__init__()
        self.plan, self.scenario_id = plan, scenario_id
        self._standard: int | None = None  # the live workspace calendar's id, when the scenario's replaced it

    def _do(self, ws: Workspace) -> None:
        plan, mine = self.plan, self.scenario_id
        if mine is None:
            return
        calendars = _own(plan, "calendar", mine)
        new = {c.id: self.stable_id(ws, "calendar", str(c.id)) for c in calendars if not c.origin_id}
        for calendar in calendars:
            taken = copy.copy(calendar)
            taken.id, taken.scenario_of, taken.origin_id = new.get(calendar.id, calendar.id), None, None
            if calendar.id in new:
                self.create(ws, "calendar", taken)
            else:
                self.touch(ws, "calendar", taken.id)
                ws.calendars[taken.id] = taken
            if calendar.id in new and calendar.origin_id == STANDARD.id:  # the scenario's whole working time
                self._standard = ws.calendar.id
                ws.calendar = taken
        for person in _own(plan, "person", mine):
            if person.id in ws.people:
                self.touch(ws, "person", person.id)
                calendar_id = new.get(person.calendar_id, person.calendar_id)
                ws.people[person.id] = replace(person, calendar_id=calendar_id, scenario_of=None, origin_id=None)
        for obj in [*plan.projects.values(), *plan.tasks.values()]:
            if obj.calendar_id in new:  # what the scenario's project and tasks are scheduled on, once taken
                obj.calendar_id = new[obj.calendar_id]
        ws.relink_calendars()

    def undo(self, ws: Workspace):
        changes = super().undo(ws)
        if self._standard is not None:
            ws.calendar = ws.calendars.get(self._standard, STANDARD)
        ws.relink_calendars()
        return changes


def _own(plan: Workspace, kind: str, scenario_id: int) -> list:
    return [obj for obj in plan.table(kind).values() if obj.scenario_of == scenario_id]


class _TakePlan(Command):
    """The project's fields, the scenario's tasks (changed or added) and its links, into the live project."""

    def __init__(self, plan: Workspace, live_id: int) -> None:
        super().__init__()
        self.plan = plan
        self.live_id = live_id
        self.added: dict[int, int] = {}  # the id of each task added in the scenario: the id it has now in the live plan

    def _do(self, ws: Workspace) -> None:
        live_id, plan = self.live_id, self.plan
        mine = {t.id for t in ws.tasks.values() if t.project_id == live_id}
        live = ws.projects[live_id]
        project = replace(plan.projects[live_id], position=live.position, baseline_id=live.baseline_id)
        if project != live:
            self.touch(ws, "project", live_id)
            ws.put("project", project)
        order = project_order(plan, live_id)
        ids = {tid: tid if tid in mine else self.stable_id(ws, "task", str(tid)) for tid in order}
        self.added = {tid: new for tid, new in ids.items() if tid != new}
        keys = set()
        for tid in order:
            task = copy.deepcopy(plan.tasks[tid])
            task.id, task.parent_id, task.project_id = ids[tid], ids.get(task.parent_id), live_id
            if tid not in mine:
                self.create(ws, "task", task)
            elif ws.tasks[tid] != task:
                for sibling in ws.children(ws.tasks[tid].parent_key()):
                    self.touch(ws, "task", sibling)
                ws.put("task", task)
            keys.add(task.parent_key())
        for key in keys:  # tasks were put back one by one, each among siblings not yet renumbered
            ws.children(key).sort(key=lambda t: ws.tasks[t].position)
        self._take_links(ws, ids)

    def _take_links(self, ws: Workspace, ids: dict[int, int]) -> None:
        inside = set(ids.values())
        live = {
            (d.predecessor_id, d.successor_id): d
            for d in ws.dependencies.values()
            if d.predecessor_id in inside and d.successor_id in inside
        }
        wanted = {
            (ids[d.predecessor_id], ids[d.successor_id]): d
            for d in self.plan.dependencies.values()
            if d.predecessor_id in ids and d.successor_id in ids
        }
        for key, theirs in wanted.items():
            mine = live.get(key)
            if mine is None:
                new_id = self.stable_id(ws, "dependency", f"{key[0]}-{key[1]}")
                self.create(ws, "dependency", Dependency(new_id, *key, theirs.type, theirs.lag, theirs.lag_unit))
            elif (mine.type, mine.lag, mine.lag_unit) != (theirs.type, theirs.lag, theirs.lag_unit):
                self.touch(ws, "dependency", mine.id)
                ws.put("dependency", replace(mine, type=theirs.type, lag=theirs.lag, lag_unit=theirs.lag_unit))
        for key, mine in live.items():
            if key not in wanted:
                self.delete(ws, "dependency", mine.id)


class RenameScenario(Command):
    triggers_rules = False

    def __init__(self, scenario_id: int, name: str) -> None:
        super().__init__()
        self.scenario_id, self.name = scenario_id, name.strip()
        self.text = tr("Scenarios", "Rename scenario")

    def _do(self, ws: Workspace) -> None:
        scenario = ws.projects.get(self.scenario_id)
        if scenario is None or scenario.scenario_of is None:
            raise ValidationError(
                tr("Errors", "There is no scenario {id} in this workspace").format(id=self.scenario_id)
            )
        if not self.name:
            raise ValidationError(tr("Errors", "A scenario needs a name"))
        self.touch(ws, "project", scenario.id)
        scenario.scenario_name = self.name
