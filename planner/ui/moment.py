"""The plan as it was: a moment of the workspace's history in front of every view, read only.

`show_moment` rebuilds the moment (a date and time, or right after a change of the history), puts it in the
window through the same path as opening a workspace (`MainWindow.set_controller`), over a session that only
reads, and keeps the live workspace open behind it. A banner says what is in front; every action that changes
the workspace is off, and what a view edits by itself is refused by the session with a message. Nothing is
written. `back_to_now` (the banner's button, or Esc) puts the live workspace back, with its view, scope and
selection as they were.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

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
    """“As it was on 12 Nov 2026, 14:05 — read only”, with Back to Now (also Esc)."""

    def __init__(self, text: str, back, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("MomentBanner")
        self.text = QLabel(text, self)
        font = QFont(self.text.font())
        font.setBold(True)
        self.text.setFont(font)
        self.back_button = QPushButton(tr("Moment", "Back to Now"), self)
        self.back_button.setToolTip(tr("Moment", "Show the plan as it is now again (Esc)"))
        self.back_button.clicked.connect(back)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, back)
        self.escape.setContext(Qt.ShortcutContext.WindowShortcut)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
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
    session = Session(None, copy.deepcopy(then), path=live.session.path)  # its own: the live plan may still move
    session.today = live.session.today
    session.read_only_reason = tr("Moment", "{moment}: go Back to Now (Esc) to change the plan.").format(moment=text)
    kept = (window.current_view, window.sidebar.current_scope(), window.front_task())
    window.set_controller(Controller(session), keep_previous=True)
    banner = MomentBanner(text, lambda: back_to_now(window), window)
    window.add_banner(banner)
    window.moment = Moment(live, banner, *kept, text)
    window.set_read_only(True)
    window.setWindowTitle(f"{live.session.path.stem} — {text} — Planner")
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
    window.set_read_only(False)
    _put_back(window, moment.view, moment.scope, moment.task)


def _put_back(window, view: str, scope, task: int | None) -> None:
    if scope is not None:
        window.sidebar.select_scope(scope)
    window.show_view(view)
    if task is not None and task in window.controller.ws.tasks:
        window.view().select_task(task)
