"""`LabelsDialog`: the one place to manage labels. Every label with its colour and the number of tasks carrying
it; create, rename in place, recolour, merge and delete.

Each action is one command through the controller (undoable, saved at once); the list refills from every change
the controller announces, so an undo shows at once. A refused edit says why under the list.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from planner.core.changes import Changes
from planner.core.command import Batch
from planner.core.commands import AddObject, DeleteObject, EditObject
from planner.core.i18n import plural, tr
from planner.core.labels import MergeLabels, label_counts
from planner.ui import dialogs, theme
from planner.ui.chips import swatch
from planner.ui.controller import Controller
from planner.ui.guard import guarded

_ID = Qt.ItemDataRole.UserRole
NAME, TASKS = 0, 1


class _ReadOnly(QStyledItemDelegate):
    """The task count column: shown, never edited (the list's edit keys would open it otherwise)."""

    @guarded
    def createEditor(self, parent, option, index):
        return None


class LabelsDialog(QDialog):
    def __init__(self, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(tr("LabelsDialog", "Labels"))
        self.setMinimumSize(420, 420)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(tr("LabelsDialog", "New label"))
        self.new_name.setAccessibleName(tr("LabelsDialog", "New label"))
        self.new_name.returnPressed.connect(self.add_label)
        self.add_button = QPushButton(theme.icon("add"), tr("LabelsDialog", "Add"))
        self.add_button.clicked.connect(self.add_label)
        row.addWidget(self.new_name, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([tr("LabelsDialog", "Label"), tr("LabelsDialog", "Tasks")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setItemDelegateForColumn(TASKS, _ReadOnly(self.list))
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(TASKS, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemChanged.connect(self._renamed)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.list, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.warning_color().name()};")
        self.error.hide()
        layout.addWidget(self.error)
        actions = QHBoxLayout()
        self.color_button = QPushButton(tr("LabelsDialog", "Colour…"))
        self.color_button.clicked.connect(self.choose_color)
        self.rename_button = QPushButton(tr("LabelsDialog", "Rename"))
        self.rename_button.clicked.connect(self.rename)
        self.merge_button = QPushButton(tr("LabelsDialog", "Merge…"))
        self.merge_button.setToolTip(
            tr("LabelsDialog", "Merge the selected labels into one: their tasks get the label kept")
        )
        self.merge_button.clicked.connect(self.merge)
        self.delete_button = QPushButton(theme.icon("delete"), tr("LabelsDialog", "Delete…"))
        self.delete_button.clicked.connect(self.delete)
        for button in (self.color_button, self.rename_button, self.merge_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # A modal dialog keeps the window's Undo out of reach: it has its own, on the same undo stack.
        self.undo_button = buttons.addButton(tr("LabelsDialog", "Undo"), QDialogButtonBox.ButtonRole.ResetRole)
        self.undo_button.setIcon(theme.icon("undo"))
        self.undo_button.clicked.connect(controller.undo)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Undo, self, controller.undo)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.list, self.delete)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while typing a new name
        QShortcut(QKeySequence.StandardKey.Redo, self, controller.redo)
        controller.changes_applied.connect(self._changes_applied)
        controller.error_occurred.connect(self._refused)
        self.fill()

    # -- showing ---------------------------------------------------------------------------------
    def fill(self) -> None:
        """The labels by name, with their colour and task count; the selection kept where the labels still are."""
        ws = self.controller.ws
        chosen = set(self.selected_ids())
        self.list.blockSignals(True)
        self.list.clear()
        surface = self.list.palette().color(QPalette.ColorRole.Base)
        counts = label_counts(ws)
        for label in ws.ordered("label"):
            item = QTreeWidgetItem(self.list, [label.name, str(counts[label.id])])
            item.setData(NAME, _ID, label.id)
            item.setIcon(NAME, swatch(QColor(label.color), surface))
            item.setToolTip(NAME, f"{label.name} ({label.color})")
            item.setTextAlignment(TASKS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setSelected(label.id in chosen)
        self.list.blockSignals(False)
        self._selection_changed()

    def _changes_applied(self, changes: Changes) -> None:
        if changes.touches("label", "task"):
            self.fill()

    def _selection_changed(self) -> None:
        count = len(self.selected_ids())
        self.color_button.setEnabled(count > 0)
        self.rename_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count > 1)
        self.delete_button.setEnabled(count > 0)

    def _refused(self, reason: str) -> None:
        self.error.setText(reason)
        self.error.show()

    def selected_ids(self) -> list[int]:
        return [item.data(NAME, _ID) for item in self.list.selectedItems()]

    def item_of(self, label_id: int) -> QTreeWidgetItem | None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item.data(NAME, _ID) == label_id:
                return item
        return None

    def select(self, label_ids) -> None:
        wanted = set(label_ids)
        self.list.clearSelection()
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item.data(NAME, _ID) in wanted:
                item.setSelected(True)
                self.list.setCurrentItem(item, NAME, self.list.selectionModel().SelectionFlag.NoUpdate)

    # -- editing ---------------------------------------------------------------------------------
    def _run(self, command) -> bool:
        self.error.hide()
        return self.controller.run(command)

    def add_label(self) -> None:
        ws = self.controller.ws
        used = {label.color.casefold() for label in ws.labels.values()}
        free = [color for _, color in theme.LABEL_COLORS if color not in used]
        color = free[0] if free else theme.LABEL_COLORS[len(ws.labels) % len(theme.LABEL_COLORS)][1]
        command = AddObject("label", name=self.new_name.text(), color=color)
        if self._run(command):
            self.new_name.clear()
            self.select([command.id])

    def rename(self) -> None:
        """Start editing the name of the selected label, in its row."""
        ids = self.selected_ids()
        if len(ids) == 1:
            self.list.editItem(self.item_of(ids[0]), NAME)

    def _renamed(self, item: QTreeWidgetItem, column: int) -> None:
        label = self.controller.ws.labels.get(item.data(NAME, _ID))
        if column != NAME or label is None or item.text(NAME) == label.name:
            return
        if not self._run(EditObject("label", label.id, name=item.text(NAME))):
            self.fill()  # the name that stands, not the one refused (the reason shows below)

    def choose_color(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        surface = self.palette().color(QPalette.ColorRole.Window)
        for name, color in theme.LABEL_COLORS:
            menu.addAction(
                swatch(QColor(color), surface), theme.color_name(name), lambda c=color: self.set_color(ids, c)
            )
        menu.addSeparator()
        menu.addAction(tr("LabelsDialog", "Custom…"), lambda: self._custom_color(ids))
        dialogs.show_menu(menu, self.color_button.mapToGlobal(QPoint(0, self.color_button.height())))

    def _custom_color(self, ids: list[int]) -> None:
        current = QColor(self.controller.ws.labels[ids[0]].color)
        color = dialogs.choose_color(self, tr("LabelsDialog", "Label colour"), current)
        if color is not None:
            self.set_color(ids, color.name())

    def set_color(self, ids: list[int], color: str) -> None:
        commands = [EditObject("label", ident, color=color) for ident in ids]
        self._run(commands[0] if len(commands) == 1 else Batch(commands, tr("LabelsDialog", "Recolour labels")))

    def merge(self) -> None:
        ws = self.controller.ws
        labels = [ws.labels[ident] for ident in self.selected_ids()]
        if len(labels) < 2:
            return
        labels.sort(key=lambda label: label.name.casefold())
        names = [label.name for label in labels]
        question = plural(
            "Merge %n labels into one. Every task that has any of them gets the one kept:", None, len(labels)
        )
        choice = dialogs.ask_choice(self, tr("LabelsDialog", "Merge labels"), question, names)
        if choice is None:
            return
        keep = labels[names.index(choice)].id
        if self._run(MergeLabels([label.id for label in labels], keep)):
            self.select([keep])

    def delete(self) -> None:
        ws = self.controller.ws
        ids = self.selected_ids()
        if not ids:
            return
        losing = sum(1 for task in ws.tasks.values() if task.labels & set(ids))
        if len(ids) == 1:
            title = tr("LabelsDialog", "Delete label")
            question = plural("Delete the label “{name}”? %n task(s) lose it.", None, losing)
            question = question.format(name=ws.labels[ids[0]].name)
        else:
            title = tr("LabelsDialog", "Delete labels")
            question = plural("Delete {count} labels? %n task(s) lose one or more of them.", None, losing)
            question = question.format(count=len(ids))
        if not dialogs.ask_yes_no(self, title, question + tr("LabelsDialog", " You can undo this.")):
            return
        commands = [DeleteObject("label", ident) for ident in ids]
        self._run(commands[0] if len(commands) == 1 else Batch(commands, tr("LabelsDialog", "Delete labels")))
