"""`PeopleModel`: the workspace's people as rows of the shared register table model, one column per field of the
people sheet, plus how many tasks each is assigned to. Edits flow out as core commands through the controller
(built by the view, which may ask a question first); rows are a drag source of person ids.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QMimeData, Qt

from planner.core.i18n import tr
from planner.core.model import Person, ResourceType
from planner.reports import formats
from planner.ui import theme
from planner.ui.assignments import PEOPLE_MIME, people_mime
from planner.ui.guard import guarded
from planner.ui.project.models import ROLE_ID, Col, Kind, RecordTableModel

EDIT_CALENDAR = "edit"  # the calendar choice that opens the person's working-time dialog


def _number(suffix: str, scale: float = 1.0):
    return lambda value: formats.short_number(value * scale) + suffix


class PeopleModel(RecordTableModel):
    """Every person. `command(person, field, value)` turns an edit into a command (or None)."""

    def __init__(self, controller, command, parent=None) -> None:
        self.assigned: Counter = Counter()  # person id -> tasks assigned to them, counted on each refresh
        columns = people_columns(controller, lambda p: self.assigned[p.id])
        super().__init__(controller, "person", columns, self._people, ("task", "calendar"), command, parent)

    def _people(self) -> list[Person]:
        # In the order they were made: the view sorts, and a rename then changes a row instead of resetting all.
        return sorted(self.controller.ws.people.values(), key=lambda p: p.id)

    def refresh(self) -> None:
        self.assigned = Counter(pid for task in self.controller.ws.tasks.values() for pid in task.assignments)
        super().refresh()

    @guarded(default=Qt.ItemFlag.NoItemFlags)
    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    @guarded(default=[])
    def mimeTypes(self) -> list[str]:
        return [PEOPLE_MIME]

    @guarded
    def mimeData(self, indexes) -> QMimeData:
        ids = list(dict.fromkeys(index.data(ROLE_ID) for index in indexes if index.isValid()))
        data = people_mime(ids)  # the Gantt bars and board cards accept it
        data.setText("\n".join(self.table[pid].name for pid in ids if pid in self.table))
        return data

    @guarded(default=Qt.DropAction.IgnoreAction)
    def supportedDragActions(self):
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction


def calendar_name(ws, calendar_id: int | None) -> str:
    calendar = ws.calendars.get(calendar_id) if calendar_id is not None else None
    return calendar.name if calendar is not None else tr("People", "Workspace calendar")


def calendar_choices(ws, person: Person) -> list[tuple[str, object]]:
    """What the calendar cell offers: the workspace's, the person's own (when they have one), and editing it."""
    own = [(calendar_name(ws, person.calendar_id), person.calendar_id)] if person.calendar_id in ws.calendars else []
    edit = tr("People", "Edit own calendar…") if own else tr("People", "Own calendar…")
    return [(tr("People", "Workspace calendar"), None), *own, (edit, EDIT_CALENDAR)]


def _type_name(kind: ResourceType) -> str:
    names = {
        ResourceType.WORK: tr("People", "Work"),
        ResourceType.MATERIAL: tr("People", "Material"),
        ResourceType.COST: tr("People", "Cost"),
    }
    return names[kind]


def people_columns(controller, assigned: Callable[[Person], int]) -> list[Col]:
    """The sheet's columns, in Column's order; `field` names what an edit sets (max units edited in %)."""
    return [
        Col(tr("People", "Name"), lambda p: p.name, "name", width=150),
        Col(tr("People", "Initials"), lambda p: p.initials, "initials", width=60),
        Col(tr("People", "Role"), lambda p: p.role, "role", width=150),
        Col(tr("People", "E-mail"), lambda p: p.email, "email", width=150),
        Col(
            tr("People", "Type"),
            lambda p: ResourceType(p.resource_type),
            "resource_type",
            Kind.CHOICE,
            choices=lambda: [(_type_name(kind), kind) for kind in ResourceType],
            width=76,
            text=_type_name,
        ),
        Col(
            tr("People", "Capacity"),
            lambda p: p.capacity,
            "capacity",
            Kind.NUMBER,
            text=_number(tr("People", " h/day")),
            width=88,
            tip=lambda p: tr("People", "{name} works {hours} hours on a working day of their calendar").format(
                name=p.name, hours=f"{p.capacity:g}"
            ),
        ),
        Col(
            tr("People", "Max units"),
            lambda p: p.max_units * 100,
            "max_units",
            Kind.NUMBER,
            parse=lambda v: float(v) / 100,
            text=_number(" %"),
            width=80,
            tip=lambda p: tr("People", "The most they can be assigned at once"),
        ),
        Col(
            tr("People", "Calendar"),
            lambda p: p.calendar_id,
            "calendar_id",
            Kind.CHOICE,
            width=150,
            text=lambda cid: calendar_name(controller.ws, cid),
        ),
        Col(tr("People", "Std. rate"), lambda p: p.rate, "rate", Kind.MONEY, text=_number("/h"), width=76),
        Col(
            tr("People", "Overtime rate"),
            lambda p: p.overtime_rate,
            "overtime_rate",
            Kind.MONEY,
            text=_number("/h"),
            width=100,
        ),
        Col(
            tr("People", "Cost per use"),
            lambda p: p.cost_per_use,
            "cost_per_use",
            Kind.MONEY,
            text=_number(""),
            width=96,
        ),
        Col(tr("People", "Notes"), lambda p: p.notes, "notes", width=160),
        Col(
            tr("People", "Assigned tasks"), assigned, None, Kind.NUMBER, color=lambda p: theme.muted_color(), width=110
        ),
    ]


class Column(IntEnum):
    """The sheet's columns by what they show, in `people_columns`' order."""

    NAME = 0
    INITIALS = 1
    ROLE = 2
    EMAIL = 3
    TYPE = 4
    CAPACITY = 5
    MAX_UNITS = 6
    CALENDAR = 7
    RATE = 8
    OVERTIME_RATE = 9
    COST_PER_USE = 10
    NOTES = 11
    ASSIGNED = 12
