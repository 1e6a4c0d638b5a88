"""The controller: runs core commands through a QUndoStack, writes each to the workspace file, and
tells every Qt model what changed. Views and models never change the workspace any other way.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.core.changes import Changes
from planner.core.commands import Command
from planner.core.errors import ValidationError
from planner.core.model import Workspace
from planner.store.workspace_file import WorkspaceFile


class Controller(QObject):
    """Owns the open workspace (core objects and file) and its undo stack."""

    changes_applied = Signal(object)  # Changes, after the file has them
    error_occurred = Signal(str)

    def __init__(self, file: WorkspaceFile, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.ws = ws
        self.undo_stack = QUndoStack(self)
        self.today = date.today

    def run(self, command: Command) -> bool:
        """Apply `command`, store it and put it on the undo stack; on refusal, say why and change nothing."""
        try:
            changes = command.apply(self.ws)
        except ValidationError as exc:
            self.error_occurred.emit(str(exc))
            return False
        if not self._store(changes, lambda: command.undo(self.ws)):
            return False
        self.undo_stack.push(_UndoStep(self, command))
        self.changes_applied.emit(changes)
        return True

    def _store(self, changes: Changes, revert) -> bool:
        try:
            self.file.write(self.ws, changes)
        except Exception as exc:  # a full disk or a vanished file: keep memory and file in step
            revert()
            self.error_occurred.emit(f"The change could not be saved to {self.file.path.name}: {exc}")
            return False
        return True

    def _replay(self, command: Command, undo: bool) -> None:
        changes = command.undo(self.ws) if undo else command.apply(self.ws)
        revert = (lambda: command.apply(self.ws)) if undo else (lambda: command.undo(self.ws))
        if self._store(changes, revert):
            self.changes_applied.emit(changes)

    def close(self) -> None:
        self.undo_stack.clear()
        self.file.close()


class _UndoStep(QUndoCommand):
    """One command on the undo stack; the first redo is skipped because `Controller.run` already applied it."""

    def __init__(self, controller: Controller, command: Command) -> None:
        super().__init__(command.text)
        self.controller = controller
        self.command = command
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.controller._replay(self.command, undo=False)

    def undo(self) -> None:
        self.controller._replay(self.command, undo=True)
