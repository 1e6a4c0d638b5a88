"""`NewProjectDialog`: Edit › New Project. A name, scheduled from a start (by default the next working day) or back
from a finish, a calendar, a manager, a template ("Blank" or one saved in the workspace) and whether the charter
opens next. The dialog reads the workspace and changes nothing: `command()` is the `CreateProject` that
`ask_new_project` runs through the controller, as one undoable step.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from planner.core.calendars import Calendar
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import ResourceType, Workspace
from planner.core.new_project import CreateProject, check_new_project
from planner.ui import dialogs, theme
from planner.ui.controller import Controller
from planner.ui.delegates import locale_date_format


def ask_new_project(parent, controller: Controller, template_id: int | None = None) -> tuple[int, bool] | None:
    """Ask for a new project (from template `template_id` unless another is chosen) and make it: its id and
    whether its charter should open next, or None when cancelled or refused (the controller says why)."""
    dialog = NewProjectDialog(controller.ws, controller.today(), parent, template_id)
    if not dialogs.run(dialog):
        return None
    command = dialog.command()
    if not controller.run(command):
        return None
    return command.project_id, dialog.charter.isChecked()


class NewProjectDialog(QDialog):
    def __init__(self, ws: Workspace, today: date, parent=None, template_id: int | None = None) -> None:
        super().__init__(parent)
        self.ws, self.today = ws, today
        self.setWindowTitle(tr("NewProjectDialog", "New project"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.form = form = QFormLayout()
        layout.addLayout(form)

        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("NewProjectDialog", "What the project delivers, in a few words"))
        self.name.textEdited.connect(self._named)
        form.addRow(tr("NewProjectDialog", "&Name"), self.name)
        self.schedule_from = QComboBox()
        self.schedule_from.addItem(tr("NewProjectDialog", "Its start date"), False)
        self.schedule_from.addItem(tr("NewProjectDialog", "Its finish date (scheduled backwards)"), True)
        self.schedule_from.setToolTip(
            tr("NewProjectDialog", "From its finish, tasks are as late as possible so the project ends on that date")
        )
        form.addRow(tr("NewProjectDialog", "&Schedule from"), self.schedule_from)
        self.calendar = QComboBox()
        self.calendar.addItem(tr("NewProjectDialog", "The workspace's ({name})").format(name=ws.calendar.name), None)
        for calendar in sorted(ws.calendars.values(), key=lambda c: c.name.casefold()):
            if calendar is not ws.calendar:
                self.calendar.addItem(calendar.name, calendar.id)
        first = self._calendar().day_start(today + timedelta(days=1)).date()  # the next working day
        self.start = _date_edit(first)
        self.finish = _date_edit(self._calendar().day_end(first + timedelta(weeks=4)).date())
        form.addRow(tr("NewProjectDialog", "S&tart"), self.start)
        form.addRow(tr("NewProjectDialog", "&Finish"), self.finish)
        form.addRow(tr("NewProjectDialog", "&Calendar"), self.calendar)
        self.manager = QComboBox()
        self.manager.setEditable(True)  # a person of the workspace, or anyone's name typed in
        self.manager.addItem("")
        self.manager.addItems([p.name for p in ws.ordered("person") if p.resource_type is ResourceType.WORK])
        self.manager.lineEdit().setPlaceholderText(tr("NewProjectDialog", "A person, or a name"))
        form.addRow(tr("NewProjectDialog", "&Manager"), self.manager)
        self.template = QComboBox()
        self.template.addItem(tr("NewProjectDialog", "Blank"), None)
        for template in sorted(ws.templates.values(), key=lambda t: t.name.casefold()):
            self.template.addItem(template.name, template.id)
        self.template.setCurrentIndex(max(0, self.template.findData(template_id)))
        form.addRow(tr("NewProjectDialog", "Tem&plate"), self.template)
        self.charter = QCheckBox(tr("NewProjectDialog", "Start with a &charter: open its scope and objectives next"))
        form.addRow(self.charter)  # across both columns: translated, the sentence is longer than a field

        self.error = QLabel()  # why OK would be refused
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.warning_color().name()};")
        self.note = QLabel()  # allowed, but worth a second look
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {theme.caution_color().name()};")
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._shown_empty = False  # a missing name is said once the name was typed and cleared, or OK pressed
        self.schedule_from.currentIndexChanged.connect(self._update)
        self.calendar.currentIndexChanged.connect(self._update)
        self.finish.dateChanged.connect(self._update)
        self._update()

    def from_finish(self) -> bool:
        return bool(self.schedule_from.currentData())

    def command(self) -> CreateProject:
        """The new project as filled in (checked again when run: the workspace may change meanwhile)."""
        cal = self._calendar()
        from_finish = self.from_finish()
        return CreateProject(
            self.name.text(),
            start=None if from_finish else cal.day_start(self.start.date().toPython()),
            finish=cal.day_end(self.finish.date().toPython()) if from_finish else None,
            from_finish=from_finish,
            calendar_id=self.calendar.currentData(),
            manager=self.manager.currentText(),
            template_id=self.template.currentData(),
        )

    def _calendar(self) -> Calendar:
        return self.ws.calendars.get(self.calendar.currentData(), self.ws.calendar)

    def _named(self, _text: str) -> None:
        self._shown_empty = True
        self._update()

    def _problem(self) -> str:
        try:
            check_new_project(self.ws, self.name.text(), self.calendar.currentData(), self.template.currentData())
        except ValidationError as exc:
            return str(exc)
        return ""

    def _update(self) -> None:
        from_finish = self.from_finish()
        self.form.setRowVisible(self.start, not from_finish)
        self.form.setRowVisible(self.finish, from_finish)
        problem = self._problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem) and (self._shown_empty or bool(self.name.text().strip())))
        late = from_finish and self.finish.date().toPython() < self.today
        self.note.setText(
            tr("NewProjectDialog", "The finish is before today: the plan will be late from its first day.")
            if late
            else ""
        )
        self.note.setVisible(late)

    def _accept(self) -> None:
        self._shown_empty = True
        self._update()
        if not self.error.text():
            self.accept()


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    locale_date_format(edit)
    return edit
