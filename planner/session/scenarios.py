"""The Session's scenarios: which plan is in front, what may change with a scenario in front, and how a
scenario's own people and calendars are written and read back. No Qt here."""

from __future__ import annotations

import copy

from planner.core.calendars import STANDARD
from planner.core.changes import Changes
from planner.core.command import Command, before_all
from planner.core.commands import DeleteObject
from planner.core.errors import ValidationError
from planner.core.history import Entry, ObjectChange, shared_copy
from planner.core.i18n import tr
from planner.core.model import Project, Workspace
from planner.core.scenarios import (
    WORKING_TIME,
    AdoptScenario,
    MakeScenario,
    as_live,
    as_scenario,
    behind,
    outside,
    parts,
    put_in_front,
    scenarios,
    working_copies,
)
from planner.store.workspace_file import WorkspaceFile


def _own_copy(obj, own: int, scenario: int, made_there: bool):
    """`obj` (a person or calendar as the scenario `scenario` sees it) as its own row `own` stores it."""
    out = copy.copy(obj)
    out.id, out.scenario_of, out.origin_id = own, scenario, None if made_there else obj.id
    return out


def _stored_state(state, own: int, scenario: int, seen: int):
    """A recorded state (changed fields, or a whole object) of a scenario's copy, by its own row's id."""
    if isinstance(state, dict) or state is None:
        return state
    return _own_copy(state, own, scenario, made_there=own == seen)


def _seen_state(state, ident: int):
    """A recorded state of a scenario's copy (changed fields, or a whole object) as seen by the id `ident`."""
    if isinstance(state, dict) or state is None:
        return state
    out = copy.copy(state)
    out.id = ident
    return out


