"""`ApplyImport`: puts an `ImportResult` into a live workspace as one undoable command, with new ids.

The controller pushes it like any edit; the store writes the `Changes` it returns in one transaction,
so an import is all or nothing and File > Undo takes it back.
"""

from __future__ import annotations

import copy
import dataclasses

from planner.core.changes import Changes
from planner.core.command import Command
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import Dependency, ParentKey, StatusKind, Workspace
from planner.core.progress import counted, phase
from planner.io.common import ImportResult


class ApplyImport(Command):
    """Add the imported project, its tasks, links, people and baselines to `ws`.

    People are matched by name (case-insensitive) with those already in the workspace, so importing a
    second plan of the same team does not double the team. After `apply`, `task_ids`, `person_ids`
    and `dependency_ids` map the result's ids to the workspace's, for the extras (calendars, lag facts)
    that the caller keeps beside the model.
    """

    triggers_rules = False  # 10,000 imported tasks are not 10,000 tasks "created" for rules to follow up

    def __init__(self, result: ImportResult, take: bool = False) -> None:
        """`take`: the result's tasks and links become the workspace's own instead of copies (0.2 GB at 105,000
        tasks), for a caller that reads the result's objects no more (its id maps and summary stay good); undo
        keeps the objects it takes out, for redo."""
        super().__init__()
        self.result = result
        self.take = take
        self._taken: dict[tuple[str, int], object] = {}  # take: what the last undo took out, by kind and new id
        self.text = tr("Commands", "Import {name}").format(name=result.project.name)
        self.project_id: int | None = None
        self.task_ids: dict[int, int] = {}
        self.person_ids: dict[int, int] = {}
        self.dependency_ids: dict[int, int] = {}

    def _calendars(self, ws: Workspace) -> dict[int, int]:
        """Add the file's calendars (bases kept) under new ids; returns id(calendar in result) -> new id."""
        result = self.result
        found: dict[int, object] = {}
        for calendar in (result.calendar, *result.calendars.values(), *result.task_calendars.values(),
                         *result.person_calendars.values()):  # fmt: skip
            while calendar is not None and id(calendar) not in found:  # with every base, so none is lost
                found[id(calendar)] = calendar
                calendar = calendar.base
        copies = copy.deepcopy(found)  # one copy, so calendars that share a base still share its copy
        new_ids = {}
        for number, (key, calendar) in enumerate(copies.items()):
            calendar.id = self.stable_id(ws, "calendar", str(number))
            new_ids[key] = calendar.id
        for calendar in copies.values():
            self.create(ws, "calendar", calendar)
        return new_ids

    def _do(self, ws: Workspace) -> None:
        source = self.result.workspace
        # Counted twice: as they are added, and as their dates are checked (Command.apply).
        phase(tr("Progress", "Adding tasks…"), 2 * (len(source.tasks) + len(source.dependencies)))
        calendar_ids = self._calendars(ws)
        project = copy.copy(self.result.project)
        project.id = self.stable_id(ws, "project")
        project.calendar_id = calendar_ids[id(self.result.calendar)]
        project.baseline_id = None  # set once the baselines are in, under their new ids
        project.position = max((p.position for p in ws.projects.values()), default=-1) + 1
        self.create(ws, "project", project)
        self.project_id = project.id
        self._people(ws, calendar_ids)
        self._tasks(ws, ("project", project.id), 0, calendar_ids, self._labels(ws))
        self._links(ws)
        ws.rebuild_indexes()
        self._baselines(ws, project.id)

    def _people(self, ws: Workspace, calendar_ids: dict[int, int]) -> None:
        by_name = {p.name.casefold(): p.id for p in ws.people.values()}
        for person in sorted(self.result.workspace.people.values(), key=lambda p: p.id):
            known = by_name.get(person.name.casefold())
            if known is not None:
                self.person_ids[person.id] = known
                continue
            new = copy.copy(person)
            new.id = self.stable_id(ws, "person", str(person.id))
            own = self.result.person_calendars.get(person.id)
            new.calendar_id = calendar_ids[id(own)] if own is not None else None
            self.create(ws, "person", new)
            self.person_ids[person.id] = new.id

    def _labels(self, ws: Workspace) -> dict[int, int]:
        """Labels (iCalendar categories) matched by name, and added when the workspace has none of that name;
        returns the result's label id -> the workspace's."""
        label_ids = {}
        labels_by_name = {lab.name.casefold(): lab.id for lab in ws.labels.values()}
        for label in sorted(self.result.workspace.labels.values(), key=lambda lab: lab.id):
            known = labels_by_name.get(label.name.casefold())
            if known is None:
                known = self.stable_id(ws, "label", str(label.id))
                new_label = copy.copy(label)
                new_label.id = known
                self.create(ws, "label", new_label)
            label_ids[label.id] = known
        return label_ids

    def _tasks(
        self, ws: Workspace, parent: ParentKey, first: int, calendar_ids: dict[int, int], label_ids: dict[int, int]
    ) -> None:
        """The result's tasks, its top ones under `parent` from position `first` on. The tree index is rebuilt
        by the caller: placing 10,000 tasks one by one would cost a scan of the siblings each."""
        source = self.result.workspace
        kind, ident = parent
        container = ws.tasks[ident].container() if kind == "task" else parent
        default_status = ws.default_status_id()
        done = next((s.id for s in ws.ordered("status") if s.kind is StatusKind.DONE), None)
        for old_id in source.tasks:  # the result's ids (a taken task has the workspace's id since)
            self.task_ids[old_id] = self.stable_id(ws, "task", str(old_id))
        for old_id, task in counted(source.tasks.items()):
            new = self._taken.pop(("task", self.task_ids[old_id]), None)  # a redo puts back what undo took out
            if new is None:
                new = self._task(task, old_id, parent, first, container, calendar_ids, label_ids, default_status, done)
            self.touch(ws, "task", new.id)
            ws.tasks[new.id] = new
            self._parents.add(new.parent_key())

    def _task(self, task, old_id, parent, first, container, calendar_ids, label_ids, default_status, done):
        """The workspace's task for the result's `task`: a copy, or (take) the task itself. Its values are read
        before any is set, since they may be the same object's."""
        kind, ident = parent
        parent_id, position, routine_id = task.parent_id, task.position, task.routine_id
        new = task if self.take else copy.copy(task)
        new.id = self.task_ids[old_id]
        new.project_id = container[1] if container[0] == "project" else None
        new.area_id = container[1] if container[0] == "area" else None
        if parent_id is not None:
            new.parent_id = self.task_ids[parent_id]
        else:
            new.parent_id = ident if kind == "task" else None
            new.position = first + position
        new.assignments = {self.person_ids[pid]: units for pid, units in task.assignments.items()}
        new.labels = {label_ids[lid] for lid in task.labels if lid in label_ids}
        if routine_id is not None:  # an occurrence keeps its routine, under the routine's new id
            new.routine_id = self.task_ids.get(routine_id)
        if not self.take:
            new.checklist = list(task.checklist)
        new.status_id = done if task.percent_complete == 100 and done is not None else default_status
        own = self.result.task_calendars.get(old_id)
        new.calendar_id = calendar_ids[id(own)] if own is not None else None
        return new

    def _links(self, ws: Workspace) -> None:
        for old_id, dep in counted(self.result.workspace.dependencies.items()):
            new_id = self.stable_id(ws, "dependency", str(old_id))
            self.dependency_ids[old_id] = new_id
            self.touch(ws, "dependency", new_id)
            new = self._taken.pop(("dependency", new_id), None)
            if new is None:
                new = dep if self.take else Dependency(new_id, 0, 0)
                new.id, new.type, new.lag, new.lag_unit = new_id, dep.type, dep.lag, ""
                new.predecessor_id = self.task_ids[dep.predecessor_id]
                new.successor_id = self.task_ids[dep.successor_id]
                facts = self.result.links.get(old_id)
                if facts is not None and facts.percent is not None:
                    new.lag, new.lag_unit = round(facts.percent), "percent"
                elif facts is not None and facts.elapsed and facts.elapsed_minutes is not None:
                    new.lag, new.lag_unit = facts.elapsed_minutes, "elapsed"
            ws.dependencies[new_id] = new

    def undo(self, ws: Workspace) -> Changes:
        if self.take:  # the result's objects are the workspace's now: keep what this takes out, as it is, for redo
            self._taken = {
                key: ws.table(key[0])[key[1]]
                for key, before in self._before.items()
                if before is None and key[0] in ("task", "dependency") and key[1] in ws.table(key[0])
            }
        return super().undo(ws)

    def _baselines(self, ws: Workspace, project_id: int) -> None:
        """The file's baselines (MS Project's numbered ones, GanttProject's previous states) as the project's own,
        the one the file compared against still chosen."""
        source = self.result.workspace
        chosen = self.result.project.baseline_id
        for baseline in sorted(source.baselines.values(), key=lambda b: b.id):
            new = copy.copy(baseline)
            new.id = self.stable_id(ws, "baseline", str(baseline.id))
            new.project_id = project_id
            new.tasks = {
                self.task_ids[tid]: dataclasses.replace(saved, parent_id=self.task_ids.get(saved.parent_id))
                for tid, saved in baseline.tasks.items()
            }
            self.create(ws, "baseline", new)
            if baseline.id == chosen:
                ws.projects[project_id].baseline_id = new.id


