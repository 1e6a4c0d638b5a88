"""The views the window offers, by name, in order. Qt-free, so the command line can list them without loading Qt."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from planner.core.i18n import tr


# The views the switcher offers, in order.
@dataclass(frozen=True)
class ViewSpec:
    """A view the switcher offers; its module is imported, and the view built, when it is first shown."""

    name: str
    title: str
    icon_name: str
    module: str
    class_name: str
    shows_tasks: bool = True  # False: a view of the workspace's people, open in an empty workspace, no task editor
    filters: str = "tasks"  # what the filter bar offers it: "tasks" all of it, "text" the search box alone, "" none

    @property
    def label(self) -> str:
        """The title in the current language (`title` stays the English key)."""
        return tr("Views", self.title)

    def load(self) -> type:
        return getattr(importlib.import_module(self.module), self.class_name)


VIEWS = [
    ViewSpec("table", "Table", "table", "planner.ui.table_view", "TableView"),
    ViewSpec("people", "People", "people", "planner.ui.people", "PeopleView", shows_tasks=False, filters=""),
    ViewSpec("board", "Board", "board", "planner.ui.board", "BoardView"),
    ViewSpec("calendar", "Calendar", "calendar", "planner.ui.calendar", "CalendarView"),
    ViewSpec("gantt", "Gantt", "gantt", "planner.ui.gantt", "GanttView"),
    ViewSpec("usage", "Resource usage", "usage", "planner.ui.usage", "ResourceUsageView", filters=""),
    ViewSpec("dashboard", "Dashboard", "dashboard", "planner.ui.dashboard", "DashboardView", filters=""),
    ViewSpec("project", "Project", "project", "planner.ui.project", "ProjectView", filters="text"),  # registers
    ViewSpec("history", "History", "undo", "planner.ui.history", "HistoryView", shows_tasks=False, filters=""),
]
VIEW_NAMES = [spec.name for spec in VIEWS]


@runtime_checkable
class HeldWhileHidden(Protocol):
    """A view that lets what edits change wait while another view is in front, and catches up when it is in front
    again: following each edit behind another view cost every edit made there (the board re-sorted ~840 cards, the
    tree model signalled ~50 ranges of rows). The window holds every view it puts behind, then has the one in front
    catch up once it is shown, before it is painted: in that order, as the table and the Gantt share the task tree
    model. A view starts held, built behind the one in front; it keeps its current row, selection and scroll through
    a hold."""

    def hold(self) -> None:
        """Another view is in front: gather what edits change instead of following each."""

    def catch_up(self) -> None:
        """This view is in front again: follow what was gathered, before it is painted."""


def _titles() -> list[str]:
    """The titles above, written out for pyside6-lupdate, which cannot read them from VIEWS."""
    return [
        tr("Views", "Table"), tr("Views", "People"), tr("Views", "Board"), tr("Views", "Calendar"),
        tr("Views", "Gantt"), tr("Views", "Resource usage"), tr("Views", "Dashboard"), tr("Views", "Project"),
        tr("Views", "History"),
    ]  # fmt: skip
