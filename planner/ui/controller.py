"""The controller: the window's adapter over a `Session`. Each edit the session runs becomes an entry on a
QUndoStack (for Qt's undo actions), and what it changed goes to every Qt model as a signal. Views and models
never change the workspace any other way; the pipeline itself (routines, rescheduling, the write, the undo
lists) is the session's.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack

from planner.core.changes import Changes
from planner.core.command import Command
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.progress import Watcher, watching
from planner.core.rules import RunDateRules, due_firings
from planner.session import Session
from planner.store.server_workspace import ConflictError
from planner.store.workspace_file import WorkspaceError
from planner.ui.guard import guarded

RECONNECT_MS = 5000  # how often a server workspace that lost its connection tries again


class Controller(QObject):
    """Puts one session's steps on an undo stack and announces what they changed."""

    changes_applied = Signal(object)  # Changes, after the file has them
    schedule_changed = Signal()  # early and late dates, slack or the critical path may have moved
    error_occurred = Signal(str)
    notice = Signal(str)  # something to tell the user that is no refusal (a rule stopped from acting)
    # A server refused an edit because someone changed the same thing first: why, and a callable making it again
    # on their version (the window offers it beside the message).
    conflict = Signal(str, object)
    connection_changed = Signal()  # a server workspace's connection was lost (read-only) or is back

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
        # A server workspace: other clients' changes come in as their notices arrive; a lost connection is
        # retried every few seconds.
        self._notifier: QSocketNotifier | None = None
        self._input_after_paint = False
        self._watched: list = []  # the windows (QWindow) watched for the first key or button press
        self._backup_after_paint = False
        self._retry = QTimer(self)
        self._retry.setInterval(RECONNECT_MS)
        self._retry.timeout.connect(self._reconnect)
        if session.on_server:
            self._watch()

    def _watch(self) -> None:
        listener = self.session.file.listen()
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.bring_in)

    def bring_in(self) -> bool:
        """Show what other clients changed in a server workspace (as a local edit's changes are shown)."""
        try:
            changes = self.session.bring_in()
        except WorkspaceError as exc:
            self._lost(str(exc))
            return False
        if changes:
            self._publish(changes)
        return bool(changes)

    def _lost(self, message: str) -> None:
        self._lost_quietly()
        self.error_occurred.emit(message)

    def _lost_quietly(self) -> None:
        """Stop listening and retry the connection every few seconds (the refusal already said why)."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        self._retry.start()
        self.connection_changed.emit()

    def _reconnect(self) -> None:
        try:
            changes = self.session.reconnect()
        except WorkspaceError:
            return  # still unreachable: tried again at the next tick
        self._retry.stop()
        self._watch()
        self.connection_changed.emit()
        self._publish(changes)
        self.notice.emit(tr("Server", "Connected to the server again; the workspace is up to date."))

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

    @property
    def known_warnings(self) -> dict[int, str] | None:
        """The scheduler's warnings (task id -> text) if found since the last change, else None (`warnings_soon`)."""
        return self.session.known_warnings

    def schedule_soon(self) -> None:
        """Compute the schedule once the window has painted: what shows slack (the editor) waits for
        `schedule_changed` instead of delaying a paint (~45–60 ms at 10,500 tasks with people)."""
        QTimer.singleShot(0, self, lambda: self.schedule)

    def edits_soon(self) -> None:
        """On the first sign that an edit is coming (a cell's editor opened): once the current events are served,
        the schedule computed if no view needed it yet (an open with the editor folded does not schedule) and
        compared with the stored dates (`Session.prepare_edits`), so that the edit's reschedule updates it: ~30 ms
        at 10,500 tasks rather than ~85 for computing the whole plan and comparing every task."""
        QTimer.singleShot(0, self, self._prepare_edits)

    def edits_soon_on_first_input(self) -> None:
        """Take the person's first key or button press after the open (a shortcut's Ctrl or Alt, a task clicked)
        as a sign that an edit is coming (`edits_soon`): a first command given by a shortcut, with no editor or
        menu opened before it, then finds the schedule readied. Watched until then only, as an application's event
        filter sees every event of every widget. And only once the window has painted the workspace (`painted`):
        through Python each event costs ~10 µs, ~15 ms of CPU over the ~1,200 events of an open. Not on a timer: one
        firing after the open's last work made CPU time of its own that long after it (~0.2 ms, ~170 ms later).
        Never for a session that only reads (a screenshot's): no edit is coming, and its ~330 events would be
        watched.

        Watched on the windows (`QWindow`), which receive every key and button press before their widgets do, not on
        the application: its filter also sees the events of Qt's own objects, and the first of them (Qt's animation
        timer, of a class PySide6 does not know) made PySide6 try every QObject class it has in turn, making 128
        classes' Python enums (~14 ms of CPU, right after the first paint)."""
        self._input_after_paint = not self.session.read_only

    def _watch_input(self) -> None:
        if self._input_after_paint:  # not released since the paint
            self._input_after_paint = False
            self._watched = QGuiApplication.topLevelWindows()
            for window in self._watched:
                window.installEventFilter(self)

    def _unwatch_input(self) -> None:
        for window in self._watched:
            with suppress(RuntimeError):  # a window closed since
                window.removeEventFilter(self)
        self._watched = []

    @guarded
    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self._unwatch_input()
            self.edits_soon()
        return False

    def _prepare_edits(self) -> None:
        self.schedule  # noqa: B018 -- announced to what waits for it, when computed here
        self.session.prepare_edits()

    def back_up_after_paint(self) -> None:
        """Back the workspace up once the window has first painted it (`painted`): a backup is a copy of the whole
        file (~10 ms at 10,500 tasks, when it changed since the newest backup) and must not delay the window."""
        self._backup_after_paint = True

    def painted(self) -> None:
        """The window has painted this workspace for the first time: what waits for that follows at once (its
        warnings, its backup, the watch for a first key), not after a delay that would only make an open end later."""
        self.warnings_soon()
        if self._backup_after_paint:
            self._backup_after_paint = False
            QTimer.singleShot(0, self, self.session.backup)
        if self._input_after_paint:
            QTimer.singleShot(0, self, self._watch_input)

    def warnings_soon(self) -> None:
        """Find the scheduler's warnings (the table's icons) once the window has painted, without the schedule when
        a check shows there are none (~10 ms at 10,500 tasks); else the schedule says them, announced by
        `schedule_changed`. So an open that shows no slack, no schedule column and no Gantt never schedules."""
        QTimer.singleShot(0, self, self._find_warnings)

    def _find_warnings(self) -> None:
        if self.session.known_warnings is not None:
            return  # found since the last change, and announced then
        found = self.session.warnings  # the quick check, and the schedule only when the check cannot rule them out
        if found or self.session.known_schedule is not None:
            self.schedule_changed.emit()  # the schedule was computed: it says what the warnings are

    def run(self, command: Command) -> bool:
        """Run `command` through the session and put it on the undo stack; on refusal, say why and change
        nothing."""
        return self._take(lambda: self.session.run(command), again=lambda: self.run(command))

    def run_watched(self, command: Command, watcher: Watcher) -> bool:
        """`run` for a long command (an import) whose phases `watcher` shows, serving the window's events from
        inside the run: what would reach the session meanwhile (the date rules at midnight, a server's notices)
        waits until it ends. Raises Cancelled when the watcher stopped it, the workspace, its file and the undo
        stack then as they were."""
        midnight = self._midnight.isActive()
        self._midnight.stop()
        notifier = self._notifier
        if notifier is not None:
            notifier.setEnabled(False)
        try:
            with watching(watcher):
                return self.run(command)
        finally:
            if midnight:
                self._arm_midnight()
            if notifier is not None and notifier is self._notifier:
                notifier.setEnabled(True)

    def run_date_rules(self) -> bool:
        """Run the date rules owed up to today. While the window is open this is an undo step like any other: an
        undo of an earlier step restores its tasks as they were, so it must come after what the rules changed."""
        if self.session.read_only or not due_firings(self.ws, self.today())[1]:
            return False
        return self.run(RunDateRules(self.today()))

    def hold_date_rules(self, held: bool) -> None:
        """Stop running the date rules at midnight (the workspace is kept open behind a moment of its history,
        which shares its objects: nothing may change them meanwhile), or start again."""
        if held:
            self._midnight.stop()
        else:
            self._arm_midnight()

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

    def adopt(self, scenario_id: int, discard: bool) -> bool:
        """Adopt a scenario into the live plan (which must be in front) as one undoable step."""
        return self._take(lambda: self.session.adopt(scenario_id, discard))

    def delete_project(self, project_id: int, discard_scenarios: bool) -> bool:
        """Delete a live project as one undoable step, its scenarios discarded in the same change or kept."""
        return self._take(lambda: self.session.delete_project(project_id, discard_scenarios))

    def _take(self, step, refused: str = "", again=None) -> bool:
        """Run `step` (a session call that makes one undo step) and put that step on the undo stack. When a server
        refuses it as a conflict, `again` (if given) is offered to make it again on the other person's version."""
        try:
            changes = step()
        except ConflictError as exc:
            if again is None:
                self.error_occurred.emit(f"{refused}{exc}")
            else:
                self.conflict.emit(f"{refused}{exc}", again)
            self._after_refusal()
            return False
        except (ValidationError, WorkspaceError) as exc:
            self.error_occurred.emit(f"{refused}{exc}")
            self._after_refusal()
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
            self._after_refusal()
            return False
        if changes is not None:
            self._publish(changes)
        return True

    def _after_refusal(self) -> None:
        """A refusal by the server may have read in someone else's rows (a conflict), or lost the connection."""
        if self.session.on_server:
            if self.session.offline and not self._retry.isActive():
                self._lost_quietly()
            elif not self.session.offline:
                self.bring_in()

    def _publish(self, changes: Changes) -> None:
        self.changes_applied.emit(changes)
        if self.session.schedule_moved:
            self.schedule_changed.emit()

    def close(self) -> None:
        self.release()
        self.session.close()

    def release(self) -> None:
        """Stop serving the session, leaving it open (another controller takes it over: another plan in front)."""
        self._unwatch_input()
        self._midnight.stop()
        self._retry.stop()
        self._input_after_paint = False
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        self.undo_stack.clear()


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
