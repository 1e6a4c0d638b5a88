"""`PeopleView`: the people sheet. Everyone in the workspace (people, materials and costs, as MS Project's resource
sheet) as rows to add, edit in place, sort, filter, delete and paste from a spreadsheet. Every change is one core
command run by the controller, so each is one undo step; the view keeps nothing but what it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.calendars import Calendar
from planner.core.command import Batch, Command
from planner.core.commands import AddObject, AddPeople, DeleteObject, EditObject, SetPersonCalendar
from planner.core.errors import ValidationError
from planner.core.i18n import plural, tr
from planner.core.model import Person
from planner.core.people import free_name, parse_people
from planner.ui import accessible, dialogs, theme
from planner.ui.controller import Controller
from planner.ui.guard import guarded
from planner.ui.models.task_filter import TaskFilterProxy
from planner.ui.people.delegate import PeopleDelegate
from planner.ui.people.model import EDIT_CALENDAR, Column, PeopleModel
from planner.ui.project.models import ROLE_ID, RecordFilterProxy
from planner.ui.widgets import NoTaskSelection, people_count
from planner.ui.working_time import WorkingTimeDialog


def _searchable(person: Person) -> str:
    return " ".join((person.name, person.initials, person.role, person.email, person.resource_type, person.notes))


class PeopleTable(QTableView):
    """The sheet itself: Insert adds a person, Delete deletes the selected ones, Ctrl+V pastes people. These keys
    are the window's shortcuts elsewhere (a new task, deleting tasks), so the sheet claims them while it has focus."""

    insert_pressed = Signal()
    delete_pressed = Signal()
    paste_pressed = Signal()

    def _signal_for(self, event):
        if event.matches(QKeySequence.StandardKey.Paste):
            return self.paste_pressed
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None
        return {Qt.Key.Key_Insert: self.insert_pressed, Qt.Key.Key_Delete: self.delete_pressed}.get(event.key())

    @guarded(default=False)
    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._signal_for(event) is not None:
            event.accept()  # the key comes to keyPressEvent instead of triggering the window's action
            return True
        return super().event(event)

    @guarded
    def keyPressEvent(self, event) -> None:
        signal = self._signal_for(event)
        if signal is None:
            super().keyPressEvent(event)
            return
        signal.emit()


_HEADER_PADDING = 16  # a header section's padding and border (theme.py's style sheet)


