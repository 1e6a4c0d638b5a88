"""The status bar's part for a server workspace: the connection's state (connected, or reconnecting and read-only
until then) and who else changed what lately ("Maya on ws-3 changed “Design” · 2 min ago"), the last few listed
in its tooltip and its accessible description. Hidden for a local file.

Plain labels in the palette's colours (the state is said in words, with no colour of its own), so it reads alike
light and dark.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from planner.core.i18n import plural, tr
from planner.session import Incoming

REFRESH_MS = 30_000  # "2 min ago" is said again every half minute


def ago(then: datetime, now: datetime) -> str:
    """How long before `now` `then` was, as the status bar says it."""
    minutes = int((now - then).total_seconds() // 60)
    if minutes < 1:
        return tr("Server", "just now")
    if minutes < 60:
        return plural("%n min ago", None, minutes)
    return plural("%n hour(s) ago", None, minutes // 60)


def incoming_text(change: Incoming, now: datetime) -> str:
    """One other client's change in a line: who, what, and how long ago."""
    who = change.by or tr("Server", "Someone")
    if change.name and change.count <= 1:
        text = tr("Server", "{who} changed “{name}”").format(who=who, name=change.name)
    elif change.name:
        more = plural("%n more", None, change.count - 1)
        text = tr("Server", "{who} changed “{name}” and {more}").format(who=who, name=change.name, more=more)
    else:
        text = tr("Server", "{who}: {label}").format(who=who, label=change.label)
    return tr("Server", "{text} · {ago}").format(text=text, ago=ago(change.at, now))


class ServerStatus(QWidget):
    """The connection's state and the latest incoming change of the window's server workspace."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = None
        self.now = datetime.now  # what "ago" counts from (a test sets it)
        self.state = QLabel()
        self.state.setAccessibleName(tr("Server", "Server connection"))
        self.latest = QLabel()
        self.latest.setAccessibleName(tr("Server", "Other people's changes"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.latest)
        layout.addWidget(self.state)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.hide()

    def watch(self, controller) -> None:
        """Follow `controller`'s workspace (hidden unless it is on a server)."""
        if self.controller is not None:
            self.controller.changes_applied.disconnect(self.refresh)
            self.controller.connection_changed.disconnect(self.refresh)
        self.controller = controller
        on_server = controller.session.on_server
        if on_server:
            controller.changes_applied.connect(self.refresh)
            controller.connection_changed.connect(self.refresh)
            self._timer.start()
        else:
            self._timer.stop()
        self.setVisible(on_server)
        self.refresh()

    def refresh(self, *_changes) -> None:
        session = self.controller.session if self.controller is not None else None
        if session is None or not session.on_server:
            return
        if session.offline:
            state = tr("Server", "Reconnecting… read-only until the server is back")
            self.state.setToolTip(session.offline)
        else:
            state = tr("Server", "Connected")
            self.state.setToolTip(tr("Server", "Connected to {name}").format(name=session.file.name))
        self.state.setText(state)
        self.state.setAccessibleDescription(self.state.toolTip())
        now = self.now()
        lines = [incoming_text(change, now) for change in session.incoming]
        self.latest.setText(lines[0] if lines else "")
        self.latest.setVisible(bool(lines))
        listed = "\n".join(lines)
        self.latest.setToolTip(listed)
        self.latest.setAccessibleDescription(listed)
