"""The controller: runs core commands through a QUndoStack, writes each to the workspace file, and
tells every Qt model what changed. Views and models never change the workspace any other way.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.core.changes import Changes
from planner.core.command import Command
from planner.core.errors import ValidationError
from planner.core.model import Workspace
from planner.core.recurrence import KeepRoutines
from planner.core.schedule import Reschedule, compute_schedule
from planner.store.workspace_file import WorkspaceFile


class Controller(QObject):
    """Owns the open workspace (core objects and file) and its undo stack."""

    changes_applied = Signal(object)  # Changes, after the file has them
    schedule_changed = Signal()  # early and late dates, slack or the critical path may have moved
    error_occurred = Signal(str)

    def __init__(self, file: WorkspaceFile, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.ws = ws
        self.undo_stack = QUndoStack(self)
        self.today = date.today
        self._schedule = None

    @property
    def schedule(self):
        """The current critical-path schedule, computed when first asked for after a change."""
        if self._schedule is None:
            try:
                self._schedule = compute_schedule(self.ws, self.today())
            except ValidationError as exc:  # a loop read from an old file: say so, show no schedule
                self.error_occurred.emit(str(exc))
                return None
        return self._schedule

    def run(self, command: Command) -> bool:
        """Apply `command`, reschedule if it can move dates, store both and put them on the undo stack as one
        step; on refusal, say why and change nothing."""
        # What the edit means for routines (a finished occurrence's successor, a changed rule's occurrences)
        # joins the same undo step, so one undo takes both back.
        command = KeepRoutines(command, self.today())
        try:
            changes = command.apply(self.ws)
        except ValidationError as exc:
            self.error_occurred.emit(str(exc))
            return False
        steps = [command]
        if command.moves_schedule(self.ws):
            reschedule = Reschedule(self._schedule, changes, self.today())
            try:
                changes.merge(reschedule.apply(self.ws))
            except ValidationError as exc:
                command.undo(self.ws)
                self.error_occurred.emit(str(exc))
                return False
            steps.append(reschedule)
        if not self._store(changes, lambda: _undo_all(self.ws, steps)):
            return False
        self.undo_stack.push(_UndoStep(self, steps, command.text))
        self._publish(changes, steps)
        return True

    def _publish(self, changes: Changes, steps: list[Command], undone: bool = False) -> None:
        rescheduled = isinstance(steps[-1], Reschedule)
        if rescheduled:
            self._schedule = None if undone else steps[-1].result  # after an undo: computed again when asked
        self.changes_applied.emit(changes)
        if rescheduled:
            self.schedule_changed.emit()

    def _store(self, changes: Changes, revert) -> bool:
        try:
            self.file.write(self.ws, changes)
        except Exception as exc:  # a full disk or a vanished file: keep memory and file in step
            revert()
            self.error_occurred.emit(f"The change could not be saved to {self.file.path.name}: {exc}")
            return False
        return True

    def _replay(self, steps: list[Command], undo: bool) -> None:
        changes = Changes()
        if undo:
            for step in reversed(steps):
                changes.merge(step.undo(self.ws))
        else:
            for step in steps:
                changes.merge(step.apply(self.ws))
        revert = (lambda: [step.apply(self.ws) for step in steps]) if undo else (lambda: _undo_all(self.ws, steps))
        if self._store(changes, revert):
            self._publish(changes, steps, undone=undo)

    def close(self) -> None:
        self.undo_stack.clear()
        self.file.close()


def _undo_all(ws, steps: list[Command]) -> None:
    for step in reversed(steps):
        step.undo(ws)


class _UndoStep(QUndoCommand):
    """One user edit on the undo stack: the command and the rescheduling it caused. The first redo is
    skipped because `Controller.run` already applied them."""

    def __init__(self, controller: Controller, steps: list[Command], text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self.steps = steps
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.controller._replay(self.steps, undo=False)

    def undo(self) -> None:
        self.controller._replay(self.steps, undo=True)
