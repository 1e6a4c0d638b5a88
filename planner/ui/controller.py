"""The controller: the window's adapter over a `Session`. Each edit the session runs becomes an entry on a
QUndoStack (for Qt's undo actions), and what it changed goes to every Qt model as a signal. Views and models
never change the workspace any other way; the pipeline itself (routines, rescheduling, the write, the undo
lists) is the session's.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.core.changes import Changes
from planner.core.command import Command
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.rules import RunDateRules, due_firings
from planner.session import Session
from planner.store.workspace_file import WorkspaceError
from planner.ui.guard import guarded


class Controller(QObject):
    """Puts one session's steps on an undo stack and announces what they changed."""

    changes_applied = Signal(object)  # Changes, after the file has them
    schedule_changed = Signal()  # early and late dates, slack or the critical path may have moved
    error_occurred = Signal(str)
    notice = Signal(str)  # something to tell the user that is no refusal (a rule stopped from acting)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = QUndoStack(self)
        # The changes the workspace's history can take back, from earlier sessions: undo reaches them too.
        for text in reversed(session.kept_undo_texts()):
            self.undo_stack.push(_UndoStep(self, text))
        # Date rules run at open (the session) and at each midnight while the window is open.
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self._at_midnight)
        self._arm_midnight()

    @property
    def ws(self):
        return self.session.ws

    @property
    def file(self):
        return self.session.file

    @property
    def today(self):
        return self.session.today

    @today.setter
    def today(self, clock) -> None:
        self.session.today = clock

    @property
    def schedule(self):
        """The current critical-path schedule; what a stored workspace holds that the engine could not take as
        it is (a loop from an old file) is in its `warnings`, shown by the table and the Gantt. Computed here if
        no one has yet, then announced (after this call) to what waits for it (see `schedule_soon`)."""
        if self.session.known_schedule is None:
            QTimer.singleShot(0, self, self.schedule_changed.emit)
        return self.session.schedule

    @property
    def known_schedule(self):
        """The schedule if already computed, else None (see `schedule_soon`)."""
        return self.session.known_schedule

    def schedule_soon(self) -> None:
        """Compute the schedule once the window has painted: what only shows slack and the scheduler's warnings
        (the editor, the table's warning icons) waits for `schedule_changed` instead of delaying the first paint
        (~60–90 ms at 10,500 tasks with people)."""
        QTimer.singleShot(0, self, lambda: self.schedule)

    def run(self, command: Command) -> bool:
        """Run `command` through the session and put it on the undo stack; on refusal, say why and change
        nothing."""
        return self._take(lambda: self.session.run(command))

    def run_date_rules(self) -> bool:
        """Run the date rules owed up to today. While the window is open this is an undo step like any other: an
        undo of an earlier step restores its tasks as they were, so it must come after what the rules changed."""
        if self.session.read_only or not due_firings(self.ws, self.today())[1]:
            return False
        return self.run(RunDateRules(self.today()))

    def _at_midnight(self) -> None:
        self.run_date_rules()
        self._arm_midnight()

    def _arm_midnight(self) -> None:
        next_day = datetime.combine(date.today() + timedelta(days=1), time(0, 0, 5))
        self._midnight.start(max(1000, int((next_day - datetime.now()).total_seconds() * 1000)))

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def clear_history(self) -> None:
        self.undo_stack.clear()
        self.session.clear_history()

    def restore(self, backup) -> bool:
        """Make the workspace what `backup` holds, as one undoable step."""
        return self._take(lambda: self.session.restore(backup), tr("Controller", "The backup could not be restored: "))

    def _take(self, step, refused: str = "") -> bool:
        """Run `step` (a session call that makes one undo step) and put that step on the undo stack."""
        try:
            changes = step()
        except (ValidationError, WorkspaceError) as exc:
            self.error_occurred.emit(f"{refused}{exc}")
            return False
        self.undo_stack.push(_UndoStep(self, self.session.undo_text))
        self._publish(changes)
        for notice in self.session.rule_notices:
            self.notice.emit(notice)
        return True

    def _replay(self, undo: bool) -> bool:
        try:
            changes = self.session.undo() if undo else self.session.redo()
        except WorkspaceError as exc:
            self.error_occurred.emit(str(exc))
            return False
        if changes is not None:
            self._publish(changes)
        return True

    def _publish(self, changes: Changes) -> None:
        self.changes_applied.emit(changes)
        if self.session.schedule_moved:
            self.schedule_changed.emit()

    def close(self) -> None:
        self._midnight.stop()
        self.undo_stack.clear()
        self.session.close()


class _UndoStep(QUndoCommand):
    """One session step on Qt's undo stack. The first redo is skipped because the session already ran it.

    When the session cannot write an undo (or redo), memory and file stay as they were, so the stack is put
    back where it was: the step is marked to skip the call that puts it back.
    """

    def __init__(self, controller: Controller, text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self._skip = True

    @guarded
    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        if not self.controller._replay(undo=False):
            self._put_back(self.controller.undo_stack.undo)

    @guarded
    def undo(self) -> None:
        if self._skip:
            self._skip = False
            return
        if not self.controller._replay(undo=True):
            self._put_back(self.controller.undo_stack.redo)

    def _put_back(self, move) -> None:
        self._skip = True
        QTimer.singleShot(0, move)  # not from inside the stack's own undo() or redo()
