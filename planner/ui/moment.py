"""The plan as it was: a moment of the workspace's history in front of every view, read only.

`show_moment` rebuilds the moment (a date and time, or right after a change of the history), puts it in the
window through the same path as opening a workspace (`MainWindow.set_controller`), over a session that only
reads, and keeps the live workspace open behind it. A banner says what is in front; every action that changes
the workspace is off, and what a view edits by itself is refused by the session with a message. Nothing is
written. `back_to_now` (the banner's button, or Esc) puts the live workspace back, with its view, scope and
selection as they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from planner.core.as_it_was import RestoreAsItWas
from planner.core.i18n import tr
from planner.session import Session
from planner.ui import theme
from planner.ui.compare import ask_moment, moment_name, rebuild_moment
from planner.ui.controller import Controller


@dataclass
class Moment:
    """What the window shows instead of the live workspace, and what to put back."""

    live: Controller
    banner: MomentBanner
    view: str
    scope: object
    task: int | None
    text: str


class MomentBanner(QFrame):
    """“As it was on 12 Nov 2026, 14:05 — read only”, with Restore This Task, Restore This Project and Back to
    Now (also Esc)."""

    def __init__(self, text: str, back, restore, parent=None) -> None:
        """`back()` goes back to now; `restore(whole_project)` restores the selected task or its project."""
        super().__init__(parent)
        self.setObjectName("MomentBanner")
        self.text = QLabel(text, self)
        font = QFont(self.text.font())
        font.setBold(True)
        self.text.setFont(font)
        self.back_button = QPushButton(tr("Moment", "Back to Now"), self)
        self.back_button.setToolTip(tr("Moment", "Show the plan as it is now again (Esc)"))
        self.back_button.clicked.connect(back)
        self.restore_task_button = QPushButton(tr("Moment", "Restore This Task"), self)
        self.restore_task_button.setToolTip(tr("Moment", "Set the selected task back as it was here, as one change"))
        self.restore_task_button.clicked.connect(lambda: restore(False))
        self.restore_project_button = QPushButton(tr("Moment", "Restore This Project"), self)
        self.restore_project_button.setToolTip(
            tr("Moment", "Set every task of the selected task's project back as it was here, as one change")
        )
        self.restore_project_button.clicked.connect(lambda: restore(True))
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, back)
        self.escape.setContext(Qt.ShortcutContext.WindowShortcut)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_task_button)
        layout.addWidget(self.restore_project_button)
        layout.addWidget(self.back_button)
        color = theme.accent()  # the theme's accent, light or dark: the banner reads in both
        self.setStyleSheet(
            f"QFrame#MomentBanner {{ background: rgba({color.red()},{color.green()},{color.blue()},48); "
            f"border: 2px solid {color.name()}; }}"
        )
        self.setAccessibleName(text)


def show_moment(window, at: datetime | None = None, change: int | None = None) -> bool:
    """Put the plan as it was at `at` (or right after the history's change `change`; neither: the person picks
    one) in front of every view of `window`, read only. Returns whether it is shown."""
    title = tr("Moment", "Show the plan as it was")
    if window.moment is not None:
        back_to_now(window)
    if at is None and change is None:
        picked = ask_moment(window, title)
        if picked is None:
            return False
        at, change = picked
    then = rebuild_moment(window, title, at, change)
    if then is None:
        return False
    live = window.controller
    name = moment_name(window, at, change) if change is not None else f"{at:%d %b %Y, %H:%M}"
    text = (tr("Moment", "As it was {moment} — read only") if change is not None else
            tr("Moment", "As it was on {moment} — read only")).format(moment=name)  # fmt: skip
    # The moment shares the objects no later change touched with the live workspace (a deep copy of 10,500 tasks
    # took 0.9 s): nothing changes the live one while the moment is in front, its date rules held till then.
    live.hold_date_rules(True)
    session = Session(None, then, path=live.session.path)
    session.today = live.session.today
    session.read_only_reason = tr("Moment", "{moment}: go Back to Now (Esc) to change the plan.").format(moment=text)
    kept = (window.current_view, window.sidebar.current_scope(), window.front_task())
    window.set_controller(Controller(session), keep_previous=True)
    banner = MomentBanner(text, lambda: back_to_now(window), lambda whole: restore_from_moment(window, whole), window)
    window.add_banner(banner)
    window.moment = Moment(live, banner, *kept, text)
    window.set_read_only(True)
    window.setWindowTitle(tr("Moment", "{file} — {moment} — Planner").format(file=live.session.path.stem, moment=text))
    _put_back(window, *kept)
    return True


def back_to_now(window) -> None:
    """Put the live workspace back in front, with the view, scope and task selected before the moment."""
    moment = window.moment
    if moment is None:
        return
    window.moment = None
    moment.banner.hide()
    moment.banner.deleteLater()
    window.set_controller(moment.live)  # closes the moment's read-only session
    moment.live.hold_date_rules(False)
    window.set_read_only(False)
    _put_back(window, moment.view, moment.scope, moment.task)


def restore_from_moment(window, whole_project: bool) -> bool:
    """Restore the task selected in the moment in front (or its project) as it was there, in the live workspace,
    and go back to now to show it."""
    task_id = window.front_task()
    ws = window.controller.ws
    if task_id is None or task_id not in ws.tasks:
        window.message_bar.show_message(tr("Moment", "Select a task of the plan as it was first"))
        return False
    project = ws.tasks[task_id].project_id
    if whole_project and project is None:
        window.message_bar.show_message(tr("Moment", "That task belongs to no project"))
        return False
    command = RestoreAsItWas(ws, project_id=project) if whole_project else RestoreAsItWas(ws, [task_id])
    back_to_now(window)
    return run_restore(window, command, task_id)


def restore_before_change(window, change: int) -> bool:
    """Restore the tasks a change of the history touched as they were before it (the History view's menu)."""
    title = tr("Restore", "Restore as it was")
    entry = window.controller.file.history.entry(change)
    then = rebuild_moment(window, title, change=change - 1) if entry is not None else None
    if then is None:
        return False
    tasks = sorted({c.ident for c in entry.objects if c.kind == "task" and c.ident in then.tasks})
    if not tasks:
        window.message_bar.show_message(tr("Restore", "Nothing to restore: the tasks of that change did not exist "
                                           "before it"))  # fmt: skip
        return False
    return run_restore(window, RestoreAsItWas(then, tasks), tasks[0])


def run_restore(window, command: RestoreAsItWas, task_id: int) -> bool:
    """Run a restore in the live workspace: say what it did and what it could not, select the task."""
    if not window.controller.run(command):
        return False
    shown = command.recreated.get(task_id, task_id)
    text = tr("Restore", "{what}: done (Undo takes it back).").format(what=command.text)
    if command.notes:
        text += " " + tr("Restore", "Not put back: {notes}").format(notes="; ".join(command.notes))
    window.message_bar.show_message(text)
    if shown in window.controller.ws.tasks and hasattr(window.view(), "select_task"):
        window.view().select_task(shown)
    return True


def _put_back(window, view: str, scope, task: int | None) -> None:
    if scope is not None:
        window.sidebar.select_scope(scope)
    window.show_view(view)
    if task is not None and task in window.controller.ws.tasks:
        window.view().select_task(task)
