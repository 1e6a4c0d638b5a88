"""`PeopleDelegate`: the people sheet's cell editors: spin boxes with their units for the numbers, a combo of the
person's calendars, and the shared choice combo and text fields elsewhere. Values go back through `setData`."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox

from planner.core.i18n import tr
from planner.core.people import MAX_UNITS
from planner.ui.guard import guarded
from planner.ui.people.model import Column, calendar_choices
from planner.ui.project.models import ROLE_ID, ChoiceDelegate

# column -> (lowest, highest, step, decimals, suffix) of its spin box
SPINS = {
    Column.CAPACITY: (0.25, 24.0, 0.5, 2, " h/day"),
    Column.MAX_UNITS: (1.0, MAX_UNITS * 100, 10.0, 0, " %"),
    Column.RATE: (0.0, 1e7, 5.0, 2, " /h"),
    Column.OVERTIME_RATE: (0.0, 1e7, 5.0, 2, " /h"),
    Column.COST_PER_USE: (0.0, 1e9, 10.0, 2, ""),
}


class PeopleDelegate(ChoiceDelegate):
    def __init__(self, workspace_source, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace_source  # a callable returning the current Workspace

    @guarded
    def createEditor(self, parent, option, index):
        column = index.column()
        if column in SPINS:
            low, high, step, decimals, suffix = SPINS[Column(column)]
            editor = QDoubleSpinBox(parent)
            editor.setRange(low, high)
            editor.setSingleStep(step)
            editor.setDecimals(decimals)
            editor.setSuffix(tr("People", " h/day") if column == Column.CAPACITY else suffix)
            editor.setGroupSeparatorShown(True)
            return editor
        if column == Column.CALENDAR:
            ws = self._ws()
            person = ws.people.get(index.data(ROLE_ID))
            editor = QComboBox(parent)
            for label, value in calendar_choices(ws, person) if person is not None else ():
                editor.addItem(label, value)
            return editor
        return super().createEditor(parent, option, index)