class PasteTasks(ApplyImport):
    """Rows pasted from a spreadsheet (read by the CSV reader into a result) as tasks under `parent` (a task,
    project or area) at `index` (default: last), with their people and links, in one step; no project, calendar
    or baseline is made."""

    def __init__(self, result: ImportResult, parent: ParentKey, index: int | None = None) -> None:
        super().__init__(result)
        self.parent, self.index = parent, index
        count = len(result.workspace.tasks)
        self.text = (
            tr("Commands", "Paste 1 task") if count == 1 else tr("Commands", "Paste {count} tasks").format(count=count)
        )

    def _do(self, ws: Workspace) -> None:
        kind, ident = self.parent
        if ident not in ws.table(kind):
            raise ValidationError(
                tr("Import", "There is no {kind} {ident} to paste tasks into").format(kind=kind, ident=ident)
            )
        siblings = ws.children(self.parent)
        index = len(siblings) if self.index is None else max(0, min(self.index, len(siblings)))
        top = sum(1 for task in self.result.workspace.tasks.values() if task.parent_id is None)
        for tid in siblings[index:]:  # make room
            self.touch(ws, "task", tid)
            ws.tasks[tid].position += top
        self._people(ws, {})
        self._tasks(ws, self.parent, index, {}, self._labels(ws))
        self._links(ws)
        ws.rebuild_indexes()