class PeopleView(NoTaskSelection, QWidget):
    name = "people"
    title = "People"
    icon_name = "people"

    current_task_changed = Signal(object)  # the interface every view offers; the sheet shows no tasks
    context_menu_requested = Signal(object)

    def __init__(self, proxy: TaskFilterProxy, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = PeopleModel(controller, self._command, self)
        self.rows = RecordFilterProxy(self.model, _searchable, self)
        self.table = PeopleTable(self)
        self.table.setModel(self.rows)
        self.table.setItemDelegate(PeopleDelegate(lambda: controller.ws, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setDefaultDropAction(Qt.DropAction.CopyAction)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for n, col in enumerate(self.model.columns):
            # At least as wide as its title: translated titles run longer than the English the widths were set for.
            title = header.fontMetrics().horizontalAdvance(col.title) + _HEADER_PADDING
            header.resizeSection(n, max(col.width, title))
        self.table.insert_pressed.connect(self.add_person)
        self.table.delete_pressed.connect(self.delete_selected)
        self.table.paste_pressed.connect(self.paste)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("People", "Filter people"))
        self.filter.setClearButtonEnabled(True)
        self.filter.addAction(theme.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter.setMaximumWidth(280)
        accessible.name_search_field(self.filter, tr("People", "Filter people"))
        self.filter.textChanged.connect(lambda text: self.rows.set_filter(text))
        self.add_button = _button(
            tr("People", "Add person"), "add", tr("People", "A new person (Insert)"), self.add_person
        )
        self.delete_button = _button(
            tr("People", "Delete"), "delete", tr("People", "Delete the selected people (Delete)"), self.delete_selected
        )
        self.calendar_button = _button(
            tr("People", "Calendar…"),
            "calendar",
            tr("People", "The selected person's own working time"),
            self.edit_calendar,
        )
        self.summary = QLabel(self)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 0)
        for widget in (self.add_button, self.delete_button, self.calendar_button, self.filter):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        controller.changes_applied.connect(self._changes_applied)
        self.model.modelReset.connect(self._update_summary)
        self._update_summary()

    @property
    def ws(self):
        return self.controller.ws

    def _changes_applied(self, changes) -> None:
        self.model.changes_applied(changes)

    def _update_summary(self) -> None:
        self.summary.setText(
            people_count(len(self.ws.people)) or tr("People", "No people yet: add one, or paste names")
        )

    # -- the interface every view offers: the sheet is the whole workspace's, whatever the scope ------------
    def apply_scope(self) -> None:
        return None

    # -- rows --------------------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        ids = [index.data(ROLE_ID) for index in sorted(rows, key=lambda i: i.row())]
        if not ids and self.table.currentIndex().isValid():
            ids = [self.table.currentIndex().data(ROLE_ID)]
        return [i for i in ids if i is not None]

    def select_person(self, person_id: int, column: Column = Column.NAME, edit: bool = False) -> None:
        row = self.model.row_of(person_id)
        if row < 0:
            return
        index = self.rows.mapFromSource(self.model.index(row, column))
        if not index.isValid():
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        if edit:
            self.table.setFocus()
            self.table.edit(index)

    # -- edits ---------------------------------------------------------------------------------------------
    def add_person(self) -> None:
        """A new person named "New person" (or the next free "New person N"), with the name ready to type over."""
        command = AddObject("person", name=free_name(self.ws))
        if self.controller.run(command):
            self.filter.clear()  # the new row must show, whatever was filtered
            self.select_person(command.id, edit=True)

    def paste(self) -> None:
        """People from the clipboard's text, one a line (tab-separated columns from a spreadsheet), in one step."""
        try:
            rows = parse_people(QGuiApplication.clipboard().text())
        except ValidationError as exc:
            self.controller.error_occurred.emit(str(exc))
            return
        if not rows:
            return
        command = AddPeople(rows)
        if self.controller.run(command):
            self.filter.clear()
            self.select_person(command.ids[0])

    def delete_selected(self) -> None:
        """Delete the selected people in one step. For each with assignments, ask whether their tasks lose them
        or go to someone else; the time they logged stays."""
        ids = self.selected_ids()
        commands: list[Command] = []
        for pid in ids:
            heir = self._ask_heir(pid, [other for other in self.model.ids if other not in ids])
            if heir is False:
                return
            commands.append(DeleteObject("person", pid, move_to=heir))
        if commands:
            self.controller.run(
                commands[0]
                if len(commands) == 1
                else Batch(commands, tr("People", "Delete {people}").format(people=people_count(len(ids))))
            )

    def _ask_heir(self, pid: int, others: list[int]) -> int | bool | None:
        """Who gets the tasks of `pid`: a person's id, None (nobody: they are taken off), or False (cancelled)."""
        count = self.model.assigned[pid]
        if not count:
            return None
        person = self.ws.people[pid]
        remove = plural("Remove them from %n task(s)", None, count)
        give = tr("People", "Give their tasks to {name}")
        heirs = {give.format(name=self.ws.people[o].name): o for o in others}
        question = plural("{name} is assigned to %n task(s). What happens to them?", None, count)
        question = question.format(name=person.name)
        logged = sum(e.minutes or 0 for e in self.ws.time_entries.values() if e.person_id == pid)
        if logged:
            hours = (
                tr("People", "1 hour")
                if logged == 60
                else tr("People", "{hours} hours").format(hours=f"{logged / 60:g}")
            )
            kept = tr("People", "Their logged time ({hours}) stays, no longer under anyone's name.")
            question += "\n\n" + kept.format(hours=hours)
        choice = dialogs.ask_choice(
            self, tr("People", "Delete {name}").format(name=person.name), question, [remove, *heirs]
        )
        if choice is None:
            return False
        return heirs.get(choice)

    def edit_calendar(self) -> None:
        ids = self.selected_ids()
        if ids:
            command = self._calendar_command(self.ws.people[ids[0]])
            if command is not None:
                self.controller.run(command)

    def _calendar_command(self, person: Person) -> Command | None:
        """The person's working time from the working-time dialog, or None when it is cancelled."""
        own = self.ws.calendars.get(person.calendar_id) if person.calendar_id is not None else None
        start = own if own is not None else Calendar.derived(self.ws.calendar, person.name)
        dialog = WorkingTimeDialog(start, self)
        dialog.setWindowTitle(tr("People", "Working time of {name}").format(name=person.name))
        if not dialogs.run(dialog):
            return None
        return SetPersonCalendar(person.id, dialog.calendar())

    def _command(self, person: Person, field: str, value) -> Command | None:
        """The command an edit in the sheet makes (the model's `command`)."""
        if field == "calendar_id":
            return self._calendar_command(person) if value == EDIT_CALENDAR else SetPersonCalendar(person.id, None)
        return EditObject("person", person.id, **{field: value})


def _button(text: str, icon: str, tip: str, slot) -> QPushButton:
    button = QPushButton(theme.icon(icon), text)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button
