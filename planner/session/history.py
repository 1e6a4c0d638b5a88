"""The Session's undo and redo: its lists of steps, the history kept in the workspace that undo reaches after
reopening, and the plan as it was at an earlier time. No Qt here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from planner.core.changes import Changes
from planner.core.command import Command
from planner.core.history import ApplyChange, ObjectChange, inverse, restore, shared_copy
from planner.core.i18n import tr
from planner.core.memory import collector_paused
from planner.core.model import Workspace
from planner.core.scenarios import put_in_front, touches_behind
from planner.core.schedule import Reschedule, Schedule
from planner.store.history import HistoryError, decode
from planner.store.workspace_file import WorkspaceError


@dataclass
class Step:
    """One entry of the undo list: a user's command and what the pipeline added to it (routines, dates)."""

    commands: list[Command]
    text: str
    rescheduled: bool
    exact: bool = False  # the step sets stored dates as they are (a restore): the kept schedule is stale after it
    objects: list[ObjectChange] = field(default_factory=list)  # what it did, as the history keeps it
    seen: int = 0  # how many times other clients' changes had been brought in when it was made (a server's)
    # The history's record of `objects`, when it was written as they are: `objects` then holds the objects it
    # created as the workspace's own (edited in place later), and what it did is read back from here.
    record: bytes | None = None
    # The written schedule the step's reschedule updated, while the step is the newest on the undo list (older steps
    # drop it: at 10,500 tasks it holds lists of 10,500-21,000 ints): undoing the step puts its dates back, so that
    # schedule is the workspace's again and the next edit updates it instead of computing the whole plan.
    before: Schedule | None = None

    def states(self) -> list[ObjectChange]:
        """What the step did, each object's state before and after it."""
        return decode(self.record) if self.record is not None else self.objects


def rebuilt_as_it_was(history, now: Workspace, last: int, front: int | None = None) -> Workspace:
    """`now` (a workspace the caller lets this change: a fresh load or a `shared_copy`) with every change of
    `history` after its change `last` reversed, showing only the plan `front` (the live plan when None or gone
    then)."""
    with collector_paused():  # an import's record alone is 25,000 objects made at once
        then = restore(now, list(history.entries_after(last)))
        return put_in_front(then, front if front in then.projects else None)


def undo_all(ws: Workspace, steps: list[Command]) -> None:
    for step in reversed(steps):
        step.undo(ws)


def apply_all(ws: Workspace, steps: list[Command]) -> None:
    for step in steps:
        step.apply(ws)


