"""`HistoryView`: the History panel. The changes the workspace keeps, grouped by day, filtered by a project or a
person (or one task, `show_task`); selecting one shows what it did, field: before → after, with the dates it moved
downstream. It only reads: undoing is the window's Undo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.core.history import fields_changed, name_of
from planner.core.i18n import plural, tr
from planner.core.value_text import value_text
from planner.reports import formats
from planner.store.history import HistoryError
from planner.store.workspace_file import WorkspaceError, WorkspaceFile
from planner.ui import dialogs
from planner.ui.controller import Controller
from planner.ui.guard import guarded
from planner.ui.history.model import ROLE_CHANGE, HistoryModel
from planner.ui.models.task_filter import TaskFilterProxy
from planner.ui.widgets import NoTaskSelection


class HistoryView(NoTaskSelection, QWidget):
    name = "history"
    title = "History"
    icon_name = "undo"

    current_task_changed = Signal(object)  # the interface every view offers; the panel selects no tasks
    context_menu_requested = Signal(object)
    compare_requested = Signal(int)  # the plan now against the moment right after this change (its id)
    moment_requested = Signal(int)  # the plan as it was right after this change, in front of every view
    restore_requested = Signal(int)  # the tasks this change touched set back as they were before it

    def __init__(self, proxy: TaskFilterProxy, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = HistoryModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)  # lets the view lay out 100,000 rows without asking each one's size
        self.tree.selectionModel().currentChanged.connect(self._show_change)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._change_menu)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(tr("History", "Select a change to see what it did"))
        self.details.setAccessibleName(tr("History", "What the change did"))
        self.tree.setAccessibleName(tr("History", "Changes by day"))
        self.filter = QComboBox(self)
        self.filter.setMinimumContentsLength(24)
        self.filter.setAccessibleName(tr("History", "Show changes to"))
        self.filter.currentIndexChanged.connect(lambda _: self.reload())
        self.summary = QLabel(self)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 0)
        bar.addWidget(QLabel(tr("History", "Show changes to"), self))
        bar.addWidget(self.filter)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._stale = True
        self._reader: WorkspaceFile | None = None
        controller.changes_applied.connect(self._changes_applied)
        self._fill_filter()

    @property
    def history(self):
        """The open file's history; for a workspace opened only to read it, the history of a read-only
        connection of the panel's own (None if even that cannot be opened)."""
        if self.controller.file is not None:
            return self.controller.file.history
        if self._reader is None:
            try:
                self._reader = WorkspaceFile.open_read_only(self.controller.session.path)
            except WorkspaceError:
                return None
            self.destroyed.connect(self._reader.close)
        return self._reader.history

    # -- the interface every view offers -----------------------------------------------------------------
    def apply_scope(self) -> None:
        if self._stale:
            self.reload()

    @guarded
    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    # -- filling -----------------------------------------------------------------------------------------
    def _fill_filter(self, task_id: int | None = None) -> None:
        ws = self.controller.ws
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(tr("History", "everything"), "")
        if task_id is not None and task_id in ws.tasks:
            self.filter.addItem(
                tr("History", "the task “{title}”").format(title=ws.tasks[task_id].title), f"task:{task_id}"
            )
        for project in ws.ordered("project"):
            self.filter.addItem(
                tr("History", "the project “{name}”").format(name=project.name), f"project:{project.id}"
            )
        for person in sorted(ws.people.values(), key=lambda p: p.name.casefold()):
            self.filter.addItem(tr("History", "the work of {name}").format(name=person.name), f"person:{person.id}")
        self.filter.setCurrentIndex(1 if task_id is not None and self.filter.count() > 1 else 0)
        self.filter.blockSignals(False)

    def show_task(self, task_id: int) -> None:
        """Show only the changes to one task."""
        self._fill_filter(task_id)
        self.reload()

    def filter_by(self, key: str) -> None:
        """Show only the changes concerning `key` ("project:3", "person:7", "task:12"); "" for all."""
        found = self.filter.findData(key)
        if found < 0 and key.startswith("task:"):
            self.show_task(int(key[5:]))
            return
        self.filter.setCurrentIndex(max(found, 0))

    def reload(self) -> None:
        self._stale = False
        if self.history is None or not self.history.available:
            self.model.load([], list)
            problem = self.history.problem if self.history is not None else tr("History", "the file cannot be read")
            self.summary.setText(tr("History", "History unavailable: {problem}").format(problem=problem))
            return
        key = self.filter.currentData() or ""
        self.model.load(self.history.days(key), lambda day: self.history.day(day, key))
        count = self.model.change_count()
        self.summary.setText(plural("%n change(s)", None, count))
        if self.model.rowCount():  # the newest day open, its newest change shown
            newest_day = self.model.index(0, 0)
            self.tree.expand(newest_day)
            self.tree.setCurrentIndex(self.model.index(0, 0, newest_day))
        self._show_change(self.tree.currentIndex())

    def change_menu(self, change: int) -> QMenu:
        """What can be done with a change's moment: the plan as it was then, or now compared with it."""
        menu = QMenu(self)
        menu.addAction(tr("History", "Show the Plan as It Was Then"), lambda: self.moment_requested.emit(change))
        menu.addAction(tr("History", "Compare Now With This Moment"), lambda: self.compare_requested.emit(change))
        menu.addSeparator()
        menu.addAction(tr("History", "Restore Its Tasks as They Were Before It"),
                       lambda: self.restore_requested.emit(change))  # fmt: skip
        return menu

    def _change_menu(self, position) -> None:
        change = self.tree.indexAt(position).data(ROLE_CHANGE)
        if change is not None:
            dialogs.show_menu(self.change_menu(change), self.tree.viewport().mapToGlobal(position))

    def _changes_applied(self, changes) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _show_change(self, index) -> None:
        ident = index.data(ROLE_CHANGE) if index.isValid() else None
        if ident is None or self.history is None:
            self.details.clear()
            return
        try:
            entry = self.history.entry(ident)
        except HistoryError as exc:
            self.details.setPlainText(str(exc))
            return
        self.details.setPlainText(describe(entry, self.controller.ws) if entry is not None else "")


