"""Restoring tasks, or a whole project, as they were at a moment of the history: one new change, so the history
is never rewritten and one undo takes it back.

Each task gets back its fields, its place in the tree, its assignments and its links as they were then. A task
deleted since is made again with a new id, and its links made again where the task at their other end is still
there (or is restored too); a project restored as a whole is made again if it was deleted, and loses the tasks
added to it since. What could not be put back (a person, a summary or a project deleted since, a link that would
now close a loop) is listed in `notes`, for the message.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable

from planner.core.command import Command, _copy_task
from planner.core.commands import _delete_tasks
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.links import check_link
from planner.core.model import Dependency, Project, Task, Workspace, tree_order


class RestoreAsItWas(Command):
    """Set tasks of the workspace back as they were in `then` (the workspace at a moment of its history)."""

    def __init__(self, then: Workspace, task_ids: Iterable[int] = (), project_id: int | None = None) -> None:
        """`task_ids`: tasks as they were then (ids of `then`); or `project_id`: every task of that project.
        What is needed of `then` is copied now: it may share objects with the live workspace, which moves on."""
        super().__init__()
        self.project_id = project_id
        if project_id is not None:
            if project_id not in then.projects:
                raise ValidationError(tr("Restore", "That project did not exist then"))
            self.project: Project | None = copy.deepcopy(then.projects[project_id])
            ids = [t for t in tree_order(then) if then.tasks[t].project_id == project_id]
            self.text = tr("Restore", "Restore “{project}” as it was").format(project=self.project.name)
        else:
            self.project = None
            missing = [tid for tid in task_ids if tid not in then.tasks]
            if missing:
                raise ValidationError(tr("Restore", "That task did not exist then"))
            chosen = set(task_ids)
            ids = [t for t in tree_order(then) if t in chosen]  # summaries before their subtasks
            if len(ids) == 1:
                self.text = tr("Restore", "Restore “{task}” as it was").format(task=then.tasks[ids[0]].title)
            else:
                self.text = tr("Restore", "Restore {count} tasks as they were").format(count=len(ids))
        self.tasks: list[Task] = [_copy_task(then.tasks[t]) for t in ids]
        links = {d for t in ids for d in then.links_in(t) | then.links_out(t)}
        self.links: list[Dependency] = [copy.deepcopy(then.dependencies[d]) for d in sorted(links)]
        ends = {t for link in self.links for t in (link.predecessor_id, link.successor_id)}
        self.titles = {t: then.tasks[t].title for t in ends | {t.parent_id for t in self.tasks} if t in then.tasks}
        self.people = {pid: p.name for pid, p in then.people.items()}
        self.notes: list[str] = []
        self.recreated: dict[int, int] = {}  # a task's id then -> its new id, for those deleted since

    def _do(self, ws: Workspace) -> None:
        self.notes, self.recreated = [], {}
        project = self._restore_project(ws) if self.project is not None else None
        if project is not None:
            then_ids = {t.id for t in self.tasks}
            added = [t.id for t in ws.tasks.values() if t.project_id == project and t.id not in then_ids]
            _delete_tasks(self, ws, added)
        ids = {t.id: t.id if t.id in ws.tasks else self.stable_id(ws, "task", str(t.id)) for t in self.tasks}
        restored = {t.id for t in self.tasks if self._restore_task(ws, t, ids, project)}
        self.recreated = {old: new for old, new in ids.items() if old in restored and old != new}
        self._restore_links(ws, restored, ids)
        for key in self._parents:
            ws.children(key).sort(key=lambda tid: (ws.tasks[tid].position, tid))

    def _restore_project(self, ws: Workspace) -> int:
        """The project's own fields as they were; made again with a new id if it was deleted since."""
        project = copy.deepcopy(self.project)
        if project.id not in ws.projects:
            project.id = self.stable_id(ws, "project")
        if project.calendar_id not in ws.calendars:
            project.calendar_id = None
        if project.baseline_id not in ws.baselines:
            project.baseline_id = None
        self.touch(ws, "project", project.id)
        ws.put("project", project)
        return project.id

    def _restore_task(self, ws: Workspace, old: Task, ids: dict[int, int], project: int | None) -> bool:
        """Put one task back as it was, under its parent then where that is still there; False if it cannot be
        (its project or area is gone)."""
        task = _copy_task(old)
        task.id = ids[old.id]
        if project is not None:
            task.project_id = project
        if task.project_id is not None and task.project_id not in ws.projects:
            self.notes.append(
                tr("Restore", "“{task}” could not be restored: its project is gone").format(task=old.title)
            )
            return False
        if task.area_id is not None and task.project_id is None and task.area_id not in ws.areas:
            self.notes.append(tr("Restore", "“{task}” could not be restored: its area is gone").format(task=old.title))
            return False
        if task.parent_id is not None:
            parent = ids.get(task.parent_id, task.parent_id)
            if parent not in ws.tasks or ws.tasks[parent].container() != task.container():
                text = tr("Restore", "“{task}” is back at the top of its project: its summary “{summary}” is gone")
                self.notes.append(text.format(task=old.title, summary=self.titles.get(task.parent_id, "?")))
                parent = None
            task.parent_id = parent
        for pid in [pid for pid in task.assignments if pid not in ws.people]:
            text = tr("Restore", "“{task}”: {person} is no longer in the workspace")
            self.notes.append(text.format(task=old.title, person=self.people.get(pid, str(pid))))
        task.assignments = {pid: units for pid, units in task.assignments.items() if pid in ws.people}
        task.contours = {pid: days for pid, days in task.contours.items() if pid in ws.people}
        task.labels = {label for label in task.labels if label in ws.labels}
        if task.status_id not in ws.statuses:
            task.status_id = ws.default_status_id()
        if task.calendar_id is not None and task.calendar_id not in ws.calendars:
            task.calendar_id = None
        if task.routine_id is not None and task.routine_id not in ws.tasks:
            task.routine_id = None
        self.touch(ws, "task", task.id)
        ws.put("task", task)
        self._parents.add(task.parent_key())
        return True

    def _restore_links(self, ws: Workspace, restored: set[int], ids: dict[int, int]) -> None:
        """The links into and out of the restored tasks as they were: those made since go; those there then
        come back, with their ends, type and lag, where both ends are there."""
        wanted = [link for link in self.links if {link.predecessor_id, link.successor_id} & restored]
        mine = {ids[tid] for tid in restored}
        for dep_id in sorted({d for tid in mine for d in ws.links_in(tid) | ws.links_out(tid)}):
            self.delete(ws, "dependency", dep_id)  # those there then come back below, as they were
        for old in wanted:
            link = copy.deepcopy(old)
            link.predecessor_id, link.successor_id = (ids.get(t, t) for t in (old.predecessor_id, old.successor_id))
            names = {"a": self.titles.get(old.predecessor_id, "?"), "b": self.titles.get(old.successor_id, "?")}
            pairs = ((old.predecessor_id, link.predecessor_id), (old.successor_id, link.successor_id))
            gone = [then_end for then_end, end in pairs if end not in ws.tasks]
            if gone:
                text = tr("Restore", "The link from “{a}” to “{b}” could not be restored: “{gone}” is gone")
                self.notes.append(text.format(gone=self.titles.get(gone[0], "?"), **names))
                continue
            if not self.touched("dependency", old.id):  # deleted since: made again with a new id, as tasks are
                link.id = self.stable_id(ws, "dependency", str(old.id))
            try:
                check_link(ws, link.predecessor_id, link.successor_id)
            except ValidationError as exc:
                text = tr("Restore", "The link from “{a}” to “{b}” could not be restored: {why}")
                self.notes.append(text.format(why=exc, **names))
                continue
            self.create(ws, "dependency", link)