class History:
    """The undo and redo part of `Session` (which holds the lists, `_undo` and `_redo`, and writes each step)."""

    def undo(self) -> Changes | None:
        """Take back the last step (None when there is none): after reopening, the last change the history keeps."""
        if not self._undo and self.file is not None:
            return self._undo_kept()
        return self._replay(self._undo, self._redo, undo=True)

    def redo(self) -> Changes | None:
        """Do again the step undone last (None when there is none)."""
        return self._replay(self._redo, self._undo, undo=False)

    @property
    def undo_text(self) -> str:
        if self._undo:
            return self._undo[-1].text
        kept = self._kept() if self.file is not None else []
        return self.file.history.label(kept[0]) if kept else ""

    @property
    def redo_text(self) -> str:
        return self._redo[-1].text if self._redo else ""

    def clear_history(self) -> None:
        """Empty the undo and redo lists (the history kept in the workspace stays, but is no longer undoable)."""
        self._undo.clear()
        self._redo.clear()
        self._kept_undo = []

    def _kept(self) -> list[int]:
        if self._kept_undo is None:
            history = self.file.history
            self._kept_undo = history.undoable() if history.available else []
        return self._kept_undo

    def kept_undo_texts(self, limit: int = 100) -> list[str]:
        """The labels of the changes undo can take back from the history (after reopening), last first, at most
        `limit` of them: what the window's undo stack starts with."""
        if self.file is None or self._undo:
            return []
        history = self.file.history
        return [history.label(ident) for ident in self._kept()[:limit]]

    def as_it_was(self, at: datetime | None = None, change: int | None = None) -> Workspace:
        """A copy of the workspace as it was at `at` (or right after the history's change `change`), rebuilt by
        reversing every later change on a copy of the workspace in memory (which the file holds as it is); the
        workspace itself is left as it is. The copy shares the objects no later change touched (see
        `shared_copy`): deep-copy it to keep it while the workspace is edited."""
        history = self.file.history
        if not history.available:
            raise WorkspaceError(tr("Errors", "{name}: {problem}").format(name=self.path.name, problem=history.problem))
        last = change if change is not None else history.last_id(at)
        with collector_paused():
            # With scenarios, the workspace in memory leaves rows out that later changes may touch: the file
            # holds them all.
            now = self.file.load() if self._scenarios else shared_copy(self.ws)
            return rebuilt_as_it_was(history, now, last, self.front)

    def _undo_kept(self) -> Changes | None:
        """Take back the last change the history keeps from an earlier session, as one step that redo does again."""
        kept, history = self._kept(), self.file.history
        try:
            entry = history.entry(kept[0]) if kept else None
        except HistoryError as exc:  # a damaged record: the history is unavailable from here, the plan untouched
            history.problem, self._kept_undo = str(exc), []
            return None
        if entry is None:
            return None
        self._check_writable()
        if self._behind and touches_behind(entry.objects, self._behind, self._behind_ids):
            raise WorkspaceError(
                tr("Errors", "“{change}” was made in another plan: put it in front to undo it").format(
                    change=entry.label
                )
            )
        objects = self._as_seen(entry.objects)
        command = ApplyChange(objects, entry.label, forward=False)
        changes = command.apply(self.ws)
        record = self._entry(entry.label, "undo", inverse(objects), reverts=entry.id)
        self._write(changes, revert=partial(command.undo, self.ws), entry=record)
        kept.pop(0)
        step = Step([ApplyChange(objects, entry.label, forward=True)], entry.label, False, True, objects)
        self._redo.append(step)
        self._after(step, undone=True)
        return changes

    def _replay(self, source: list[Step], target: list[Step], undo: bool) -> Changes | None:
        if not source:
            return None
        self._check_writable()
        step = source[-1]
        self._check_not_changed_since(step)
        changes = Changes()
        if undo:
            for command in reversed(step.commands):
                changes.merge(command.undo(self.ws))
            revert = partial(apply_all, self.ws, step.commands)
            entry = self._entry(step.text, "undo", inverse(step.states()))
        else:
            for command in step.commands:
                changes.merge(command.apply(self.ws))
            revert = partial(undo_all, self.ws, step.commands)
            entry = self._entry(step.text, "redo", step.states())
        self._write(changes, revert, entry)
        target.append(source.pop())
        self._after(step, undone=undo)
        return changes

    def _schedule_before(self, step: Step) -> Schedule | None:
        """The schedule `step` started from, when undoing it (just done) made that the workspace's schedule again: the
        step kept one (see `Step.before`), the schedule was still the one the step left (no date rules, nothing
        brought in since), today is the day it was computed for, and the tasks are in its order (an undone delete
        puts a task back last: a schedule computed now lists it there). The step forgets it."""
        before, step.before = step.before, None
        if (
            before is None
            or self._schedule is not step.commands[-1].result
            or before.today != self.today()
            or not before.lists_tasks_of(self.ws)
        ):
            return None
        return before

    def _after(self, step: Step, undone: bool) -> None:
        """Keep the schedule in step with memory: a reschedule's result is the schedule; after an undo, the schedule
        the step started from (see `_schedule_before`) if known; otherwise after an undo, or a step that set dates
        as stored, it is computed again when next asked for."""
        self.schedule_moved = step.rescheduled or step.exact
        before = self._schedule_before(step) if undone else None
        if before is not None:
            self._schedule = before
        elif step.exact or (step.rescheduled and undone):
            self._schedule = None
        elif step.rescheduled:
            self._schedule = next(c.result for c in reversed(step.commands) if isinstance(c, Reschedule))