def describe(entry, ws) -> str:
    """What a change did, a line per object and one per field, each value as a person reads it:
    “Brief”: duration: 1d → 2d; people by name, dates as dates, "—" for none."""
    lines = [f"{formats.long_day(entry.at)}, {formats.clock(entry.at)}: {entry.label}"]
    for change in entry.objects:
        if change.kind == "rule_log":  # the rule's own log line; Edit ▸ Rules… shows it, the task's change is here
            continue
        what = tr("History", "{kind} “{name}”").format(kind=_kind_name(change.kind), name=name_of(change, ws))
        if change.before is None:
            lines.append(tr("History", "{what} created").format(what=what))
        elif change.after is None:
            lines.append(tr("History", "{what} deleted").format(what=what))
        else:
            lines.append(f"{what}:")
            for field, (before, after) in fields_changed(change).items():
                shown = (value_text(field, before, ws), value_text(field, after, ws))
                lines.append(f"    {field.replace('_', ' ')}: {shown[0]} → {shown[1]}")
    return "\n".join(lines)


def _kind_name(kind: str) -> str:
    """What a stored object is, in words (planner.core.model.KINDS)."""
    names = {
        "calendar": tr("History", "calendar"),
        "area": tr("History", "area"),
        "project": tr("History", "project"),
        "status": tr("History", "status"),
        "person": tr("History", "person"),
        "label": tr("History", "label"),
        "task": tr("History", "task"),
        "dependency": tr("History", "dependency"),
        "status_change": tr("History", "status change"),
        "target": tr("History", "target"),
        "deliverable": tr("History", "deliverable"),
        "success_criterion": tr("History", "success criterion"),
        "risk": tr("History", "risk"),
        "stakeholder": tr("History", "stakeholder"),
        "interaction": tr("History", "interaction"),
        "expense": tr("History", "expense"),
        "time_entry": tr("History", "time entry"),
        "baseline": tr("History", "baseline"),
        "template": tr("History", "template"),
        "rule": tr("History", "rule"),
    }
    return names.get(kind, kind.replace("_", " "))