class Scenarios:
    """The scenario part of `Session`: the plan in front (`front`), those behind it and the scenario's own copies
    of people and calendars (the state `Session.__init__` sets up)."""

    def _in_front(self, whole: Workspace, front: int | None) -> Workspace:
        """`whole` (all the file holds) with only the plan `front` in it, noting the scenarios it holds."""
        self._scenarios = scenarios(whole)
        self.front = front
        self._behind = behind(whole, front)
        self._behind_ids = parts(whole, self._behind) if self._behind else {}
        self._copies = working_copies(whole, front)
        return put_in_front(whole, front)

    @property
    def scenarios(self) -> list[Project]:
        """Every scenario the workspace holds (the one in front as it is now), in display order."""
        return [self.ws.projects.get(s.id, s) for s in self._scenarios]

    def put_in_front(self, front: int | None) -> None:
        """Show the scenario `front` (None: the live plan) instead of what is in front now. The undo list starts
        afresh: its steps were edits of the other plan."""
        self.ws = self._in_front(self._whole(), front)
        self._undo.clear()
        self._redo.clear()
        self._kept_undo = []
        self._schedule = None
        self.schedule_moved = True

    def make_scenario(self, project_id: int, name: str) -> int:
        """Copy the live project `project_id` as a scenario called `name` and put it in front; returns its id."""
        if self.front is not None:  # the copy is of the live plan, made with it in front
            self.put_in_front(None)
        command = MakeScenario(project_id, name)
        self.run(command)
        self.put_in_front(command.scenario_id)
        return command.scenario_id

    def scenario_plan(self, scenario_id: int) -> Workspace:
        """The workspace with the scenario in front, wearing its live project's ids (to compare or adopt)."""
        return as_live(put_in_front(self._whole(), scenario_id), scenario_id)

    def live_plan(self) -> Workspace:
        return put_in_front(self._whole(), None)

    def live_as_front(self) -> Workspace:
        """The live plan wearing the ids of the scenario in front, to compare the workspace in memory with."""
        return as_scenario(self.live_plan(), self.ws, self.front)

    def _whole(self) -> Workspace:
        if self.file is None:  # a read-only session: read the file again
            with WorkspaceFile.open_read_only(self.path) as file:
                return file.load()
        return self.file.load()

    def adopt(self, scenario_id: int, discard: bool = False) -> Changes:
        """Apply the scenario's differences to its live project as one undoable step, with the live plan put in
        front first; with `discard`, the scenario is then removed."""
        scenario = next((s for s in self.scenarios if s.id == scenario_id), None)
        if scenario is None:
            raise ValidationError(tr("Errors", "There is no scenario {id} in this workspace").format(id=scenario_id))
        plan = self.scenario_plan(scenario_id)
        if self.front is not None:
            self.put_in_front(None)
        adopt = AdoptScenario(self.ws, plan, scenario.scenario_of, scenario.scenario_name, scenario_id)
        changes = self.run(adopt)
        if discard:
            self.discard(scenario_id)
        elif adopt.added:
            self._relink(adopt.added)
        return changes

    def delete_project(self, project_id: int, discard_scenarios: bool) -> Changes:
        """Delete a live project with its tasks, as one undoable step; with `discard_scenarios`, its scenarios are
        removed from the file in the same change (undo brings the project back, not them: as Discard, removing
        a scenario is not undone). Without it they stay, with nothing to adopt into."""
        mine = {s.id for s in self._scenarios if s.scenario_of == project_id}
        if not discard_scenarios or not mine:
            return self.run(DeleteObject("project", project_id))
        self._check_writable()
        whole = self.file.load()
        gone = parts(whole, mine)
        objects = [ObjectChange(kind, ident, whole.table(kind)[ident], None) for kind in gone for ident in gone[kind]]
        self._discarding = gone, objects
        try:
            changes = self.run(DeleteObject("project", project_id))
        finally:
            self._discarding = None
        self._scenarios = [s for s in self._scenarios if s.id not in mine]
        self._behind -= mine
        for kind, ids in gone.items():
            self._behind_ids[kind] = self._behind_ids.get(kind, set()) - ids
        return changes

    def _relink(self, added: dict[int, int]) -> None:
        """Make each task added in a kept scenario a copy of the live task adopting made of it, so the scenario
        and the live plan compare equal (recorded in the history; undo of the adopt leaves the link dangling,
        which compares as an added task again)."""
        whole = self.file.load()
        objects = []
        for ident, origin in added.items():
            task = whole.tasks.get(ident)
            if task is not None:
                objects.append(ObjectChange("task", ident, {"origin_id": task.origin_id}, {"origin_id": origin}))
                task.origin_id = origin
        label = tr("Scenarios", "Link the adopted tasks to the scenario")
        ids = {change.ident for change in objects}
        self.file.write(whole, Changes(updated={"task": ids}), self._entry(label, "auto", objects))

    def discard(self, scenario_id: int) -> None:
        """Remove a scenario and all it holds from the file (the history records it; it is not undoable). When
        it is in front, the live plan comes in front."""
        self._check_writable()
        whole = self.file.load()
        scenario = whole.projects.get(scenario_id)
        if scenario is None or scenario.scenario_of is None:
            raise ValidationError(tr("Errors", "There is no scenario {id} in this workspace").format(id=scenario_id))
        gone = parts(whole, {scenario_id})
        objects = [ObjectChange(kind, ident, whole.table(kind)[ident], None) for kind in gone for ident in gone[kind]]
        label = tr("Scenarios", "Discard scenario “{name}”").format(name=scenario.scenario_name)
        self.file.write(whole, Changes(deleted=gone), self._entry(label, "auto", objects))
        self._scenarios = [s for s in self._scenarios if s.id != scenario_id]
        if self.front == scenario_id:
            self.put_in_front(None)

    def _keep_to_front(self, mine: set[int], changes: Changes, steps: list[Command]) -> None:
        """Refuse a change to what is behind the plan in front (another scenario, or the live project behind a
        scenario), which only a history restore could reach; and, with a scenario in front, a change to anything
        but the scenario (`mine`: its tasks before the change): the live plan and what it shares (people,
        calendars, labels) change with it in front.
        What rescheduling then moves is not checked: it is what the live plan would compute itself."""
        for kind in (changes.created.keys() | changes.updated.keys()) if self._behind else ():  # a history restore
            for ident in changes.ids(kind):
                obj = self.ws.table(kind).get(ident)
                if ident in self._behind_ids.get(kind, ()) or getattr(obj, "project_id", None) in self._behind:
                    raise ValidationError(
                        tr(
                            "Errors", "“{name}” belongs to a plan that is not in front: put it in front to change it."
                        ).format(name=getattr(obj, "title", "") or getattr(obj, "name", "") or kind)
                    )
        if self.front is None:
            return
        if self.front in changes.deleted.get("project", ()):
            raise ValidationError(tr("Errors", "To remove the scenario in front, use Scenarios ▸ Discard Scenario…"))
        found = outside(self.ws, self.front, mine, changes, lambda kind, ident: before_all(steps, kind, ident, None))
        if found:
            raise ValidationError(
                tr(
                    "Errors",
                    "A scenario is in front, and its edits stay in it: “{name}” belongs to the live plan. "
                    "Go back to the live plan to change it.",
                ).format(name=found)
            )

    def _as_seen(self, objects: list[ObjectChange]) -> list[ObjectChange]:
        """A recorded change of the scenario in front's own people and calendars (by their rows' ids) as the
        workspace in memory sees them (by the live ids). The change that made a copy of a live one is seen as
        changing the live one's values: undoing it brings those back (the copy stays, alike)."""
        seen = {(kind, own): ident for (kind, ident), own in self._copies.items()}
        if not seen:
            return objects
        out = []
        for change in objects:
            ident = seen.get((change.kind, change.ident))
            if ident is not None:
                before, after = (_seen_state(state, ident) for state in (change.before, change.after))
                if before is None and after is not None and after.origin_id:
                    before = _seen_state(self._whole().table(change.kind)[ident], ident)
                change = ObjectChange(change.kind, ident, before, after)
            out.append(change)
        return out

    def _stored(self, changes: Changes, entry: Entry | None) -> tuple[Workspace, Changes, Entry | None, dict]:
        """What to write for `changes` and `entry`, and the scenario's copies after it. With a scenario in front,
        its working time goes to its own rows (a copy of a live person or calendar made on its first change),
        and other projects' tasks that a change of working time or a link from the scenario moved are left as
        the live plan has them: what the scenario makes of them is seen only while it is in front."""
        front, ws, copies = self.front, self.ws, dict(self._copies)
        if front is None:
            return ws, changes, entry, copies
        tasks = ws.tasks
        timed = any(changes.ids(kind) for kind in WORKING_TIME)
        if not timed and not any(tasks[i].project_id == front for i in changes.ids("task") if i in tasks):
            return ws, changes, entry, copies  # not the scenario's change (the live plan's date rules): as it is
        away = {i for i in changes.updated.get("task", ()) if i in tasks and tasks[i].project_id != front}
        if not away and not timed:
            return ws, changes, entry, copies
        out = Changes({k: set(v) for k, v in changes.created.items()}, {k: set(v) for k, v in changes.updated.items()})
        out.deleted = {k: set(v) for k, v in changes.deleted.items()}
        out.updated["task"] = out.updated.get("task", set()) - away
        view = shared_copy(ws)
        made: set[tuple[str, int]] = set()  # copies made by this change
        for kind in WORKING_TIME:
            for what in ("created", "updated", "deleted"):
                ids = getattr(out, what).pop(kind, set())
                for ident in ids:
                    own = copies.get((kind, ident))
                    if own is None:  # made in the scenario (its own id), or the first change of a live one
                        own = ident if what == "created" else ws.new_id(kind)
                        copies[kind, ident] = own
                        made.add((kind, ident))
                    if what == "deleted":
                        del copies[kind, ident]
                    else:
                        stored = view.table(kind)[own] = _own_copy(ws.table(kind)[ident], own, front, own == ident)
                        if kind == "calendar" and own == ident and ws.calendar is ws.table(kind)[ident]:
                            stored.origin_id = STANDARD.id  # made as the workspace's calendar, in the scenario
                    where = "created" if (kind, ident) in made and what != "deleted" else what
                    out.add(where, kind, own)
        if entry is not None:
            objects = []
            for change in entry.objects:
                if change.kind == "task" and change.ident in away:
                    continue
                if change.kind in WORKING_TIME:
                    key = (change.kind, change.ident)
                    own = copies.get(key) or self._copies[key]  # a deleted one is no longer in `copies`
                    if key in made and change.after is not None:  # a new row: recorded whole
                        change = ObjectChange(change.kind, own, None, copy.copy(view.table(change.kind)[own]))
                    else:
                        states = (
                            _stored_state(state, own, front, change.ident) for state in (change.before, change.after)
                        )
                        change = ObjectChange(change.kind, own, *states)
                objects.append(change)
            entry = Entry(entry.at, entry.label, entry.kind, objects, reverts=entry.reverts)
        return view, out, entry, copies
