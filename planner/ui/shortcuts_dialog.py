"""Help ▸ Keyboard Shortcuts (every action with a key: the window's and those of the view in front, read from
their QActions so the list cannot drift from the keys) and F1, a few lines on the view in front."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from planner.core.i18n import tr
from planner.ui import dialogs


def _view_help() -> dict[str, str]:
    """What each view is for and how to use it without a mouse; its own keys are listed after it."""
    return {
        "table": tr(
            "ShortcutsDialog",
            "The tasks as rows. Arrows move between cells; Ctrl+N adds a task below the selected one.",
        ),
        "people": tr(
            "ShortcutsDialog", "The people and their roles, rates and load. Drag people onto Gantt bars or board cards."
        ),
        "board": tr(
            "ShortcutsDialog",
            "The tasks as cards in columns. Arrows move between cards, Enter opens one, Ctrl+←/→ moves it to "
            "another column and Ctrl+↑/↓ within its column.",
        ),
        "calendar": tr(
            "ShortcutsDialog",
            "Tasks on their days. Arrows move the selected day; Enter opens the task there (or creates one "
            "on an empty day); Delete deletes it; Ctrl+arrows move it by a day or a week.",
        ),
        "gantt": tr(
            "ShortcutsDialog",
            "The tasks as bars on a timeline. ↑/↓ move the selection; Alt+arrows move or stretch the bar; "
            "Ctrl+L links the selected tasks, or the one selected to a task you choose.",
        ),
        "usage": tr("ShortcutsDialog", "Each person's work by day or week, and where they are over-allocated."),
        "dashboard": tr("ShortcutsDialog", "The project's figures and charts at a glance."),
        "project": tr("ShortcutsDialog", "One project: its summary, milestones and risks."),
    }


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    """(where, action, keys) for every action with a key: the window's, then the front view's own."""
    rows = []
    for action in window.findChildren(QAction):
        if action.shortcuts() and action.text():
            rows.append((tr("ShortcutsDialog", "Window"), _plain(action.text()), _keys(action)))
    rows.sort(key=lambda row: row[1].lower())
    view = window.view()
    title = tr("Views", getattr(view, "title", "View"))
    rows += [(title, _plain(a.text()), _keys(a)) for a in getattr(view, "key_actions", [])]
    return rows


def _keys(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ShortcutsDialog", "Keyboard Shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [tr("ShortcutsDialog", "Where"), tr("ShortcutsDialog", "Action"), tr("ShortcutsDialog", "Keys")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.addTopLevelItems([QTreeWidgetItem(list(row)) for row in rows])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(560, 600)

    def rows(self) -> list[tuple[str, str, str]]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [(item.text(0), item.text(1), item.text(2)) for item in items]


def show_shortcuts(window) -> None:
    dialogs.run(ShortcutsDialog(shortcut_rows(window), window))


def show_view_help(window) -> None:
    """F1: what the view in front is for, and its own keys."""
    view = window.view()
    text = _view_help().get(getattr(view, "name", ""), "")
    keys = [f"{_keys(a)}: {_plain(a.text())}" for a in getattr(view, "key_actions", [])]
    if keys:
        text += "\n\n" + "\n".join(keys)
    text += "\n\n" + tr("ShortcutsDialog", "Help ▸ Keyboard Shortcuts lists every key.")
    title = tr("Views", getattr(view, "title", "Planner"))
    dialogs.tell(window, tr("ShortcutsDialog", "{view}: help").format(view=title), text)
