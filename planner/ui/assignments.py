"""Putting people on tasks: the editor's people chips with units, the "Assign people" dialog for several tasks,
and drops of people (MIME `application/x-planner-people`) on a Gantt bar or a board card.

Every assignment becomes one core command through the controller (so it can be undone, and the task's work,
duration or units follow its type); refusals reach the window through the controller's `error_occurred`.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.commands import AssignPeople
from planner.core.errors import ValidationError
from planner.core.i18n import plural, tr
from planner.core.model import Person, Workspace
from planner.core.task_types import as_percent
from planner.ui import dialogs
from planner.ui.controller import Controller
from planner.ui.label_chips import ChipList

PEOPLE_MIME = "application/x-planner-people"  # UTF-8 JSON: a list of person ids
ID_ROLE = Qt.ItemDataRole.UserRole


def default_units(person: Person) -> float:
    """The units a person gets when put on a task without saying how much: full time, or their most if less."""
    return min(1.0, person.max_units)


class AssignmentEditor(QTableWidget):
    """People, each with a check box (on the task or not) and a units spin box in %: the assignments of one
    task. `edited` gives the assignments ({person id: units}) after each check or finished spin edit; units not
    touched keep their exact value (a third stays a third, though the spin shows 33 %)."""

    edited = Signal(object)  # {person id: units}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([tr("Assignments", "Person"), tr("Assignments", "Units")])
        self.verticalHeader().hide()
        # Rows as tall as a units spin box needs, so its arrows are not squeezed.
        self.verticalHeader().setDefaultSectionSize(QSpinBox().sizeHint().height())
        self.setWordWrap(False)  # a long name is elided on one line, not broken across a row too short for two
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._assignments: dict[int, float] = {}
        self.itemChanged.connect(self._check_changed)

    def set_people(self, people: list[Person], assignments: dict[int, float]) -> None:
        """Show `people`, those in `assignments` ticked at their units. The rows are kept when the people are the
        same (a spin box rebuilt under the cursor would lose what is being typed, and when destroyed with the
        focus it would send its old value again)."""
        self._assignments = dict(assignments)
        ids = [p.id for p in people]
        if ids != [self.item(row, 0).data(ID_ROLE) for row in range(self.rowCount())]:
            self._rebuild(people)
        self.blockSignals(True)
        for row, person in enumerate(people):
            item, spin = self.item(row, 0), self.cellWidget(row, 1)
            on = person.id in assignments
            item.setText(person.name)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            spin.blockSignals(True)
            spin.setValue(round(100 * assignments.get(person.id, default_units(person))))
            spin.blockSignals(False)
            spin.setEnabled(on)
            most = as_percent(person.max_units)
            spin.setToolTip(
                tr("Assignments", "{name}'s share of their working time here (at most {most})").format(
                    name=person.name, most=most
                )
            )
        self.blockSignals(False)

    def _rebuild(self, people: list[Person]) -> None:
        self.blockSignals(True)
        for row in range(self.rowCount()):
            self.cellWidget(row, 1).blockSignals(True)  # going: its focus-out must not edit
        self.setRowCount(len(people))
        for row, person in enumerate(people):
            item = QTableWidgetItem(person.name)
            item.setData(ID_ROLE, person.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            self.setItem(row, 0, item)
            spin = QSpinBox()
            spin.setRange(1, 1000)  # over a person's maximum is the core's to refuse, with the reason
            spin.setSuffix(" %")
            spin.setKeyboardTracking(False)
            spin.setFrame(False)
            spin.editingFinished.connect(lambda pid=person.id, box=spin: self._units_changed(pid, box))
            self.setCellWidget(row, 1, spin)
        self.blockSignals(False)

    def assignments(self) -> dict[int, float]:
        return dict(self._assignments)

    def spin(self, person_id: int) -> QSpinBox:
        return self.cellWidget(self.row_of(person_id), 1)

    def row_of(self, person_id: int) -> int:
        return next(row for row in range(self.rowCount()) if self.item(row, 0).data(ID_ROLE) == person_id)

    def _check_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        pid = item.data(ID_ROLE)
        spin = self.cellWidget(item.row(), 1)
        on = item.checkState() == Qt.CheckState.Checked
        spin.setEnabled(on)
        if on:
            self._assignments[pid] = spin.value() / 100
        else:
            self._assignments.pop(pid, None)
        self.edited.emit(self.assignments())

    def _units_changed(self, pid: int, spin: QSpinBox) -> None:
        units = spin.value() / 100
        if pid not in self._assignments or round(100 * self._assignments[pid]) == spin.value():
            return  # focus left without a change: a third stays a third
        self._assignments[pid] = units
        self.edited.emit(self.assignments())


class PeopleChips(ChipList):
    """A task's people as chips ("Maya 50 %" when not full time), all in sight at once: × takes one off,
    "+ Person" offers the others at their default units, a click on a name offers units for that person.
    `edited` gives the assignments ({person id: units}) after each choice; units not touched keep their exact
    value (a third stays a third, though its chip says 33 %)."""

    edited = Signal(object)  # {person id: units}

    @property
    def add_text(self) -> str:
        return tr("Assignments", "+ Person")

    UNITS = (25, 50, 75, 100)  # the shares offered in a chip's menu; "Other…" asks for any

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._assignments: dict[int, float] = {}
        self._others: list[Person] = []
        self.setToolTip(
            tr("Assignments", "Click a name to set their share of time; × takes them off; + Person adds someone")
        )

    def set_people(self, people: list[Person], assignments: dict[int, float]) -> None:
        """Everyone who could be on the task (in display order), and who is, at what units."""
        self._assignments = dict(assignments)
        self._others = [p for p in people if p.id not in assignments]
        self.set_items([(p, assignments[p.id]) for p in people if p.id in assignments])

    def assignments(self) -> dict[int, float]:
        return dict(self._assignments)

    def chip_text(self, item) -> str:
        person, units = item
        return person.name if round(100 * units) == 100 else f"{person.name} {as_percent(units)}"

    def chip_color(self, item) -> QColor:
        return self.palette().color(QPalette.ColorRole.Button)  # people have no colour: a neutral chip

    def take_off(self, item) -> None:
        self.edited.emit({pid: units for pid, units in self._assignments.items() if pid != item[0].id})

    def open_menu(self, at: QPoint) -> None:
        """The people not on the task yet, choosing one puts them on at their default units; then, for the
        keyboard (Enter on the chips), the shares of those on it."""
        menu = QMenu(self)
        for person in self._others:
            menu.addAction(
                person.name, lambda p=person: self.edited.emit({**self._assignments, p.id: default_units(p)})
            )
        if not self._others:
            menu.addAction(tr("Assignments", "Everyone is on it: add people in the People view")).setEnabled(False)
        if self._on:
            menu.addSeparator()
        for person, units in self._on:
            self._add_units(menu.addMenu(tr("Assignments", "{name}'s share").format(name=person.name)), person, units)
        dialogs.show_menu(menu, self.mapToGlobal(at))

    def chip_clicked(self, item, at: QPoint) -> None:
        menu = QMenu(self)
        self._add_units(menu, *item)
        dialogs.show_menu(menu, self.mapToGlobal(at))

    def _add_units(self, menu: QMenu, person: Person, units: float) -> None:
        """Units for one person: the usual shares, the one they have ticked, or any number asked for."""
        for percent in self.UNITS:
            action = menu.addAction(f"{percent} %", lambda p=percent: self._set_units(person.id, p))
            action.setCheckable(True)
            action.setChecked(round(100 * units) == percent)
        menu.addAction(tr("Assignments", "Other…"), lambda: self._ask_units(person, units))

    def _ask_units(self, person: Person, units: float) -> None:
        label = tr("Assignments", "{name}'s share of their working time on this task, in % (at most {most}):").format(
            name=person.name, most=as_percent(person.max_units)
        )
        percent = dialogs.ask_number(self, tr("Assignments", "Units"), label, round(100 * units), 1, 1000)
        if percent is not None:
            self._set_units(person.id, percent)

    def _set_units(self, person_id: int, percent: int) -> None:
        if round(100 * self._assignments[person_id]) != percent:  # the same share chosen again keeps a third
            self.edited.emit({**self._assignments, person_id: percent / 100})


class AssignPeopleDialog(QDialog):
    """Choose people and their units to put on every selected task (those already on them stay)."""

    def __init__(self, ws: Workspace, task_count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Assignments", "Assign people"))
        self.editor = AssignmentEditor(self)
        self.editor.set_people(ws.ordered("person"), {})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Assignments", "Assign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        text = plural("Put these people on the selected task(s), at these units:", None, task_count)
        layout.addWidget(QLabel(text))
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(360, 320)


def assign_people(parent: QWidget, controller: Controller, task_ids: list[int]) -> bool:
    """Ask which people (and units) to put on `task_ids`, then assign them all as one undo step."""
    if not task_ids:
        return False
    if not controller.ws.people:
        controller.error_occurred.emit(tr("Assignments", "There is nobody to assign yet: add people first"))
        return False
    dialog = AssignPeopleDialog(controller.ws, len(task_ids), parent)
    if not dialogs.run(dialog) or not dialog.editor.assignments():
        return False
    return controller.run(AssignPeople(task_ids, dialog.editor.assignments()))


def people_mime(person_ids: list[int]) -> QMimeData:
    """The drag payload for people: their ids as a UTF-8 JSON list."""
    mime = QMimeData()
    mime.setData(PEOPLE_MIME, json.dumps(list(person_ids)).encode())
    return mime


def carries_people(mime: QMimeData) -> bool:
    return mime.hasFormat(PEOPLE_MIME)


def drop_people(controller: Controller, task_id: int, mime: QMimeData) -> bool:
    """Assign the people a drop carries to `task_id`, each at their default units, as one undo step; those
    already on the task keep their units. A refusal (a bad payload, someone unknown, a summary task) is said."""
    ws = controller.ws
    try:
        ids = _person_ids(bytes(mime.data(PEOPLE_MIME)))
        missing = [pid for pid in ids if pid not in ws.people]
        if missing:
            raise ValidationError(tr("Assignments", "There is no person {id} to assign").format(id=missing[0]))
    except ValidationError as exc:
        controller.error_occurred.emit(str(exc))
        return False
    task = ws.tasks[task_id]
    people = {pid: task.assignments.get(pid, default_units(ws.people[pid])) for pid in ids}
    return controller.run(AssignPeople([task_id], people))


def _person_ids(payload: bytes) -> list[int]:
    try:
        ids = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ValidationError(
            tr("Assignments", "The dropped people could not be read (not a JSON list of person ids)")
        ) from None
    if not isinstance(ids, list) or not ids or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        raise ValidationError(tr("Assignments", "The dropped people could not be read (not a JSON list of person ids)"))
    return list(dict.fromkeys(ids))
