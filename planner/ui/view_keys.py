"""`ViewKeys`: the keys a view handles itself while it has the focus (the calendar's arrows, the Gantt's
Alt+arrows), each a QAction so that Help ▸ Keyboard Shortcuts lists it with the window's own actions.

Why not plain widget shortcuts: a view's key and a window action on the same key (Alt+Shift+→ stretches a bar in
the Gantt's chart but indents elsewhere; Ctrl+P) make Qt's shortcut "ambiguous" and then neither runs. Here the
focused view claims its keys at the ShortcutOverride event, before the window's shortcuts are looked at, and runs
the action at the key press, before the focused widget (a tree that would move its cursor) sees it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from planner.ui.guard import guarded


class ViewKeys(QObject):
    def __init__(self, parent: QWidget, watched: list[QWidget], focus_changed=None) -> None:
        """`focus_changed` is called when a watched widget gains or loses the focus: the view repaints the focus
        mark it draws on its selected item."""
        super().__init__(parent)
        self.actions: list[QAction] = []
        self.focus_changed = focus_changed
        for widget in watched:
            widget.installEventFilter(self)

    def add(self, text: str, keys: list[str], slot) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _=False: slot())
        self.actions.append(action)
        return action

    def action_for(self, event) -> QAction | None:
        # Arrows come with the keypad modifier on some systems; a shortcut is written without it.
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
        for action in self.actions:
            if action.isEnabled() and pressed in action.shortcuts():
                return action
        return None

    @guarded
    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and self.focus_changed is not None:
            # A view destroyed with the focus in it: the widget whose focus mark is repainted may be gone already.
            owner = getattr(self.focus_changed, "__self__", None)
            if owner is None or shiboken6.isValid(owner):
                self.focus_changed()
            return False
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        action = self.action_for(event)
        if action is None:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            action.trigger()
        return True
