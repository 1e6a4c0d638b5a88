"""`ComparisonPanel`: a comparison in the window, docked below the views: what it compares, each project's finish,
cost and work then and now, and a sortable table of the tasks added, removed and changed. Double-clicking a row
selects its task in the Gantt (or the table, when it is in front); the Gantt draws the earlier dates as ghost bars
until the panel closes.

`show_comparison(window, comparison, title)` is the one entry point: the History view, Edit ▸ Compare With… and
scenarios all show a comparison through it.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.compare import Comparison, ProjectChange
from planner.core.durations import format_work
from planner.core.i18n import plural, tr
from planner.core.value_text import date_text, days_text, money_text
from planner.ui.compare.model import SORT_ROLE, TASK_ROLE, ComparisonModel
from planner.ui.guard import guarded


class ComparisonPanel(QWidget):
    task_activated = Signal(int)  # a row double-clicked: its task's id
    closed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model: ComparisonModel | None = None
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText(tr("Compare", "Close"))
        self.close_button.setToolTip(tr("Compare", "Close the comparison and take the ghost bars away"))
        self.close_button.clicked.connect(self.closed)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(tr("Compare", "Tasks added, removed and changed"))
        self.table.doubleClicked.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)

    def set_comparison(self, comparison: Comparison, ws, title: str) -> None:
        """Show `comparison` (of `ws`, the workspace now, with something earlier), headed by `title`."""
        self.model = ComparisonModel(comparison, ws, self)
        self.proxy.setSourceModel(self.model)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the comparison's own order until a header click
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        count = len(comparison.tasks)
        differ = plural("%n task(s) differ", None, count)
        self.title.setText(tr("Compare", "{title} — {differ}").format(title=title, differ=differ) if count else
                           tr("Compare", "{title} — no task differs").format(title=title))  # fmt: skip
        lines = [project_text(change) for change in comparison.projects]
        self.totals.setText("\n".join(lines))
        self.totals.setVisible(bool(lines))

    def task_ids(self) -> list[int]:
        """The tasks of the rows, in the order shown (sorted as the person chose)."""
        return [self.proxy.index(r, 0).data(TASK_ROLE) for r in range(self.proxy.rowCount())]

    def _activated(self, index) -> None:
        if index.isValid():
            self.task_activated.emit(index.data(TASK_ROLE))


def project_text(change: ProjectChange) -> str:
    """A project's finish, cost and work then → now, with the difference: one line."""
    name = f"“{change.name}”"
    if change.then is None:
        return tr("Compare", "{project}: added").format(project=name)
    if change.now is None:
        return tr("Compare", "{project}: removed").format(project=name)
    then, now = change.then, change.now
    parts = []
    if then["finish"] != now["finish"]:
        moved = ""
        if then["finish"] and now["finish"]:
            moved = f" ({days_text((now['finish'] - then['finish']).total_seconds() / 86400)})"
        shown = (date_text(then["finish"]), date_text(now["finish"]))
        parts.append(tr("Compare", "finish {then} → {now}").format(then=shown[0], now=shown[1]) + moved)
    if then["cost"] != now["cost"]:
        shown = _delta(then["cost"], now["cost"], money_text)
        parts.append(tr("Compare", "cost {then} → {now} ({delta})").format(then=shown[0], now=shown[1], delta=shown[2]))
    if then["work"] != now["work"]:
        shown = _delta(then["work"], now["work"], format_work)
        parts.append(tr("Compare", "work {then} → {now} ({delta})").format(then=shown[0], now=shown[1], delta=shown[2]))
    return f"{name}: " + " · ".join(parts)


def _delta(then, now, text) -> tuple[str, str, str]:
    """`then`, `now` and their signed difference, each as `text` writes it."""
    delta = now - then
    return text(then), text(now), ("+" if delta > 0 else "−") + text(abs(delta))


class ComparisonDock(QDockWidget):
    """The window's dock for the comparison panel; closing it takes the ghost bars away."""

    def __init__(self, window) -> None:
        super().__init__(tr("Compare", "Comparison"), window)
        self.setObjectName("ComparisonDock")
        self.window_ = window
        self.panel = ComparisonPanel(self)
        self.setWidget(self.panel)
        self.panel.closed.connect(self.close)
        self.panel.task_activated.connect(lambda task_id: select_task(window, task_id))

    @guarded
    def closeEvent(self, event) -> None:
        gantt = self.window_.views.get("gantt")  # not built for this
        if gantt is not None:
            gantt.set_ghosts({})
        super().closeEvent(event)


def show_comparison(window, comparison: Comparison, title: str) -> ComparisonPanel:
    """Show `comparison` (the window's workspace now against something earlier) in the window's comparison panel,
    opened below the views, and its earlier dates as ghost bars in the Gantt. Returns the panel."""
    dock = window.findChild(ComparisonDock)
    if dock is None:
        dock = ComparisonDock(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.panel.set_comparison(comparison, window.controller.ws, title)
    dock.show()
    window.views["gantt"].set_ghosts(comparison.ghosts())
    return dock.panel


def close_comparison(window) -> None:
    """Close the window's comparison, if one is open (another workspace opened: its ids mean something else)."""
    dock = window.findChild(ComparisonDock)
    if dock is not None:
        dock.close()


def select_task(window, task_id: int) -> None:
    """Select a compared task in the Gantt, or in the table when the table is in front; a task no longer in the
    plan is said so in the status bar."""
    task = window.controller.ws.tasks.get(task_id)
    if task is None:
        window.statusBar().showMessage(tr("Compare", "That task is no longer in the plan"), 5000)
        return
    if window.current_view not in ("gantt", "table"):
        window.show_view("gantt")
    container = ("project", task.project_id) if task.project_id is not None else ("area", task.area_id)
    window.sidebar.select_scope(container)
    window.view().select_task(task_id)
